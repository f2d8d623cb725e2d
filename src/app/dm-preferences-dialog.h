/* dm-preferences-dialog.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DM_TYPE_PREFERENCES_DIALOG (dm_preferences_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DmPreferencesDialog, dm_preferences_dialog, DM, PREFERENCES_DIALOG, GtkWindow)

DmPreferencesDialog *dm_preferences_dialog_new     (GSettings *settings);
void                 dm_preferences_dialog_present (GtkWindow *parent);

G_END_DECLS
