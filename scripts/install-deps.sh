#!/usr/bin/env bash
# scripts/install-deps.sh - install the Debian packages Demarche needs
#
# Copyright 2026 The Demarche authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks every package with dpkg-query and installs only the missing ones,
# as root or through sudo. Prints nothing when everything is present, so it
# is cheap to call before every build. Set DEMARCHE_SKIP_DEPS=1 to skip it
# (for example on a machine that is not Debian-based).

set -euo pipefail

packages=(
  appstream
  desktop-file-utils
  gcc
  gettext
  libglib2.0-dev-bin
  libgtk-4-dev
  libjson-glib-dev
  libsqlite3-dev
  meson
  ninja-build
  pkg-config
  python3-jsonschema
  python3-networkx
  python3-pyld
  xauth
  xvfb
)

# The benchmarks measure against ICU (and Pango, which GTK brings): a
# reference for the benchmarks only, never linked into Demarche.
if [[ "${1:-}" == --benchmarks ]]; then
  packages+=(libicu-dev)
fi

if [[ "${DEMARCHE_SKIP_DEPS:-0}" == 1 ]]; then
  exit 0
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "install-deps: dpkg-query not found; install these packages by hand: ${packages[*]}" >&2
  exit 1
fi

missing=()
for pkg in "${packages[@]}"; do
  # db:Status-Status is "installed" only for a fully installed package; a
  # removed-but-configured or half-installed one counts as missing.
  status=$(dpkg-query -W -f='${db:Status-Status}' "$pkg" 2>/dev/null || true)
  if [[ "$status" != installed ]]; then
    missing+=("$pkg")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

fail() {
  echo "install-deps: $1; missing packages: ${missing[*]}" >&2
  exit 1
}

if [[ $(id -u) -eq 0 ]]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [[ -t 0 ]]; }; then
  # Passwordless sudo, or a terminal on which sudo can ask for the password.
  as_root=(sudo)
else
  fail "not root and sudo is unavailable, install them as root"
fi

echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# The lock timeout matters: unattended-upgrades or another job may hold the
# apt lock for a while on a fresh machine.
if ! "${as_root[@]}" apt-get update -o DPkg::Lock::Timeout=600 >&2; then
  fail "apt-get update failed"
fi
if ! "${as_root[@]}" apt-get install -y -o DPkg::Lock::Timeout=600 --no-install-recommends \
     "${missing[@]}" >&2; then
  fail "apt-get install failed"
fi
