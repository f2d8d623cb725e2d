/* dm-schema.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-schema"

#include "config.h"

#include "dm-error.h"
#include "dm-schema-private.h"

/* Each step takes the database from version N to N + 1. Steps are never
 * edited once released: a change to the schema is a new step. */

static const char schema_v1[] =
  "CREATE TABLE articles ("
  "  id        INTEGER PRIMARY KEY,"
  "  uuid      TEXT NOT NULL UNIQUE,"
  "  title     TEXT,"
  "  source    TEXT,"
  "  url       TEXT,"
  "  published TEXT,"
  "  language  TEXT,"
  "  body      TEXT NOT NULL,"
  "  created   TEXT NOT NULL,"
  "  updated   TEXT NOT NULL"
  ");"
  "CREATE INDEX articles_by_date ON articles (published, title);"
  "CREATE TABLE actors ("
  "  id            INTEGER PRIMARY KEY,"
  "  uuid          TEXT NOT NULL UNIQUE,"
  "  name          TEXT NOT NULL,"
  "  kind          TEXT NOT NULL CHECK (kind IN ('state', 'organisation', 'person', 'group', 'media')),"
  "  code          TEXT,"
  "  official_name TEXT,"
  "  colour        TEXT,"
  "  created       TEXT NOT NULL,"
  "  updated       TEXT NOT NULL"
  ");"
  "CREATE INDEX actors_by_name ON actors (name COLLATE NOCASE);"
  "CREATE TABLE actor_names ("
  "  actor_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,"
  "  kind     TEXT NOT NULL CHECK (kind IN ('alias', 'demonym', 'capital')),"
  "  position INTEGER NOT NULL,"
  "  name     TEXT NOT NULL,"
  "  PRIMARY KEY (actor_id, kind, position)"
  ");"
  "CREATE INDEX actor_names_by_name ON actor_names (name COLLATE NOCASE);"
  "CREATE TABLE actor_represents ("
  "  actor_id       INTEGER NOT NULL REFERENCES actors (id) ON DELETE CASCADE,"
  "  position       INTEGER NOT NULL,"
  "  represented_id INTEGER NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,"
  "  role           TEXT,"
  "  valid_from     TEXT,"
  "  valid_until    TEXT,"
  "  PRIMARY KEY (actor_id, position)"
  ");"
  "CREATE INDEX actor_represents_by_represented ON actor_represents (represented_id);"
  "CREATE TABLE topics ("
  "  id          INTEGER PRIMARY KEY,"
  "  uuid        TEXT NOT NULL UNIQUE,"
  "  name        TEXT NOT NULL,"
  "  parent_id   INTEGER REFERENCES topics (id) ON DELETE RESTRICT,"
  "  description TEXT,"
  "  created     TEXT NOT NULL,"
  "  updated     TEXT NOT NULL"
  ");"
  "CREATE INDEX topics_by_parent ON topics (parent_id);"
  "CREATE TABLE acts ("
  "  code      TEXT PRIMARY KEY,"
  "  name      TEXT NOT NULL,"
  "  goldstein REAL NOT NULL"
  ");"
  "CREATE TABLE annotations ("
  "  id         INTEGER PRIMARY KEY,"
  "  uuid       TEXT NOT NULL UNIQUE,"
  "  article_id INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,"
  "  start      INTEGER NOT NULL CHECK (start >= 0),"
  "  \"end\"      INTEGER NOT NULL CHECK (\"end\" > start),"
  "  quote      TEXT NOT NULL,"
  "  prefix     TEXT NOT NULL DEFAULT '',"
  "  suffix     TEXT NOT NULL DEFAULT '',"
  "  topic_id   INTEGER REFERENCES topics (id) ON DELETE RESTRICT,"
  "  polarity   TEXT NOT NULL CHECK (polarity IN ('none', 'supports', 'opposes', 'neutral', 'mixed')),"
  "  act_code   TEXT REFERENCES acts (code) ON DELETE RESTRICT,"
  "  mode       TEXT NOT NULL,"
  "  provenance TEXT,"
  "  note       TEXT,"
  "  key_quote  INTEGER NOT NULL DEFAULT 0,"
  "  coder      TEXT,"
  "  created    TEXT NOT NULL,"
  "  updated    TEXT NOT NULL"
  ");"
  "CREATE INDEX annotations_by_article ON annotations (article_id, start);"
  "CREATE INDEX annotations_by_topic ON annotations (topic_id);"
  "CREATE TABLE annotation_actors ("
  "  annotation_id INTEGER NOT NULL REFERENCES annotations (id) ON DELETE CASCADE,"
  "  role          TEXT NOT NULL CHECK (role IN ('speaker', 'target')),"
  "  position      INTEGER NOT NULL,"
  "  actor_id      INTEGER NOT NULL REFERENCES actors (id) ON DELETE RESTRICT,"
  "  PRIMARY KEY (annotation_id, role, position)"
  ");"
  "CREATE INDEX annotation_actors_by_actor ON annotation_actors (actor_id, role);";

