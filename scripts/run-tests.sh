#!/usr/bin/env bash
# scripts/run-tests.sh - build Demarche and run its tests, with one summary line
#
# Copyright 2026 The Demarche authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: scripts/run-tests.sh [BUILDDIR] [extra meson test args...]
#
#   BUILDDIR defaults to "build" in the source tree; a relative BUILDDIR is
#   taken relative to the current directory. Everything after it goes to
#   `meson test`, e.g. `scripts/run-tests.sh build --suite core` or
#   `scripts/run-tests.sh build-asan --setup asan`.
#
# Installs missing packages, configures the build directory if needed,
# compiles, runs the tests (under Xvfb when there is no $DISPLAY) and ends
# with exactly one line "N passed, N failed[, N skipped]", counted from
# meson's testlog.json by count-test-results.py. Exits 1 when a test failed
# or the build failed, 0 otherwise.

set -uo pipefail

scriptdir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
srcdir=$(dirname "$scriptdir")

builddir="$srcdir/build"
if [[ $# -gt 0 && "$1" != -* ]]; then
  builddir=$1
  shift
  [[ "$builddir" == /* ]] || builddir="$PWD/$builddir"
fi

# --setup NAME makes meson write testlog-NAME.json instead of testlog.json.
setup=
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    --setup=*) setup=${args[i]#--setup=} ;;
    --setup) setup=${args[i + 1]:-} ;;
  esac
done
# A setup may be written "project:name"; the log file uses the bare name.
setup=${setup##*:}
testlog="$builddir/meson-logs/testlog${setup:+-$setup}.json"

python=/usr/bin/python3
[[ -x "$python" ]] || python=python3

# Some failures happen before any test runs; they still end with a count so
# CI always finds the summary line on the last line.
give_up() {
  echo "$1" >&2
  echo "0 passed, 1 failed"
  exit 1
}

"$scriptdir/install-deps.sh" || give_up "BUILD FAILED: missing packages (see above)"

cd "$srcdir" || give_up "BUILD FAILED: cannot enter $srcdir"

# (meson 1.0 sets up again over what a failed setup left behind.)
if [[ ! -f "$builddir/build.ninja" ]]; then
  meson setup -Dbuildtype=debugoptimized "$builddir" "$srcdir" \
    || give_up "BUILD FAILED: meson setup $builddir failed (see above)"
fi

# A failed rebuild would otherwise leave the previous run's results behind.
rm -f "$builddir"/meson-logs/testlog*.json

meson compile -C "$builddir" \
  || give_up "BUILD FAILED: meson compile -C $builddir failed (see above)"

test_cmd=(meson test -C "$builddir" --print-errorlogs "$@")
if [[ -z "${DISPLAY:-}" ]]; then
  # The display suite needs an X server; Wayland alone will not do for it.
  test_cmd=(xvfb-run -a -s "-screen 0 1280x1024x24" "${test_cmd[@]}")
fi

"${test_cmd[@]}"
test_status=$?

echo
if [[ ! -f "$testlog" ]]; then
  if [[ $test_status -ne 0 ]]; then
    give_up "TESTS NOT RUN: meson test exited with status $test_status and wrote no $testlog"
  fi
  echo "0 passed, 0 failed"
  exit 0
fi

# Passing meson's status along means a run that meson failed can never be
# summarised as a success.
"$python" "$scriptdir/count-test-results.py" "$testlog" "$test_status" || exit 1
exit 0
