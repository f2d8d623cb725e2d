/* dm-cli-commands.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-cli"

#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "demarche-core.h"
/* For the busy-timeout hook and for one transaction around "create the
 * topic, then the annotation" (see run_annotate()). */
#include "dm-store-private.h"

#include "dm-cli-commands.h"
#include "dm-cli-output.h"
#include "dm-cli-private.h"

#define PROGRAM            DM_CLI_PROGRAM
#define BUSY_TIMEOUT_ENV   "DEMARCHE_BUSY_TIMEOUT_MS"
#define MAX_STDIN_SIZE     ((gsize) 256 * 1024 * 1024)
#define TITLE_CHARS        60
#define QUOTE_CHARS        60
#define SNIPPET_CHARS      80
#define SUGGESTIONS        3

static const DmCliCommand *lookup_command (const char *name);
static void                print_global_help (void);

/* Helpers {{{ */

void
_dm_cli_set_usage_error (GError     **error,
                         const char  *format,
                         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, message);
}

static void
cli_clear (DmCli *cli)
{
  g_clear_object (&cli->store);
  g_clear_pointer (&cli->db_path, g_free);
  g_clear_pointer (&cli->command_db_path, g_free);
}

const char *
_dm_cli_get_database_name (DmCli *cli)
{
  if (cli->store != NULL)
    return dm_store_get_path (cli->store);

  return cli->db_path;
}

/* Core names the file in what it says about files and databases, but not
 * in what it says about rows ("no actor matches “Atlantis”"). Those get
 * the database's name, so that every message says where the problem is. */
gboolean
_dm_cli_fail_in_database (DmCli   *cli,
                          GError **error)
{
  const char *path = _dm_cli_get_database_name (cli);

  if (error != NULL && *error != NULL && path != NULL && strstr ((*error)->message, path) == NULL)
    g_prefix_error (error, "%s: ", path);

  return FALSE;
}

const char *
_dm_cli_get_article_name (DmArticle *article)
{
  const char *title = dm_article_get_title (article);

  return title != NULL ? title : dm_article_get_uuid (article);
}

/* GOption leaves a "--" that ends the options among the arguments. */
static void
remove_separator (char **args)
{
  for (guint i = 1; args[i] != NULL; i++)
    {
      if (g_str_equal (args[i], "--"))
        {
          g_free (args[i]);
          memmove (&args[i], &args[i + 1], (g_strv_length (&args[i + 1]) + 1) * sizeof (char *));
          return;
        }
    }
}

gboolean
_dm_cli_parse_count (const char  *option,
                     const char  *value,
                     guint64      min,
                     guint       *result,
                     GError     **error)
{
  guint64 number;

  if (value == NULL)
    return TRUE;

  if (!g_ascii_string_to_unsigned (value, 10, min, G_MAXINT, &number, NULL))
    {
      _dm_cli_set_usage_error (error, _("%s: “%s” is not a whole number of %" G_GUINT64_FORMAT " or more"),
                       option, value, min);
      return FALSE;
    }

  *result = (guint) number;
  return TRUE;
}

GBytes *
_dm_cli_read_standard_input (GError **error)
{
  g_autoptr(GByteArray) data = g_byte_array_new ();
  guint8 buffer[65536];
  size_t n;

  while ((n = fread (buffer, 1, sizeof buffer, stdin)) > 0)
    {
      if (data->len + n > MAX_STDIN_SIZE)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("%s: too large (the limit is %" G_GSIZE_FORMAT " MiB)"),
                       _(DM_CLI_STDIN_NAME), MAX_STDIN_SIZE / (1024 * 1024));
          return NULL;
        }
      g_byte_array_append (data, buffer, n);
    }

  if (ferror (stdin))
    {
      int saved_errno = errno;

      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
                   "%s: %s", _(DM_CLI_STDIN_NAME), g_strerror (saved_errno));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}

static void
apply_busy_timeout (DmStore *store)
{
  const char *value = g_getenv (BUSY_TIMEOUT_ENV);
  guint64 msec;

  if (value != NULL && g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT, &msec, NULL))
    _dm_store_set_busy_timeout (store, (int) msec);
}

/* A database named with --db that has no codebook yet (new, or emptied)
 * gets the default one, so that "annotate --actor China" works at once;
 * dm_store_seed_defaults() adds the sample article with it. */
gboolean
_dm_cli_open_store (DmCli   *cli,
                    GError **error)
{
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GPtrArray) actors = NULL;

  g_assert (cli->store == NULL);

  if (cli->db_path == NULL)
    {
      if (!(store = dm_store_open_default (error)))
        return FALSE;
      apply_busy_timeout (store);
    }
  else
    {
      if (!(store = dm_store_open (cli->db_path, error)))
        return FALSE;
      apply_busy_timeout (store);

      if (!(actors = dm_store_dup_actors (store, error)) ||
          (actors->len == 0 && !dm_store_seed_defaults (store, error)))
        return _dm_cli_fail_in_database (cli, error);
    }

  cli->store = g_steal_pointer (&store);
  return TRUE;
}

/* }}} */

/* Option parsing {{{ */

GOptionContext *
_dm_cli_context_new (DmCli              *cli,
                     const GOptionEntry *entries)
{
  const DmCliCommand *command = cli->command;
  g_autofree char *prgname = g_strdup_printf ("%s %s", PROGRAM, command->name);
  const GOptionEntry common[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &cli->command_db_path,
      N_("Use the database FILE instead of the default one"), N_("FILE") },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &cli->help, N_("Show this help"), NULL },
    { NULL }
  };
  const GOptionEntry json[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &cli->json, N_("Print JSON for scripts instead of text"), NULL },
    { NULL }
  };
  GOptionContext *context;

  /* The usage line then reads "demarche-cli import [OPTION…] FILE…". */
  g_set_prgname (prgname);

  context = g_option_context_new (command->parameters);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  g_option_context_set_summary (context, _(command->summary));
  if (command->description != NULL)
    g_option_context_set_description (context, _(command->description));

  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (command->has_json)
    g_option_context_add_main_entries (context, json, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, common, GETTEXT_PACKAGE);

  return context;
}

/* Parses @args (the command name first) in place. Returns %FALSE on a
 * usage error; sets cli->help if help was asked for, and prints it. */
gboolean
_dm_cli_parse_command_line (DmCli           *cli,
                            GOptionContext  *context,
                            char          ***args,
                            GError         **error)
{
  if (!g_option_context_parse_strv (context, args, error))
    return FALSE;

  if (cli->help)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      dm_cli_write (help);
      return TRUE;
    }

  remove_separator (*args);

  /* An option after the command wins over the same before it. */
  if (cli->command_db_path != NULL)
    {
      g_free (cli->db_path);
      cli->db_path = g_steal_pointer (&cli->command_db_path);
    }

  return TRUE;
}

gboolean
_dm_cli_expect_arguments (char       **args,
                          guint        min,
                          guint        max,
                          const char  *what,
                          GError     **error)
{
  guint n = g_strv_length (args) - 1;

  if (n < min)
    {
      _dm_cli_set_usage_error (error, _("missing %s"), what);
      return FALSE;
    }

  if (n > max)
    {
      _dm_cli_set_usage_error (error, _("unexpected argument “%s”"), args[max + 1]);
      return FALSE;
    }

  return TRUE;
}

/* --from and --to, checked as the comparison and the export scope read
 * them, before any database is opened: a bad date is a usage error. */
gboolean
_dm_cli_check_dates (const char  *from,
                     const char  *to,
                     GError     **error)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(GError) local_error = NULL;

  /* One bound at a time, to name the option that is wrong. */
  dm_comparison_query_set_from (query, from);
  if (!dm_comparison_query_validate (query, &local_error))
    {
      _dm_cli_set_usage_error (error, "--from: %s", local_error->message);
      return FALSE;
    }

  dm_comparison_query_set_from (query, NULL);
  dm_comparison_query_set_to (query, to);
  if (!dm_comparison_query_validate (query, &local_error))
    {
      _dm_cli_set_usage_error (error, "--to: %s", local_error->message);
      return FALSE;
    }

  dm_comparison_query_set_from (query, from);
  if (!dm_comparison_query_validate (query, &local_error))
    {
      _dm_cli_set_usage_error (error, "%s", local_error->message);
      return FALSE;
    }

  return TRUE;
}

