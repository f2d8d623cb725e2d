/* dm-comparison-report.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-report"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "dm-comparison-private.h"

/* The HTML comparison report: one self-contained file (inline CSS and SVG,
 * no script, no external resource, a Content-Security-Policy that would
 * block them anyway), readable on screen and printable.
 *
 * Every string that comes from the store (article titles, sources, quotes,
 * actor and topic names, coder names, colours) goes through
 * append_escaped() or is validated before it is written: a title reading
 * `"><img src=x onerror=alert(1)>` must show as text. */

#define CHART_WIDTH   900
#define CHART_LABEL   230
#define CHART_RIGHT   60
#define CHART_ROW     26
#define CHART_TOP     58
#define LABEL_CHARS   34

typedef struct
{
  DmRelation  relation;
  const char *label;
  const char *colour;
} RelationStyle;

static const RelationStyle relation_styles[] = {
  { DM_RELATION_AGREE, "agree", "#2e7d32" },
  { DM_RELATION_PARTLY, "partly", "#ef8f00" },
  { DM_RELATION_DISAGREE, "disagree", "#c62828" },
  { DM_RELATION_ONLY_A, "only A", "#5c6bc0" },
  { DM_RELATION_ONLY_B, "only B", "#8d6e63" },
};

static const char * const polarity_colours[] = {
  [DM_POLARITY_NONE] = "#7e57c2",
  [DM_POLARITY_SUPPORTS] = "#2e7d32",
  [DM_POLARITY_OPPOSES] = "#c62828",
  [DM_POLARITY_NEUTRAL] = "#757575",
  [DM_POLARITY_MIXED] = "#ef8f00",
};

static const char stylesheet[] =
  ":root { --agree: #2e7d32; --partly: #ef8f00; --disagree: #c62828; --only-a: #5c6bc0; --only-b: #8d6e63;"
  " --supports: #2e7d32; --opposes: #c62828; --neutral: #757575; --mixed: #ef8f00; --none: #7e57c2; }\n"
  "body { font: 15px/1.45 system-ui, -apple-system, 'Segoe UI', Cantarell, sans-serif; color: #1d1d1d;"
  " margin: 2em auto; max-width: 1200px; padding: 0 1.5em; }\n"
  "h1 { font-size: 1.7em; margin: 0 0 .2em; }\n"
  "h1 .actor { border-bottom: 4px solid var(--actor, #999); }\n"
  "h2 { font-size: 1.2em; margin: 1.6em 0 .6em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }\n"
  ".generated { color: #666; margin: 0 0 1em; font-size: .9em; }\n"
  "dl.filters { display: grid; grid-template-columns: max-content 1fr; gap: .1em 1em; margin: 0;"
  " font-size: .9em; }\n"
  "dl.filters dt { font-weight: 600; color: #444; }\n"
  "dl.filters dd { margin: 0; }\n"
  ".figure { font-size: 1.3em; margin: .3em 0; }\n"
  ".figure.undefined { color: #666; }\n"
  "ul.counts { list-style: none; padding: 0; margin: .4em 0; display: flex; flex-wrap: wrap; gap: .4em 1.2em; }\n"
  "ul.counts li::before { content: ''; display: inline-block; width: .8em; height: .8em; margin-right: .35em;"
  " border-radius: 2px; background: var(--c); vertical-align: -.05em; }\n"
  "table { width: 100%; border-collapse: collapse; table-layout: fixed; }\n"
  "th, td { vertical-align: top; text-align: left; padding: .6em .5em; border-bottom: 1px solid #e2e2e2; }\n"
  "thead th { border-bottom: 2px solid #bbb; font-size: .9em; }\n"
  "col.topic { width: 18%; } col.side { width: 37%; } col.relation { width: 8%; }\n"
  "tbody th { font-weight: 600; }\n"
  ".badge { display: inline-block; padding: .05em .5em; border-radius: 1em; color: #fff; font-size: .85em;"
  " font-weight: 600; white-space: nowrap; }\n"
  ".badge.agree { background: var(--agree); } .badge.partly { background: var(--partly); }\n"
  ".badge.disagree { background: var(--disagree); } .badge.only-a { background: var(--only-a); }\n"
  ".badge.only-b { background: var(--only-b); }\n"
  ".stance { font-weight: 600; margin: 0 0 .3em; }\n"
  ".stance.supports { color: var(--supports); } .stance.opposes { color: var(--opposes); }\n"
  ".stance.neutral { color: var(--neutral); } .stance.mixed { color: #b86e00; } .stance.none { color: var(--none); }\n"
  ".movement { font-size: .85em; color: #555; margin: 0 0 .4em; }\n"
  ".absent { color: #999; }\n"
  "ol.quotes { list-style: none; margin: 0; padding: 0; }\n"
  "ol.quotes li { margin: 0 0 .6em; padding-left: .6em; border-left: 3px solid var(--c, #ccc); }\n"
  "blockquote { margin: 0; }\n"
  "blockquote.key { font-weight: 600; }\n"
  ".cite { font-size: .82em; color: #555; margin: .1em 0 0; }\n"
  ".cite .polarity { font-weight: 600; color: var(--c); }\n"
  ".chart svg { width: 100%; height: auto; font: 12px system-ui, sans-serif; }\n"
  ".note { color: #666; font-size: .9em; }\n"
  "footer { margin-top: 2em; color: #777; font-size: .8em; }\n"
  "@media print {\n"
  "  body { font-size: 10pt; margin: 0; max-width: none; padding: 0; }\n"
  "  @page { margin: 14mm; }\n"
  "  h2 { break-after: avoid; }\n"
  "  tr, li, .chart { break-inside: avoid; }\n"
  "  thead { display: table-header-group; }\n"
  "  .badge, ul.counts li::before, ol.quotes li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
  "}\n";

