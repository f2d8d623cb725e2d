/* dm-store.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-store"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "dm-enum-types.h"
#include "dm-error.h"
#include "dm-json-set.h"
#include "dm-schema-private.h"
#include "dm-store-list.h"
#include "dm-store-private.h"
#include "dm-undo-stack-private.h"

/* The sample article ships with a fixed uuid so that everyone's codings of
 * it merge into one article. */
#define SAMPLE_ARTICLE_UUID     "5d0c7a52-3f5e-5b0a-9c41-6a1b2f8e7d31"
#define SAMPLE_ARTICLE_RESOURCE "/org/demarche/Demarche/core/samples/belarus-china-peace-talks.txt"
#define CODEBOOK_RESOURCE       "/org/demarche/Demarche/core/codebook/default-codebook.json"
#define CONTEXT_LENGTH          32
#define DEFAULT_BUSY_TIMEOUT    5000

struct _DmStore
{
  GObject  parent_instance;

  sqlite3     *db;
  char        *path;
  GArray      *pending;
  GHashTable  *pending_keys;
  guint        depth;

  /* Undo: edits of the open transaction, and where each savepoint began. */
  DmUndoStack *undo;
  GPtrArray   *journal;
  GArray      *journal_marks;

  guint        read_only : 1;
  guint        replaying : 1;
};

typedef struct
{
  DmStoreTable   table;
  DmStoreChange  change;
  char          *uuid;
  char          *article_uuid;
} PendingChange;

G_DEFINE_FINAL_TYPE (DmStore, dm_store, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (DmAct, dm_act, dm_act_copy, dm_act_free)
G_DEFINE_BOXED_TYPE (DmSearchHit, dm_search_hit, dm_search_hit_copy, dm_search_hit_free)

enum {
  PROP_0,
  PROP_PATH,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static const char article_columns[] =
  "a.uuid, a.title, a.source, a.url, a.published, a.language, a.created, a.updated,"
  " (SELECT count(*) FROM annotations n WHERE n.article_id = a.id)";

/* Keep in step with compare_articles() in dm-store-list.c. */
static const char article_order[] =
  " ORDER BY a.published IS NULL, a.published DESC, a.title COLLATE NOCASE, a.uuid";

static const char annotation_columns[] =
  "n.id, n.uuid, ar.uuid, n.start, n.\"end\", n.quote, n.prefix, n.suffix, t.uuid, n.polarity,"
  " n.act_code, n.mode, n.provenance, n.note, n.key_quote, n.coder, n.created, n.updated, n.orphan"
  " FROM annotations n"
  " JOIN articles ar ON ar.id = n.article_id"
  " LEFT JOIN topics t ON t.id = n.topic_id";

static const char topic_paths[] =
  "WITH RECURSIVE tp (id, path) AS ("
  "  SELECT id, name FROM topics WHERE parent_id IS NULL"
  "  UNION ALL"
  "  SELECT t.id, tp.path || ' › ' || t.name FROM topics t JOIN tp ON t.parent_id = tp.id"
  ")";

static void
pending_change_clear (gpointer data)
{
  PendingChange *change = data;

  g_clear_pointer (&change->uuid, g_free);
  g_clear_pointer (&change->article_uuid, g_free);
}

/* Helpers {{{ */

char *
_dm_now_iso8601 (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *base = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", base, g_date_time_get_microsecond (now) / 1000);
}

/* Dates are ISO 8601 calendar dates at year, month or day precision. */
gboolean
_dm_date_is_valid (const char *date)
{
  int y = 0, m = 1, d = 1;
  gsize len;

  if (date == NULL)
    return FALSE;

  len = strlen (date);
  if (len == 4)
    {
      if (sscanf (date, "%4d", &y) != 1)
        return FALSE;
    }
  else if (len == 7)
    {
      if (date[4] != '-' || sscanf (date, "%4d-%2d", &y, &m) != 2)
        return FALSE;
    }
  else if (len == 10)
    {
      if (date[4] != '-' || date[7] != '-' || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) != 3)
        return FALSE;
    }
  else
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (date[i]) && !(date[i] == '-' && (i == 4 || i == 7)))
      return FALSE;

  return y > 0 && g_date_valid_dmy (d, m, y);
}

static gboolean
prepare (DmStore       *self,
         const char    *sql,
         sqlite3_stmt **stmt,
         GError       **error)
{
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, stmt, NULL);

  if (rc != SQLITE_OK)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *value)
{
  if (value != NULL && value[0] != '\0')
    sqlite3_bind_text (stmt, index, value, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

static gboolean
step_done (DmStore       *self,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  int rc = sqlite3_step (stmt);

  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  return (const char *) sqlite3_column_text (stmt, column);
}

static gboolean
exec (DmStore     *self,
      const char  *sql,
      GError     **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/* Returns the rowid for @uuid in @table, 0 if absent, -1 on error. */
static gint64
lookup_id (DmStore     *self,
           const char  *table,
           const char  *uuid,
           GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM %s WHERE uuid = ?1", table);
  int rc;

  if (uuid == NULL)
    return 0;

  if (!prepare (self, sql, &stmt, error))
    return -1;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return sqlite3_column_int64 (stmt, 0);
  if (rc == SQLITE_DONE)
    return 0;

  _dm_set_error_from_sqlite (error, self->db, rc, self->path);
  return -1;
}

static gint64
require_id (DmStore     *self,
            const char  *table,
            const char  *what,
            const char  *uuid,
            GError     **error)
{
  gint64 id = lookup_id (self, table, uuid, error);

  if (id == 0)
    g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no %s with uuid %s", what, uuid);

  return id > 0 ? id : -1;
}

static gboolean
check_uuid (const char  *uuid,
            const char  *what,
            GError     **error)
{
  if (uuid != NULL && !g_uuid_string_is_valid (uuid))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID, "%s uuid “%s” is not a valid UUID", what, uuid);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_required_text (const char  *value,
                     const char  *what,
                     GError     **error)
{
  if (value == NULL || value[0] == '\0')
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID, "%s must not be empty", what);
      return FALSE;
    }

  if (!g_utf8_validate (value, -1, NULL))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT, "%s is not valid UTF-8", what);
      return FALSE;
    }

  return TRUE;
}

static void
queue_change (DmStore       *self,
              DmStoreTable   table,
              DmStoreChange  change,
              const char    *uuid,
              const char    *article_uuid)
{
  PendingChange pending = { table, change, g_strdup (uuid), g_strdup (article_uuid) };
  char *key = g_strdup_printf ("%d:%d:%s", table, change, uuid != NULL ? uuid : "");

  /* A hash, not a scan: an import of 200,000 rows queues as many changes. */
  if (!g_hash_table_add (self->pending_keys, key))
    {
      pending_change_clear (&pending);
      return;
    }

  g_array_append_val (self->pending, pending);
}

/* One signal per table and transaction: a single change is announced as it
 * is, several as a reset, so a list model emits one items-changed. */
static void
flush_changes (DmStore *self)
{
  g_autoptr(GArray) pending = g_steal_pointer (&self->pending);

  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, pending_change_clear);
  g_hash_table_remove_all (self->pending_keys);

  for (DmStoreTable table = DM_STORE_TABLE_ARTICLES; table <= DM_STORE_TABLE_ANNOTATIONS; table++)
    {
      const PendingChange *single = NULL;
      guint count = 0;

      for (guint i = 0; i < pending->len; i++)
        {
          const PendingChange *change = &g_array_index (pending, PendingChange, i);

          if (change->table == table)
            {
              single = change;
              count++;
            }
        }

      if (count == 1)
        g_signal_emit (self, signals[CHANGED], 0, table, single->change, single->uuid, single->article_uuid);
      else if (count > 1)
        g_signal_emit (self, signals[CHANGED], 0, table, DM_STORE_CHANGE_RESET, NULL, NULL);
    }
}

static GObject *lookup_row (DmStore      *self,
                            DmStoreTable  table,
                            const char   *uuid);

static gboolean
is_recording (DmStore *self)
{
  return self->undo != NULL && !self->replaying;
}

/* Takes @before; reads the row as it now is for the after image. */
static void
record_edit (DmStore      *self,
             DmStoreTable  table,
             const char   *uuid,
             GObject      *before,
             gboolean      removed)
{
  DmStoreEdit *edit;

  if (!is_recording (self))
    {
      g_clear_object (&before);
      return;
    }

  edit = g_new0 (DmStoreEdit, 1);
  edit->table = table;
  edit->uuid = g_strdup (uuid);
  edit->before = before;
  edit->after = removed ? NULL : lookup_row (self, table, uuid);
  g_ptr_array_add (self->journal, edit);
}

static GObject *
lookup_before (DmStore      *self,
               DmStoreTable  table,
               const char   *uuid,
               gboolean      exists)
{
  return exists && is_recording (self) ? lookup_row (self, table, uuid) : NULL;
}

gboolean
_dm_store_begin (DmStore  *self,
                 GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);

  /* The outermost level takes the write lock up front, so that a busy
   * database is noticed (and waited for) before any work is done. */
  if (self->depth == 0)
    sql = g_strdup ("BEGIN IMMEDIATE");
  else
    sql = g_strdup_printf ("SAVEPOINT dm_%u", self->depth);

  if (!exec (self, sql, error))
    return FALSE;

  g_array_append_val (self->journal_marks, self->journal->len);
  self->depth++;
  return TRUE;
}

gboolean
_dm_store_commit (DmStore  *self,
                  GError  **error)
{
  g_autofree char *sql = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (self->depth == 1)
    sql = g_strdup ("COMMIT");
  else
    sql = g_strdup_printf ("RELEASE dm_%u", self->depth - 1);

  if (!exec (self, sql, error))
    {
      _dm_store_rollback (self);
      return FALSE;
    }

  self->depth--;
  g_array_set_size (self->journal_marks, self->depth);
  if (self->depth == 0)
    {
      if (self->journal->len > 0)
        {
          g_autoptr(GPtrArray) edits = g_steal_pointer (&self->journal);

          self->journal = g_ptr_array_new_with_free_func ((GDestroyNotify) _dm_store_edit_free);
          if (is_recording (self))
            _dm_undo_stack_push (self->undo, edits);
        }
      flush_changes (self);
    }

  return TRUE;
}

void
_dm_store_rollback (DmStore *self)
{
  g_return_if_fail (DM_IS_STORE (self));
  g_return_if_fail (self->depth > 0);

  if (self->depth == 1)
    {
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_array_set_size (self->pending, 0);
      g_hash_table_remove_all (self->pending_keys);
    }
  else
    {
      g_autofree char *sql = g_strdup_printf ("ROLLBACK TO dm_%u; RELEASE dm_%u",
                                              self->depth - 1, self->depth - 1);
      sqlite3_exec (self->db, sql, NULL, NULL, NULL);
    }

  self->depth--;
  g_ptr_array_set_size (self->journal, g_array_index (self->journal_marks, guint, self->depth));
  g_array_set_size (self->journal_marks, self->depth);
}

/* Wraps one public write: commit on success, roll back and keep the error
 * otherwise. */
static gboolean
finish_write (DmStore   *self,
              gboolean   ok,
              GError   **error)
{
  if (!ok)
    {
      _dm_store_rollback (self);
      return FALSE;
    }

  return _dm_store_commit (self, error);
}

/* }}} */

/* Articles {{{ */

static DmArticle *
article_from_row (sqlite3_stmt *stmt)
{
  DmArticle *article = dm_article_new ();

  dm_article_set_uuid (article, column_text (stmt, 0));
  dm_article_set_title (article, column_text (stmt, 1));
  dm_article_set_source (article, column_text (stmt, 2));
  dm_article_set_url (article, column_text (stmt, 3));
  dm_article_set_published (article, column_text (stmt, 4));
  dm_article_set_language (article, column_text (stmt, 5));
  dm_article_set_created (article, column_text (stmt, 6));
  dm_article_set_updated (article, column_text (stmt, 7));
  dm_article_set_annotation_count (article, sqlite3_column_int (stmt, 8));

  return article;
}

static gboolean
validate_article (DmArticle  *article,
                  gboolean    need_body,
                  GError    **error)
{
  const char *published = dm_article_get_published (article);
  const char *body = dm_article_get_body (article);

  if (!check_uuid (dm_article_get_uuid (article), "article", error))
    return FALSE;

  if ((need_body || body != NULL) && !check_required_text (body, "the article text", error))
    return FALSE;

  if (published != NULL && !_dm_date_is_valid (published))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "publication date “%s” is not an ISO 8601 date (YYYY-MM-DD)", published);
      return FALSE;
    }

  return TRUE;
}

