/* dm-article-importer.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-pending-article.h"
#include "dm-store.h"

G_BEGIN_DECLS

#define DM_TYPE_ARTICLE_IMPORTER (dm_article_importer_get_type ())

G_DECLARE_FINAL_TYPE (DmArticleImporter, dm_article_importer, DM, ARTICLE_IMPORTER, GObject)

/* A GListModel of DmPendingArticle: text files read off the main thread
 * (the list grows as they are read) and pasted texts, waiting to be saved
 * together in one transaction. */

DmArticleImporter *dm_article_importer_new            (void);
gboolean           dm_article_importer_get_loading    (DmArticleImporter    *self);
guint              dm_article_importer_get_n_files    (DmArticleImporter    *self);
guint              dm_article_importer_get_n_read     (DmArticleImporter    *self);
double             dm_article_importer_get_fraction   (DmArticleImporter    *self);
guint              dm_article_importer_count_valid    (DmArticleImporter    *self);
void               dm_article_importer_load_async     (DmArticleImporter    *self,
                                                       GFile               **files,
                                                       guint                 n_files,
                                                       GCancellable         *cancellable,
                                                       GAsyncReadyCallback   callback,
                                                       gpointer              user_data);
GPtrArray         *dm_article_importer_load_finish    (DmArticleImporter    *self,
                                                       GAsyncResult         *result,
                                                       GError              **error);
DmPendingArticle  *dm_article_importer_add_text       (DmArticleImporter    *self,
                                                       const char           *text,
                                                       gssize                length,
                                                       const char           *name);
void               dm_article_importer_remove         (DmArticleImporter    *self,
                                                       guint                 position);
void               dm_article_importer_clear          (DmArticleImporter    *self);
gboolean           dm_article_importer_save           (DmArticleImporter    *self,
                                                       DmStore              *store,
                                                       guint                *n_saved,
                                                       GError              **error);

G_END_DECLS
