/* test-comparison-view.c - the Compare view, driven through its widgets
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case seeds a temporary store with the default codebook and the
 * sample article, codes a few of its statements through core, shows a
 * DmComparisonView in a window and reads what the widgets show: the
 * pickers' text, the rows of the table, the badges, the summary. Runs
 * under Xvfb (see tests/ui/meson.build).
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "demarche-core.h"
#include "dm-comparison-cell.h"
#include "dm-comparison-item.h"
#include "dm-comparison-view.h"
#include "dm-comparison-view-private.h"

#define SAMPLE_TITLE "Belarus and China back peace talks on Ukraine"
#define PLAN "China's 12-point peace plan"
#define IMPARTIALITY "China's impartiality"
#define RESPONSIBILITY "Responsibility for the war"

#define CHINA_PLAN_QUOTE "by presenting a 12-point document in which it endorses the government’s position"
#define BORRELL_PLAN_QUOTE \
  "The Chinese peace proposal received criticism from the European Union (EU) High Representative for Foreign " \
  "Affairs, Josep Borrell, who pointed out the need for improvement in the text “to be credible”"
#define BORRELL_MIXED_QUOTE \
  "the proposal “contains interesting elements”, among them the non-recourse to nuclear weapons, the exchange of " \
  "prisoners and the grain agreements, but that is not enough"
#define BORRELL_IMPARTIALITY_QUOTE \
  "Borrell also criticized the fact that China has not sent diplomatic missions to Kiev in the same way as it sent to Moscow"
#define CHINA_BLAME_QUOTE \
  "has blamed NATO and the United States for being behind the conflict by “failing to take into account legitimate " \
  "security concerns” from Moscow"

typedef struct
{
  char             *dir;
  char             *path;
  DmStore          *store;
  DmArticle        *article;
  char             *china;
  char             *eu;
  GtkWindow        *window;
  DmComparisonView *view;

  /* ::open-evidence */
  guint             n_opened;
  char             *opened_article;
  guint             opened_start;
  guint             opened_end;
} Fixture;

/* Helpers {{{ */

static char *
dup_actor_uuid (DmStore    *store,
                const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmActor) actor = dm_store_resolve_actor (store, name, &error);

  g_assert_no_error (error);
  return g_strdup (dm_actor_get_uuid (actor));
}

static void
code (Fixture    *f,
      const char *quote,
      const char *actor,
      const char *topic_name,
      DmPolarity  polarity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmTopic) topic = dm_store_resolve_topic (f->store, topic_name, &error);
  g_autofree char *actor_uuid = dup_actor_uuid (f->store, actor);
  const char *actors[] = { actor_uuid, NULL };
  g_autoptr(DmAnnotation) annotation = NULL;
  guint start;
  guint end;

  g_assert_no_error (error);
  g_assert_true (dm_article_find_quote (f->article, quote, 0, &start, &end));

  annotation = dm_annotation_new (dm_article_get_uuid (f->article), start, end);
  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (topic));
  dm_annotation_set_polarity (annotation, polarity);
  dm_annotation_set_coder (annotation, "test");
  g_assert_true (dm_store_add_annotation (f->store, annotation, &error));
  g_assert_no_error (error);
}

static void
quote_span (Fixture    *f,
            const char *quote,
            guint      *start,
            guint      *end)
{
  g_assert_true (dm_article_find_quote (f->article, quote, 0, start, end));
}

/* Runs the main loop until @condition holds, for at most five seconds. */
static gboolean
spin_until (gboolean (*condition) (Fixture *f),
            Fixture   *f)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!condition (f))
    {
      if (g_get_monotonic_time () > deadline)
        return FALSE;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  return TRUE;
}

