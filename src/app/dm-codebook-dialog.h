/* dm-codebook-dialog.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_CODEBOOK_DIALOG (dm_codebook_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DmCodebookDialog, dm_codebook_dialog, DM, CODEBOOK_DIALOG, GtkWindow)

DmCodebookDialog *dm_codebook_dialog_new          (DmStore          *store);
DmStore          *dm_codebook_dialog_get_store    (DmCodebookDialog *self);
void              dm_codebook_dialog_select_actor (DmCodebookDialog *self,
                                                   const char       *uuid);
void              dm_codebook_dialog_select_topic (DmCodebookDialog *self,
                                                   const char       *uuid);

void              dm_codebook_dialog_present      (GtkWindow        *parent,
                                                   DmStore          *store);

G_END_DECLS
