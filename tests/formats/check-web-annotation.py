#!/usr/bin/python3
# tests/formats/check-web-annotation.py - validate Demarche's W3C export
#
# Copyright 2026 The Demarche authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# 1. JSON Schema (python3-jsonschema from Debian): the sample article's
#    export against web-annotation.schema.json, a transcription of the
#    W3C Web Annotation Data Model's requirements for what Demarche writes
#    (not the W3C's own schema files, which this offline test cannot
#    fetch), and each annotation against the schema's "demarche"
#    definition for the extension terms. Broken copies of the export (no
#    target, an unknown motivation, a negative offset …) must be rejected,
#    so the schema is shown to have teeth.
#
# 2. JSON-LD (python3-pyld, when installed): the export is expanded and
#    turned into RDF with the W3C context read from anno.jsonld, a local
#    transcription of http://www.w3.org/ns/anno.jsonld (W3C, published
#    under the W3C Document License) served by a document loader, since
#    there is no network. Every key must expand to an IRI (JSON-LD drops
#    undefined terms silently), and the RDF must hold the annotations,
#    selectors and typed offsets.

import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
# Keep the source tree free of __pycache__.
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from formats_common import Checker, exported_folder, skip  # noqa: E402

try:
    import jsonschema
except ImportError:
    skip('python3-jsonschema is not installed')

try:
    from pyld import jsonld
except ImportError:
    jsonld = None

ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
OA = 'http://www.w3.org/ns/oa#'
DM = 'https://demarche.invalid/ns#'
XSD = 'http://www.w3.org/2001/XMLSchema#'
EXPECTED_TOTAL = 11

c = Checker()

with open(os.path.join(HERE, 'web-annotation.schema.json'), encoding='utf-8') as f:
    schema = json.load(f)
jsonschema.Draft7Validator.check_schema(schema)
w3c = jsonschema.Draft7Validator(schema)
demarche = jsonschema.Draft7Validator({'$ref': '#/definitions/demarche', 'definitions': schema['definitions']})


def errors_of(validator, document):
    return [f'{"/".join(map(str, e.absolute_path)) or "(top)"}: {e.message}'
            for e in validator.iter_errors(document)]


def check_schema(document):
    errors = errors_of(w3c, document)
    for error in errors[:20]:
        print(f'  {error}')
    c.check(not errors, 'the export is valid under the W3C model schema')

    items = document.get('first', {}).get('items', [])
    c.equal(document.get('total'), EXPECTED_TOTAL, 'total')
    c.equal(len(items), EXPECTED_TOTAL, 'annotations in the first page')
    bad = [(i, errors_of(demarche, item)) for i, item in enumerate(items)]
    bad = [(i, e) for i, e in bad if e]
    for i, errors in bad[:5]:
        print(f'  items[{i}]: {errors[0]}')
    c.check(not bad, 'every annotation has the Demarche extension terms in shape')


def broken_copies(document):
    """(what, broken document) pairs the W3C schema must reject."""

    def item(doc):
        return doc['first']['items'][0]

    def quote(doc):
        return [s for s in item(doc)['target']['selector'] if s['type'] == 'TextQuoteSelector'][0]

    def position(doc):
        return [s for s in item(doc)['target']['selector'] if s['type'] == 'TextPositionSelector'][0]

    edits = [
        ('an annotation without a target', lambda d: item(d).pop('target')),
        ('an annotation without an id', lambda d: item(d).pop('id')),
        ('an annotation id that is not an IRI', lambda d: item(d).__setitem__('id', 'not an iri')),
        ('a type other than Annotation', lambda d: item(d).__setitem__('type', 'Note')),
        ('an unknown motivation', lambda d: item(d).__setitem__('motivation', 'liking')),
        ('an unknown body purpose', lambda d: item(d)['body'][0].__setitem__('purpose', 'liking')),
        ('a TextualBody without a value', lambda d: item(d)['body'][0].pop('value')),
        ('a TextQuoteSelector without exact', lambda d: quote(d).pop('exact')),
        ('a TextPositionSelector without end', lambda d: position(d).pop('end')),
        ('a negative start', lambda d: position(d).__setitem__('start', -1)),
        ('a start that is not an integer', lambda d: position(d).__setitem__('start', '12')),
        ('a SpecificResource without a source', lambda d: item(d)['target'].pop('source')),
        ('a created time that is not xsd:dateTime', lambda d: item(d).__setitem__('created', '28/11/2026')),
        ('both body and bodyValue', lambda d: item(d).__setitem__('bodyValue', 'text')),
        ('a context without the W3C context', lambda d: d.__setitem__('@context', [{'dm': DM}, 'x:y'])),
        ('a single context in an array', lambda d: d.__setitem__('@context', [ANNO_CONTEXT])),
        ('a collection without an id', lambda d: d.pop('id')),
        ('a page without items', lambda d: d['first'].pop('items')),
        ('a negative total', lambda d: d.__setitem__('total', -1)),
        ('annotations but no first page', lambda d: d.pop('first')),
    ]
    for what, edit in edits:
        broken = copy.deepcopy(document)
        edit(broken)
        yield what, broken


