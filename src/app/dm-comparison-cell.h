/* dm-comparison-cell.h - one side of a topic in the comparison table
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_CELL (dm_comparison_cell_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonCell, dm_comparison_cell, DM, COMPARISON_CELL, GtkWidget)

GListModel  *dm_comparison_cell_get_quotes       (DmComparisonCell *self);
void         dm_comparison_cell_set_quotes       (DmComparisonCell *self,
                                                  GListModel       *quotes);
DmPolarity   dm_comparison_cell_get_polarity     (DmComparisonCell *self);
void         dm_comparison_cell_set_polarity     (DmComparisonCell *self,
                                                  DmPolarity        polarity);
gboolean     dm_comparison_cell_get_present      (DmComparisonCell *self);
void         dm_comparison_cell_set_present      (DmComparisonCell *self,
                                                  gboolean          present);
const char  *dm_comparison_cell_get_tally        (DmComparisonCell *self);
void         dm_comparison_cell_set_tally        (DmComparisonCell *self,
                                                  const char       *tally);
gboolean     dm_comparison_cell_activate_quote   (DmComparisonCell *self,
                                                  guint             position);

G_END_DECLS
