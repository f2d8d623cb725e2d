/* dm-web-annotation.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-export-scope.h"
#include "dm-store.h"

G_BEGIN_DECLS

/* The W3C Web Annotation JSON-LD context, and the namespace of the
 * Demarche extension terms ("dm:polarity" …) used beside it. */
#define DM_WEB_ANNOTATION_CONTEXT   "http://www.w3.org/ns/anno.jsonld"
#define DM_WEB_ANNOTATION_NAMESPACE "https://demarche.invalid/ns#"

/**
 * DmWebAnnotationReport:
 * @added: annotations placed and added
 * @updated: annotations placed that replaced an older copy in the database
 * @unchanged: annotations placed that the database already held as they are
 * @reanchored: how many of the placed annotations were found by their quote
 *   (with prefix and suffix) rather than at their recorded position
 * @skipped: (element-type utf8): one line per annotation that was not
 *   imported, with its JSON path and the reason ("first.items[3]: cannot
 *   place the quote “…” in …")
 * @conflicts: (element-type utf8): annotations present in the database
 *   with other content and a newer or equal time stamp; the database's was
 *   kept
 *
 * What dm_web_annotation_import_data() did. An annotation is "placed"
 * when it is added, updated or unchanged.
 */
typedef struct
{
  guint      added;
  guint      updated;
  guint      unchanged;
  guint      reanchored;
  GPtrArray *skipped;
  GPtrArray *conflicts;
} DmWebAnnotationReport;

DmWebAnnotationReport *dm_web_annotation_report_new          (void);
void                   dm_web_annotation_report_free         (DmWebAnnotationReport  *report);
guint                  dm_web_annotation_report_get_n_placed (const DmWebAnnotationReport *report);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmWebAnnotationReport, dm_web_annotation_report_free)

char     *dm_web_annotation_export         (DmStore                *store,
                                            const DmExportScope    *scope,
                                            GError                **error);
gboolean  dm_web_annotation_export_to_file (DmStore                *store,
                                            const DmExportScope    *scope,
                                            const char             *path,
                                            GError                **error);
gboolean  dm_web_annotation_detect         (const char             *data,
                                            gsize                   length);
gboolean  dm_web_annotation_import_data    (DmStore                *store,
                                            const char             *data,
                                            gssize                  length,
                                            const char             *origin,
                                            DmWebAnnotationReport  *report,
                                            GError                **error);
gboolean  dm_web_annotation_import_file    (DmStore                *store,
                                            const char             *path,
                                            DmWebAnnotationReport  *report,
                                            GError                **error);

G_END_DECLS
