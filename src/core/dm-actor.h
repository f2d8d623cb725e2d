/* dm-actor.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_ACTOR (dm_actor_get_type ())
#define DM_TYPE_REPRESENTATION (dm_representation_get_type ())

G_DECLARE_FINAL_TYPE (DmActor, dm_actor, DM, ACTOR, GObject)

/**
 * DmRepresentation:
 * @actor_uuid: the actor represented (a state, an organisation)
 * @role: the office held, such as "Minister of Foreign Affairs", or %NULL
 * @from: first day, ISO 8601 ("2019-12-01" or "2019-12"), or %NULL if open
 * @until: last day, ISO 8601, or %NULL if still in office
 *
 * A person speaks for @actor_uuid over a period.
 */
typedef struct
{
  char *actor_uuid;
  char *role;
  char *from;
  char *until;
} DmRepresentation;

GType             dm_representation_get_type   (void) G_GNUC_CONST;
DmRepresentation *dm_representation_new        (const char             *actor_uuid,
                                                const char             *role,
                                                const char             *from,
                                                const char             *until);
DmRepresentation *dm_representation_copy       (const DmRepresentation *self);
void              dm_representation_free       (DmRepresentation       *self);
gboolean          dm_representation_covers     (const DmRepresentation *self,
                                                const char             *date);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmRepresentation, dm_representation_free)

DmActor     *dm_actor_new                (const char       *name,
                                          DmActorKind       kind);
DmActor     *dm_actor_copy               (DmActor          *self);
const char  *dm_actor_get_uuid           (DmActor          *self);
void         dm_actor_set_uuid           (DmActor          *self,
                                          const char       *uuid);
const char  *dm_actor_get_name           (DmActor          *self);
void         dm_actor_set_name           (DmActor          *self,
                                          const char       *name);
DmActorKind  dm_actor_get_kind           (DmActor          *self);
void         dm_actor_set_kind           (DmActor          *self,
                                          DmActorKind       kind);
const char  *dm_actor_get_code           (DmActor          *self);
void         dm_actor_set_code           (DmActor          *self,
                                          const char       *code);
const char  *dm_actor_get_official_name  (DmActor          *self);
void         dm_actor_set_official_name  (DmActor          *self,
                                          const char       *official_name);
const char  *dm_actor_get_colour         (DmActor          *self);
void         dm_actor_set_colour         (DmActor          *self,
                                          const char       *colour);
const char * const *dm_actor_get_aliases (DmActor          *self);
void         dm_actor_set_aliases        (DmActor          *self,
                                          const char * const *aliases);
const char * const *dm_actor_get_demonyms (DmActor         *self);
void         dm_actor_set_demonyms       (DmActor          *self,
                                          const char * const *demonyms);
const char  *dm_actor_get_capital        (DmActor          *self);
void         dm_actor_set_capital        (DmActor          *self,
                                          const char       *capital);
GPtrArray   *dm_actor_get_representations (DmActor         *self);
void         dm_actor_add_representation (DmActor          *self,
                                          const DmRepresentation *representation);
void         dm_actor_clear_representations (DmActor       *self);
const char  *dm_actor_get_created        (DmActor          *self);
void         dm_actor_set_created        (DmActor          *self,
                                          const char       *created);
const char  *dm_actor_get_updated        (DmActor          *self);
void         dm_actor_set_updated        (DmActor          *self,
                                          const char       *updated);
const char  *dm_actor_lookup_represented (DmActor          *self,
                                          const char       *date);

G_END_DECLS
