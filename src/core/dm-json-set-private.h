/* dm-json-set-private.h - the annotated set's writer, shared with the
 * scoped export and the file exporter
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-export-scope.h"
#include "dm-json-set.h"
#include "dm-progress-private.h"

G_BEGIN_DECLS

char *_dm_json_set_build (DmStore       *store,
                          const char   **article_uuids,
                          GHashTable    *kept,
                          DmProgress    *progress,
                          GCancellable  *cancellable,
                          GError       **error);

char *_dm_json_set_export_scoped_full (DmStore              *store,
                                       const DmExportScope  *scope,
                                       DmProgress           *progress,
                                       GCancellable         *cancellable,
                                       GError              **error);

G_END_DECLS
