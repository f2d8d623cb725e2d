/* dm-cli-analysis.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-cli-analysis"

#include "config.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <glib/gi18n.h>

#include "dm-cli-output.h"
#include "dm-cli-private.h"

/* compare and matrix (issue 5), agreement (issue 6): the analyses. Core
 * computes and renders them; this file turns options into a query, names
 * the actors, and writes the rendering out. */

#define DEFAULT_QUOTES 3

static const char * const compare_formats[] = { "text", "json", "html", "csv", NULL };
static const char * const matrix_formats[] = { "text", "json", "csv", NULL };
static const char * const agreement_formats[] = { "text", "json", NULL };

typedef enum
{
  FORMAT_TEXT,
  FORMAT_JSON,
  FORMAT_HTML,
  FORMAT_CSV,
} Format;

/* The filters compare and matrix share, as parsed. */
typedef struct
{
  char      *from;
  char      *to;
  char     **topics;
  char     **sources;
  char     **coders;
  char     **modes;
  char      *depth;
  gboolean   no_rollup;
  char      *format;
  char      *output;
} Filters;

/* The two-sets form of agreement: each set in a store of its own. */
typedef struct
{
  DmStore   *store;
  GPtrArray *annotations;
  char      *name;   /* the file, for messages */
  char      *label;  /* the coder, or the file's base name, for reports */
} CodedSet;

/* Helpers {{{ */

static void
filters_clear (Filters *filters)
{
  g_clear_pointer (&filters->from, g_free);
  g_clear_pointer (&filters->to, g_free);
  g_clear_pointer (&filters->topics, g_strfreev);
  g_clear_pointer (&filters->sources, g_strfreev);
  g_clear_pointer (&filters->coders, g_strfreev);
  g_clear_pointer (&filters->modes, g_strfreev);
  g_clear_pointer (&filters->depth, g_free);
  g_clear_pointer (&filters->format, g_free);
  g_clear_pointer (&filters->output, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Filters, filters_clear)

static void
coded_set_clear (CodedSet *set)
{
  g_clear_object (&set->store);
  g_clear_pointer (&set->annotations, g_ptr_array_unref);
  g_clear_pointer (&set->name, g_free);
  g_clear_pointer (&set->label, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CodedSet, coded_set_clear)

/* The option table of compare and matrix: the filters, then @extra. */
static GArray *
filter_entries_new (Filters            *filters,
                    const GOptionEntry *extra)
{
  const GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_STRING, &filters->from,
      N_("Only articles published on or after DATE"), N_("DATE") },
    { "to", 0, 0, G_OPTION_ARG_STRING, &filters->to, N_("Only articles published on or before DATE"), N_("DATE") },
    { "topic", 0, 0, G_OPTION_ARG_STRING_ARRAY, &filters->topics,
      N_("Only TOPIC and its sub-topics (repeatable)"), N_("TOPIC") },
    { "source", 0, 0, G_OPTION_ARG_STRING_ARRAY, &filters->sources,
      N_("Only articles from SOURCE, as written (repeatable)"), N_("SOURCE") },
    { "coder", 0, 0, G_OPTION_ARG_STRING_ARRAY, &filters->coders,
      N_("Only annotations by CODER (repeatable)"), N_("CODER") },
    { "mode", 0, 0, G_OPTION_ARG_STRING_ARRAY, &filters->modes,
      N_("Only statements attributed in MODE (repeatable)"), N_("MODE") },
    { "no-rollup", 0, 0, G_OPTION_ARG_NONE, &filters->no_rollup,
      N_("A person's statements count for the person only"), NULL },
    { "depth", 0, 0, G_OPTION_ARG_STRING, &filters->depth,
      N_("Fold sub-topics into their ancestor at depth N"), N_("N") },
  };
  GArray *all = g_array_new (TRUE, TRUE, sizeof (GOptionEntry));

  g_array_append_vals (all, entries, G_N_ELEMENTS (entries));
  for (guint i = 0; extra[i].long_name != NULL; i++)
    g_array_append_val (all, extra[i]);

  return all;
}

/* @allowed: the formats the command has */
static gboolean
parse_format (const char         *value,
              const char * const *allowed,
              Format             *format,
              GError            **error)
{
  static const char * const names[] = {
    [FORMAT_TEXT] = "text",
    [FORMAT_JSON] = "json",
    [FORMAT_HTML] = "html",
    [FORMAT_CSV] = "csv",
  };
  g_autofree char *list = NULL;

  if (value == NULL)
    {
      *format = FORMAT_TEXT;
      return TRUE;
    }

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (g_ascii_strcasecmp (value, names[i]) == 0 && g_strv_contains (allowed, names[i]))
        {
          *format = (Format) i;
          return TRUE;
        }
    }

  list = g_strjoinv (", ", (char **) allowed);
  _dm_cli_set_usage_error (error, _("--format: “%s” is not one of %s"), value, list);
  return FALSE;
}

