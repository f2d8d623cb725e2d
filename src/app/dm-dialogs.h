/* dm-dialogs.h - the dialogs the window opens: import, codebook, preferences
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

void dm_import_dialog_present      (GtkWindow *parent,
                                    DmStore   *store);
void dm_import_files               (GtkWindow *parent,
                                    DmStore   *store,
                                    GFile    **files,
                                    guint      n_files);
void dm_codebook_dialog_present    (GtkWindow *parent,
                                    DmStore   *store);
void dm_preferences_dialog_present (GtkWindow *parent);

G_END_DECLS
