/* dm-comparison-picker.h - an entry that holds one actor of a comparison
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_PICKER (dm_comparison_picker_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonPicker, dm_comparison_picker, DM, COMPARISON_PICKER, GtkWidget)

GtkWidget   *dm_comparison_picker_new           (void);
GListModel  *dm_comparison_picker_get_model     (DmComparisonPicker *self);
void         dm_comparison_picker_set_model     (DmComparisonPicker *self,
                                                 GListModel         *actors);
DmActor     *dm_comparison_picker_get_actor     (DmComparisonPicker *self);
void         dm_comparison_picker_set_actor     (DmComparisonPicker *self,
                                                 DmActor            *actor);
GtkEditable *dm_comparison_picker_get_entry     (DmComparisonPicker *self);
GListModel  *dm_comparison_picker_get_matches   (DmComparisonPicker *self);
gboolean     dm_comparison_picker_pick_selected (DmComparisonPicker *self);

G_END_DECLS
