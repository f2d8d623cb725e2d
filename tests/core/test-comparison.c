/* test-comparison.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "demarche-core.h"
#include "test-util.h"

#define ACTORS(...) ((const char * const []) { __VA_ARGS__, NULL })

typedef struct
{
  char    *dir;
  DmStore *store;
  guint    counter;

  /* A small codebook: four states, a person who spoke for Aland in
   * 2020–2021, and topics nested three deep. */
  DmActor *aland;
  DmActor *borduria;
  DmActor *carpania;
  DmActor *syldavia;
  DmActor *envoy;
  DmTopic *trade;
  DmTopic *climate;
  DmTopic *energy;
  DmTopic *war;
  DmTopic *talks;
  DmTopic *venue;
} Fixture;

/* Fixture {{{ */

static DmActor *
add_actor (DmStore     *store,
           const char  *name,
           DmActorKind  kind)
{
  g_autoptr(GError) error = NULL;
  DmActor *actor = dm_actor_new (name, kind);

  g_assert_true (dm_store_add_actor (store, actor, &error));
  g_assert_no_error (error);
  return actor;
}

static DmTopic *
add_topic (DmStore    *store,
           const char *name,
           DmTopic    *parent)
{
  g_autoptr(GError) error = NULL;
  DmTopic *topic = dm_topic_new (name, parent != NULL ? dm_topic_get_uuid (parent) : NULL);

  g_assert_true (dm_store_add_topic (store, topic, &error));
  g_assert_no_error (error);
  return topic;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DmRepresentation) term = NULL;

  f->dir = g_dir_make_tmp ("demarche-comparison-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->store = dm_store_open (path, &error);
  g_assert_no_error (error);

  f->aland = add_actor (f->store, "Aland", DM_ACTOR_KIND_STATE);
  f->borduria = add_actor (f->store, "Borduria", DM_ACTOR_KIND_STATE);
  f->carpania = add_actor (f->store, "Carpania", DM_ACTOR_KIND_STATE);
  f->syldavia = add_actor (f->store, "Syldavia", DM_ACTOR_KIND_STATE);

  f->envoy = dm_actor_new ("Pat Envoy", DM_ACTOR_KIND_PERSON);
  term = dm_representation_new (dm_actor_get_uuid (f->aland), "Foreign minister", "2020-01-01", "2021-12");
  dm_actor_add_representation (f->envoy, term);
  g_assert_true (dm_store_add_actor (f->store, f->envoy, &error));
  g_assert_no_error (error);

  f->trade = add_topic (f->store, "Trade", NULL);
  f->climate = add_topic (f->store, "Climate", NULL);
  f->energy = add_topic (f->store, "Energy", NULL);
  f->war = add_topic (f->store, "War", NULL);
  f->talks = add_topic (f->store, "Peace talks", f->war);
  f->venue = add_topic (f->store, "Venue", f->talks);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->aland);
  g_clear_object (&f->borduria);
  g_clear_object (&f->carpania);
  g_clear_object (&f->syldavia);
  g_clear_object (&f->envoy);
  g_clear_object (&f->trade);
  g_clear_object (&f->climate);
  g_clear_object (&f->energy);
  g_clear_object (&f->war);
  g_clear_object (&f->talks);
  g_clear_object (&f->venue);
  g_clear_object (&f->store);
  test_util_remove_tree (f->dir);
  g_free (f->dir);
}

/* One article per statement, the whole body coded. */
static DmAnnotation *
state_full (Fixture            *f,
            const char         *published,
            const char         *source,
            const char         *coder,
            DmAttributionMode   mode,
            const char * const *actors,
            DmTopic            *topic,
            DmPolarity          polarity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = dm_article_new ();
  g_autofree char *title = g_strdup_printf ("Statement %u", ++f->counter);
  g_autofree char *body = g_strdup_printf ("Statement %u: a position, as coded.", f->counter);
  DmAnnotation *annotation;

  dm_article_set_title (article, title);
  dm_article_set_source (article, source);
  dm_article_set_published (article, published);
  dm_article_set_body (article, body);
  g_assert_true (dm_store_add_article (f->store, article, &error));
  g_assert_no_error (error);

  annotation = dm_annotation_new (dm_article_get_uuid (article), 0, g_utf8_strlen (body, -1));
  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (topic));
  dm_annotation_set_polarity (annotation, polarity);
  dm_annotation_set_mode (annotation, mode);
  dm_annotation_set_coder (annotation, coder);
  g_assert_true (dm_store_add_annotation (f->store, annotation, &error));
  g_assert_no_error (error);

  return annotation;
}

static void
state (Fixture    *f,
       const char *published,
       DmActor    *actor,
       DmTopic    *topic,
       DmPolarity  polarity)
{
  g_object_unref (state_full (f, published, "Wire", "ana", DM_ATTRIBUTION_REPORTED_SPEECH,
                              ACTORS (dm_actor_get_uuid (actor)), topic, polarity));
}

static DmComparison *
compare (Fixture           *f,
         DmActor           *a,
         DmActor           *b,
         DmComparisonQuery *query)
{
  g_autoptr(GError) error = NULL;
  DmComparison *comparison = dm_comparison_new (f->store, dm_actor_get_uuid (a), dm_actor_get_uuid (b), query, &error);

  g_assert_no_error (error);
  g_assert_nonnull (comparison);
  return comparison;
}

static DmComparisonRow *
row_for (DmComparison *comparison,
         DmTopic      *topic)
{
  DmComparisonRow *row = dm_comparison_find_row (comparison, dm_topic_get_uuid (topic));

  g_assert_nonnull (row);
  return row;
}

static guint
n_evidence (DmComparisonRow  *row,
            DmComparisonSide  side)
{
  return g_list_model_get_n_items (dm_comparison_row_get_evidence (row, side));
}

static DmComparisonEvidence *
evidence_at (DmComparisonRow  *row,
             DmComparisonSide  side,
             guint             position)
{
  g_autoptr(DmComparisonEvidence) item = g_list_model_get_item (dm_comparison_row_get_evidence (row, side), position);

  g_assert_nonnull (item);
  /* The row's list keeps it alive. */
  return item;
}

/* }}} */

/* Relations {{{ */

static void
test_relation_agree (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  DmComparisonRow *row;
  double agreement = -1;
  guint shared = 0;

  state (f, "2023-01-10", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-11", f->borduria, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-12", f->aland, f->climate, DM_POLARITY_MIXED);
  state (f, "2023-01-13", f->borduria, f->climate, DM_POLARITY_MIXED);

  cmp = compare (f, f->aland, f->borduria, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cmp)), ==, 2);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (cmp)) == DM_TYPE_COMPARISON_ROW);

  row = row_for (cmp, f->trade);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_A), ==, DM_POLARITY_SUPPORTS);
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_B), ==, DM_POLARITY_SUPPORTS);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 1);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_B), ==, 1);
  g_assert_cmpstr (dm_comparison_evidence_get_article_title (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "Statement 1");
  g_assert_cmpstr (dm_comparison_evidence_get_source (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "Wire");
  g_assert_cmpstr (dm_comparison_evidence_get_published (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "2023-01-10");
  g_assert_cmpstr (dm_comparison_evidence_get_speakers (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "Aland");

  /* Both mixed is "both the same": agree. */
  row = row_for (cmp, f->climate);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);

  g_assert_cmpuint (dm_comparison_get_count (cmp, DM_RELATION_AGREE), ==, 2);
  g_assert_true (dm_comparison_get_agreement (cmp, &agreement, &shared));
  g_assert_cmpfloat_with_epsilon (agreement, 1.0, 1e-9);
  g_assert_cmpuint (shared, ==, 2);
}

static void
test_relation_disagree (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  DmComparisonRow *row;
  double agreement = -1;

  state (f, "2023-01-10", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-11", f->borduria, f->trade, DM_POLARITY_OPPOSES);

  cmp = compare (f, f->aland, f->borduria, NULL);
  row = row_for (cmp, f->trade);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_DISAGREE);
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_B), ==, DM_POLARITY_OPPOSES);
  g_assert_true (dm_comparison_get_agreement (cmp, &agreement, NULL));
  g_assert_cmpfloat_with_epsilon (agreement, 0.0, 1e-9);
}

static void
test_relation_partly_mixed (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;

  state (f, "2023-01-10", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-11", f->borduria, f->trade, DM_POLARITY_MIXED);
  state (f, "2023-01-12", f->aland, f->climate, DM_POLARITY_NEUTRAL);
  state (f, "2023-01-13", f->borduria, f->climate, DM_POLARITY_OPPOSES);
  state (f, "2023-01-14", f->aland, f->energy, DM_POLARITY_NEUTRAL);
  state (f, "2023-01-15", f->borduria, f->energy, DM_POLARITY_MIXED);

  cmp = compare (f, f->aland, f->borduria, NULL);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (cmp, f->trade)), ==, DM_RELATION_PARTLY);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (cmp, f->climate)), ==, DM_RELATION_PARTLY);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (cmp, f->energy)), ==, DM_RELATION_PARTLY);
  g_assert_cmpuint (dm_comparison_get_count (cmp, DM_RELATION_PARTLY), ==, 3);
}

static void
test_relation_partly_shifting (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  DmComparisonRow *row;

  /* Borduria mostly supports, but has opposed once: its dominant polarity
   * agrees with Aland's, yet the relation is only partly. */
  state (f, "2023-01-10", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-11", f->borduria, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-02-11", f->borduria, f->trade, DM_POLARITY_OPPOSES);
  state (f, "2023-03-11", f->borduria, f->trade, DM_POLARITY_SUPPORTS);

  cmp = compare (f, f->aland, f->borduria, NULL);
  row = row_for (cmp, f->trade);
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_B), ==, DM_POLARITY_SUPPORTS);
  g_assert_true (dm_comparison_row_get_shifting (row, DM_COMPARISON_SIDE_B));
  g_assert_false (dm_comparison_row_get_shifting (row, DM_COMPARISON_SIDE_A));
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_PARTLY);
  g_assert_cmpuint (dm_comparison_row_get_n_polarity (row, DM_COMPARISON_SIDE_B, DM_POLARITY_SUPPORTS), ==, 2);
  g_assert_cmpuint (dm_comparison_row_get_n_polarity (row, DM_COMPARISON_SIDE_B, DM_POLARITY_OPPOSES), ==, 1);
}