/* Helpers {{{ */

static void
append_escaped (GString    *out,
                const char *text)
{
  g_autofree char *escaped = NULL;

  if (text == NULL)
    return;

  escaped = g_markup_escape_text (text, -1);
  g_string_append (out, escaped);
}

/* A colour from the codebook is written into CSS only if it is exactly
 * #rgb or #rrggbb; anything else could close the attribute. */
static const char *
safe_colour (const char *colour,
             const char *fallback)
{
  gsize len;

  if (colour == NULL || colour[0] != '#')
    return fallback;

  len = strlen (colour);
  if (len != 4 && len != 7)
    return fallback;

  for (gsize i = 1; i < len; i++)
    if (!g_ascii_isxdigit (colour[i]))
      return fallback;

  return colour;
}

static const RelationStyle *
relation_style (DmRelation relation)
{
  for (guint i = 0; i < G_N_ELEMENTS (relation_styles); i++)
    if (relation_styles[i].relation == relation)
      return &relation_styles[i];

  g_assert_not_reached ();
}

/* Julian day of an ISO date at day, month or year precision, or 0. */
static guint32
day_number (const char *date)
{
  int y = 0, m = 1, d = 1;

  if (date == NULL || sscanf (date, "%4d-%2d-%2d", &y, &m, &d) < 1)
    return 0;

  if (!g_date_valid_dmy (d, m, y))
    return 0;

  {
    g_autoptr(GDate) day = g_date_new_dmy (d, m, y);
    return g_date_get_julian (day);
  }
}

static char *
dup_day_label (guint32 julian,
               gboolean with_day)
{
  g_autoptr(GDate) day = g_date_new_julian (julian);

  if (with_day)
    return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (day), g_date_get_month (day), g_date_get_day (day));

  return g_strdup_printf ("%04d-%02d", g_date_get_year (day), g_date_get_month (day));
}

/* }}} */

/* Sections {{{ */

