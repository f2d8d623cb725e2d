/* dm-store.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-actor.h"
#include "dm-annotation.h"
#include "dm-article.h"
#include "dm-topic.h"
#include "dm-types.h"
#include "dm-undo-stack.h"

G_BEGIN_DECLS

#define DM_TYPE_STORE (dm_store_get_type ())
#define DM_TYPE_ACT (dm_act_get_type ())
#define DM_TYPE_SEARCH_HIT (dm_search_hit_get_type ())

G_DECLARE_FINAL_TYPE (DmStore, dm_store, DM, STORE, GObject)

/**
 * DmAct:
 * @code: CAMEO root code, "01" to "20"
 * @name: English label, such as "Appeal"
 * @goldstein: Goldstein conflict-cooperation weight, -10 to +10
 */
typedef struct
{
  char   *code;
  char   *name;
  double  goldstein;
} DmAct;

GType  dm_act_get_type (void) G_GNUC_CONST;
DmAct *dm_act_new      (const char  *code,
                        const char  *name,
                        double       goldstein);
DmAct *dm_act_copy     (const DmAct *self);
void   dm_act_free     (DmAct       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmAct, dm_act_free)

/**
 * DmSearchHit:
 * @table: %DM_STORE_TABLE_ARTICLES or %DM_STORE_TABLE_ANNOTATIONS
 * @article_uuid: the article the hit is in
 * @annotation_uuid: the annotation, or %NULL for an article hit
 * @title: the article title
 * @snippet: matching text with the matches between [ and ]
 * @rank: bm25 rank, lower is better
 */
typedef struct
{
  DmStoreTable  table;
  char         *article_uuid;
  char         *annotation_uuid;
  char         *title;
  char         *snippet;
  double        rank;
} DmSearchHit;

GType        dm_search_hit_get_type (void) G_GNUC_CONST;
DmSearchHit *dm_search_hit_copy     (const DmSearchHit *self);
void         dm_search_hit_free     (DmSearchHit       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmSearchHit, dm_search_hit_free)

/* Opening */
DmStore      *dm_store_open                 (const char     *path,
                                             GError        **error);
DmStore      *dm_store_open_default         (GError        **error);
char         *dm_store_dup_default_path     (void);
const char   *dm_store_get_path             (DmStore        *self);
int           dm_store_get_schema_version   (DmStore        *self);
gboolean      dm_store_seed_defaults        (DmStore        *self,
                                             GError        **error);
void          dm_store_reload               (DmStore        *self,
                                             DmStore        *writer);

/* Articles */
gboolean      dm_store_add_article          (DmStore        *self,
                                             DmArticle      *article,
                                             GError        **error);
gboolean      dm_store_add_articles         (DmStore        *self,
                                             GPtrArray      *articles,
                                             GError        **error);
gboolean      dm_store_update_article       (DmStore        *self,
                                             DmArticle      *article,
                                             GError        **error);
gboolean      dm_store_remove_article       (DmStore        *self,
                                             const char     *uuid,
                                             GError        **error);
DmArticle    *dm_store_lookup_article       (DmStore        *self,
                                             const char     *uuid,
                                             GError        **error);
DmArticle    *dm_store_lookup_article_summary (DmStore        *self,
                                               const char     *uuid,
                                               GError        **error);
DmArticle    *dm_store_resolve_article      (DmStore        *self,
                                             const char     *reference,
                                             GError        **error);
GPtrArray    *dm_store_dup_articles         (DmStore        *self,
                                             GError        **error);
guint         dm_store_count_articles       (DmStore        *self);

/* Codebook */
gboolean      dm_store_add_actor            (DmStore        *self,
                                             DmActor        *actor,
                                             GError        **error);
gboolean      dm_store_update_actor         (DmStore        *self,
                                             DmActor        *actor,
                                             GError        **error);
gboolean      dm_store_remove_actor         (DmStore        *self,
                                             const char     *uuid,
                                             GError        **error);
DmActor      *dm_store_lookup_actor         (DmStore        *self,
                                             const char     *uuid,
                                             GError        **error);
DmActor      *dm_store_resolve_actor        (DmStore        *self,
                                             const char     *reference,
                                             GError        **error);
GPtrArray    *dm_store_dup_actors           (DmStore        *self,
                                             GError        **error);
gboolean      dm_store_add_topic            (DmStore        *self,
                                             DmTopic        *topic,
                                             GError        **error);
gboolean      dm_store_update_topic         (DmStore        *self,
                                             DmTopic        *topic,
                                             GError        **error);
gboolean      dm_store_remove_topic         (DmStore        *self,
                                             const char     *uuid,
                                             GError        **error);
DmTopic      *dm_store_lookup_topic         (DmStore        *self,
                                             const char     *uuid,
                                             GError        **error);
DmTopic      *dm_store_resolve_topic        (DmStore        *self,
                                             const char     *reference,
                                             GError        **error);
GPtrArray    *dm_store_dup_topics           (DmStore        *self,
                                             GError        **error);
GPtrArray    *dm_store_dup_acts             (DmStore        *self,
                                             GError        **error);

/* Annotations */
gboolean      dm_store_add_annotation       (DmStore        *self,
                                             DmAnnotation   *annotation,
                                             GError        **error);
gboolean      dm_store_update_annotation    (DmStore        *self,
                                             DmAnnotation   *annotation,
                                             GError        **error);
gboolean      dm_store_remove_annotation    (DmStore        *self,
                                             const char     *uuid,
                                             GError        **error);
DmAnnotation *dm_store_lookup_annotation    (DmStore        *self,
                                             const char     *uuid,
                                             GError        **error);
GPtrArray    *dm_store_dup_annotations      (DmStore        *self,
                                             const char     *article_uuid,
                                             GError        **error);

/* Search */
GPtrArray    *dm_store_search               (DmStore        *self,
                                             const char     *query,
                                             guint           limit,
                                             GError        **error);

/* Undo */
DmUndoStack  *dm_store_get_undo_stack       (DmStore        *self);

/* Live models */
GListModel   *dm_store_list_articles        (DmStore        *self);
GListModel   *dm_store_list_actors          (DmStore        *self);
GListModel   *dm_store_list_topics          (DmStore        *self);
GListModel   *dm_store_list_annotations     (DmStore        *self,
                                             const char     *article_uuid);

G_END_DECLS