static void
test_relation_only (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  DmComparisonRow *row;
  double agreement = 42;
  guint shared = 42;
  GValue value = G_VALUE_INIT;

  state (f, "2023-01-10", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-11", f->borduria, f->climate, DM_POLARITY_OPPOSES);
  /* A blame without polarity is still a presence. */
  state (f, "2023-01-12", f->aland, f->energy, DM_POLARITY_NONE);

  cmp = compare (f, f->aland, f->borduria, NULL);

  row = row_for (cmp, f->trade);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_ONLY_A);
  g_assert_true (dm_comparison_row_has_side (row, DM_COMPARISON_SIDE_A));
  g_assert_false (dm_comparison_row_has_side (row, DM_COMPARISON_SIDE_B));
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_B), ==, 0);
  g_assert_null (dm_comparison_row_get_newest (row, DM_COMPARISON_SIDE_B));

  row = row_for (cmp, f->climate);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_ONLY_B);

  row = row_for (cmp, f->energy);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_ONLY_A);
  g_assert_true (dm_comparison_row_has_side (row, DM_COMPARISON_SIDE_A));
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_A), ==, DM_POLARITY_NONE);

  /* Nothing shared: the agreement is undefined, not 0. */
  g_assert_false (dm_comparison_get_agreement (cmp, &agreement, &shared));
  g_assert_cmpfloat (agreement, ==, 42);
  g_assert_cmpuint (shared, ==, 0);
  g_value_init (&value, G_TYPE_DOUBLE);
  g_object_get_property (G_OBJECT (cmp), "agreement", &value);
  g_assert_cmpfloat (g_value_get_double (&value), ==, -1.0);
  g_value_unset (&value);
  g_assert_cmpuint (dm_comparison_get_count (cmp, DM_RELATION_ONLY_A), ==, 2);
  g_assert_cmpuint (dm_comparison_get_count (cmp, DM_RELATION_ONLY_B), ==, 1);
}

static void
test_relation_none_is_partly (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;

  state (f, "2023-01-10", f->aland, f->trade, DM_POLARITY_NONE);
  state (f, "2023-01-11", f->borduria, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-12", f->aland, f->climate, DM_POLARITY_NONE);
  state (f, "2023-01-13", f->borduria, f->climate, DM_POLARITY_NONE);

  cmp = compare (f, f->aland, f->borduria, NULL);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (cmp, f->trade)), ==, DM_RELATION_PARTLY);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (cmp, f->climate)), ==, DM_RELATION_PARTLY);
}

static void
test_dominance (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  DmComparisonRow *row;

  /* "none" does not outvote a stance. */
  state (f, "2023-01-01", f->aland, f->trade, DM_POLARITY_NONE);
  state (f, "2023-01-02", f->aland, f->trade, DM_POLARITY_NONE);
  state (f, "2023-01-03", f->aland, f->trade, DM_POLARITY_NEUTRAL);

  /* A tie goes to the newest: mixed (March) over neutral (January)… */
  state (f, "2023-01-01", f->aland, f->climate, DM_POLARITY_NEUTRAL);
  state (f, "2023-03-01", f->aland, f->climate, DM_POLARITY_MIXED);

  /* …and the count beats recency. */
  state (f, "2023-01-01", f->aland, f->energy, DM_POLARITY_OPPOSES);
  state (f, "2023-01-02", f->aland, f->energy, DM_POLARITY_OPPOSES);
  state (f, "2023-05-01", f->aland, f->energy, DM_POLARITY_NEUTRAL);

  state (f, "2023-01-01", f->borduria, f->war, DM_POLARITY_SUPPORTS);

  cmp = compare (f, f->aland, f->borduria, NULL);
  row = row_for (cmp, f->trade);
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_A), ==, DM_POLARITY_NEUTRAL);
  g_assert_cmpuint (dm_comparison_row_get_n_polarity (row, DM_COMPARISON_SIDE_A, DM_POLARITY_NONE), ==, 2);
  row = row_for (cmp, f->climate);
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_A), ==, DM_POLARITY_MIXED);
  row = row_for (cmp, f->energy);
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_A), ==, DM_POLARITY_OPPOSES);

  /* Newest first. */
  g_assert_cmpstr (dm_comparison_evidence_get_published (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "2023-05-01");
  g_assert_cmpstr (dm_comparison_evidence_get_published (evidence_at (row, DM_COMPARISON_SIDE_A, 2)), ==, "2023-01-01");
  g_assert_true (dm_comparison_row_get_newest (row, DM_COMPARISON_SIDE_A) == evidence_at (row, DM_COMPARISON_SIDE_A, 0));
}

static void
test_order (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  DmComparisonRow *row;

  /* Newest first, undated last; on one day the article added last. */
  state (f, NULL, f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-05-01", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-05-01", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2024", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2022-12-31", f->aland, f->trade, DM_POLARITY_SUPPORTS);

  cmp = compare (f, f->aland, f->borduria, NULL);
  row = row_for (cmp, f->trade);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 5);
  g_assert_cmpstr (dm_comparison_evidence_get_article_title (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "Statement 4");
  g_assert_cmpstr (dm_comparison_evidence_get_article_title (evidence_at (row, DM_COMPARISON_SIDE_A, 1)), ==, "Statement 3");
  g_assert_cmpstr (dm_comparison_evidence_get_article_title (evidence_at (row, DM_COMPARISON_SIDE_A, 2)), ==, "Statement 2");
  g_assert_cmpstr (dm_comparison_evidence_get_article_title (evidence_at (row, DM_COMPARISON_SIDE_A, 3)), ==, "Statement 5");
  g_assert_cmpstr (dm_comparison_evidence_get_article_title (evidence_at (row, DM_COMPARISON_SIDE_A, 4)), ==, "Statement 1");
  g_assert_cmpstr (dm_comparison_evidence_get_published (dm_comparison_row_get_first (row, DM_COMPARISON_SIDE_A)), ==,
                   "2022-12-31");
  g_assert_cmpstr (dm_comparison_evidence_get_published (dm_comparison_row_get_last (row, DM_COMPARISON_SIDE_A)), ==,
                   "2024");
}

/* }}} */

/* Attribution {{{ */

static void
test_rollup_dates (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DmComparison) on = NULL;
  g_autoptr(DmComparison) off = NULL;
  g_autoptr(DmComparison) persons = NULL;
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(DmAnnotation) before = NULL;
  g_autoptr(DmAnnotation) during = NULL;
  g_autoptr(DmAnnotation) last_month = NULL;
  g_autoptr(DmAnnotation) after = NULL;
  const char *envoy[] = { dm_actor_get_uuid (f->envoy), NULL };
  DmComparisonRow *row;

  /* Pat Envoy spoke for Aland from 2020-01-01 to the end of 2021-12. */
  before = state_full (f, "2019-12-31", "Wire", NULL, DM_ATTRIBUTION_DIRECT_QUOTE, envoy, f->trade, DM_POLARITY_OPPOSES);
  during = state_full (f, "2020-01-01", "Wire", NULL, DM_ATTRIBUTION_DIRECT_QUOTE, envoy, f->trade, DM_POLARITY_SUPPORTS);
  last_month = state_full (f, "2021-12", "Wire", NULL, DM_ATTRIBUTION_DIRECT_QUOTE, envoy, f->trade, DM_POLARITY_SUPPORTS);
  after = state_full (f, "2022-01-01", "Wire", NULL, DM_ATTRIBUTION_DIRECT_QUOTE, envoy, f->trade, DM_POLARITY_OPPOSES);
  state (f, "2021-06-01", f->borduria, f->trade, DM_POLARITY_SUPPORTS);

  on = compare (f, f->aland, f->borduria, NULL);
  row = row_for (on, f->trade);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 2);
  g_assert_cmpstr (dm_comparison_evidence_get_annotation_uuid (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==,
                   dm_annotation_get_uuid (last_month));
  g_assert_cmpstr (dm_comparison_evidence_get_annotation_uuid (evidence_at (row, DM_COMPARISON_SIDE_A, 1)), ==,
                   dm_annotation_get_uuid (during));
  g_assert_cmpstr (dm_comparison_evidence_get_speakers (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "Pat Envoy");
  /* Statements outside the term stayed out, so Aland never opposed. */
  g_assert_false (dm_comparison_row_get_shifting (row, DM_COMPARISON_SIDE_A));
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);

  dm_comparison_query_set_rollup (query, FALSE);
  off = compare (f, f->aland, f->borduria, query);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (off, f->trade)), ==, DM_RELATION_ONLY_B);

  /* Without roll-up, two persons (or a person and a state) compare as
   * coded: all four of the envoy's statements are the envoy's. */
  persons = compare (f, f->envoy, f->borduria, query);
  row = row_for (persons, f->trade);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 4);
  g_assert_true (dm_comparison_row_get_shifting (row, DM_COMPARISON_SIDE_A));
}

static void
test_rollup_undated (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(DmAnnotation) undated = NULL;
  const char *envoy[] = { dm_actor_get_uuid (f->envoy), NULL };
  DmComparisonRow *row;

  /* Decision: an undated article is covered by every representation
   * period (dm_representation_covers()), not dated by its `created`
   * stamp, which is when it was saved. */
  undated = state_full (f, NULL, "Wire", NULL, DM_ATTRIBUTION_PARAPHRASE, envoy, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-01", f->borduria, f->trade, DM_POLARITY_SUPPORTS);

  cmp = compare (f, f->aland, f->borduria, NULL);
  row = row_for (cmp, f->trade);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 1);
  g_assert_null (dm_comparison_evidence_get_published (evidence_at (row, DM_COMPARISON_SIDE_A, 0)));
  /* Undated evidence has no place in time. */
  g_assert_null (dm_comparison_row_get_first (row, DM_COMPARISON_SIDE_A));
  g_assert_null (dm_comparison_row_get_last (row, DM_COMPARISON_SIDE_A));

  /* With a date bound it is left out altogether. */
  g_clear_object (&cmp);
  dm_comparison_query_set_from (query, "2000");
  cmp = compare (f, f->aland, f->borduria, query);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (cmp, f->trade)), ==, DM_RELATION_ONLY_B);
}

