/* ui-test-sanitizers.c - LeakSanitizer defaults for the display tests
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Linked into every ui test; the hooks below are read only by ASan/LSan
 * (meson test --setup asan) and are inert otherwise.
 *
 * GLib leaks its first block of quarks on purpose once a process holds
 * more than 2,048 of them (glib/gquark.c, quark_new(): "This leaks the old
 * quarks array … it allows us to do lockless lookup"), and a whole GTK 4
 * window with list views, drop-downs and shortcut controllers holds about
 * 2,400. That block is allocated by GLib's library constructor, so the
 * leak report is suppressed for allocations made under _dl_init — library
 * constructors, which allocate for the life of the process — and only
 * those. Matching that frame needs full stacks: GLib has no frame
 * pointers, so the fast unwinder stops at g_malloc(). Full unwinding is
 * safe here because the asan setup keeps GL out (GDK_DEBUG=gl-disable,
 * GSK_RENDERER=cairo). ASAN_OPTIONS from the environment still override
 * these defaults.
 */

const char *__asan_default_options (void);
const char *__lsan_default_suppressions (void);

const char *
__asan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}

const char *
__lsan_default_suppressions (void)
{
  return "leak:_dl_init\n";
}
