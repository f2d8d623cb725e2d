/* dm-cli-private.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "demarche-core.h"

G_BEGIN_DECLS

/* What the commands of demarche-cli share: the command line being run, the
 * option parsing every command does the same way, and the messages that
 * name the file. The command table and these helpers are in
 * dm-cli-commands.c; the commands themselves in dm-cli-*.c by subject. */

#define DM_CLI_PROGRAM    "demarche-cli"
/* Translated where it is shown. */
#define DM_CLI_STDIN_NAME "standard input"

typedef struct _DmCli DmCli;

typedef gboolean (*DmCliRunFunc) (DmCli   *cli,
                                  char   **args,
                                  GError **error);

typedef struct
{
  const char   *name;
  const char   *parameters;
  const char   *summary;
  const char   *description;
  gboolean      has_json;
  DmCliRunFunc  run;
} DmCliCommand;

struct _DmCli
{
  const DmCliCommand *command;
  DmStore            *store;
  char               *db_path;
  char               *command_db_path;
  gboolean            json;
  gboolean            help;
};

/* dm-cli-commands.c */
void            _dm_cli_set_usage_error     (GError             **error,
                                             const char          *format,
                                             ...) G_GNUC_PRINTF (2, 3);
const char     *_dm_cli_get_database_name   (DmCli               *cli);
gboolean        _dm_cli_fail_in_database    (DmCli               *cli,
                                             GError             **error);
const char     *_dm_cli_get_article_name    (DmArticle           *article);
gboolean        _dm_cli_parse_count         (const char          *option,
                                             const char          *value,
                                             guint64              min,
                                             guint               *result,
                                             GError             **error);
GBytes         *_dm_cli_read_standard_input (GError             **error);
GBytes         *_dm_cli_read_text           (const char          *input,
                                             const char         **origin,
                                             GError             **error);
gboolean        _dm_cli_open_store          (DmCli               *cli,
                                             GError             **error);
GOptionContext *_dm_cli_context_new         (DmCli               *cli,
                                             const GOptionEntry  *entries);
gboolean        _dm_cli_parse_command_line  (DmCli               *cli,
                                             GOptionContext      *context,
                                             char              ***args,
                                             GError             **error);
gboolean        _dm_cli_expect_arguments    (char               **args,
                                             guint                min,
                                             guint                max,
                                             const char          *what,
                                             GError             **error);
DmActor        *_dm_cli_resolve_actor       (DmCli               *cli,
                                             const char          *reference,
                                             GError             **error);
gboolean        _dm_cli_parse_span          (const char          *quote,
                                             const char          *start_arg,
                                             const char          *end_arg,
                                             const char          *occurrence_arg,
                                             guint               *start,
                                             guint               *end,
                                             guint               *occurrence,
                                             GError             **error);
gboolean        _dm_cli_find_quote          (DmCli               *cli,
                                             DmArticle           *article,
                                             const char          *quote,
                                             guint                occurrence,
                                             guint               *start,
                                             guint               *end,
                                             GError             **error);
GStrv           _dm_cli_resolve_actors      (DmCli               *cli,
                                             char               **references,
                                             GError             **error);
GStrv           _dm_cli_resolve_articles    (DmCli               *cli,
                                             char               **references,
                                             GError             **error);
GStrv           _dm_cli_resolve_topics      (DmCli               *cli,
                                             char               **references,
                                             GError             **error);
gboolean        _dm_cli_check_dates         (const char          *from,
                                             const char          *to,
                                             GError             **error);
gboolean        _dm_cli_write_output        (const char          *path,
                                             const char          *text,
                                             GError             **error);

/* dm-cli-analysis.c */
gboolean        _dm_cli_run_compare         (DmCli               *cli,
                                             char               **args,
                                             GError             **error);
gboolean        _dm_cli_run_matrix          (DmCli               *cli,
                                             char               **args,
                                             GError             **error);
gboolean        _dm_cli_run_agreement       (DmCli               *cli,
                                             char               **args,
                                             GError             **error);

/* dm-cli-exchange.c */
gboolean        _dm_cli_run_export          (DmCli               *cli,
                                             char               **args,
                                             GError             **error);
gboolean        _dm_cli_run_import_set      (DmCli               *cli,
                                             char               **args,
                                             GError             **error);

/* dm-cli-editing.c */
gboolean        _dm_cli_run_retext          (DmCli               *cli,
                                             char               **args,
                                             GError             **error);
gboolean        _dm_cli_run_place           (DmCli               *cli,
                                             char               **args,
                                             GError             **error);

G_END_DECLS
