/* dm-csv.h
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

const char * const *dm_csv_get_columns    (void);
char               *dm_csv_export         (DmStore              *store,
                                           const DmExportScope  *scope,
                                           GError              **error);
gboolean            dm_csv_export_to_file (DmStore              *store,
                                           const DmExportScope  *scope,
                                           const char           *path,
                                           GError              **error);
void                dm_csv_append_field   (GString              *row,
                                           const char           *value);

G_END_DECLS