/* A corrected text may not silently slide annotations onto other words:
 * refuse a body change that would. dm_store_update_article_text() in
 * dm-reanchor.c changes a text and re-anchors its annotations instead. */
static gboolean
check_body_keeps_annotations (DmStore    *self,
                              DmArticle  *article,
                              GError    **error)
{
  g_autoptr(GPtrArray) annotations = NULL;
  guint broken = 0;

  annotations = dm_store_dup_annotations (self, dm_article_get_uuid (article), error);
  if (annotations == NULL)
    return FALSE;

  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);
      g_autofree char *text = dm_article_dup_text_range (article,
                                                         dm_annotation_get_start (annotation),
                                                         dm_annotation_get_end (annotation));

      /* Orphans are misplaced already; dm_store_update_article_text() in
       * dm-reanchor.c detaches annotations as orphans before changing the
       * text so that every row written stays valid, undo included. */
      if (!dm_annotation_get_orphan (annotation) && g_strcmp0 (text, dm_annotation_get_quote (annotation)) != 0)
        broken++;
    }

  if (broken > 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT,
                   "changing the text would misplace %u annotation(s); the text was not changed",
                   broken);
      return FALSE;
    }

  return TRUE;
}

gboolean
_dm_store_put_article (DmStore    *self,
                       DmArticle  *article,
                       gboolean    exists,
                       GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *uuid = dm_article_get_uuid (article);
  const char *body = dm_article_get_body (article);
  g_autoptr(GObject) before = NULL;
  gint64 id = 0;

  if (!validate_article (article, !exists, error))
    return FALSE;

  before = lookup_before (self, DM_STORE_TABLE_ARTICLES, uuid, exists);

  if (exists)
    {
      if ((id = require_id (self, "articles", "article", uuid, error)) < 0)
        return FALSE;
      if (body != NULL && !check_body_keeps_annotations (self, article, error))
        return FALSE;
      if (!prepare (self,
                    "UPDATE articles SET title = ?2, source = ?3, url = ?4, published = ?5,"
                    " language = ?6, body = coalesce (?7, body), created = ?8, updated = ?9"
                    " WHERE id = ?1",
                    &stmt, error))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
    }
  else
    {
      if (lookup_id (self, "articles", uuid, NULL) > 0)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT, "an article with uuid %s already exists", uuid);
          return FALSE;
        }
      if (!prepare (self,
                    "INSERT INTO articles (uuid, title, source, url, published, language, body, created, updated)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                    &stmt, error))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    }

  bind_text (stmt, 2, dm_article_get_title (article));
  bind_text (stmt, 3, dm_article_get_source (article));
  bind_text (stmt, 4, dm_article_get_url (article));
  bind_text (stmt, 5, dm_article_get_published (article));
  bind_text (stmt, 6, dm_article_get_language (article));
  bind_text (stmt, 7, body);
  bind_text (stmt, 8, dm_article_get_created (article));
  bind_text (stmt, 9, dm_article_get_updated (article));

  if (!step_done (self, stmt, error))
    return FALSE;

  queue_change (self, DM_STORE_TABLE_ARTICLES,
                exists ? DM_STORE_CHANGE_UPDATED : DM_STORE_CHANGE_ADDED, uuid, uuid);
  record_edit (self, DM_STORE_TABLE_ARTICLES, uuid, g_steal_pointer (&before), FALSE);
  return TRUE;
}

static void
stamp (GObject  *object,
       gboolean  created)
{
  g_autofree char *now = _dm_now_iso8601 ();
  g_autofree char *existing = NULL;

  g_object_get (object, "created", &existing, NULL);
  if (created || existing == NULL)
    g_object_set (object, "created", now, NULL);
  g_object_set (object, "updated", now, NULL);
}

static void
ensure_uuid (GObject *object)
{
  g_autofree char *uuid = NULL;

  g_object_get (object, "uuid", &uuid, NULL);
  if (uuid == NULL)
    {
      g_autofree char *fresh = g_uuid_string_random ();
      g_object_set (object, "uuid", fresh, NULL);
    }
}

/**
 * dm_store_add_article:
 * @self: a #DmStore
 * @article: the article; a uuid and time stamps are filled in if missing
 * @error: return location for an error
 *
 * Saves a new article.
 *
 * Returns: %TRUE if it was saved
 */
gboolean
dm_store_add_article (DmStore    *self,
                      DmArticle  *article,
                      GError    **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (DM_IS_ARTICLE (article), FALSE);

  if (!validate_article (article, TRUE, error))
    return FALSE;

  ensure_uuid (G_OBJECT (article));
  stamp (G_OBJECT (article), dm_article_get_created (article) == NULL);

  if (!_dm_store_begin (self, error))
    return FALSE;

  return finish_write (self, _dm_store_put_article (self, article, FALSE, error), error);
}

/**
 * dm_store_add_articles:
 * @self: a #DmStore
 * @articles: (element-type DmArticle): articles to save together
 * @error: return location for an error
 *
 * Saves several articles in one transaction: all or none.
 *
 * Returns: %TRUE if all were saved
 */
gboolean
dm_store_add_articles (DmStore    *self,
                       GPtrArray  *articles,
                       GError    **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (articles != NULL, FALSE);

  for (guint i = 0; i < articles->len; i++)
    {
      DmArticle *article = g_ptr_array_index (articles, i);

      if (!validate_article (article, TRUE, error))
        return FALSE;
      ensure_uuid (G_OBJECT (article));
      stamp (G_OBJECT (article), dm_article_get_created (article) == NULL);
    }

  if (!_dm_store_begin (self, error))
    return FALSE;

  for (guint i = 0; ok && i < articles->len; i++)
    ok = _dm_store_put_article (self, g_ptr_array_index (articles, i), FALSE, error);

  return finish_write (self, ok, error);
}

gboolean
dm_store_update_article (DmStore    *self,
                         DmArticle  *article,
                         GError    **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (DM_IS_ARTICLE (article), FALSE);
  g_return_val_if_fail (dm_article_get_uuid (article) != NULL, FALSE);

  stamp (G_OBJECT (article), FALSE);

  if (!_dm_store_begin (self, error))
    return FALSE;

  return finish_write (self, _dm_store_put_article (self, article, TRUE, error), error);
}

gboolean
dm_store_remove_article (DmStore     *self,
                         const char  *uuid,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ok;
  gint64 id;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!_dm_store_begin (self, error))
    return FALSE;

  ok = (id = require_id (self, "articles", "article", uuid, error)) > 0 &&
       prepare (self, "DELETE FROM articles WHERE id = ?1", &stmt, error);

  /* The annotations go with the article (ON DELETE CASCADE); record them
   * first so that undo brings back the article, then its annotations. */
  if (ok && is_recording (self))
    {
      g_autoptr(GPtrArray) annotations = dm_store_dup_annotations (self, uuid, error);

      ok = annotations != NULL;
      for (guint i = 0; ok && i < annotations->len; i++)
        {
          DmAnnotation *annotation = g_ptr_array_index (annotations, i);

          record_edit (self, DM_STORE_TABLE_ANNOTATIONS, dm_annotation_get_uuid (annotation),
                       g_object_ref (G_OBJECT (annotation)), TRUE);
        }
      if (ok)
        record_edit (self, DM_STORE_TABLE_ARTICLES, uuid, lookup_row (self, DM_STORE_TABLE_ARTICLES, uuid), TRUE);
    }

  if (ok)
    {
      sqlite3_bind_int64 (stmt, 1, id);
      ok = step_done (self, stmt, error);
    }

  if (ok)
    {
      queue_change (self, DM_STORE_TABLE_ARTICLES, DM_STORE_CHANGE_REMOVED, uuid, uuid);
      /* The article's annotations went with it (ON DELETE CASCADE). */
      queue_change (self, DM_STORE_TABLE_ANNOTATIONS, DM_STORE_CHANGE_RESET, NULL, uuid);
    }

  return finish_write (self, ok, error);
}

static DmArticle *
lookup_article (DmStore     *self,
                const char  *uuid,
                gboolean     with_body,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = NULL;
  DmArticle *article;
  int rc;

  /* A summary leaves the body out of the row: SQLite copies a selected
   * column whether or not it is read, 2 MB for a long article. */
  sql = g_strdup_printf ("SELECT %s%s FROM articles a WHERE a.uuid = ?1",
                         article_columns, with_body ? ", a.body" : "");
  if (!prepare (self, sql, &stmt, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no article with uuid %s", uuid);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  article = article_from_row (stmt);
  if (with_body)
    dm_article_set_body (article, column_text (stmt, 9));

  return article;
}

/**
 * dm_store_lookup_article:
 *
 * Returns: (transfer full) (nullable): the article with its body, or %NULL
 *   with %DM_ERROR_NOT_FOUND
 */
DmArticle *
dm_store_lookup_article (DmStore     *self,
                         const char  *uuid,
                         GError     **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return lookup_article (self, uuid, TRUE, error);
}

/**
 * dm_store_lookup_article_summary:
 *
 * As dm_store_lookup_article(), without the body: what a list row or a
 * check of #DmArticle:updated needs, without copying a long text.
 *
 * Returns: (transfer full) (nullable): the article, its body unset
 */
DmArticle *
dm_store_lookup_article_summary (DmStore     *self,
                                 const char  *uuid,
                                 GError     **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  return lookup_article (self, uuid, FALSE, error);
}

/* Turns what a person types into an FTS5 query that cannot be a syntax
 * error: every word becomes a quoted prefix term, "quoted phrases" stay
 * phrases, and all must match. */
static char *
build_match_query (const char *query)
{
  g_autoptr(GString) match = g_string_new (NULL);
  const char *p = query;

  while (*p != '\0')
    {
      const char *end;
      gboolean phrase = FALSE;

      while (*p != '\0' && g_ascii_isspace (*p))
        p++;
      if (*p == '\0')
        break;

      if (*p == '"' && (end = strchr (p + 1, '"')) != NULL)
        {
          phrase = TRUE;
          p++;
        }
      else
        {
          end = p;
          while (*end != '\0' && !g_ascii_isspace (*end))
            end++;
        }

      if (end > p)
        {
          if (match->len > 0)
            g_string_append_c (match, ' ');
          g_string_append_c (match, '"');
          for (const char *c = p; c < end; c++)
            {
              if (*c == '"')
                g_string_append_c (match, '"');
              g_string_append_c (match, *c);
            }
          g_string_append (match, phrase ? "\"" : "\"*");
        }

      p = phrase ? end + 1 : end;
    }

  return match->len > 0 ? g_string_free (g_steal_pointer (&match), FALSE) : NULL;
}

GPtrArray *
_dm_store_dup_article_summaries (DmStore     *self,
                                 const char  *query,
                                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *match = query != NULL ? build_match_query (query) : NULL;
  g_autofree char *sql = NULL;
  int rc;

  if (match != NULL)
    sql = g_strdup_printf ("SELECT %s FROM articles a WHERE a.id IN ("
                           " SELECT rowid FROM article_fts WHERE article_fts MATCH ?1"
                           " UNION SELECT n.article_id FROM annotation_fts f"
                           "  JOIN annotations n ON n.id = f.rowid WHERE annotation_fts MATCH ?1)"
                           "%s",
                           article_columns, article_order);
  else
    sql = g_strdup_printf ("SELECT %s FROM articles a%s", article_columns, article_order);

  if (!prepare (self, sql, &stmt, error))
    return NULL;
  if (match != NULL)
    sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (articles, article_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&articles);
}

/**
 * dm_store_dup_articles:
 *
 * Returns: (transfer full) (element-type DmArticle): every article, newest
 *   first, without bodies
 */
GPtrArray *
dm_store_dup_articles (DmStore  *self,
                       GError  **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  return _dm_store_dup_article_summaries (self, NULL, error);
}

guint
dm_store_count_articles (DmStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), 0);

  if (!prepare (self, "SELECT count(*) FROM articles", &stmt, NULL) ||
      sqlite3_step (stmt) != SQLITE_ROW)
    return 0;

  return sqlite3_column_int (stmt, 0);
}

static GPtrArray *
collect_uuids (DmStore     *self,
               const char  *sql,
               const char  *argument,
               GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) uuids = g_ptr_array_new_with_free_func (g_free);
  int rc;

  if (!prepare (self, sql, &stmt, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, argument, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (uuids, g_strdup (column_text (stmt, 0)));

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&uuids);
}

/* Tries each query in turn; the first with exactly one answer wins, the
 * first with several is reported as ambiguous. */
