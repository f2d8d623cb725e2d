/* dm-window-private.h - DmWindow internals for the UI tests
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-window.h"

G_BEGIN_DECLS

GtkListView    *_dm_window_get_article_list_view   (DmWindow *self);
GtkSearchEntry *_dm_window_get_search_entry        (DmWindow *self);
GtkStack       *_dm_window_get_list_stack          (DmWindow *self);
GtkLabel       *_dm_window_get_empty_title_label   (DmWindow *self);
GtkStack       *_dm_window_get_preview_stack       (DmWindow *self);
GtkLabel       *_dm_window_get_preview_title_label (DmWindow *self);
GtkLabel       *_dm_window_get_preview_meta_label  (DmWindow *self);
GtkTextView    *_dm_window_get_preview_text_view   (DmWindow *self);

G_END_DECLS