static void
test_joint_statement (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  g_autoptr(DmComparison) other = NULL;
  g_autoptr(DmAnnotation) joint = NULL;
  DmComparisonRow *row;

  joint = state_full (f, "2023-02-24", "Wire", NULL, DM_ATTRIBUTION_REPORTED_SPEECH,
                      ACTORS (dm_actor_get_uuid (f->aland), dm_actor_get_uuid (f->borduria)),
                      f->talks, DM_POLARITY_SUPPORTS);

  cmp = compare (f, f->aland, f->borduria, NULL);
  row = row_for (cmp, f->talks);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 1);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_B), ==, 1);
  /* One statement, one evidence object on both sides. */
  g_assert_true (evidence_at (row, DM_COMPARISON_SIDE_A, 0) == evidence_at (row, DM_COMPARISON_SIDE_B, 0));
  g_assert_cmpstr (dm_comparison_evidence_get_annotation_uuid (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==,
                   dm_annotation_get_uuid (joint));
  g_assert_cmpstr (dm_comparison_evidence_get_speakers (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==,
                   "Aland, Borduria");

  /* And it counts for each actor against a third. */
  other = compare (f, f->carpania, f->borduria, NULL);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (other, f->talks)), ==, DM_RELATION_ONLY_B);
}

/* }}} */

/* Filters {{{ */

static void
test_filter_dates (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(DmComparison) cmp = NULL;
  g_autoptr(GError) error = NULL;
  DmComparisonRow *row;

  state (f, "2022-12-31", f->aland, f->trade, DM_POLARITY_OPPOSES);
  state (f, "2023-01-01", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-02", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-03-31", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-04-01", f->aland, f->trade, DM_POLARITY_OPPOSES);
  state (f, NULL, f->aland, f->trade, DM_POLARITY_OPPOSES);
  state (f, "2023-02-15", f->borduria, f->trade, DM_POLARITY_SUPPORTS);

  /* Both bounds are included. */
  dm_comparison_query_set_from (query, "2023-01-01");
  dm_comparison_query_set_to (query, "2023-03-31");
  cmp = compare (f, f->aland, f->borduria, query);
  row = row_for (cmp, f->trade);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 3);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);
  g_clear_object (&cmp);

  /* A month-precision article overlaps a range starting within it, and a
   * month bound covers its whole month. */
  dm_comparison_query_set_from (query, "2023-02-10");
  dm_comparison_query_set_to (query, "2023-03");
  cmp = compare (f, f->aland, f->borduria, query);
  g_assert_cmpuint (n_evidence (row_for (cmp, f->trade), DM_COMPARISON_SIDE_A), ==, 2);
  g_clear_object (&cmp);

  /* No bounds: undated included. */
  dm_comparison_query_set_from (query, NULL);
  dm_comparison_query_set_to (query, "");
  cmp = compare (f, f->aland, f->borduria, query);
  g_assert_cmpuint (n_evidence (row_for (cmp, f->trade), DM_COMPARISON_SIDE_A), ==, 6);
  g_clear_object (&cmp);

  dm_comparison_query_set_from (query, "2023-13-01");
  g_assert_null (dm_comparison_new (f->store, dm_actor_get_uuid (f->aland), dm_actor_get_uuid (f->borduria),
                                    query, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  dm_comparison_query_set_from (query, "2023-05");
  dm_comparison_query_set_to (query, "2023-04-30");
  g_assert_false (dm_comparison_query_validate (query, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  dm_comparison_query_set_from (query, "2023");
  dm_comparison_query_set_to (query, "2023-04");
  g_assert_true (dm_comparison_query_validate (query, &error));
  g_assert_no_error (error);
}

static void
test_filter_sources (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(DmComparison) cmp = NULL;
  g_autoptr(DmAnnotation) a1 = NULL;
  g_autoptr(DmAnnotation) a2 = NULL;
  g_autoptr(DmAnnotation) a3 = NULL;
  g_autoptr(DmAnnotation) b1 = NULL;
  const char *aland[] = { dm_actor_get_uuid (f->aland), NULL };
  const char *borduria[] = { dm_actor_get_uuid (f->borduria), NULL };
  const char *sources[] = { "Belta", "Xinhua", NULL };
  DmComparisonRow *row;

  a1 = state_full (f, "2023-01-01", "Belta", NULL, DM_ATTRIBUTION_UNSPECIFIED, aland, f->trade, DM_POLARITY_SUPPORTS);
  a2 = state_full (f, "2023-01-02", "belta", NULL, DM_ATTRIBUTION_UNSPECIFIED, aland, f->trade, DM_POLARITY_OPPOSES);
  a3 = state_full (f, "2023-01-03", "Xinhua", NULL, DM_ATTRIBUTION_UNSPECIFIED, aland, f->trade, DM_POLARITY_SUPPORTS);
  b1 = state_full (f, "2023-01-04", "Reuters", NULL, DM_ATTRIBUTION_UNSPECIFIED, borduria, f->trade, DM_POLARITY_SUPPORTS);

  dm_comparison_query_set_sources (query, sources);
  cmp = compare (f, f->aland, f->borduria, query);
  row = row_for (cmp, f->trade);
  /* Exact match: "belta" is another source. */
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 2);
  g_assert_cmpstr (dm_comparison_evidence_get_source (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "Xinhua");
  g_assert_cmpstr (dm_comparison_evidence_get_source (evidence_at (row, DM_COMPARISON_SIDE_A, 1)), ==, "Belta");
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_ONLY_A);
}

static void
test_filter_topics (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(DmComparison) cmp = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *unknown = g_uuid_string_random ();
  const char *war[] = { dm_topic_get_uuid (f->war), NULL };
  const char *talks_and_trade[] = { dm_topic_get_uuid (f->talks), dm_topic_get_uuid (f->trade), NULL };
  const char *missing[] = { unknown, NULL };

  state (f, "2023-01-01", f->aland, f->war, DM_POLARITY_OPPOSES);
  state (f, "2023-01-02", f->aland, f->talks, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-03", f->borduria, f->venue, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-04", f->borduria, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-05", f->aland, f->climate, DM_POLARITY_SUPPORTS);

  /* A topic brings its sub-topics, all the way down. */
  dm_comparison_query_set_topics (query, war);
  cmp = compare (f, f->aland, f->borduria, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cmp)), ==, 3);
  g_assert_nonnull (dm_comparison_find_row (cmp, dm_topic_get_uuid (f->venue)));
  g_assert_null (dm_comparison_find_row (cmp, dm_topic_get_uuid (f->trade)));
  g_clear_object (&cmp);

  /* Any of several. */
  dm_comparison_query_set_topics (query, talks_and_trade);
  cmp = compare (f, f->aland, f->borduria, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cmp)), ==, 3);
  g_assert_null (dm_comparison_find_row (cmp, dm_topic_get_uuid (f->war)));
  g_assert_nonnull (dm_comparison_find_row (cmp, dm_topic_get_uuid (f->trade)));
  g_clear_object (&cmp);

  dm_comparison_query_set_topics (query, missing);
  g_assert_null (dm_comparison_new (f->store, dm_actor_get_uuid (f->aland), dm_actor_get_uuid (f->borduria),
                                    query, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
}

static void
test_filter_coders_and_modes (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(DmComparison) cmp = NULL;
  g_autoptr(DmAnnotation) a1 = NULL;
  g_autoptr(DmAnnotation) a2 = NULL;
  g_autoptr(DmAnnotation) a3 = NULL;
  g_autoptr(DmAnnotation) b1 = NULL;
  const char *aland[] = { dm_actor_get_uuid (f->aland), NULL };
  const char *borduria[] = { dm_actor_get_uuid (f->borduria), NULL };
  const char *coders[] = { "ana", "ben", NULL };
  DmComparisonRow *row;

  a1 = state_full (f, "2023-01-01", "Wire", "ana", DM_ATTRIBUTION_DIRECT_QUOTE, aland, f->trade, DM_POLARITY_SUPPORTS);
  a2 = state_full (f, "2023-01-02", "Wire", "cai", DM_ATTRIBUTION_DIRECT_QUOTE, aland, f->trade, DM_POLARITY_OPPOSES);
  a3 = state_full (f, "2023-01-03", "Wire", "ben", DM_ATTRIBUTION_PARAPHRASE, aland, f->trade, DM_POLARITY_OPPOSES);
  b1 = state_full (f, "2023-01-04", "Wire", "ben", DM_ATTRIBUTION_SPOKESPERSON, borduria, f->trade, DM_POLARITY_SUPPORTS);

  dm_comparison_query_set_coders (query, coders);
  cmp = compare (f, f->aland, f->borduria, query);
  row = row_for (cmp, f->trade);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 2);
  g_assert_cmpstr (dm_comparison_evidence_get_coder (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "ben");
  g_assert_cmpstr (dm_comparison_evidence_get_coder (evidence_at (row, DM_COMPARISON_SIDE_A, 1)), ==, "ana");
  g_clear_object (&cmp);

  /* Modes combine with coders: ana's and ben's direct quotes and
   * spokesperson statements. */
  dm_comparison_query_add_mode (query, DM_ATTRIBUTION_DIRECT_QUOTE);
  dm_comparison_query_add_mode (query, DM_ATTRIBUTION_SPOKESPERSON);
  g_assert_cmpuint (dm_comparison_query_get_modes (query), ==,
                    DM_ATTRIBUTION_MODE_BIT (DM_ATTRIBUTION_DIRECT_QUOTE) |
                    DM_ATTRIBUTION_MODE_BIT (DM_ATTRIBUTION_SPOKESPERSON));
  cmp = compare (f, f->aland, f->borduria, query);
  row = row_for (cmp, f->trade);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 1);
  g_assert_cmpint (dm_comparison_evidence_get_mode (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==,
                   DM_ATTRIBUTION_DIRECT_QUOTE);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_B), ==, 1);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);
  g_clear_object (&cmp);

  dm_comparison_query_set_coders (query, NULL);
  dm_comparison_query_set_modes (query, DM_ATTRIBUTION_MODE_BIT (DM_ATTRIBUTION_PARAPHRASE));
  cmp = compare (f, f->aland, f->borduria, query);
  row = row_for (cmp, f->trade);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 1);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_ONLY_A);
}

