#!/usr/bin/python3
# scripts/count-test-results.py - count test cases from meson's testlog.json
#
# Copyright 2026 The Demarche authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# meson prints no "N passed, N failed" line, and its JUnit XML records a
# binary that crashed as zero failures, so CI counts from testlog.json (one
# JSON object per line, one line per meson test):
#
#  - a TAP test counts its top-level "ok" / "not ok" lines; "ok ... # SKIP"
#    and "not ok ... # TODO" (an incomplete GTest case) count as skipped;
#  - a test whose result is bad (FAIL, ERROR, TIMEOUT, INTERRUPT,
#    UNEXPECTEDPASS) with no "not ok" line counts as one failure: it crashed
#    after its last TAP line, bailed out, leaked under LSan, or is a non-TAP
#    executable that failed;
#  - a TAP test that has "not ok" lines *and* ended abnormally (signal,
#    timeout, "Bail out!", fewer results than its plan) gets one more
#    failure, so a crash is never hidden behind an earlier failed case;
#  - a non-TAP test counts as one pass (OK, EXPECTEDFAIL), one skip (SKIP)
#    or one failure.
#
# Usage: count-test-results.py TESTLOG.json [MESON_TEST_STATUS]
# With MESON_TEST_STATUS non-zero and no failure counted, meson failed for a
# reason the log does not show: that counts as one failure too.
# Prints the failures, then one last line "N passed, N failed[, N skipped]".
# Exits 1 when anything failed, 0 otherwise.

import json
import os
import re
import sys

BAD = {'FAIL', 'ERROR', 'TIMEOUT', 'INTERRUPT', 'UNEXPECTEDPASS'}
GOOD = {'OK', 'EXPECTEDFAIL'}

RESULT_RE = re.compile(r'^(not ok|ok)(?=\s|$)\s*(.*)$')
PLAN_RE = re.compile(r'^1\.\.(\d+)')
DIRECTIVE_RE = re.compile(r'#\s*(SKIP|TODO)\b', re.IGNORECASE)


def parse_tap(stdout):
    """Returns (results, plan, bailed_out, is_tap).

    results is a list of (ok, directive, description); directive is
    'SKIP', 'TODO' or None. Only top-level lines count: indented lines
    are TAP 14 subtests or free text."""
    results = []
    plan = None
    bailed_out = False
    is_tap = False
    for line in stdout.splitlines():
        line = line.rstrip('\r')
        m = RESULT_RE.match(line)
        if m:
            is_tap = True
            rest = m.group(2)
            d = DIRECTIVE_RE.search(rest)
            directive = d.group(1).upper() if d else None
            description = rest.split('#', 1)[0] if d else rest
            # "ok 3 - /store/open" -> "/store/open"
            description = re.sub(r'^\d+\s*(-\s*)?', '', description.strip()).strip()
            results.append((m.group(1) == 'ok', directive, description))
            continue
        m = PLAN_RE.match(line)
        if m:
            is_tap = True
            plan = int(m.group(1))
            continue
        if line.startswith('Bail out!'):
            is_tap = True
            bailed_out = True
        elif line.startswith('TAP version '):
            is_tap = True
    return results, plan, bailed_out, is_tap


def load_protocols(testlog):
    """Maps test names to their protocols from the build directory's
    introspection data, next to meson-logs/. Without it (a log copied
    elsewhere) the protocol is guessed from the output."""
    builddir = os.path.dirname(os.path.dirname(os.path.abspath(testlog)))
    protocols = {}
    try:
        with open(os.path.join(builddir, 'meson-info', 'intro-tests.json'), encoding='utf-8') as f:
            for test in json.load(f):
                protocols.setdefault(test['name'], set()).add(test.get('protocol', 'exitcode'))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    return protocols


def describe_end(entry, plan, n_results, bailed_out):
    """Why a bad test ended, for the failure list."""
    result = entry.get('result')
    rc = entry.get('returncode')
    if result == 'TIMEOUT':
        return 'timed out'
    if result == 'INTERRUPT':
        return 'interrupted'
    if isinstance(rc, int) and rc < 0:
        return f'killed by signal {-rc}'
    if bailed_out:
        return 'bailed out'
    if plan is not None and n_results < plan:
        return f'stopped after {n_results} of {plan} cases (exit status {rc})'
    if rc not in (None, 0):
        return f'exit status {rc}'
    return result.lower() if result else 'failed'


def ended_abnormally(entry, plan, n_results, bailed_out):
    rc = entry.get('returncode')
    return (entry.get('result') in ('TIMEOUT', 'INTERRUPT')
            or (isinstance(rc, int) and rc < 0)
            or bailed_out
            or (plan is not None and n_results < plan))


def main(argv):
    if len(argv) not in (2, 3):
        print('usage: count-test-results.py TESTLOG.json [MESON_TEST_STATUS]', file=sys.stderr)
        return 2
    meson_status = int(argv[2]) if len(argv) == 3 else 0

    passed = failed = skipped = 0
    failures = []
    protocols = load_protocols(argv[1])

    with open(argv[1], encoding='utf-8', errors='replace') as f:
        for lineno, raw in enumerate(f, 1):
            raw = raw.strip()
            if not raw:
                continue
            try:
                entry = json.loads(raw)
            except json.JSONDecodeError as e:
                failed += 1
                failures.append(f'{argv[1]}:{lineno}: unreadable test log entry ({e})')
                continue

            name = entry.get('name', '?')
            result = entry.get('result', '?')
            results, plan, bailed_out, is_tap = parse_tap(entry.get('stdout') or '')
            # testlog names read "project:suite / name" when several suites ran.
            known = protocols.get(name.rsplit(' / ', 1)[-1], set())
            if len(known) == 1:
                is_tap = known == {'tap'}

            if is_tap and (results or result in BAD or result == 'SKIP'):
                n_not_ok = 0
                for ok, directive, description in results:
                    if directive == 'SKIP' or (not ok and directive == 'TODO'):
                        skipped += 1
                    elif ok:
                        passed += 1
                    else:
                        n_not_ok += 1
                        failed += 1
                        failures.append(f'{name}: {description or "(unnamed case)"}')
                if result in BAD and (n_not_ok == 0
                                      or ended_abnormally(entry, plan, len(results), bailed_out)):
                    failed += 1
                    last = results[-1][2] if results else None
                    where = f' after "{last}"' if last else ''
                    failures.append(f'{name}: {describe_end(entry, plan, len(results), bailed_out)}'
                                    f'{where}')
                elif result == 'SKIP' and not results:
                    skipped += 1
            else:
                if result in GOOD:
                    passed += 1
                elif result == 'SKIP':
                    skipped += 1
                else:
                    failed += 1
                    failures.append(f'{name}: {result} ({describe_end(entry, None, 0, False)})')

    if meson_status != 0 and failed == 0:
        failed += 1
        failures.append(f'meson test exited with status {meson_status} although no test failed')

    if failures:
        print('Failed:')
        for line in failures:
            print(f'  {line}')

    summary = f'{passed} passed, {failed} failed'
    if skipped:
        summary += f', {skipped} skipped'
    print(summary)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