static void
append_header (GString      *out,
               DmComparison *self)
{
  DmActor *a = dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A);
  DmActor *b = dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B);
  g_autoptr(GPtrArray) filters = dm_comparison_dup_filters (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H:%M UTC");

  g_string_append (out, "<header>\n<h1><span class=\"actor\" style=\"--actor: ");
  g_string_append (out, safe_colour (dm_actor_get_colour (a), "#5c6bc0"));
  g_string_append (out, "\">");
  append_escaped (out, dm_actor_get_name (a));
  g_string_append (out, "</span> vs <span class=\"actor\" style=\"--actor: ");
  g_string_append (out, safe_colour (dm_actor_get_colour (b), "#8d6e63"));
  g_string_append (out, "\">");
  append_escaped (out, dm_actor_get_name (b));
  g_string_append (out, "</span></h1>\n");
  g_string_append_printf (out, "<p class=\"generated\">Position comparison, generated %s by Demarche %s</p>\n",
                          stamp, PACKAGE_VERSION);

  g_string_append (out, "<dl class=\"filters\">\n");
  for (guint i = 0; i + 1 < filters->len; i += 2)
    {
      g_string_append (out, "<dt>");
      append_escaped (out, g_ptr_array_index (filters, i));
      g_string_append (out, "</dt><dd>");
      append_escaped (out, g_ptr_array_index (filters, i + 1));
      g_string_append (out, "</dd>\n");
    }
  g_string_append (out, "</dl>\n</header>\n");
}

static void
append_summary (GString      *out,
                DmComparison *self)
{
  const char *name_a = dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A));
  const char *name_b = dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B));
  double agreement;
  guint shared;
  guint total = 0;
  double x = 0;

  g_string_append (out, "<section class=\"summary\">\n<h2>Summary</h2>\n");

  if (dm_comparison_get_agreement (self, &agreement, &shared))
    g_string_append_printf (out,
                            "<p class=\"figure\">Agreement <strong>%.0f %%</strong> on %u shared topic%s"
                            " <span class=\"note\">(agree + ½ partly, over agree + disagree + partly)</span></p>\n",
                            agreement * 100.0, shared, shared == 1 ? "" : "s");
  else
    g_string_append (out, "<p class=\"figure undefined\">Agreement undefined: the two actors share no topic.</p>\n");

  /* Orphans are not evidence; say what was left out, per side. */
  if (dm_comparison_get_n_orphans (self, DM_COMPARISON_SIDE_A) > 0 ||
      dm_comparison_get_n_orphans (self, DM_COMPARISON_SIDE_B) > 0)
    {
      guint n_a = dm_comparison_get_n_orphans (self, DM_COMPARISON_SIDE_A);
      guint n_b = dm_comparison_get_n_orphans (self, DM_COMPARISON_SIDE_B);

      g_string_append_printf (out, "<p class=\"orphans\">Not counted: %u unplaced annotation%s of ",
                              n_a, n_a == 1 ? "" : "s");
      append_escaped (out, name_a);
      g_string_append_printf (out, ", %u of ", n_b);
      append_escaped (out, name_b);
      g_string_append (out, " <span class=\"note\">(their article text was corrected and they could not be"
                            " placed again with confidence; an analyst has to place them by hand)</span></p>\n");
    }

  g_string_append (out, "<ul class=\"counts\">\n");
  for (guint i = 0; i < G_N_ELEMENTS (relation_styles); i++)
    {
      const RelationStyle *style = &relation_styles[i];
      guint count = dm_comparison_get_count (self, style->relation);

      total += count;
      g_string_append_printf (out, "<li style=\"--c: %s\">%u ", style->colour, count);
      if (style->relation == DM_RELATION_ONLY_A || style->relation == DM_RELATION_ONLY_B)
        {
          g_string_append (out, "only ");
          append_escaped (out, style->relation == DM_RELATION_ONLY_A ? name_a : name_b);
        }
      else
        g_string_append (out, style->label);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");

  /* The same counts as one stacked bar, for the eye and for print. */
  if (total > 0)
    {
      g_string_append (out, "<svg viewBox=\"0 0 600 18\" width=\"600\" height=\"18\" role=\"img\""
                            " aria-label=\"Topics by relation\">\n");
      for (guint i = 0; i < G_N_ELEMENTS (relation_styles); i++)
        {
          guint count = dm_comparison_get_count (self, relation_styles[i].relation);
          double w = 600.0 * count / total;

          if (count == 0)
            continue;
          g_string_append_printf (out, "<rect x=\"%.1f\" y=\"0\" width=\"%.1f\" height=\"18\" fill=\"%s\">"
                                       "<title>%u %s</title></rect>\n",
                                  x, w, relation_styles[i].colour, count, relation_styles[i].label);
          x += w;
        }
      g_string_append (out, "</svg>\n");
    }

  g_string_append (out, "</section>\n");
}

