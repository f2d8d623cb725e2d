/* dm-export.h - any export format, written to a file with progress
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-export-scope.h"
#include "dm-store.h"
#include "dm-types.h"

G_BEGIN_DECLS

/**
 * DmExportFormat:
 * @DM_EXPORT_JSON_SET: the Demarche annotated set (docs/annotated-set.md)
 * @DM_EXPORT_CSV: one row per annotation and speaker
 * @DM_EXPORT_WEB_ANNOTATION: W3C Web Annotation JSON-LD
 * @DM_EXPORT_GRAPHML_ACTOR_TOPIC: the actor–topic network
 * @DM_EXPORT_GRAPHML_ACTOR_ACTOR: the actor–actor network
 */
typedef enum
{
  DM_EXPORT_JSON_SET,
  DM_EXPORT_CSV,
  DM_EXPORT_WEB_ANNOTATION,
  DM_EXPORT_GRAPHML_ACTOR_TOPIC,
  DM_EXPORT_GRAPHML_ACTOR_ACTOR,
} DmExportFormat;

char     *dm_export_to_string (DmStore              *store,
                               DmExportFormat        format,
                               const DmExportScope  *scope,
                               GError              **error);
gboolean  dm_export_to_file   (DmStore              *store,
                               DmExportFormat        format,
                               const DmExportScope  *scope,
                               const char           *path,
                               DmProgressFunc        progress,
                               gpointer              progress_data,
                               GCancellable         *cancellable,
                               GError              **error);

G_END_DECLS
