/* dm-actor-picker.h - type an actor's name or alias, pick from matches
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_ACTOR_PICKER (dm_actor_picker_get_type ())

G_DECLARE_FINAL_TYPE (DmActorPicker, dm_actor_picker, DM, ACTOR_PICKER, GtkWidget)

GListModel *dm_actor_picker_get_model       (DmActorPicker *self);
void        dm_actor_picker_set_model       (DmActorPicker *self,
                                             GListModel    *actors);
GtkEditable *dm_actor_picker_get_entry      (DmActorPicker *self);
GListModel *dm_actor_picker_get_matches     (DmActorPicker *self);
gboolean    dm_actor_picker_pick_selected   (DmActorPicker *self);

G_END_DECLS
