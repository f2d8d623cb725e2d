/* dm-exchange-dialog.h - annotated sets out of and into the store
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_EXCHANGE_DIALOG (dm_exchange_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DmExchangeDialog, dm_exchange_dialog, DM, EXCHANGE_DIALOG, GtkWindow)

DmStore *dm_exchange_dialog_get_store          (DmExchangeDialog *self);

void     dm_export_dialog_present              (GtkWindow        *parent,
                                                DmStore          *store);
void     dm_export_dialog_present_for_article  (GtkWindow        *parent,
                                                DmStore          *store,
                                                const char       *article_uuid);
void     dm_import_set_dialog_present          (GtkWindow        *parent,
                                                DmStore          *store);

G_END_DECLS
