# Makefile - short entry points for people and CI; meson does the real work
#
# Copyright 2026 The Demarche authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   make run         install what is missing, build, start the app
#   make check       build and run every test (scripts/run-tests.sh)
#   make asan-check  the same with AddressSanitizer and UBSan in build-asan
#   make bench       build and run the benchmarks in tests/bench (build-bench)
#   make clean       remove the build directories
#
# `make run ARGS="--db /tmp/test.db"` passes arguments to the app.

SHELL := /bin/bash
BUILDDIR := build
ASAN_BUILDDIR := build-asan
ARGS ?=

SETUP_ARGS := -Dbuildtype=debugoptimized
ASAN_SETUP_ARGS := $(SETUP_ARGS) -Db_sanitize=address,undefined -Db_lundef=false

NO_DISPLAY_MSG := No display found: Demarche is a desktop application and needs a graphical
NO_DISPLAY_MSG += session (set DISPLAY or WAYLAND_DISPLAY), or use $(BUILDDIR)/src/cli/demarche-cli.

BENCH_BUILDDIR := build-bench

.PHONY: run check asan-check bench clean

# Set up a build directory unless it is already; meson 1.0 sets up again
# over what a failed setup left behind.
define meson_setup
	@if [ ! -f $(1)/build.ninja ]; then meson setup $(2) $(1); fi
endef

run:
	@scripts/install-deps.sh
	$(call meson_setup,$(BUILDDIR),$(SETUP_ARGS))
	meson compile -C $(BUILDDIR)
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ]; then \
	  echo "$(NO_DISPLAY_MSG)" >&2; \
	  exit 1; \
	fi
	@# Run from the build tree: settings schemas compiled in build/data,
	@# the app icon straight from data/icons.
	GSETTINGS_SCHEMA_DIR="$(CURDIR)/$(BUILDDIR)/data" \
	XDG_DATA_DIRS="$(CURDIR)/data:$${XDG_DATA_DIRS:-/usr/local/share:/usr/share}" \
	  $(BUILDDIR)/src/app/demarche $(ARGS)

check:
	scripts/run-tests.sh $(BUILDDIR)

asan-check:
	@scripts/install-deps.sh
	$(call meson_setup,$(ASAN_BUILDDIR),$(ASAN_SETUP_ARGS))
	scripts/run-tests.sh $(ASAN_BUILDDIR) --setup asan

bench:
	@scripts/install-deps.sh --benchmarks
	$(call meson_setup,$(BENCH_BUILDDIR),-Dbuildtype=release -Dbenchmarks=true)
	meson compile -C $(BENCH_BUILDDIR)
	@# bench-workbench draws windows: under Xvfb when there is no display.
	@if [ -z "$${DISPLAY:-}" ] && [ -z "$${WAYLAND_DISPLAY:-}" ]; then \
	  xvfb-run -a -s "-screen 0 1280x1024x24" meson test -C $(BENCH_BUILDDIR) --benchmark --verbose; \
	else \
	  meson test -C $(BENCH_BUILDDIR) --benchmark --verbose; \
	fi

clean:
	rm -rf $(BUILDDIR) $(ASAN_BUILDDIR) $(BENCH_BUILDDIR)
