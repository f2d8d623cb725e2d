/* dm-pending-article.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_PENDING_ARTICLE (dm_pending_article_get_type ())

G_DECLARE_FINAL_TYPE (DmPendingArticle, dm_pending_article, DM, PENDING_ARTICLE, GObject)

/* One file (or pasted text) read for import and not yet saved: either an
 * article whose metadata the analyst may still edit, or the reason it
 * cannot be imported. See DmArticleImporter. */

DmPendingArticle *dm_pending_article_new           (const char       *name,
                                                    GFile            *file,
                                                    DmArticle        *article,
                                                    const GError     *error);
const char       *dm_pending_article_get_name      (DmPendingArticle *self);
GFile            *dm_pending_article_get_file      (DmPendingArticle *self);
DmArticle        *dm_pending_article_get_article   (DmPendingArticle *self);
const GError     *dm_pending_article_get_error     (DmPendingArticle *self);
const char       *dm_pending_article_get_error_message (DmPendingArticle *self);
const char       *dm_pending_article_get_title     (DmPendingArticle *self);
gboolean          dm_pending_article_get_valid     (DmPendingArticle *self);

G_END_DECLS