static char *
resolve_reference (DmStore            *self,
                   const char         *what,
                   const char         *reference,
                   const char * const *queries,
                   GError            **error)
{
  for (guint i = 0; queries[i] != NULL; i++)
    {
      g_autoptr(GPtrArray) uuids = collect_uuids (self, queries[i], reference, error);

      if (uuids == NULL)
        return NULL;

      if (uuids->len == 1)
        return g_strdup (g_ptr_array_index (uuids, 0));

      if (uuids->len > 1)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND,
                       "“%s” matches %u %ss; use the uuid", reference, uuids->len, what);
          return NULL;
        }
    }

  g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no %s matches “%s”", what, reference);
  return NULL;
}

/**
 * dm_store_resolve_article:
 * @reference: a uuid, a unique uuid prefix, or a (unique part of a) title
 *
 * Returns: (transfer full) (nullable): the article with its body
 */
DmArticle *
dm_store_resolve_article (DmStore     *self,
                          const char  *reference,
                          GError     **error)
{
  static const char * const queries[] = {
    "SELECT uuid FROM articles WHERE uuid = ?1",
    "SELECT uuid FROM articles WHERE length (?1) >= 4 AND substr (uuid, 1, length (?1)) = lower (?1)",
    "SELECT uuid FROM articles WHERE title = ?1 COLLATE NOCASE",
    "SELECT uuid FROM articles WHERE instr (lower (title), lower (?1)) > 0",
    NULL
  };
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  if (!(uuid = resolve_reference (self, "article", reference, queries, error)))
    return NULL;

  return dm_store_lookup_article (self, uuid, error);
}

/* }}} */

/* Codebook {{{ */

static gboolean
validate_actor (DmStore     *self,
                DmActor     *actor,
                GError     **error)
{
  const char *colour = dm_actor_get_colour (actor);
  GPtrArray *representations = dm_actor_get_representations (actor);

  if (!check_uuid (dm_actor_get_uuid (actor), "actor", error) ||
      !check_required_text (dm_actor_get_name (actor), "an actor's name", error))
    return FALSE;

  if (colour != NULL)
    {
      gboolean valid = strlen (colour) == 7 && colour[0] == '#';

      for (guint i = 1; valid && i < 7; i++)
        valid = g_ascii_isxdigit (colour[i]);

      if (!valid)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                       "colour “%s” of %s is not of the form #rrggbb", colour, dm_actor_get_name (actor));
          return FALSE;
        }
    }

  for (guint i = 0; representations != NULL && i < representations->len; i++)
    {
      const DmRepresentation *rep = g_ptr_array_index (representations, i);

      if (g_strcmp0 (rep->actor_uuid, dm_actor_get_uuid (actor)) == 0)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_INVALID, "%s cannot represent itself", dm_actor_get_name (actor));
          return FALSE;
        }

      if ((rep->from != NULL && !_dm_date_is_valid (rep->from)) ||
          (rep->until != NULL && !_dm_date_is_valid (rep->until)))
        {
          g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                       "the dates of %s's role are not ISO 8601 dates", dm_actor_get_name (actor));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
insert_actor_names (DmStore            *self,
                    gint64              actor_id,
                    const char         *kind,
                    const char * const *names,
                    GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (names == NULL || names[0] == NULL)
    return TRUE;

  if (!prepare (self, "INSERT INTO actor_names (actor_id, kind, position, name) VALUES (?1, ?2, ?3, ?4)",
                &stmt, error))
    return FALSE;

  for (guint i = 0; names[i] != NULL; i++)
    {
      if (names[i][0] == '\0')
        continue;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, actor_id);
      sqlite3_bind_text (stmt, 2, kind, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, i);
      sqlite3_bind_text (stmt, 4, names[i], -1, SQLITE_TRANSIENT);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

gboolean
_dm_store_put_actor (DmStore    *self,
                     DmActor    *actor,
                     gboolean    exists,
                     GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) reps = NULL;
  const char *capital[] = { dm_actor_get_capital (actor), NULL };
  const char *uuid = dm_actor_get_uuid (actor);
  GPtrArray *representations = dm_actor_get_representations (actor);
  g_autoptr(GObject) before = NULL;
  gint64 id;

  if (!validate_actor (self, actor, error))
    return FALSE;

  before = lookup_before (self, DM_STORE_TABLE_ACTORS, uuid, exists);

  if (exists)
    {
      if ((id = require_id (self, "actors", "actor", uuid, error)) < 0 ||
          !prepare (self,
                    "UPDATE actors SET name = ?2, kind = ?3, code = ?4, official_name = ?5, colour = ?6,"
                    " created = ?7, updated = ?8 WHERE id = ?1",
                    &stmt, error))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
    }
  else
    {
      if (lookup_id (self, "actors", uuid, NULL) > 0)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT, "an actor with uuid %s already exists", uuid);
          return FALSE;
        }
      if (!prepare (self,
                    "INSERT INTO actors (uuid, name, kind, code, official_name, colour, created, updated)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                    &stmt, error))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    }

  bind_text (stmt, 2, dm_actor_get_name (actor));
  bind_text (stmt, 3, dm_actor_kind_to_string (dm_actor_get_kind (actor)));
  bind_text (stmt, 4, dm_actor_get_code (actor));
  bind_text (stmt, 5, dm_actor_get_official_name (actor));
  bind_text (stmt, 6, dm_actor_get_colour (actor));
  bind_text (stmt, 7, dm_actor_get_created (actor));
  bind_text (stmt, 8, dm_actor_get_updated (actor));
  if (!step_done (self, stmt, error))
    return FALSE;

  if (!exists)
    id = sqlite3_last_insert_rowid (self->db);

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (exists)
    {
      if (!prepare (self, "DELETE FROM actor_names WHERE actor_id = ?1", &stmt, error))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!step_done (self, stmt, error))
        return FALSE;
      g_clear_pointer (&stmt, sqlite3_finalize);
      if (!prepare (self, "DELETE FROM actor_represents WHERE actor_id = ?1", &stmt, error))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  if (!insert_actor_names (self, id, "alias", dm_actor_get_aliases (actor), error) ||
      !insert_actor_names (self, id, "demonym", dm_actor_get_demonyms (actor), error) ||
      !insert_actor_names (self, id, "capital", capital[0] != NULL ? capital : NULL, error))
    return FALSE;

  if (representations != NULL && representations->len > 0)
    {
      if (!prepare (self,
                    "INSERT INTO actor_represents (actor_id, position, represented_id, role, valid_from, valid_until)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    &reps, error))
        return FALSE;

      for (guint i = 0; i < representations->len; i++)
        {
          const DmRepresentation *rep = g_ptr_array_index (representations, i);
          gint64 represented;

          if ((represented = require_id (self, "actors", "actor", rep->actor_uuid, error)) < 0)
            return FALSE;

          sqlite3_reset (reps);
          sqlite3_bind_int64 (reps, 1, id);
          sqlite3_bind_int (reps, 2, i);
          sqlite3_bind_int64 (reps, 3, represented);
          bind_text (reps, 4, rep->role);
          bind_text (reps, 5, rep->from);
          bind_text (reps, 6, rep->until);
          if (!step_done (self, reps, error))
            return FALSE;
        }
    }

  queue_change (self, DM_STORE_TABLE_ACTORS,
                exists ? DM_STORE_CHANGE_UPDATED : DM_STORE_CHANGE_ADDED, uuid, NULL);
  record_edit (self, DM_STORE_TABLE_ACTORS, uuid, g_steal_pointer (&before), FALSE);
  return TRUE;
}

gboolean
dm_store_add_actor (DmStore    *self,
                    DmActor    *actor,
                    GError    **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (DM_IS_ACTOR (actor), FALSE);

  if (!validate_actor (self, actor, error))
    return FALSE;

  ensure_uuid (G_OBJECT (actor));
  stamp (G_OBJECT (actor), dm_actor_get_created (actor) == NULL);

  if (!_dm_store_begin (self, error))
    return FALSE;

  return finish_write (self, _dm_store_put_actor (self, actor, FALSE, error), error);
}

gboolean
dm_store_update_actor (DmStore    *self,
                       DmActor    *actor,
                       GError    **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (DM_IS_ACTOR (actor), FALSE);
  g_return_val_if_fail (dm_actor_get_uuid (actor) != NULL, FALSE);

  stamp (G_OBJECT (actor), FALSE);

  if (!_dm_store_begin (self, error))
    return FALSE;

  return finish_write (self, _dm_store_put_actor (self, actor, TRUE, error), error);
}

static int
count_rows (DmStore    *self,
            const char *sql,
            gint64      id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!prepare (self, sql, &stmt, NULL))
    return 0;

  sqlite3_bind_int64 (stmt, 1, id);
  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
}

static gboolean
delete_row (DmStore     *self,
            const char  *table,
            gint64       id,
            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *sql = g_strdup_printf ("DELETE FROM %s WHERE id = ?1", table);

  if (!prepare (self, sql, &stmt, error))
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, id);
  return step_done (self, stmt, error);
}

gboolean
dm_store_remove_actor (DmStore     *self,
                       const char  *uuid,
                       GError     **error)
{
  gboolean ok = FALSE;
  gint64 id;
  int used;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!_dm_store_begin (self, error))
    return FALSE;

  if ((id = require_id (self, "actors", "actor", uuid, error)) < 0)
    goto out;

  if ((used = count_rows (self, "SELECT count(DISTINCT annotation_id) FROM annotation_actors WHERE actor_id = ?1", id)) > 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT,
                   "the actor is used by %d annotation(s); merge it into another actor instead", used);
      goto out;
    }

  if ((used = count_rows (self, "SELECT count(*) FROM actor_represents WHERE represented_id = ?1", id)) > 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT,
                   "%d person(s) represent this actor; change their roles first", used);
      goto out;
    }

  if (is_recording (self))
    record_edit (self, DM_STORE_TABLE_ACTORS, uuid, lookup_row (self, DM_STORE_TABLE_ACTORS, uuid), TRUE);

  ok = delete_row (self, "actors", id, error);
  if (ok)
    queue_change (self, DM_STORE_TABLE_ACTORS, DM_STORE_CHANGE_REMOVED, uuid, NULL);

out:
  return finish_write (self, ok, error);
}

/* Fills aliases, demonyms, capital and roles for the actors in @by_id (rowid
 * to DmActor): two queries whatever the number of actors. */
static gboolean
load_actor_details (DmStore     *self,
                    GHashTable  *by_id,
                    gint64       only_id,
                    GError     **error)
{
  g_autoptr(sqlite3_stmt) names = NULL;
  g_autoptr(sqlite3_stmt) reps = NULL;
  g_autoptr(GHashTable) aliases = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) demonyms = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  if (!prepare (self,
                "SELECT actor_id, kind, name FROM actor_names WHERE ?1 = 0 OR actor_id = ?1"
                " ORDER BY actor_id, kind, position",
                &names, error))
    return FALSE;
  sqlite3_bind_int64 (names, 1, only_id);

  while ((rc = sqlite3_step (names)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (names, 0);
      const char *kind = column_text (names, 1);
      const char *name = column_text (names, 2);
      DmActor *actor = g_hash_table_lookup (by_id, &id);
      GHashTable *table;
      GPtrArray *list;

      if (actor == NULL)
        continue;

      if (g_str_equal (kind, "capital"))
        {
          dm_actor_set_capital (actor, name);
          continue;
        }

      table = g_str_equal (kind, "alias") ? aliases : demonyms;
      list = g_hash_table_lookup (table, &id);
      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (table, g_object_get_data (G_OBJECT (actor), "dm-row-id"), list);
        }
      g_ptr_array_add (list, (gpointer) g_intern_string (name));
    }

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  g_hash_table_iter_init (&iter, aliases);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;

      g_ptr_array_add (list, NULL);
      dm_actor_set_aliases (g_hash_table_lookup (by_id, key), (const char * const *) list->pdata);
    }

  g_hash_table_iter_init (&iter, demonyms);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      GPtrArray *list = value;

      g_ptr_array_add (list, NULL);
      dm_actor_set_demonyms (g_hash_table_lookup (by_id, key), (const char * const *) list->pdata);
    }

  if (!prepare (self,
                "SELECT r.actor_id, a.uuid, r.role, r.valid_from, r.valid_until"
                " FROM actor_represents r JOIN actors a ON a.id = r.represented_id"
                " WHERE ?1 = 0 OR r.actor_id = ?1 ORDER BY r.actor_id, r.position",
                &reps, error))
    return FALSE;
  sqlite3_bind_int64 (reps, 1, only_id);

  while ((rc = sqlite3_step (reps)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (reps, 0);
      DmActor *actor = g_hash_table_lookup (by_id, &id);
      g_autoptr(DmRepresentation) rep = NULL;

      if (actor == NULL)
        continue;

      rep = dm_representation_new (column_text (reps, 1), column_text (reps, 2),
                                   column_text (reps, 3), column_text (reps, 4));
      dm_actor_add_representation (actor, rep);
    }

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

static GPtrArray *
query_actors (DmStore     *self,
              const char  *uuid,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  gint64 only_id = 0;
  int rc;

  if (!prepare (self,
                "SELECT id, uuid, name, kind, code, official_name, colour, created, updated FROM actors"
                " WHERE ?1 IS NULL OR uuid = ?1 ORDER BY name COLLATE NOCASE, uuid",
                &stmt, error))
    return NULL;
  bind_text (stmt, 1, uuid);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DmActorKind kind = DM_ACTOR_KIND_STATE;
      DmActor *actor;
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      dm_actor_kind_from_string (column_text (stmt, 3), &kind);
      actor = dm_actor_new (column_text (stmt, 2), kind);
      dm_actor_set_uuid (actor, column_text (stmt, 1));
      dm_actor_set_code (actor, column_text (stmt, 4));
      dm_actor_set_official_name (actor, column_text (stmt, 5));
      dm_actor_set_colour (actor, column_text (stmt, 6));
      dm_actor_set_created (actor, column_text (stmt, 7));
      dm_actor_set_updated (actor, column_text (stmt, 8));
      g_object_set_data_full (G_OBJECT (actor), "dm-row-id", id, g_free);
      g_hash_table_insert (by_id, id, actor);
      g_ptr_array_add (actors, actor);
      only_id = *id;
    }

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  if (!load_actor_details (self, by_id, uuid != NULL ? only_id : 0, error))
    return NULL;

  return g_steal_pointer (&actors);
}

