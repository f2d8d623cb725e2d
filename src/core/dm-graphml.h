/* dm-graphml.h
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

/**
 * DmGraphmlNetwork:
 * @DM_GRAPHML_ACTOR_TOPIC: actors and topics; an edge from an actor to a
 *   topic it spoke on, weighted by the number of annotations and signed by
 *   the mean stance
 * @DM_GRAPHML_ACTOR_ACTOR: actors; an edge between two actors who both
 *   spoke on at least one topic, with their agreement on shared topics
 *
 * Which network dm_graphml_export() writes.
 */
typedef enum
{
  DM_GRAPHML_ACTOR_TOPIC,
  DM_GRAPHML_ACTOR_ACTOR,
} DmGraphmlNetwork;

const char *dm_graphml_network_to_string   (DmGraphmlNetwork      network);
gboolean    dm_graphml_network_from_string (const char           *str,
                                            DmGraphmlNetwork     *network);
char       *dm_graphml_export              (DmStore              *store,
                                            DmGraphmlNetwork      network,
                                            const DmExportScope  *scope,
                                            GError              **error);
gboolean    dm_graphml_export_to_file      (DmStore              *store,
                                            DmGraphmlNetwork      network,
                                            const DmExportScope  *scope,
                                            const char           *path,
                                            GError              **error);

G_END_DECLS
