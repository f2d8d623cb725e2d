/* dm-annotation-panel-state.h - what the annotation panel shows and allows
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-workspace.h"

G_BEGIN_DECLS

#define DM_TYPE_ANNOTATION_PANEL_STATE (dm_annotation_panel_state_get_type ())

G_DECLARE_FINAL_TYPE (DmAnnotationPanelState, dm_annotation_panel_state, DM, ANNOTATION_PANEL_STATE, GObject)

DmAnnotationPanelState *dm_annotation_panel_state_new               (DmWorkspace             *workspace);
DmWorkspace            *dm_annotation_panel_state_get_workspace     (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_get_has_target    (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_get_editing       (DmAnnotationPanelState  *self);
const char             *dm_annotation_panel_state_get_title         (DmAnnotationPanelState  *self);
const char             *dm_annotation_panel_state_get_quote         (DmAnnotationPanelState  *self);
GListModel             *dm_annotation_panel_state_get_choices       (DmAnnotationPanelState  *self);
guint                   dm_annotation_panel_state_get_n_actors      (DmAnnotationPanelState  *self);
GStrv                   dm_annotation_panel_state_dup_actor_uuids   (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_toggle_actor      (DmAnnotationPanelState  *self,
                                                                     const char              *actor_uuid);
gboolean                dm_annotation_panel_state_pick_choice       (DmAnnotationPanelState  *self,
                                                                     guint                    number);
const char             *dm_annotation_panel_state_get_topic_uuid    (DmAnnotationPanelState  *self);
void                    dm_annotation_panel_state_set_topic_uuid    (DmAnnotationPanelState  *self,
                                                                     const char              *topic_uuid);
DmPolarity              dm_annotation_panel_state_get_polarity      (DmAnnotationPanelState  *self);
void                    dm_annotation_panel_state_set_polarity      (DmAnnotationPanelState  *self,
                                                                     DmPolarity               polarity);
const char             *dm_annotation_panel_state_get_act_code      (DmAnnotationPanelState  *self);
void                    dm_annotation_panel_state_set_act_code      (DmAnnotationPanelState  *self,
                                                                     const char              *act_code);
DmAttributionMode       dm_annotation_panel_state_get_attribution   (DmAnnotationPanelState  *self);
void                    dm_annotation_panel_state_set_attribution   (DmAnnotationPanelState  *self,
                                                                     DmAttributionMode        attribution);
const char * const     *dm_annotation_panel_state_get_target_uuids  (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_toggle_target     (DmAnnotationPanelState  *self,
                                                                     const char              *actor_uuid);
void                    dm_annotation_panel_state_clear_targets     (DmAnnotationPanelState  *self);
char                   *dm_annotation_panel_state_dup_targets_label (DmAnnotationPanelState  *self);
const char             *dm_annotation_panel_state_get_provenance    (DmAnnotationPanelState  *self);
void                    dm_annotation_panel_state_set_provenance    (DmAnnotationPanelState  *self,
                                                                     const char              *provenance);
const char             *dm_annotation_panel_state_get_note          (DmAnnotationPanelState  *self);
void                    dm_annotation_panel_state_set_note          (DmAnnotationPanelState  *self,
                                                                     const char              *note);
gboolean                dm_annotation_panel_state_get_key_quote     (DmAnnotationPanelState  *self);
void                    dm_annotation_panel_state_set_key_quote     (DmAnnotationPanelState  *self,
                                                                     gboolean                 key_quote);
const char             *dm_annotation_panel_state_get_coder         (DmAnnotationPanelState  *self);
void                    dm_annotation_panel_state_set_coder         (DmAnnotationPanelState  *self,
                                                                     const char              *coder);
gboolean                dm_annotation_panel_state_get_dirty         (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_get_can_save      (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_get_can_update    (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_get_can_delete    (DmAnnotationPanelState  *self);
DmAnnotation           *dm_annotation_panel_state_build_annotation  (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_save              (DmAnnotationPanelState  *self,
                                                                     GError                 **error);
gboolean                dm_annotation_panel_state_update            (DmAnnotationPanelState  *self,
                                                                     GError                 **error);
gboolean                dm_annotation_panel_state_delete            (DmAnnotationPanelState  *self,
                                                                     GError                 **error);
DmAnnotation           *dm_annotation_panel_state_get_placing       (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_get_can_place     (DmAnnotationPanelState  *self);
void                    dm_annotation_panel_state_cancel_placing    (DmAnnotationPanelState  *self);
gboolean                dm_annotation_panel_state_place             (DmAnnotationPanelState  *self,
                                                                     GError                 **error);
gboolean                dm_annotation_panel_state_create_topic      (DmAnnotationPanelState  *self,
                                                                     const char              *name,
                                                                     const char              *parent_uuid,
                                                                     GError                 **error);

G_END_DECLS