DmActor *
dm_store_lookup_actor (DmStore     *self,
                       const char  *uuid,
                       GError     **error)
{
  g_autoptr(GPtrArray) actors = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  if (!(actors = query_actors (self, uuid, error)))
    return NULL;

  if (actors->len == 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no actor with uuid %s", uuid);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (actors, 0));
}

/**
 * dm_store_resolve_actor:
 * @reference: a uuid, a name, a code, or a unique alias, demonym or capital,
 *   compared without regard to case
 *
 * Returns: (transfer full) (nullable): the actor
 */
DmActor *
dm_store_resolve_actor (DmStore     *self,
                        const char  *reference,
                        GError     **error)
{
  static const char * const queries[] = {
    "SELECT uuid FROM actors WHERE uuid = lower (?1)",
    "SELECT uuid FROM actors WHERE name = ?1 COLLATE NOCASE",
    "SELECT uuid FROM actors WHERE code = ?1 COLLATE NOCASE",
    "SELECT DISTINCT a.uuid FROM actor_names n JOIN actors a ON a.id = n.actor_id"
    " WHERE n.name = ?1 COLLATE NOCASE",
    "SELECT uuid FROM actors WHERE official_name = ?1 COLLATE NOCASE",
    NULL
  };
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  if (!(uuid = resolve_reference (self, "actor", reference, queries, error)))
    return NULL;

  return dm_store_lookup_actor (self, uuid, error);
}

GPtrArray *
dm_store_dup_actors (DmStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  return query_actors (self, NULL, error);
}

static gboolean
validate_topic (DmStore     *self,
                DmTopic     *topic,
                gint64       id,
                gint64      *parent_id,
                GError     **error)
{
  const char *parent = dm_topic_get_parent_uuid (topic);

  *parent_id = 0;

  if (!check_uuid (dm_topic_get_uuid (topic), "topic", error) ||
      !check_required_text (dm_topic_get_name (topic), "a topic's name", error))
    return FALSE;

  if (parent == NULL)
    return TRUE;

  if ((*parent_id = require_id (self, "topics", "parent topic", parent, error)) < 0)
    return FALSE;

  /* A topic may not become its own ancestor. */
  if (id > 0)
    {
      g_autoptr(sqlite3_stmt) stmt = NULL;

      if (!prepare (self,
                    "WITH RECURSIVE up (id) AS (SELECT ?1 UNION SELECT t.parent_id FROM topics t"
                    " JOIN up ON t.id = up.id WHERE t.parent_id IS NOT NULL)"
                    " SELECT count(*) FROM up WHERE id = ?2",
                    &stmt, error))
        return FALSE;

      sqlite3_bind_int64 (stmt, 1, *parent_id);
      sqlite3_bind_int64 (stmt, 2, id);
      if (sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) > 0)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                       "“%s” cannot be placed under itself or one of its sub-topics",
                       dm_topic_get_name (topic));
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
_dm_store_put_topic (DmStore    *self,
                     DmTopic    *topic,
                     gboolean    exists,
                     GError    **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *uuid = dm_topic_get_uuid (topic);
  g_autoptr(GObject) before = NULL;
  gint64 parent_id;
  gint64 id = 0;

  if (exists && (id = require_id (self, "topics", "topic", uuid, error)) < 0)
    return FALSE;

  before = lookup_before (self, DM_STORE_TABLE_TOPICS, uuid, exists);

  if (!validate_topic (self, topic, id, &parent_id, error))
    return FALSE;

  if (exists)
    {
      if (!prepare (self,
                    "UPDATE topics SET name = ?2, parent_id = ?3, description = ?4, created = ?5, updated = ?6"
                    " WHERE id = ?1",
                    &stmt, error))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
    }
  else
    {
      if (lookup_id (self, "topics", uuid, NULL) > 0)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT, "a topic with uuid %s already exists", uuid);
          return FALSE;
        }
      if (!prepare (self,
                    "INSERT INTO topics (uuid, name, parent_id, description, created, updated)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    &stmt, error))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    }

  bind_text (stmt, 2, dm_topic_get_name (topic));
  if (parent_id > 0)
    sqlite3_bind_int64 (stmt, 3, parent_id);
  else
    sqlite3_bind_null (stmt, 3);
  bind_text (stmt, 4, dm_topic_get_description (topic));
  bind_text (stmt, 5, dm_topic_get_created (topic));
  bind_text (stmt, 6, dm_topic_get_updated (topic));
  if (!step_done (self, stmt, error))
    return FALSE;

  /* Renaming a parent changes the paths of its sub-topics too. */
  queue_change (self, DM_STORE_TABLE_TOPICS,
                exists ? DM_STORE_CHANGE_UPDATED : DM_STORE_CHANGE_ADDED, uuid, NULL);
  if (exists && count_rows (self, "SELECT count(*) FROM topics WHERE parent_id = ?1", id) > 0)
    queue_change (self, DM_STORE_TABLE_TOPICS, DM_STORE_CHANGE_RESET, NULL, NULL);
  record_edit (self, DM_STORE_TABLE_TOPICS, uuid, g_steal_pointer (&before), FALSE);

  return TRUE;
}

gboolean
dm_store_add_topic (DmStore    *self,
                    DmTopic    *topic,
                    GError    **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (DM_IS_TOPIC (topic), FALSE);

  if (!check_uuid (dm_topic_get_uuid (topic), "topic", error))
    return FALSE;

  ensure_uuid (G_OBJECT (topic));
  stamp (G_OBJECT (topic), dm_topic_get_created (topic) == NULL);

  if (!_dm_store_begin (self, error))
    return FALSE;

  return finish_write (self, _dm_store_put_topic (self, topic, FALSE, error), error);
}

gboolean
dm_store_update_topic (DmStore    *self,
                       DmTopic    *topic,
                       GError    **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (DM_IS_TOPIC (topic), FALSE);
  g_return_val_if_fail (dm_topic_get_uuid (topic) != NULL, FALSE);

  stamp (G_OBJECT (topic), FALSE);

  if (!_dm_store_begin (self, error))
    return FALSE;

  return finish_write (self, _dm_store_put_topic (self, topic, TRUE, error), error);
}

gboolean
dm_store_remove_topic (DmStore     *self,
                       const char  *uuid,
                       GError     **error)
{
  gboolean ok = FALSE;
  gint64 id;
  int used;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!_dm_store_begin (self, error))
    return FALSE;

  if ((id = require_id (self, "topics", "topic", uuid, error)) < 0)
    goto out;

  if ((used = count_rows (self, "SELECT count(*) FROM annotations WHERE topic_id = ?1", id)) > 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT,
                   "the topic is used by %d annotation(s); merge it into another topic instead", used);
      goto out;
    }

  if ((used = count_rows (self, "SELECT count(*) FROM topics WHERE parent_id = ?1", id)) > 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT,
                   "the topic has %d sub-topic(s); move or remove them first", used);
      goto out;
    }

  if (is_recording (self))
    record_edit (self, DM_STORE_TABLE_TOPICS, uuid, lookup_row (self, DM_STORE_TABLE_TOPICS, uuid), TRUE);

  ok = delete_row (self, "topics", id, error);
  if (ok)
    queue_change (self, DM_STORE_TABLE_TOPICS, DM_STORE_CHANGE_REMOVED, uuid, NULL);

out:
  return finish_write (self, ok, error);
}

static GPtrArray *
query_topics (DmStore     *self,
              const char  *uuid,
              GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) topics = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *sql = NULL;
  int rc;

  sql = g_strdup_printf ("%s SELECT t.uuid, t.name, p.uuid, t.description, tp.path, t.created, t.updated"
                         " FROM topics t JOIN tp ON tp.id = t.id LEFT JOIN topics p ON p.id = t.parent_id"
                         " WHERE ?1 IS NULL OR t.uuid = ?1 ORDER BY tp.path COLLATE NOCASE, t.uuid",
                         topic_paths);
  if (!prepare (self, sql, &stmt, error))
    return NULL;
  bind_text (stmt, 1, uuid);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DmTopic *topic = dm_topic_new (column_text (stmt, 1), column_text (stmt, 2));

      dm_topic_set_uuid (topic, column_text (stmt, 0));
      dm_topic_set_description (topic, column_text (stmt, 3));
      dm_topic_set_path (topic, column_text (stmt, 4));
      dm_topic_set_created (topic, column_text (stmt, 5));
      dm_topic_set_updated (topic, column_text (stmt, 6));
      g_ptr_array_add (topics, topic);
    }

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&topics);
}

DmTopic *
dm_store_lookup_topic (DmStore     *self,
                       const char  *uuid,
                       GError     **error)
{
  g_autoptr(GPtrArray) topics = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  if (!(topics = query_topics (self, uuid, error)))
    return NULL;

  if (topics->len == 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no topic with uuid %s", uuid);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (topics, 0));
}

/**
 * dm_store_resolve_topic:
 * @reference: a uuid, a path ("Ukraine war › Peace talks", also written with
 *   ">" or "/"), or a unique name
 *
 * Returns: (transfer full) (nullable): the topic
 */
DmTopic *
dm_store_resolve_topic (DmStore     *self,
                        const char  *reference,
                        GError     **error)
{
  const char *queries[4];
  g_autofree char *uuid = NULL;
  g_autofree char *by_path = NULL;
  g_autofree char *by_name = NULL;
  g_autoptr(GString) path = NULL;
  g_auto(GStrv) parts = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), NULL);
  g_return_val_if_fail (reference != NULL, NULL);

  /* Accept the separators people type for the one the store writes. */
  path = g_string_new (reference);
  g_string_replace (path, "›", "\x1f", 0);
  g_string_replace (path, ">", "\x1f", 0);
  g_string_replace (path, "/", "\x1f", 0);
  parts = g_strsplit (path->str, "\x1f", -1);
  for (guint i = 0; parts[i] != NULL; i++)
    g_strstrip (parts[i]);
  g_string_free (g_steal_pointer (&path), TRUE);
  path = g_string_new (NULL);
  for (guint i = 0; parts[i] != NULL; i++)
    g_string_append_printf (path, "%s%s", i > 0 ? " › " : "", parts[i]);

  by_path = g_strdup_printf ("%s SELECT t.uuid FROM topics t JOIN tp ON tp.id = t.id"
                             " WHERE tp.path = ?1 COLLATE NOCASE", topic_paths);
  by_name = g_strdup ("SELECT uuid FROM topics WHERE name = ?1 COLLATE NOCASE");

  queries[0] = "SELECT uuid FROM topics WHERE uuid = lower (?1)";
  queries[1] = by_path;
  queries[2] = by_name;
  queries[3] = NULL;

  if (!(uuid = resolve_reference (self, "topic", path->str, (const char * const *) queries, error)))
    {
      if (g_error_matches (*error, DM_ERROR, DM_ERROR_NOT_FOUND) && strcmp (path->str, reference) != 0)
        {
          g_clear_error (error);
          g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no topic matches “%s”", reference);
        }
      return NULL;
    }

  return dm_store_lookup_topic (self, uuid, error);
}

