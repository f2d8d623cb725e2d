/* dm-comparison-row.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-comparison-evidence.h"
#include "dm-types.h"

G_BEGIN_DECLS

/**
 * DmRelation:
 * @DM_RELATION_AGREE: both sides hold the same dominant polarity
 * @DM_RELATION_DISAGREE: one side supports, the other opposes
 * @DM_RELATION_PARTLY: a mixed or neutral stance against a clear one, a
 *   side without polarity (a blame, a threat), or a side that has both
 *   supported and opposed
 * @DM_RELATION_ONLY_A: only actor A has evidence on the topic
 * @DM_RELATION_ONLY_B: only actor B has evidence on the topic
 *
 * How two actors' positions on one topic relate.
 */
typedef enum
{
  DM_RELATION_AGREE,
  DM_RELATION_DISAGREE,
  DM_RELATION_PARTLY,
  DM_RELATION_ONLY_A,
  DM_RELATION_ONLY_B,
} DmRelation;

/**
 * DmComparisonSide:
 * @DM_COMPARISON_SIDE_A: actor A
 * @DM_COMPARISON_SIDE_B: actor B
 */
typedef enum
{
  DM_COMPARISON_SIDE_A,
  DM_COMPARISON_SIDE_B,
} DmComparisonSide;

#define DM_TYPE_RELATION (dm_relation_get_type ())
#define DM_TYPE_COMPARISON_SIDE (dm_comparison_side_get_type ())
#define DM_TYPE_COMPARISON_ROW (dm_comparison_row_get_type ())

GType       dm_relation_get_type         (void) G_GNUC_CONST;
GType       dm_comparison_side_get_type  (void) G_GNUC_CONST;
const char *dm_relation_to_string        (DmRelation  relation);
gboolean    dm_relation_from_string      (const char *str,
                                          DmRelation *relation);

G_DECLARE_FINAL_TYPE (DmComparisonRow, dm_comparison_row, DM, COMPARISON_ROW, GObject)

const char           *dm_comparison_row_get_topic_uuid (DmComparisonRow  *self);
const char           *dm_comparison_row_get_topic_name (DmComparisonRow  *self);
const char           *dm_comparison_row_get_topic_path (DmComparisonRow  *self);
DmRelation            dm_comparison_row_get_relation   (DmComparisonRow  *self);
gboolean              dm_comparison_row_has_side       (DmComparisonRow  *self,
                                                        DmComparisonSide  side);
DmPolarity            dm_comparison_row_get_polarity   (DmComparisonRow  *self,
                                                        DmComparisonSide  side);
GListModel           *dm_comparison_row_get_evidence   (DmComparisonRow  *self,
                                                        DmComparisonSide  side);
DmComparisonEvidence *dm_comparison_row_get_newest     (DmComparisonRow  *self,
                                                        DmComparisonSide  side);
guint                 dm_comparison_row_get_n_polarity (DmComparisonRow  *self,
                                                        DmComparisonSide  side,
                                                        DmPolarity        polarity);
gboolean              dm_comparison_row_get_shifting   (DmComparisonRow  *self,
                                                        DmComparisonSide  side);
DmComparisonEvidence *dm_comparison_row_get_first      (DmComparisonRow  *self,
                                                        DmComparisonSide  side);
DmComparisonEvidence *dm_comparison_row_get_last       (DmComparisonRow  *self,
                                                        DmComparisonSide  side);
guint                 dm_comparison_row_get_reversals  (DmComparisonRow  *self,
                                                        DmComparisonSide  side);

G_END_DECLS
