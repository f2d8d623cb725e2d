/* dm-cli-exchange.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-cli-exchange"

#include "config.h"

#include <sys/stat.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "dm-cli-output.h"
#include "dm-cli-private.h"

/* export and import-set: annotated sets out and in (issue 6). Every format
 * is written and read in core; this file parses options, picks the
 * format and prints the report. */


typedef enum
{
  EXPORT_JSON,
  EXPORT_CSV,
  EXPORT_W3C,
  EXPORT_GRAPHML,
} ExportFormat;

/* export {{{ */

static gboolean
parse_export_format (const char    *value,
                     ExportFormat  *format,
                     GError       **error)
{
  static const struct { const char *name; ExportFormat format; } formats[] = {
    { "json", EXPORT_JSON },
    { "csv", EXPORT_CSV },
    { "w3c", EXPORT_W3C },
    { "graphml", EXPORT_GRAPHML },
  };

  if (value == NULL)
    {
      *format = EXPORT_JSON;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (value, formats[i].name) == 0)
        {
          *format = formats[i].format;
          return TRUE;
        }
    }

  _dm_cli_set_usage_error (error, _("--format: “%s” is not one of json, csv, w3c, graphml"), value);
  return FALSE;
}

static DmExportFormat
export_format (ExportFormat     format,
               DmGraphmlNetwork network)
{
  switch (format)
    {
    case EXPORT_JSON:
      return DM_EXPORT_JSON_SET;
    case EXPORT_CSV:
      return DM_EXPORT_CSV;
    case EXPORT_W3C:
      return DM_EXPORT_WEB_ANNOTATION;
    case EXPORT_GRAPHML:
      return network == DM_GRAPHML_ACTOR_ACTOR ? DM_EXPORT_GRAPHML_ACTOR_ACTOR : DM_EXPORT_GRAPHML_ACTOR_TOPIC;
    default:
      g_assert_not_reached ();
    }
}

gboolean
_dm_cli_run_export (DmCli   *cli,
                    char   **args,
                    GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DmExportScope) scope = dm_export_scope_new ();
  g_autofree char *format_arg = NULL;
  g_autofree char *network_arg = NULL;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *coder = NULL;
  g_autofree char *output = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) article_refs = NULL;
  g_auto(GStrv) actor_refs = NULL;
  g_auto(GStrv) topic_refs = NULL;
  g_auto(GStrv) articles = NULL;
  g_auto(GStrv) actors = NULL;
  g_auto(GStrv) topics = NULL;
  const GOptionEntry entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_arg,
      N_("json (the default), csv, w3c (Web Annotation) or graphml"), N_("FORMAT") },
    { "network", 0, 0, G_OPTION_ARG_STRING, &network_arg,
      N_("For graphml: actor-topic (the default) or actor-actor"), N_("NETWORK") },
    { "article", 0, 0, G_OPTION_ARG_STRING_ARRAY, &article_refs,
      N_("Only ARTICLE with its annotations (repeatable)"), N_("ARTICLE") },
    { "from", 0, 0, G_OPTION_ARG_STRING, &from, N_("Only articles published on or after DATE"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &to, N_("Only articles published on or before DATE"), N_("DATE") },
    { "actor", 0, 0, G_OPTION_ARG_STRING_ARRAY, &actor_refs,
      N_("Only annotations in which ACTOR speaks (repeatable)"), N_("ACTOR") },
    { "topic", 0, 0, G_OPTION_ARG_STRING_ARRAY, &topic_refs,
      N_("Only annotations on TOPIC or its sub-topics (repeatable)"), N_("TOPIC") },
    { "coder", 0, 0, G_OPTION_ARG_STRING, &coder, N_("Only annotations by CODER"), N_("CODER") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  DmGraphmlNetwork network = DM_GRAPHML_ACTOR_TOPIC;
  ExportFormat format;

  context = _dm_cli_context_new (cli, entries);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 0, 0, NULL, error) ||
      !parse_export_format (format_arg, &format, error) ||
      !_dm_cli_check_dates (from, to, error))
    return FALSE;

  if (network_arg != NULL && format != EXPORT_GRAPHML)
    {
      _dm_cli_set_usage_error (error, _("--network applies to --format graphml only"));
      return FALSE;
    }
  if (network_arg != NULL && !dm_graphml_network_from_string (network_arg, &network))
    {
      _dm_cli_set_usage_error (error, _("--network: “%s” is not one of actor-topic, actor-actor"), network_arg);
      return FALSE;
    }
  if (coder != NULL && coder[0] == '\0')
    {
      _dm_cli_set_usage_error (error, _("--coder must not be empty"));
      return FALSE;
    }

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  if (!(articles = _dm_cli_resolve_articles (cli, article_refs, error)) ||
      !(actors = _dm_cli_resolve_actors (cli, actor_refs, error)) ||
      !(topics = _dm_cli_resolve_topics (cli, topic_refs, error)))
    return FALSE;

  dm_export_scope_set_articles (scope, (const char * const *) articles);
  dm_export_scope_set_dates (scope, from, to);
  dm_export_scope_set_actors (scope, (const char * const *) actors);
  dm_export_scope_set_topics (scope, (const char * const *) topics);
  dm_export_scope_set_coder (scope, coder);

  if (!(text = dm_export_to_string (cli->store, export_format (format, network), scope, error)))
    return _dm_cli_fail_in_database (cli, error);

  return _dm_cli_write_output (output, text, error);
}

