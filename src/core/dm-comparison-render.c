/* dm-comparison-render.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-render"

#include "config.h"

#include <string.h>

#include "dm-comparison-private.h"

/* Text, JSON and CSV renderings of DmComparison and DmComparisonMatrix, so
 * that demarche-cli only parses options and prints. The HTML report is in
 * dm-comparison-report.c. */

#define DEFAULT_WIDTH    100
#define MIN_WIDTH        60
#define JSON_FORMAT      "demarche-comparison"
#define JSON_MATRIX      "demarche-comparison-matrix"
#define COMPARISON_JSON_VERSION 1

/* Helpers {{{ */

static const char *
side_letter (DmComparisonSide side)
{
  return side == DM_COMPARISON_SIDE_A ? "a" : "b";
}

/* Terminal output must not carry control characters from article text: an
 * escape sequence in a title could rewrite the screen. Newlines and tabs
 * become spaces, other controls U+FFFD. */
static char *
dup_printable (const char *text)
{
  GString *out = g_string_sized_new (text != NULL ? strlen (text) : 0);

  for (const char *p = text; p != NULL && *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\n' || c == '\r' || c == '\t')
        g_string_append_c (out, ' ');
      else if (g_unichar_iscntrl (c))
        g_string_append_unichar (out, 0xfffd);
      else
        g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

static guint
char_width (gunichar c)
{
  if (g_unichar_iszerowidth (c))
    return 0;
  if (g_unichar_iswide (c))
    return 2;
  return 1;
}

static guint
text_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    width += char_width (g_utf8_get_char (p));

  return width;
}

/* Greedy word wrap to @width terminal columns; words longer than a line
 * are cut. Appends the lines to @lines, each prefixed with @indent. */
static void
wrap_into (GPtrArray  *lines,
           const char *text,
           guint       width,
           const char *indent)
{
  g_autofree char *clean = dup_printable (text);
  g_auto(GStrv) words = g_strsplit (clean, " ", -1);
  g_autoptr(GString) line = g_string_new (indent);
  guint indent_width = text_width (indent);
  guint line_width = indent_width;

  if (width <= indent_width + 1)
    width = indent_width + 2;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *word = words[i];
      guint word_width = text_width (word);

      if (word[0] == '\0')
        continue;

      if (line_width > indent_width && line_width + 1 + word_width > width)
        {
          g_ptr_array_add (lines, g_strdup (line->str));
          g_string_assign (line, indent);
          line_width = indent_width;
        }

      if (line_width > indent_width)
        {
          g_string_append_c (line, ' ');
          line_width++;
        }

      for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
        {
          gunichar c = g_utf8_get_char (p);
          guint w = char_width (c);

          if (line_width + w > width && line_width > indent_width)
            {
              g_ptr_array_add (lines, g_strdup (line->str));
              g_string_assign (line, indent);
              line_width = indent_width;
            }
          g_string_append_unichar (line, c);
          line_width += w;
        }
    }

  if (line_width > indent_width || lines->len == 0)
    g_ptr_array_add (lines, g_strdup (line->str));
}

static void
append_padded (GString    *out,
               const char *text,
               guint       width)
{
  guint used = text_width (text);

  g_string_append (out, text);
  for (; used < width; used++)
    g_string_append_c (out, ' ');
}

static void
append_wrapped (GString    *out,
                const char *text,
                guint       width)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

  wrap_into (lines, text, width, "");
  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (out, "%s\n", (const char *) g_ptr_array_index (lines, i));
}

static char *
dup_percent (double agreement)
{
  return g_strdup_printf ("%.0f %%", agreement * 100.0);
}

static char *
dup_citation (DmComparisonEvidence *evidence)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  const char *published = dm_comparison_evidence_get_published (evidence);

  if (dm_comparison_evidence_get_speakers (evidence) != NULL)
    g_ptr_array_add (parts, (gpointer) dm_comparison_evidence_get_speakers (evidence));
  g_ptr_array_add (parts, (gpointer) (dm_comparison_evidence_get_article_title (evidence) != NULL
                                      ? dm_comparison_evidence_get_article_title (evidence)
                                      : "(untitled)"));
  if (dm_comparison_evidence_get_source (evidence) != NULL)
    g_ptr_array_add (parts, (gpointer) dm_comparison_evidence_get_source (evidence));
  g_ptr_array_add (parts, (gpointer) (published != NULL ? published : "undated"));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (" · ", (char **) parts->pdata);
}

