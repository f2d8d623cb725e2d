/* dm-error.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-error"

#include "config.h"

#include "dm-error.h"

/**
 * dm_error_quark:
 *
 * The error domain of every #GError raised by libdemarche-core; the codes
 * are the values of #DmError.
 *
 * Returns: the #GQuark of %DM_ERROR
 */
G_DEFINE_QUARK (dm-error-quark, dm_error)
