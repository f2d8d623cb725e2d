/* dm-agreement-dialog-private.h - what the tests read back
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-agreement-dialog.h"

G_BEGIN_DECLS

/* The comparison on screen, or %NULL before Compare. */
DmAgreement *_dm_agreement_dialog_get_agreement (DmAgreementDialog *self);

G_END_DECLS