/* "opposes (2: 1 opposes, 1 mixed)", or "supports (1)". */
static char *
dup_stance (DmComparisonRow  *row,
            DmComparisonSide  side)
{
  g_autoptr(GString) stance = g_string_new (NULL);
  guint total = g_list_model_get_n_items (dm_comparison_row_get_evidence (row, side));
  DmPolarity dominant = dm_comparison_row_get_polarity (row, side);
  guint kinds = 0;

  for (guint p = DM_POLARITY_NONE; p <= DM_POLARITY_MIXED; p++)
    kinds += dm_comparison_row_get_n_polarity (row, side, p) > 0;

  g_string_append (stance, dominant == DM_POLARITY_NONE ? "no polarity" : dm_polarity_to_string (dominant));
  if (kinds <= 1)
    g_string_append_printf (stance, " (%u)", total);
  else
    {
      gboolean first = TRUE;

      g_string_append_printf (stance, " (%u:", total);
      for (guint p = DM_POLARITY_SUPPORTS; p <= DM_POLARITY_MIXED + 1; p++)
        {
          /* "none" last: it is the least informative. */
          DmPolarity shown = p <= DM_POLARITY_MIXED ? p : DM_POLARITY_NONE;
          guint n = dm_comparison_row_get_n_polarity (row, side, shown);

          if (n == 0)
            continue;
          g_string_append_printf (stance, "%s %u %s", first ? "" : ",", n, dm_polarity_to_string (shown));
          first = FALSE;
        }
      g_string_append_c (stance, ')');
    }

  if (dm_comparison_row_get_shifting (row, side))
    g_string_append (stance, ", shifting");

  return g_string_free (g_steal_pointer (&stance), FALSE);
}

/* "2023-01-05 supports → 2023-06-01 opposes, 1 reversal", or NULL when
 * there is no movement to tell. */
static char *
dup_movement (DmComparisonRow  *row,
              DmComparisonSide  side)
{
  DmComparisonEvidence *first = dm_comparison_row_get_first (row, side);
  DmComparisonEvidence *last = dm_comparison_row_get_last (row, side);
  guint reversals = dm_comparison_row_get_reversals (row, side);

  if (first == NULL || last == NULL || first == last)
    return NULL;

  if (g_strcmp0 (dm_comparison_evidence_get_published (first), dm_comparison_evidence_get_published (last)) == 0 &&
      reversals == 0)
    return NULL;

  return g_strdup_printf ("%s %s → %s %s, %u reversal%s",
                          dm_comparison_evidence_get_published (first),
                          dm_polarity_to_string (dm_comparison_evidence_get_polarity (first)),
                          dm_comparison_evidence_get_published (last),
                          dm_polarity_to_string (dm_comparison_evidence_get_polarity (last)),
                          reversals, reversals == 1 ? "" : "s");
}

static const char *
relation_label (DmRelation relation)
{
  switch (relation)
    {
    case DM_RELATION_AGREE:
      return "AGREE";
    case DM_RELATION_DISAGREE:
      return "DISAGREE";
    case DM_RELATION_PARTLY:
      return "PARTLY";
    case DM_RELATION_ONLY_A:
      return "ONLY A";
    case DM_RELATION_ONLY_B:
      return "ONLY B";
    default:
      g_assert_not_reached ();
    }
}

/* }}} */

/* Text {{{ */

static GPtrArray *
side_lines (DmComparisonRow  *row,
            DmComparisonSide  side,
            guint             width,
            guint             max_quotes)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  GListModel *evidence = dm_comparison_row_get_evidence (row, side);
  guint n = g_list_model_get_n_items (evidence);
  guint shown = max_quotes > 0 ? MIN (n, max_quotes) : n;
  g_autofree char *stance = NULL;
  g_autofree char *movement = NULL;

  if (!dm_comparison_row_has_side (row, side))
    {
      g_ptr_array_add (lines, g_strdup ("—"));
      return lines;
    }

  stance = dup_stance (row, side);
  wrap_into (lines, stance, width, "");
  if ((movement = dup_movement (row, side)))
    wrap_into (lines, movement, width, "");

  for (guint i = 0; i < shown; i++)
    {
      g_autoptr(DmComparisonEvidence) item = g_list_model_get_item (evidence, i);
      g_autofree char *quote = g_strdup_printf ("“%s”%s", dm_comparison_evidence_get_quote (item),
                                                dm_comparison_evidence_get_key_quote (item) ? " ★" : "");
      g_autofree char *citation = dup_citation (item);
      DmPolarity polarity = dm_comparison_evidence_get_polarity (item);
      g_autofree char *cited = g_strdup_printf ("— %s · %s",
                                                polarity == DM_POLARITY_NONE ? "no polarity" : dm_polarity_to_string (polarity),
                                                citation);

      wrap_into (lines, quote, width, "");
      wrap_into (lines, cited, width, "  ");
    }

  if (shown < n)
    {
      g_autofree char *more = g_strdup_printf ("(+%u more)", n - shown);
      wrap_into (lines, more, width, "");
    }

  return lines;
}