/* -o FILE: written atomically, or standard output for none or "-". */
gboolean
_dm_cli_write_output (const char  *path,
                      const char  *text,
                      GError     **error)
{
  if (path != NULL && !g_str_equal (path, "-"))
    return dm_cli_write_file (path, text, error);

  dm_cli_write (text);
  return TRUE;
}

/* }}} */

/* import {{{ */

static gboolean
run_import (DmCli   *cli,
            char   **args,
            GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *title = NULL;
  g_autofree char *source = NULL;
  g_autofree char *url = NULL;
  g_autofree char *date = NULL;
  g_autofree char *language = NULL;
  const GOptionEntry entries[] = {
    { "title", 0, 0, G_OPTION_ARG_STRING, &title, N_("Set the title"), N_("TITLE") },
    { "source", 0, 0, G_OPTION_ARG_STRING, &source, N_("Set the source (outlet or ministry)"), N_("SOURCE") },
    { "url", 0, 0, G_OPTION_ARG_STRING, &url, N_("Set the URL"), N_("URL") },
    { "date", 0, 0, G_OPTION_ARG_STRING, &date, N_("Set the publication date"), N_("YYYY-MM-DD") },
    { "language", 0, 0, G_OPTION_ARG_STRING, &language, N_("Set the language"), N_("CODE") },
    { NULL }
  };
  g_autoptr(GPtrArray) inputs = g_ptr_array_new ();
  gboolean overrides;
  gboolean stdin_seen = FALSE;

  context = _dm_cli_context_new (cli, entries);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  for (guint i = 1; args[i] != NULL; i++)
    g_ptr_array_add (inputs, args[i]);

  /* Reading a terminal would wait for typing nobody announced. */
  if (inputs->len == 0)
    {
      if (isatty (STDIN_FILENO))
        {
          _dm_cli_set_usage_error (error, _("missing FILE (use - to read standard input)"));
          return FALSE;
        }
      g_ptr_array_add (inputs, (gpointer) "-");
    }

  overrides = title != NULL || source != NULL || url != NULL || date != NULL || language != NULL;
  if (overrides && inputs->len > 1)
    {
      _dm_cli_set_usage_error (error, _("--title, --source, --url, --date and --language apply to a single input"));
      return FALSE;
    }

  for (guint i = 0; i < inputs->len; i++)
    {
      const char *input = g_ptr_array_index (inputs, i);

      if (g_str_equal (input, "-"))
        {
          if (stdin_seen)
            {
              _dm_cli_set_usage_error (error, _("standard input (-) can be read only once"));
              return FALSE;
            }
          stdin_seen = TRUE;
        }
    }

  /* Read and check every file before the database is touched: one bad
   * file fails the whole import. */
  for (guint i = 0; i < inputs->len; i++)
    {
      const char *input = g_ptr_array_index (inputs, i);
      DmArticle *article;

      if (g_str_equal (input, "-"))
        {
          g_autoptr(GBytes) bytes = _dm_cli_read_standard_input (error);
          gsize length;
          const char *data;

          if (bytes == NULL)
            return FALSE;

          data = g_bytes_get_data (bytes, &length);
          /* "-" is core's name for standard input: it reports it as such
           * and does not take it for a title. */
          article = dm_article_new_from_text (data != NULL ? data : "", length, "-", error);
        }
      else
        article = dm_article_new_from_file (input, error);

      if (article == NULL)
        return FALSE;

      if (title != NULL)
        dm_article_set_title (article, title);
      if (source != NULL)
        dm_article_set_source (article, source);
      if (url != NULL)
        dm_article_set_url (article, url);
      if (date != NULL)
        dm_article_set_published (article, date);
      if (language != NULL)
        dm_article_set_language (article, language);

      g_ptr_array_add (articles, article);
    }

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  if (!dm_store_add_articles (cli->store, articles, error))
    {
      const char *input = g_ptr_array_index (inputs, 0);

      /* A rejected value of a single input (a bad --date) is that input's
       * problem; otherwise name the database. */
      if (inputs->len == 1 && strstr ((*error)->message, _dm_cli_get_database_name (cli)) == NULL)
        {
          g_autofree char *name = g_str_equal (input, "-") ? g_strdup (_(DM_CLI_STDIN_NAME))
                                                            : g_filename_display_name (input);
          g_prefix_error (error, "%s: ", name);
          return FALSE;
        }
      return _dm_cli_fail_in_database (cli, error);
    }

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < articles->len; i++)
        dm_cli_json_add_article (builder, g_ptr_array_index (articles, i), FALSE);
      json_builder_end_array (builder);
      dm_cli_json_print (builder);
    }
  else
    {
      for (guint i = 0; i < articles->len; i++)
        {
          DmArticle *article = g_ptr_array_index (articles, i);
          g_autofree char *line = g_strdup_printf ("%s  %s\n", dm_article_get_uuid (article),
                                                   dm_article_get_title (article) ?: _("(untitled)"));
          dm_cli_write (line);
        }
    }

  return TRUE;
}

/* }}} */

/* list {{{ */

static gboolean
list_articles (DmCli   *cli,
               GError **error)
{
  g_autoptr(GPtrArray) articles = dm_store_dup_articles (cli->store, error);
  g_autoptr(DmCliTable) table = NULL;

  if (articles == NULL)
    return _dm_cli_fail_in_database (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < articles->len; i++)
        dm_cli_json_add_article (builder, g_ptr_array_index (articles, i), FALSE);
      json_builder_end_array (builder);
      dm_cli_json_print (builder);
      return TRUE;
    }

  table = dm_cli_table_new (_("UUID"), _("DATE"), _("ANN."), _("TITLE"), _("SOURCE"), NULL);
  for (guint i = 0; i < articles->len; i++)
    {
      DmArticle *article = g_ptr_array_index (articles, i);
      g_autofree char *uuid = dm_cli_dup_short_uuid (dm_article_get_uuid (article));
      g_autofree char *count = g_strdup_printf ("%u", dm_article_get_annotation_count (article));
      g_autofree char *title = dm_cli_dup_one_line (dm_article_get_title (article), TITLE_CHARS);

      dm_cli_table_add_row (table, uuid, dm_article_get_published (article), count, title,
                            dm_article_get_source (article));
    }
  dm_cli_table_print (table);

  return TRUE;
}

static gboolean
list_actors (DmCli   *cli,
             GError **error)
{
  g_autoptr(GPtrArray) actors = dm_store_dup_actors (cli->store, error);
  g_autoptr(DmCliTable) table = NULL;

  if (actors == NULL)
    return _dm_cli_fail_in_database (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < actors->len; i++)
        dm_cli_json_add_actor (builder, g_ptr_array_index (actors, i));
      json_builder_end_array (builder);
      dm_cli_json_print (builder);
      return TRUE;
    }

  table = dm_cli_table_new (_("NAME"), _("KIND"), _("CODE"), NULL);
  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);

      dm_cli_table_add_row (table, dm_actor_get_name (actor),
                            dm_actor_kind_to_string (dm_actor_get_kind (actor)),
                            dm_actor_get_code (actor));
    }
  dm_cli_table_print (table);

  return TRUE;
}

