/* dm-article-text-dialog.h - correct an article's text
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_ARTICLE_TEXT_DIALOG (dm_article_text_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DmArticleTextDialog, dm_article_text_dialog, DM, ARTICLE_TEXT_DIALOG, GtkWindow)

DmArticleTextDialog *dm_article_text_dialog_new           (DmStore             *store,
                                                           const char          *article_uuid,
                                                           GError             **error);
DmArticleTextDialog *dm_article_text_dialog_present       (GtkWindow           *parent,
                                                           DmStore             *store,
                                                           const char          *article_uuid,
                                                           GError             **error);
GtkTextView         *dm_article_text_dialog_get_text_view (DmArticleTextDialog *self);
gboolean             dm_article_text_dialog_save          (DmArticleTextDialog *self,
                                                           GError             **error);

G_END_DECLS
