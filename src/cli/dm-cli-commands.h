/* dm-cli-commands.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Exit status of demarche-cli. */
#define DM_CLI_EXIT_SUCCESS 0
#define DM_CLI_EXIT_FAILURE 1
#define DM_CLI_EXIT_USAGE   2

int dm_cli_run (int    argc,
                char **argv);

G_END_DECLS