static void
append_columns (GString   *out,
                GPtrArray *columns[4],
                guint      widths[4])
{
  guint height = 0;

  for (guint c = 0; c < 4; c++)
    height = MAX (height, columns[c]->len);

  for (guint l = 0; l < height; l++)
    {
      g_autoptr(GString) line = g_string_new (NULL);

      for (guint c = 0; c < 4; c++)
        {
          const char *text = l < columns[c]->len ? g_ptr_array_index (columns[c], l) : "";

          if (c > 0)
            g_string_append (line, "  ");
          append_padded (line, text, c < 3 ? widths[c] : 0);
        }

      /* No trailing blanks: they wrap badly in narrow terminals. */
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_string_append_printf (out, "%s\n", line->str);
    }
}

static char *
dup_summary (DmComparison *self)
{
  g_autofree char *figure = NULL;
  double agreement;
  guint shared;
  const char *name_a = dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A));
  const char *name_b = dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B));

  if (dm_comparison_get_agreement (self, &agreement, &shared))
    {
      g_autofree char *percent = dup_percent (agreement);
      figure = g_strdup_printf ("Agreement %s on %u shared topic%s", percent, shared, shared == 1 ? "" : "s");
    }
  else
    figure = g_strdup ("Agreement undefined: no shared topic");

  return g_strdup_printf ("%s — %u agree, %u disagree, %u partly; %u only %s, %u only %s",
                          figure,
                          dm_comparison_get_count (self, DM_RELATION_AGREE),
                          dm_comparison_get_count (self, DM_RELATION_DISAGREE),
                          dm_comparison_get_count (self, DM_RELATION_PARTLY),
                          dm_comparison_get_count (self, DM_RELATION_ONLY_A), name_a,
                          dm_comparison_get_count (self, DM_RELATION_ONLY_B), name_b);
}

/* NULL when nothing was left out: comparisons without orphans read as
 * they did before orphans existed. */
static char *
dup_orphans_line (DmComparison *self)
{
  guint n_a = dm_comparison_get_n_orphans (self, DM_COMPARISON_SIDE_A);
  guint n_b = dm_comparison_get_n_orphans (self, DM_COMPARISON_SIDE_B);
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;

  if (n_a == 0 && n_b == 0)
    return NULL;

  name_a = dup_printable (dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A)));
  name_b = dup_printable (dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B)));

  return g_strdup_printf ("Not counted: %u unplaced annotation%s of %s, %u of %s"
                          " (their article text was corrected; place them by hand)",
                          n_a, n_a == 1 ? "" : "s", name_a, n_b, name_b);
}

static char *
dup_filter_line (GPtrArray *filters)
{
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; i + 1 < filters->len; i += 2)
    g_string_append_printf (line, "%s%s: %s", i > 0 ? " · " : "",
                            (const char *) g_ptr_array_index (filters, i),
                            (const char *) g_ptr_array_index (filters, i + 1));

  return g_string_free (g_steal_pointer (&line), FALSE);
}

/**
 * dm_comparison_to_text:
 * @self: a #DmComparison
 * @width: the terminal width in columns; 0 for 100
 * @max_quotes: quotes shown per side and topic, newest first; 0 for all
 *
 * A table for a terminal: topic | A | relation | B, each side with its
 * dominant polarity, its movement over time and its quotes with speaker,
 * title, source and date, wrapped to fit @width. Control characters from
 * the data are replaced, so the output is safe to print.
 *
 * Returns: (transfer full): the text, ending with a newline
 */