static gboolean
list_topics (DmCli   *cli,
             GError **error)
{
  g_autoptr(GPtrArray) topics = dm_store_dup_topics (cli->store, error);

  if (topics == NULL)
    return _dm_cli_fail_in_database (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < topics->len; i++)
        dm_cli_json_add_topic (builder, g_ptr_array_index (topics, i));
      json_builder_end_array (builder);
      dm_cli_json_print (builder);
      return TRUE;
    }

  for (guint i = 0; i < topics->len; i++)
    {
      g_autofree char *line = dm_cli_dup_one_line (dm_topic_get_path (g_ptr_array_index (topics, i)), 0);

      dm_cli_write (line);
      dm_cli_write ("\n");
    }

  return TRUE;
}

/* An orphan's span is only where it used to be: say so (see "place"). */
static char *
dup_span (DmAnnotation *annotation)
{
  if (dm_annotation_get_orphan (annotation))
    return g_strdup_printf (_("%u–%u (orphan)"), dm_annotation_get_start (annotation),
                            dm_annotation_get_end (annotation));

  return g_strdup_printf ("%u–%u", dm_annotation_get_start (annotation), dm_annotation_get_end (annotation));
}

static gboolean
list_annotations (DmCli      *cli,
                  const char *article_ref,
                  GError    **error)
{
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(DmCliNames) names = NULL;
  g_autoptr(DmCliTable) table = NULL;

  if (article_ref != NULL && !(article = dm_store_resolve_article (cli->store, article_ref, error)))
    return _dm_cli_fail_in_database (cli, error);

  if (!(annotations = dm_store_dup_annotations (cli->store,
                                                article != NULL ? dm_article_get_uuid (article) : NULL,
                                                error)) ||
      !(names = dm_cli_names_new (cli->store, error)))
    return _dm_cli_fail_in_database (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < annotations->len; i++)
        dm_cli_json_add_annotation (builder, g_ptr_array_index (annotations, i), names);
      json_builder_end_array (builder);
      dm_cli_json_print (builder);
      return TRUE;
    }

  /* Across articles, say which article each row is in. */
  if (article == NULL)
    table = dm_cli_table_new (_("UUID"), _("ARTICLE"), _("SPAN"), _("POLARITY"), _("ACTORS"),
                              _("TOPIC"), _("QUOTE"), NULL);
  else
    table = dm_cli_table_new (_("UUID"), _("SPAN"), _("POLARITY"), _("ACTORS"), _("TOPIC"),
                              _("QUOTE"), NULL);

  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);
      g_autofree char *uuid = dm_cli_dup_short_uuid (dm_annotation_get_uuid (annotation));
      g_autofree char *article_uuid = dm_cli_dup_short_uuid (dm_annotation_get_article_uuid (annotation));
      g_autofree char *span = dup_span (annotation);
      g_autofree char *actors = dm_cli_names_dup_actors (names, dm_annotation_get_actor_uuids (annotation));
      g_autofree char *quote = dm_cli_dup_one_line (dm_annotation_get_quote (annotation), QUOTE_CHARS);
      const char *polarity = dm_polarity_to_string (dm_annotation_get_polarity (annotation));
      const char *topic = dm_cli_names_lookup_topic (names, dm_annotation_get_topic_uuid (annotation));

      if (article == NULL)
        dm_cli_table_add_row (table, uuid, article_uuid, span, polarity, actors, topic, quote);
      else
        dm_cli_table_add_row (table, uuid, span, polarity, actors, topic, quote);
    }
  dm_cli_table_print (table);

  return TRUE;
}

static gboolean
run_list (DmCli   *cli,
          char   **args,
          GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *article = NULL;
  const GOptionEntry entries[] = {
    { "article", 0, 0, G_OPTION_ARG_STRING, &article,
      N_("Only the annotations of ARTICLE (uuid, uuid prefix or part of the title)"), N_("ARTICLE") },
    { NULL }
  };
  const char *what;

  context = _dm_cli_context_new (cli, entries);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 1, 1, _("what to list: articles, actors, topics or annotations"), error))
    return FALSE;

  what = args[1];
  if (!g_str_equal (what, "articles") && !g_str_equal (what, "actors") &&
      !g_str_equal (what, "topics") && !g_str_equal (what, "annotations"))
    {
      _dm_cli_set_usage_error (error, _("cannot list “%s”: use articles, actors, topics or annotations"), what);
      return FALSE;
    }

  if (article != NULL && !g_str_equal (what, "annotations"))
    {
      _dm_cli_set_usage_error (error, _("--article applies to “list annotations” only"));
      return FALSE;
    }

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  if (g_str_equal (what, "articles"))
    return list_articles (cli, error);
  else if (g_str_equal (what, "actors"))
    return list_actors (cli, error);
  else if (g_str_equal (what, "topics"))
    return list_topics (cli, error);
  else
    return list_annotations (cli, article, error);
}

/* }}} */

/* show {{{ */

static void
append_field (GString    *out,
              const char *label,
              const char *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  g_string_append_printf (out, "%-14s %s\n", label, value);
}

static void
append_annotation (GString      *out,
                   guint         index,
                   DmAnnotation *annotation,
                   DmCliNames   *names,
                   GHashTable   *act_names)
{
  const char * const *targets = dm_annotation_get_target_uuids (annotation);
  const char *act = dm_annotation_get_act_code (annotation);
  g_autofree char *span = dup_span (annotation);
  g_autofree char *actors = dm_cli_names_dup_actors (names, dm_annotation_get_actor_uuids (annotation));
  g_autofree char *target_names = targets != NULL ? dm_cli_names_dup_actors (names, targets) : NULL;
  g_autofree char *act_label = NULL;
  g_autofree char *quote = g_strdup_printf ("“%s”", dm_annotation_get_quote (annotation));
  DmAttributionMode mode = dm_annotation_get_mode (annotation);

  if (act != NULL)
    act_label = g_strchomp (g_strdup_printf ("%s %s", act,
                                             (const char *) g_hash_table_lookup (act_names, act) ?: ""));

  g_string_append_printf (out, "\n[%u] %s  %s  %s\n", index, dm_annotation_get_uuid (annotation), span,
                          dm_polarity_to_string (dm_annotation_get_polarity (annotation)));
  append_field (out, _("  Actors:"), actors);
  append_field (out, _("  Targets:"), target_names);
  append_field (out, _("  Topic:"), dm_cli_names_lookup_topic (names, dm_annotation_get_topic_uuid (annotation)));
  append_field (out, _("  Act:"), act_label);
  append_field (out, _("  Mode:"), mode != DM_ATTRIBUTION_UNSPECIFIED ? dm_attribution_mode_to_string (mode) : NULL);
  append_field (out, _("  Provenance:"), dm_annotation_get_provenance (annotation));
  append_field (out, _("  Note:"), dm_annotation_get_note (annotation));
  append_field (out, _("  Key quote:"), dm_annotation_get_key_quote (annotation) ? _("yes") : NULL);
  append_field (out, _("  Coder:"), dm_annotation_get_coder (annotation));
  append_field (out, _("  Quote:"), quote);
}

static gboolean
run_show (DmCli   *cli,
          char   **args,
          GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) acts = NULL;
  g_autoptr(GHashTable) act_names = NULL;
  g_autoptr(DmCliNames) names = NULL;
  g_autoptr(GString) out = NULL;
  g_autofree char *length = NULL;
  g_autofree char *count = NULL;

  context = _dm_cli_context_new (cli, NULL);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 1, 1, _("ARTICLE"), error))
    return FALSE;

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  if (!(article = dm_store_resolve_article (cli->store, args[1], error)) ||
      !(annotations = dm_store_dup_annotations (cli->store, dm_article_get_uuid (article), error)) ||
      !(names = dm_cli_names_new (cli->store, error)) ||
      !(acts = dm_store_dup_acts (cli->store, error)))
    return _dm_cli_fail_in_database (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "article");
      dm_cli_json_add_article (builder, article, TRUE);
      json_builder_set_member_name (builder, "annotations");
      json_builder_begin_array (builder);
      for (guint i = 0; i < annotations->len; i++)
        dm_cli_json_add_annotation (builder, g_ptr_array_index (annotations, i), names);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      dm_cli_json_print (builder);
      return TRUE;
    }

  act_names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < acts->len; i++)
    {
      const DmAct *act = g_ptr_array_index (acts, i);
      g_hash_table_insert (act_names, act->code, act->name);
    }

  length = g_strdup_printf (_("%u characters"), dm_article_get_length (article));
  count = g_strdup_printf ("%u", annotations->len);

  out = g_string_new (NULL);
  append_field (out, _("Title:"), dm_article_get_title (article));
  append_field (out, _("Source:"), dm_article_get_source (article));
  append_field (out, _("URL:"), dm_article_get_url (article));
  append_field (out, _("Date:"), dm_article_get_published (article));
  append_field (out, _("Language:"), dm_article_get_language (article));
  append_field (out, _("UUID:"), dm_article_get_uuid (article));
  append_field (out, _("Length:"), length);
  append_field (out, _("Annotations:"), count);
  g_string_append_printf (out, "\n%s\n", dm_article_get_body (article));

  for (guint i = 0; i < annotations->len; i++)
    append_annotation (out, i + 1, g_ptr_array_index (annotations, i), names, act_names);

  dm_cli_write (out->str);
  return TRUE;
}