static void
spin_frames (guint n)
{
  for (guint i = 0; i < n; i++)
    {
      gint64 until = g_get_monotonic_time () + 20 * 1000;

      while (g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
    }
}

static void
collect (GtkWidget  *widget,
         gboolean  (*match) (GtkWidget *widget, gconstpointer data),
         gconstpointer data,
         GPtrArray  *found)
{
  if (match (widget, data))
    g_ptr_array_add (found, widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect (child, match, data, found);
}

static gboolean
has_class (GtkWidget     *widget,
           gconstpointer  data)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_has_css_class (widget, data);
}

static gboolean
has_action (GtkWidget     *widget,
            gconstpointer  data)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), data) == 0;
}

static gboolean
is_type (GtkWidget     *widget,
         gconstpointer  data)
{
  return gtk_widget_get_mapped (widget) && G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (data));
}

static GtkWidget *
find_first (GtkWidget     *root,
            gboolean     (*match) (GtkWidget *widget, gconstpointer data),
            gconstpointer  data)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect (root, match, data, found);
  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static const char *
label_text (GtkWidget *widget)
{
  g_assert_true (GTK_IS_LABEL (widget));
  return gtk_label_get_text (GTK_LABEL (widget));
}

/* The labels naming the topics of the rows on screen. */
static GPtrArray *
collect_topic_labels (Fixture *f)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (_dm_comparison_view_get_list_view (f->view)), has_class, "topic-name", found);
  return found;
}

static guint
count_rows_shown (Fixture *f)
{
  g_autoptr(GPtrArray) labels = collect_topic_labels (f);

  return labels->len;
}

/* The table's row for @topic, as drawn. */
static GtkWidget *
find_row (Fixture    *f,
          const char *topic)
{
  g_autoptr(GPtrArray) labels = collect_topic_labels (f);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (labels, i);

      if (g_strcmp0 (label_text (widget), topic) != 0)
        continue;

      while (widget != NULL && g_strcmp0 (gtk_widget_get_css_name (widget), "row") != 0)
        widget = gtk_widget_get_parent (widget);

      return widget;
    }

  return NULL;
}

static const char *
row_relation (Fixture    *f,
              const char *topic)
{
  GtkWidget *row = find_row (f, topic);

  g_assert_nonnull (row);
  return label_text (find_first (row, has_class, "relation-badge"));
}

static DmComparisonCell *
row_cell (Fixture          *f,
          const char       *topic,
          DmComparisonSide  side)
{
  GtkWidget *row = find_row (f, topic);
  g_autoptr(GPtrArray) cells = g_ptr_array_new ();

  g_assert_nonnull (row);
  collect (row, is_type, GSIZE_TO_POINTER (DM_TYPE_COMPARISON_CELL), cells);
  g_assert_cmpuint (cells->len, ==, 2);

  /* The cells are in column order, A then B; the factories mark them too. */
  g_assert_true (gtk_widget_has_css_class (g_ptr_array_index (cells, side), side == DM_COMPARISON_SIDE_A ? "side-a" : "side-b"));
  return g_ptr_array_index (cells, side);
}

/* The stance badge of @topic's @side, or NULL if it says nothing. */
static const char *
row_stance (Fixture          *f,
            const char       *topic,
            DmComparisonSide  side)
{
  DmComparisonCell *cell = row_cell (f, topic, side);
  GtkWidget *badge = find_first (GTK_WIDGET (cell), has_class, "stance-badge");

  return badge != NULL ? label_text (badge) : NULL;
}

static guint
count_quotes_shown (DmComparisonCell *cell)
{
  g_autoptr(GPtrArray) quotes = g_ptr_array_new ();

  collect (GTK_WIDGET (cell), has_class, "quote-text", quotes);
  return quotes->len;
}

static const char *
summary_text (Fixture    *f,
              const char *css_class)
{
  GtkWidget *label = find_first (GTK_WIDGET (f->view), has_class, css_class);

  g_assert_nonnull (label);
  return label_text (label);
}

static const char *
pill_text (Fixture    *f,
           const char *relation_class)
{
  g_autoptr(GPtrArray) pills = g_ptr_array_new ();

  collect (GTK_WIDGET (f->view), has_class, "pill", pills);
  for (guint i = 0; i < pills->len; i++)
    if (gtk_widget_has_css_class (g_ptr_array_index (pills, i), relation_class))
      return label_text (g_ptr_array_index (pills, i));

  return NULL;
}

