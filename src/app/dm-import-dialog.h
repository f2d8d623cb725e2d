/* dm-import-dialog.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_IMPORT_DIALOG (dm_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DmImportDialog, dm_import_dialog, DM, IMPORT_DIALOG, GtkWindow)

DmImportDialog    *dm_import_dialog_new          (DmStore        *store);
DmStore           *dm_import_dialog_get_store    (DmImportDialog *self);
DmArticleImporter *dm_import_dialog_get_importer (DmImportDialog *self);
void               dm_import_dialog_load_files   (DmImportDialog *self,
                                                  GFile         **files,
                                                  guint           n_files);

void               dm_import_dialog_present      (GtkWindow      *parent,
                                                  DmStore        *store);
void               dm_import_files               (GtkWindow      *parent,
                                                  DmStore        *store,
                                                  GFile         **files,
                                                  guint           n_files);

G_END_DECLS