static void
test_depth (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(DmComparison) cmp = NULL;
  DmComparisonRow *row;

  state (f, "2023-01-01", f->aland, f->talks, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-02", f->borduria, f->venue, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-03", f->borduria, f->war, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-04", f->aland, f->trade, DM_POLARITY_OPPOSES);

  /* As coded: three topics, nothing shared but trade-less war. */
  cmp = compare (f, f->aland, f->borduria, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cmp)), ==, 4);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (cmp, f->talks)), ==, DM_RELATION_ONLY_A);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (cmp, f->venue)), ==, DM_RELATION_ONLY_B);
  g_clear_object (&cmp);

  /* Depth 1: everything under "War" is compared as "War". */
  dm_comparison_query_set_depth (query, 1);
  cmp = compare (f, f->aland, f->borduria, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cmp)), ==, 2);
  row = row_for (cmp, f->war);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_B), ==, 2);
  /* The evidence keeps the topic it was coded with. */
  g_assert_cmpstr (dm_comparison_evidence_get_topic_path (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==,
                   "War › Peace talks");
  g_assert_cmpstr (dm_comparison_evidence_get_topic_path (evidence_at (row, DM_COMPARISON_SIDE_B, 1)), ==,
                   "War › Peace talks › Venue");
  g_assert_null (dm_comparison_find_row (cmp, dm_topic_get_uuid (f->talks)));
  g_clear_object (&cmp);

  /* Depth 2: the venue folds into peace talks; War itself stays. */
  dm_comparison_query_set_depth (query, 2);
  cmp = compare (f, f->aland, f->borduria, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cmp)), ==, 3);
  row = row_for (cmp, f->talks);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);
  g_assert_cmpstr (dm_comparison_row_get_topic_path (row), ==, "War › Peace talks");
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (cmp, f->war)), ==, DM_RELATION_ONLY_B);
}

/* }}} */

/* Figures {{{ */

static void
test_agreement_arithmetic (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(DmTopic) t4 = add_topic (f->store, "T4", NULL);
  g_autoptr(DmTopic) t5 = add_topic (f->store, "T5", NULL);
  g_autoptr(DmTopic) t6 = add_topic (f->store, "T6", NULL);
  g_autoptr(DmComparison) cmp = NULL;
  double agreement = -1;
  guint shared = 0;
  guint n_shared = 0;
  guint n_partly = 0;

  /* 2 agree, 1 disagree, 2 partly, 1 only A: (2 + ½·2) / 5 = 0.6. */
  state (f, "2023-01-01", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-01", f->borduria, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-01", f->aland, f->climate, DM_POLARITY_OPPOSES);
  state (f, "2023-01-01", f->borduria, f->climate, DM_POLARITY_OPPOSES);
  state (f, "2023-01-01", f->aland, f->energy, DM_POLARITY_OPPOSES);
  state (f, "2023-01-01", f->borduria, f->energy, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-01", f->aland, t4, DM_POLARITY_MIXED);
  state (f, "2023-01-01", f->borduria, t4, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-01", f->aland, t5, DM_POLARITY_NEUTRAL);
  state (f, "2023-01-01", f->borduria, t5, DM_POLARITY_OPPOSES);
  state (f, "2023-01-01", f->aland, t6, DM_POLARITY_NEUTRAL);

  cmp = compare (f, f->aland, f->borduria, NULL);
  g_assert_cmpuint (dm_comparison_get_count (cmp, DM_RELATION_AGREE), ==, 2);
  g_assert_cmpuint (dm_comparison_get_count (cmp, DM_RELATION_DISAGREE), ==, 1);
  g_assert_cmpuint (dm_comparison_get_count (cmp, DM_RELATION_PARTLY), ==, 2);
  g_assert_cmpuint (dm_comparison_get_count (cmp, DM_RELATION_ONLY_A), ==, 1);
  g_assert_cmpuint (dm_comparison_get_count (cmp, DM_RELATION_ONLY_B), ==, 0);
  g_assert_true (dm_comparison_get_agreement (cmp, &agreement, &shared));
  g_assert_cmpfloat_with_epsilon (agreement, 0.6, 1e-9);
  g_assert_cmpuint (shared, ==, 5);
  g_assert_cmpuint (dm_comparison_get_n_shared (cmp), ==, 5);

  g_object_get (cmp, "n-shared", &n_shared, "n-partly", &n_partly, "agreement", &agreement, NULL);
  g_assert_cmpuint (n_shared, ==, 5);
  g_assert_cmpuint (n_partly, ==, 2);
  g_assert_cmpfloat_with_epsilon (agreement, 0.6, 1e-9);
}

static void
test_movement (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = dm_article_new ();
  g_autoptr(DmComparison) cmp = NULL;
  const char *body = "First we back it. Then we reject it.";
  const char *quotes[] = { "First we back it.", "Then we reject it." };
  DmPolarity polarities[] = { DM_POLARITY_SUPPORTS, DM_POLARITY_OPPOSES };
  DmComparisonRow *row;

  state (f, "2020-01-01", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2020-06-01", f->aland, f->trade, DM_POLARITY_NEUTRAL);
  state (f, "2021-01-01", f->aland, f->trade, DM_POLARITY_OPPOSES);
  state (f, "2022-01-01", f->aland, f->trade, DM_POLARITY_MIXED);
  state (f, NULL, f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-01", f->borduria, f->trade, DM_POLARITY_SUPPORTS);

  /* One article, two statements: text order is their order in time. */
  dm_article_set_title (article, "Change of heart");
  dm_article_set_published (article, "2022-06-01");
  dm_article_set_body (article, body);
  g_assert_true (dm_store_add_article (f->store, article, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (quotes); i++)
    {
      g_autoptr(DmAnnotation) annotation = NULL;
      guint start, end;

      g_assert_true (dm_article_find_quote (article, quotes[i], 0, &start, &end));
      annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
      dm_annotation_set_actor_uuids (annotation, ACTORS (dm_actor_get_uuid (f->aland)));
      dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (f->trade));
      dm_annotation_set_polarity (annotation, polarities[i]);
      g_assert_true (dm_store_add_annotation (f->store, annotation, &error));
      g_assert_no_error (error);
    }

  /* supports 2020 · neutral · opposes 2021 · mixed · supports, opposes
   * (2022-06, in text order): S→O, O→S, S→O = 3 reversals. */
  cmp = compare (f, f->aland, f->borduria, NULL);
  row = row_for (cmp, f->trade);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 7);
  g_assert_cmpstr (dm_comparison_evidence_get_published (dm_comparison_row_get_first (row, DM_COMPARISON_SIDE_A)), ==,
                   "2020-01-01");
  g_assert_cmpint (dm_comparison_evidence_get_polarity (dm_comparison_row_get_first (row, DM_COMPARISON_SIDE_A)), ==,
                   DM_POLARITY_SUPPORTS);
  g_assert_cmpstr (dm_comparison_evidence_get_quote (dm_comparison_row_get_last (row, DM_COMPARISON_SIDE_A)), ==,
                   "Then we reject it.");
  g_assert_cmpint (dm_comparison_evidence_get_polarity (dm_comparison_row_get_last (row, DM_COMPARISON_SIDE_A)), ==,
                   DM_POLARITY_OPPOSES);
  g_assert_cmpuint (dm_comparison_row_get_reversals (row, DM_COMPARISON_SIDE_A), ==, 3);
  g_assert_cmpuint (dm_comparison_row_get_reversals (row, DM_COMPARISON_SIDE_B), ==, 0);
  g_assert_true (dm_comparison_row_get_first (row, DM_COMPARISON_SIDE_B) ==
                 dm_comparison_row_get_last (row, DM_COMPARISON_SIDE_B));

  /* Newest first in the list; within the article, text order. */
  g_assert_cmpstr (dm_comparison_evidence_get_quote (evidence_at (row, DM_COMPARISON_SIDE_A, 0)), ==, "First we back it.");
  g_assert_cmpstr (dm_comparison_evidence_get_quote (evidence_at (row, DM_COMPARISON_SIDE_A, 1)), ==, "Then we reject it.");
  g_assert_null (dm_comparison_evidence_get_published (evidence_at (row, DM_COMPARISON_SIDE_A, 6)));
  g_assert_cmpuint (dm_comparison_evidence_get_start (evidence_at (row, DM_COMPARISON_SIDE_A, 1)), ==, 18);
  g_assert_cmpuint (dm_comparison_evidence_get_end (evidence_at (row, DM_COMPARISON_SIDE_A, 1)), ==, 36);
}

static void
test_matrix (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(DmComparisonMatrix) matrix = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *text = NULL;
  DmActor *actors[] = { f->aland, f->borduria, f->carpania, f->syldavia };
  const char *uuids[] = { dm_actor_get_uuid (f->aland), dm_actor_get_uuid (f->borduria),
                          dm_actor_get_uuid (f->carpania), dm_actor_get_uuid (f->syldavia), NULL };
  const char *envoy[] = { dm_actor_get_uuid (f->envoy), NULL };
  const char *twice[] = { uuids[0], uuids[1], uuids[0], NULL };
  g_autoptr(DmAnnotation) rolled = NULL;
  double agreement;

  state (f, "2023-01-01", f->aland, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-01", f->borduria, f->trade, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-01", f->carpania, f->trade, DM_POLARITY_OPPOSES);
  state (f, "2023-01-01", f->aland, f->climate, DM_POLARITY_MIXED);
  state (f, "2023-01-01", f->carpania, f->climate, DM_POLARITY_OPPOSES);
  state (f, "2023-01-01", f->borduria, f->energy, DM_POLARITY_NONE);
  state (f, "2023-01-01", f->carpania, f->energy, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-01", f->syldavia, f->war, DM_POLARITY_SUPPORTS);
  rolled = state_full (f, "2021-01-01", "Wire", NULL, DM_ATTRIBUTION_DIRECT_QUOTE, envoy, f->energy,
                       DM_POLARITY_OPPOSES);

  matrix = dm_comparison_matrix_new (f->store, uuids, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dm_comparison_matrix_get_n_actors (matrix), ==, 4);
  g_assert_true (dm_comparison_matrix_get_actor (matrix, 2) != NULL);
  g_assert_cmpstr (dm_actor_get_name (dm_comparison_matrix_get_actor (matrix, 2)), ==, "Carpania");

  /* The same engine: every pair equals the two-actor comparison. */
  for (guint a = 0; a < 4; a++)
    for (guint b = 0; b < 4; b++)
      {
        g_autoptr(DmComparison) cmp = NULL;
        double expected = 0, got = 0;
        guint expected_shared = 0, got_shared = 0;

        if (a == b)
          {
            g_assert_false (dm_comparison_matrix_get_agreement (matrix, a, b, NULL, NULL));
            continue;
          }

        cmp = compare (f, actors[a], actors[b], NULL);
        g_assert_cmpint (dm_comparison_get_agreement (cmp, &expected, &expected_shared), ==,
                         dm_comparison_matrix_get_agreement (matrix, a, b, &got, &got_shared));
        g_assert_cmpfloat_with_epsilon (expected, got, 1e-9);
        g_assert_cmpuint (expected_shared, ==, got_shared);
        for (DmRelation r = DM_RELATION_AGREE; r <= DM_RELATION_ONLY_B; r++)
          g_assert_cmpuint (dm_comparison_get_count (cmp, r), ==, dm_comparison_matrix_get_count (matrix, a, b, r));
      }

  g_assert_true (dm_comparison_matrix_get_agreement (matrix, 0, 1, &agreement, NULL));
  g_assert_cmpfloat_with_epsilon (agreement, 0.75, 1e-9);  /* trade agree, energy partly (envoy vs none) */
  g_assert_true (dm_comparison_matrix_get_agreement (matrix, 0, 2, &agreement, NULL));
  g_assert_cmpfloat_with_epsilon (agreement, 0.0 / 3 + 0.5 / 3, 1e-9); /* trade disagree, climate partly, energy disagree */
  g_assert_false (dm_comparison_matrix_get_agreement (matrix, 0, 3, NULL, NULL));
  g_assert_cmpuint (dm_comparison_matrix_get_count (matrix, 0, 3, DM_RELATION_ONLY_A), ==,
                    dm_comparison_matrix_get_count (matrix, 3, 0, DM_RELATION_ONLY_B));

  json = dm_comparison_matrix_to_json (matrix);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)),
                                                                         "pairs")), ==, 6);
  csv = dm_comparison_matrix_to_csv (matrix);
  g_assert_true (g_str_has_prefix (csv, "a_actor,b_actor,"));
  text = dm_comparison_matrix_to_text (matrix, 80);
  g_assert_nonnull (strstr (text, "4 Syldavia"));
  g_assert_nonnull (strstr (text, "n/a (0)"));

  g_clear_object (&matrix);
  g_assert_null (dm_comparison_matrix_new (f->store, twice, NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (dm_comparison_matrix_new (f->store, envoy, NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
}

static void
test_errors (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *unknown = g_uuid_string_random ();

  g_assert_null (dm_comparison_new (f->store, dm_actor_get_uuid (f->aland), dm_actor_get_uuid (f->aland), NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (dm_comparison_new (f->store, dm_actor_get_uuid (f->aland), unknown, NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

static void
test_query_copy (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(DmComparison) cmp = NULL;
  const char *sources[] = { "Belta", NULL };

  g_assert_true (dm_comparison_query_get_rollup (query));
  g_assert_cmpuint (dm_comparison_query_get_depth (query), ==, 0);
  g_assert_cmpstrv (dm_comparison_query_get_sources (query), ((const char * const []) { NULL }));

  dm_comparison_query_set_sources (query, sources);
  cmp = compare (f, f->aland, f->borduria, query);

  /* The comparison keeps what it was computed with. */
  dm_comparison_query_set_sources (query, NULL);
  dm_comparison_query_set_depth (query, 3);
  g_assert_cmpstrv (dm_comparison_query_get_sources (dm_comparison_get_query (cmp)), sources);
  g_assert_cmpuint (dm_comparison_query_get_depth (dm_comparison_get_query (cmp)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (cmp)), ==, 0);
}

/* }}} */

/* Renderings {{{ */

static void
test_render_json (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  g_autoptr(DmComparison) none = NULL;
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *empty = NULL;
  const char *topics[] = { dm_topic_get_uuid (f->talks), NULL };
  JsonObject *root;
  JsonObject *summary;
  JsonObject *topic;
  JsonObject *side;
  JsonArray *rows;

  state (f, "2023-01-01", f->aland, f->talks, DM_POLARITY_SUPPORTS);
  state (f, "2023-02-01", f->aland, f->talks, DM_POLARITY_OPPOSES);
  state (f, "2023-01-05", f->borduria, f->talks, DM_POLARITY_OPPOSES);

  dm_comparison_query_set_topics (query, topics);
  dm_comparison_query_set_from (query, "2023");
  cmp = compare (f, f->aland, f->borduria, query);
  json = dm_comparison_to_json (cmp);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);

  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "demarche-comparison");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "actor_a"), "name"), ==, "Aland");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "filters"), "from"), ==, "2023");
  g_assert_true (json_object_get_null_member (json_object_get_object_member (root, "filters"), "to"));
  g_assert_cmpstr (json_object_get_string_member (
                     json_array_get_object_element (
                       json_object_get_array_member (json_object_get_object_member (root, "filters"), "topics"), 0),
                     "path"), ==, "War › Peace talks");

  summary = json_object_get_object_member (root, "summary");
  g_assert_cmpint (json_object_get_int_member (summary, "partly"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "shared"), ==, 1);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (summary, "agreement"), 0.5, 1e-9);

  rows = json_object_get_array_member (root, "topics");
  g_assert_cmpuint (json_array_get_length (rows), ==, 1);
  topic = json_array_get_object_element (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (topic, "relation"), ==, "partly");
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (topic, "topic"), "path"), ==,
                   "War › Peace talks");
  side = json_object_get_object_member (topic, "a");
  g_assert_true (json_object_get_boolean_member (side, "shifting"));
  g_assert_cmpstr (json_object_get_string_member (side, "polarity"), ==, "opposes");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (side, "counts"), "supports"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (side, "movement"), "reversals"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (
                     json_object_get_object_member (json_object_get_object_member (side, "movement"), "first"),
                     "published"), ==, "2023-01-01");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (side, "evidence")), ==, 2);
  {
    JsonObject *item = json_array_get_object_element (json_object_get_array_member (side, "evidence"), 0);

    g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (item, "annotation_uuid")));
    g_assert_true (g_uuid_string_is_valid (json_object_get_string_member (item, "article_uuid")));
    g_assert_cmpint (json_object_get_int_member (item, "start"), ==, 0);
    g_assert_cmpstr (json_object_get_string_member (item, "quote"), ==, "Statement 2: a position, as coded.");
    g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, "Statement 2");
    g_assert_cmpstr (json_object_get_string_member (item, "source"), ==, "Wire");
    g_assert_cmpstr (json_object_get_string_member (item, "published"), ==, "2023-02-01");
    g_assert_cmpstr (json_object_get_string_member (item, "polarity"), ==, "opposes");
    g_assert_cmpstr (json_object_get_string_member (item, "mode"), ==, "reported-speech");
    g_assert_false (json_object_get_boolean_member (item, "key_quote"));
  }

  /* Undefined agreement is null, and an absent side has a null polarity. */
  state (f, "2023-01-01", f->carpania, f->trade, DM_POLARITY_SUPPORTS);
  none = compare (f, f->carpania, f->syldavia, NULL);
  empty = dm_comparison_to_json (none);
  g_assert_true (json_parser_load_from_data (parser, empty, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_get_null_member (json_object_get_object_member (root, "summary"), "agreement"));
  topic = json_array_get_object_element (json_object_get_array_member (root, "topics"), 0);
  g_assert_true (json_object_get_null_member (json_object_get_object_member (topic, "b"), "polarity"));
}

