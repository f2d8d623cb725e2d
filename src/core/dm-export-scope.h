/* dm-export-scope.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-store.h"

G_BEGIN_DECLS

#define DM_TYPE_EXPORT_SCOPE (dm_export_scope_get_type ())

typedef struct _DmExportScope DmExportScope;

GType               dm_export_scope_get_type       (void) G_GNUC_CONST;
DmExportScope      *dm_export_scope_new            (void);
DmExportScope      *dm_export_scope_copy           (const DmExportScope  *self);
void                dm_export_scope_free           (DmExportScope        *self);

const char * const *dm_export_scope_get_articles   (const DmExportScope  *self);
void                dm_export_scope_set_articles   (DmExportScope        *self,
                                                    const char * const   *article_uuids);
const char         *dm_export_scope_get_from       (const DmExportScope  *self);
const char         *dm_export_scope_get_to         (const DmExportScope  *self);
void                dm_export_scope_set_dates      (DmExportScope        *self,
                                                    const char           *from,
                                                    const char           *to);
const char * const *dm_export_scope_get_actors     (const DmExportScope  *self);
void                dm_export_scope_set_actors     (DmExportScope        *self,
                                                    const char * const   *actor_uuids);
const char * const *dm_export_scope_get_topics     (const DmExportScope  *self);
void                dm_export_scope_set_topics     (DmExportScope        *self,
                                                    const char * const   *topic_uuids);
const char         *dm_export_scope_get_coder      (const DmExportScope  *self);
void                dm_export_scope_set_coder      (DmExportScope        *self,
                                                    const char           *coder);

gboolean            dm_export_scope_is_everything  (const DmExportScope  *self);
gboolean            dm_export_scope_validate       (const DmExportScope  *self,
                                                    DmStore              *store,
                                                    GError              **error);
gboolean            dm_export_scope_includes_actor (const DmExportScope  *self,
                                                    const char           *actor_uuid);
gboolean            dm_export_scope_select         (const DmExportScope  *self,
                                                    DmStore              *store,
                                                    GPtrArray           **articles,
                                                    GPtrArray           **annotations,
                                                    GError              **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmExportScope, dm_export_scope_free)

G_END_DECLS
