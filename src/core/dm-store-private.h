/* dm-store-private.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-store.h"
#include "dm-comparison-query.h"

G_BEGIN_DECLS

/* Transactions nest: the outermost takes the write lock, inner ones are
 * savepoints. Change signals are held back until the outermost commit and
 * dropped on rollback, so views never show what was not saved. */
gboolean   _dm_store_begin               (DmStore      *self,
                                          GError      **error);
gboolean   _dm_store_commit              (DmStore      *self,
                                          GError      **error);
void       _dm_store_rollback            (DmStore      *self);

/* Write rows exactly as given, keeping their created/updated stamps:
 * used by importers that merge by uuid. */
gboolean   _dm_store_put_article         (DmStore      *self,
                                          DmArticle    *article,
                                          gboolean      exists,
                                          GError      **error);
gboolean   _dm_store_put_actor           (DmStore      *self,
                                          DmActor      *actor,
                                          gboolean      exists,
                                          GError      **error);
gboolean   _dm_store_put_topic           (DmStore      *self,
                                          DmTopic      *topic,
                                          gboolean      exists,
                                          GError      **error);
gboolean   _dm_store_put_annotation      (DmStore      *self,
                                          DmAnnotation *annotation,
                                          gboolean      exists,
                                          GError      **error);
gboolean   _dm_store_put_act             (DmStore      *self,
                                          const DmAct  *act,
                                          GError      **error);

GPtrArray *_dm_store_dup_article_summaries (DmStore     *self,
                                          const char   *query,
                                          GError      **error);

/* Undo: plain deletion, and writes that are not themselves recorded. */
gboolean   _dm_store_delete_row          (DmStore      *self,
                                          DmStoreTable  table,
                                          const char   *uuid,
                                          GError      **error);
void       _dm_store_set_replaying       (DmStore      *self,
                                          gboolean      replaying);

/* Testing hooks: simulate a full disk, shorten lock waits. */
void       _dm_store_set_max_pages       (DmStore      *self,
                                          int           pages);
void       _dm_store_set_busy_timeout    (DmStore      *self,
                                          int           msec);

char      *_dm_now_iso8601               (void);
gboolean   _dm_date_is_valid             (const char   *date);

/* Comparison evidence {{{ (issue 5; used by dm-comparison-engine.c) */

/* One row of the comparison query: an annotation spoken by an actor of the
 * set, or (roll-up) by a person who represented one at some time. Rowids
 * are read with the codebook from _dm_store_foreach_evidence_context() and
 * the articles from _dm_store_foreach_evidence_article(). Strings are
 * valid during the callback only; they and the co-speaker are filled in
 * only with text. */
typedef struct
{
  gint64             annotation_id;
  gint64             article_id;
  gint64             topic_id;
  gint64             speaker_id;       /* who spoke, for the credited actor */
  gint64             credited_id;      /* the actor of the set it may count for */
  gboolean           via_representation;
  guint              start;
  guint              end;
  DmPolarity         polarity;
  DmAttributionMode  mode;
  gboolean           key_quote;
  gboolean           orphan;           /* not placed since a text correction */
  const char        *annotation_uuid;
  const char        *quote;
  const char        *coder;
  gint64             co_speaker_id;     /* one of all its speakers… */
  guint              co_speaker_position; /* …and where it is listed */
} DmEvidenceRecord;

typedef void (*DmEvidenceFunc)        (const DmEvidenceRecord *record,
                                       gpointer                user_data);
typedef void (*DmEvidenceContextFunc) (int                     kind,
                                       gint64                  id,
                                       gint64                  other,
                                       const char             *uuid,
                                       const char             *name,
                                       gpointer                user_data);
typedef void (*DmEvidenceArticleFunc) (gint64                  id,
                                       const char             *published,
                                       const char             *source,
                                       const char             *uuid,
                                       const char             *title,
                                       gpointer                user_data);

gboolean    _dm_store_foreach_evidence          (DmStore               *self,
                                                 const char * const    *actor_uuids,
                                                 DmComparisonQuery     *query,
                                                 gboolean               with_text,
                                                 DmEvidenceFunc         func,
                                                 gpointer               user_data,
                                                 GError               **error);
gboolean    _dm_store_foreach_evidence_context  (DmStore               *self,
                                                 DmEvidenceContextFunc  func,
                                                 gpointer               user_data,
                                                 GError               **error);
gboolean    _dm_store_foreach_evidence_article  (DmStore               *self,
                                                 const gint64          *article_ids,
                                                 guint                  n_ids,
                                                 DmEvidenceArticleFunc  func,
                                                 gpointer               user_data,
                                                 GError               **error);
void        _dm_store_set_cache_size            (DmStore               *self,
                                                 int                    kib);

/* }}} */

G_END_DECLS