static void
test_render_json_escaping (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = dm_article_new ();
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(DmComparison) cmp = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = NULL;
  const char *quote = "He said \"no\" \\ twice,\tthen\nleft — “really” ✓";
  g_autofree char *body = g_strdup_printf ("Intro. %s Outro.", quote);
  JsonObject *item;
  guint start, end;

  dm_article_set_title (article, "Tab\there \x01 and \"quotes\"");
  dm_article_set_published (article, "2023-01-01");
  dm_article_set_body (article, body);
  g_assert_true (dm_store_add_article (f->store, article, &error));
  g_assert_no_error (error);
  g_assert_true (dm_article_find_quote (article, quote, 0, &start, &end));
  annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
  dm_annotation_set_actor_uuids (annotation, ACTORS (dm_actor_get_uuid (f->aland)));
  dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (f->trade));
  dm_annotation_set_polarity (annotation, DM_POLARITY_SUPPORTS);
  g_assert_true (dm_store_add_annotation (f->store, annotation, &error));
  g_assert_no_error (error);

  cmp = compare (f, f->aland, f->borduria, NULL);
  json = dm_comparison_to_json (cmp);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);

  item = json_array_get_object_element (
           json_object_get_array_member (
             json_object_get_object_member (
               json_array_get_object_element (
                 json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "topics"), 0),
               "a"),
             "evidence"),
           0);
  /* What goes in comes out. */
  g_assert_cmpstr (json_object_get_string_member (item, "quote"), ==, quote);
  g_assert_cmpstr (json_object_get_string_member (item, "title"), ==, "Tab\there \x01 and \"quotes\"");
  g_assert_nonnull (strstr (json, "\\u0001"));
}

