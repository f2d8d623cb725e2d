/* dm-comparison-view.h - two actors side by side, topic by topic
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_VIEW (dm_comparison_view_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonView, dm_comparison_view, DM, COMPARISON_VIEW, GtkWidget)

GtkWidget    *dm_comparison_view_new             (DmStore             *store);
DmStore      *dm_comparison_view_get_store       (DmComparisonView    *self);
DmActor      *dm_comparison_view_get_actor_a     (DmComparisonView    *self);
DmActor      *dm_comparison_view_get_actor_b     (DmComparisonView    *self);
void          dm_comparison_view_set_actors      (DmComparisonView    *self,
                                                  const char          *actor_a_uuid,
                                                  const char          *actor_b_uuid);
void          dm_comparison_view_swap            (DmComparisonView    *self);
DmComparison *dm_comparison_view_get_comparison  (DmComparisonView    *self);
void          dm_comparison_view_export_async    (DmComparisonView    *self,
                                                  GFile               *file,
                                                  GCancellable        *cancellable,
                                                  GAsyncReadyCallback  callback,
                                                  gpointer             user_data);
gboolean      dm_comparison_view_export_finish   (DmComparisonView    *self,
                                                  GAsyncResult        *result,
                                                  GError             **error);
void          dm_comparison_view_export          (DmComparisonView    *self,
                                                  GFile               *file);

G_END_DECLS
