/* dm-cli-editing.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-cli-editing"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dm-cli-output.h"
#include "dm-cli-private.h"

/* retext and place (issue 6, re-anchoring): correct an article's text and
 * let core find its annotations again; place by hand what it could not. */

#define QUOTE_CHARS       60
#define MIN_UUID_PREFIX   4

/* Helpers {{{ */

static GPtrArray *
dup_orphans (DmCli       *cli,
             const char  *article_uuid,
             GError     **error)
{
  g_autoptr(GPtrArray) annotations = dm_store_dup_annotations (cli->store, article_uuid, error);
  GPtrArray *orphans;

  if (annotations == NULL)
    return NULL;

  orphans = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);

      if (dm_annotation_get_orphan (annotation))
        g_ptr_array_add (orphans, g_object_ref (annotation));
    }

  return orphans;
}

/* An annotation by uuid or by the start of one, as "list annotations"
 * shows them (the first 8 characters). */
static DmAnnotation *
resolve_annotation (DmCli       *cli,
                    const char  *reference,
                    GError     **error)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autofree char *prefix = g_ascii_strdown (reference, -1);
  DmAnnotation *found = NULL;
  guint n_found = 0;

  if (g_uuid_string_is_valid (reference))
    return dm_store_lookup_annotation (cli->store, prefix, error);

  if (strlen (prefix) >= MIN_UUID_PREFIX)
    {
      if (!(annotations = dm_store_dup_annotations (cli->store, NULL, error)))
        return NULL;

      for (guint i = 0; i < annotations->len; i++)
        {
          DmAnnotation *annotation = g_ptr_array_index (annotations, i);

          if (g_str_has_prefix (dm_annotation_get_uuid (annotation), prefix))
            {
              found = annotation;
              n_found++;
            }
        }
    }

  if (n_found == 1)
    return g_object_ref (found);

  if (n_found > 1)
    g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND,
                 _("“%s” matches %u annotations; give more of the uuid"), reference, n_found);
  else
    g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND,
                 _("no annotation matches “%s” (give its uuid or its first %u characters or more)"),
                 reference, MIN_UUID_PREFIX);
  return NULL;
}

static void
append_annotation_line (GString      *out,
                        const char   *label,
                        DmAnnotation *annotation)
{
  g_autofree char *uuid = dm_cli_dup_short_uuid (dm_annotation_get_uuid (annotation));
  g_autofree char *quote = dm_cli_dup_one_line (dm_annotation_get_quote (annotation), QUOTE_CHARS);

  g_string_append_printf (out, "%s: %s  %u–%u  “%s”\n", label, uuid,
                          dm_annotation_get_start (annotation), dm_annotation_get_end (annotation), quote);
}

/* }}} */

/* retext {{{ */

