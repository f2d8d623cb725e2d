#!/usr/bin/python3
# tests/formats/check-csv.py - Python's csv module reads Demarche's CSV
#
# Copyright 2026 The Demarche authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# An independent RFC 4180 reader (the csv module, as pandas' python engine
# uses it) reads the sample article's CSV: header, row count (one row per
# annotation and actor), CRLF record ends, quoted fields round-trip.

import csv
import os
import sys

# Keep the source tree free of __pycache__.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from formats_common import Checker, exported_folder  # noqa: E402

COLUMNS = ['annotation_uuid', 'article_uuid', 'article_title', 'article_source', 'article_date',
           'article_url', 'actor', 'actor_kind', 'represented_actor', 'topic_path', 'polarity',
           'act_code', 'act_name', 'goldstein', 'targets', 'mode', 'provenance', 'coder',
           'key_quote', 'quote', 'note', 'start', 'end', 'orphan', 'created', 'updated']

c = Checker()

with exported_folder() as folder:
    with open(os.path.join(folder, 'sample.csv'), 'rb') as f:
        raw = f.read()
    text = raw.decode('utf-8')
    c.check(not raw.startswith(b'\xef\xbb\xbf'), 'no byte-order mark')
    c.check(text.endswith('\r\n'), 'the last record ends with CRLF')

    with open(os.path.join(folder, 'sample.csv'), newline='', encoding='utf-8') as f:
        rows = list(csv.reader(f, strict=True))

    c.equal(rows[0], COLUMNS, 'header')
    records = [dict(zip(COLUMNS, row)) for row in rows[1:]]
    # Eleven annotations, two of them joint statements of Belarus and China.
    c.equal(len(records), 13, 'rows')
    c.check(all(len(row) == len(COLUMNS) for row in rows), 'every row has every column')

    joint = [r for r in records if r['annotation_uuid'] == 'a0000000-0000-4000-8000-000000000001']
    c.equal(sorted(r['actor'] for r in joint), ['Belarus', 'China'], 'a joint statement is two rows')

    borrell = [r for r in records if r['actor'] == 'Josep Borrell']
    c.equal(len(borrell), 3, 'Borrell rows')
    c.equal({r['represented_actor'] for r in borrell}, {'European Union'}, 'Borrell represented the EU')
    mixed = [r for r in borrell if r['polarity'] == 'mixed'][0]
    c.equal(mixed['note'], 'Praise and criticism in one sentence: "interesting", but "not enough".',
            'a note with commas and double quotes')
    c.check(mixed['quote'].startswith('the proposal “contains interesting elements”,'), 'a quote with a comma')

    blame = [r for r in records if r['polarity'] == 'none'][0]
    c.equal(blame['goldstein'], '-2', 'a negative Goldstein weight stays a number')
    c.equal(blame['targets'], 'NATO; United States', 'targets')

    c.equal({r['orphan'] for r in records}, {'false'}, 'no orphans in the sample')

c.finish()