/* v2: full-text search. External-content FTS5 tables kept in step by
 * triggers, so the text is stored once. */
static const char schema_v2[] =
  "CREATE VIRTUAL TABLE article_fts USING fts5 ("
  "  title, body, content = 'articles', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2'"
  ");"
  "CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN"
  "  INSERT INTO article_fts (rowid, title, body) VALUES (new.id, new.title, new.body);"
  "END;"
  "CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN"
  "  INSERT INTO article_fts (article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);"
  "END;"
  "CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, body ON articles BEGIN"
  "  INSERT INTO article_fts (article_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);"
  "  INSERT INTO article_fts (rowid, title, body) VALUES (new.id, new.title, new.body);"
  "END;"
  "CREATE VIRTUAL TABLE annotation_fts USING fts5 ("
  "  quote, note, content = 'annotations', content_rowid = 'id',"
  "  tokenize = 'unicode61 remove_diacritics 2'"
  ");"
  "CREATE TRIGGER annotations_fts_insert AFTER INSERT ON annotations BEGIN"
  "  INSERT INTO annotation_fts (rowid, quote, note) VALUES (new.id, new.quote, new.note);"
  "END;"
  "CREATE TRIGGER annotations_fts_delete AFTER DELETE ON annotations BEGIN"
  "  INSERT INTO annotation_fts (annotation_fts, rowid, quote, note) VALUES ('delete', old.id, old.quote, old.note);"
  "END;"
  "CREATE TRIGGER annotations_fts_update AFTER UPDATE OF quote, note ON annotations BEGIN"
  "  INSERT INTO annotation_fts (annotation_fts, rowid, quote, note) VALUES ('delete', old.id, old.quote, old.note);"
  "  INSERT INTO annotation_fts (rowid, quote, note) VALUES (new.id, new.quote, new.note);"
  "END;"
  "INSERT INTO article_fts (article_fts) VALUES ('rebuild');"
  "INSERT INTO annotation_fts (annotation_fts) VALUES ('rebuild');";

/* v3: orphaned annotations (issue 6). When an article's text changes and
 * an annotation's quote cannot be found again with confidence, the row is
 * kept, flagged, and left for the analyst to place by hand; its offsets
 * then no longer read as its quote. See dm-reanchor.c. */
static const char schema_v3[] =
  "ALTER TABLE annotations ADD COLUMN orphan INTEGER NOT NULL DEFAULT 0;";

/* v4: covering indexes for comparisons (issue 5). A comparison walks the
 * speaker rows of a few actors, then needs each annotation's speakers and
 * each article's date, source and title; with these it never reads an
 * article body, and on 200,000 annotations it touches a fraction of the
 * pages. annotation_actors_by_actor becomes a prefix of
 * annotation_actors_by_speaker and could be dropped in a later step. */
static const char schema_v4[] =
  "CREATE INDEX annotation_actors_by_speaker ON annotation_actors (actor_id, role, annotation_id);"
  "CREATE INDEX annotation_actors_by_annotation ON annotation_actors (annotation_id, role, position, actor_id);"
  "CREATE INDEX articles_summary ON articles (id, published, source, uuid, title);";

static const char * const migrations[DM_SCHEMA_VERSION] = {
  schema_v1,
  schema_v2,
  schema_v3,
  schema_v4,
};