/* Everything about the filters that can be wrong without a database. */
static gboolean
check_filters (Filters  *filters,
               guint    *modes,
               guint    *depth,
               GError  **error)
{
  *modes = 0;
  *depth = 0;

  if (!_dm_cli_check_dates (filters->from, filters->to, error) ||
      !_dm_cli_parse_count ("--depth", filters->depth, 0, depth, error))
    return FALSE;

  for (guint i = 0; filters->modes != NULL && filters->modes[i] != NULL; i++)
    {
      DmAttributionMode mode;

      if (!dm_attribution_mode_from_string (filters->modes[i], &mode))
        {
          _dm_cli_set_usage_error (error, _("--mode: “%s” is not one of direct-quote, reported-speech, "
                                            "paraphrase, spokesperson, unspecified"), filters->modes[i]);
          return FALSE;
        }
      *modes |= DM_ATTRIBUTION_MODE_BIT (mode);
    }

  return TRUE;
}

/* Topics are named as people name them and resolved in the open store. */
static DmComparisonQuery *
query_new (DmCli    *cli,
           Filters  *filters,
           guint     modes,
           guint     depth,
           GError  **error)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_auto(GStrv) topics = NULL;

  if (!(topics = _dm_cli_resolve_topics (cli, filters->topics, error)))
    return NULL;

  dm_comparison_query_set_from (query, filters->from);
  dm_comparison_query_set_to (query, filters->to);
  dm_comparison_query_set_topics (query, (const char * const *) topics);
  dm_comparison_query_set_sources (query, (const char * const *) filters->sources);
  dm_comparison_query_set_coders (query, (const char * const *) filters->coders);
  dm_comparison_query_set_modes (query, modes);
  dm_comparison_query_set_rollup (query, !filters->no_rollup);
  dm_comparison_query_set_depth (query, depth);

  return g_steal_pointer (&query);
}

/* Columns of the terminal the table is read on; 0 (the renderers'
 * default, 100) when the output goes to a file or a pipe, so that what a
 * script gets does not depend on the window it ran in. */
static guint
terminal_width (const char *output)
{
  struct winsize size;

  if (output != NULL && !g_str_equal (output, "-"))
    return 0;

  if (isatty (STDOUT_FILENO) && ioctl (STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
    return size.ws_col;

  return 0;
}

/* }}} */

/* compare {{{ */

gboolean
_dm_cli_run_compare (DmCli   *cli,
                     char   **args,
                     GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(DmComparisonQuery) query = NULL;
  g_autoptr(DmComparison) comparison = NULL;
  g_autoptr(DmActor) actor_a = NULL;
  g_autoptr(DmActor) actor_b = NULL;
  g_autofree char *quotes_arg = NULL;
  g_autofree char *text = NULL;
  g_auto(Filters) filters = { 0 };
  const GOptionEntry extra[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &filters.format,
      N_("text (the default), json, html or csv"), N_("FORMAT") },
    { "quotes", 0, 0, G_OPTION_ARG_STRING, &quotes_arg,
      N_("In text, N quotes per side and topic (default 3; 0 for all)"), N_("N") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &filters.output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  guint quotes = DEFAULT_QUOTES;
  guint modes, depth;
  Format format;

  entries = filter_entries_new (&filters, extra);
  context = _dm_cli_context_new (cli, (const GOptionEntry *) entries->data);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 2, 2, _("the two actors to compare: A B"), error) ||
      !parse_format (filters.format, compare_formats, &format, error) ||
      !_dm_cli_parse_count ("--quotes", quotes_arg, 0, &quotes, error) ||
      !check_filters (&filters, &modes, &depth, error))
    return FALSE;

  if (quotes_arg != NULL && format != FORMAT_TEXT)
    {
      _dm_cli_set_usage_error (error, _("--quotes applies to --format text only"));
      return FALSE;
    }

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  if (!(actor_a = _dm_cli_resolve_actor (cli, args[1], error)) ||
      !(actor_b = _dm_cli_resolve_actor (cli, args[2], error)) ||
      !(query = query_new (cli, &filters, modes, depth, error)))
    return FALSE;

  if (!(comparison = dm_comparison_new (cli->store, dm_actor_get_uuid (actor_a), dm_actor_get_uuid (actor_b),
                                        query, error)))
    return _dm_cli_fail_in_database (cli, error);

  switch (format)
    {
    case FORMAT_TEXT:
      text = dm_comparison_to_text (comparison, terminal_width (filters.output), quotes);
      break;
    case FORMAT_JSON:
      text = dm_comparison_to_json (comparison);
      break;
    case FORMAT_HTML:
      text = dm_comparison_to_html (comparison);
      break;
    case FORMAT_CSV:
      text = dm_comparison_to_csv (comparison);
      break;
    default:
      g_assert_not_reached ();
    }

  return _dm_cli_write_output (filters.output, text, error);
}

/* }}} */

/* matrix {{{ */

gboolean
_dm_cli_run_matrix (DmCli   *cli,
                    char   **args,
                    GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GArray) entries = NULL;
  g_autoptr(DmComparisonQuery) query = NULL;
  g_autoptr(DmComparisonMatrix) matrix = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) actors = NULL;
  g_auto(Filters) filters = { 0 };
  const GOptionEntry extra[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, &filters.format,
      N_("text (the default), json or csv"), N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &filters.output,
      N_("Write to FILE instead of standard output"), N_("FILE") },
    { NULL }
  };
  guint modes, depth;
  Format format;

  entries = filter_entries_new (&filters, extra);
  context = _dm_cli_context_new (cli, (const GOptionEntry *) entries->data);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!_dm_cli_expect_arguments (args, 2, G_MAXUINT, _("at least two actors: A B …"), error) ||
      !parse_format (filters.format, matrix_formats, &format, error) ||
      !check_filters (&filters, &modes, &depth, error))
    return FALSE;

  if (!_dm_cli_open_store (cli, error))
    return FALSE;

  if (!(actors = _dm_cli_resolve_actors (cli, &args[1], error)) ||
      !(query = query_new (cli, &filters, modes, depth, error)))
    return FALSE;

  if (!(matrix = dm_comparison_matrix_new (cli->store, (const char * const *) actors, query, error)))
    return _dm_cli_fail_in_database (cli, error);

  switch (format)
    {
    case FORMAT_TEXT:
      text = dm_comparison_matrix_to_text (matrix, terminal_width (filters.output));
      break;
    case FORMAT_JSON:
      text = dm_comparison_matrix_to_json (matrix);
      break;
    case FORMAT_CSV:
      text = dm_comparison_matrix_to_csv (matrix);
      break;
    case FORMAT_HTML:
    default:
      g_assert_not_reached ();
    }

  return _dm_cli_write_output (filters.output, text, error);
}

