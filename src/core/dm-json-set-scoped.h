/* dm-json-set-scoped.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-export-scope.h"
#include "dm-json-set.h"

G_BEGIN_DECLS

char *dm_json_set_export_scoped (DmStore              *store,
                                 const DmExportScope  *scope,
                                 GError              **error);

G_END_DECLS