/* }}} */

/* annotate {{{ */

/* A span given as --start and --end, or as --quote with an optional
 * --occurrence (annotate, place): one or the other, checked before the
 * database is opened. @start and @end stay 0 for a quote, which is found
 * in the article later (_dm_cli_find_quote()). */
gboolean
_dm_cli_parse_span (const char  *quote,
                    const char  *start_arg,
                    const char  *end_arg,
                    const char  *occurrence_arg,
                    guint       *start,
                    guint       *end,
                    guint       *occurrence,
                    GError     **error)
{
  if (quote != NULL && (start_arg != NULL || end_arg != NULL))
    {
      _dm_cli_set_usage_error (error, _("use either --quote or --start and --end, not both"));
      return FALSE;
    }
  if (quote == NULL && (start_arg == NULL || end_arg == NULL))
    {
      _dm_cli_set_usage_error (error, _("missing the span: --start N --end N, or --quote TEXT"));
      return FALSE;
    }
  if (quote != NULL && quote[0] == '\0')
    {
      _dm_cli_set_usage_error (error, _("--quote must not be empty"));
      return FALSE;
    }
  if (occurrence_arg != NULL && quote == NULL)
    {
      _dm_cli_set_usage_error (error, _("--occurrence applies to --quote only"));
      return FALSE;
    }
  if (!_dm_cli_parse_count ("--start", start_arg, 0, start, error) ||
      !_dm_cli_parse_count ("--end", end_arg, 0, end, error) ||
      !_dm_cli_parse_count ("--occurrence", occurrence_arg, 1, occurrence, error))
    return FALSE;

  return TRUE;
}

gboolean
_dm_cli_find_quote (DmCli       *cli,
                    DmArticle   *article,
                    const char  *quote,
                    guint        occurrence,
                    guint       *start,
                    guint       *end,
                    GError     **error)
{
  g_autofree char *shown = NULL;
  guint from = 0;
  guint found = 0;

  while (dm_article_find_quote (article, quote, from, start, end))
    {
      if (++found == occurrence)
        return TRUE;
      from = *start + 1;
    }

  shown = dm_cli_dup_one_line (quote, QUOTE_CHARS);
  if (found == 0)
    g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND,
                 _("quote “%s” not found in “%s”"), shown, _dm_cli_get_article_name (article));
  else
    g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND,
                 ngettext ("quote “%s” occurs %u time in “%s”, not %u",
                           "quote “%s” occurs %u times in “%s”, not %u", found),
                 shown, found, _dm_cli_get_article_name (article), occurrence);

  return _dm_cli_fail_in_database (cli, error);
}

/* "China", "China or Chad", "China, Chad or Chile". */
static char *
dup_alternatives (GPtrArray *actors)
{
  g_autoptr(GString) head = g_string_new (NULL);
  guint last = actors->len - 1;

  g_assert (actors->len > 0);

  for (guint i = 0; i < last; i++)
    {
      if (i > 0)
        g_string_append (head, ", ");
      g_string_append (head, dm_actor_get_name (g_ptr_array_index (actors, i)));
    }

  if (last == 0)
    return g_strdup (dm_actor_get_name (g_ptr_array_index (actors, 0)));

  /* TRANSLATORS: the last two of the actors suggested: "Chad or Chile" */
  return g_strdup_printf (_("%s or %s"), head->str, dm_actor_get_name (g_ptr_array_index (actors, last)));
}

/* dm_store_resolve_actor(), with the closest codebook names suggested when
 * nothing or more than one actor matches (issue 5), and the database named
 * in the message. */
DmActor *
_dm_cli_resolve_actor (DmCli       *cli,
                       const char  *reference,
                       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GPtrArray) suggestions = NULL;
  g_autofree char *alternatives = NULL;
  DmActor *actor;

  g_assert (cli->store != NULL);

  if ((actor = dm_store_resolve_actor (cli->store, reference, &local_error)) != NULL)
    return actor;

  if (g_error_matches (local_error, DM_ERROR, DM_ERROR_NOT_FOUND) &&
      (suggestions = dm_actor_suggest_for_store (cli->store, reference, SUGGESTIONS, NULL)) != NULL &&
      suggestions->len > 0)
    {
      GError *suggested;

      alternatives = dup_alternatives (suggestions);
      /* TRANSLATORS: "no actor matches “Chna”; did you mean China, Chad or Chile?" */
      suggested = g_error_new (local_error->domain, local_error->code, _("%s; did you mean %s?"),
                               local_error->message, alternatives);
      g_clear_error (&local_error);
      local_error = suggested;
    }

  g_propagate_error (error, g_steal_pointer (&local_error));
  _dm_cli_fail_in_database (cli, error);
  return NULL;
}

/* Resolves every reference; returns a %NULL-terminated array of uuids. */
GStrv
_dm_cli_resolve_actors (DmCli       *cli,
                        char       **references,
                        GError     **error)
{
  g_autoptr(GStrvBuilder) uuids = g_strv_builder_new ();

  for (guint i = 0; references != NULL && references[i] != NULL; i++)
    {
      g_autoptr(DmActor) actor = _dm_cli_resolve_actor (cli, references[i], error);

      if (actor == NULL)
        return NULL;
      g_strv_builder_add (uuids, dm_actor_get_uuid (actor));
    }

  return g_strv_builder_end (uuids);
}

GStrv
_dm_cli_resolve_articles (DmCli   *cli,
                          char   **references,
                          GError **error)
{
  g_autoptr(GStrvBuilder) uuids = g_strv_builder_new ();

  for (guint i = 0; references != NULL && references[i] != NULL; i++)
    {
      g_autoptr(DmArticle) article = dm_store_resolve_article (cli->store, references[i], error);

      if (article == NULL)
        {
          _dm_cli_fail_in_database (cli, error);
          return NULL;
        }
      g_strv_builder_add (uuids, dm_article_get_uuid (article));
    }

  return g_strv_builder_end (uuids);
}

GStrv
_dm_cli_resolve_topics (DmCli   *cli,
                        char   **references,
                        GError **error)
{
  g_autoptr(GStrvBuilder) uuids = g_strv_builder_new ();

  for (guint i = 0; references != NULL && references[i] != NULL; i++)
    {
      g_autoptr(DmTopic) topic = dm_store_resolve_topic (cli->store, references[i], error);

      if (topic == NULL)
        {
          _dm_cli_fail_in_database (cli, error);
          return NULL;
        }
      g_strv_builder_add (uuids, dm_topic_get_uuid (topic));
    }

  return g_strv_builder_end (uuids);
}

