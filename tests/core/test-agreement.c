/* test-agreement.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "demarche-core.h"

#define SAMPLE_ARTICLE_UUID "5d0c7a52-3f5e-5b0a-9c41-6a1b2f8e7d31"
#define EPSILON 1e-12

/* Synthetic codings {{{
 *
 * The figures depend only on spans and codings, so most cases use made-up
 * annotations with readable stand-ins for uuids; nothing here touches a
 * store. */

static DmAnnotation *
coded (const char *article,
       guint       start,
       guint       end,
       const char *actors,
       const char *topic,
       DmPolarity  polarity)
{
  g_auto(GStrv) list = g_strsplit (actors, ",", -1);
  DmAnnotation *annotation = dm_annotation_new (article, start, end);

  dm_annotation_set_actor_uuids (annotation, (const char * const *) list);
  dm_annotation_set_topic_uuid (annotation, topic);
  dm_annotation_set_polarity (annotation, polarity);
  return annotation;
}

static GPtrArray *
new_set (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

static void
test_agreement_kappa (void)
{
  g_autoptr(GPtrArray) a = new_set ();
  g_autoptr(GPtrArray) b = new_set ();
  g_autoptr(DmAgreement) agreement = NULL;
  const DmAgreementFigures *figures;
  /* Ten units, polarity only in question:
   *
   *              B supports  B opposes
   *  A supports       4          1        5
   *  A opposes        2          3        5
   *                   6          4       10
   */
  const DmPolarity coding_a[10] = { 1, 1, 1, 1, 1, 2, 2, 2, 2, 2 };
  const DmPolarity coding_b[10] = { 1, 1, 1, 1, 2, 1, 1, 2, 2, 2 };

  for (guint i = 0; i < 10; i++)
    {
      g_ptr_array_add (a, coded ("art", 10 * i, 10 * i + 8, "china", "talks", coding_a[i]));
      g_ptr_array_add (b, coded ("art", 10 * i, 10 * i + 8, "china", "talks", coding_b[i]));
    }

  agreement = dm_agreement_new (a, b, "alice", "bob");
  g_assert_cmpuint (dm_agreement_get_n_articles (agreement), ==, 1);
  g_assert_cmpuint (dm_agreement_get_n_matched (agreement), ==, 10);

  figures = dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY);
  g_assert_cmpuint (figures->n_units, ==, 10);
  g_assert_cmpuint (figures->n_agree, ==, 7);
  /* p_o = (4 + 3) / 10 = 0.7 */
  g_assert_cmpfloat_with_epsilon (figures->observed, 0.7, EPSILON);
  /* p_e = (5 × 6 + 5 × 4) / 10² = 50 / 100 = 0.5 */
  g_assert_cmpfloat_with_epsilon (figures->expected, 0.5, EPSILON);
  /* κ = (0.7 − 0.5) / (1 − 0.5) = 0.4 */
  g_assert_true (figures->kappa_defined);
  g_assert_cmpfloat_with_epsilon (figures->kappa, 0.4, EPSILON);
  /* Alpha: 20 paired values; coincidences o(s,s) = 2×4 = 8, o(o,o) = 2×3
   * = 6, o(s,o) = o(o,s) = 1 + 2 = 3. Marginals N_s = 5 + 6 = 11,
   * N_o = 5 + 4 = 9. α = 1 − (N − 1) Σ_{c≠k} o / Σ_{c≠k} N_c N_k
   * = 1 − 19 × 6 / (2 × 11 × 9) = 1 − 114 / 198 = 84 / 198 ≈ 0.4242. */
  g_assert_true (figures->alpha_defined);
  g_assert_cmpfloat_with_epsilon (figures->alpha, 84.0 / 198.0, EPSILON);
  g_assert_cmpuint (figures->alpha_pairable, ==, 10);
  g_assert_cmpuint (figures->alpha_units, ==, 10);

  /* Everyone coded "china" and "talks" throughout: 100 %, but p_e = 10 ×
   * 10 / 10² = 1, so kappa is undefined, and alpha too (no variation). */
  for (DmAgreementField field = DM_AGREEMENT_ACTORS; field <= DM_AGREEMENT_TOPIC; field++)
    {
      figures = dm_agreement_get_figures (agreement, field);
      g_assert_cmpuint (figures->n_agree, ==, 10);
      g_assert_cmpfloat (figures->observed, ==, 1.0);
      g_assert_cmpfloat (figures->expected, ==, 1.0);
      g_assert_false (figures->kappa_defined);
      g_assert_true (isnan (figures->kappa));
      g_assert_false (figures->alpha_defined);
      g_assert_true (isnan (figures->alpha));
    }

  /* The three off-diagonal units, polarity only, same spans. */
  g_assert_cmpuint (dm_agreement_get_disagreements (agreement)->len, ==, 3);
  for (guint i = 0; i < 3; i++)
    {
      const DmDisagreement *disagreement = g_ptr_array_index (dm_agreement_get_disagreements (agreement), i);

      g_assert_cmpint (disagreement->kind, ==, DM_DISAGREEMENT_CODING);
      g_assert_cmpuint (disagreement->differences, ==, DM_AGREEMENT_DIFFERS_POLARITY);
      g_assert_cmpuint (dm_annotation_get_start (disagreement->a), ==, 40 + 10 * i);
      g_assert_cmpstr (disagreement->coder_b, ==, "bob");
    }
}