static gboolean
is_label (GtkWidget     *widget,
          gconstpointer  data)
{
  return gtk_widget_get_mapped (widget) && GTK_IS_LABEL (widget);
}

/* The table's header, its labels joined with "|". */
static char *
dup_header (Fixture *f)
{
  GtkWidget *header = find_first (GTK_WIDGET (f->view), has_class, "table-header");
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;

  g_assert_nonnull (header);
  collect (header, is_label, NULL, labels);
  for (guint i = 0; i < labels->len; i++)
    g_strv_builder_add (texts, label_text (g_ptr_array_index (labels, i)));
  strv = g_strv_builder_end (texts);

  return g_strjoinv ("|", strv);
}

static const char *
picker_text (Fixture          *f,
             DmComparisonSide  side)
{
  return gtk_editable_get_text (dm_comparison_picker_get_entry (_dm_comparison_view_get_picker (f->view, side)));
}

static gboolean
three_rows_shown (Fixture *f)
{
  return dm_comparison_view_get_comparison (f->view) != NULL && count_rows_shown (f) == 3;
}

/* Three topics, 46 pixels each, under the scale. */
static gboolean
chart_drawn (Fixture *f)
{
  return gtk_widget_get_height (GTK_WIDGET (_dm_comparison_view_get_chart (f->view))) > 3 * 46;
}

static gboolean
recompute_done (Fixture *f)
{
  return !_dm_comparison_view_get_recompute_pending (f->view);
}

static gboolean
message_shown (Fixture *f)
{
  return _dm_comparison_view_get_message_label (f->view) != NULL;
}

static void
open_evidence_cb (DmComparisonView *view,
                  const char       *article_uuid,
                  guint             start,
                  guint             end,
                  Fixture          *f)
{
  f->n_opened++;
  g_free (f->opened_article);
  f->opened_article = g_strdup (article_uuid);
  f->opened_start = start;
  f->opened_end = end;
}

static void
show_china_and_eu (Fixture *f)
{
  dm_comparison_view_set_actors (f->view, f->china, f->eu);
  g_assert_true (spin_until (three_rows_shown, f));
}

/* }}} */

/* Fixture {{{ */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSettings) settings = g_settings_new ("org.demarche.Demarche");

  /* The memory backend lives as long as the process: forget the pair the
   * last case compared. */
  g_settings_reset (settings, "compare-actor-a");
  g_settings_reset (settings, "compare-actor-b");

  f->dir = g_dir_make_tmp ("demarche-compare-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = dm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (dm_store_seed_defaults (f->store, &error));
  g_assert_no_error (error);

  f->article = dm_store_resolve_article (f->store, SAMPLE_TITLE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->article);
  f->china = dup_actor_uuid (f->store, "China");
  f->eu = dup_actor_uuid (f->store, "European Union");

  /* China backs its plan; the EU's High Representative criticises it,
   * with some praise, and China's impartiality; China blames NATO. */
  code (f, CHINA_PLAN_QUOTE, "China", PLAN, DM_POLARITY_SUPPORTS);
  code (f, BORRELL_PLAN_QUOTE, "Josep Borrell", PLAN, DM_POLARITY_OPPOSES);
  code (f, BORRELL_MIXED_QUOTE, "Josep Borrell", PLAN, DM_POLARITY_MIXED);
  code (f, BORRELL_IMPARTIALITY_QUOTE, "Josep Borrell", IMPARTIALITY, DM_POLARITY_OPPOSES);
  code (f, CHINA_BLAME_QUOTE, "China", RESPONSIBILITY, DM_POLARITY_NONE);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 800);
  f->view = DM_COMPARISON_VIEW (dm_comparison_view_new (f->store));
  g_object_add_weak_pointer (G_OBJECT (f->view), (gpointer *) &f->view);
  g_signal_connect (f->view, "open-evidence", G_CALLBACK (open_evidence_cb), f);
  gtk_window_set_child (f->window, GTK_WIDGET (f->view));
  gtk_window_present (f->window);
  spin_frames (3);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (f->window);
  spin_frames (2);
  /* Nothing else holds the view: no reference leaks out of it. */
  g_assert_null (f->view);

  g_clear_object (&f->article);
  g_clear_object (&f->store);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const suffixes[] = { "", "-wal", "-shm" };
      g_autofree char *file = g_strconcat (f->path, suffixes[i], NULL);

      g_remove (file);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
  g_free (f->china);
  g_free (f->eu);
  g_free (f->opened_article);
}

