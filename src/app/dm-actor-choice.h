/* dm-actor-choice.h - one actor the annotation panel offers
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_ACTOR_CHOICE (dm_actor_choice_get_type ())

G_DECLARE_FINAL_TYPE (DmActorChoice, dm_actor_choice, DM, ACTOR_CHOICE, GObject)

DmActorChoice *dm_actor_choice_new           (DmActor       *actor,
                                              guint          number,
                                              gboolean       mentioned);
DmActor       *dm_actor_choice_get_actor     (DmActorChoice *self);
const char    *dm_actor_choice_get_uuid      (DmActorChoice *self);
guint          dm_actor_choice_get_number    (DmActorChoice *self);
void           dm_actor_choice_set_number    (DmActorChoice *self,
                                              guint          number);
gboolean       dm_actor_choice_get_mentioned (DmActorChoice *self);
void           dm_actor_choice_set_mentioned (DmActorChoice *self,
                                              gboolean       mentioned);
gboolean       dm_actor_choice_get_chosen    (DmActorChoice *self);
void           dm_actor_choice_set_chosen    (DmActorChoice *self,
                                              gboolean       chosen);

G_END_DECLS
