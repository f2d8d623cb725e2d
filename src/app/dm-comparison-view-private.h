/* dm-comparison-view-private.h - the comparison view's parts, for tests
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-comparison-chart.h"
#include "dm-comparison-picker.h"
#include "dm-comparison-view.h"
#include "dm-comparison-view-state.h"

G_BEGIN_DECLS

DmComparisonViewState *_dm_comparison_view_get_state          (DmComparisonView *self);
DmComparisonPicker    *_dm_comparison_view_get_picker         (DmComparisonView *self,
                                                               DmComparisonSide  side);
GtkEditable           *_dm_comparison_view_get_date_entry     (DmComparisonView *self,
                                                               gboolean          to);
GtkDropDown           *_dm_comparison_view_get_topic_dropdown (DmComparisonView *self);
GtkSwitch             *_dm_comparison_view_get_rollup_switch  (DmComparisonView *self);
GtkSpinButton         *_dm_comparison_view_get_depth_spin     (DmComparisonView *self);
GtkListView           *_dm_comparison_view_get_list_view      (DmComparisonView *self);
DmComparisonChart     *_dm_comparison_view_get_chart          (DmComparisonView *self);
GtkLabel              *_dm_comparison_view_get_message_label  (DmComparisonView *self);
gboolean               _dm_comparison_view_get_recompute_pending (DmComparisonView *self);

G_END_DECLS