/* }}} */

/* Cases {{{ */

/* Type an alias in each picker, pick the first match with Enter. */
static void
test_pick (Fixture       *f,
           gconstpointer  data)
{
  DmComparisonPicker *picker_a = _dm_comparison_view_get_picker (f->view, DM_COMPARISON_SIDE_A);
  DmComparisonPicker *picker_b = _dm_comparison_view_get_picker (f->view, DM_COMPARISON_SIDE_B);
  GListModel *matches = dm_comparison_picker_get_matches (picker_a);
  g_autoptr(GSettings) settings = g_settings_new ("org.demarche.Demarche");
  g_autoptr(DmActor) first = NULL;
  g_autofree char *remembered_a = NULL;
  g_autofree char *remembered_b = NULL;

  g_assert_cmpstr (dm_comparison_view_state_get_page (_dm_comparison_view_get_state (f->view)), ==, "status");
  g_assert_null (dm_comparison_view_get_comparison (f->view));

  /* "PRC" is one of China's aliases; the exact match ranks first. */
  gtk_editable_set_text (dm_comparison_picker_get_entry (picker_a), "prc");
  g_assert_cmpuint (g_list_model_get_n_items (matches), >=, 1);
  first = g_list_model_get_item (matches, 0);
  g_assert_cmpstr (dm_actor_get_name (first), ==, "China");
  g_signal_emit_by_name (dm_comparison_picker_get_entry (picker_a), "activate");
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_A), ==, "China");
  g_assert_cmpstr (dm_actor_get_uuid (dm_comparison_view_get_actor_a (f->view)), ==, f->china);

  /* "EU", its code: not Reuters, not Europe's other bodies. */
  gtk_editable_set_text (dm_comparison_picker_get_entry (picker_b), "eu");
  g_clear_object (&first);
  first = g_list_model_get_item (dm_comparison_picker_get_matches (picker_b), 0);
  g_assert_cmpstr (dm_actor_get_name (first), ==, "European Union");
  g_assert_true (dm_comparison_picker_pick_selected (picker_b));
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_B), ==, "European Union");

  g_assert_true (spin_until (three_rows_shown, f));
  g_assert_cmpstr (row_relation (f, PLAN), ==, "Disagree");

  /* Typing without picking, then leaving: the name comes back. */
  gtk_editable_set_text (dm_comparison_picker_get_entry (picker_a), "Bel");
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_A), ==, "Bel");
  dm_comparison_picker_set_actor (picker_a, dm_comparison_view_get_actor_a (f->view));
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_A), ==, "China");

  /* The pair is remembered. */
  remembered_a = g_settings_get_string (settings, "compare-actor-a");
  remembered_b = g_settings_get_string (settings, "compare-actor-b");
  g_assert_cmpstr (remembered_a, ==, f->china);
  g_assert_cmpstr (remembered_b, ==, f->eu);
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  GListModel *items = G_LIST_MODEL (gtk_list_view_get_model (_dm_comparison_view_get_list_view (f->view)));
  g_autofree char *header = NULL;
  DmComparison *comparison;
  DmComparisonCell *cell;

  show_china_and_eu (f);

  /* The pickers show what the setter chose. */
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_A), ==, "China");
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_B), ==, "European Union");
  header = dup_header (f);
  g_assert_cmpstr (header, ==, "Topic|A|China|Relation|B|European Union");

  comparison = dm_comparison_view_get_comparison (f->view);
  g_assert_nonnull (comparison);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (comparison)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, 3);
  g_assert_cmpuint (count_rows_shown (f), ==, 3);

  /* The plan: China supports, the EU (Borrell, rolled up) opposes. */
  g_assert_cmpstr (row_relation (f, PLAN), ==, "Disagree");
  g_assert_cmpstr (row_stance (f, PLAN, DM_COMPARISON_SIDE_A), ==, "Supports");
  g_assert_cmpstr (row_stance (f, PLAN, DM_COMPARISON_SIDE_B), ==, "Opposes");
  cell = row_cell (f, PLAN, DM_COMPARISON_SIDE_B);
  g_assert_cmpuint (count_quotes_shown (cell), ==, 1);

  /* Impartiality: the EU alone; China's cell says so. */
  g_assert_cmpstr (row_relation (f, IMPARTIALITY), ==, "Only European Union");
  g_assert_null (row_stance (f, IMPARTIALITY, DM_COMPARISON_SIDE_A));
  g_assert_nonnull (find_first (GTK_WIDGET (row_cell (f, IMPARTIALITY, DM_COMPARISON_SIDE_A)), has_class, "absent"));

  /* Responsibility: China blamed without a stance. */
  g_assert_cmpstr (row_relation (f, RESPONSIBILITY), ==, "Only China");
  g_assert_cmpstr (row_stance (f, RESPONSIBILITY, DM_COMPARISON_SIDE_A), ==, "No stance");

  /* The summary: one shared topic, on which they disagree. */
  g_assert_cmpstr (summary_text (f, "agreement-figure"), ==, "0 %");
  g_assert_cmpstr (dm_comparison_view_state_get_shared_label (_dm_comparison_view_get_state (f->view)), ==,
                   "on 1 shared topic");
  g_assert_cmpstr (pill_text (f, "relation-agree"), ==, "0 agree");
  g_assert_cmpstr (pill_text (f, "relation-disagree"), ==, "1 disagree");
  g_assert_cmpstr (pill_text (f, "relation-partly"), ==, "0 partly");
  g_assert_cmpstr (pill_text (f, "relation-only-a"), ==, "1 only China");
  g_assert_cmpstr (pill_text (f, "relation-only-b"), ==, "1 only European Union");
  g_assert_true (gtk_widget_has_css_class (find_first (GTK_WIDGET (f->view), has_class, "relation-agree"), "empty"));

  /* The chart draws the same three topics. */
  g_assert_true (dm_comparison_chart_get_comparison (_dm_comparison_view_get_chart (f->view)) == comparison);
  g_assert_true (spin_until (chart_drawn, f));
}

