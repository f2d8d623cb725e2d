/* dm-schema-private.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <sqlite3.h>

G_BEGIN_DECLS

/* "DMRC": marks a SQLite file as ours, so a stray database is refused
 * instead of being migrated into shape. */
#define DM_SCHEMA_APPLICATION_ID 0x444d5243
#define DM_SCHEMA_VERSION        4

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

int      _dm_schema_read_version  (sqlite3     *db,
                                   const char  *path,
                                   GError     **error);
gboolean _dm_schema_migrate       (sqlite3     *db,
                                   const char  *path,
                                   GError     **error);
void     _dm_set_error_from_sqlite (GError    **error,
                                   sqlite3     *db,
                                   int          rc,
                                   const char  *path);

G_END_DECLS