static void
test_agreement_systematic (void)
{
  g_autoptr(GPtrArray) a = new_set ();
  g_autoptr(GPtrArray) b = new_set ();
  g_autoptr(DmAgreement) agreement = NULL;
  const DmAgreementFigures *figures;

  /* A always says supports, B always opposes: each coder uses a single
   * value, but not the same one. */
  for (guint i = 0; i < 2; i++)
    {
      g_ptr_array_add (a, coded ("art", 10 * i, 10 * i + 5, "china", "talks", DM_POLARITY_SUPPORTS));
      g_ptr_array_add (b, coded ("art", 10 * i, 10 * i + 5, "china", "talks", DM_POLARITY_OPPOSES));
    }

  agreement = dm_agreement_new (a, b, NULL, NULL);
  figures = dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY);
  /* p_o = 0; p_e = (2 × 0 + 0 × 2) / 4 = 0; κ = (0 − 0) / 1 = 0: defined. */
  g_assert_cmpfloat (figures->observed, ==, 0.0);
  g_assert_cmpfloat (figures->expected, ==, 0.0);
  g_assert_true (figures->kappa_defined);
  g_assert_cmpfloat_with_epsilon (figures->kappa, 0.0, EPSILON);
  /* N = 4, N_s = N_o = 2, Σ_{c≠k} N_c N_k = 2 × 2 × 2 = 8; every unit
   * disagrees: Σ_{c≠k} o = 4. α = 1 − 3 × 4 / 8 = −0.5. */
  g_assert_true (figures->alpha_defined);
  g_assert_cmpfloat_with_epsilon (figures->alpha, -0.5, EPSILON);
}

static void
test_agreement_perfect (void)
{
  g_autoptr(GPtrArray) a = new_set ();
  g_autoptr(GPtrArray) b = new_set ();
  g_autoptr(DmAgreement) agreement = NULL;
  const DmPolarity values[3] = { DM_POLARITY_SUPPORTS, DM_POLARITY_OPPOSES, DM_POLARITY_NEUTRAL };

  for (guint i = 0; i < 3; i++)
    {
      g_ptr_array_add (a, coded ("art", 10 * i, 10 * i + 5, i == 1 ? "china,belarus" : "china", "talks", values[i]));
      g_ptr_array_add (b, coded ("art", 10 * i, 10 * i + 5, i == 1 ? "belarus,china" : "china", "talks", values[i]));
    }

  agreement = dm_agreement_new (a, b, "alice", "bob");
  for (DmAgreementField field = DM_AGREEMENT_ACTORS; field < DM_AGREEMENT_N_FIELDS; field++)
    g_assert_cmpuint (dm_agreement_get_figures (agreement, field)->n_agree, ==, 3);

  /* Polarity: p_o = 1, p_e = (1 + 1 + 1) / 9 = 1/3, κ = (2/3) / (2/3) = 1;
   * no disagreeing pair, so α = 1 (N_c = 2 each, Σ N_c N_k = 36 − 12 = 24
   * is not 0). */
  g_assert_cmpfloat_with_epsilon (dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY)->expected, 1.0 / 3,
                                  EPSILON);
  g_assert_cmpfloat_with_epsilon (dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY)->kappa, 1.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY)->alpha, 1.0, EPSILON);
  /* Actors are a set: "china,belarus" and "belarus,china" agree. */
  g_assert_cmpfloat_with_epsilon (dm_agreement_get_figures (agreement, DM_AGREEMENT_ACTORS)->kappa, 1.0, EPSILON);
  g_assert_cmpfloat (dm_agreement_get_span_agreement (agreement), ==, 1.0);
  g_assert_cmpuint (dm_agreement_get_disagreements (agreement)->len, ==, 0);
}