char *
dm_comparison_to_text (DmComparison *self,
                       guint         width,
                       guint         max_quotes)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) filters = NULL;
  g_autofree char *name_a = NULL;
  g_autofree char *name_b = NULL;
  g_autofree char *title = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *filter_line = NULL;
  g_autofree char *orphans_line = NULL;
  guint widths[4];
  guint n_rows;

  g_return_val_if_fail (DM_IS_COMPARISON (self), NULL);

  if (width == 0)
    width = DEFAULT_WIDTH;
  width = MAX (width, MIN_WIDTH);

  /* topic | A | relation | B, two blanks between columns. */
  widths[2] = 8;
  widths[0] = MAX (14, width / 5);
  widths[1] = (width - widths[0] - widths[2] - 6) / 2;
  widths[3] = width - widths[0] - widths[1] - widths[2] - 6;

  name_a = dup_printable (dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A)));
  name_b = dup_printable (dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B)));
  title = g_strdup_printf ("%s vs %s", name_a, name_b);
  g_string_append_printf (out, "%s\n", title);
  for (guint i = MIN (text_width (title), width); i > 0; i--)
    g_string_append (out, "═");
  g_string_append_c (out, '\n');

  filters = dm_comparison_dup_filters (self);
  filter_line = dup_filter_line (filters);
  append_wrapped (out, filter_line, width);
  summary = dup_summary (self);
  append_wrapped (out, summary, width);
  if ((orphans_line = dup_orphans_line (self)))
    append_wrapped (out, orphans_line, width);
  g_string_append_c (out, '\n');

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self));
  if (n_rows == 0)
    {
      g_string_append (out, "Neither actor has coded statements matching these filters.\n");
      return g_string_free (g_steal_pointer (&out), FALSE);
    }

  {
    g_autoptr(GPtrArray) head_topic = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) head_side_a = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) head_relation = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) head_side_b = g_ptr_array_new_with_free_func (g_free);
    GPtrArray *header[4] = { head_topic, head_side_a, head_relation, head_side_b };
    g_autofree char *head_a = g_strdup_printf ("A: %s", name_a);
    g_autofree char *head_b = g_strdup_printf ("B: %s", name_b);

    wrap_into (header[0], "TOPIC", widths[0], "");
    wrap_into (header[1], head_a, widths[1], "");
    wrap_into (header[2], "RELATION", widths[2], "");
    wrap_into (header[3], head_b, widths[3], "");
    append_columns (out, header, widths);

    for (guint c = 0; c < 4; c++)
      {
        if (c > 0)
          g_string_append (out, "  ");
        for (guint i = 0; i < widths[c]; i++)
          g_string_append (out, "─");
      }
    g_string_append_c (out, '\n');
  }

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DmComparisonRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);
      g_autoptr(GPtrArray) topic = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) relation = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) side_a = side_lines (row, DM_COMPARISON_SIDE_A, widths[1], max_quotes);
      g_autoptr(GPtrArray) side_b = side_lines (row, DM_COMPARISON_SIDE_B, widths[3], max_quotes);
      GPtrArray *columns[4] = { topic, side_a, relation, side_b };

      wrap_into (topic, dm_comparison_row_get_topic_path (row), widths[0], "");
      wrap_into (relation, relation_label (dm_comparison_row_get_relation (row)), widths[2], "");

      if (i > 0)
        g_string_append_c (out, '\n');
      append_columns (out, columns, widths);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* }}} */

/* JSON {{{ */

/* A streaming writer: json-glib's builder and generator took five times as
 * long as everything else in a rendering of 12,000 quotes. Output is
 * indented by two spaces; strings are escaped per RFC 8259 and otherwise
 * left as UTF-8. */
typedef struct
{
  GString  *out;
  guint     depth;
  gboolean  first;
} JsonWriter;

static void
json_escape (GString    *out,
             const char *value)
{
  const char *run = value;

  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      guchar c = *p;

      /* Copy runs of plain characters at once. */
      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;

      switch (c)
        {
        case '"':
          g_string_append (out, "\\\"");
          break;
        case '\\':
          g_string_append (out, "\\\\");
          break;
        case '\n':
          g_string_append (out, "\\n");
          break;
        case '\r':
          g_string_append (out, "\\r");
          break;
        case '\t':
          g_string_append (out, "\\t");
          break;
        default:
          g_string_append_printf (out, "\\u%04x", c);
        }
    }
  g_string_append (out, run);
  g_string_append_c (out, '"');
}

static void
json_next (JsonWriter *w,
           const char *member)
{
  g_string_append (w->out, w->first ? "\n" : ",\n");
  for (guint i = 0; i < w->depth; i++)
    g_string_append (w->out, "  ");
  if (member != NULL)
    {
      json_escape (w->out, member);
      g_string_append (w->out, ": ");
    }
  w->first = FALSE;
}

static void
json_open (JsonWriter *w,
           const char *member,
           char        bracket)
{
  if (w->depth > 0 || w->out->len > 0)
    json_next (w, member);
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->first = TRUE;
}

static void
json_close (JsonWriter *w,
            char        bracket)
{
  w->depth--;
  if (!w->first)
    {
      g_string_append_c (w->out, '\n');
      for (guint i = 0; i < w->depth; i++)
        g_string_append (w->out, "  ");
    }
  g_string_append_c (w->out, bracket);
  w->first = FALSE;
}

static void
json_string (JsonWriter *w,
             const char *member,
             const char *value)
{
  json_next (w, member);
  if (value != NULL)
    json_escape (w->out, value);
  else
    g_string_append (w->out, "null");
}

static void
json_uint (JsonWriter *w,
           const char *member,
           guint       value)
{
  json_next (w, member);
  g_string_append_printf (w->out, "%u", value);
}

static void
json_boolean (JsonWriter *w,
              const char *member,
              gboolean    value)
{
  json_next (w, member);
  g_string_append (w->out, value ? "true" : "false");
}

static void
json_null (JsonWriter *w,
           const char *member)
{
  json_next (w, member);
  g_string_append (w->out, "null");
}

static void
json_double (JsonWriter *w,
             const char *member,
             double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  json_next (w, member);
  g_string_append (w->out, g_ascii_dtostr (buffer, sizeof buffer, value));
}