static char **
split_topic_path (const char  *reference,
                  GError     **error)
{
  g_autoptr(GString) path = g_string_new (reference);
  g_auto(GStrv) parts = NULL;

  /* The separators dm_store_resolve_topic() accepts. */
  g_string_replace (path, "›", "\x1f", 0);
  g_string_replace (path, ">", "\x1f", 0);
  g_string_replace (path, "/", "\x1f", 0);
  parts = g_strsplit (path->str, "\x1f", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] == '\0')
        {
          g_set_error (error, DM_ERROR, DM_ERROR_INVALID, _("topic path “%s” has an empty part"), reference);
          return NULL;
        }
    }

  return g_steal_pointer (&parts);
}

/* With --create-topic, TOPIC is a path: the topic with exactly that path
 * (ignoring case) is used, and otherwise it is created with its missing
 * parents. Matching by a unique name, as dm_store_resolve_topic() does,
 * would put the annotation under whichever "Ceasefire" exists. Call this
 * inside the transaction that adds the annotation. */
static char *
ensure_topic (DmCli       *cli,
              const char  *reference,
              GError     **error)
{
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GHashTable) by_path = NULL;
  g_autoptr(GString) path = g_string_new (NULL);
  g_autofree char *parent = NULL;
  g_auto(GStrv) parts = NULL;

  if (g_uuid_string_is_valid (reference))
    {
      g_autoptr(DmTopic) topic = dm_store_resolve_topic (cli->store, reference, error);

      return topic != NULL ? g_strdup (dm_topic_get_uuid (topic)) : NULL;
    }

  if (!(parts = split_topic_path (reference, error)) ||
      !(topics = dm_store_dup_topics (cli->store, error)))
    return NULL;

  by_path = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < topics->len; i++)
    {
      DmTopic *topic = g_ptr_array_index (topics, i);

      g_hash_table_insert (by_path, g_utf8_casefold (dm_topic_get_path (topic), -1), topic);
    }

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *key = NULL;
      DmTopic *existing;

      g_string_append_printf (path, "%s%s", i > 0 ? " › " : "", parts[i]);
      key = g_utf8_casefold (path->str, -1);

      if ((existing = g_hash_table_lookup (by_path, key)) != NULL)
        {
          g_free (parent);
          parent = g_strdup (dm_topic_get_uuid (existing));
        }
      else
        {
          g_autoptr(DmTopic) topic = dm_topic_new (parts[i], parent);

          if (!dm_store_add_topic (cli->store, topic, error))
            return NULL;
          g_free (parent);
          parent = g_strdup (dm_topic_get_uuid (topic));
        }
    }

  return g_steal_pointer (&parent);
}

static gboolean
run_annotate (DmCli   *cli,
              char   **args,
              GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(DmAnnotation) saved = NULL;
  g_autoptr(DmTopic) topic = NULL;
  g_autofree char *start_arg = NULL;
  g_autofree char *end_arg = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *occurrence_arg = NULL;
  g_auto(GStrv) actor_refs = NULL;
  g_auto(GStrv) target_refs = NULL;
  g_auto(GStrv) actors = NULL;
  g_auto(GStrv) targets = NULL;
  g_autofree char *topic_ref = NULL;
  g_autofree char *topic_uuid = NULL;
  g_autofree char *polarity_arg = NULL;
  g_autofree char *act = NULL;
  g_autofree char *mode_arg = NULL;
  g_autofree char *provenance = NULL;
  g_autofree char *note = NULL;
  g_autofree char *coder = NULL;
  gboolean key_quote = FALSE;
  gboolean create_topic = FALSE;
  const GOptionEntry entries[] = {
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_arg, N_("First character of the span (code points from 0)"), N_("N") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end_arg, N_("Character after the span"), N_("N") },
    { "quote", 0, 0, G_OPTION_ARG_STRING, &quote, N_("Annotate the exact TEXT instead of a span"), N_("TEXT") },
    { "occurrence", 0, 0, G_OPTION_ARG_STRING, &occurrence_arg, N_("Take the K-th occurrence of --quote (default 1)"), N_("K") },
    { "actor", 0, 0, G_OPTION_ARG_STRING_ARRAY, &actor_refs, N_("Who takes the position (repeat for a joint statement)"), N_("ACTOR") },
    { "topic", 0, 0, G_OPTION_ARG_STRING, &topic_ref, N_("What the position is about (uuid, path or name)"), N_("TOPIC") },
    { "create-topic", 0, 0, G_OPTION_ARG_NONE, &create_topic, N_("Create --topic, a path, and its parents if missing"), NULL },
    { "polarity", 0, 0, G_OPTION_ARG_STRING, &polarity_arg, N_("supports, opposes, neutral, mixed or none (default)"), N_("POLARITY") },
    { "act", 0, 0, G_OPTION_ARG_STRING, &act, N_("CAMEO root act, 01 to 20"), N_("CODE") },
    { "target", 0, 0, G_OPTION_ARG_STRING_ARRAY, &target_refs, N_("Whom the act is aimed at (repeatable)"), N_("ACTOR") },
    { "mode", 0, 0, G_OPTION_ARG_STRING, &mode_arg, N_("direct-quote, reported-speech, paraphrase or spokesperson"), N_("MODE") },
    { "provenance", 0, 0, G_OPTION_ARG_STRING, &provenance, N_("Where the statement is reported from"), N_("TEXT") },
    { "note", 0, 0, G_OPTION_ARG_STRING, &note, N_("A note"), N_("TEXT") },
    { "key-quote", 0, 0, G_OPTION_ARG_NONE, &key_quote, N_("Mark as a key quote"), NULL },
    { "coder", 0, 0, G_OPTION_ARG_STRING, &coder, N_("Who coded it (default: your user name)"), N_("NAME") },
    { NULL }
  };
  DmPolarity polarity = DM_POLARITY_NONE;
  DmAttributionMode mode = DM_ATTRIBUTION_UNSPECIFIED;
  guint start = 0;
  guint end = 0;
  guint occurrence = 1;
  gboolean ok;

  context = _dm_cli_context_new (cli, entries);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  /* Every usage problem is found before the database is opened. */
  if (!_dm_cli_expect_arguments (args, 1, 1, _("ARTICLE"), error))
    return FALSE;

  if (!_dm_cli_parse_span (quote, start_arg, end_arg, occurrence_arg, &start, &end, &occurrence, error))
    return FALSE;

  if (actor_refs == NULL || actor_refs[0] == NULL)
    {
      _dm_cli_set_usage_error (error, _("missing --actor: who takes the position?"));
      return FALSE;
    }
  if (create_topic && topic_ref == NULL)
    {
      _dm_cli_set_usage_error (error, _("--create-topic needs --topic"));
      return FALSE;
    }
  if (polarity_arg != NULL && !dm_polarity_from_string (polarity_arg, &polarity))
    {
      _dm_cli_set_usage_error (error, _("--polarity: “%s” is not one of supports, opposes, neutral, mixed, none"),
                       polarity_arg);
      return FALSE;
    }
  if (mode_arg != NULL && !dm_attribution_mode_from_string (mode_arg, &mode))
    {
      _dm_cli_set_usage_error (error, _("--mode: “%s” is not one of direct-quote, reported-speech, paraphrase, "
                                "spokesperson"), mode_arg);
      return FALSE;
    }

  /* "2" means "02", as CAMEO codes are written. */
  if (act != NULL && strlen (act) == 1 && g_ascii_isdigit (act[0]))
    {
      g_autofree char *padded = g_strdup_printf ("0%s", act);
      g_free (act);
      act = g_steal_pointer (&padded);
    }

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  /* Resolve everything before writing anything. */
  if (!(article = dm_store_resolve_article (cli->store, args[1], error)))
    return _dm_cli_fail_in_database (cli, error);

  if (quote != NULL && !_dm_cli_find_quote (cli, article, quote, occurrence, &start, &end, error))
    return FALSE;

  if (!(actors = _dm_cli_resolve_actors (cli, actor_refs, error)) ||
      !(targets = _dm_cli_resolve_actors (cli, target_refs, error)))
    return FALSE;

  if (topic_ref != NULL && !create_topic)
    {
      if (!(topic = dm_store_resolve_topic (cli->store, topic_ref, error)))
        return _dm_cli_fail_in_database (cli, error);
      topic_uuid = g_strdup (dm_topic_get_uuid (topic));
    }

  annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
  dm_annotation_set_actor_uuids (annotation, (const char * const *) actors);
  if (targets[0] != NULL)
    dm_annotation_set_target_uuids (annotation, (const char * const *) targets);
  dm_annotation_set_polarity (annotation, polarity);
  dm_annotation_set_act_code (annotation, act);
  dm_annotation_set_mode (annotation, mode);
  dm_annotation_set_provenance (annotation, provenance);
  dm_annotation_set_note (annotation, note);
  dm_annotation_set_key_quote (annotation, key_quote);
  dm_annotation_set_coder (annotation, coder != NULL ? coder : g_get_user_name ());

  /* A topic created for an annotation that is then refused (a span off the
   * end, an unknown act) must not stay behind: both go in one transaction. */
  if (!_dm_store_begin (cli->store, error))
    return _dm_cli_fail_in_database (cli, error);

  ok = TRUE;
  if (create_topic)
    ok = (topic_uuid = ensure_topic (cli, topic_ref, error)) != NULL;
  if (ok)
    {
      dm_annotation_set_topic_uuid (annotation, topic_uuid);
      ok = dm_store_add_annotation (cli->store, annotation, error);
    }

  if (!ok)
    {
      _dm_store_rollback (cli->store);
      return _dm_cli_fail_in_database (cli, error);
    }

  if (!_dm_store_commit (cli->store, error))
    return _dm_cli_fail_in_database (cli, error);

  if (!cli->json)
    {
      dm_cli_write (dm_annotation_get_uuid (annotation));
      dm_cli_write ("\n");
      return TRUE;
    }

  {
    g_autoptr(JsonBuilder) builder = json_builder_new ();
    g_autoptr(DmCliNames) names = NULL;

    if (!(saved = dm_store_lookup_annotation (cli->store, dm_annotation_get_uuid (annotation), error)) ||
        !(names = dm_cli_names_new (cli->store, error)))
      return _dm_cli_fail_in_database (cli, error);

    dm_cli_json_add_annotation (builder, saved, names);
    dm_cli_json_print (builder);
  }

  return TRUE;
}