/* A topic path that fits the chart's label column: whole names from the
 * leaf up (the leaf says more than the root), "…" for what is left out. */
static char *
dup_chart_label (const char *path)
{
  g_auto(GStrv) names = NULL;
  g_autoptr(GString) label = NULL;
  guint n;

  if (g_utf8_strlen (path, -1) <= LABEL_CHARS)
    return g_strdup (path);

  names = g_strsplit (path, " › ", -1);
  n = g_strv_length (names);
  label = g_string_new (names[n - 1]);

  if (g_utf8_strlen (label->str, -1) > LABEL_CHARS)
    {
      g_autofree char *cut = g_utf8_substring (label->str, 0, LABEL_CHARS - 1);
      return g_strconcat (cut, "…", NULL);
    }

  if (g_utf8_strlen (label->str, -1) > LABEL_CHARS - 4)
    return g_string_free (g_steal_pointer (&label), FALSE);

  for (guint i = n - 1; i > 0; i--)
    {
      if (g_utf8_strlen (label->str, -1) + g_utf8_strlen (names[i - 1], -1) + 3 > LABEL_CHARS - 4)
        break;
      g_string_prepend (label, " › ");
      g_string_prepend (label, names[i - 1]);
    }

  g_string_prepend (label, "… › ");
  return g_string_free (g_steal_pointer (&label), FALSE);
}

typedef struct
{
  guint32    day;
  DmPolarity polarity;
} Mark;

static void
collect_marks (DmComparisonRow  *row,
               DmComparisonSide  side,
               GArray           *marks,
               guint32          *min_day,
               guint32          *max_day)
{
  GListModel *evidence = dm_comparison_row_get_evidence (row, side);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(DmComparisonEvidence) item = g_list_model_get_item (evidence, i);
      Mark mark = { day_number (dm_comparison_evidence_get_published (item)),
                    dm_comparison_evidence_get_polarity (item) };

      if (mark.day == 0)
        continue;

      *min_day = *min_day == 0 ? mark.day : MIN (*min_day, mark.day);
      *max_day = MAX (*max_day, mark.day);
      g_array_append_val (marks, mark);
    }
}

static void
append_marks (GString    *out,
              GArray     *marks,
              guint32     min_day,
              guint32     max_day,
              double      y,
              gboolean    square)
{
  g_autoptr(GHashTable) drawn = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GHashTable) per_day = g_hash_table_new (g_direct_hash, g_direct_equal);
  double plot = CHART_WIDTH - CHART_LABEL - CHART_RIGHT - 10;

  for (guint i = 0; i < marks->len; i++)
    {
      const Mark *mark = &g_array_index (marks, Mark, i);
      double x = CHART_LABEL + 5 + plot * (mark->day - min_day) / (double) (max_day - min_day);
      guint pixel = (guint) (x + 0.5);
      guint key = (pixel << 3) | mark->polarity;
      guint stacked;

      /* Many statements of one polarity on one day draw one mark; other
       * polarities that day sit beside it rather than on top. */
      if (!g_hash_table_add (drawn, GUINT_TO_POINTER (key)))
        continue;
      stacked = GPOINTER_TO_UINT (g_hash_table_lookup (per_day, GUINT_TO_POINTER (pixel)));
      g_hash_table_insert (per_day, GUINT_TO_POINTER (pixel), GUINT_TO_POINTER (stacked + 1));
      x += 8.0 * stacked;

      if (square)
        g_string_append_printf (out, "<rect x=\"%.1f\" y=\"%.1f\" width=\"7\" height=\"7\" fill=\"%s\"/>\n",
                                x - 3.5, y - 3.5, polarity_colours[mark->polarity]);
      else
        g_string_append_printf (out, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" fill=\"%s\"/>\n",
                                x, y, polarity_colours[mark->polarity]);
    }
}

/* Positions over time: one line per topic, A's statements as circles above
 * it, B's as squares below, coloured by polarity; the relation as a mark at
 * the end. Shapes as well as colours, so a grey print still reads. */