/* }}} */

/* agreement {{{ */

static gboolean
in_articles (DmAnnotation *annotation,
             GStrv         articles)
{
  return articles == NULL || articles[0] == NULL ||
         g_strv_contains ((const char * const *) articles, dm_annotation_get_article_uuid (annotation));
}

/* @coder: %NULL for every coder */
static GPtrArray *
select_annotations (GPtrArray  *all,
                    const char *coder,
                    GStrv       articles)
{
  GPtrArray *selected = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < all->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (all, i);

      if (coder != NULL && g_strcmp0 (dm_annotation_get_coder (annotation), coder) != 0)
        continue;
      if (!in_articles (annotation, articles))
        continue;

      g_ptr_array_add (selected, g_object_ref (annotation));
    }

  return selected;
}

/* Two coders of the database named with --db. */
static DmAgreement *
agreement_of_coders (DmCli       *cli,
                     char       **coders,
                     char       **article_refs,
                     GError     **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_auto(GStrv) articles = NULL;
  g_autoptr(GPtrArray) of_a = NULL;
  g_autoptr(GPtrArray) of_b = NULL;

  if (article_refs == NULL)
    {
      DmAgreement *agreement = dm_agreement_new_for_coders (cli->store, coders[0], coders[1], error);

      if (agreement == NULL)
        _dm_cli_fail_in_database (cli, error);
      return agreement;
    }

  if (!(articles = _dm_cli_resolve_articles (cli, article_refs, error)))
    return NULL;

  if (!(all = dm_store_dup_annotations (cli->store, NULL, error)))
    {
      _dm_cli_fail_in_database (cli, error);
      return NULL;
    }

  of_a = select_annotations (all, coders[0], articles);
  of_b = select_annotations (all, coders[1], articles);

  for (guint side = 0; side < 2; side++)
    {
      if ((side == 0 ? of_a : of_b)->len == 0)
        {
          g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, _("no annotations by coder “%s” in the articles given"),
                       coders[side]);
          _dm_cli_fail_in_database (cli, error);
          return NULL;
        }
    }

  return dm_agreement_new (of_a, of_b, coders[0], coders[1]);
}

/* A set is read into a database of its own, in memory, that holds nothing
 * else: the set's own codebook, articles and annotations. */
