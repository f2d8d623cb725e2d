# tests/formats/formats_common.py - shared by the format checks
#
# Copyright 2026 The Demarche authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Each check is run by meson as `check-x.py WRITE_FORMATS` (the helper
# executable, run into a temporary folder) or by hand as `check-x.py FOLDER`
# (a folder already holding the exports). The checks speak meson's
# "exitcode" protocol: 0 passed, 1 failed, 77 skipped.

import contextlib
import os
import subprocess
import sys
import tempfile

SKIP = 77


class Checker:
    """Collects failed checks instead of stopping at the first."""

    def __init__(self):
        self.failures = 0
        self.passes = 0

    def check(self, condition, what):
        if condition:
            self.passes += 1
            print(f'PASS: {what}')
        else:
            self.failures += 1
            print(f'FAIL: {what}')
        return condition

    def equal(self, found, expected, what):
        return self.check(found == expected, f'{what}: {found!r} (expected {expected!r})')

    def finish(self):
        print(f'{self.passes} checks passed, {self.failures} failed')
        sys.exit(1 if self.failures else 0)


def skip(reason):
    print(f'SKIP: {reason}')
    sys.exit(SKIP)


@contextlib.contextmanager
def exported_folder():
    if len(sys.argv) != 2:
        print(f'Usage: {sys.argv[0]} WRITE_FORMATS|FOLDER', file=sys.stderr)
        sys.exit(2)

    target = sys.argv[1]
    if os.path.isdir(target):
        yield target
        return

    with tempfile.TemporaryDirectory(prefix='demarche-formats-') as folder:
        result = subprocess.run([target, folder], capture_output=True, text=True)
        if result.returncode != 0:
            print(f'FAIL: {target} exited with {result.returncode}: {result.stderr.strip()}')
            sys.exit(1)
        yield folder
