/* dm-comparison.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-actor.h"
#include "dm-comparison-evidence.h"
#include "dm-comparison-query.h"
#include "dm-comparison-row.h"
#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON (dm_comparison_get_type ())

G_DECLARE_FINAL_TYPE (DmComparison, dm_comparison, DM, COMPARISON, GObject)

DmComparison       *dm_comparison_new            (DmStore            *store,
                                                  const char         *actor_a_uuid,
                                                  const char         *actor_b_uuid,
                                                  DmComparisonQuery  *query,
                                                  GError            **error);
DmActor            *dm_comparison_get_actor      (DmComparison       *self,
                                                  DmComparisonSide    side);
DmComparisonQuery  *dm_comparison_get_query      (DmComparison       *self);
guint               dm_comparison_get_count      (DmComparison       *self,
                                                  DmRelation          relation);
gboolean            dm_comparison_get_agreement  (DmComparison       *self,
                                                  double             *agreement,
                                                  guint              *n_shared);
guint               dm_comparison_get_n_shared   (DmComparison       *self);
guint               dm_comparison_get_n_orphans  (DmComparison       *self,
                                                  DmComparisonSide    side);
DmComparisonRow    *dm_comparison_find_row       (DmComparison       *self,
                                                  const char         *topic_uuid);
GPtrArray          *dm_comparison_dup_filters    (DmComparison       *self);

/* Renderings, in dm-comparison-render.c and dm-comparison-report.c */
char               *dm_comparison_to_text        (DmComparison       *self,
                                                  guint               width,
                                                  guint               max_quotes);
char               *dm_comparison_to_json        (DmComparison       *self);
char               *dm_comparison_to_csv         (DmComparison       *self);
char               *dm_comparison_to_html        (DmComparison       *self);

G_END_DECLS
