/* dm-annotation-panel.h - code the selection: actors, topic, stance
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dm-annotation-panel-state.h"
#include "dm-workspace.h"

G_BEGIN_DECLS

#define DM_TYPE_ANNOTATION_PANEL (dm_annotation_panel_get_type ())

G_DECLARE_FINAL_TYPE (DmAnnotationPanel, dm_annotation_panel, DM, ANNOTATION_PANEL, GtkWidget)

DmAnnotationPanel      *dm_annotation_panel_new                 (DmWorkspace       *workspace);
DmWorkspace            *dm_annotation_panel_get_workspace       (DmAnnotationPanel *self);
void                    dm_annotation_panel_set_workspace       (DmAnnotationPanel *self,
                                                                 DmWorkspace       *workspace);
DmAnnotationPanelState *dm_annotation_panel_get_state           (DmAnnotationPanel *self);
GtkListView            *dm_annotation_panel_get_actor_list      (DmAnnotationPanel *self);
GtkWidget              *dm_annotation_panel_get_actor_picker    (DmAnnotationPanel *self);
GtkListView            *dm_annotation_panel_get_annotation_list (DmAnnotationPanel *self);
GtkWidget              *dm_annotation_panel_get_save_button     (DmAnnotationPanel *self);
GtkWidget              *dm_annotation_panel_get_place_button    (DmAnnotationPanel *self);

G_END_DECLS