/* }}} */

/* search {{{ */

static gboolean
run_search (DmCli   *cli,
            char   **args,
            GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(DmCliTable) table = NULL;
  g_autofree char *limit_arg = NULL;
  g_autofree char *query = NULL;
  const GOptionEntry entries[] = {
    { "limit", 0, 0, G_OPTION_ARG_STRING, &limit_arg, N_("Show at most N hits (default 100)"), N_("N") },
    { NULL }
  };
  guint limit = 0;

  context = _dm_cli_context_new (cli, entries);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 1, G_MAXUINT, _("QUERY"), error) ||
      !_dm_cli_parse_count ("--limit", limit_arg, 1, &limit, error))
    return FALSE;

  query = g_strjoinv (" ", &args[1]);

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  if (!(hits = dm_store_search (cli->store, query, limit, error)))
    return _dm_cli_fail_in_database (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < hits->len; i++)
        dm_cli_json_add_search_hit (builder, g_ptr_array_index (hits, i));
      json_builder_end_array (builder);
      dm_cli_json_print (builder);
      return TRUE;
    }

  if (hits->len == 0)
    {
      g_autofree char *line = g_strdup_printf (_("No matches for “%s”.\n"), query);
      dm_cli_write (line);
      return TRUE;
    }

  table = dm_cli_table_new (_("KIND"), _("UUID"), _("ARTICLE"), _("SNIPPET"), NULL);
  for (guint i = 0; i < hits->len; i++)
    {
      const DmSearchHit *hit = g_ptr_array_index (hits, i);
      gboolean is_annotation = hit->table == DM_STORE_TABLE_ANNOTATIONS;
      g_autofree char *uuid = dm_cli_dup_short_uuid (is_annotation ? hit->annotation_uuid : hit->article_uuid);
      g_autofree char *title = dm_cli_dup_one_line (hit->title, 40);
      g_autofree char *snippet = dm_cli_dup_one_line (hit->snippet, SNIPPET_CHARS);

      dm_cli_table_add_row (table, is_annotation ? _("annotation") : _("article"), uuid, title, snippet);
    }
  dm_cli_table_print (table);

  return TRUE;
}

/* }}} */

/* segment, mentions {{{ */

/* Reads a text to analyse as it is: no header lines, no normalisation, so
 * that offsets and printed sentences match the bytes other tools see. */
GBytes *
_dm_cli_read_text (const char  *input,
                   const char **origin,
                   GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *data;
  const char *end;
  gsize length;

  if (g_str_equal (input, "-"))
    {
      *origin = _(DM_CLI_STDIN_NAME);
      if (!(bytes = _dm_cli_read_standard_input (error)))
        return NULL;
    }
  else
    {
      g_autofree char *contents = NULL;

      *origin = input;
      if (!g_file_get_contents (input, &contents, &length, &local_error))
        {
          g_set_error (error, G_FILE_ERROR, local_error->code, "%s", local_error->message);
          return NULL;
        }
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
    }

  data = g_bytes_get_data (bytes, &length);
  if (length > 0 && memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: this looks like a binary file, not text"), *origin);
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("%s: not valid UTF-8 text (invalid byte at offset %" G_GSIZE_FORMAT ")"),
                   *origin, (gsize) (end - data));
      return NULL;
    }

  /* A byte-order mark is not part of the text. */
  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    return g_bytes_new_from_bytes (bytes, 3, length - 3);

  return g_steal_pointer (&bytes);
}

static gboolean
run_segment (DmCli   *cli,
             char   **args,
             GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *lines = NULL;
  const char *origin;
  const char *data;
  gsize length;

  context = _dm_cli_context_new (cli, NULL);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 0, 1, NULL, error))
    return FALSE;

  if (!(bytes = _dm_cli_read_text (args[1] != NULL ? args[1] : "-", &origin, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (cli->json)
    {
      g_autoptr(GArray) sentences = dm_segment_sentences (data != NULL ? data : "", length);
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < sentences->len; i++)
        {
          const DmSentence *sentence = &g_array_index (sentences, DmSentence, i);
          g_autofree char *text = g_strndup (data + sentence->byte_start,
                                             sentence->byte_end - sentence->byte_start);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, sentence->start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, sentence->end);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      dm_cli_json_print (builder);
      return TRUE;
    }

  lines = dm_segment_format_lines (data != NULL ? data : "", length);
  dm_cli_write (lines);
  return TRUE;
}

static gboolean
run_mentions (DmCli   *cli,
              char   **args,
              GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(DmMentionFinder) finder = NULL;
  const char *origin;
  const char *data;
  gsize length;

  context = _dm_cli_context_new (cli, NULL);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 0, 1, NULL, error))
    return FALSE;

  if (!(bytes = _dm_cli_read_text (args[1] != NULL ? args[1] : "-", &origin, error)))
    return FALSE;

  if (!_dm_cli_open_store (cli, error) || !(actors = dm_store_dup_actors (cli->store, error)))
    return FALSE;

  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);

      g_hash_table_insert (names, (gpointer) dm_actor_get_uuid (actor), (gpointer) dm_actor_get_name (actor));
    }

  finder = dm_mention_finder_new (actors);
  data = g_bytes_get_data (bytes, &length);
  mentions = dm_mention_finder_find (finder, data != NULL ? data : "", length);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();

      json_builder_begin_array (builder);
      for (guint i = 0; i < mentions->len; i++)
        {
          const DmMention *mention = g_ptr_array_index (mentions, i);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "start");
          json_builder_add_int_value (builder, mention->start);
          json_builder_set_member_name (builder, "end");
          json_builder_add_int_value (builder, mention->end);
          json_builder_set_member_name (builder, "actor");
          json_builder_add_string_value (builder, g_hash_table_lookup (names, mention->actor_uuid));
          json_builder_set_member_name (builder, "actor_uuid");
          json_builder_add_string_value (builder, mention->actor_uuid);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, dm_mention_kind_to_string (mention->kind));
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, mention->text);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      dm_cli_json_print (builder);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      for (guint i = 0; i < mentions->len; i++)
        {
          const DmMention *mention = g_ptr_array_index (mentions, i);

          g_string_append_printf (out, "%u\t%u\t%s\t%s\n", mention->start, mention->end,
                                  (const char *) g_hash_table_lookup (names, mention->actor_uuid),
                                  mention->text);
        }
      dm_cli_write (out->str);
    }

  return TRUE;
}