static void
test_render_csv (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = dm_article_new ();
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(DmTopic) formula = add_topic (f->store, "@SUM(A1:A9)", NULL);
  g_autoptr(DmComparison) cmp = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  const char *quote = "=HYPERLINK(\"http://x\", \"y\")";
  guint start, end;

  dm_article_set_title (article, "-2+3");
  dm_article_set_source (article, "Wire, \"quoted\"");
  dm_article_set_published (article, "2023-01-01");
  dm_article_set_body (article, "He said =HYPERLINK(\"http://x\", \"y\") and left.");
  g_assert_true (dm_store_add_article (f->store, article, &error));
  g_assert_no_error (error);
  g_assert_true (dm_article_find_quote (article, quote, 0, &start, &end));
  annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
  dm_annotation_set_actor_uuids (annotation, ACTORS (dm_actor_get_uuid (f->aland)));
  dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (formula));
  dm_annotation_set_polarity (annotation, DM_POLARITY_SUPPORTS);
  g_assert_true (dm_store_add_annotation (f->store, annotation, &error));
  g_assert_no_error (error);
  state (f, "2023-01-02", f->borduria, f->trade, DM_POLARITY_OPPOSES);

  cmp = compare (f, f->aland, f->borduria, NULL);
  csv = dm_comparison_to_csv (cmp);
  lines = g_strsplit (csv, "\r\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);  /* header, two rows, "" after the last CRLF */
  g_assert_true (g_str_has_prefix (lines[0], "topic_uuid,topic,a_actor,b_actor,relation,a_polarity,b_polarity,"));
  g_assert_cmpstr (lines[3], ==, "");

  /* Rows in topic order: "@SUM…" sorts before "Trade". */
  g_assert_nonnull (strstr (lines[1], ",'@SUM(A1:A9),Aland,Borduria,only-a,supports,,1,0,0,0,"));
  g_assert_nonnull (strstr (lines[1], ",\"'=HYPERLINK(\"\"http://x\"\", \"\"y\"\")\",2023-01-01,"
                                      "\"Wire, \"\"quoted\"\"\",'-2+3,"));
  g_assert_nonnull (strstr (lines[2], ",Trade,Aland,Borduria,only-b,,opposes,0,1,0,0,,,,,,"
                                      "\"Statement 1: a position, as coded.\",2023-01-02,Wire,Statement 1,"));
}

static void
test_render_text (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(DmComparison) cmp = NULL;
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autofree char *text = NULL;
  g_autofree char *short_text = NULL;
  g_auto(GStrv) lines = NULL;
  const char *aland[] = { dm_actor_get_uuid (f->aland), NULL };

  annotation = state_full (f, "2023-01-01", "Evil\x1b[2Jsource", NULL, DM_ATTRIBUTION_UNSPECIFIED, aland,
                           f->talks, DM_POLARITY_SUPPORTS);
  state (f, "2023-02-01", f->aland, f->talks, DM_POLARITY_SUPPORTS);
  state (f, "2023-03-01", f->aland, f->talks, DM_POLARITY_SUPPORTS);
  state (f, "2023-01-05", f->borduria, f->talks, DM_POLARITY_OPPOSES);
  state (f, "2023-01-06", f->borduria, f->trade, DM_POLARITY_MIXED);

  cmp = compare (f, f->aland, f->borduria, NULL);
  text = dm_comparison_to_text (cmp, 60, 0);
  g_assert_nonnull (strstr (text, "Aland vs Borduria"));
  g_assert_nonnull (strstr (text, "DISAGREE"));
  g_assert_nonnull (strstr (text, "ONLY B"));
  g_assert_nonnull (strstr (text, "Agreement 0 % on 1 shared topic"));
  g_assert_nonnull (strstr (text, "A: Aland"));
  g_assert_nonnull (strstr (text, "supports (3)"));
  g_assert_nonnull (strstr (text, "“Statement 3: a"));
  g_assert_null (strchr (text, '\x1b'));

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_assert_cmpuint (g_utf8_strlen (lines[i], -1), <=, 60);

  /* With a quote limit, the rest is counted. */
  short_text = dm_comparison_to_text (cmp, 0, 1);
  g_assert_nonnull (strstr (short_text, "(+2 more)"));
  g_assert_null (strstr (short_text, "Statement 1:"));
}

static void
test_render_html_escapes (Fixture       *f,
                          gconstpointer  data)
{
  static const char script[] = "<script>alert(1)</script>";
  static const char img[] = "\"><img src=x onerror=alert(1)>";
  g_autoptr(GError) error = NULL;
  g_autoptr(DmActor) evil = NULL;
  g_autoptr(DmTopic) topic = NULL;
  g_autoptr(DmArticle) article = dm_article_new ();
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(DmComparison) cmp = NULL;
  g_autofree char *name = g_strdup_printf ("Evil %s %s", script, img);
  g_autofree char *title = g_strdup_printf ("Title %s %s", script, img);
  g_autofree char *quote = g_strdup_printf ("Quote %s %s", script, img);
  g_autofree char *body = g_strdup_printf ("Before. %s After.", quote);
  g_autofree char *html = NULL;
  g_autofree char *escaped_script = g_markup_escape_text (script, -1);
  g_autofree char *escaped_img = g_markup_escape_text (img, -1);
  guint start, end;

  evil = add_actor (f->store, name, DM_ACTOR_KIND_GROUP);
  topic = add_topic (f->store, name, NULL);
  dm_article_set_title (article, title);
  dm_article_set_source (article, img);
  dm_article_set_published (article, "2023-01-01");
  dm_article_set_body (article, body);
  g_assert_true (dm_store_add_article (f->store, article, &error));
  g_assert_no_error (error);
  g_assert_true (dm_article_find_quote (article, quote, 0, &start, &end));
  annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
  dm_annotation_set_actor_uuids (annotation, ACTORS (dm_actor_get_uuid (evil), dm_actor_get_uuid (f->aland)));
  dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (topic));
  dm_annotation_set_polarity (annotation, DM_POLARITY_SUPPORTS);
  dm_annotation_set_coder (annotation, script);
  g_assert_true (dm_store_add_annotation (f->store, annotation, &error));
  g_assert_no_error (error);

  cmp = compare (f, evil, f->aland, NULL);
  html = dm_comparison_to_html (cmp);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, escaped_script));
  g_assert_nonnull (strstr (html, "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"));
  g_assert_nonnull (strstr (html, escaped_img));
  g_assert_null (strstr (html, script));
  g_assert_null (strstr (html, img));
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<img"));

  /* The title, the heading, the table head, the chart: the actor name is
   * escaped everywhere it appears. */
  g_assert_nonnull (strstr (html, "<title>Evil &lt;script&gt;"));
  g_assert_nonnull (strstr (html, "<cite>Title &lt;script&gt;"));

  /* Self-contained: no script, no link, nothing fetched. */
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "url("));
  g_assert_null (strstr (html, "@import"));
  g_assert_nonnull (strstr (html, "Content-Security-Policy"));
  g_assert_nonnull (strstr (html, "<svg"));
  g_assert_nonnull (strstr (html, "@media print"));
}

/* }}} */

/* The sample article {{{ */

#define SAMPLE_TITLE "Belarus and China back peace talks on Ukraine"

typedef struct
{
  const char        *quote;
  const char        *actors[3];
  const char        *topic;
  DmPolarity         polarity;
  const char        *act;
  DmAttributionMode  mode;
  const char        *provenance;
} SampleRow;

/* /work/shared/samples/belarus-china-peace-talks.coding.md, row by row. */
static const SampleRow sample_rows[] = {
  { "The Ministers of Foreign Affairs of Belarus, Sergei Aleinik, and China, Qin Gang, reinforced this Friday (24) "
    "their support for peace negotiations in Ukraine as the only way to resolve the conflict between Moscow and Kiev.",
    { "Belarus", "China" }, "Ukraine war › Peace talks", DM_POLARITY_SUPPORTS, "02", DM_ATTRIBUTION_REPORTED_SPEECH, NULL },
  { "noted the coincidence of their positions on the fact that there are no more alternatives for the solution of "
    "the conflict in Ukraine than the peaceful way",
    { "Belarus", "China" }, "Ukraine war › Peace talks", DM_POLARITY_SUPPORTS, NULL, DM_ATTRIBUTION_REPORTED_SPEECH,
    "Belarusian diplomacy, via the news agency Belta" },
  { "if Beijing’s position on the conflict in Ukraine was not listened to, it would lead to “serious consequences”",
    { "Alexander Lukashenko" }, "China's peace position", DM_POLARITY_SUPPORTS, "13", DM_ATTRIBUTION_REPORTED_SPEECH,
    "Lukashenko to the press" },
  { "Beijing called for a ceasefire and called for the start of peace talks between Russia and Ukraine",
    { "China" }, "Ukraine war › Ceasefire", DM_POLARITY_SUPPORTS, "02", DM_ATTRIBUTION_REPORTED_SPEECH, NULL },
  { "Beijing called for a ceasefire and called for the start of peace talks between Russia and Ukraine, by "
    "presenting a 12-point document",
    { "China" }, "China's 12-point peace plan", DM_POLARITY_SUPPORTS, NULL, DM_ATTRIBUTION_REPORTED_SPEECH, NULL },
  { "” there are no winners in a warlike conflict”",
    { "China" }, "Ukraine war › Peace talks", DM_POLARITY_SUPPORTS, "01", DM_ATTRIBUTION_DIRECT_QUOTE,
    "12-point document" },
  { "China has not condemned Russia’s military actions in the neighboring country",
    { "China" }, "Ukraine war › Condemnation of Russia's invasion", DM_POLARITY_OPPOSES, NULL,
    DM_ATTRIBUTION_PARAPHRASE, NULL },
  { "has blamed NATO and the United States for being behind the conflict by “failing to take into account "
    "legitimate security concerns” from Moscow",
    { "China" }, "Ukraine war › Responsibility for the war", DM_POLARITY_NONE, "11", DM_ATTRIBUTION_REPORTED_SPEECH,
    NULL },
  { "The Chinese peace proposal received criticism from the European Union (EU) High Representative for Foreign "
    "Affairs, Josep Borrell, who pointed out the need for improvement in the text “to be credible”",
    { "Josep Borrell" }, "China's 12-point peace plan", DM_POLARITY_OPPOSES, "11", DM_ATTRIBUTION_REPORTED_SPEECH, NULL },
  { "Borrell also criticized the fact that China has not sent diplomatic missions to Kiev in the same way as it sent "
    "to Moscow",
    { "Josep Borrell" }, "China's impartiality", DM_POLARITY_OPPOSES, "11", DM_ATTRIBUTION_REPORTED_SPEECH, NULL },
  { "the proposal “contains interesting elements”, among them the non-recourse to nuclear weapons, the exchange of "
    "prisoners and the grain agreements, but that is not enough",
    { "Josep Borrell" }, "China's 12-point peace plan", DM_POLARITY_MIXED, NULL, DM_ATTRIBUTION_DIRECT_QUOTE, NULL },
};