static void
append_chart (GString      *out,
              DmComparison *self)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self));
  g_autoptr(GPtrArray) marks_a = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_autoptr(GPtrArray) marks_b = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  GPtrArray *marks[2] = { marks_a, marks_b };
  guint32 min_day = 0;
  guint32 max_day = 0;
  double height;
  double plot = CHART_WIDTH - CHART_LABEL - CHART_RIGHT - 10;

  if (n_rows == 0)
    return;

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DmComparisonRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);

      for (guint side = 0; side < 2; side++)
        {
          GArray *side_marks = g_array_new (FALSE, FALSE, sizeof (Mark));

          collect_marks (row, side, side_marks, &min_day, &max_day);
          g_ptr_array_add (marks[side], side_marks);
        }
    }

  /* A single day still needs a scale: a month either side. */
  if (min_day > 0 && min_day == max_day)
    {
      min_day -= 30;
      max_day += 30;
    }

  height = CHART_TOP + n_rows * CHART_ROW + 10;

  g_string_append (out, "<section class=\"chart\">\n<h2>Positions over time</h2>\n");
  g_string_append_printf (out, "<svg viewBox=\"0 0 %d %.0f\" width=\"%d\" height=\"%.0f\" role=\"img\""
                               " aria-label=\"Each side's statements per topic over time\">\n",
                          CHART_WIDTH, height, CHART_WIDTH, height);

  /* Legend: the actors' shapes on one line, the polarities' colours on
   * the next. B's entry starts after A's name, which may be long; 7 px a
   * character is generous for the 12 px font. */
  {
    const char *name_a = dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A));
    guint b_x = MIN (40 + 7 * g_utf8_strlen (name_a, -1), CHART_WIDTH / 2);

    g_string_append (out, "<circle cx=\"10\" cy=\"10\" r=\"4\" fill=\"#444\"/><text x=\"18\" y=\"14\">");
    append_escaped (out, name_a);
    g_string_append_printf (out, "</text>\n<rect x=\"%.1f\" y=\"6.5\" width=\"7\" height=\"7\" fill=\"#444\"/>"
                                 "<text x=\"%u\" y=\"14\">", b_x - 3.5, b_x + 8);
    append_escaped (out, dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B)));
    g_string_append (out, "</text>\n");
  }
  for (guint p = DM_POLARITY_SUPPORTS, x = 10; p <= DM_POLARITY_MIXED + 1; p++, x += 90)
    {
      DmPolarity shown = p <= DM_POLARITY_MIXED ? p : DM_POLARITY_NONE;

      g_string_append_printf (out, "<circle cx=\"%u\" cy=\"28\" r=\"4\" fill=\"%s\"/><text x=\"%u\" y=\"32\">%s</text>\n",
                              x, polarity_colours[shown], x + 8,
                              shown == DM_POLARITY_NONE ? "no polarity" : dm_polarity_to_string (shown));
    }

  if (min_day > 0)
    {
      gboolean with_day = max_day - min_day < 400;

      for (guint t = 0; t <= 4; t++)
        {
          guint32 day = min_day + (max_day - min_day) * t / 4;
          double x = CHART_LABEL + 5 + plot * t / 4;
          g_autofree char *label = dup_day_label (day, with_day);

          g_string_append_printf (out, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%.0f\" stroke=\"#e6e6e6\"/>"
                                       "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#777\">%s</text>\n",
                                  x, CHART_TOP - 4, x, height - 6, x, CHART_TOP - 8, label);
        }
    }
  else
    g_string_append_printf (out, "<text x=\"%d\" y=\"%d\" fill=\"#777\">No dated evidence to place in time.</text>\n",
                            CHART_LABEL + 5, CHART_TOP - 8);

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DmComparisonRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);
      const RelationStyle *style = relation_style (dm_comparison_row_get_relation (row));
      const char *path = dm_comparison_row_get_topic_path (row);
      g_autofree char *label = NULL;
      double y = CHART_TOP + i * CHART_ROW;

      label = dup_chart_label (path);

      g_string_append (out, "<g>\n<title>");
      append_escaped (out, path);
      g_string_append_printf (out, " — %s</title>\n", style->label);
      g_string_append_printf (out, "<text x=\"0\" y=\"%.1f\">", y + 17);
      append_escaped (out, label);
      g_string_append (out, "</text>\n");
      g_string_append_printf (out, "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#bdbdbd\"/>\n",
                              CHART_LABEL, y + 13, CHART_WIDTH - CHART_RIGHT, y + 13);
      if (min_day > 0)
        {
          append_marks (out, g_ptr_array_index (marks[0], i), min_day, max_day, y + 7, FALSE);
          append_marks (out, g_ptr_array_index (marks[1], i), min_day, max_day, y + 19, TRUE);
        }
      g_string_append_printf (out, "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"16\" rx=\"8\" fill=\"%s\"/>"
                                   "<text x=\"%d\" y=\"%.1f\" text-anchor=\"middle\" fill=\"#fff\""
                                   " font-size=\"10\" font-weight=\"600\">%s</text>\n</g>\n",
                              CHART_WIDTH - CHART_RIGHT + 6, y + 5, CHART_RIGHT - 8, style->colour,
                              CHART_WIDTH - CHART_RIGHT / 2 + 2, y + 16.5, style->label);
    }

  g_string_append (out, "</svg>\n</section>\n");
}