static void
test_agreement_mixed (void)
{
  g_autoptr(GPtrArray) a = new_set ();
  g_autoptr(GPtrArray) b = new_set ();
  g_autoptr(DmAgreement) agreement = NULL;
  const DmAgreementFigures *figures;
  /* Six matched units over three values:
   *   unit  1  2  3  4  5  6
   *   A     s  s  o  n  n  o
   *   B     s  o  o  s  n  o
   * plus one span only A marked and one only B marked in the same article,
   * and an article only A coded. */
  const DmPolarity coding_a[6] = { 1, 1, 2, 3, 3, 2 };
  const DmPolarity coding_b[6] = { 1, 2, 2, 1, 3, 2 };

  for (guint i = 0; i < 6; i++)
    {
      g_ptr_array_add (a, coded ("art", 10 * i, 10 * i + 8, "china", "talks", coding_a[i]));
      g_ptr_array_add (b, coded ("art", 10 * i, 10 * i + 8, "china", "talks", coding_b[i]));
    }
  g_ptr_array_add (a, coded ("art", 100, 110, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 200, 210, "china", "talks", DM_POLARITY_OPPOSES));
  g_ptr_array_add (a, coded ("other", 0, 10, "china", "talks", DM_POLARITY_OPPOSES));

  agreement = dm_agreement_new (a, b, "alice", "bob");
  g_assert_cmpuint (dm_agreement_get_n_articles (agreement), ==, 1);
  g_assert_cmpuint (dm_agreement_get_n_articles_only (agreement, DM_AGREEMENT_SIDE_A), ==, 1);
  g_assert_cmpuint (dm_agreement_get_n_articles_only (agreement, DM_AGREEMENT_SIDE_B), ==, 0);
  g_assert_cmpuint (dm_agreement_get_n_spans (agreement, DM_AGREEMENT_SIDE_A), ==, 7);
  g_assert_cmpuint (dm_agreement_get_n_spans (agreement, DM_AGREEMENT_SIDE_B), ==, 7);
  g_assert_cmpuint (dm_agreement_get_n_matched (agreement), ==, 6);
  g_assert_cmpuint (dm_agreement_get_n_unmatched (agreement, DM_AGREEMENT_SIDE_A), ==, 1);
  g_assert_cmpuint (dm_agreement_get_n_unmatched (agreement, DM_AGREEMENT_SIDE_B), ==, 1);
  /* 2 × 6 / (7 + 7) */
  g_assert_cmpfloat_with_epsilon (dm_agreement_get_span_agreement (agreement), 12.0 / 14.0, EPSILON);

  figures = dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY);
  /* p_o = 4/6. Marginals A: s 2, o 2, n 2; B: s 2, o 3, n 1.
   * p_e = (2×2 + 2×3 + 2×1) / 36 = 12/36 = 1/3.
   * κ = (2/3 − 1/3) / (1 − 1/3) = 0.5. */
  g_assert_cmpuint (figures->n_units, ==, 6);
  g_assert_cmpuint (figures->n_agree, ==, 4);
  g_assert_cmpfloat_with_epsilon (figures->expected, 1.0 / 3, EPSILON);
  g_assert_cmpfloat_with_epsilon (figures->kappa, 0.5, EPSILON);
  /* Alpha: the two single spans are units with a missing value; they cannot
   * be paired and add nothing. N = 12 paired values, N_s = 4, N_o = 5,
   * N_n = 3; Σ_{c≠k} N_c N_k = 144 − (16 + 25 + 9) = 94. Two units
   * disagree: Σ_{c≠k} o = 4. α = 1 − 11 × 4 / 94 = 50/94 ≈ 0.5319. */
  g_assert_cmpfloat_with_epsilon (figures->alpha, 50.0 / 94.0, EPSILON);
  g_assert_cmpuint (figures->alpha_units, ==, 8);
  g_assert_cmpuint (figures->alpha_pairable, ==, 6);

  /* Two codings differ, two spans stand alone; in text order. */
  g_assert_cmpuint (dm_agreement_get_disagreements (agreement)->len, ==, 4);
  g_assert_cmpint (((DmDisagreement *) g_ptr_array_index (dm_agreement_get_disagreements (agreement), 2))->kind, ==,
                   DM_DISAGREEMENT_ONLY_A);
  g_assert_cmpint (((DmDisagreement *) g_ptr_array_index (dm_agreement_get_disagreements (agreement), 3))->kind, ==,
                   DM_DISAGREEMENT_ONLY_B);
}