GPtrArray *
dm_store_dup_topics (DmStore  *self,
                     GError  **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  return query_topics (self, NULL, error);
}

gboolean
_dm_store_put_act (DmStore      *self,
                   const DmAct  *act,
                   GError      **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!check_required_text (act->code, "an act's code", error) ||
      !check_required_text (act->name, "an act's name", error))
    return FALSE;

  if (act->goldstein < -10.0 || act->goldstein > 10.0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "Goldstein weight %g of act %s is outside -10..10", act->goldstein, act->code);
      return FALSE;
    }

  if (!prepare (self,
                "INSERT INTO acts (code, name, goldstein) VALUES (?1, ?2, ?3)"
                " ON CONFLICT (code) DO UPDATE SET name = excluded.name, goldstein = excluded.goldstein",
                &stmt, error))
    return FALSE;

  bind_text (stmt, 1, act->code);
  bind_text (stmt, 2, act->name);
  sqlite3_bind_double (stmt, 3, act->goldstein);
  return step_done (self, stmt, error);
}

/**
 * dm_store_dup_acts:
 *
 * Returns: (transfer full) (element-type DmAct): the CAMEO acts by code
 */
GPtrArray *
dm_store_dup_acts (DmStore  *self,
                   GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) acts = g_ptr_array_new_with_free_func ((GDestroyNotify) dm_act_free);
  int rc;

  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  if (!prepare (self, "SELECT code, name, goldstein FROM acts ORDER BY code", &stmt, error))
    return NULL;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (acts, dm_act_new (column_text (stmt, 0), column_text (stmt, 1),
                                       sqlite3_column_double (stmt, 2)));

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&acts);
}

/* }}} */

/* Annotations {{{ */

static gboolean
insert_annotation_actors (DmStore            *self,
                          gint64              annotation_id,
                          const char         *role,
                          const char * const *uuids,
                          GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (uuids == NULL || uuids[0] == NULL)
    return TRUE;

  if (!prepare (self,
                "INSERT INTO annotation_actors (annotation_id, role, position, actor_id) VALUES (?1, ?2, ?3, ?4)",
                &stmt, error))
    return FALSE;

  for (guint i = 0; uuids[i] != NULL; i++)
    {
      gint64 actor_id;

      if ((actor_id = require_id (self, "actors", "actor", uuids[i], error)) < 0)
        return FALSE;

      for (guint j = 0; j < i; j++)
        if (g_str_equal (uuids[i], uuids[j]))
          {
            g_set_error (error, DM_ERROR, DM_ERROR_INVALID, "actor %s is listed twice", uuids[i]);
            return FALSE;
          }

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, annotation_id);
      sqlite3_bind_text (stmt, 2, role, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 3, i);
      sqlite3_bind_int64 (stmt, 4, actor_id);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  return TRUE;
}

/* Reports a span outside the article's text. Only here is the whole body
 * counted: a span inside the text never needs its length. */
static void
set_span_error (DmStore     *self,
                gint64       article_id,
                const char  *article_uuid,
                guint        start,
                guint        end,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *title = NULL;
  guint length = 0;

  if (!prepare (self, "SELECT title, length(body) FROM articles WHERE id = ?1", &stmt, error))
    return;
  sqlite3_bind_int64 (stmt, 1, article_id);
  if (sqlite3_step (stmt) == SQLITE_ROW)
    {
      title = column_text (stmt, 0);
      length = (guint) sqlite3_column_int64 (stmt, 1);
    }

  g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
               "span %u–%u is outside the text of “%s” (0–%u)",
               start, end, title != NULL ? title : article_uuid, length);
}

/* Steps over up to @count code points of @text; returns how many it did. */
static guint
skip_code_points (const char **text,
                  guint        count)
{
  guint done = 0;

  while (done < count && **text != '\0')
    {
      *text = g_utf8_next_char (*text);
      done++;
    }

  return done;
}

/* Checks the span against the article and fills quote, prefix and suffix
 * from the text when they are missing. Only the span and its context are
 * read: SQLite's substr() counts a TEXT value in characters, which for
 * UTF-8 are code points, as our offsets are; a 2 MB body is neither copied
 * out nor walked in C. */
static gboolean
anchor_annotation (DmStore       *self,
                   DmAnnotation  *annotation,
                   gint64        *article_id,
                   GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *text = NULL;
  const char *article_uuid = dm_annotation_get_article_uuid (annotation);
  guint start = dm_annotation_get_start (annotation);
  guint end = dm_annotation_get_end (annotation);
  guint first;
  const char *window;
  const char *quote_start;
  const char *quote_end;
  int rc;

  if (article_uuid == NULL)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID, "an annotation needs an article");
      return FALSE;
    }

  if ((*article_id = require_id (self, "articles", "article", article_uuid, error)) < 0)
    return FALSE;

  if (start >= end)
    {
      set_span_error (self, *article_id, article_uuid, start, end, error);
      return FALSE;
    }

  /* The prefix, the quote and the suffix in one piece; substr() is
   * 1-based and stops at the end of the text. */
  first = start > CONTEXT_LENGTH ? start - CONTEXT_LENGTH : 0;
  if (!prepare (self, "SELECT substr(body, ?2, ?3) FROM articles WHERE id = ?1", &stmt, error))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, *article_id);
  sqlite3_bind_int64 (stmt, 2, (gint64) first + 1);
  sqlite3_bind_int64 (stmt, 3, (gint64) end + CONTEXT_LENGTH - first);
  if ((rc = sqlite3_step (stmt)) != SQLITE_ROW)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  window = column_text (stmt, 0);
  if (window == NULL)
    window = "";

  /* A window too short to hold the span: the span ends past the text. */
  quote_start = window;
  if (skip_code_points (&quote_start, start - first) < start - first)
    {
      set_span_error (self, *article_id, article_uuid, start, end, error);
      return FALSE;
    }
  quote_end = quote_start;
  if (skip_code_points (&quote_end, end - start) < end - start)
    {
      set_span_error (self, *article_id, article_uuid, start, end, error);
      return FALSE;
    }

  text = g_strndup (quote_start, quote_end - quote_start);
  if (dm_annotation_get_quote (annotation) == NULL)
    dm_annotation_set_quote (annotation, text);
  /* An orphan keeps the quote as coded; its span only says roughly where it
   * was (issue 6, dm-reanchor.c). */
  else if (!dm_annotation_get_orphan (annotation) && strcmp (dm_annotation_get_quote (annotation), text) != 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "the quote does not match the text at %u–%u (the text there reads “%s”)",
                   start, end, text);
      return FALSE;
    }

  if (dm_annotation_get_prefix (annotation) == NULL)
    {
      g_autofree char *prefix = g_strndup (window, quote_start - window);
      dm_annotation_set_prefix (annotation, prefix);
    }

  /* substr() stopped after CONTEXT_LENGTH code points or at the end. */
  if (dm_annotation_get_suffix (annotation) == NULL)
    dm_annotation_set_suffix (annotation, quote_end);

  return TRUE;
}

gboolean
_dm_store_put_annotation (DmStore       *self,
                          DmAnnotation  *annotation,
                          gboolean       exists,
                          GError       **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *uuid = dm_annotation_get_uuid (annotation);
  const char *topic = dm_annotation_get_topic_uuid (annotation);
  const char *act = dm_annotation_get_act_code (annotation);
  g_autoptr(GObject) before = NULL;
  gint64 article_id;
  gint64 topic_id = 0;
  gint64 id = 0;

  before = lookup_before (self, DM_STORE_TABLE_ANNOTATIONS, uuid, exists);

  if (!check_uuid (uuid, "annotation", error) ||
      !anchor_annotation (self, annotation, &article_id, error))
    return FALSE;

  if (g_strv_length ((char **) dm_annotation_get_actor_uuids (annotation)) == 0)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID, "an annotation needs at least one actor");
      return FALSE;
    }

  if (topic != NULL && (topic_id = require_id (self, "topics", "topic", topic, error)) < 0)
    return FALSE;

  if (act != NULL)
    {
      g_autoptr(sqlite3_stmt) check = NULL;

      if (!prepare (self, "SELECT 1 FROM acts WHERE code = ?1", &check, error))
        return FALSE;
      sqlite3_bind_text (check, 1, act, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (check) != SQLITE_ROW)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no CAMEO act with code “%s”", act);
          return FALSE;
        }
    }

  if (exists)
    {
      if ((id = require_id (self, "annotations", "annotation", uuid, error)) < 0 ||
          !prepare (self,
                    "UPDATE annotations SET article_id = ?2, start = ?3, \"end\" = ?4, quote = ?5, prefix = ?6,"
                    " suffix = ?7, topic_id = ?8, polarity = ?9, act_code = ?10, mode = ?11, provenance = ?12,"
                    " note = ?13, key_quote = ?14, coder = ?15, created = ?16, updated = ?17, orphan = ?18"
                    " WHERE id = ?1",
                    &stmt, error))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
    }
  else
    {
      if (lookup_id (self, "annotations", uuid, NULL) > 0)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT, "an annotation with uuid %s already exists", uuid);
          return FALSE;
        }
      if (!prepare (self,
                    "INSERT INTO annotations (uuid, article_id, start, \"end\", quote, prefix, suffix, topic_id,"
                    " polarity, act_code, mode, provenance, note, key_quote, coder, created, updated, orphan)"
                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
                    &stmt, error))
        return FALSE;
      sqlite3_bind_text (stmt, 1, uuid, -1, SQLITE_TRANSIENT);
    }

  sqlite3_bind_int64 (stmt, 2, article_id);
  sqlite3_bind_int (stmt, 3, dm_annotation_get_start (annotation));
  sqlite3_bind_int (stmt, 4, dm_annotation_get_end (annotation));
  sqlite3_bind_text (stmt, 5, dm_annotation_get_quote (annotation), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, dm_annotation_get_prefix (annotation), -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, dm_annotation_get_suffix (annotation), -1, SQLITE_TRANSIENT);
  if (topic_id > 0)
    sqlite3_bind_int64 (stmt, 8, topic_id);
  else
    sqlite3_bind_null (stmt, 8);
  bind_text (stmt, 9, dm_polarity_to_string (dm_annotation_get_polarity (annotation)));
  bind_text (stmt, 10, act);
  bind_text (stmt, 11, dm_attribution_mode_to_string (dm_annotation_get_mode (annotation)));
  bind_text (stmt, 12, dm_annotation_get_provenance (annotation));
  bind_text (stmt, 13, dm_annotation_get_note (annotation));
  sqlite3_bind_int (stmt, 14, dm_annotation_get_key_quote (annotation));
  bind_text (stmt, 15, dm_annotation_get_coder (annotation));
  bind_text (stmt, 16, dm_annotation_get_created (annotation));
  bind_text (stmt, 17, dm_annotation_get_updated (annotation));
  sqlite3_bind_int (stmt, 18, dm_annotation_get_orphan (annotation));
  if (!step_done (self, stmt, error))
    return FALSE;

  if (!exists)
    id = sqlite3_last_insert_rowid (self->db);

  g_clear_pointer (&stmt, sqlite3_finalize);
  if (exists)
    {
      if (!prepare (self, "DELETE FROM annotation_actors WHERE annotation_id = ?1", &stmt, error))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!step_done (self, stmt, error))
        return FALSE;
    }

  if (!insert_annotation_actors (self, id, "speaker", dm_annotation_get_actor_uuids (annotation), error) ||
      !insert_annotation_actors (self, id, "target", dm_annotation_get_target_uuids (annotation), error))
    return FALSE;

  queue_change (self, DM_STORE_TABLE_ANNOTATIONS,
                exists ? DM_STORE_CHANGE_UPDATED : DM_STORE_CHANGE_ADDED,
                uuid, dm_annotation_get_article_uuid (annotation));
  if (!exists)
    queue_change (self, DM_STORE_TABLE_ARTICLES, DM_STORE_CHANGE_UPDATED,
                  dm_annotation_get_article_uuid (annotation), dm_annotation_get_article_uuid (annotation));
  record_edit (self, DM_STORE_TABLE_ANNOTATIONS, uuid, g_steal_pointer (&before), FALSE);

  return TRUE;
}

gboolean
dm_store_add_annotation (DmStore       *self,
                         DmAnnotation  *annotation,
                         GError       **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (DM_IS_ANNOTATION (annotation), FALSE);

  if (!check_uuid (dm_annotation_get_uuid (annotation), "annotation", error))
    return FALSE;

  ensure_uuid (G_OBJECT (annotation));
  stamp (G_OBJECT (annotation), dm_annotation_get_created (annotation) == NULL);

  if (!_dm_store_begin (self, error))
    return FALSE;

  return finish_write (self, _dm_store_put_annotation (self, annotation, FALSE, error), error);
}

