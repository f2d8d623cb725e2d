/* dm-article.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_ARTICLE (dm_article_get_type ())

G_DECLARE_FINAL_TYPE (DmArticle, dm_article, DM, ARTICLE, GObject)

/* An article is a value object: the store hands out fresh instances and takes
 * edited ones back through dm_store_update_article().  Articles in a
 * DmArticleList carry no body (see dm_article_has_body()) so that long lists
 * stay cheap; dm_store_lookup_article() returns them whole. */

DmArticle  *dm_article_new                 (void);
DmArticle  *dm_article_copy                (DmArticle  *self);
const char *dm_article_get_uuid            (DmArticle  *self);
void        dm_article_set_uuid            (DmArticle  *self,
                                            const char *uuid);
const char *dm_article_get_title           (DmArticle  *self);
void        dm_article_set_title           (DmArticle  *self,
                                            const char *title);
const char *dm_article_get_source          (DmArticle  *self);
void        dm_article_set_source          (DmArticle  *self,
                                            const char *source);
const char *dm_article_get_url             (DmArticle  *self);
void        dm_article_set_url             (DmArticle  *self,
                                            const char *url);
const char *dm_article_get_published       (DmArticle  *self);
void        dm_article_set_published       (DmArticle  *self,
                                            const char *published);
const char *dm_article_get_language        (DmArticle  *self);
void        dm_article_set_language        (DmArticle  *self,
                                            const char *language);
const char *dm_article_get_body            (DmArticle  *self);
void        dm_article_set_body            (DmArticle  *self,
                                            const char *body);
gboolean    dm_article_has_body            (DmArticle  *self);
guint       dm_article_get_length          (DmArticle  *self);
guint       dm_article_get_annotation_count (DmArticle *self);
void        dm_article_set_annotation_count (DmArticle *self,
                                            guint       count);
const char *dm_article_get_created         (DmArticle  *self);
void        dm_article_set_created         (DmArticle  *self,
                                            const char *created);
const char *dm_article_get_updated         (DmArticle  *self);
void        dm_article_set_updated         (DmArticle  *self,
                                            const char *updated);
char       *dm_article_dup_text_range      (DmArticle  *self,
                                            guint       start,
                                            guint       end);
gboolean    dm_article_find_quote          (DmArticle  *self,
                                            const char *quote,
                                            guint       from,
                                            guint      *start,
                                            guint      *end);

DmArticle  *dm_article_new_from_text       (const char *text,
                                            gssize      length,
                                            const char *origin,
                                            GError    **error);
DmArticle  *dm_article_new_from_file       (const char *path,
                                            GError    **error);

G_END_DECLS
