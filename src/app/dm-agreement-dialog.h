/* dm-agreement-dialog.h - how far two coders agree, and adjudication
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_AGREEMENT_DIALOG (dm_agreement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DmAgreementDialog, dm_agreement_dialog, DM, AGREEMENT_DIALOG, GtkWindow)

DmStore *dm_agreement_dialog_get_store (DmAgreementDialog *self);

void     dm_agreement_dialog_present   (GtkWindow         *parent,
                                        DmStore           *store);

G_END_DECLS
