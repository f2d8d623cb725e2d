/* dm-actor-suggest.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-actor.h"
#include "dm-store.h"

G_BEGIN_DECLS

char      *dm_actor_suggest_fold      (const char  *text);
guint      dm_actor_suggest_distance  (const char  *a,
                                       const char  *b);
guint      dm_actor_suggest_score     (DmActor     *actor,
                                       const char  *needle);
GPtrArray *dm_actor_suggest           (GPtrArray   *actors,
                                       const char  *query,
                                       guint        max_results);
GPtrArray *dm_actor_suggest_for_store (DmStore     *store,
                                       const char  *query,
                                       guint        max_results,
                                       GError     **error);

G_END_DECLS
