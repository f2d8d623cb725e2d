/* dm-comparison-view-state.h - what the comparison view shows, without pixels
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_VIEW_STATE (dm_comparison_view_state_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonViewState, dm_comparison_view_state, DM, COMPARISON_VIEW_STATE, GObject)

DmComparisonViewState *dm_comparison_view_state_new                 (void);
DmActor               *dm_comparison_view_state_get_actor_a         (DmComparisonViewState *self);
void                   dm_comparison_view_state_set_actor_a         (DmComparisonViewState *self,
                                                                     DmActor               *actor);
DmActor               *dm_comparison_view_state_get_actor_b         (DmComparisonViewState *self);
void                   dm_comparison_view_state_set_actor_b         (DmComparisonViewState *self,
                                                                     DmActor               *actor);
DmComparison          *dm_comparison_view_state_get_comparison      (DmComparisonViewState *self);
void                   dm_comparison_view_state_set_comparison      (DmComparisonViewState *self,
                                                                     DmComparison          *comparison);
const char            *dm_comparison_view_state_get_page            (DmComparisonViewState *self);
const char            *dm_comparison_view_state_get_status_title    (DmComparisonViewState *self);
const char            *dm_comparison_view_state_get_status_description (DmComparisonViewState *self);
const char            *dm_comparison_view_state_get_name_a          (DmComparisonViewState *self);
const char            *dm_comparison_view_state_get_name_b          (DmComparisonViewState *self);
const char            *dm_comparison_view_state_get_agreement_label (DmComparisonViewState *self);
const char            *dm_comparison_view_state_get_shared_label    (DmComparisonViewState *self);
const char            *dm_comparison_view_state_get_count_label     (DmComparisonViewState *self,
                                                                     DmRelation             relation);
guint                  dm_comparison_view_state_get_count           (DmComparisonViewState *self,
                                                                     DmRelation             relation);

/* Pure mappings, shared by the view's cells and the chart */
const char            *dm_comparison_view_state_polarity_label      (DmPolarity             polarity);
const char            *dm_comparison_view_state_polarity_class      (DmPolarity             polarity);
const char            *dm_comparison_view_state_relation_class      (DmRelation             relation);
char                  *dm_comparison_view_state_format_relation     (DmRelation             relation,
                                                                     const char            *name_a,
                                                                     const char            *name_b);
char                  *dm_comparison_view_state_format_agreement    (double                 agreement);
char                  *dm_comparison_view_state_format_shared       (guint                  n_shared);
char                  *dm_comparison_view_state_format_tally        (DmComparisonRow       *row,
                                                                     DmComparisonSide       side);
char                  *dm_comparison_view_state_format_evidence_meta (const char           *speakers,
                                                                     const char            *published,
                                                                     const char            *source);
gboolean               dm_comparison_view_state_get_position        (DmComparisonRow       *row,
                                                                     DmComparisonSide       side,
                                                                     double                *position);
gboolean               dm_comparison_view_state_check_date          (const char            *text,
                                                                     GError               **error);

G_END_DECLS