static void
test_agreement_no_overlap (void)
{
  g_autoptr(GPtrArray) a = new_set ();
  g_autoptr(GPtrArray) b = new_set ();
  g_autoptr(DmAgreement) agreement = NULL;
  g_autofree char *json = NULL;
  g_autofree char *text = NULL;
  const DmAgreementFigures *figures;

  g_ptr_array_add (a, coded ("art", 0, 10, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (a, coded ("art", 20, 30, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 10, 20, "china", "talks", DM_POLARITY_SUPPORTS));

  agreement = dm_agreement_new (a, b, "alice", "bob");
  g_assert_cmpuint (dm_agreement_get_n_matched (agreement), ==, 0);
  g_assert_cmpfloat (dm_agreement_get_span_agreement (agreement), ==, 0.0);

  /* Nothing to compare codings on: every figure is undefined. */
  figures = dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY);
  g_assert_cmpuint (figures->n_units, ==, 0);
  g_assert_true (isnan (figures->observed));
  g_assert_false (figures->kappa_defined);
  g_assert_false (figures->alpha_defined);
  g_assert_cmpuint (figures->alpha_units, ==, 3);
  g_assert_cmpuint (figures->alpha_pairable, ==, 0);
  g_assert_null (dm_agreement_get_actor_uuids (agreement)[0]);

  g_assert_cmpuint (dm_agreement_get_disagreements (agreement)->len, ==, 3);
  g_assert_cmpint (((DmDisagreement *) g_ptr_array_index (dm_agreement_get_disagreements (agreement), 1))->kind, ==,
                   DM_DISAGREEMENT_ONLY_B);

  /* Undefined is null in JSON, with the reason; the text report says so. */
  json = dm_agreement_to_json (agreement, NULL);
  g_assert_nonnull (strstr (json, "\"kappa\" : null"));
  g_assert_nonnull (strstr (json, "\"kappa_undefined\" : \"no matched units\""));
  text = dm_agreement_to_text (agreement, NULL);
  g_assert_nonnull (strstr (text, "undefined"));

  /* No articles in common at all. */
  g_clear_object (&agreement);
  g_ptr_array_set_size (b, 0);
  g_ptr_array_add (b, coded ("elsewhere", 0, 10, "china", "talks", DM_POLARITY_SUPPORTS));
  agreement = dm_agreement_new (a, b, "alice", "bob");
  g_assert_cmpuint (dm_agreement_get_n_articles (agreement), ==, 0);
  g_assert_cmpuint (dm_agreement_get_n_articles_only (agreement, DM_AGREEMENT_SIDE_B), ==, 1);
  g_assert_true (isnan (dm_agreement_get_span_agreement (agreement)));
  g_assert_cmpuint (dm_agreement_get_disagreements (agreement)->len, ==, 0);
}

static const DmDisagreement *
nth (DmAgreement *agreement,
     guint        i)
{
  return g_ptr_array_index (dm_agreement_get_disagreements (agreement), i);
}

static void
test_agreement_partial_overlap (void)
{
  g_autoptr(GPtrArray) a = new_set ();
  g_autoptr(GPtrArray) b = new_set ();
  g_autoptr(DmAgreement) agreement = NULL;

  /* 15 of the shorter 15 overlap: one unit, spans differ, coding differs. */
  g_ptr_array_add (a, coded ("art", 0, 20, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 5, 20, "china", "talks", DM_POLARITY_OPPOSES));
  /* 5 of the shorter 20 (25 %): two separate spans. */
  g_ptr_array_add (a, coded ("art", 30, 50, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 45, 70, "china", "talks", DM_POLARITY_SUPPORTS));
  /* Identical span (Jaccard 1) beats a nested one (20/40 = 0.5), which is
   * left over: each span is used once. */
  g_ptr_array_add (a, coded ("art", 100, 140, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 110, 130, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 100, 140, "china", "talks", DM_POLARITY_SUPPORTS));
  /* 10 of the shorter 20: exactly half is enough. */
  g_ptr_array_add (a, coded ("art", 200, 220, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 210, 240, "china", "talks", DM_POLARITY_SUPPORTS));
  /* Two candidates for one span: 300–330 (Jaccard 30/40 = 0.75) and
   * 305–340 (35/40 = 0.875); the closer one wins. */
  g_ptr_array_add (a, coded ("art", 300, 340, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 300, 330, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 305, 340, "china", "talks", DM_POLARITY_SUPPORTS));

  agreement = dm_agreement_new (a, b, "alice", "bob");
  g_assert_cmpuint (dm_agreement_get_n_spans (agreement, DM_AGREEMENT_SIDE_A), ==, 5);
  g_assert_cmpuint (dm_agreement_get_n_spans (agreement, DM_AGREEMENT_SIDE_B), ==, 7);
  g_assert_cmpuint (dm_agreement_get_n_matched (agreement), ==, 4);
  g_assert_cmpuint (dm_agreement_get_n_unmatched (agreement, DM_AGREEMENT_SIDE_A), ==, 1);
  g_assert_cmpuint (dm_agreement_get_n_unmatched (agreement, DM_AGREEMENT_SIDE_B), ==, 3);
  /* 2 × 4 / (5 + 7) */
  g_assert_cmpfloat_with_epsilon (dm_agreement_get_span_agreement (agreement), 8.0 / 12.0, EPSILON);
  /* Polarity on the 4 matched units: 3 of 4 agree. */
  g_assert_cmpuint (dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY)->n_units, ==, 4);
  g_assert_cmpuint (dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY)->n_agree, ==, 3);

  /* Disagreements in text order: the recoded 0–20 unit, then 30–50 alone,
   * 45–70 alone, the nested 110–130 and 300–330. */
  g_assert_cmpuint (dm_agreement_get_disagreements (agreement)->len, ==, 5);
  g_assert_cmpint (nth (agreement, 0)->kind, ==, DM_DISAGREEMENT_CODING);
  g_assert_cmpuint (nth (agreement, 0)->differences, ==, DM_AGREEMENT_DIFFERS_POLARITY | DM_AGREEMENT_DIFFERS_SPAN);
  g_assert_cmpuint (dm_annotation_get_start (nth (agreement, 0)->b), ==, 5);
  g_assert_cmpint (nth (agreement, 1)->kind, ==, DM_DISAGREEMENT_ONLY_A);
  g_assert_cmpuint (dm_annotation_get_start (nth (agreement, 1)->a), ==, 30);
  g_assert_cmpint (nth (agreement, 2)->kind, ==, DM_DISAGREEMENT_ONLY_B);
  g_assert_cmpuint (dm_annotation_get_start (nth (agreement, 2)->b), ==, 45);
  g_assert_cmpint (nth (agreement, 3)->kind, ==, DM_DISAGREEMENT_ONLY_B);
  g_assert_cmpuint (dm_annotation_get_start (nth (agreement, 3)->b), ==, 110);
  g_assert_cmpint (nth (agreement, 4)->kind, ==, DM_DISAGREEMENT_ONLY_B);
  g_assert_cmpuint (dm_annotation_get_end (nth (agreement, 4)->b), ==, 330);
}