/* }}} */

/* help {{{ */

static gboolean
run_help (DmCli   *cli,
          char   **args,
          GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  const DmCliCommand *command;
  char *help_args[3] = { NULL, (char *) "--help", NULL };
  g_auto(GStrv) command_args = NULL;

  context = _dm_cli_context_new (cli, NULL);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 0, 1, NULL, error))
    return FALSE;

  if (args[1] == NULL)
    {
      print_global_help ();
      return TRUE;
    }

  if (!(command = lookup_command (args[1])))
    {
      _dm_cli_set_usage_error (error, _("unknown command “%s”"), args[1]);
      return FALSE;
    }

  /* The command prints its own help, from the same option table it parses. */
  help_args[0] = (char *) command->name;
  command_args = g_strdupv (help_args);
  cli->command = command;
  cli->help = FALSE;
  return command->run (cli, command_args, error);
}

/* }}} */

/* Commands {{{ */

static const DmCliCommand commands[] = {
  {
    "import", N_("[FILE…|-]"),
    N_("Import plain-text articles."),
    N_("Each FILE (or standard input, “-”) is one article in UTF-8. It may open with\n"
       "“Title:”, “Source:”, “URL:”, “Date:” and “Language:” lines; the options above\n"
       "override them and apply to a single input only. Several files are imported\n"
       "together: if one cannot be read, none is imported.\n"
       "\n"
       "Prints one line per article: its uuid and its title.\n"
       "\n"
       "Example:\n"
       "  demarche-cli import --date 2023-02-24 --source Belta statement.txt"),
    TRUE, run_import,
  },
  {
    "list", N_("articles|actors|topics|annotations"),
    N_("List articles, actors, topics or annotations."),
    N_("Articles are listed newest first with the first 8 characters of their uuid,\n"
       "which is enough to name them in other commands.\n"
       "\n"
       "Example:\n"
       "  demarche-cli list annotations --article 5d0c7a52"),
    TRUE, run_list,
  },
  {
    "show", N_("ARTICLE"),
    N_("Show an article: its metadata, text and annotations."),
    N_("ARTICLE is a uuid, the start of a uuid (4 characters or more), or a part of\n"
       "the title that only one article has."),
    TRUE, run_show,
  },
  {
    "annotate", N_("ARTICLE"),
    N_("Annotate a span of an article with actors, a topic and a stance."),
    N_("The span is given by code-point offsets (--start, --end; end excluded) or by\n"
       "its exact text (--quote; --occurrence K takes the K-th match). Actors and\n"
       "targets are named by name, code, alias, demonym, capital or uuid; topics by\n"
       "uuid, path (“Ukraine war › Peace talks”, also with > or /) or name.\n"
       "Several --actor options code a joint statement. Nothing is saved unless\n"
       "everything is valid.\n"
       "\n"
       "Prints the uuid of the new annotation.\n"
       "\n"
       "Example:\n"
       "  demarche-cli annotate Belarus --quote \"no more alternatives\" \\\n"
       "      --actor Belarus --actor China --topic \"Ukraine war › Peace talks\" \\\n"
       "      --create-topic --polarity supports --mode reported-speech"),
    TRUE, run_annotate,
  },
  {
    "search", N_("QUERY…"),
    N_("Search article texts and annotation quotes and notes."),
    N_("Every word must match, as a word or the start of one; \"quoted words\" must\n"
       "match as a phrase. Matches are shown between [ and ]."),
    TRUE, run_search,
  },
  {
    "compare", N_("A B"),
    N_("Compare two actors' positions, topic by topic."),
    N_("For each topic either actor spoke on: each side's dominant stance with its\n"
       "quotes (newest first), how it moved over time, and the relation: agree,\n"
       "disagree, partly, only A or only B; then the agreement figure on the shared\n"
       "topics. A person's statements count for the actor they represented on the\n"
       "article's date, and a joint statement for each of its actors (--no-rollup\n"
       "compares two persons as themselves). Actors are named by name, code, alias,\n"
       "demonym, capital or uuid; a name that matches nothing gets suggestions.\n"
       "\n"
       "Dates are YYYY-MM-DD, YYYY-MM or YYYY; topics are named by path or name and\n"
       "include their sub-topics; modes are direct-quote, reported-speech,\n"
       "paraphrase, spokesperson and unspecified. --depth 1 compares root topics,\n"
       "their sub-topics folded in; the default compares topics as coded.\n"
       "\n"
       "Formats: text, a table for a terminal; json, everything, for scripts; html, a\n"
       "self-contained printable report; csv, one row per topic.\n"
       "\n"
       "Example:\n"
       "  demarche-cli compare China \"European Union\" --topic \"Ukraine war\" \\\n"
       "      --format html -o china-eu.html"),
    FALSE, _dm_cli_run_compare,
  },
  {
    "matrix", N_("A B [C…]"),
    N_("Pairwise agreement of several actors on their shared topics."),
    N_("One cell per pair of actors: agreement on the topics both spoke on, with\n"
       "the number of those topics. The filters are those of compare (see\n"
       "“demarche-cli help compare”); formats are text, json and csv.\n"
       "\n"
       "Example:\n"
       "  demarche-cli matrix China Russia Belarus \"European Union\" --from 2023"),
    FALSE, _dm_cli_run_matrix,
  },
  {
    "export", NULL,
    N_("Export annotations: a JSON set, CSV, W3C Web Annotation or GraphML."),
    N_("json is Demarche's annotated set: the whole codebook, and the articles and\n"
       "annotations in scope; import-set reads it back. csv has one row per\n"
       "annotation and speaking actor, for spreadsheets, R and pandas. w3c is W3C\n"
       "Web Annotation (JSON-LD) for other annotation tools. graphml is a network\n"
       "for Gephi or NetworkX: actors and topics, or actors and their agreement.\n"
       "\n"
       "The scope options combine: only the annotations that pass all of them, and\n"
       "with --actor, --topic or --coder only the articles that keep one.\n"
       "\n"
       "Example:\n"
       "  demarche-cli export --format csv --from 2023-01 --coder ana -o ana-2023.csv"),
    FALSE, _dm_cli_run_export,
  },
  {
    "import-set", N_("FILE|-"),
    N_("Merge an annotated set (JSON) or W3C Web Annotations into the database."),
    N_("The format is recognised from the file. A Demarche set is merged by uuid:\n"
       "new rows are added, rows with a newer “updated” time replace the local ones,\n"
       "and rows that differ otherwise are kept as they are and reported as\n"
       "conflicts. The set is checked as a whole first: if anything is wrong with\n"
       "it, nothing is imported.\n"
       "\n"
       "W3C Web Annotations are placed on the matching articles of the database, by\n"
       "position when the text there is still the quote, else by the quote with its\n"
       "prefix and suffix (reanchored); an annotation that cannot be placed, or\n"
       "names an unknown actor or topic, is reported and not imported."),
    TRUE, _dm_cli_run_import_set,
  },
  {
    "agreement", N_("[SET_A SET_B]"),
    N_("How far two coders agree: percentage, Cohen's kappa, Krippendorff's alpha."),
    N_("Compares two coders of one database (--coder A --coder B), or two annotated\n"
       "sets (all their annotations, or with --coder A --coder B the first coder's in\n"
       "SET_A and the second's in SET_B), on the articles both coded. Spans that\n"
       "overlap by half of the shorter one are one unit; on the units both marked,\n"
       "actors, topic and polarity each get the percentage of agreement, Cohen's\n"
       "kappa and Krippendorff's alpha (nominal), with the number of units they rest\n"
       "on. Then the disagreements to adjudicate.\n"
       "\n"
       "Examples:\n"
       "  demarche-cli agreement --coder ana --coder ben\n"
       "  demarche-cli agreement ana.json ben.json --format json"),
    FALSE, _dm_cli_run_agreement,
  },
  {
    "retext", N_("ARTICLE FILE|-"),
    N_("Replace an article's text with a corrected one; annotations follow it."),
    N_("FILE (or standard input) is the whole new text in UTF-8, as it is: no header\n"
       "lines. Every annotation of the article is found again by its quote with its\n"
       "prefix and suffix, exactly or, for a corrected typo, approximately near its\n"
       "old place. One that cannot be placed with confidence is kept, marked as an\n"
       "orphan, and listed: place it by hand with “place”. Text and annotations\n"
       "change together or not at all.\n"
       "\n"
       "Prints how many annotations moved and how many are orphans.\n"
       "\n"
       "Example:\n"
       "  demarche-cli retext \"peace talks\" corrected.txt"),
    TRUE, _dm_cli_run_retext,
  },
  {
    "place", N_("ANNOTATION"),
    N_("Place an annotation (an orphan) on a span of its article by hand."),
    N_("ANNOTATION is a uuid or its first characters, as “list annotations” shows\n"
       "them. The span is given by code-point offsets (--start, --end; end\n"
       "excluded) or by its exact text (--quote, --occurrence K). The quote is taken\n"
       "from the text there and the orphan mark is cleared; the coding is kept.\n"
       "\n"
       "Example:\n"
       "  demarche-cli place 1b9e04c2 --quote \"the only way to resolve the conflict\""),
    TRUE, _dm_cli_run_place,
  },
  {
    "segment", N_("[FILE|-]"),
    N_("Split a text into sentences, one per line."),
    N_("Reads FILE (or standard input) as UTF-8 text, exactly as it is, and prints\n"
       "each sentence on a line of its own, as it stands in the text; a line break\n"
       "inside a sentence is printed as a space. With --json, each sentence comes\n"
       "with its start and end in code points."),
    TRUE, run_segment,
  },
  {
    "mentions", N_("[FILE|-]"),
    N_("Find the codebook's actors mentioned in a text."),
    N_("Reads FILE (or standard input) as UTF-8 text and prints, for every mention of\n"
       "an actor of the database's codebook — names, acronyms, demonyms, capitals,\n"
       "persons — a line START<TAB>END<TAB>ACTOR<TAB>TEXT, with START and END in code\n"
       "points (END excluded)."),
    TRUE, run_mentions,
  },
  {
    "help", N_("[COMMAND]"),
    N_("Show help for demarche-cli or for one command."),
    NULL,
    FALSE, run_help,
  },
};

