/* test-comparison-view-state.c - the Compare view's logic, no display
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The labels, badges and classes the comparison view shows, the presenter
 * behind its summary and status page, the per-topic items behind its rows,
 * and the actor matching of its pickers, on comparisons computed from a
 * temporary store.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "demarche-core.h"
#include "dm-comparison-item.h"
#include "dm-comparison-view-state.h"

#define SAMPLE_TITLE "Belarus and China back peace talks on Ukraine"
#define PLAN "China's 12-point peace plan"
#define IMPARTIALITY "China's impartiality"
#define RESPONSIBILITY "Responsibility for the war"

typedef struct
{
  char      *dir;
  char      *path;
  DmStore   *store;
  DmArticle *article;
  char      *china;
  char      *eu;
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
  g_assert_true (dm_store_add_annotation (f->store, annotation, &error));
  g_assert_no_error (error);
}

static DmComparison *
compare (Fixture    *f,
         const char *from)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(GError) error = NULL;
  DmComparison *comparison;

  dm_comparison_query_set_from (query, from);
  comparison = dm_comparison_new (f->store, f->china, f->eu, query, &error);
  g_assert_no_error (error);
  return comparison;
}

/* Borrowed from @comparison, which holds its rows. */
static DmComparisonRow *
find_row (DmComparison *comparison,
          const char   *topic_name)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (comparison)); i++)
    {
      DmComparisonRow *row = g_list_model_get_item (G_LIST_MODEL (comparison), i);

      g_object_unref (row);
      if (g_strcmp0 (dm_comparison_row_get_topic_name (row), topic_name) == 0)
        return row;
    }

  g_assert_not_reached ();
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

/* }}} */