static void
test_swap (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *header = NULL;
  GtkWidget *swap;

  show_china_and_eu (f);

  swap = find_first (GTK_WIDGET (f->view), has_class, "swap-button");
  g_assert_nonnull (swap);
  g_signal_emit_by_name (swap, "clicked");

  /* At once, in the pickers and the table. */
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_A), ==, "European Union");
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_B), ==, "China");
  g_assert_cmpstr (dm_actor_get_uuid (dm_comparison_view_get_actor_a (f->view)), ==, f->eu);
  g_assert_cmpstr (dm_actor_get_name (dm_comparison_get_actor (dm_comparison_view_get_comparison (f->view),
                                                               DM_COMPARISON_SIDE_A)), ==, "European Union");
  g_assert_true (spin_until (three_rows_shown, f));
  spin_frames (2);

  header = dup_header (f);
  g_assert_cmpstr (header, ==, "Topic|A|European Union|Relation|B|China");
  g_assert_cmpstr (row_relation (f, PLAN), ==, "Disagree");
  g_assert_cmpstr (row_stance (f, PLAN, DM_COMPARISON_SIDE_A), ==, "Opposes");
  g_assert_cmpstr (row_stance (f, PLAN, DM_COMPARISON_SIDE_B), ==, "Supports");
  g_assert_cmpstr (row_relation (f, IMPARTIALITY), ==, "Only European Union");
  g_assert_cmpstr (row_stance (f, IMPARTIALITY, DM_COMPARISON_SIDE_A), ==, "Opposes");
  g_assert_null (row_stance (f, IMPARTIALITY, DM_COMPARISON_SIDE_B));
  g_assert_cmpstr (pill_text (f, "relation-only-a"), ==, "1 only European Union");
  g_assert_cmpstr (pill_text (f, "relation-only-b"), ==, "1 only China");

  /* And back, with the keyboard's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), "comparison.swap", NULL));
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_A), ==, "China");
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_B), ==, "European Union");
}

static void
test_open_evidence (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *row;
  guint start;
  guint end;

  show_china_and_eu (f);

  /* Borrell's criticism, the EU's newest statement on the plan. */
  row = find_first (GTK_WIDGET (row_cell (f, PLAN, DM_COMPARISON_SIDE_B)), is_type,
                    GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX_ROW));
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_activate (row));

  quote_span (f, BORRELL_PLAN_QUOTE, &start, &end);
  g_assert_cmpuint (f->n_opened, ==, 1);
  g_assert_cmpstr (f->opened_article, ==, dm_article_get_uuid (f->article));
  g_assert_cmpuint (f->opened_start, ==, start);
  g_assert_cmpuint (f->opened_end, ==, end);

  /* China's side of the same row. */
  row = find_first (GTK_WIDGET (row_cell (f, PLAN, DM_COMPARISON_SIDE_A)), is_type,
                    GSIZE_TO_POINTER (GTK_TYPE_LIST_BOX_ROW));
  g_assert_true (gtk_widget_activate (row));
  quote_span (f, CHINA_PLAN_QUOTE, &start, &end);
  g_assert_cmpuint (f->n_opened, ==, 2);
  g_assert_cmpuint (f->opened_start, ==, start);
  g_assert_cmpuint (f->opened_end, ==, end);
}

