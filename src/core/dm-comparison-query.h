/* dm-comparison-query.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_QUERY (dm_comparison_query_get_type ())

/**
 * DM_ATTRIBUTION_MODE_BIT:
 * @mode: a #DmAttributionMode
 *
 * The bit standing for @mode in #DmComparisonQuery:modes.
 */
#define DM_ATTRIBUTION_MODE_BIT(mode) (1u << (guint)(mode))

G_DECLARE_FINAL_TYPE (DmComparisonQuery, dm_comparison_query, DM, COMPARISON_QUERY, GObject)

DmComparisonQuery  *dm_comparison_query_new          (void);
DmComparisonQuery  *dm_comparison_query_copy         (DmComparisonQuery  *self);
const char         *dm_comparison_query_get_from     (DmComparisonQuery  *self);
void                dm_comparison_query_set_from     (DmComparisonQuery  *self,
                                                      const char         *from);
const char         *dm_comparison_query_get_to       (DmComparisonQuery  *self);
void                dm_comparison_query_set_to       (DmComparisonQuery  *self,
                                                      const char         *to);
const char * const *dm_comparison_query_get_sources  (DmComparisonQuery  *self);
void                dm_comparison_query_set_sources  (DmComparisonQuery  *self,
                                                      const char * const *sources);
const char * const *dm_comparison_query_get_topics   (DmComparisonQuery  *self);
void                dm_comparison_query_set_topics   (DmComparisonQuery  *self,
                                                      const char * const *topic_uuids);
const char * const *dm_comparison_query_get_coders   (DmComparisonQuery  *self);
void                dm_comparison_query_set_coders   (DmComparisonQuery  *self,
                                                      const char * const *coders);
guint               dm_comparison_query_get_modes    (DmComparisonQuery  *self);
void                dm_comparison_query_set_modes    (DmComparisonQuery  *self,
                                                      guint               modes);
void                dm_comparison_query_add_mode     (DmComparisonQuery  *self,
                                                      DmAttributionMode   mode);
gboolean            dm_comparison_query_get_rollup   (DmComparisonQuery  *self);
void                dm_comparison_query_set_rollup   (DmComparisonQuery  *self,
                                                      gboolean            rollup);
guint               dm_comparison_query_get_depth    (DmComparisonQuery  *self);
void                dm_comparison_query_set_depth    (DmComparisonQuery  *self,
                                                      guint               depth);
gboolean            dm_comparison_query_validate     (DmComparisonQuery  *self,
                                                      GError            **error);

G_END_DECLS
