/* dm-comparison-item.h - one topic of the comparison table, as shown
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_ITEM (dm_comparison_item_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonItem, dm_comparison_item, DM, COMPARISON_ITEM, GObject)

DmComparisonItem *dm_comparison_item_new             (DmComparison     *comparison,
                                                      DmComparisonRow  *row);
DmComparisonRow  *dm_comparison_item_get_row         (DmComparisonItem *self);
const char       *dm_comparison_item_get_topic_uuid  (DmComparisonItem *self);
const char       *dm_comparison_item_get_relation_label (DmComparisonItem *self);
gboolean          dm_comparison_item_get_expandable  (DmComparisonItem *self);
gboolean          dm_comparison_item_get_expanded    (DmComparisonItem *self);
void              dm_comparison_item_set_expanded    (DmComparisonItem *self,
                                                      gboolean          expanded);
GListModel       *dm_comparison_item_get_quotes      (DmComparisonItem *self,
                                                      DmComparisonSide  side);

G_END_DECLS