static void
add_actor (JsonWriter *w,
           const char *member,
           DmActor    *actor)
{
  json_open (w, member, '{');
  json_string (w, "uuid", dm_actor_get_uuid (actor));
  json_string (w, "name", dm_actor_get_name (actor));
  json_string (w, "kind", dm_actor_kind_to_string (dm_actor_get_kind (actor)));
  json_close (w, '}');
}

static void
add_strv (JsonWriter         *w,
          const char         *member,
          const char * const *values)
{
  json_open (w, member, '[');
  for (guint i = 0; values[i] != NULL; i++)
    json_string (w, NULL, values[i]);
  json_close (w, ']');
}

static void
add_filters (JsonWriter        *w,
             DmComparisonQuery *query,
             GPtrArray         *topic_paths)
{
  const char * const *topics = dm_comparison_query_get_topics (query);
  guint modes = dm_comparison_query_get_modes (query);

  json_open (w, "filters", '{');
  json_string (w, "from", dm_comparison_query_get_from (query));
  json_string (w, "to", dm_comparison_query_get_to (query));
  add_strv (w, "sources", dm_comparison_query_get_sources (query));

  json_open (w, "topics", '[');
  for (guint i = 0; topics[i] != NULL; i++)
    {
      json_open (w, NULL, '{');
      json_string (w, "uuid", topics[i]);
      json_string (w, "path", topic_paths != NULL && i < topic_paths->len
                              ? g_ptr_array_index (topic_paths, i) : NULL);
      json_close (w, '}');
    }
  json_close (w, ']');

  add_strv (w, "coders", dm_comparison_query_get_coders (query));

  json_open (w, "modes", '[');
  for (DmAttributionMode mode = DM_ATTRIBUTION_UNSPECIFIED; mode <= DM_ATTRIBUTION_SPOKESPERSON; mode++)
    if (modes & DM_ATTRIBUTION_MODE_BIT (mode))
      json_string (w, NULL, dm_attribution_mode_to_string (mode));
  json_close (w, ']');

  json_boolean (w, "rollup", dm_comparison_query_get_rollup (query));
  json_uint (w, "depth", dm_comparison_query_get_depth (query));
  json_close (w, '}');
}

static void
add_counts (JsonWriter  *w,
            const guint *counts)
{
  double agreement;
  guint shared;

  json_uint (w, "agree", counts[DM_RELATION_AGREE]);
  json_uint (w, "disagree", counts[DM_RELATION_DISAGREE]);
  json_uint (w, "partly", counts[DM_RELATION_PARTLY]);
  json_uint (w, "only_a", counts[DM_RELATION_ONLY_A]);
  json_uint (w, "only_b", counts[DM_RELATION_ONLY_B]);

  agreement = _dm_agreement_from_counts (counts, &shared);
  json_uint (w, "shared", shared);
  if (agreement >= 0.0)
    json_double (w, "agreement", agreement);
  else
    json_null (w, "agreement");
}

static void
add_evidence (JsonWriter           *w,
              const char           *member,
              DmComparisonEvidence *evidence)
{
  if (evidence == NULL)
    {
      json_null (w, member);
      return;
    }

  json_open (w, member, '{');
  json_string (w, "annotation_uuid", dm_comparison_evidence_get_annotation_uuid (evidence));
  json_string (w, "article_uuid", dm_comparison_evidence_get_article_uuid (evidence));
  json_uint (w, "start", dm_comparison_evidence_get_start (evidence));
  json_uint (w, "end", dm_comparison_evidence_get_end (evidence));
  json_string (w, "quote", dm_comparison_evidence_get_quote (evidence));
  json_string (w, "title", dm_comparison_evidence_get_article_title (evidence));
  json_string (w, "source", dm_comparison_evidence_get_source (evidence));
  json_string (w, "published", dm_comparison_evidence_get_published (evidence));
  json_string (w, "polarity", dm_polarity_to_string (dm_comparison_evidence_get_polarity (evidence)));
  json_string (w, "mode", dm_attribution_mode_to_string (dm_comparison_evidence_get_mode (evidence)));
  json_boolean (w, "key_quote", dm_comparison_evidence_get_key_quote (evidence));
  json_string (w, "coder", dm_comparison_evidence_get_coder (evidence));
  json_string (w, "speakers", dm_comparison_evidence_get_speakers (evidence));
  json_string (w, "topic_uuid", dm_comparison_evidence_get_topic_uuid (evidence));
  json_string (w, "topic_path", dm_comparison_evidence_get_topic_path (evidence));
  json_close (w, '}');
}

