/* dm-application.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DM_TYPE_APPLICATION (dm_application_get_type ())

G_DECLARE_FINAL_TYPE (DmApplication, dm_application, DM, APPLICATION, GtkApplication)

DmApplication *dm_application_new             (void);
int            dm_application_get_exit_status (DmApplication *self);

G_END_DECLS