static const DmCliCommand *
lookup_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (g_str_equal (commands[i].name, name))
        return &commands[i];
    }

  return NULL;
}

static char *
dup_global_description (void)
{
  g_autoptr(GString) text = g_string_new (_("Commands:\n"));
  g_autofree char *default_path = dm_store_dup_default_path ();

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-12s %s\n", commands[i].name, _(commands[i].summary));

  g_string_append_printf (text,
                          _("\n"
                            "Run “%s help COMMAND” or “%s COMMAND --help” for a command's options.\n"
                            "\n"
                            "Without --db the database is\n"
                            "  %s\n"
                            "created on first use with the default codebook and the sample article.\n"
                            "A database named with --db is created if missing, and one that has no\n"
                            "actors yet (new or empty) first receives the default codebook and the\n"
                            "sample article, so that actors can be named at once.\n"
                            "\n"
                            "Exit status: 0 on success; 1 on an error, which one line on standard\n"
                            "error describes, naming the file; 2 on a usage error. A command that\n"
                            "fails leaves the database as it was."),
                          PROGRAM, PROGRAM, default_path);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GOptionContext *
global_context_new (DmCli    *cli,
                    gboolean *version)
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &cli->db_path,
      N_("Use the database FILE instead of the default one"), N_("FILE") },
    { "version", 0, 0, G_OPTION_ARG_NONE, version, N_("Show the version"), NULL },
    { "help", 'h', 0, G_OPTION_ARG_NONE, &cli->help, N_("Show this help"), NULL },
    { NULL }
  };
  g_autofree char *description = dup_global_description ();
  GOptionContext *context;

  context = g_option_context_new (_("COMMAND [ARGUMENT…]"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_help_enabled (context, FALSE);
  /* Options after the command belong to the command. */
  g_option_context_set_strict_posix (context, TRUE);
  g_option_context_set_summary (context, _("Import, annotate, compare and exchange diplomatic texts."));
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);

  return context;
}

static void
print_global_help (void)
{
  DmCli cli = { 0 };
  gboolean version = FALSE;
  g_autoptr(GOptionContext) context = global_context_new (&cli, &version);
  g_autofree char *help = NULL;

  g_set_prgname (PROGRAM);
  help = g_option_context_get_help (context, TRUE, NULL);
  dm_cli_write (help);
}

/* }}} */

static int
report_error (DmCli        *cli,
              const GError *error)
{
  if (error->domain == G_OPTION_ERROR)
    {
      g_autofree char *hint = NULL;

      if (cli->command != NULL)
        hint = g_strdup_printf ("%s %s --help", PROGRAM, cli->command->name);
      else
        hint = g_strdup_printf ("%s --help", PROGRAM);

      g_printerr (_("%s: %s (see “%s”)\n"), PROGRAM, error->message, hint);
      return DM_CLI_EXIT_USAGE;
    }

  g_printerr ("%s: %s\n", PROGRAM, error->message);
  return DM_CLI_EXIT_FAILURE;
}

/**
 * dm_cli_run:
 *
 * Runs one demarche-cli command line.
 *
 * Returns: the exit status: 0 on success, 1 on an error, 2 on a usage error
 */
int
dm_cli_run (int    argc,
            char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = NULL;
  DmCli cli = { 0 };
  gboolean version = FALSE;
  gboolean ok;
  int status = DM_CLI_EXIT_SUCCESS;

  g_set_prgname (PROGRAM);

  args = g_new0 (char *, argc + 1);
  for (int i = 0; i < argc; i++)
    args[i] = g_strdup (argv[i]);

  context = global_context_new (&cli, &version);
  ok = g_option_context_parse_strv (context, &args, &error);

  if (ok && version)
    {
      dm_cli_write (PROGRAM " " PACKAGE_VERSION "\n");
    }
  else if (ok && cli.help)
    {
      print_global_help ();
    }
  else if (ok)
    {
      const char *name = args[1];

      if (name != NULL && g_str_equal (name, "--"))
        name = args[2];

      if (name == NULL)
        {
          _dm_cli_set_usage_error (&error, _("no command given"));
          ok = FALSE;
        }
      else if (!(cli.command = lookup_command (name)))
        {
          _dm_cli_set_usage_error (&error, _("unknown command “%s”"), name);
          ok = FALSE;
        }
      else
        ok = cli.command->run (&cli, &args[name == args[1] ? 1 : 2], &error);
    }

  if (!ok)
    status = report_error (&cli, error);

  /* A full disk or a closed pipe must not pass for success. */
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      if (status == DM_CLI_EXIT_SUCCESS)
        g_printerr (_("%s: standard output: %s\n"), PROGRAM, g_strerror (errno));
      status = status != DM_CLI_EXIT_SUCCESS ? status : DM_CLI_EXIT_FAILURE;
    }

  cli_clear (&cli);

  return status;
}