static void
add_side (JsonWriter       *w,
          DmComparisonRow  *row,
          DmComparisonSide  side)
{
  GListModel *evidence = dm_comparison_row_get_evidence (row, side);
  gboolean present = dm_comparison_row_has_side (row, side);
  guint n = g_list_model_get_n_items (evidence);

  json_open (w, side_letter (side), '{');
  json_string (w, "polarity", present ? dm_polarity_to_string (dm_comparison_row_get_polarity (row, side)) : NULL);
  json_uint (w, "count", n);

  json_open (w, "counts", '{');
  for (guint p = DM_POLARITY_NONE; p <= DM_POLARITY_MIXED; p++)
    json_uint (w, dm_polarity_to_string (p), dm_comparison_row_get_n_polarity (row, side, p));
  json_close (w, '}');

  json_boolean (w, "shifting", dm_comparison_row_get_shifting (row, side));

  json_open (w, "movement", '{');
  add_evidence (w, "first", dm_comparison_row_get_first (row, side));
  add_evidence (w, "last", dm_comparison_row_get_last (row, side));
  json_uint (w, "reversals", dm_comparison_row_get_reversals (row, side));
  json_close (w, '}');

  json_open (w, "evidence", '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DmComparisonEvidence) item = g_list_model_get_item (evidence, i);
      add_evidence (w, NULL, item);
    }
  json_close (w, ']');

  json_close (w, '}');
}

/**
 * dm_comparison_to_json:
 * @self: a #DmComparison
 *
 * Everything the comparison holds, for scripts: the actors, the filters,
 * the summary (agreement is null when undefined), and per topic each
 * side's dominant polarity (null when the side said nothing), counts by
 * polarity, shifting flag, movement (first and last dated evidence,
 * reversals) and all its evidence, newest first, with uuids and offsets.
 *
 * Returns: (transfer full): indented JSON, ending with a newline
 */
char *
dm_comparison_to_json (DmComparison *self)
{
  JsonWriter w = { NULL, 0, TRUE };
  guint counts[DM_N_RELATIONS];
  guint n_rows;

  g_return_val_if_fail (DM_IS_COMPARISON (self), NULL);

  for (DmRelation r = DM_RELATION_AGREE; r < DM_N_RELATIONS; r++)
    counts[r] = dm_comparison_get_count (self, r);

  w.out = g_string_sized_new (64 * 1024);
  json_open (&w, NULL, '{');
  json_string (&w, "format", JSON_FORMAT);
  json_uint (&w, "version", COMPARISON_JSON_VERSION);
  add_actor (&w, "actor_a", dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A));
  add_actor (&w, "actor_b", dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B));
  add_filters (&w, dm_comparison_get_query (self), _dm_comparison_get_filter_paths (self));

  json_open (&w, "summary", '{');
  add_counts (&w, counts);
  /* Orphans are not evidence (see dm-comparison-engine.c): how many each
   * side had that matched the filters. */
  json_uint (&w, "orphans_a", dm_comparison_get_n_orphans (self, DM_COMPARISON_SIDE_A));
  json_uint (&w, "orphans_b", dm_comparison_get_n_orphans (self, DM_COMPARISON_SIDE_B));
  json_close (&w, '}');

  json_open (&w, "topics", '[');
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DmComparisonRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);

      json_open (&w, NULL, '{');
      json_open (&w, "topic", '{');
      json_string (&w, "uuid", dm_comparison_row_get_topic_uuid (row));
      json_string (&w, "name", dm_comparison_row_get_topic_name (row));
      json_string (&w, "path", dm_comparison_row_get_topic_path (row));
      json_close (&w, '}');
      json_string (&w, "relation", dm_relation_to_string (dm_comparison_row_get_relation (row)));
      add_side (&w, row, DM_COMPARISON_SIDE_A);
      add_side (&w, row, DM_COMPARISON_SIDE_B);
      json_close (&w, '}');
    }
  json_close (&w, ']');
  json_close (&w, '}');
  g_string_append_c (w.out, '\n');

  return g_string_free (w.out, FALSE);
}

/**
 * dm_comparison_matrix_to_json:
 * @self: a #DmComparisonMatrix
 *
 * The actors, the filters and one entry per unordered pair with its counts
 * and agreement (null when undefined).
 *
 * Returns: (transfer full): indented JSON, ending with a newline
 */