/* Fixture {{{ */

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("demarche-compare-state-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "test.db", NULL);
  f->store = dm_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (dm_store_seed_defaults (f->store, &error));
  g_assert_no_error (error);
  f->article = dm_store_resolve_article (f->store, SAMPLE_TITLE, &error);
  g_assert_no_error (error);
  f->china = dup_actor_uuid (f->store, "China");
  f->eu = dup_actor_uuid (f->store, "European Union");

  code (f, "by presenting a 12-point document in which it endorses the government’s position",
        "China", PLAN, DM_POLARITY_SUPPORTS);
  code (f, "The Chinese peace proposal received criticism from the European Union (EU) High Representative for "
           "Foreign Affairs, Josep Borrell, who pointed out the need for improvement in the text “to be credible”",
        "Josep Borrell", PLAN, DM_POLARITY_OPPOSES);
  code (f, "the proposal “contains interesting elements”, among them the non-recourse to nuclear weapons, the "
           "exchange of prisoners and the grain agreements, but that is not enough",
        "Josep Borrell", PLAN, DM_POLARITY_MIXED);
  code (f, "Borrell also criticized the fact that China has not sent diplomatic missions to Kiev in the same way as "
           "it sent to Moscow",
        "Josep Borrell", IMPARTIALITY, DM_POLARITY_OPPOSES);
  code (f, "has blamed NATO and the United States for being behind the conflict by “failing to take into account "
           "legitimate security concerns” from Moscow",
        "China", RESPONSIBILITY, DM_POLARITY_NONE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
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
}

/* }}} */

/* Cases {{{ */

static void
test_labels (void)
{
  g_autofree char *agree = dm_comparison_view_state_format_relation (DM_RELATION_AGREE, "China", "EU");
  g_autofree char *disagree = dm_comparison_view_state_format_relation (DM_RELATION_DISAGREE, "China", "EU");
  g_autofree char *partly = dm_comparison_view_state_format_relation (DM_RELATION_PARTLY, "China", "EU");
  g_autofree char *only_a = dm_comparison_view_state_format_relation (DM_RELATION_ONLY_A, "China", "EU");
  g_autofree char *only_b = dm_comparison_view_state_format_relation (DM_RELATION_ONLY_B, "China", "EU");

  g_assert_cmpstr (dm_comparison_view_state_polarity_label (DM_POLARITY_SUPPORTS), ==, "Supports");
  g_assert_cmpstr (dm_comparison_view_state_polarity_label (DM_POLARITY_OPPOSES), ==, "Opposes");
  g_assert_cmpstr (dm_comparison_view_state_polarity_label (DM_POLARITY_NEUTRAL), ==, "Neutral");
  g_assert_cmpstr (dm_comparison_view_state_polarity_label (DM_POLARITY_MIXED), ==, "Mixed");
  g_assert_cmpstr (dm_comparison_view_state_polarity_label (DM_POLARITY_NONE), ==, "No stance");

  g_assert_cmpstr (dm_comparison_view_state_polarity_class (DM_POLARITY_SUPPORTS), ==, "polarity-supports");
  g_assert_cmpstr (dm_comparison_view_state_polarity_class (DM_POLARITY_OPPOSES), ==, "polarity-opposes");
  g_assert_cmpstr (dm_comparison_view_state_polarity_class (DM_POLARITY_NEUTRAL), ==, "polarity-neutral");
  g_assert_cmpstr (dm_comparison_view_state_polarity_class (DM_POLARITY_MIXED), ==, "polarity-mixed");
  g_assert_cmpstr (dm_comparison_view_state_polarity_class (DM_POLARITY_NONE), ==, "polarity-none");

  g_assert_cmpstr (agree, ==, "Agree");
  g_assert_cmpstr (disagree, ==, "Disagree");
  g_assert_cmpstr (partly, ==, "Partly");
  g_assert_cmpstr (only_a, ==, "Only China");
  g_assert_cmpstr (only_b, ==, "Only EU");

  g_assert_cmpstr (dm_comparison_view_state_relation_class (DM_RELATION_AGREE), ==, "relation-agree");
  g_assert_cmpstr (dm_comparison_view_state_relation_class (DM_RELATION_DISAGREE), ==, "relation-disagree");
  g_assert_cmpstr (dm_comparison_view_state_relation_class (DM_RELATION_PARTLY), ==, "relation-partly");
  g_assert_cmpstr (dm_comparison_view_state_relation_class (DM_RELATION_ONLY_A), ==, "relation-only-a");
  g_assert_cmpstr (dm_comparison_view_state_relation_class (DM_RELATION_ONLY_B), ==, "relation-only-b");
}

static void
test_figures (void)
{
  static const struct {
    double      agreement;
    const char *label;
  } agreements[] = {
    { -1.0, "—" },
    { 0.0, "0 %" },
    { 0.5, "50 %" },
    { 2.0 / 3.0, "67 %" },
    /* printf's rounding, as the report and the command line print it */
    { 0.125, "12 %" },
    { 1.0, "100 %" },
  };
  static const struct {
    guint       n;
    const char *label;
  } shared[] = {
    { 0, "no shared topics" },
    { 1, "on 1 shared topic" },
    { 3, "on 3 shared topics" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (agreements); i++)
    {
      g_autofree char *label = dm_comparison_view_state_format_agreement (agreements[i].agreement);

      g_assert_cmpstr (label, ==, agreements[i].label);
    }

  for (guint i = 0; i < G_N_ELEMENTS (shared); i++)
    {
      g_autofree char *label = dm_comparison_view_state_format_shared (shared[i].n);

      g_assert_cmpstr (label, ==, shared[i].label);
    }
}

static void
test_evidence_meta (void)
{
  g_autofree char *full = dm_comparison_view_state_format_evidence_meta ("Josep Borrell", "2023-02-24", "Brasil de Fato");
  g_autofree char *month = dm_comparison_view_state_format_evidence_meta (NULL, "2023-02", "");
  g_autofree char *undated = dm_comparison_view_state_format_evidence_meta ("China", NULL, "Belta");

  g_assert_cmpstr (full, ==, "Josep Borrell · 24 Feb 2023 · Brasil de Fato");
  g_assert_cmpstr (month, ==, "Feb 2023");
  g_assert_cmpstr (undated, ==, "China · Undated · Belta");
}

static void
test_dates (void)
{
  static const char * const valid[] = { "", "2023", "2023-02", "2023-02-24", "2024-02-29" };
  static const char * const invalid[] = { "2023-13", "2023-02-30", "23", "2023/02/01", "abcd", "2023-2-1", "2023-02-24T00" };

  g_assert_true (dm_comparison_view_state_check_date (NULL, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (valid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (dm_comparison_view_state_check_date (valid[i], &error));
      g_assert_no_error (error);
    }

  for (guint i = 0; i < G_N_ELEMENTS (invalid); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (dm_comparison_view_state_check_date (invalid[i], &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_assert_nonnull (strstr (error->message, invalid[i]));
    }
}

static void
test_presenter (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DmComparisonViewState) state = dm_comparison_view_state_new ();
  g_autoptr(DmComparison) comparison = compare (f, NULL);
  g_autoptr(DmComparison) empty = compare (f, "2030");
  g_autoptr(DmActor) china = dm_store_lookup_actor (f->store, f->china, NULL);
  g_autoptr(DmActor) eu = dm_store_lookup_actor (f->store, f->eu, NULL);
  guint n_figure = 0;
  guint n_disagree = 0;

  g_signal_connect (state, "notify::agreement-label", G_CALLBACK (count_notify_cb), &n_figure);
  g_signal_connect (state, "notify::n-disagree", G_CALLBACK (count_notify_cb), &n_disagree);

  /* Nothing picked */
  g_assert_cmpstr (dm_comparison_view_state_get_page (state), ==, "status");
  g_assert_cmpstr (dm_comparison_view_state_get_status_title (state), ==, "Compare Two Actors");
  g_assert_cmpstr (dm_comparison_view_state_get_agreement_label (state), ==, "—");
  g_assert_cmpstr (dm_comparison_view_state_get_shared_label (state), ==, "no shared topics");
  g_assert_cmpstr (dm_comparison_view_state_get_name_a (state), ==, "First actor");

  /* The same actor twice */
  dm_comparison_view_state_set_actor_a (state, china);
  dm_comparison_view_state_set_actor_b (state, china);
  g_assert_cmpstr (dm_comparison_view_state_get_status_title (state), ==, "Pick Two Different Actors");
  g_assert_cmpstr (dm_comparison_view_state_get_name_a (state), ==, "China");

  /* Two, not computed yet */
  dm_comparison_view_state_set_actor_b (state, eu);
  g_assert_cmpstr (dm_comparison_view_state_get_page (state), ==, "status");
  g_assert_cmpstr (dm_comparison_view_state_get_status_title (state), ==, "Comparing…");
  g_assert_cmpuint (n_figure, ==, 0);

  /* Computed: one shared topic, on which they disagree */
  dm_comparison_view_state_set_comparison (state, comparison);
  g_assert_cmpstr (dm_comparison_view_state_get_page (state), ==, "table");
  g_assert_cmpstr (dm_comparison_view_state_get_name_b (state), ==, "European Union");
  g_assert_cmpstr (dm_comparison_view_state_get_agreement_label (state), ==, "0 %");
  g_assert_cmpstr (dm_comparison_view_state_get_shared_label (state), ==, "on 1 shared topic");
  g_assert_cmpuint (dm_comparison_view_state_get_count (state, DM_RELATION_DISAGREE), ==, 1);
  g_assert_cmpuint (dm_comparison_view_state_get_count (state, DM_RELATION_ONLY_A), ==, 1);
  g_assert_cmpuint (dm_comparison_view_state_get_count (state, DM_RELATION_ONLY_B), ==, 1);
  g_assert_cmpstr (dm_comparison_view_state_get_count_label (state, DM_RELATION_AGREE), ==, "0 agree");
  g_assert_cmpstr (dm_comparison_view_state_get_count_label (state, DM_RELATION_DISAGREE), ==, "1 disagree");
  g_assert_cmpstr (dm_comparison_view_state_get_count_label (state, DM_RELATION_PARTLY), ==, "0 partly");
  g_assert_cmpstr (dm_comparison_view_state_get_count_label (state, DM_RELATION_ONLY_A), ==, "1 only China");
  g_assert_cmpstr (dm_comparison_view_state_get_count_label (state, DM_RELATION_ONLY_B), ==,
                   "1 only European Union");
  g_assert_cmpuint (n_figure, ==, 1);
  g_assert_cmpuint (n_disagree, ==, 1);

  /* Setting the same again notifies nothing. */
  dm_comparison_view_state_set_comparison (state, comparison);
  g_assert_cmpuint (n_figure, ==, 1);
  g_assert_cmpuint (n_disagree, ==, 1);

  /* Filtered to nothing */
  dm_comparison_view_state_set_comparison (state, empty);
  g_assert_cmpstr (dm_comparison_view_state_get_page (state), ==, "status");
  g_assert_cmpstr (dm_comparison_view_state_get_status_title (state), ==, "Nothing to Compare");
  g_assert_cmpstr (dm_comparison_view_state_get_agreement_label (state), ==, "—");
  g_assert_cmpuint (n_figure, ==, 2);
  g_assert_cmpuint (n_disagree, ==, 2);

  /* The names follow the comparison on screen, not the pickers. */
  dm_comparison_view_state_set_comparison (state, comparison);
  dm_comparison_view_state_set_actor_a (state, eu);
  g_assert_cmpstr (dm_comparison_view_state_get_name_a (state), ==, "China");
}

/* An orphan's span no longer says where its quote is: the Compare page
 * leaves it out and says so. */
static void
test_orphans (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(DmComparisonViewState) state = dm_comparison_view_state_new ();
  g_autoptr(DmComparison) before = compare (f, NULL);
  g_autoptr(DmComparison) after = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GError) error = NULL;
  gboolean orphaned = FALSE;

  annotations = dm_store_dup_annotations (f->store, dm_article_get_uuid (f->article), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);

      if (g_str_has_prefix (dm_annotation_get_quote (annotation), "Borrell also criticized"))
        {
          dm_annotation_set_orphan (annotation, TRUE);
          g_assert_true (dm_store_update_annotation (f->store, annotation, &error));
          g_assert_no_error (error);
          orphaned = TRUE;
        }
    }
  g_assert_true (orphaned);

  dm_comparison_view_state_set_comparison (state, before);
  g_assert_cmpuint (dm_comparison_view_state_get_count (state, DM_RELATION_ONLY_B), ==, 1);
  g_assert_cmpstr (dm_comparison_view_state_get_shared_label (state), ==, "on 1 shared topic");

  after = compare (f, NULL);
  dm_comparison_view_state_set_comparison (state, after);
  g_assert_cmpuint (dm_comparison_view_state_get_count (state, DM_RELATION_ONLY_B), ==, 0);
  g_assert_cmpuint (dm_comparison_view_state_get_count (state, DM_RELATION_DISAGREE), ==, 1);
  g_assert_cmpstr (dm_comparison_view_state_get_shared_label (state), ==,
                   "on 1 shared topic · 1 unplaced annotation not counted");
}

static void
test_rows (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(DmComparison) comparison = compare (f, NULL);
  DmComparisonRow *plan = find_row (comparison, PLAN);
  DmComparisonRow *responsibility = find_row (comparison, RESPONSIBILITY);
  g_autofree char *tally_a = dm_comparison_view_state_format_tally (plan, DM_COMPARISON_SIDE_A);
  g_autofree char *tally_b = dm_comparison_view_state_format_tally (plan, DM_COMPARISON_SIDE_B);
  double position = 0;

  g_assert_cmpstr (tally_a, ==, "1 statement");
  g_assert_cmpstr (tally_b, ==, "1 opposes · 1 mixed");

  /* China all for its plan; the EU one against, one mixed. */
  g_assert_true (dm_comparison_view_state_get_position (plan, DM_COMPARISON_SIDE_A, &position));
  g_assert_cmpfloat_with_epsilon (position, 1.0, 1e-9);
  g_assert_true (dm_comparison_view_state_get_position (plan, DM_COMPARISON_SIDE_B, &position));
  g_assert_cmpfloat_with_epsilon (position, -0.5, 1e-9);

  /* A blame has no stance to place; a missing side neither. */
  g_assert_false (dm_comparison_view_state_get_position (responsibility, DM_COMPARISON_SIDE_A, &position));
  g_assert_false (dm_comparison_view_state_get_position (responsibility, DM_COMPARISON_SIDE_B, &position));
}

static void
test_item (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(DmComparison) comparison = compare (f, NULL);
  g_autoptr(DmComparisonItem) plan = dm_comparison_item_new (comparison, find_row (comparison, PLAN));
  g_autoptr(DmComparisonItem) impartiality = dm_comparison_item_new (comparison, find_row (comparison, IMPARTIALITY));
  g_autofree char *parent = NULL;
  g_autofree char *relation = NULL;
  g_autofree char *expander = NULL;
  g_autofree char *tally = NULL;
  gboolean has_a = TRUE;
  guint n_expanded = 0;
  guint n_quotes_changed = 0;

  g_object_get (plan,
                "topic-parent", &parent,
                "relation-label", &relation,
                "expander-label", &expander,
                "tally-b", &tally,
                NULL);
  g_assert_cmpstr (parent, ==, "China's peace position");
  g_assert_cmpstr (relation, ==, "Disagree");
  g_assert_cmpstr (expander, ==, "3 quotes");
  g_assert_cmpstr (tally, ==, "1 opposes · 1 mixed");
  g_assert_cmpstr (dm_comparison_item_get_relation_label (impartiality), ==, "Only European Union");
  g_object_get (impartiality, "has-a", &has_a, NULL);
  g_assert_false (has_a);

  /* Collapsed: the newest quote of each side; expanded: all of them. */
  g_assert_true (dm_comparison_item_get_expandable (plan));
  g_assert_false (dm_comparison_item_get_expandable (impartiality));
  g_assert_cmpuint (g_list_model_get_n_items (dm_comparison_item_get_quotes (plan, DM_COMPARISON_SIDE_A)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dm_comparison_item_get_quotes (plan, DM_COMPARISON_SIDE_B)), ==, 1);

  g_signal_connect (plan, "notify::expanded", G_CALLBACK (count_notify_cb), &n_expanded);
  g_signal_connect (dm_comparison_item_get_quotes (plan, DM_COMPARISON_SIDE_B), "items-changed",
                    G_CALLBACK (items_changed_cb), &n_quotes_changed);
  dm_comparison_item_set_expanded (plan, TRUE);
  dm_comparison_item_set_expanded (plan, TRUE);
  g_assert_cmpuint (n_expanded, ==, 1);
  g_assert_cmpuint (n_quotes_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dm_comparison_item_get_quotes (plan, DM_COMPARISON_SIDE_A)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dm_comparison_item_get_quotes (plan, DM_COMPARISON_SIDE_B)), ==, 2);

  g_object_set (plan, "expanded", FALSE, NULL);
  g_assert_cmpuint (n_expanded, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (dm_comparison_item_get_quotes (plan, DM_COMPARISON_SIDE_B)), ==, 1);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/app/ComparisonViewState/labels", test_labels);
  g_test_add_func ("/app/ComparisonViewState/figures", test_figures);
  g_test_add_func ("/app/ComparisonViewState/evidence-meta", test_evidence_meta);
  g_test_add_func ("/app/ComparisonViewState/dates", test_dates);
  g_test_add ("/app/ComparisonViewState/presenter", Fixture, NULL, fixture_set_up, test_presenter, fixture_tear_down);
  g_test_add ("/app/ComparisonViewState/rows", Fixture, NULL, fixture_set_up, test_rows, fixture_tear_down);
  g_test_add ("/app/ComparisonViewState/orphans", Fixture, NULL, fixture_set_up, test_orphans, fixture_tear_down);
  g_test_add ("/app/ComparisonItem/expand", Fixture, NULL, fixture_set_up, test_item, fixture_tear_down);

  return g_test_run ();
}