gboolean
dm_store_update_annotation (DmStore       *self,
                            DmAnnotation  *annotation,
                            GError       **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (DM_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (dm_annotation_get_uuid (annotation) != NULL, FALSE);

  stamp (G_OBJECT (annotation), FALSE);

  if (!_dm_store_begin (self, error))
    return FALSE;

  return finish_write (self, _dm_store_put_annotation (self, annotation, TRUE, error), error);
}

gboolean
dm_store_remove_annotation (DmStore     *self,
                            const char  *uuid,
                            GError     **error)
{
  g_autoptr(DmAnnotation) annotation = NULL;
  gboolean ok = FALSE;
  gint64 id;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!_dm_store_begin (self, error))
    return FALSE;

  if ((id = require_id (self, "annotations", "annotation", uuid, error)) < 0 ||
      !(annotation = dm_store_lookup_annotation (self, uuid, error)))
    goto out;

  record_edit (self, DM_STORE_TABLE_ANNOTATIONS, uuid,
               is_recording (self) ? g_object_ref (G_OBJECT (annotation)) : NULL, TRUE);

  ok = delete_row (self, "annotations", id, error);
  if (ok)
    {
      const char *article_uuid = dm_annotation_get_article_uuid (annotation);

      queue_change (self, DM_STORE_TABLE_ANNOTATIONS, DM_STORE_CHANGE_REMOVED, uuid, article_uuid);
      queue_change (self, DM_STORE_TABLE_ARTICLES, DM_STORE_CHANGE_UPDATED, article_uuid, article_uuid);
    }

out:
  return finish_write (self, ok, error);
}

static GPtrArray *
query_annotations (DmStore     *self,
                   const char  *where,
                   const char  *argument,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) actors = NULL;
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  g_autoptr(GHashTable) speakers = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GHashTable) targets = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  g_autofree char *sql = NULL;
  g_autofree char *actor_sql = NULL;
  GHashTableIter iter;
  gpointer key, value;
  int rc;

  sql = g_strdup_printf ("SELECT %s WHERE %s ORDER BY ar.uuid, n.start, n.\"end\", n.uuid",
                         annotation_columns, where);
  if (!prepare (self, sql, &stmt, error))
    return NULL;
  bind_text (stmt, 1, argument);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DmAnnotation *annotation;
      DmPolarity polarity = DM_POLARITY_NONE;
      DmAttributionMode mode = DM_ATTRIBUTION_UNSPECIFIED;
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      /* Not dm_annotation_new(): the random uuid it makes, a fifth of the
       * time it takes to read 5,000 annotations, would be overwritten. */
      annotation = g_object_new (DM_TYPE_ANNOTATION,
                                 "uuid", column_text (stmt, 1),
                                 "article-uuid", column_text (stmt, 2),
                                 NULL);
      dm_annotation_set_span (annotation, sqlite3_column_int (stmt, 3), sqlite3_column_int (stmt, 4));
      dm_annotation_set_quote (annotation, column_text (stmt, 5));
      dm_annotation_set_prefix (annotation, column_text (stmt, 6));
      dm_annotation_set_suffix (annotation, column_text (stmt, 7));
      dm_annotation_set_topic_uuid (annotation, column_text (stmt, 8));
      dm_polarity_from_string (column_text (stmt, 9), &polarity);
      dm_annotation_set_polarity (annotation, polarity);
      dm_annotation_set_act_code (annotation, column_text (stmt, 10));
      dm_attribution_mode_from_string (column_text (stmt, 11), &mode);
      dm_annotation_set_mode (annotation, mode);
      dm_annotation_set_provenance (annotation, column_text (stmt, 12));
      dm_annotation_set_note (annotation, column_text (stmt, 13));
      dm_annotation_set_key_quote (annotation, sqlite3_column_int (stmt, 14) != 0);
      dm_annotation_set_coder (annotation, column_text (stmt, 15));
      dm_annotation_set_created (annotation, column_text (stmt, 16));
      dm_annotation_set_updated (annotation, column_text (stmt, 17));
      dm_annotation_set_orphan (annotation, sqlite3_column_int (stmt, 18) != 0);
      g_hash_table_insert (by_id, id, annotation);
      g_ptr_array_add (annotations, annotation);
    }

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  if (annotations->len == 0)
    return g_steal_pointer (&annotations);

  /* All actors of all these annotations in one query. */
  actor_sql = g_strdup_printf ("SELECT aa.annotation_id, aa.role, a.uuid FROM annotation_actors aa"
                               " JOIN actors a ON a.id = aa.actor_id"
                               " WHERE aa.annotation_id IN (SELECT n.id FROM annotations n"
                               "  JOIN articles ar ON ar.id = n.article_id WHERE %s)"
                               " ORDER BY aa.annotation_id, aa.role, aa.position",
                               where);
  if (!prepare (self, actor_sql, &actors, error))
    return NULL;
  bind_text (actors, 1, argument);

  while ((rc = sqlite3_step (actors)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (actors, 0);
      GHashTable *table = g_str_equal (column_text (actors, 1), "speaker") ? speakers : targets;
      gpointer owned_key;
      GPtrArray *list;

      if (!g_hash_table_lookup_extended (by_id, &id, &owned_key, NULL))
        continue;

      if (!(list = g_hash_table_lookup (table, &id)))
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (table, owned_key, list);
        }
      g_ptr_array_add (list, (gpointer) g_intern_string (column_text (actors, 2)));
    }

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  g_hash_table_iter_init (&iter, speakers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_ptr_array_add (value, NULL);
      dm_annotation_set_actor_uuids (g_hash_table_lookup (by_id, key),
                                     (const char * const *) ((GPtrArray *) value)->pdata);
    }

  g_hash_table_iter_init (&iter, targets);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_ptr_array_add (value, NULL);
      dm_annotation_set_target_uuids (g_hash_table_lookup (by_id, key),
                                      (const char * const *) ((GPtrArray *) value)->pdata);
    }

  return g_steal_pointer (&annotations);
}

DmAnnotation *
dm_store_lookup_annotation (DmStore     *self,
                            const char  *uuid,
                            GError     **error)
{
  g_autoptr(GPtrArray) annotations = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), NULL);
  g_return_val_if_fail (uuid != NULL, NULL);

  if (!(annotations = query_annotations (self, "n.uuid = ?1", uuid, error)))
    return NULL;

  if (annotations->len == 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no annotation with uuid %s", uuid);
      return NULL;
    }

  return g_object_ref (g_ptr_array_index (annotations, 0));
}

/**
 * dm_store_dup_annotations:
 * @article_uuid: (nullable): one article's annotations, or %NULL for all
 *
 * Returns: (transfer full) (element-type DmAnnotation): annotations in text
 *   order
 */
GPtrArray *
dm_store_dup_annotations (DmStore     *self,
                          const char  *article_uuid,
                          GError     **error)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  return query_annotations (self, "(?1 IS NULL OR ar.uuid = ?1)", article_uuid, error);
}

/* }}} */

/* Search {{{ */

DmSearchHit *
dm_search_hit_copy (const DmSearchHit *self)
{
  DmSearchHit *copy = g_new0 (DmSearchHit, 1);

  copy->table = self->table;
  copy->article_uuid = g_strdup (self->article_uuid);
  copy->annotation_uuid = g_strdup (self->annotation_uuid);
  copy->title = g_strdup (self->title);
  copy->snippet = g_strdup (self->snippet);
  copy->rank = self->rank;

  return copy;
}

void
dm_search_hit_free (DmSearchHit *self)
{
  if (self == NULL)
    return;

  g_free (self->article_uuid);
  g_free (self->annotation_uuid);
  g_free (self->title);
  g_free (self->snippet);
  g_free (self);
}

/**
 * dm_store_search:
 * @query: words to find; "quoted words" are phrases; each word also matches
 *   as a prefix
 * @limit: at most this many hits, 0 for 100
 *
 * Full-text search over article titles and bodies and annotation quotes and
 * notes, best first.
 *
 * Returns: (transfer full) (element-type DmSearchHit): the hits
 */
GPtrArray *
dm_store_search (DmStore     *self,
                 const char  *query,
                 guint        limit,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) hits = g_ptr_array_new_with_free_func ((GDestroyNotify) dm_search_hit_free);
  g_autofree char *match = NULL;
  int rc;

  g_return_val_if_fail (DM_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  if (!(match = build_match_query (query)))
    return g_steal_pointer (&hits);

  if (!prepare (self,
                "SELECT 0, a.uuid, NULL, a.title, snippet (article_fts, -1, '[', ']', '…', 16), bm25 (article_fts)"
                " FROM article_fts JOIN articles a ON a.id = article_fts.rowid WHERE article_fts MATCH ?1"
                " UNION ALL "
                "SELECT 1, ar.uuid, n.uuid, ar.title, snippet (annotation_fts, -1, '[', ']', '…', 16),"
                " bm25 (annotation_fts)"
                " FROM annotation_fts JOIN annotations n ON n.id = annotation_fts.rowid"
                " JOIN articles ar ON ar.id = n.article_id WHERE annotation_fts MATCH ?1"
                " ORDER BY 6, 2, 3 LIMIT ?2",
                &stmt, error))
    return NULL;

  sqlite3_bind_text (stmt, 1, match, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 2, limit > 0 ? limit : 100);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DmSearchHit *hit = g_new0 (DmSearchHit, 1);

      hit->table = sqlite3_column_int (stmt, 0) == 0 ? DM_STORE_TABLE_ARTICLES : DM_STORE_TABLE_ANNOTATIONS;
      hit->article_uuid = g_strdup (column_text (stmt, 1));
      hit->annotation_uuid = g_strdup (column_text (stmt, 2));
      hit->title = g_strdup (column_text (stmt, 3));
      hit->snippet = g_strdup (column_text (stmt, 4));
      hit->rank = sqlite3_column_double (stmt, 5);
      g_ptr_array_add (hits, hit);
    }

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return NULL;
    }

  return g_steal_pointer (&hits);
}

/* }}} */

/* Undo support {{{ */

static GObject *
lookup_row (DmStore      *self,
            DmStoreTable  table,
            const char   *uuid)
{
  switch (table)
    {
    case DM_STORE_TABLE_ARTICLES:
      return G_OBJECT (dm_store_lookup_article (self, uuid, NULL));
    case DM_STORE_TABLE_ACTORS:
      return G_OBJECT (dm_store_lookup_actor (self, uuid, NULL));
    case DM_STORE_TABLE_TOPICS:
      return G_OBJECT (dm_store_lookup_topic (self, uuid, NULL));
    case DM_STORE_TABLE_ANNOTATIONS:
      return G_OBJECT (dm_store_lookup_annotation (self, uuid, NULL));
    default:
      g_assert_not_reached ();
    }
}

/* Removes a row outright, for undoing its addition: whatever depended on it
 * was undone before. */
gboolean
_dm_store_delete_row (DmStore       *self,
                      DmStoreTable   table,
                      const char    *uuid,
                      GError       **error)
{
  static const char * const tables[] = { "articles", "actors", "topics", "annotations" };
  g_autoptr(DmAnnotation) annotation = NULL;
  gint64 id;

  if ((id = require_id (self, tables[table], "row", uuid, error)) < 0)
    return FALSE;

  if (table == DM_STORE_TABLE_ANNOTATIONS)
    annotation = dm_store_lookup_annotation (self, uuid, NULL);

  if (!delete_row (self, tables[table], id, error))
    return FALSE;

  queue_change (self, table, DM_STORE_CHANGE_REMOVED, uuid,
                annotation != NULL ? dm_annotation_get_article_uuid (annotation) : NULL);
  if (annotation != NULL)
    queue_change (self, DM_STORE_TABLE_ARTICLES, DM_STORE_CHANGE_UPDATED,
                  dm_annotation_get_article_uuid (annotation), dm_annotation_get_article_uuid (annotation));

  return TRUE;
}

void
_dm_store_set_replaying (DmStore  *self,
                         gboolean  replaying)
{
  self->replaying = !!replaying;
}

/**
 * dm_store_get_undo_stack:
 *
 * The store records undo entries from the first call on.
 *
 * Returns: (transfer none): the undo stack of this store
 */
DmUndoStack *
dm_store_get_undo_stack (DmStore *self)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  if (self->undo == NULL)
    self->undo = _dm_undo_stack_new (self);

  return self->undo;
}

