/* dm-scope-list.h - check some actors or topics out of many, from the keyboard
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DM_TYPE_SCOPE_LIST (dm_scope_list_get_type ())

G_DECLARE_FINAL_TYPE (DmScopeList, dm_scope_list, DM, SCOPE_LIST, GtkWidget)

GListModel *dm_scope_list_get_model      (DmScopeList *self);
void        dm_scope_list_set_model      (DmScopeList *self,
                                          GListModel  *model);
guint       dm_scope_list_get_n_chosen   (DmScopeList *self);
char      **dm_scope_list_dup_chosen     (DmScopeList *self);
void        dm_scope_list_set_chosen     (DmScopeList *self,
                                          const char  *uuid,
                                          gboolean     chosen);

G_END_DECLS