static DmActor *
resolve_actor (DmStore    *store,
               const char *name)
{
  g_autoptr(GError) error = NULL;
  DmActor *actor = dm_store_resolve_actor (store, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (actor);
  return actor;
}

/* The default codebook is being reorganised by others: find the topic by
 * path, then by name, and create what is missing. */
static DmTopic *
ensure_topic (DmStore    *store,
              const char *path)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) parts = g_strsplit (path, " › ", -1);
  g_autoptr(DmTopic) parent = NULL;
  guint n = g_strv_length (parts);
  DmTopic *topic;

  if ((topic = dm_store_resolve_topic (store, path, NULL)) ||
      (topic = dm_store_resolve_topic (store, parts[n - 1], NULL)))
    return topic;

  if (n > 1)
    {
      g_autofree char *last = g_steal_pointer (&parts[n - 1]);
      g_autofree char *parent_path = g_strjoinv (" › ", parts);

      parts[n - 1] = g_steal_pointer (&last);
      parent = ensure_topic (store, parent_path);
    }

  topic = dm_topic_new (parts[n - 1], parent != NULL ? dm_topic_get_uuid (parent) : NULL);
  g_assert_true (dm_store_add_topic (store, topic, &error));
  g_assert_no_error (error);
  return topic;
}

static DmArticle *
find_sample (DmStore *store)
{
  g_autoptr(GError) error = NULL;
  DmArticle *article = dm_store_resolve_article (store, SAMPLE_TITLE, &error);

  g_assert_no_error (error);
  g_assert_nonnull (article);
  g_assert_true (dm_article_has_body (article));
  g_assert_cmpstr (dm_article_get_published (article), ==, "2023-02-24");
  return article;
}

static void
code_sample (DmStore    *store,
             DmArticle  *article,
             GPtrArray  *annotations)
{
  for (guint i = 0; i < G_N_ELEMENTS (sample_rows); i++)
    {
      const SampleRow *row = &sample_rows[i];
      g_autoptr(GError) error = NULL;
      g_autoptr(DmTopic) topic = ensure_topic (store, row->topic);
      g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(GPtrArray) uuids = g_ptr_array_new ();
      DmAnnotation *annotation;
      guint start, end;

      for (guint a = 0; a < G_N_ELEMENTS (row->actors) && row->actors[a] != NULL; a++)
        {
          DmActor *actor = resolve_actor (store, row->actors[a]);

          g_ptr_array_add (actors, actor);
          g_ptr_array_add (uuids, (gpointer) dm_actor_get_uuid (actor));
        }
      g_ptr_array_add (uuids, NULL);

      g_assert_true (dm_article_find_quote (article, row->quote, 0, &start, &end));
      annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
      dm_annotation_set_actor_uuids (annotation, (const char * const *) uuids->pdata);
      dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (topic));
      dm_annotation_set_polarity (annotation, row->polarity);
      dm_annotation_set_act_code (annotation, row->act);
      dm_annotation_set_mode (annotation, row->mode);
      dm_annotation_set_provenance (annotation, row->provenance);
      dm_annotation_set_coder (annotation, "sample");
      g_assert_true (dm_store_add_annotation (store, annotation, &error));
      g_assert_no_error (error);
      g_ptr_array_add (annotations, annotation);
    }
}

static gboolean
side_has_quote (DmComparisonRow  *row,
                DmComparisonSide  side,
                const char       *quote)
{
  GListModel *evidence = dm_comparison_row_get_evidence (row, side);

  for (guint i = 0; i < g_list_model_get_n_items (evidence); i++)
    {
      g_autoptr(DmComparisonEvidence) item = g_list_model_get_item (evidence, i);

      if (g_strcmp0 (dm_comparison_evidence_get_quote (item), quote) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
test_sample (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("demarche-sample-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "sample.db", NULL);
  g_autoptr(DmStore) store = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GPtrArray) annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(DmActor) china = NULL;
  g_autoptr(DmActor) belarus = NULL;
  g_autoptr(DmActor) eu = NULL;
  g_autoptr(DmTopic) plan = NULL;
  g_autoptr(DmTopic) impartiality = NULL;
  g_autoptr(DmTopic) responsibility = NULL;
  g_autoptr(DmTopic) talks = NULL;
  g_autoptr(DmTopic) position = NULL;
  g_autoptr(DmTopic) war = NULL;
  g_autoptr(DmComparison) china_eu = NULL;
  g_autoptr(DmComparison) china_belarus = NULL;
  g_autoptr(DmComparison) folded = NULL;
  g_autoptr(DmComparison) persons_off = NULL;
  g_autoptr(DmComparison) belarus_off = NULL;
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  g_autofree char *html = NULL;
  g_autofree char *text = NULL;
  DmComparisonRow *row;
  double agreement = -1;
  guint shared = 0;

  g_assert_no_error (error);
  store = dm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (dm_store_seed_defaults (store, &error));
  g_assert_no_error (error);

  article = find_sample (store);
  code_sample (store, article, annotations);

  china = resolve_actor (store, "China");
  belarus = resolve_actor (store, "Belarus");
  eu = resolve_actor (store, "European Union");
  plan = ensure_topic (store, "China's 12-point peace plan");
  impartiality = ensure_topic (store, "China's impartiality");
  responsibility = ensure_topic (store, "Ukraine war › Responsibility for the war");
  talks = ensure_topic (store, "Ukraine war › Peace talks");
  position = ensure_topic (store, "China's peace position");
  war = ensure_topic (store, "Ukraine war");

  /* China vs European Union, Borrell rolled up (High Representative
   * 2019-12 to 2024-11 covers 2023-02-24). */
  china_eu = dm_comparison_new (store, dm_actor_get_uuid (china), dm_actor_get_uuid (eu), NULL, &error);
  g_assert_no_error (error);

  row = dm_comparison_find_row (china_eu, dm_topic_get_uuid (plan));
  g_assert_nonnull (row);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 1);
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_A), ==, DM_POLARITY_SUPPORTS);
  g_assert_true (side_has_quote (row, DM_COMPARISON_SIDE_A, sample_rows[4].quote));
  /* EU evidence in text order: the criticism (row 9), then "interesting
   * elements" (row 11). One opposes, one mixed: the tie goes to the first
   * listed, the criticism, so the EU opposes and the relation is
   * DISAGREE. */
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_B), ==, 2);
  g_assert_cmpint (dm_comparison_evidence_get_polarity (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==, DM_POLARITY_OPPOSES);
  g_assert_cmpint (dm_comparison_evidence_get_polarity (evidence_at (row, DM_COMPARISON_SIDE_B, 1)), ==, DM_POLARITY_MIXED);
  g_assert_cmpstr (dm_comparison_evidence_get_quote (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==, sample_rows[8].quote);
  g_assert_cmpstr (dm_comparison_evidence_get_quote (evidence_at (row, DM_COMPARISON_SIDE_B, 1)), ==, sample_rows[10].quote);
  g_assert_cmpstr (dm_comparison_evidence_get_speakers (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==, "Josep Borrell");
  g_assert_cmpstr (dm_comparison_evidence_get_article_title (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==, SAMPLE_TITLE);
  g_assert_cmpstr (dm_comparison_evidence_get_published (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==, "2023-02-24");
  g_assert_cmpstr (dm_comparison_evidence_get_article_uuid (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==,
                   dm_article_get_uuid (article));
  g_assert_cmpstr (dm_comparison_evidence_get_annotation_uuid (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==,
                   dm_annotation_get_uuid (g_ptr_array_index (annotations, 8)));
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_B), ==, DM_POLARITY_OPPOSES);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_DISAGREE);

  row = dm_comparison_find_row (china_eu, dm_topic_get_uuid (impartiality));
  g_assert_nonnull (row);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_ONLY_B);

  row = dm_comparison_find_row (china_eu, dm_topic_get_uuid (responsibility));
  g_assert_nonnull (row);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_ONLY_A);
  g_assert_cmpint (dm_comparison_row_get_polarity (row, DM_COMPARISON_SIDE_A), ==, DM_POLARITY_NONE);

  g_assert_true (dm_comparison_get_agreement (china_eu, &agreement, &shared));
  g_assert_cmpuint (shared, ==, 1);
  g_assert_cmpfloat_with_epsilon (agreement, 0.0, 1e-9);

  /* China vs Belarus: the joint rows 1–2 are on both sides. */
  china_belarus = dm_comparison_new (store, dm_actor_get_uuid (china), dm_actor_get_uuid (belarus), NULL, &error);
  g_assert_no_error (error);
  row = dm_comparison_find_row (china_belarus, dm_topic_get_uuid (talks));
  g_assert_nonnull (row);
  g_assert_cmpstr (dm_comparison_row_get_topic_path (row), ==, "Ukraine war › Peace talks");
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_A), ==, 3);
  g_assert_cmpuint (n_evidence (row, DM_COMPARISON_SIDE_B), ==, 2);
  for (guint i = 0; i < 2; i++)
    {
      g_assert_true (side_has_quote (row, DM_COMPARISON_SIDE_A, sample_rows[i].quote));
      g_assert_true (side_has_quote (row, DM_COMPARISON_SIDE_B, sample_rows[i].quote));
    }
  g_assert_cmpstr (dm_comparison_evidence_get_speakers (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==, "Belarus, China");
  /* Lukashenko rolls up to Belarus. */
  row = dm_comparison_find_row (china_belarus, dm_topic_get_uuid (position));
  g_assert_nonnull (row);
  g_assert_true (dm_comparison_row_has_side (row, DM_COMPARISON_SIDE_B));
  g_assert_cmpstr (dm_comparison_evidence_get_speakers (evidence_at (row, DM_COMPARISON_SIDE_B, 0)), ==,
                   "Alexander Lukashenko");
  g_assert_true (dm_comparison_get_agreement (china_belarus, &agreement, &shared));
  g_assert_cmpfloat_with_epsilon (agreement, 1.0, 1e-9);
  g_assert_cmpuint (dm_comparison_get_count (china_belarus, DM_RELATION_DISAGREE), ==, 0);
  g_assert_cmpuint (dm_comparison_get_count (china_belarus, DM_RELATION_PARTLY), ==, 0);

  /* Roll-up off: Borrell's rows no longer count for the EU. */
  dm_comparison_query_set_rollup (query, FALSE);
  persons_off = dm_comparison_new (store, dm_actor_get_uuid (china), dm_actor_get_uuid (eu), query, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dm_comparison_get_count (persons_off, DM_RELATION_ONLY_B), ==, 0);
  g_assert_cmpuint (dm_comparison_get_n_shared (persons_off), ==, 0);
  g_assert_false (dm_comparison_get_agreement (persons_off, NULL, NULL));
  row = dm_comparison_find_row (persons_off, dm_topic_get_uuid (plan));
  g_assert_nonnull (row);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_ONLY_A);
  g_assert_null (dm_comparison_find_row (persons_off, dm_topic_get_uuid (impartiality)));
  /* …while joint statements still count, being the actor's own. */
  belarus_off = dm_comparison_new (store, dm_actor_get_uuid (china), dm_actor_get_uuid (belarus), query, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dm_comparison_row_get_relation (dm_comparison_find_row (belarus_off, dm_topic_get_uuid (talks))), ==,
                   DM_RELATION_AGREE);
  g_assert_null (dm_comparison_find_row (belarus_off, dm_topic_get_uuid (position)));

  /* Depth folding on the sample: with the 12-point plan filed under
   * China's peace position, China (row 5) and Belarus (row 3) agree at
   * the level of the parent. Under "Ukraine war" China has supported and
   * opposed (rows 1–2, 4, 6 against 7), so that row is only partly. */
  if (g_strcmp0 (dm_topic_get_parent_uuid (plan), dm_topic_get_uuid (position)) != 0)
    {
      dm_topic_set_parent_uuid (plan, dm_topic_get_uuid (position));
      g_assert_true (dm_store_update_topic (store, plan, &error));
      g_assert_no_error (error);
    }
  dm_comparison_query_set_rollup (query, TRUE);
  dm_comparison_query_set_depth (query, 1);
  folded = dm_comparison_new (store, dm_actor_get_uuid (china), dm_actor_get_uuid (belarus), query, &error);
  g_assert_no_error (error);
  row = dm_comparison_find_row (folded, dm_topic_get_uuid (position));
  g_assert_nonnull (row);
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_AGREE);
  g_assert_true (side_has_quote (row, DM_COMPARISON_SIDE_A, sample_rows[4].quote));
  g_assert_true (side_has_quote (row, DM_COMPARISON_SIDE_B, sample_rows[2].quote));
  row = dm_comparison_find_row (folded, dm_topic_get_uuid (war));
  g_assert_nonnull (row);
  g_assert_true (dm_comparison_row_get_shifting (row, DM_COMPARISON_SIDE_A));
  g_assert_cmpint (dm_comparison_row_get_relation (row), ==, DM_RELATION_PARTLY);
  g_assert_true (dm_comparison_get_agreement (folded, &agreement, &shared));
  g_assert_cmpuint (shared, ==, 2);
  g_assert_cmpfloat_with_epsilon (agreement, 0.75, 1e-9);

  /* The renderings run on the real thing. */
  html = dm_comparison_to_html (china_eu);
  g_assert_nonnull (strstr (html, "Josep Borrell"));
  g_assert_nonnull (strstr (html, "China&apos;s 12-point peace plan"));
  text = dm_comparison_to_text (china_eu, 100, 2);
  g_assert_nonnull (strstr (text, "China vs European Union"));

  g_clear_object (&store);
  test_util_remove_tree (dir);
}