/* }}} */

/* Acts (boxed) {{{ */

DmAct *
dm_act_new (const char *code,
            const char *name,
            double      goldstein)
{
  DmAct *self = g_new0 (DmAct, 1);

  self->code = g_strdup (code);
  self->name = g_strdup (name);
  self->goldstein = goldstein;

  return self;
}

DmAct *
dm_act_copy (const DmAct *self)
{
  return dm_act_new (self->code, self->name, self->goldstein);
}

void
dm_act_free (DmAct *self)
{
  if (self == NULL)
    return;

  g_free (self->code);
  g_free (self->name);
  g_free (self);
}

/* }}} */

/* GObject {{{ */

static void
dm_store_finalize (GObject *object)
{
  DmStore *self = (DmStore *)object;

  if (self->db != NULL)
    sqlite3_close_v2 (self->db);

  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->pending_keys, g_hash_table_unref);
  g_clear_pointer (&self->journal, g_ptr_array_unref);
  g_clear_pointer (&self->journal_marks, g_array_unref);
  g_clear_object (&self->undo);

  G_OBJECT_CLASS (dm_store_parent_class)->finalize (object);
}

static void
dm_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DmStore *self = DM_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_store_class_init (DmStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_store_finalize;
  object_class->get_property = dm_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DmStore::changed:
   * @table: the #DmStoreTable
   * @change: the #DmStoreChange
   * @uuid: (nullable): the row, %NULL for a reset
   * @article_uuid: (nullable): for annotations, their article
   *
   * Emitted after a write is committed, once per table touched.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 4,
                  DM_TYPE_STORE_TABLE, DM_TYPE_STORE_CHANGE, G_TYPE_STRING, G_TYPE_STRING);
}

static void
dm_store_init (DmStore *self)
{
  self->pending = g_array_new (FALSE, FALSE, sizeof (PendingChange));
  g_array_set_clear_func (self->pending, pending_change_clear);
  self->pending_keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->journal = g_ptr_array_new_with_free_func ((GDestroyNotify) _dm_store_edit_free);
  self->journal_marks = g_array_new (FALSE, FALSE, sizeof (guint));
}

/* }}} */

/* Public API: opening {{{ */

void
_dm_store_set_busy_timeout (DmStore *self,
                            int      msec)
{
  sqlite3_busy_timeout (self->db, msec);
}

void
_dm_store_set_max_pages (DmStore *self,
                         int      pages)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA max_page_count = %d", pages);

  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

/**
 * dm_store_open:
 * @path: the database file; created if missing
 * @error: return location for an error
 *
 * Opens a Demarche database, creating or migrating its schema. A file that
 * is not SQLite, another program's database, or one written by a newer
 * Demarche is refused and left untouched.
 *
 * Returns: (transfer full) (nullable): the store
 */
DmStore *
dm_store_open (const char  *path,
               GError     **error)
{
  g_autoptr(DmStore) self = NULL;
  int version;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (DM_TYPE_STORE, NULL);
  self->path = g_strdup (path);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_A_DATABASE, "%s: is a folder, not a database file", path);
      return NULL;
    }

  rc = sqlite3_open_v2 (path, &self->db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, path);
      return NULL;
    }

  sqlite3_extended_result_codes (self->db, TRUE);
  sqlite3_busy_timeout (self->db, DEFAULT_BUSY_TIMEOUT);
  self->read_only = sqlite3_db_readonly (self->db, "main") == 1;

  /* Check what the file is before changing anything in it, journal mode
   * included. */
  if ((version = _dm_schema_read_version (self->db, path, error)) < 0)
    return NULL;

  if (!self->read_only &&
      (!exec (self, "PRAGMA journal_mode = WAL", error) ||
       !exec (self, "PRAGMA synchronous = NORMAL", error)))
    return NULL;

  /* Comparisons read a large share of the annotations at once; with
   * SQLite's default 2 MiB cache they re-read their pages from the OS on
   * every run (tests/bench/bench-comparison: 84-104 ms against 50 ms). */
  if (!exec (self, "PRAGMA foreign_keys = ON", error) ||
      !exec (self, "PRAGMA cache_size = -65536", error))
    return NULL;

  if (version < DM_SCHEMA_VERSION)
    {
      if (self->read_only)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_READ_ONLY,
                       "%s: the database is read-only and needs an upgrade to schema %d",
                       path, DM_SCHEMA_VERSION);
          return NULL;
        }
      if (!_dm_schema_migrate (self->db, path, error))
        return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * dm_store_reload:
 * @self: a #DmStore
 * @writer: (nullable): the store whose connection made the writes
 *
 * Announces a reset of every table, for rows written to the same file
 * through another connection, such as a #DmStore opened on
 * dm_store_get_path() in a worker thread for a long import: a connection
 * is used by one thread only, and this one's views learn of the new rows
 * only through this.
 *
 * With @writer, what it committed since its dm_store_get_undo_stack()
 * moves onto @self's undo stack (when @self records), so that undo takes
 * back an import made in a worker as it would one made here. @writer must
 * be done: no transaction open and no other thread using it.
 */
void
dm_store_reload (DmStore *self,
                 DmStore *writer)
{
  g_return_if_fail (DM_IS_STORE (self));
  g_return_if_fail (writer == NULL || DM_IS_STORE (writer));
  g_return_if_fail (self->depth == 0);
  g_return_if_fail (writer == NULL || writer->depth == 0);

  /* Each store records only once its undo stack was asked for. */
  if (writer != NULL && writer != self && writer->undo != NULL && self->undo != NULL)
    _dm_undo_stack_adopt (self->undo, writer->undo);

  for (DmStoreTable table = DM_STORE_TABLE_ARTICLES; table <= DM_STORE_TABLE_ANNOTATIONS; table++)
    g_signal_emit (self, signals[CHANGED], 0, table, DM_STORE_CHANGE_RESET, NULL, NULL);
}

/**
 * dm_store_dup_default_path:
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/demarche/demarche.db`
 */
char *
dm_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "demarche", "demarche.db", NULL);
}

static gboolean
is_empty (DmStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (!prepare (self, "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM actors)", &stmt, NULL))
    return FALSE;

  return sqlite3_step (stmt) == SQLITE_ROW && sqlite3_column_int (stmt, 0) == 0;
}

/**
 * dm_store_open_default:
 *
 * Opens the user's database, creating it with the default codebook and the
 * sample article on first run.
 *
 * Returns: (transfer full) (nullable): the store
 */
DmStore *
dm_store_open_default (GError **error)
{
  g_autofree char *path = dm_store_dup_default_path ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(DmStore) self = NULL;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: cannot create the folder: %s", dir, g_strerror (saved_errno));
      return NULL;
    }

  if (!(self = dm_store_open (path, error)))
    return NULL;

  if (is_empty (self) && !dm_store_seed_defaults (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * dm_store_seed_defaults:
 *
 * Adds the default codebook (merging by uuid) and the sample article, in one
 * transaction.
 *
 * Returns: %TRUE on success
 */
gboolean
dm_store_seed_defaults (DmStore  *self,
                        GError  **error)
{
  g_autoptr(GBytes) codebook = NULL;
  g_autoptr(GBytes) sample = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(DmImportReport) report = dm_import_report_new ();
  gsize length;
  const char *data;
  gboolean ok;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);

  codebook = g_resources_lookup_data (CODEBOOK_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  sample = codebook ? g_resources_lookup_data (SAMPLE_ARTICLE_RESOURCE, G_RESOURCE_LOOKUP_FLAGS_NONE, error) : NULL;
  if (sample == NULL)
    return FALSE;

  data = g_bytes_get_data (sample, &length);
  if (!(article = dm_article_new_from_text (data, length, "sample article", error)))
    return FALSE;

  dm_article_set_uuid (article, SAMPLE_ARTICLE_UUID);
  dm_article_set_title (article, "Belarus and China back peace talks on Ukraine");
  dm_article_set_published (article, "2023-02-24");
  dm_article_set_language (article, "en");
  dm_article_set_created (article, "2026-11-28T00:00:00.000Z");
  dm_article_set_updated (article, "2026-11-28T00:00:00.000Z");

  if (!_dm_store_begin (self, error))
    return FALSE;

  data = g_bytes_get_data (codebook, &length);
  ok = dm_json_set_import_data (self, data, length, "default codebook", report, error);
  if (ok && lookup_id (self, "articles", SAMPLE_ARTICLE_UUID, NULL) == 0)
    ok = _dm_store_put_article (self, article, FALSE, error);

  return finish_write (self, ok, error);
}

const char *
dm_store_get_path (DmStore *self)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  return self->path;
}

int
dm_store_get_schema_version (DmStore *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DM_IS_STORE (self), 0);

  if (!prepare (self, "PRAGMA user_version", &stmt, NULL) || sqlite3_step (stmt) != SQLITE_ROW)
    return 0;

  return sqlite3_column_int (stmt, 0);
}

/* }}} */

/* Public API: live models {{{ */

static GListModel *
new_list (DmStore      *self,
          DmStoreTable  table,
          const char   *article_uuid)
{
  return g_object_new (DM_TYPE_STORE_LIST,
                       "store", self,
                       "table", table,
                       "article-uuid", article_uuid,
                       NULL);
}

/**
 * dm_store_list_articles:
 *
 * Returns: (transfer full): a #DmStoreList of #DmArticle, newest first
 */
GListModel *
dm_store_list_articles (DmStore *self)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  return new_list (self, DM_STORE_TABLE_ARTICLES, NULL);
}

GListModel *
dm_store_list_actors (DmStore *self)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  return new_list (self, DM_STORE_TABLE_ACTORS, NULL);
}

GListModel *
dm_store_list_topics (DmStore *self)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  return new_list (self, DM_STORE_TABLE_TOPICS, NULL);
}

/**
 * dm_store_list_annotations:
 * @article_uuid: (nullable): one article, or %NULL for all annotations
 *
 * Returns: (transfer full): a #DmStoreList of #DmAnnotation in text order
 */
GListModel *
dm_store_list_annotations (DmStore    *self,
                           const char *article_uuid)
{
  g_return_val_if_fail (DM_IS_STORE (self), NULL);

  return new_list (self, DM_STORE_TABLE_ANNOTATIONS, article_uuid);
}

/* }}} */

/* Comparison evidence {{{
 *
 * Added for issue 5 (comparing two actors). The comparison engine in
 * dm-comparison-engine.c turns these rows into per-topic stances; this is
 * the only part of it that speaks SQL. */

/* One statement for every comparison, whatever its size: the actors asked
 * for, plus (roll-up) every person who ever represented one of them, found
 * through actor_represents; their speaker rows through the covering index
 * annotation_actors_by_speaker; the annotation by rowid; with text, each
 * of its speakers from the covering index annotation_actors_by_annotation
 * (a joint statement gives one row per speaker). Lists are bound as JSON
 * arrays and opened with json_each().
 *
 * A row carries numbers and the annotation's own text only: SQLite copies
 * every text column of every result row, and article, topic and actor
 * strings repeat from row to row, so the caller maps their rowids with
 * _dm_store_foreach_evidence_context() and
 * _dm_store_foreach_evidence_article(). Articles are joined (through the
 * covering index articles_summary) only when a date or source filter
 * needs them.
 *
 * The statement is assembled from the fixed fragments below, one per
 * filter in use, so that a filter left empty costs nothing per row; values
 * are always bound, never spliced into the SQL. There is no ORDER BY: the
 * caller sorts its items on integer keys, which costs a fraction of
 * sorting rows with their quotes. */
static const char evidence_actors[] =
  "WITH RECURSIVE"
  " wanted (id) AS ("
  "  SELECT id FROM actors WHERE uuid IN (SELECT value FROM json_each (?1))),"
  " speakers (speaker_id, credited_id, via) AS ("
  "  SELECT id, id, 0 FROM wanted"
  "  UNION"
  "  SELECT r.actor_id, r.represented_id, 1"
  "   FROM actor_represents r JOIN wanted w ON w.id = r.represented_id WHERE ?2)";

static const char evidence_topic_scope[] =
  ", scope (id) AS ("
  "  SELECT id FROM topics WHERE uuid IN (SELECT value FROM json_each (?3))"
  "  UNION"
  "  SELECT t.id FROM topics t JOIN scope s ON t.parent_id = s.id)";

static const char evidence_columns[] =
  " SELECT n.id, n.article_id, n.topic_id, n.start, n.\"end\", n.polarity, n.mode, n.key_quote,"
  "  s.speaker_id, s.credited_id, s.via, n.orphan";

static const char evidence_columns_text[] =
  ", n.uuid, n.quote, n.coder, x.position, x.actor_id";

