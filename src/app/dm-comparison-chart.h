/* dm-comparison-chart.h - where two actors stand, topic by topic
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_CHART (dm_comparison_chart_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonChart, dm_comparison_chart, DM, COMPARISON_CHART, GtkWidget)

GtkWidget    *dm_comparison_chart_new             (void);
DmComparison *dm_comparison_chart_get_comparison  (DmComparisonChart *self);
void          dm_comparison_chart_set_comparison  (DmComparisonChart *self,
                                                   DmComparison      *comparison);
int           dm_comparison_chart_get_row_at      (DmComparisonChart *self,
                                                   double             y);

G_END_DECLS