/* }}} */

/* import-set {{{ */

/* The file's bytes, or %NULL when it cannot or should not be read here: a
 * missing file, a folder, one larger than DM_SET_MAX_SIZE. The importer
 * then reads it itself and reports why it cannot. */
static GBytes *
read_set_file (const char *path)
{
  GStatBuf info;
  char *contents = NULL;
  gsize length;

  if (g_stat (path, &info) != 0 || !S_ISREG (info.st_mode) || info.st_size > DM_SET_MAX_SIZE)
    return NULL;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return NULL;

  return g_bytes_new_take (contents, length);
}

static void
print_json_set_report (DmCli                *cli,
                       const DmImportReport *report)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      dm_cli_json_add_report (builder, report);
      dm_cli_json_print (builder);
      return;
    }

  g_string_append_printf (out, _("added: %u\n"), report->added);
  g_string_append_printf (out, _("updated: %u\n"), report->updated);
  g_string_append_printf (out, _("unchanged: %u\n"), report->unchanged);
  g_string_append_printf (out, _("conflicts: %u\n"), report->conflicts->len);
  for (guint i = 0; i < report->conflicts->len; i++)
    g_string_append_printf (out, _("conflict: %s\n"), (const char *) g_ptr_array_index (report->conflicts, i));
  dm_cli_write (out->str);
}

static void
print_web_annotation_report (DmCli                       *cli,
                             const DmWebAnnotationReport *report)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      dm_cli_json_add_web_annotation_report (builder, report);
      dm_cli_json_print (builder);
      return;
    }

  g_string_append_printf (out, _("added: %u\n"), report->added);
  g_string_append_printf (out, _("updated: %u\n"), report->updated);
  g_string_append_printf (out, _("unchanged: %u\n"), report->unchanged);
  g_string_append_printf (out, _("reanchored: %u\n"), report->reanchored);
  g_string_append_printf (out, _("skipped: %u\n"), report->skipped->len);
  for (guint i = 0; i < report->skipped->len; i++)
    g_string_append_printf (out, _("not imported: %s\n"), (const char *) g_ptr_array_index (report->skipped, i));
  g_string_append_printf (out, _("conflicts: %u\n"), report->conflicts->len);
  for (guint i = 0; i < report->conflicts->len; i++)
    g_string_append_printf (out, _("conflict: %s\n"), (const char *) g_ptr_array_index (report->conflicts, i));
  dm_cli_write (out->str);
}

gboolean
_dm_cli_run_import_set (DmCli   *cli,
                        char   **args,
                        GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GBytes) bytes = NULL;
  const char *input;
  const char *origin;
  const char *data = NULL;
  gsize length = 0;
  gboolean web_annotation = FALSE;

  context = _dm_cli_context_new (cli, NULL);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 1, 1, _("FILE (or - for standard input)"), error))
    return FALSE;

  input = args[1];
  if (g_str_equal (input, "-"))
    {
      if (!(bytes = _dm_cli_read_standard_input (error)))
        return FALSE;
      origin = _(DM_CLI_STDIN_NAME);
    }
  else
    {
      bytes = read_set_file (input);
      origin = input;
    }

  if (bytes != NULL)
    {
      data = g_bytes_get_data (bytes, &length);
      web_annotation = dm_web_annotation_detect (data, length);
    }

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  /* Every message of core names the set or the database already. */
  if (web_annotation)
    {
      g_autoptr(DmWebAnnotationReport) report = dm_web_annotation_report_new ();

      if (!dm_web_annotation_import_data (cli->store, data, length, origin, report, error))
        return FALSE;
      print_web_annotation_report (cli, report);
    }
  else
    {
      g_autoptr(DmImportReport) report = dm_import_report_new ();
      gboolean ok;

      if (bytes != NULL)
        ok = dm_json_set_import_data (cli->store, data != NULL ? data : "", length, origin, report, error);
      else
        ok = dm_json_set_import_file (cli->store, input, report, error);

      if (!ok)
        return FALSE;
      print_json_set_report (cli, report);
    }

  return TRUE;
}

/* }}} */
