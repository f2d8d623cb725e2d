#!/usr/bin/python3
# tests/formats/check-graphml.py - NetworkX reads Demarche's GraphML
#
# Copyright 2026 The Demarche authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Reads the sample article's two networks with networkx.read_graphml, an
# independent GraphML reader (python3-networkx from Debian), and checks
# nodes, edges and attribute values against the coding in
# shared/samples/belarus-china-peace-talks.coding.md as write-formats.c
# records it.

import os
import sys

# Keep the source tree free of __pycache__.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from formats_common import Checker, exported_folder, skip  # noqa: E402

try:
    import networkx as nx
except ImportError:
    skip('python3-networkx is not installed')

BELARUS = 'aa47c9ee-f007-558d-a58c-513a5cd43d2c'
CHINA = '8f7086c7-9704-51f5-b066-d71ff6b137b7'
LUKASHENKO = '1b190b2b-d37b-5e1d-bd00-ced103014c8a'
BORRELL = 'da3c0ff8-f072-5284-b756-ddde5534eb7d'
PEACE_TALKS = 'ec9361e6-3684-5cf5-bcd7-54ec700c57ce'
RESPONSIBILITY = '82d651ff-57ad-5f0c-b90b-ac7c6dfd33c9'
PLAN = '8f8eb4e6-200d-5a78-b132-76ea2189cf61'

c = Checker()

with exported_folder() as folder:
    g = nx.read_graphml(os.path.join(folder, 'actor-topic.graphml'))
    c.check(isinstance(g, nx.DiGraph), 'actor-topic: a directed graph')
    # Belarus, China, Lukashenko, Borrell; seven topics coded.
    c.equal(g.number_of_nodes(), 11, 'actor-topic: nodes')
    c.equal(g.number_of_edges(), 9, 'actor-topic: edges')
    c.equal(g.nodes[CHINA].get('label'), 'China', 'China: label')
    c.equal(g.nodes[CHINA].get('kind'), 'state', 'China: kind')
    c.equal(g.nodes[BORRELL].get('kind'), 'person', 'Borrell: kind')
    c.equal(g.nodes[PLAN].get('label'), "China's 12-point peace plan", '12-point plan: label')
    c.equal(g.nodes[PLAN].get('kind'), 'topic', '12-point plan: kind')
    if c.check(g.has_edge(CHINA, PEACE_TALKS), 'China -> peace talks'):
        e = g.edges[CHINA, PEACE_TALKS]
        c.equal(e.get('weight'), 3.0, 'China -> peace talks: weight')
        c.equal(e.get('supports'), 3, 'China -> peace talks: supports')
        c.equal(e.get('sign'), 1, 'China -> peace talks: sign')
    if c.check(g.has_edge(BELARUS, PEACE_TALKS), 'Belarus -> peace talks'):
        c.equal(g.edges[BELARUS, PEACE_TALKS].get('weight'), 2.0, 'Belarus -> peace talks: weight')
    if c.check(g.has_edge(BORRELL, PLAN), 'Borrell -> 12-point plan'):
        e = g.edges[BORRELL, PLAN]
        c.equal(e.get('weight'), 2.0, 'Borrell -> plan: weight')
        c.equal(e.get('opposes'), 1, 'Borrell -> plan: opposes')
        c.equal(e.get('mixed'), 1, 'Borrell -> plan: mixed')
        c.equal(e.get('stance'), -0.5, 'Borrell -> plan: stance')
        c.equal(e.get('sign'), -1, 'Borrell -> plan: sign')
    if c.check(g.has_edge(CHINA, RESPONSIBILITY), 'China -> responsibility'):
        e = g.edges[CHINA, RESPONSIBILITY]
        c.equal(e.get('none'), 1, 'China -> responsibility: none')
        c.equal(e.get('sign'), 0, 'China -> responsibility: sign')
    c.check(not g.has_edge(LUKASHENKO, PLAN), 'no Lukashenko -> plan edge')

    g = nx.read_graphml(os.path.join(folder, 'actor-actor.graphml'))
    c.check(not g.is_directed(), 'actor-actor: an undirected graph')
    c.equal(g.number_of_nodes(), 4, 'actor-actor: nodes')
    c.equal(g.number_of_edges(), 2, 'actor-actor: edges')
    if c.check(g.has_edge(BELARUS, CHINA), 'Belarus - China'):
        e = g.edges[BELARUS, CHINA]
        c.equal(e.get('agreement'), 1.0, 'Belarus - China: agreement')
        c.equal(e.get('shared_topics'), 1, 'Belarus - China: shared topics')
    if c.check(g.has_edge(CHINA, BORRELL), 'China - Borrell'):
        e = g.edges[CHINA, BORRELL]
        c.equal(e.get('agreement'), 0.0, 'China - Borrell: agreement')
        c.equal(e.get('disagreement'), 1.0, 'China - Borrell: disagreement')
        c.equal(e.get('shared_topics'), 1, 'China - Borrell: shared topics')
    c.check(not g.has_edge(LUKASHENKO, CHINA), 'no Lukashenko - China edge (no shared topic)')

c.finish()
