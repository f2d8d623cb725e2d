/* dm-json-set.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-store.h"
#include "dm-types.h"

G_BEGIN_DECLS

/**
 * DM_SET_MAX_SIZE:
 *
 * The largest file, in bytes, that the annotated-set and Web Annotation
 * importers read (512 MiB); larger ones are refused with a message naming
 * the file. Callers that read a set themselves check it first.
 */
#define DM_SET_MAX_SIZE ((goffset) 512 * 1024 * 1024)

#define DM_JSON_SET_FORMAT  "demarche-annotated-set"
#define DM_JSON_SET_VERSION 1

/**
 * DmImportReport:
 * @added: rows that were new
 * @updated: rows replaced because the incoming `updated` was newer
 * @unchanged: rows already present and identical or newer locally
 * @conflicts: (element-type utf8): human-readable lines for rows present in
 *   both with different content, where the local copy was kept
 */
typedef struct
{
  guint      added;
  guint      updated;
  guint      unchanged;
  GPtrArray *conflicts;
} DmImportReport;

DmImportReport *dm_import_report_new  (void);
void            dm_import_report_free (DmImportReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmImportReport, dm_import_report_free)

char     *dm_json_set_export         (DmStore         *store,
                                      const char     **article_uuids,
                                      GError         **error);
gboolean  dm_json_set_export_to_file (DmStore         *store,
                                      const char     **article_uuids,
                                      const char      *path,
                                      GError         **error);
gboolean  dm_json_set_import_data    (DmStore         *store,
                                      const char      *data,
                                      gssize           length,
                                      const char      *origin,
                                      DmImportReport  *report,
                                      GError         **error);
gboolean  dm_json_set_import_file    (DmStore         *store,
                                      const char      *path,
                                      DmImportReport  *report,
                                      GError         **error);
gboolean  dm_json_set_import_file_full (DmStore         *store,
                                        const char      *path,
                                        DmImportReport  *report,
                                        DmProgressFunc   progress,
                                        gpointer         progress_data,
                                        GCancellable    *cancellable,
                                        GError         **error);

G_END_DECLS