char *
dm_comparison_matrix_to_json (DmComparisonMatrix *self)
{
  JsonWriter w = { NULL, 0, TRUE };
  guint n;

  g_return_val_if_fail (DM_IS_COMPARISON_MATRIX (self), NULL);

  n = dm_comparison_matrix_get_n_actors (self);

  w.out = g_string_new (NULL);
  json_open (&w, NULL, '{');
  json_string (&w, "format", JSON_MATRIX);
  json_uint (&w, "version", COMPARISON_JSON_VERSION);

  json_open (&w, "actors", '[');
  for (guint i = 0; i < n; i++)
    add_actor (&w, NULL, dm_comparison_matrix_get_actor (self, i));
  json_close (&w, ']');

  add_filters (&w, dm_comparison_matrix_get_query (self), _dm_comparison_matrix_get_filter_paths (self));

  json_open (&w, "pairs", '[');
  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        guint counts[DM_N_RELATIONS];

        for (DmRelation r = DM_RELATION_AGREE; r < DM_N_RELATIONS; r++)
          counts[r] = dm_comparison_matrix_get_count (self, a, b, r);

        json_open (&w, NULL, '{');
        json_string (&w, "a", dm_actor_get_uuid (dm_comparison_matrix_get_actor (self, a)));
        json_string (&w, "b", dm_actor_get_uuid (dm_comparison_matrix_get_actor (self, b)));
        add_counts (&w, counts);
        json_close (&w, '}');
      }
  json_close (&w, ']');
  json_close (&w, '}');
  g_string_append_c (w.out, '\n');

  return g_string_free (w.out, FALSE);
}

/* }}} */

/* CSV {{{ */

/* RFC 4180 with two additions for spreadsheets: a cell starting with
 * = + - @ (or a tab or carriage return) is prefixed with an apostrophe so
 * it is not run as a formula, and numbers are written bare. */
static void
append_csv_cell (GString    *out,
                 const char *value,
                 gboolean    first)
{
  gboolean quote;

  if (!first)
    g_string_append_c (out, ',');

  if (value == NULL || value[0] == '\0')
    return;

  quote = strpbrk (value, ",\"\r\n") != NULL || value[0] == ' ' || value[strlen (value) - 1] == ' ';
  if (quote)
    g_string_append_c (out, '"');
  if (strchr ("=+-@\t\r", value[0]) != NULL)
    g_string_append_c (out, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  if (quote)
    g_string_append_c (out, '"');
}

static void
append_csv_uint (GString *out,
                 guint    value)
{
  g_string_append_printf (out, ",%u", value);
}

static void
append_csv_newest (GString          *out,
                   DmComparisonRow  *row,
                   DmComparisonSide  side)
{
  DmComparisonEvidence *newest = dm_comparison_row_get_newest (row, side);

  append_csv_cell (out, newest ? dm_comparison_evidence_get_quote (newest) : NULL, FALSE);
  append_csv_cell (out, newest ? dm_comparison_evidence_get_published (newest) : NULL, FALSE);
  append_csv_cell (out, newest ? dm_comparison_evidence_get_source (newest) : NULL, FALSE);
  append_csv_cell (out, newest ? dm_comparison_evidence_get_article_title (newest) : NULL, FALSE);
  append_csv_cell (out, newest ? dm_comparison_evidence_get_annotation_uuid (newest) : NULL, FALSE);
}

/**
 * dm_comparison_to_csv:
 * @self: a #DmComparison
 *
 * One row per topic: the actors' names, the topic, the relation, each
 * side's dominant polarity (empty when it said nothing), evidence count,
 * reversals and newest quote with its date, source, title and annotation
 * uuid. RFC 4180, CRLF line ends, a header row.
 *
 * Returns: (transfer full): the CSV text
 */
char *
dm_comparison_to_csv (DmComparison *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *name_a;
  const char *name_b;
  guint n_rows;

  g_return_val_if_fail (DM_IS_COMPARISON (self), NULL);

  name_a = dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A));
  name_b = dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B));

  g_string_append (out,
                   "topic_uuid,topic,a_actor,b_actor,relation,a_polarity,b_polarity,a_count,b_count,"
                   "a_reversals,b_reversals,a_newest_quote,a_newest_date,a_newest_source,a_newest_title,"
                   "a_newest_annotation_uuid,b_newest_quote,b_newest_date,b_newest_source,b_newest_title,"
                   "b_newest_annotation_uuid\r\n");

  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DmComparisonRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);
      gboolean has_a = dm_comparison_row_has_side (row, DM_COMPARISON_SIDE_A);
      gboolean has_b = dm_comparison_row_has_side (row, DM_COMPARISON_SIDE_B);

      append_csv_cell (out, dm_comparison_row_get_topic_uuid (row), TRUE);
      append_csv_cell (out, dm_comparison_row_get_topic_path (row), FALSE);
      append_csv_cell (out, name_a, FALSE);
      append_csv_cell (out, name_b, FALSE);
      append_csv_cell (out, dm_relation_to_string (dm_comparison_row_get_relation (row)), FALSE);
      append_csv_cell (out, has_a ? dm_polarity_to_string (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_A)) : NULL, FALSE);
      append_csv_cell (out, has_b ? dm_polarity_to_string (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_B)) : NULL, FALSE);
      append_csv_uint (out, g_list_model_get_n_items (dm_comparison_row_get_evidence (row, DM_COMPARISON_SIDE_A)));
      append_csv_uint (out, g_list_model_get_n_items (dm_comparison_row_get_evidence (row, DM_COMPARISON_SIDE_B)));
      append_csv_uint (out, dm_comparison_row_get_reversals (row, DM_COMPARISON_SIDE_A));
      append_csv_uint (out, dm_comparison_row_get_reversals (row, DM_COMPARISON_SIDE_B));
      append_csv_newest (out, row, DM_COMPARISON_SIDE_A);
      append_csv_newest (out, row, DM_COMPARISON_SIDE_B);
      g_string_append (out, "\r\n");
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * dm_comparison_matrix_to_csv:
 * @self: a #DmComparisonMatrix
 *
 * One row per unordered pair: names, uuids, agreement (empty when
 * undefined), shared topics and the count of each relation.
 *
 * Returns: (transfer full): the CSV text
 */
