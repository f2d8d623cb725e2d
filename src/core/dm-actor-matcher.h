/* dm-actor-matcher.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dm-actor.h"

G_BEGIN_DECLS

#define DM_TYPE_ACTOR_MATCHER (dm_actor_matcher_get_type())

G_DECLARE_FINAL_TYPE (DmActorMatcher, dm_actor_matcher, DM, ACTOR_MATCHER, GObject)

DmActorMatcher *dm_actor_matcher_new       (void);
const char     *dm_actor_matcher_get_query (DmActorMatcher *self);
gboolean        dm_actor_matcher_set_query (DmActorMatcher *self,
                                            const char     *query);
gboolean        dm_actor_matcher_is_empty  (DmActorMatcher *self);
guint           dm_actor_matcher_score     (DmActorMatcher *self,
                                            DmActor        *actor);
int             dm_actor_matcher_compare   (DmActorMatcher *self,
                                            DmActor        *a,
                                            DmActor        *b);

G_END_DECLS