static void
test_agreement_actors (void)
{
  g_autoptr(GPtrArray) a = new_set ();
  g_autoptr(GPtrArray) b = new_set ();
  g_autoptr(DmAgreement) agreement = NULL;
  const DmAgreementFigures *figures;

  g_ptr_array_add (a, coded ("art", 0, 10, "china,belarus", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 0, 10, "belarus,china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (a, coded ("art", 20, 30, "china", "talks", DM_POLARITY_SUPPORTS));
  g_ptr_array_add (b, coded ("art", 20, 30, "china,belarus", "talks", DM_POLARITY_SUPPORTS));

  agreement = dm_agreement_new (a, b, "alice", "bob");

  /* Sets {b,c} = {b,c}, {c} ≠ {b,c}: 1 of 2. Marginals A: {b,c} 1, {c} 1;
   * B: {b,c} 2. p_e = 1 × 2 / 4 = 0.5, κ = (0.5 − 0.5) / 0.5 = 0.
   * N = 4, N_{b,c} = 3, N_{c} = 1: Σ N_c N_k = 16 − 10 = 6; one unit
   * disagrees, Σ o = 2; α = 1 − 3 × 2 / 6 = 0. */
  figures = dm_agreement_get_figures (agreement, DM_AGREEMENT_ACTORS);
  g_assert_cmpuint (figures->n_agree, ==, 1);
  g_assert_cmpfloat_with_epsilon (figures->kappa, 0.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (figures->alpha, 0.0, EPSILON);

  /* Per actor, named (yes) or not (no) in each matched unit. */
  g_assert_cmpstr (dm_agreement_get_actor_uuids (agreement)[0], ==, "belarus");
  g_assert_cmpstr (dm_agreement_get_actor_uuids (agreement)[1], ==, "china");
  g_assert_null (dm_agreement_get_actor_uuids (agreement)[2]);
  /* China: yes/yes twice; p_e = 2 × 2 / 4 = 1: kappa undefined. */
  figures = dm_agreement_get_actor_figures (agreement, "china");
  g_assert_cmpuint (figures->n_agree, ==, 2);
  g_assert_false (figures->kappa_defined);
  g_assert_false (figures->alpha_defined);
  /* Belarus: yes/yes, no/yes; the same table as the sets above. */
  figures = dm_agreement_get_actor_figures (agreement, "belarus");
  g_assert_cmpuint (figures->n_agree, ==, 1);
  g_assert_cmpfloat_with_epsilon (figures->kappa, 0.0, EPSILON);
  g_assert_null (dm_agreement_get_actor_figures (agreement, "nato"));

  g_assert_cmpuint (dm_agreement_get_disagreements (agreement)->len, ==, 1);
  g_assert_cmpuint (nth (agreement, 0)->differences, ==, DM_AGREEMENT_DIFFERS_ACTORS);
}

/* }}} */

/* Two coders in one store {{{ */

typedef struct
{
  char    *dir;
  DmStore *store;
  char    *china;
  char    *belarus;
  char    *eu;
  char    *talks;
  char    *ceasefire;
  char    *second_article;
} Fixture;

static char *
actor_uuid (DmStore    *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmActor) actor = dm_store_resolve_actor (store, name, &error);

  g_assert_no_error (error);
  return g_strdup (dm_actor_get_uuid (actor));
}

static char *
topic_uuid (DmStore    *store,
            const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmTopic) topic = dm_store_resolve_topic (store, name, &error);

  g_assert_no_error (error);
  return g_strdup (dm_topic_get_uuid (topic));
}

static DmAnnotation *
annotate (Fixture    *fixture,
          const char *article_uuid,
          const char *coder,
          const char *quote,
          const char *actor1,
          const char *actor2,
          const char *topic,
          DmPolarity  polarity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = dm_store_lookup_article (fixture->store, article_uuid, &error);
  const char * const actors[] = { actor1, actor2, NULL };
  DmAnnotation *annotation;
  guint start, end;

  g_assert_no_error (error);
  g_assert_true (dm_article_find_quote (article, quote, 0, &start, &end));
  annotation = dm_annotation_new (article_uuid, start, end);
  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_topic_uuid (annotation, topic);
  dm_annotation_set_polarity (annotation, polarity);
  dm_annotation_set_coder (annotation, coder);
  dm_annotation_set_note (annotation, "coder's own note");
  g_assert_true (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_no_error (error);
  return annotation;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) second = dm_article_new ();
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-agreement-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "agreement.db", NULL);
  fixture->store = dm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (dm_store_seed_defaults (fixture->store, &error));
  g_assert_no_error (error);

  fixture->china = actor_uuid (fixture->store, "China");
  fixture->belarus = actor_uuid (fixture->store, "Belarus");
  fixture->eu = actor_uuid (fixture->store, "European Union");
  fixture->talks = topic_uuid (fixture->store, "Peace talks");
  fixture->ceasefire = topic_uuid (fixture->store, "Ceasefire");

  dm_article_set_title (second, "Borrell on the plan");
  dm_article_set_body (second, "Borrell said the plan contains interesting elements.");
  g_assert_true (dm_store_add_article (fixture->store, second, &error));
  fixture->second_article = g_strdup (dm_article_get_uuid (second));

  /* alice:                                   bob:
   *  talks   China+Belarus  talks  supports   same actors (other order), longer span
   *  warning Belarus        talks  opposes    Belarus  talks  mixed        → polarity
   *  ceasef. China          ceasef supports   China    talks  supports     → topic
   *  blame   China          –      opposes    (not marked)                 → only A
   *  (not marked)                             EU       talks  supports     → only B
   *                                           + the second article, only bob's */
  g_object_unref (annotate (fixture, SAMPLE_ARTICLE_UUID, "alice", "support for peace negotiations in Ukraine",
                            fixture->china, fixture->belarus, fixture->talks, DM_POLARITY_SUPPORTS));
  g_object_unref (annotate (fixture, SAMPLE_ARTICLE_UUID, "bob", "their support for peace negotiations in Ukraine",
                            fixture->belarus, fixture->china, fixture->talks, DM_POLARITY_SUPPORTS));
  g_object_unref (annotate (fixture, SAMPLE_ARTICLE_UUID, "alice", "serious consequences",
                            fixture->belarus, NULL, fixture->talks, DM_POLARITY_OPPOSES));
  g_object_unref (annotate (fixture, SAMPLE_ARTICLE_UUID, "bob", "serious consequences",
                            fixture->belarus, NULL, fixture->talks, DM_POLARITY_MIXED));
  g_object_unref (annotate (fixture, SAMPLE_ARTICLE_UUID, "alice", "called for a ceasefire",
                            fixture->china, NULL, fixture->ceasefire, DM_POLARITY_SUPPORTS));
  g_object_unref (annotate (fixture, SAMPLE_ARTICLE_UUID, "bob", "called for a ceasefire",
                            fixture->china, NULL, fixture->talks, DM_POLARITY_SUPPORTS));
  g_object_unref (annotate (fixture, SAMPLE_ARTICLE_UUID, "alice", "has blamed NATO and the United States",
                            fixture->china, NULL, NULL, DM_POLARITY_OPPOSES));
  g_object_unref (annotate (fixture, SAMPLE_ARTICLE_UUID, "bob", "contains interesting elements",
                            fixture->eu, NULL, fixture->talks, DM_POLARITY_SUPPORTS));
  g_object_unref (annotate (fixture, fixture->second_article, "bob", "interesting elements",
                            fixture->eu, NULL, fixture->talks, DM_POLARITY_SUPPORTS));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->store);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->china);
  g_free (fixture->belarus);
  g_free (fixture->eu);
  g_free (fixture->talks);
  g_free (fixture->ceasefire);
  g_free (fixture->second_article);
}