char *
dm_comparison_matrix_to_csv (DmComparisonMatrix *self)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (DM_IS_COMPARISON_MATRIX (self), NULL);

  n = dm_comparison_matrix_get_n_actors (self);
  g_string_append (out, "a_actor,b_actor,a_uuid,b_uuid,agreement,shared,agree,disagree,partly,only_a,only_b\r\n");

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      {
        DmActor *actor_a = dm_comparison_matrix_get_actor (self, a);
        DmActor *actor_b = dm_comparison_matrix_get_actor (self, b);
        double agreement;
        guint shared;

        append_csv_cell (out, dm_actor_get_name (actor_a), TRUE);
        append_csv_cell (out, dm_actor_get_name (actor_b), FALSE);
        append_csv_cell (out, dm_actor_get_uuid (actor_a), FALSE);
        append_csv_cell (out, dm_actor_get_uuid (actor_b), FALSE);
        if (dm_comparison_matrix_get_agreement (self, a, b, &agreement, &shared))
          g_string_append_printf (out, ",%.4f", agreement);
        else
          g_string_append_c (out, ',');
        append_csv_uint (out, shared);
        for (DmRelation r = DM_RELATION_AGREE; r < DM_N_RELATIONS; r++)
          append_csv_uint (out, dm_comparison_matrix_get_count (self, a, b, r));
        g_string_append (out, "\r\n");
      }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* }}} */

/* Matrix text {{{ */

/**
 * dm_comparison_matrix_to_text:
 * @self: a #DmComparisonMatrix
 * @width: the terminal width in columns; 0 for 100
 *
 * A square table of agreement with the number of shared topics in
 * brackets; columns are numbered like the rows, whose names are cut to fit.
 *
 * Returns: (transfer full): the text, ending with a newline
 */
char *
dm_comparison_matrix_to_text (DmComparisonMatrix *self,
                              guint               width)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GPtrArray) filters = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *filter_line = NULL;
  guint name_width = 4;
  guint n;

  g_return_val_if_fail (DM_IS_COMPARISON_MATRIX (self), NULL);

  if (width == 0)
    width = DEFAULT_WIDTH;

  n = dm_comparison_matrix_get_n_actors (self);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = dup_printable (dm_actor_get_name (dm_comparison_matrix_get_actor (self, i)));
      g_ptr_array_add (names, g_strdup_printf ("%u %s", i + 1, name));
      name_width = MAX (name_width, text_width (g_ptr_array_index (names, i)));
    }
  name_width = MIN (name_width, MAX (12u, width / 4));

  g_string_append (out, "Agreement on shared topics (number of shared topics)\n");
  filters = dm_comparison_matrix_dup_filters (self);
  filter_line = dup_filter_line (filters);
  append_wrapped (out, filter_line, width);
  g_string_append_c (out, '\n');

  append_padded (out, "", name_width);
  for (guint b = 0; b < n; b++)
    g_string_append_printf (out, "  %10u", b + 1);
  g_string_append_c (out, '\n');

  for (guint a = 0; a < n; a++)
    {
      g_autoptr(GPtrArray) cut = g_ptr_array_new_with_free_func (g_free);

      wrap_into (cut, g_ptr_array_index (names, a), name_width, "");
      append_padded (out, g_ptr_array_index (cut, 0), name_width);

      for (guint b = 0; b < n; b++)
        {
          g_autofree char *cell_text = NULL;
          double agreement;
          guint shared = 0;

          if (a == b)
            cell_text = g_strdup ("—");
          else if (dm_comparison_matrix_get_agreement (self, a, b, &agreement, &shared))
            cell_text = g_strdup_printf ("%.0f%% (%u)", agreement * 100.0, shared);
          else
            cell_text = g_strdup ("n/a (0)");

          g_string_append (out, "  ");
          for (guint pad = text_width (cell_text); pad < 10; pad++)
            g_string_append_c (out, ' ');
          g_string_append (out, cell_text);
        }
      g_string_append_c (out, '\n');
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* }}} */