static gboolean
plan_shows_two_eu_quotes (Fixture *f)
{
  GtkWidget *row = find_row (f, PLAN);

  return row != NULL && count_quotes_shown (row_cell (f, PLAN, DM_COMPARISON_SIDE_B)) == 2;
}

static gboolean
impartiality_disputed (Fixture *f)
{
  return recompute_done (f) && find_row (f, IMPARTIALITY) != NULL &&
         g_strcmp0 (row_relation (f, IMPARTIALITY), "Disagree") == 0;
}

/* A row expands to every quote, and stays expanded when the store
 * changes and the comparison is computed again. */
static void
test_expand (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *expander;
  GtkWidget *row;

  show_china_and_eu (f);

  row = find_row (f, PLAN);
  expander = find_first (row, has_class, "expander-button");
  g_assert_nonnull (expander);
  g_assert_null (find_first (find_row (f, IMPARTIALITY), has_class, "expander-button"));
  g_assert_cmpuint (count_quotes_shown (row_cell (f, PLAN, DM_COMPARISON_SIDE_B)), ==, 1);

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (expander), TRUE);
  g_assert_true (spin_until (plan_shows_two_eu_quotes, f));

  /* A change in the store: computed again after a pause, still open. */
  code (f, CHINA_PLAN_QUOTE, "China", IMPARTIALITY, DM_POLARITY_SUPPORTS);
  g_assert_true (_dm_comparison_view_get_recompute_pending (f->view));
  g_assert_true (spin_until (impartiality_disputed, f));
  g_assert_true (spin_until (plan_shows_two_eu_quotes, f));
  g_assert_cmpstr (dm_comparison_view_state_get_shared_label (_dm_comparison_view_get_state (f->view)), ==,
                   "on 2 shared topics");

  /* Enter on the row folds it again. */
  g_signal_emit_by_name (_dm_comparison_view_get_list_view (f->view), "activate", 0u);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (find_first (find_row (f, PLAN), has_class,
                                                                               "expander-button"))));
}

