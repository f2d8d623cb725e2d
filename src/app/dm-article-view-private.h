/* dm-article-view-private.h - DmArticleView internals for the UI tests
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-article-view.h"

G_BEGIN_DECLS

GtkStack *_dm_article_view_get_stack       (DmArticleView *self);
GtkLabel *_dm_article_view_get_title_label (DmArticleView *self);
GtkLabel *_dm_article_view_get_meta_label  (DmArticleView *self);

G_END_DECLS