static void
append_evidence (GString              *out,
                 DmComparisonEvidence *evidence)
{
  DmPolarity polarity = dm_comparison_evidence_get_polarity (evidence);
  const char *title = dm_comparison_evidence_get_article_title (evidence);
  const char *published = dm_comparison_evidence_get_published (evidence);

  g_string_append_printf (out, "<li style=\"--c: %s\"><blockquote%s>“", polarity_colours[polarity],
                          dm_comparison_evidence_get_key_quote (evidence) ? " class=\"key\"" : "");
  append_escaped (out, dm_comparison_evidence_get_quote (evidence));
  g_string_append (out, "”</blockquote>\n<p class=\"cite\"><span class=\"polarity\">");
  g_string_append (out, polarity == DM_POLARITY_NONE ? "no polarity" : dm_polarity_to_string (polarity));
  g_string_append (out, "</span>");
  if (dm_comparison_evidence_get_speakers (evidence) != NULL)
    {
      g_string_append (out, " · ");
      append_escaped (out, dm_comparison_evidence_get_speakers (evidence));
    }
  g_string_append (out, " · <cite>");
  append_escaped (out, title != NULL ? title : "Untitled article");
  g_string_append (out, "</cite>");
  if (dm_comparison_evidence_get_source (evidence) != NULL)
    {
      g_string_append (out, " · ");
      append_escaped (out, dm_comparison_evidence_get_source (evidence));
    }
  g_string_append (out, " · ");
  if (published != NULL)
    {
      g_string_append (out, "<time>");
      append_escaped (out, published);
      g_string_append (out, "</time>");
    }
  else
    g_string_append (out, "undated");
  g_string_append (out, "</p></li>\n");
}

static void
append_side (GString          *out,
             DmComparisonRow  *row,
             DmComparisonSide  side)
{
  GListModel *evidence = dm_comparison_row_get_evidence (row, side);
  DmPolarity dominant = dm_comparison_row_get_polarity (row, side);
  DmComparisonEvidence *first = dm_comparison_row_get_first (row, side);
  DmComparisonEvidence *last = dm_comparison_row_get_last (row, side);
  guint n = g_list_model_get_n_items (evidence);
  guint reversals = dm_comparison_row_get_reversals (row, side);

  g_string_append (out, "<td>");
  if (!dm_comparison_row_has_side (row, side))
    {
      g_string_append (out, "<p class=\"absent\">No statement</p></td>\n");
      return;
    }

  g_string_append_printf (out, "<p class=\"stance %s\">%s <span class=\"note\">(%u statement%s%s)</span></p>\n",
                          dm_polarity_to_string (dominant),
                          dominant == DM_POLARITY_NONE ? "no polarity" : dm_polarity_to_string (dominant),
                          n, n == 1 ? "" : "s",
                          dm_comparison_row_get_shifting (row, side) ? ", shifting" : "");

  if (first != NULL && last != NULL && first != last)
    {
      g_string_append (out, "<p class=\"movement\">");
      append_escaped (out, dm_comparison_evidence_get_published (first));
      g_string_append_printf (out, " %s → ", dm_polarity_to_string (dm_comparison_evidence_get_polarity (first)));
      append_escaped (out, dm_comparison_evidence_get_published (last));
      g_string_append_printf (out, " %s · %u reversal%s</p>\n",
                              dm_polarity_to_string (dm_comparison_evidence_get_polarity (last)),
                              reversals, reversals == 1 ? "" : "s");
    }

  g_string_append (out, "<ol class=\"quotes\">\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DmComparisonEvidence) item = g_list_model_get_item (evidence, i);
      append_evidence (out, item);
    }
  g_string_append (out, "</ol></td>\n");
}