def check_broken(document):
    for what, broken in broken_copies(document):
        c.check(bool(errors_of(w3c, broken)), f'the schema rejects {what}')


def local_loader(context_path):
    with open(context_path, encoding='utf-8') as f:
        anno = json.load(f)

    def load(url, options=None):
        if url.rstrip('/') != ANNO_CONTEXT:
            raise jsonld.JsonLdError(f'offline: no document for {url}', 'jsonld.LoadDocumentError',
                                     code='loading document failed')
        return {'contextUrl': None, 'documentUrl': url, 'document': copy.deepcopy(anno)}

    return load


def keys_of(node, found):
    if isinstance(node, dict):
        for key, value in node.items():
            if key != '@context':
                found.add(key)
                keys_of(value, found)
    elif isinstance(node, list):
        for value in node:
            keys_of(value, found)
    return found


def check_jsonld(document):
    if jsonld is None:
        print('NOTE: python3-pyld is not installed; the JSON-LD expansion was not checked')
        return

    options = {'documentLoader': local_loader(os.path.join(HERE, 'anno.jsonld'))}
    context = document['@context']

    expanded = jsonld.expand(document, options)
    c.check(len(expanded) == 1, 'the export expands as JSON-LD')

    # JSON-LD drops a key its context does not define, without a word.
    dropped = []
    for key in sorted(keys_of(document, set())):
        if key in ('id', 'type') or key.startswith('@'):
            continue
        probe = {'@context': context, '@id': 'urn:x-test:probe', key: 'probe'}
        if not jsonld.expand(probe, options):
            dropped.append(key)
    c.check(not dropped, f'every key expands to an IRI (dropped: {dropped})')

    nquads = jsonld.to_rdf(document, dict(options, format='application/n-quads'))
    lines = nquads.splitlines()
    annotations = [l for l in lines if l.endswith(f'<{OA}Annotation> .')]
    c.equal(len(annotations), EXPECTED_TOTAL, 'RDF: oa:Annotation nodes')
    c.equal(sum(f'<{OA}hasSelector>' in l for l in lines), 2 * EXPECTED_TOTAL, 'RDF: oa:hasSelector')
    c.check(any(f'<{OA}start> "' in l and f'^^<{XSD}nonNegativeInteger>' in l for l in lines),
            'RDF: oa:start is an xsd:nonNegativeInteger')
    c.check(any(f'<{OA}motivatedBy> <{OA}classifying>' in l for l in lines),
            'RDF: motivation expands to oa:classifying')
    c.check(any(f'<{OA}hasPurpose> <{OA}tagging>' in l for l in lines), 'RDF: purpose expands to oa:tagging')
    actor_links = [l for l in lines if f'<{DM}actor>' in l]
    c.check(bool(actor_links) and all('> <urn:uuid:' in l for l in actor_links),
            'RDF: dm:actor links to the actor IRI')
    c.check(any(f'<{DM}polarity>' in l for l in lines) or any(f'<{DM}facet> "polarity"' in l for l in lines),
            'RDF: the polarity facet survives expansion')
    c.check(any('<http://purl.org/dc/terms/created> "2026-11-28T10:01:00.000Z"' in l for l in lines),
            'RDF: created is kept')


with exported_folder() as folder:
    with open(os.path.join(folder, 'sample.jsonld'), encoding='utf-8') as f:
        document = json.load(f)

    check_schema(document)
    check_broken(document)
    check_jsonld(document)

c.finish()