static gboolean
coded_set_load (CodedSet    *set,
                const char  *path,
                const char  *coder,
                GError     **error)
{
  g_autoptr(DmImportReport) report = dm_import_report_new ();
  g_autoptr(GPtrArray) all = NULL;

  set->name = g_filename_display_name (path);

  if (!(set->store = dm_store_open (":memory:", error)) ||
      !dm_json_set_import_file (set->store, path, report, error))
    return FALSE;

  if (!(all = dm_store_dup_annotations (set->store, NULL, error)))
    {
      g_prefix_error (error, "%s: ", set->name);
      return FALSE;
    }

  set->annotations = select_annotations (all, coder, NULL);
  set->label = coder != NULL ? g_strdup (coder) : g_path_get_basename (set->name);

  if (set->annotations->len == 0)
    {
      if (coder != NULL)
        g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, _("%s: no annotations by coder “%s”"), set->name, coder);
      else
        g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, _("%s: the set holds no annotations"), set->name);
      return FALSE;
    }

  return TRUE;
}

/* Keeps the annotations of the articles named, which are looked up in the
 * first set. */
static gboolean
coded_sets_restrict (CodedSet    *a,
                     CodedSet    *b,
                     char       **article_refs,
                     GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) articles = NULL;
  CodedSet *sets[2] = { a, b };

  if (article_refs == NULL)
    return TRUE;

  for (guint i = 0; article_refs[i] != NULL; i++)
    {
      g_autoptr(DmArticle) article = dm_store_resolve_article (a->store, article_refs[i], error);

      if (article == NULL)
        {
          g_prefix_error (error, "%s: ", a->name);
          return FALSE;
        }
      g_strv_builder_add (builder, dm_article_get_uuid (article));
    }
  articles = g_strv_builder_end (builder);

  for (guint i = 0; i < 2; i++)
    {
      GPtrArray *kept = select_annotations (sets[i]->annotations, NULL, articles);

      g_ptr_array_unref (sets[i]->annotations);
      sets[i]->annotations = kept;
    }

  return TRUE;
}

gboolean
_dm_cli_run_agreement (DmCli   *cli,
                       char   **args,
                       GError **error)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DmAgreement) agreement = NULL;
  g_autofree char *format_arg = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) coders = NULL;
  g_auto(GStrv) article_refs = NULL;
  g_auto(CodedSet) set_a = { 0 };
  g_auto(CodedSet) set_b = { 0 };
  const GOptionEntry entries[] = {
    { "coder", 0, 0, G_OPTION_ARG_STRING_ARRAY, &coders,
      N_("A coder to compare: give it twice, first coder A, then coder B"), N_("CODER") },
    { "article", 0, 0, G_OPTION_ARG_STRING_ARRAY, &article_refs,
      N_("Only ARTICLE (repeatable)"), N_("ARTICLE") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &format_arg, N_("text (the default) or json"), N_("FORMAT") },
    { NULL }
  };
  guint n_coders;
  gboolean from_sets;
  Format format;

  context = _dm_cli_context_new (cli, entries);
  if (!_dm_cli_parse_command_line (cli, context, &args, error))
    return FALSE;
  if (cli->help)
    return TRUE;

  if (!parse_format (format_arg, agreement_formats, &format, error))
    return FALSE;

  n_coders = coders != NULL ? g_strv_length (coders) : 0;
  from_sets = g_strv_length (args) > 1;

  if (from_sets && !_dm_cli_expect_arguments (args, 2, 2, _("the second set: SET_A SET_B"), error))
    return FALSE;

  if (!from_sets && n_coders != 2)
    {
      _dm_cli_set_usage_error (error, _("give two coders (--coder A --coder B) or two sets (SET_A SET_B)"));
      return FALSE;
    }
  if (from_sets && n_coders != 0 && n_coders != 2)
    {
      _dm_cli_set_usage_error (error, _("with two sets, give no --coder or two: one for each set"));
      return FALSE;
    }
  if (n_coders == 2 && !from_sets && g_str_equal (coders[0], coders[1]))
    {
      _dm_cli_set_usage_error (error, _("compare two different coders, not “%s” with itself"), coders[0]);
      return FALSE;
    }

  if (!from_sets)
    {
      if (!_dm_cli_open_store (cli, error) ||
          !(agreement = agreement_of_coders (cli, coders, article_refs, error)))
        return FALSE;
    }
  else
    {
      if (!coded_set_load (&set_a, args[1], n_coders == 2 ? coders[0] : NULL, error) ||
          !coded_set_load (&set_b, args[2], n_coders == 2 ? coders[1] : NULL, error) ||
          !coded_sets_restrict (&set_a, &set_b, article_refs, error))
        return FALSE;

      agreement = dm_agreement_new (set_a.annotations, set_b.annotations, set_a.label, set_b.label);
    }

  /* Names come from the database, or the first set's codebook. */
  if (format == FORMAT_JSON)
    text = dm_agreement_to_json (agreement, from_sets ? set_a.store : cli->store);
  else
    text = dm_agreement_to_text (agreement, from_sets ? set_a.store : cli->store);

  dm_cli_write (text);
  return TRUE;
}

/* }}} */