gboolean
_dm_cli_run_retext (DmCli   *cli,
                    char   **args,
                    GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GPtrArray) orphans = NULL;
  g_autofree char *body = NULL;
  const char *origin;
  const char *data;
  gsize length;
  guint moved = 0;
  guint orphaned;

  context = _dm_cli_context_new (cli, NULL);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 2, 2, _("ARTICLE and FILE (or - for standard input)"), error))
    return FALSE;

  /* The text is read and checked before the database is opened. */
  if (!(bytes = _dm_cli_read_text (args[2], &origin, error)))
    return FALSE;

  data = g_bytes_get_data (bytes, &length);
  if (length == 0)
    {
      g_autofree char *name = g_str_equal (args[2], "-") ? g_strdup (origin) : g_filename_display_name (origin);

      g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT, _("%s: the file is empty; an article needs a text"), name);
      return FALSE;
    }
  body = g_strndup (data, length);

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  if (!(article = dm_store_resolve_article (cli->store, args[1], error)))
    return _dm_cli_fail_in_database (cli, error);

  if (!dm_store_update_article_text (cli->store, dm_article_get_uuid (article), body, &moved, NULL, error))
    return _dm_cli_fail_in_database (cli, error);

  /* Counted again rather than taken from core: a text that did not change
   * leaves the counts at 0, but its old orphans are still there. */
  if (!(orphans = dup_orphans (cli, dm_article_get_uuid (article), error)))
    return _dm_cli_fail_in_database (cli, error);
  orphaned = orphans->len;

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(DmCliNames) names = dm_cli_names_new (cli->store, error);

      if (names == NULL)
        return _dm_cli_fail_in_database (cli, error);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "article");
      json_builder_add_string_value (builder, dm_article_get_uuid (article));
      json_builder_set_member_name (builder, "moved");
      json_builder_add_int_value (builder, moved);
      json_builder_set_member_name (builder, "orphaned");
      json_builder_add_int_value (builder, orphaned);
      json_builder_set_member_name (builder, "orphans");
      json_builder_begin_array (builder);
      for (guint i = 0; i < orphans->len; i++)
        dm_cli_json_add_annotation (builder, g_ptr_array_index (orphans, i), names);
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      dm_cli_json_print (builder);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      g_string_append_printf (out, _("moved: %u\n"), moved);
      g_string_append_printf (out, _("orphaned: %u\n"), orphaned);
      for (guint i = 0; i < orphans->len; i++)
        append_annotation_line (out, _("orphan"), g_ptr_array_index (orphans, i));
      dm_cli_write (out->str);
    }

  return TRUE;
}

/* }}} */

/* place {{{ */

gboolean
_dm_cli_run_place (DmCli   *cli,
                   char   **args,
                   GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(DmAnnotation) placed = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autofree char *start_arg = NULL;
  g_autofree char *end_arg = NULL;
  g_autofree char *quote = NULL;
  g_autofree char *occurrence_arg = NULL;
  const GOptionEntry entries[] = {
    { "start", 0, 0, G_OPTION_ARG_STRING, &start_arg, N_("First character of the span (code points from 0)"), N_("N") },
    { "end", 0, 0, G_OPTION_ARG_STRING, &end_arg, N_("Character after the span"), N_("N") },
    { "quote", 0, 0, G_OPTION_ARG_STRING, &quote, N_("The span's exact text, instead of --start and --end"), N_("TEXT") },
    { "occurrence", 0, 0, G_OPTION_ARG_STRING, &occurrence_arg, N_("With --quote, take the K-th match (default 1)"), N_("K") },
    { NULL }
  };
  guint start = 0;
  guint end = 0;
  guint occurrence = 1;

  context = _dm_cli_context_new (cli, entries);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 1, 1, _("ANNOTATION"), error))
    return FALSE;

  if (!_dm_cli_parse_span (quote, start_arg, end_arg, occurrence_arg, &start, &end, &occurrence, error))
    return FALSE;
  if (quote == NULL && end <= start)
    {
      _dm_cli_set_usage_error (error, _("--end must be greater than --start"));
      return FALSE;
    }

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  if (!(annotation = resolve_annotation (cli, args[1], error)))
    return _dm_cli_fail_in_database (cli, error);

  if (quote != NULL)
    {
      if (!(article = dm_store_lookup_article (cli->store, dm_annotation_get_article_uuid (annotation), error)))
        return _dm_cli_fail_in_database (cli, error);
      if (!_dm_cli_find_quote (cli, article, quote, occurrence, &start, &end, error))
        return FALSE;
    }

  if (!dm_store_place_annotation (cli->store, dm_annotation_get_uuid (annotation), start, end, error) ||
      !(placed = dm_store_lookup_annotation (cli->store, dm_annotation_get_uuid (annotation), error)))
    return _dm_cli_fail_in_database (cli, error);

  if (cli->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(DmCliNames) names = dm_cli_names_new (cli->store, error);

      if (names == NULL)
        return _dm_cli_fail_in_database (cli, error);

      dm_cli_json_add_annotation (builder, placed, names);
      dm_cli_json_print (builder);
    }
  else
    {
      g_autoptr(GString) out = g_string_new (NULL);

      append_annotation_line (out, _("placed"), placed);
      dm_cli_write (out->str);
    }

  return TRUE;
}

/* }}} */