static DmAgreement *
compare (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  DmAgreement *agreement = dm_agreement_new_for_coders (fixture->store, "alice", "bob", &error);

  g_assert_no_error (error);
  g_assert_nonnull (agreement);
  return agreement;
}

static void
test_agreement_coders (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAgreement) agreement = compare (fixture);
  g_autoptr(DmAgreement) none = NULL;
  const DmAgreementFigures *figures;

  g_assert_cmpstr (dm_agreement_get_coder (agreement, DM_AGREEMENT_SIDE_A), ==, "alice");
  g_assert_cmpuint (dm_agreement_get_n_articles (agreement), ==, 1);
  g_assert_cmpuint (dm_agreement_get_n_articles_only (agreement, DM_AGREEMENT_SIDE_B), ==, 1);
  g_assert_cmpuint (dm_agreement_get_n_spans (agreement, DM_AGREEMENT_SIDE_A), ==, 4);
  g_assert_cmpuint (dm_agreement_get_n_spans (agreement, DM_AGREEMENT_SIDE_B), ==, 4);
  g_assert_cmpuint (dm_agreement_get_n_matched (agreement), ==, 3);

  /* Polarity: (s,s) (o,m) (s,s): p_o = 2/3; A: s 2, o 1; B: s 2, m 1;
   * p_e = 2×2/9 = 4/9; κ = (2/3 − 4/9)/(5/9) = 0.4. N = 6: N_s = 4,
   * N_o = N_m = 1; Σ N_c N_k = 36 − 18 = 18; α = 1 − 5 × 2/18 = 4/9. */
  figures = dm_agreement_get_figures (agreement, DM_AGREEMENT_POLARITY);
  g_assert_cmpuint (figures->n_agree, ==, 2);
  g_assert_cmpfloat_with_epsilon (figures->kappa, 0.4, EPSILON);
  g_assert_cmpfloat_with_epsilon (figures->alpha, 4.0 / 9.0, EPSILON);
  /* Topic: (t,t) (t,t) (c,t): p_o = 2/3; A: t 2, c 1; B: t 3;
   * p_e = 2×3/9 = 2/3; κ = 0. N_t = 5, N_c = 1: Σ N_c N_k = 36 − 26 = 10;
   * α = 1 − 5 × 2/10 = 0. */
  figures = dm_agreement_get_figures (agreement, DM_AGREEMENT_TOPIC);
  g_assert_cmpfloat_with_epsilon (figures->kappa, 0.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (figures->alpha, 0.0, EPSILON);
  /* Actors: all three sets agree; three different sets, p_e = 3/9; κ = 1. */
  figures = dm_agreement_get_figures (agreement, DM_AGREEMENT_ACTORS);
  g_assert_cmpfloat_with_epsilon (figures->kappa, 1.0, EPSILON);
  g_assert_cmpfloat_with_epsilon (figures->alpha, 1.0, EPSILON);

  /* In text order: warning (polarity), ceasefire (topic), blame (only A),
   * interesting elements (only B). */
  g_assert_cmpuint (dm_agreement_get_disagreements (agreement)->len, ==, 4);
  g_assert_cmpuint (nth (agreement, 0)->differences, ==, DM_AGREEMENT_DIFFERS_POLARITY);
  g_assert_cmpuint (nth (agreement, 1)->differences, ==, DM_AGREEMENT_DIFFERS_TOPIC);
  g_assert_cmpint (nth (agreement, 2)->kind, ==, DM_DISAGREEMENT_ONLY_A);
  g_assert_cmpint (nth (agreement, 3)->kind, ==, DM_DISAGREEMENT_ONLY_B);
  g_assert_cmpstr (nth (agreement, 3)->article_uuid, ==, SAMPLE_ARTICLE_UUID);

  /* Bad names. */
  none = dm_agreement_new_for_coders (fixture->store, "alice", "carol", &error);
  g_assert_null (none);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "carol"));
  g_clear_error (&error);
  none = dm_agreement_new_for_coders (fixture->store, "alice", "alice", &error);
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
}

