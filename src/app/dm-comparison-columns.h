/* dm-comparison-columns.h - the comparison table's four columns
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_COLUMNS (dm_comparison_columns_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonColumns, dm_comparison_columns, DM, COMPARISON_COLUMNS, GtkWidget)

GtkWidget *dm_comparison_columns_new (void);

G_END_DECLS
