/* dm-window.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_WINDOW (dm_window_get_type ())

G_DECLARE_FINAL_TYPE (DmWindow, dm_window, DM, WINDOW, GtkApplicationWindow)

DmWindow *dm_window_new        (GtkApplication *application,
                                DmStore        *store);
DmStore  *dm_window_get_store  (DmWindow       *self);
void      dm_window_show_error (DmWindow       *self,
                                const char     *summary,
                                const GError   *error);

G_END_DECLS
