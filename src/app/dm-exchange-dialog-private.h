/* dm-exchange-dialog-private.h - what the tests drive below the file chooser
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-exchange-dialog.h"

G_BEGIN_DECLS

/* What happens once the file chooser has answered; the writing and the
 * reading finish later, when _dm_exchange_dialog_get_busy() turns FALSE. */
void     _dm_exchange_dialog_export_to_path (DmExchangeDialog *self,
                                             const char       *path);
void     _dm_exchange_dialog_import_path    (DmExchangeDialog *self,
                                             const char       *path);
gboolean _dm_exchange_dialog_get_busy       (DmExchangeDialog *self);

G_END_DECLS