static void
append_table (GString      *out,
              DmComparison *self)
{
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (self));

  g_string_append (out, "<section class=\"topics\">\n<h2>Topic by topic</h2>\n");
  if (n_rows == 0)
    {
      g_string_append (out, "<p class=\"note\">Neither actor has coded statements matching these filters.</p>\n"
                            "</section>\n");
      return;
    }

  g_string_append (out, "<table>\n<colgroup><col class=\"topic\"><col class=\"side\"><col class=\"relation\">"
                        "<col class=\"side\"></colgroup>\n<thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">");
  append_escaped (out, dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A)));
  g_string_append (out, "</th><th scope=\"col\">Relation</th><th scope=\"col\">");
  append_escaped (out, dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B)));
  g_string_append (out, "</th></tr></thead>\n<tbody>\n");

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DmComparisonRow) row = g_list_model_get_item (G_LIST_MODEL (self), i);
      DmRelation relation = dm_comparison_row_get_relation (row);

      g_string_append_printf (out, "<tr class=\"%s\">\n<th scope=\"row\">", dm_relation_to_string (relation));
      append_escaped (out, dm_comparison_row_get_topic_path (row));
      g_string_append (out, "</th>\n");
      append_side (out, row, DM_COMPARISON_SIDE_A);
      g_string_append_printf (out, "<td><span class=\"badge %s\">%s</span></td>\n",
                              dm_relation_to_string (relation), relation_style (relation)->label);
      append_side (out, row, DM_COMPARISON_SIDE_B);
      g_string_append (out, "</tr>\n");
    }

  g_string_append (out, "</tbody>\n</table>\n</section>\n");
}

/* }}} */

/**
 * dm_comparison_to_html:
 * @self: a #DmComparison
 *
 * The comparison report: a self-contained HTML5 file (inline CSS, inline
 * SVG, no script and no external resource) with the title, the filters,
 * the summary, a chart of positions over time and the topic-by-topic table
 * with every quote, its speaker, article title, source and date. It prints
 * on A4 or Letter. All text from the store is escaped.
 *
 * Returns: (transfer full): the HTML document
 */
char *
dm_comparison_to_html (DmComparison *self)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (DM_IS_COMPARISON (self), NULL);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                        /* Belt and braces: even a slip in escaping could not load or run anything. */
                        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                        "style-src 'unsafe-inline'\">\n"
                        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
  g_string_append_printf (out, "<meta name=\"generator\" content=\"Demarche %s\">\n<title>", PACKAGE_VERSION);
  append_escaped (out, dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_A)));
  g_string_append (out, " vs ");
  append_escaped (out, dm_actor_get_name (dm_comparison_get_actor (self, DM_COMPARISON_SIDE_B)));
  g_string_append (out, " — Demarche comparison</title>\n<style>\n");
  g_string_append (out, stylesheet);
  g_string_append (out, "</style>\n</head>\n<body>\n");

  append_header (out, self);
  append_summary (out, self);
  append_chart (out, self);
  append_table (out, self);

  g_string_append (out, "<footer>Relations: agree — same dominant polarity; disagree — supports against opposes; "
                        "partly — a mixed or neutral stance against a clear one, a statement without polarity, "
                        "or a side that has both supported and opposed; only A / only B — one side has said "
                        "nothing on the topic. A side's dominant polarity is its most frequent; a tie goes to "
                        "its newest statement.</footer>\n</body>\n</html>\n");

  return g_string_free (g_steal_pointer (&out), FALSE);
}