static gboolean
status_shown (Fixture *f)
{
  return recompute_done (f) &&
         g_strcmp0 (dm_comparison_view_state_get_page (_dm_comparison_view_get_state (f->view)), "status") == 0;
}

static gboolean
two_rows_shown (Fixture *f)
{
  return recompute_done (f) && count_rows_shown (f) == 2;
}

static gboolean
only_china_on_plan (Fixture *f)
{
  return recompute_done (f) && find_row (f, PLAN) != NULL &&
         g_strcmp0 (row_relation (f, PLAN), "Only China") == 0;
}

static void
test_filters (Fixture       *f,
              gconstpointer  data)
{
  GtkEditable *from = _dm_comparison_view_get_date_entry (f->view, FALSE);
  GtkDropDown *topics = _dm_comparison_view_get_topic_dropdown (f->view);
  GListModel *topic_model = gtk_drop_down_get_model (topics);
  g_autoptr(DmTopic) first = NULL;
  DmComparison *before;
  guint position = GTK_INVALID_LIST_POSITION;

  show_china_and_eu (f);

  /* A period after the article: nothing to compare. */
  gtk_editable_set_text (from, "2024");
  g_assert_true (_dm_comparison_view_get_recompute_pending (f->view));
  g_assert_true (spin_until (status_shown, f));
  g_assert_cmpstr (dm_comparison_view_state_get_status_title (_dm_comparison_view_get_state (f->view)), ==,
                   "Nothing to Compare");

  /* Not a date: marked, and nothing computed. */
  before = dm_comparison_view_get_comparison (f->view);
  gtk_editable_set_text (from, "2023-13");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (from), "error"));
  g_assert_true (spin_until (recompute_done, f));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (from), "error"));
  g_assert_true (dm_comparison_view_get_comparison (f->view) == before);

  /* Cleared: everything again. */
  gtk_editable_set_text (from, "");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (from), "error"));
  g_assert_true (spin_until (three_rows_shown, f));

  /* One topic and what is under it. */
  first = g_list_model_get_item (topic_model, 0);
  g_assert_cmpstr (dm_topic_get_path (first), ==, "All topics");
  for (guint i = 0; i < g_list_model_get_n_items (topic_model); i++)
    {
      g_autoptr(DmTopic) topic = g_list_model_get_item (topic_model, i);

      if (g_strcmp0 (dm_topic_get_name (topic), "China's peace position") == 0)
        position = i;
    }
  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (topics, position);
  g_assert_true (spin_until (two_rows_shown, f));
  gtk_drop_down_set_selected (topics, 0);
  g_assert_true (spin_until (three_rows_shown, f));

  /* Without the roll-up, Borrell's words are not the EU's. */
  gtk_switch_set_active (_dm_comparison_view_get_rollup_switch (f->view), FALSE);
  g_assert_true (spin_until (only_china_on_plan, f));
  gtk_switch_set_active (_dm_comparison_view_get_rollup_switch (f->view), TRUE);
  g_assert_true (spin_until (three_rows_shown, f));

  /* Depth 1 folds the plan and impartiality into China's peace position. */
  gtk_spin_button_set_value (_dm_comparison_view_get_depth_spin (f->view), 1);
  g_assert_true (spin_until (two_rows_shown, f));
  g_assert_cmpstr (row_relation (f, "China's peace position"), ==, "Disagree");
}

static gboolean
remembered_pair_shown (Fixture *f)
{
  return three_rows_shown (f);
}