/* }}} */

/* Orphans {{{ */

/* Issue 6: an annotation that could not be re-anchored after a text
 * correction no longer says where its quote is. It must not count as
 * evidence, but the comparison says how many were left out per side. */
static void
test_orphans_excluded (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAnnotation) placed = NULL;
  g_autoptr(DmAnnotation) lost = NULL;
  g_autoptr(DmAnnotation) reread = NULL;
  g_autoptr(DmComparison) before = NULL;
  g_autoptr(DmComparison) after = NULL;
  g_autoptr(DmComparisonMatrix) matrix = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;
  g_autofree char *html = NULL;
  JsonObject *summary;
  double agreement;
  guint orphaned = 0;

  placed = state_full (f, "2023-03-01", "Wire", "ana", DM_ATTRIBUTION_REPORTED_SPEECH,
                       ACTORS (dm_actor_get_uuid (f->aland)), f->trade, DM_POLARITY_SUPPORTS);
  lost = state_full (f, "2023-03-02", "Wire", "ana", DM_ATTRIBUTION_REPORTED_SPEECH,
                     ACTORS (dm_actor_get_uuid (f->aland)), f->trade, DM_POLARITY_OPPOSES);
  state (f, "2023-03-03", f->borduria, f->trade, DM_POLARITY_SUPPORTS);

  /* Counted while placed: Aland is shifting, so the relation is partly. */
  before = compare (f, f->aland, f->borduria, NULL);
  g_assert_cmpuint (dm_comparison_row_get_n_polarity (row_for (before, f->trade), DM_COMPARISON_SIDE_A,
                                                      DM_POLARITY_OPPOSES), ==, 1);
  g_assert_cmpuint (dm_comparison_get_n_orphans (before, DM_COMPARISON_SIDE_A), ==, 0);

  /* The whole text of the second statement is rewritten: its annotation
   * cannot be found again. */
  g_assert_true (dm_store_update_article_text (f->store, dm_annotation_get_article_uuid (lost),
                                               "Entirely different words now stand here instead.",
                                               NULL, &orphaned, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (orphaned, ==, 1);
  reread = dm_store_lookup_annotation (f->store, dm_annotation_get_uuid (lost), &error);
  g_assert_no_error (error);
  g_assert_true (dm_annotation_get_orphan (reread));

  after = compare (f, f->aland, f->borduria, NULL);
  g_assert_cmpuint (dm_comparison_get_n_orphans (after, DM_COMPARISON_SIDE_A), ==, 1);
  g_assert_cmpuint (dm_comparison_get_n_orphans (after, DM_COMPARISON_SIDE_B), ==, 0);
  g_assert_cmpuint (dm_comparison_row_get_n_polarity (row_for (after, f->trade), DM_COMPARISON_SIDE_A,
                                                      DM_POLARITY_OPPOSES), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dm_comparison_row_get_evidence (row_for (after, f->trade),
                                                                              DM_COMPARISON_SIDE_A)), ==, 1);
  g_assert_cmpint (dm_comparison_row_get_relation (row_for (after, f->trade)), ==, DM_RELATION_AGREE);

  /* The matrix reads the same evidence. */
  matrix = dm_comparison_matrix_new (f->store, ACTORS (dm_actor_get_uuid (f->aland), dm_actor_get_uuid (f->borduria)),
                                     NULL, &error);
  g_assert_no_error (error);
  g_assert_true (dm_comparison_matrix_get_agreement (matrix, 0, 1, &agreement, NULL));
  g_assert_cmpfloat_with_epsilon (agreement, 1.0, 1e-9);

  /* Every rendering says what was left out. */
  text = dm_comparison_to_text (after, 100, 0);
  g_assert_nonnull (strstr (text, "Not counted: 1 unplaced annotation of Aland, 0 of Borduria"));

  json = dm_comparison_to_json (after);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  summary = json_object_get_object_member (json_node_get_object (json_parser_get_root (parser)), "summary");
  g_assert_cmpint (json_object_get_int_member (summary, "orphans_a"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (summary, "orphans_b"), ==, 0);

  html = dm_comparison_to_html (after);
  g_assert_nonnull (strstr (html, "Not counted: 1 unplaced annotation of Aland, 0 of Borduria"));

  /* Placed by hand, it counts again. */
  g_assert_true (dm_store_place_annotation (f->store, dm_annotation_get_uuid (lost), 0, 8, &error));
  g_assert_no_error (error);
  g_clear_object (&after);
  after = compare (f, f->aland, f->borduria, NULL);
  g_assert_cmpuint (dm_comparison_get_n_orphans (after, DM_COMPARISON_SIDE_A), ==, 0);
  g_assert_cmpuint (dm_comparison_row_get_n_polarity (row_for (after, f->trade), DM_COMPARISON_SIDE_A,
                                                      DM_POLARITY_OPPOSES), ==, 1);
  g_clear_pointer (&text, g_free);
  text = dm_comparison_to_text (after, 100, 0);
  g_assert_null (strstr (text, "Not counted"));
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/core/Comparison/relation/agree", test_relation_agree);
  ADD ("/core/Comparison/relation/disagree", test_relation_disagree);
  ADD ("/core/Comparison/relation/partly-mixed", test_relation_partly_mixed);
  ADD ("/core/Comparison/relation/partly-shifting", test_relation_partly_shifting);
  ADD ("/core/Comparison/relation/only", test_relation_only);
  ADD ("/core/Comparison/relation/none-is-partly", test_relation_none_is_partly);
  ADD ("/core/Comparison/dominance", test_dominance);
  ADD ("/core/Comparison/order", test_order);
  ADD ("/core/Comparison/rollup/dates", test_rollup_dates);
  ADD ("/core/Comparison/rollup/undated", test_rollup_undated);
  ADD ("/core/Comparison/joint-statement", test_joint_statement);
  ADD ("/core/Comparison/filter/dates", test_filter_dates);
  ADD ("/core/Comparison/filter/sources", test_filter_sources);
  ADD ("/core/Comparison/filter/topics", test_filter_topics);
  ADD ("/core/Comparison/filter/coders-and-modes", test_filter_coders_and_modes);
  ADD ("/core/Comparison/depth", test_depth);
  ADD ("/core/Comparison/agreement", test_agreement_arithmetic);
  ADD ("/core/Comparison/movement", test_movement);
  ADD ("/core/Comparison/matrix", test_matrix);
  ADD ("/core/Comparison/errors", test_errors);
  ADD ("/core/Comparison/query-copy", test_query_copy);
  ADD ("/core/Comparison/render/json", test_render_json);
  ADD ("/core/Comparison/render/json-escaping", test_render_json_escaping);
  ADD ("/core/Comparison/render/csv", test_render_csv);
  ADD ("/core/Comparison/render/text", test_render_text);
  ADD ("/core/Comparison/render/html-escapes", test_render_html_escapes);
  ADD ("/core/Comparison/orphans", test_orphans_excluded);
  g_test_add_func ("/core/Comparison/sample", test_sample);

#undef ADD

  return g_test_run ();
}
