/* dm-comparison-matrix.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-actor.h"
#include "dm-comparison-query.h"
#include "dm-comparison-row.h"
#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_MATRIX (dm_comparison_matrix_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonMatrix, dm_comparison_matrix, DM, COMPARISON_MATRIX, GObject)

DmComparisonMatrix *dm_comparison_matrix_new           (DmStore             *store,
                                                        const char * const  *actor_uuids,
                                                        DmComparisonQuery   *query,
                                                        GError             **error);
guint               dm_comparison_matrix_get_n_actors  (DmComparisonMatrix  *self);
DmActor            *dm_comparison_matrix_get_actor     (DmComparisonMatrix  *self,
                                                        guint                index);
DmComparisonQuery  *dm_comparison_matrix_get_query     (DmComparisonMatrix  *self);
guint               dm_comparison_matrix_get_count     (DmComparisonMatrix  *self,
                                                        guint                a,
                                                        guint                b,
                                                        DmRelation           relation);
gboolean            dm_comparison_matrix_get_agreement (DmComparisonMatrix  *self,
                                                        guint                a,
                                                        guint                b,
                                                        double              *agreement,
                                                        guint               *n_shared);
GPtrArray          *dm_comparison_matrix_dup_filters   (DmComparisonMatrix  *self);

/* Renderings, in dm-comparison-render.c */
char               *dm_comparison_matrix_to_text       (DmComparisonMatrix  *self,
                                                        guint                width);
char               *dm_comparison_matrix_to_json       (DmComparisonMatrix  *self);
char               *dm_comparison_matrix_to_csv        (DmComparisonMatrix  *self);

G_END_DECLS
