/* dm-store-private.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-store.h"

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

DmArticle *_dm_store_lookup_article_summary (DmStore    *self,
                                          const char   *uuid,
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

G_END_DECLS
