/* dm-article-view.h - the article text with its highlights
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dm-text-buffer-adapter.h"
#include "dm-workspace.h"

G_BEGIN_DECLS

#define DM_TYPE_ARTICLE_VIEW (dm_article_view_get_type ())

G_DECLARE_FINAL_TYPE (DmArticleView, dm_article_view, DM, ARTICLE_VIEW, GtkWidget)

DmArticleView       *dm_article_view_new                       (DmWorkspace   *workspace);
DmWorkspace         *dm_article_view_get_workspace             (DmArticleView *self);
void                 dm_article_view_set_workspace             (DmArticleView *self,
                                                                DmWorkspace   *workspace);
DmTextBufferAdapter *dm_article_view_get_adapter               (DmArticleView *self);
GtkTextView         *dm_article_view_get_text_view             (DmArticleView *self);
gboolean             dm_article_view_get_show_mentions         (DmArticleView *self);
void                 dm_article_view_set_show_mentions         (DmArticleView *self,
                                                                gboolean       show_mentions);
gboolean             dm_article_view_select_sentence_at_offset (DmArticleView *self,
                                                                guint          offset);
void                 dm_article_view_click_offset              (DmArticleView *self,
                                                                guint          offset);
void                 dm_article_view_scroll_to_selection       (DmArticleView *self);

G_END_DECLS