void
_dm_set_error_from_sqlite (GError     **error,
                           sqlite3     *db,
                           int          rc,
                           const char  *path)
{
  const char *detail = db != NULL ? sqlite3_errmsg (db) : sqlite3_errstr (rc);
  const char *where = path != NULL ? path : "database";

  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_A_DATABASE,
                   "%s: not a Demarche database (the file is not SQLite)", where);
      break;

    case SQLITE_CORRUPT:
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_A_DATABASE,
                   "%s: the database file is damaged (%s); restore it from a backup", where, detail);
      break;

    case SQLITE_READONLY:
    case SQLITE_PERM:
      g_set_error (error, DM_ERROR, DM_ERROR_READ_ONLY,
                   "%s: the database is read-only; nothing was saved", where);
      break;

    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, DM_ERROR, DM_ERROR_BUSY,
                   "%s: the database is locked by another program; nothing was saved, try again", where);
      break;

    case SQLITE_FULL:
      g_set_error (error, DM_ERROR, DM_ERROR_FULL,
                   "%s: the disk is full; nothing was saved", where);
      break;

    case SQLITE_CANTOPEN:
      g_set_error (error, DM_ERROR, DM_ERROR_DATABASE,
                   "%s: cannot open the database (%s)", where, detail);
      break;

    case SQLITE_CONSTRAINT:
      g_set_error (error, DM_ERROR, DM_ERROR_CONFLICT,
                   "%s: %s", where, detail);
      break;

    default:
      g_set_error (error, DM_ERROR, DM_ERROR_DATABASE,
                   "%s: %s", where, detail);
      break;
    }
}

static gboolean
exec_sql (sqlite3     *db,
          const char  *path,
          const char  *sql,
          GError     **error)
{
  int rc = sqlite3_exec (db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _dm_set_error_from_sqlite (error, db, rc, path);
      return FALSE;
    }

  return TRUE;
}

static int
query_int (sqlite3 *db,
           const char *sql,
           int *rc_out)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int value = 0;
  int rc;

  rc = sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        {
          value = sqlite3_column_int (stmt, 0);
          rc = SQLITE_OK;
        }
    }

  *rc_out = rc;
  return value;
}

/*
 * _dm_schema_read_version:
 *
 * Returns the schema version, 0 for a new empty file, or -1 with @error set
 * when the file is not ours or not readable.
 */
int
_dm_schema_read_version (sqlite3     *db,
                         const char  *path,
                         GError     **error)
{
  int version;
  int app_id;
  int tables;
  int rc;

  /* The first read is where SQLite notices a file that is not a database. */
  tables = query_int (db, "SELECT count(*) FROM sqlite_master", &rc);
  if (rc != SQLITE_OK)
    {
      _dm_set_error_from_sqlite (error, db, rc, path);
      return -1;
    }

  version = query_int (db, "PRAGMA user_version", &rc);
  if (rc == SQLITE_OK)
    app_id = query_int (db, "PRAGMA application_id", &rc);
  if (rc != SQLITE_OK)
    {
      _dm_set_error_from_sqlite (error, db, rc, path);
      return -1;
    }

  if (tables > 0 && (version == 0 || app_id != DM_SCHEMA_APPLICATION_ID))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_A_DATABASE,
                   "%s: a SQLite database, but not one of Demarche's; refusing to change it",
                   path);
      return -1;
    }

  if (version > DM_SCHEMA_VERSION)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_NEWER_SCHEMA,
                   "%s: written by a newer Demarche (schema version %d; this version reads up to %d); "
                   "nothing was changed",
                   path, version, DM_SCHEMA_VERSION);
      return -1;
    }

  return version;
}

/*
 * _dm_schema_migrate:
 *
 * Brings the database to %DM_SCHEMA_VERSION in one transaction: a failed
 * step leaves the file exactly as it was.
 */
gboolean
_dm_schema_migrate (sqlite3     *db,
                    const char  *path,
                    GError     **error)
{
  g_autofree char *set_version = NULL;
  g_autofree char *set_app_id = NULL;
  int version;

  if (!exec_sql (db, path, "BEGIN IMMEDIATE", error))
    return FALSE;

  /* Read again under the write lock: another process may have migrated. */
  version = _dm_schema_read_version (db, path, error);
  if (version < 0)
    goto failed;

  if (version == DM_SCHEMA_VERSION)
    return exec_sql (db, path, "COMMIT", error);

  for (int step = version; step < DM_SCHEMA_VERSION; step++)
    {
      g_debug ("Migrating %s from schema %d to %d", path, step, step + 1);
      if (!exec_sql (db, path, migrations[step], error))
        goto failed;
    }

  set_version = g_strdup_printf ("PRAGMA user_version = %d", DM_SCHEMA_VERSION);
  set_app_id = g_strdup_printf ("PRAGMA application_id = %d", DM_SCHEMA_APPLICATION_ID);
  if (!exec_sql (db, path, set_version, error) ||
      !exec_sql (db, path, set_app_id, error) ||
      !exec_sql (db, path, "COMMIT", error))
    goto failed;

  return TRUE;

failed:
  sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL);
  return FALSE;
}