static void
test_agreement_render (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAgreement) agreement = compare (fixture);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *json = dm_agreement_to_json (agreement, fixture->store);
  g_autofree char *again = dm_agreement_to_json (agreement, fixture->store);
  g_autofree char *text = dm_agreement_to_text (agreement, fixture->store);
  JsonObject *root, *polarity;
  JsonArray *disagreements;

  g_assert_cmpstr (json, ==, again);
  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (root, "coders"), "b"), ==, "bob");
  g_assert_cmpint (json_object_get_int_member (json_object_get_object_member (root, "spans"), "matched"), ==, 3);
  polarity = json_object_get_object_member (json_object_get_object_member (root, "fields"), "polarity");
  g_assert_cmpint (json_object_get_int_member (polarity, "units"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (polarity, "kappa_units"), ==, 3);
  g_assert_cmpint (json_object_get_int_member (polarity, "alpha_units"), ==, 5);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (polarity, "kappa"), 0.4, EPSILON);
  g_assert_false (json_object_has_member (polarity, "kappa_undefined"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "actors")), ==, 2);

  disagreements = json_object_get_array_member (root, "disagreements");
  g_assert_cmpuint (json_array_get_length (disagreements), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (disagreements, 0), "title"), ==,
                   "Belarus and China back peace talks on Ukraine");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (disagreements, 2), "kind"), ==,
                   "only-a");
  g_assert_true (json_object_get_null_member (json_array_get_object_element (disagreements, 2), "b"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (
                     json_array_get_object_element (disagreements, 1), "a"), "topic_name"), ==, "Ceasefire");

  g_assert_nonnull (strstr (text, "Coder agreement: A = alice, B = bob"));
  g_assert_nonnull (strstr (text, "Articles coded by both: 1 (only A: 0, only B: 1"));
  g_assert_nonnull (strstr (text, "  polarity        3      2   66.7 %      0.400      0.444\n"));
  g_assert_nonnull (strstr (text, "Disagreements to adjudicate: 4"));
  g_assert_nonnull (strstr (text, "coded differently (topic)"));
  g_assert_nonnull (strstr (text, "A (alice): China; Ceasefire; supports;"));
  g_assert_nonnull (strstr (text, "only B marked this"));
  g_assert_true (g_str_has_suffix (text, "\n"));
}

