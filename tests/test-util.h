/* test-util.h - helpers every test suite shares
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

void test_util_remove_tree (const char *path);

G_END_DECLS