static void
test_remember (Fixture       *f,
               gconstpointer  data)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *view;

  show_china_and_eu (f);
  dm_comparison_view_swap (f->view);

  /* A new view (a new window, the next session) shows the last pair. */
  view = dm_comparison_view_new (f->store);
  gtk_window_set_child (GTK_WINDOW (window), view);
  g_assert_cmpstr (dm_actor_get_uuid (dm_comparison_view_get_actor_a (DM_COMPARISON_VIEW (view))), ==, f->eu);
  g_assert_cmpstr (dm_actor_get_uuid (dm_comparison_view_get_actor_b (DM_COMPARISON_VIEW (view))), ==, f->china);
  g_assert_nonnull (dm_comparison_view_get_comparison (DM_COMPARISON_VIEW (view)));
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_true (spin_until (remembered_pair_shown, f));
}

static void
test_same_actor (Fixture       *f,
                 gconstpointer  data)
{
  DmComparisonViewState *state = _dm_comparison_view_get_state (f->view);

  show_china_and_eu (f);
  dm_comparison_view_set_actors (f->view, f->china, f->china);

  g_assert_null (dm_comparison_view_get_comparison (f->view));
  g_assert_cmpstr (dm_comparison_view_state_get_page (state), ==, "status");
  g_assert_cmpstr (dm_comparison_view_state_get_status_title (state), ==, "Pick Two Different Actors");

  /* Unknown actors leave their side empty. */
  dm_comparison_view_set_actors (f->view, "no such actor", f->eu);
  g_assert_null (dm_comparison_view_get_actor_a (f->view));
  g_assert_cmpstr (picker_text (f, DM_COMPARISON_SIDE_A), ==, "");
  g_assert_cmpstr (dm_comparison_view_state_get_status_title (state), ==, "Compare Two Actors");
}

typedef struct
{
  gboolean  done;
  gboolean  written;
  GError   *error;
} Export;

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  Export *export = user_data;

  export->written = dm_comparison_view_export_finish (DM_COMPARISON_VIEW (object), result, &export->error);
  export->done = TRUE;
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "China vs EU.html", NULL);
  g_autofree char *bad_path = g_build_filename (f->dir, "missing", "report.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  Export export = { FALSE, FALSE, NULL };
  GtkWidget *export_button;
  g_autofree char *html = NULL;
  GtkLabel *message;

  /* Nothing to export yet. */
  dm_comparison_view_export_async (f->view, file, NULL, exported_cb, &export);
  while (!export.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (export.written);
  g_assert_error (export.error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&export.error);
  export_button = find_first (GTK_WIDGET (f->view), has_action, "comparison.export");
  g_assert_nonnull (export_button);
  g_assert_false (gtk_widget_get_sensitive (export_button));

  show_china_and_eu (f);
  g_assert_true (gtk_widget_get_sensitive (export_button));

  /* Written, and said so, naming the file. */
  dm_comparison_view_export (f->view, file);
  g_assert_true (spin_until (message_shown, f));
  message = _dm_comparison_view_get_message_label (f->view);
  g_assert_nonnull (strstr (gtk_label_get_text (message), "China vs EU.html"));
  g_assert_true (g_file_get_contents (path, &html, NULL, NULL));
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "European Union"));

  /* A folder that is not there: an error in the view, naming the file. */
  gtk_revealer_set_reveal_child (GTK_REVEALER (gtk_widget_get_ancestor (GTK_WIDGET (message), GTK_TYPE_REVEALER)),
                                 FALSE);
  dm_comparison_view_export (f->view, bad_file);
  g_assert_true (spin_until (message_shown, f));
  message = _dm_comparison_view_get_message_label (f->view);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (message), "Could not export the report to “"));
  g_assert_nonnull (strstr (gtk_label_get_text (message), bad_path));
  g_assert_true (gtk_widget_has_css_class (gtk_widget_get_parent (GTK_WIDGET (message)), "error"));
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));

  g_remove (path);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/ui/ComparisonView/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("pick", test_pick);
  ADD ("rows", test_rows);
  ADD ("swap", test_swap);
  ADD ("open-evidence", test_open_evidence);
  ADD ("expand", test_expand);
  ADD ("filters", test_filters);
  ADD ("remember", test_remember);
  ADD ("same-actor", test_same_actor);
  ADD ("export", test_export);

#undef ADD

  return g_test_run ();
}