static void
test_agreement_keep (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAgreement) agreement = compare (fixture);
  g_autoptr(DmAgreement) after = NULL;
  g_autoptr(DmAnnotation) recoded = NULL;
  g_autoptr(DmAnnotation) restored = NULL;
  g_autoptr(GPtrArray) bobs = NULL;
  DmUndoStack *undo = dm_store_get_undo_stack (fixture->store);
  guint n_bob = 0;

  /* Polarity: keep alice's "opposes" for bob's span. */
  g_assert_true (dm_agreement_keep (fixture->store, nth (agreement, 0), DM_AGREEMENT_SIDE_A, &error));
  g_assert_no_error (error);
  recoded = dm_store_lookup_annotation (fixture->store, dm_annotation_get_uuid (nth (agreement, 0)->b), &error);
  g_assert_cmpint (dm_annotation_get_polarity (recoded), ==, DM_POLARITY_OPPOSES);
  g_assert_cmpstr (dm_annotation_get_coder (recoded), ==, "bob");
  g_assert_cmpstr (dm_undo_stack_get_undo_label (undo), ==, "Edit annotation");

  /* Topic: keep bob's topic for alice's span. */
  g_assert_true (dm_agreement_keep (fixture->store, nth (agreement, 1), DM_AGREEMENT_SIDE_B, &error));
  g_assert_no_error (error);

  /* Only alice marked the blame: keeping her side gives bob a copy. */
  g_assert_true (dm_agreement_keep (fixture->store, nth (agreement, 2), DM_AGREEMENT_SIDE_A, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dm_undo_stack_get_undo_label (undo), ==, "Add annotation");

  /* Only bob marked "interesting elements": keeping alice's side (none)
   * removes his. */
  g_assert_true (dm_agreement_keep (fixture->store, nth (agreement, 3), DM_AGREEMENT_SIDE_A, &error));
  g_assert_no_error (error);
  g_assert_null (dm_store_lookup_annotation (fixture->store, dm_annotation_get_uuid (nth (agreement, 3)->b), NULL));

  /* All settled. */
  after = compare (fixture);
  g_assert_cmpuint (dm_agreement_get_disagreements (after)->len, ==, 0);
  g_assert_cmpuint (dm_agreement_get_n_matched (after), ==, 4);
  for (DmAgreementField field = DM_AGREEMENT_ACTORS; field < DM_AGREEMENT_N_FIELDS; field++)
    g_assert_cmpfloat (dm_agreement_get_figures (after, field)->observed, ==, 1.0);

  /* The copy is bob's, without alice's note. */
  bobs = dm_store_dup_annotations (fixture->store, SAMPLE_ARTICLE_UUID, &error);
  for (guint i = 0; i < bobs->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (bobs, i);

      if (g_strcmp0 (dm_annotation_get_coder (annotation), "bob") != 0)
        continue;
      n_bob++;
      if (g_str_equal (dm_annotation_get_quote (annotation), "has blamed NATO and the United States"))
        {
          g_assert_null (dm_annotation_get_note (annotation));
          g_assert_cmpstr (dm_annotation_get_uuid (annotation), !=, dm_annotation_get_uuid (nth (agreement, 2)->a));
          g_assert_cmpint (dm_annotation_get_polarity (annotation), ==, DM_POLARITY_OPPOSES);
        }
    }
  g_assert_cmpuint (n_bob, ==, 4);

  /* Each keep is one undo step. */
  g_assert_true (dm_undo_stack_undo (undo, &error));
  restored = dm_store_lookup_annotation (fixture->store, dm_annotation_get_uuid (nth (agreement, 3)->b), NULL);
  g_assert_nonnull (restored);
}

static void
test_agreement_keep_stale (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAgreement) agreement = compare (fixture);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  /* Alice's annotation went away after the comparison: nothing changes. */
  g_assert_true (dm_store_remove_annotation (fixture->store, dm_annotation_get_uuid (nth (agreement, 0)->a), &error));
  before = dm_json_set_export (fixture->store, NULL, &error);
  g_assert_false (dm_agreement_keep (fixture->store, nth (agreement, 0), DM_AGREEMENT_SIDE_A, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = dm_json_set_export (fixture->store, NULL, &error);
  g_assert_cmpstr (before, ==, after);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/Agreement/kappa", test_agreement_kappa);
  g_test_add_func ("/core/Agreement/systematic", test_agreement_systematic);
  g_test_add_func ("/core/Agreement/perfect", test_agreement_perfect);
  g_test_add_func ("/core/Agreement/mixed", test_agreement_mixed);
  g_test_add_func ("/core/Agreement/no-overlap", test_agreement_no_overlap);
  g_test_add_func ("/core/Agreement/partial-overlap", test_agreement_partial_overlap);
  g_test_add_func ("/core/Agreement/actors", test_agreement_actors);
  g_test_add ("/core/Agreement/coders", Fixture, NULL, fixture_set_up, test_agreement_coders, fixture_tear_down);
  g_test_add ("/core/Agreement/render", Fixture, NULL, fixture_set_up, test_agreement_render, fixture_tear_down);
  g_test_add ("/core/Agreement/keep", Fixture, NULL, fixture_set_up, test_agreement_keep, fixture_tear_down);
  g_test_add ("/core/Agreement/keep-stale", Fixture, NULL, fixture_set_up, test_agreement_keep_stale,
              fixture_tear_down);

  return g_test_run ();
}