static const char evidence_joins[] =
  /* CROSS JOIN fixes the order: the planner cannot know that speakers
   * holds a handful of rows and would otherwise scan annotation_actors. */
  " FROM speakers s"
  " CROSS JOIN annotation_actors aa INDEXED BY annotation_actors_by_speaker"
  "  ON aa.actor_id = s.speaker_id AND aa.role = 'speaker'"
  " CROSS JOIN annotations n ON n.id = aa.annotation_id";

static const char evidence_joins_text[] =
  " CROSS JOIN annotation_actors x INDEXED BY annotation_actors_by_annotation"
  "  ON x.annotation_id = n.id AND x.role = 'speaker'";

static const char evidence_joins_articles[] =
  " CROSS JOIN articles ar INDEXED BY articles_summary ON ar.id = n.article_id";

static const char evidence_where[] = " WHERE n.topic_id IS NOT NULL";
static const char evidence_where_topics[] = " AND n.topic_id IN scope";
static const char evidence_where_sources[] = " AND ar.source IN (SELECT value FROM json_each (?4))";
static const char evidence_where_coders[] = " AND n.coder IN (SELECT value FROM json_each (?5))";
static const char evidence_where_modes[] = " AND n.mode IN (SELECT value FROM json_each (?6))";
/* Partial dates overlap: "2023-02" || '~' sorts after every day of
 * February, and a prefix sorts before its extensions. */
static const char evidence_where_from[] = " AND ar.published || '~' >= ?7";
static const char evidence_where_to[] = " AND ar.published <= ?8 || '~'";

/* What the rows' rowids stand for: every actor (names for speakers, uuids
 * for the actors compared), every topic, every representation period.
 * Small tables, one statement. */
static const char evidence_context_query[] =
  "SELECT 0, id, NULL, uuid, name FROM actors"
  " UNION ALL SELECT 1, id, NULL, uuid, NULL FROM topics"
  " UNION ALL SELECT 2, actor_id, represented_id, valid_from, valid_until FROM actor_represents";

/* The articles the rows point at, by rowid, from articles_summary: a
 * seek per id in the order given (an IN list would first copy the ids
 * into a temporary index), or, when the ids are dense, one pass over the
 * range, which is cheaper than that many seeks. */
static const char evidence_articles_query[] =
  "SELECT ar.id, ar.published, ar.source, ar.uuid, ar.title"
  " FROM json_each (?1) j"
  " CROSS JOIN articles ar INDEXED BY articles_summary ON ar.id = j.value";
static const char evidence_articles_range_query[] =
  "SELECT ar.id, ar.published, ar.source, ar.uuid, ar.title"
  " FROM articles ar INDEXED BY articles_summary"
  " WHERE ar.id BETWEEN ?1 AND ?2";

static void
append_json_string (GString    *json,
                    const char *value)
{
  g_string_append_c (json, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"' || *p == '\\')
        g_string_append_printf (json, "\\%c", *p);
      else if ((guchar)*p < 0x20)
        g_string_append_printf (json, "\\u%04x", (guint)(guchar)*p);
      else
        g_string_append_c (json, *p);
    }
  g_string_append_c (json, '"');
}

/* Binds a list as a JSON array, or NULL for an empty list ("no filter"). */
static void
bind_json_list (sqlite3_stmt       *stmt,
                int                 index,
                const char * const *values)
{
  g_autoptr(GString) json = NULL;

  if (values == NULL || values[0] == NULL)
    {
      sqlite3_bind_null (stmt, index);
      return;
    }

  json = g_string_new ("[");
  for (guint i = 0; values[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (json, ',');
      append_json_string (json, values[i]);
    }
  g_string_append_c (json, ']');

  sqlite3_bind_text (stmt, index, json->str, json->len, SQLITE_TRANSIENT);
}

/* A JSON array of integers, digits by hand: printf per id was a tenth of
 * a comparison. */
static char *
dup_json_ids (const gint64 *ids,
              guint         n_ids)
{
  GString *json = g_string_sized_new (n_ids * 8 + 2);

  g_string_append_c (json, '[');
  for (guint i = 0; i < n_ids; i++)
    {
      char digits[24];
      guint64 value = ids[i] < 0 ? - (guint64) ids[i] : (guint64) ids[i];
      guint len = 0;

      do
        digits[len++] = '0' + value % 10;
      while ((value /= 10) > 0);
      if (ids[i] < 0)
        digits[len++] = '-';

      if (i > 0)
        g_string_append_c (json, ',');
      while (len > 0)
        g_string_append_c (json, digits[--len]);
    }
  g_string_append_c (json, ']');

  return g_string_free (json, FALSE);
}

/*
 * _dm_store_foreach_evidence:
 * @actor_uuids: the actors compared
 * @query: the filters, roll-up and (not used here) depth
 * @with_text: whether to fetch the annotation's uuid, quote, coder and
 *   speakers; the matrix needs none
 * @func: called for each row, in no particular order
 *
 * Runs the comparison query. An annotation appears once per actor of the
 * set it may count for, and once more per person who represented that
 * actor and spoke it; with text, once more again per speaker.
 */
gboolean
_dm_store_foreach_evidence (DmStore             *self,
                            const char * const  *actor_uuids,
                            DmComparisonQuery   *query,
                            gboolean             with_text,
                            DmEvidenceFunc       func,
                            gpointer             user_data,
                            GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) modes = g_ptr_array_new ();
  g_autoptr(GString) sql = NULL;
  const char * const *topics;
  const char * const *sources;
  const char * const *coders;
  const char *from;
  const char *to;
  guint mask;
  int rc;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (actor_uuids != NULL, FALSE);
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (query), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  topics = dm_comparison_query_get_topics (query);
  sources = dm_comparison_query_get_sources (query);
  coders = dm_comparison_query_get_coders (query);
  from = dm_comparison_query_get_from (query);
  to = dm_comparison_query_get_to (query);
  mask = dm_comparison_query_get_modes (query);
  for (DmAttributionMode mode = DM_ATTRIBUTION_UNSPECIFIED; mode <= DM_ATTRIBUTION_SPOKESPERSON; mode++)
    if (mask & DM_ATTRIBUTION_MODE_BIT (mode))
      g_ptr_array_add (modes, (gpointer) dm_attribution_mode_to_string (mode));
  g_ptr_array_add (modes, NULL);

  sql = g_string_new (evidence_actors);
  if (topics[0] != NULL)
    g_string_append (sql, evidence_topic_scope);
  g_string_append (sql, evidence_columns);
  if (with_text)
    g_string_append (sql, evidence_columns_text);
  g_string_append (sql, evidence_joins);
  /* Articles before speakers: the filters drop rows before they multiply. */
  if (sources[0] != NULL || from != NULL || to != NULL)
    g_string_append (sql, evidence_joins_articles);
  if (with_text)
    g_string_append (sql, evidence_joins_text);
  g_string_append (sql, evidence_where);
  if (topics[0] != NULL)
    g_string_append (sql, evidence_where_topics);
  if (sources[0] != NULL)
    g_string_append (sql, evidence_where_sources);
  if (coders[0] != NULL)
    g_string_append (sql, evidence_where_coders);
  if (mask != 0)
    g_string_append (sql, evidence_where_modes);
  if (from != NULL)
    g_string_append (sql, evidence_where_from);
  if (to != NULL)
    g_string_append (sql, evidence_where_to);

  if (!prepare (self, sql->str, &stmt, error))
    return FALSE;

  bind_json_list (stmt, 1, actor_uuids);
  sqlite3_bind_int (stmt, 2, dm_comparison_query_get_rollup (query));
  if (topics[0] != NULL)
    bind_json_list (stmt, 3, topics);
  if (sources[0] != NULL)
    bind_json_list (stmt, 4, sources);
  if (coders[0] != NULL)
    bind_json_list (stmt, 5, coders);
  if (mask != 0)
    bind_json_list (stmt, 6, (const char * const *) modes->pdata);
  if (from != NULL)
    bind_text (stmt, 7, from);
  if (to != NULL)
    bind_text (stmt, 8, to);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DmEvidenceRecord record = { 0 };

      record.annotation_id = sqlite3_column_int64 (stmt, 0);
      record.article_id = sqlite3_column_int64 (stmt, 1);
      record.topic_id = sqlite3_column_int64 (stmt, 2);
      record.start = sqlite3_column_int (stmt, 3);
      record.end = sqlite3_column_int (stmt, 4);
      record.polarity = DM_POLARITY_NONE;
      dm_polarity_from_string (column_text (stmt, 5), &record.polarity);
      record.mode = DM_ATTRIBUTION_UNSPECIFIED;
      dm_attribution_mode_from_string (column_text (stmt, 6), &record.mode);
      record.key_quote = sqlite3_column_int (stmt, 7) != 0;
      record.speaker_id = sqlite3_column_int64 (stmt, 8);
      record.credited_id = sqlite3_column_int64 (stmt, 9);
      record.via_representation = sqlite3_column_int (stmt, 10) != 0;
      record.orphan = sqlite3_column_int (stmt, 11) != 0;
      if (with_text)
        {
          record.annotation_uuid = column_text (stmt, 12);
          record.quote = column_text (stmt, 13);
          record.coder = column_text (stmt, 14);
          record.co_speaker_position = sqlite3_column_int (stmt, 15);
          record.co_speaker_id = sqlite3_column_int64 (stmt, 16);
        }

      func (&record, user_data);
    }

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/*
 * _dm_store_foreach_evidence_context:
 * @func: called for every actor, topic and representation period
 *
 * The codebook by rowid, for reading the rows of
 * _dm_store_foreach_evidence(): kind 0 is an actor (@id, @uuid, @name),
 * 1 a topic (@id, @uuid), 2 a period (@id the person, @other the actor
 * represented, @from and @until in @uuid and @name).
 */
gboolean
_dm_store_foreach_evidence_context (DmStore                *self,
                                    DmEvidenceContextFunc   func,
                                    gpointer                user_data,
                                    GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (!prepare (self, evidence_context_query, &stmt, error))
    return FALSE;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (sqlite3_column_int (stmt, 0), sqlite3_column_int64 (stmt, 1), sqlite3_column_int64 (stmt, 2),
          column_text (stmt, 3), column_text (stmt, 4), user_data);

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/*
 * _dm_store_foreach_evidence_article:
 * @article_ids: rowids from #DmEvidenceRecord, in ascending order
 * @func: called per article: rowid, date, source, uuid, title
 *
 * Fetches many articles' summaries in one statement, bodies untouched.
 * When the ids are dense it reads the whole range, so @func may also see
 * articles that were not asked for and must ignore them.
 */
gboolean
_dm_store_foreach_evidence_article (DmStore                *self,
                                    const gint64           *article_ids,
                                    guint                   n_ids,
                                    DmEvidenceArticleFunc   func,
                                    gpointer                user_data,
                                    GError                **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *json = NULL;
  int rc;

  g_return_val_if_fail (DM_IS_STORE (self), FALSE);
  g_return_val_if_fail (article_ids != NULL || n_ids == 0, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (n_ids == 0)
    return TRUE;

  /* A seek costs about what stepping over four index entries does. */
  if ((guint64) (article_ids[n_ids - 1] - article_ids[0]) < (guint64) n_ids * 4)
    {
      if (!prepare (self, evidence_articles_range_query, &stmt, error))
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, article_ids[0]);
      sqlite3_bind_int64 (stmt, 2, article_ids[n_ids - 1]);
    }
  else
    {
      json = dup_json_ids (article_ids, n_ids);
      if (!prepare (self, evidence_articles_query, &stmt, error))
        return FALSE;
      sqlite3_bind_text (stmt, 1, json, -1, SQLITE_STATIC);
    }

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    func (sqlite3_column_int64 (stmt, 0), column_text (stmt, 1), column_text (stmt, 2),
          column_text (stmt, 3), column_text (stmt, 4), user_data);

  if (rc != SQLITE_DONE)
    {
      _dm_set_error_from_sqlite (error, self->db, rc, self->path);
      return FALSE;
    }

  return TRUE;
}

/*
 * _dm_store_set_cache_size:
 * @kib: the page cache in KiB
 *
 * Benchmark hook: SQLite's default page cache is 2 MiB, which a store of
 * 200,000 annotations outgrows, so that every comparison re-reads its
 * pages from the operating system. bench-comparison measures both.
 */
void
_dm_store_set_cache_size (DmStore *self,
                          int      kib)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", -kib);

  g_return_if_fail (DM_IS_STORE (self));

  sqlite3_exec (self->db, sql, NULL, NULL, NULL);
}

/* }}} */
