/* dm-agreement.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-agreement"

#include "config.h"

#include <json-glib/json-glib.h>
#include <math.h>
#include <string.h>

#include "dm-agreement.h"
#include "dm-error.h"
#include "dm-store-private.h"

/**
 * DmAgreement:
 *
 * How far two coders agree (issue 6): teams double-code articles and must
 * know whether to trust a comparison built on their codings.
 *
 * Only articles both coders coded are compared; an article counts as coded
 * by a coder when it holds at least one of the coder's annotations. In each
 * such article the two coders' spans are paired into units: a pair is a
 * candidate when the spans overlap by at least half of the shorter one
 * (%DM_AGREEMENT_MIN_OVERLAP), and candidates are taken greedily, the
 * highest Jaccard index (overlap over union, in code points) first, each
 * span at most once. A span left over is a unit only one coder marked.
 *
 * On the matched units each field (actors as a set, topic, polarity) gets
 * the percentage of agreement, Cohen's kappa and Krippendorff's alpha for
 * nominal data. Kappa needs both values of every unit, so it rests on the
 * matched units. Alpha is computed over every unit either coder marked,
 * the unmatched ones having a missing value for the other coder; a unit
 * with a single value cannot be paired, contributes nothing to the
 * coincidence matrix, and so alpha too rests on the matched units. How
 * often the coders marked the same passages at all is the span agreement,
 * 2 × matched / (spans of A + spans of B).
 */
struct _DmAgreement
{
  GObject             parent_instance;

  char               *coders[2];
  GPtrArray          *disagreements;
  GHashTable         *actor_figures;
  char              **actor_uuids;

  DmAgreementFigures  figures[DM_AGREEMENT_N_FIELDS];
  guint               n_articles;
  guint               n_articles_only[2];
  guint               n_spans[2];
  guint               n_matched;
  guint               n_unmatched[2];
};

G_DEFINE_FINAL_TYPE (DmAgreement, dm_agreement, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (DmDisagreement, dm_disagreement, dm_disagreement_copy, dm_disagreement_free)

/* A unit: a matched pair, or one coder's span alone. Borrowed pointers. */
typedef struct
{
  const char   *article_uuid;
  DmAnnotation *a;
  DmAnnotation *b;
} Unit;

typedef struct
{
  guint ia;
  guint ib;
  guint overlap;
  guint united;
} Pair;

/* Names for the renderers, looked up once each; without a store, uuids. */
typedef struct
{
  DmStore    *store;
  GHashTable *cache;
} Names;

static const char * const field_names[DM_AGREEMENT_N_FIELDS] = { "actors", "topic", "polarity" };

/* Units {{{ */

static guint
span_length (DmAnnotation *annotation)
{
  guint start = dm_annotation_get_start (annotation);
  guint end = dm_annotation_get_end (annotation);

  return end > start ? end - start : 0;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  DmAnnotation *x = *(DmAnnotation **) a;
  DmAnnotation *y = *(DmAnnotation **) b;

  if (dm_annotation_get_start (x) != dm_annotation_get_start (y))
    return dm_annotation_get_start (x) < dm_annotation_get_start (y) ? -1 : 1;
  if (dm_annotation_get_end (x) != dm_annotation_get_end (y))
    return dm_annotation_get_end (x) < dm_annotation_get_end (y) ? -1 : 1;
  return g_strcmp0 (dm_annotation_get_uuid (x), dm_annotation_get_uuid (y));
}

/* Closest pairs first: higher Jaccard index (compared exactly, as cross
 * products), then larger overlap, then text order, so the result never
 * depends on the order the annotations came in. */
static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *x = a;
  const Pair *y = b;
  guint64 left = (guint64) x->overlap * y->united;
  guint64 right = (guint64) y->overlap * x->united;

  if (left != right)
    return left > right ? -1 : 1;
  if (x->overlap != y->overlap)
    return x->overlap > y->overlap ? -1 : 1;
  if (x->ia != y->ia)
    return x->ia < y->ia ? -1 : 1;
  return x->ib < y->ib ? -1 : x->ib > y->ib;
}

static guint
unit_start (const Unit *unit)
{
  if (unit->a != NULL && unit->b != NULL)
    return MIN (dm_annotation_get_start (unit->a), dm_annotation_get_start (unit->b));

  return dm_annotation_get_start (unit->a != NULL ? unit->a : unit->b);
}

static int
compare_units (gconstpointer a,
               gconstpointer b)
{
  const Unit *x = a;
  const Unit *y = b;
  int cmp = g_strcmp0 (x->article_uuid, y->article_uuid);

  if (cmp != 0)
    return cmp;
  if (unit_start (x) != unit_start (y))
    return unit_start (x) < unit_start (y) ? -1 : 1;
  /* Same start: pairs, then A alone, then B alone. */
  return (x->a == NULL) * 2 + (x->b == NULL) - ((y->a == NULL) * 2 + (y->b == NULL));
}

static void
match_article (const char *article_uuid,
               GPtrArray  *spans_a,
               GPtrArray  *spans_b,
               GArray     *units)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  g_autofree gboolean *used_a = g_new0 (gboolean, spans_a->len);
  g_autofree gboolean *used_b = g_new0 (gboolean, spans_b->len);

  g_ptr_array_sort (spans_a, compare_spans);
  g_ptr_array_sort (spans_b, compare_spans);

  for (guint i = 0; i < spans_a->len; i++)
    for (guint j = 0; j < spans_b->len; j++)
      {
        DmAnnotation *a = g_ptr_array_index (spans_a, i);
        DmAnnotation *b = g_ptr_array_index (spans_b, j);
        guint first = MAX (dm_annotation_get_start (a), dm_annotation_get_start (b));
        guint last = MIN (dm_annotation_get_end (a), dm_annotation_get_end (b));
        guint shorter = MIN (span_length (a), span_length (b));
        Pair pair = { i, j, 0, 0 };

        if (last <= first || shorter == 0)
          continue;

        pair.overlap = last - first;
        if ((double) pair.overlap < DM_AGREEMENT_MIN_OVERLAP * shorter)
          continue;

        pair.united = span_length (a) + span_length (b) - pair.overlap;
        g_array_append_val (pairs, pair);
      }

  g_array_sort (pairs, compare_pairs);

  for (guint p = 0; p < pairs->len; p++)
    {
      const Pair *pair = &g_array_index (pairs, Pair, p);
      Unit unit = { article_uuid, NULL, NULL };

      if (used_a[pair->ia] || used_b[pair->ib])
        continue;

      used_a[pair->ia] = used_b[pair->ib] = TRUE;
      unit.a = g_ptr_array_index (spans_a, pair->ia);
      unit.b = g_ptr_array_index (spans_b, pair->ib);
      g_array_append_val (units, unit);
    }

  for (guint i = 0; i < spans_a->len; i++)
    if (!used_a[i])
      {
        Unit unit = { article_uuid, g_ptr_array_index (spans_a, i), NULL };
        g_array_append_val (units, unit);
      }

  for (guint j = 0; j < spans_b->len; j++)
    if (!used_b[j])
      {
        Unit unit = { article_uuid, NULL, g_ptr_array_index (spans_b, j) };
        g_array_append_val (units, unit);
      }
}

/* article uuid (borrowed) → GPtrArray of borrowed annotations */
static GHashTable *
group_by_article (GPtrArray *annotations)
{
  GHashTable *groups = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);

  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);
      const char *article = dm_annotation_get_article_uuid (annotation);
      GPtrArray *group;

      if (article == NULL)
        continue;

      if (!(group = g_hash_table_lookup (groups, article)))
        {
          group = g_ptr_array_new ();
          g_hash_table_insert (groups, (gpointer) article, group);
        }
      g_ptr_array_add (group, annotation);
    }

  return groups;
}

/* }}} */

/* Values and figures {{{ */

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The actors as a set: sorted, without repeats, so "China, Belarus" and
 * "Belarus, China" are one value. */
static char *
dup_actor_set (DmAnnotation *annotation)
{
  const char * const *actors = dm_annotation_get_actor_uuids (annotation);
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  GString *key = g_string_new (NULL);

  for (guint i = 0; actors[i] != NULL; i++)
    g_ptr_array_add (sorted, (gpointer) actors[i]);
  g_ptr_array_sort (sorted, compare_strings);

  for (guint i = 0; i < sorted->len; i++)
    {
      if (i > 0 && g_str_equal (sorted->pdata[i], sorted->pdata[i - 1]))
        continue;
      if (key->len > 0)
        g_string_append_c (key, ',');
      g_string_append (key, sorted->pdata[i]);
    }

  return g_string_free (key, FALSE);
}

static char *
dup_value (DmAnnotation     *annotation,
           DmAgreementField  field)
{
  switch (field)
    {
    case DM_AGREEMENT_ACTORS:
      return dup_actor_set (annotation);
    case DM_AGREEMENT_TOPIC:
      /* No topic is a value like any other: both leaving it open agrees. */
      return g_strdup (dm_annotation_get_topic_uuid (annotation) ? dm_annotation_get_topic_uuid (annotation) : "");
    case DM_AGREEMENT_POLARITY:
      return g_strdup (dm_polarity_to_string (dm_annotation_get_polarity (annotation)));
    default:
      g_assert_not_reached ();
    }
}

static gboolean
has_actor (DmAnnotation *annotation,
           const char   *actor_uuid)
{
  return g_strv_contains (dm_annotation_get_actor_uuids (annotation), actor_uuid);
}

/* @values_a and @values_b hold the two codings of each matched unit;
 * @n_single counts the units only one coder marked.
 *
 * Kappa: p_o = agreeing / n; p_e = Σ_c n_A(c) n_B(c) / n², each coder's
 * own marginals; κ = (p_o − p_e) / (1 − p_e), undefined when p_e = 1,
 * which (with integers, exactly) is Σ_c n_A(c) n_B(c) = n².
 *
 * Alpha: with two values per pairable unit the coincidence matrix gets
 * o(c,k) += 1 and o(k,c) += 1 for every unit coded c by one coder and k by
 * the other (1 / (m_u − 1) with m_u = 2). Units with one value are not
 * pairable and add nothing. With N = 2n paired values, N_c = n_A(c) +
 * n_B(c) the marginals, α = 1 − (N − 1) Σ_{c≠k} o(c,k) / Σ_{c≠k} N_c N_k,
 * where Σ_{c≠k} o(c,k) = 2 × disagreeing units and Σ_{c≠k} N_c N_k =
 * N² − Σ_c N_c²; undefined when that is 0 (one value throughout). */
static void
compute_figures (DmAgreementFigures *figures,
                 GPtrArray          *values_a,
                 GPtrArray          *values_b,
                 guint               n_single)
{
  g_autoptr(GHashTable) categories = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) count_a = g_array_new (FALSE, TRUE, sizeof (guint));
  g_autoptr(GArray) count_b = g_array_new (FALSE, TRUE, sizeof (guint));
  const guint n = values_a->len;
  guint64 chance = 0;
  guint64 squares = 0;
  guint64 paired, spread;

  g_assert (values_a->len == values_b->len);

  memset (figures, 0, sizeof *figures);
  figures->n_units = n;
  figures->alpha_units = n + n_single;
  figures->alpha_pairable = n;
  figures->observed = figures->expected = figures->kappa = figures->alpha = NAN;

  for (guint i = 0; i < n; i++)
    {
      const char *values[2] = { g_ptr_array_index (values_a, i), g_ptr_array_index (values_b, i) };

      if (g_str_equal (values[0], values[1]))
        figures->n_agree++;

      for (guint side = 0; side < 2; side++)
        {
          GArray *counts = side == 0 ? count_a : count_b;
          gpointer index;

          if (!g_hash_table_lookup_extended (categories, values[side], NULL, &index))
            {
              index = GUINT_TO_POINTER (g_hash_table_size (categories));
              g_hash_table_insert (categories, (gpointer) values[side], index);
              g_array_set_size (count_a, g_hash_table_size (categories));
              g_array_set_size (count_b, g_hash_table_size (categories));
            }
          g_array_index (counts, guint, GPOINTER_TO_UINT (index))++;
        }
    }

  if (n == 0)
    return;

  for (guint c = 0; c < count_a->len; c++)
    {
      guint64 na = g_array_index (count_a, guint, c);
      guint64 nb = g_array_index (count_b, guint, c);

      chance += na * nb;
      squares += (na + nb) * (na + nb);
    }

  figures->observed = (double) figures->n_agree / n;
  figures->expected = (double) chance / ((double) n * n);

  figures->kappa_defined = chance != (guint64) n * n;
  if (figures->kappa_defined)
    figures->kappa = (figures->observed - figures->expected) / (1.0 - figures->expected);

  paired = 2 * (guint64) n;
  spread = paired * paired - squares;
  figures->alpha_defined = spread > 0;
  if (figures->alpha_defined)
    figures->alpha = 1.0 - (double) (paired - 1) * (2.0 * (n - figures->n_agree)) / (double) spread;
}

/* }}} */

/* GObject {{{ */

static void
dm_agreement_finalize (GObject *object)
{
  DmAgreement *self = (DmAgreement *)object;

  g_clear_pointer (&self->coders[0], g_free);
  g_clear_pointer (&self->coders[1], g_free);
  g_clear_pointer (&self->disagreements, g_ptr_array_unref);
  g_clear_pointer (&self->actor_figures, g_hash_table_unref);
  g_clear_pointer (&self->actor_uuids, g_strfreev);

  G_OBJECT_CLASS (dm_agreement_parent_class)->finalize (object);
}

static void
dm_agreement_class_init (DmAgreementClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_agreement_finalize;
}

static void
dm_agreement_init (DmAgreement *self)
{
  self->disagreements = g_ptr_array_new_with_free_func ((GDestroyNotify) dm_disagreement_free);
  self->actor_figures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* }}} */

/* Computing {{{ */

static void
compute_field_figures (DmAgreement *self,
                       GArray      *units)
{
  for (guint field = 0; field < DM_AGREEMENT_N_FIELDS; field++)
    {
      g_autoptr(GPtrArray) values_a = g_ptr_array_new_with_free_func (g_free);
      g_autoptr(GPtrArray) values_b = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < units->len; i++)
        {
          const Unit *unit = &g_array_index (units, Unit, i);

          if (unit->a != NULL && unit->b != NULL)
            {
              g_ptr_array_add (values_a, dup_value (unit->a, field));
              g_ptr_array_add (values_b, dup_value (unit->b, field));
            }
        }

      compute_figures (&self->figures[field], values_a, values_b, units->len - self->n_matched);
    }
}

/* Each actor named in a matched unit, as a yes/no value per matched unit:
 * did this coder name the actor? */
static void
compute_actor_figures (DmAgreement *self,
                       GArray      *units)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);

      if (unit->a == NULL || unit->b == NULL)
        continue;

      for (guint side = 0; side < 2; side++)
        {
          const char * const *uuids = dm_annotation_get_actor_uuids (side == 0 ? unit->a : unit->b);

          for (guint j = 0; uuids[j] != NULL; j++)
            if (g_hash_table_add (seen, (gpointer) uuids[j]))
              g_ptr_array_add (actors, (gpointer) uuids[j]);
        }
    }

  g_ptr_array_sort (actors, compare_strings);
  g_ptr_array_add (actors, NULL);
  self->actor_uuids = g_strdupv ((char **) actors->pdata);

  for (guint k = 0; self->actor_uuids[k] != NULL; k++)
    {
      const char *actor = self->actor_uuids[k];
      g_autoptr(GPtrArray) values_a = g_ptr_array_new ();
      g_autoptr(GPtrArray) values_b = g_ptr_array_new ();
      DmAgreementFigures *figures = g_new0 (DmAgreementFigures, 1);

      for (guint i = 0; i < units->len; i++)
        {
          const Unit *unit = &g_array_index (units, Unit, i);

          if (unit->a == NULL || unit->b == NULL)
            continue;
          g_ptr_array_add (values_a, (gpointer) (has_actor (unit->a, actor) ? "yes" : "no"));
          g_ptr_array_add (values_b, (gpointer) (has_actor (unit->b, actor) ? "yes" : "no"));
        }

      compute_figures (figures, values_a, values_b, units->len - self->n_matched);
      g_hash_table_insert (self->actor_figures, g_strdup (actor), figures);
    }
}

static void
collect_disagreements (DmAgreement *self,
                       GArray      *units)
{
  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);
      DmDisagreement *disagreement;
      guint differences = 0;

      if (unit->a != NULL && unit->b != NULL)
        {
          for (guint field = 0; field < DM_AGREEMENT_N_FIELDS; field++)
            {
              g_autofree char *value_a = dup_value (unit->a, field);
              g_autofree char *value_b = dup_value (unit->b, field);

              if (!g_str_equal (value_a, value_b))
                differences |= 1 << field;
            }

          /* Same coding on slightly different spans is agreement. */
          if (differences == 0)
            continue;

          if (dm_annotation_get_start (unit->a) != dm_annotation_get_start (unit->b) ||
              dm_annotation_get_end (unit->a) != dm_annotation_get_end (unit->b))
            differences |= DM_AGREEMENT_DIFFERS_SPAN;
        }

      disagreement = g_new0 (DmDisagreement, 1);
      disagreement->kind = unit->a == NULL ? DM_DISAGREEMENT_ONLY_B
                           : unit->b == NULL ? DM_DISAGREEMENT_ONLY_A
                           : DM_DISAGREEMENT_CODING;
      disagreement->article_uuid = g_strdup (unit->article_uuid);
      disagreement->a = unit->a != NULL ? g_object_ref (unit->a) : NULL;
      disagreement->b = unit->b != NULL ? g_object_ref (unit->b) : NULL;
      disagreement->differences = differences;
      disagreement->coder_a = g_strdup (self->coders[0]);
      disagreement->coder_b = g_strdup (self->coders[1]);
      g_ptr_array_add (self->disagreements, disagreement);
    }
}

/* }}} */

/* Rendering {{{ */

static const char *
names_lookup (Names        *names,
              DmStoreTable  table,
              const char   *uuid)
{
  g_autofree char *key = NULL;
  const char *cached;
  char *name = NULL;

  if (uuid == NULL || uuid[0] == '\0' || names->store == NULL)
    return uuid;

  key = g_strdup_printf ("%d:%s", table, uuid);
  if ((cached = g_hash_table_lookup (names->cache, key)))
    return cached;

  switch (table)
    {
    case DM_STORE_TABLE_ACTORS:
      {
        g_autoptr(DmActor) actor = dm_store_lookup_actor (names->store, uuid, NULL);
        name = actor ? g_strdup (dm_actor_get_name (actor)) : NULL;
      }
      break;
    case DM_STORE_TABLE_TOPICS:
      {
        g_autoptr(DmTopic) topic = dm_store_lookup_topic (names->store, uuid, NULL);
        name = topic ? g_strdup (dm_topic_get_name (topic)) : NULL;
      }
      break;
    case DM_STORE_TABLE_ARTICLES:
      {
        g_autoptr(DmArticle) article = dm_store_lookup_article_summary (names->store, uuid, NULL);
        name = article && dm_article_get_title (article) ? g_strdup (dm_article_get_title (article)) : NULL;
      }
      break;
    case DM_STORE_TABLE_ANNOTATIONS:
    default:
      g_assert_not_reached ();
    }

  if (name == NULL)
    return uuid;

  g_hash_table_insert (names->cache, g_steal_pointer (&key), name);
  return name;
}

static void
names_init (Names   *names,
            DmStore *store)
{
  names->store = store;
  names->cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->cache, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Names, names_clear)

static void
add_number_or_null (JsonBuilder *builder,
                    const char  *member,
                    double       value,
                    gboolean     defined)
{
  json_builder_set_member_name (builder, member);
  if (defined && !isnan (value))
    json_builder_add_double_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_uint (JsonBuilder *builder,
          const char  *member,
          guint        value)
{
  json_builder_set_member_name (builder, member);
  json_builder_add_int_value (builder, value);
}

static void
add_string (JsonBuilder *builder,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (builder, member);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
build_figures (JsonBuilder              *builder,
               const DmAgreementFigures *figures)
{
  add_uint (builder, "units", figures->n_units);
  add_uint (builder, "agree", figures->n_agree);
  add_number_or_null (builder, "percent", 100.0 * figures->observed, figures->n_units > 0);
  add_number_or_null (builder, "observed", figures->observed, figures->n_units > 0);
  add_number_or_null (builder, "expected", figures->expected, figures->n_units > 0);
  add_number_or_null (builder, "kappa", figures->kappa, figures->kappa_defined);
  add_uint (builder, "kappa_units", figures->n_units);
  if (!figures->kappa_defined)
    add_string (builder, "kappa_undefined",
                figures->n_units == 0 ? "no matched units"
                                      : "expected agreement is 1: both coders used one and the same value");
  add_number_or_null (builder, "alpha", figures->alpha, figures->alpha_defined);
  add_uint (builder, "alpha_units", figures->alpha_units);
  add_uint (builder, "alpha_pairable_units", figures->alpha_pairable);
  if (!figures->alpha_defined)
    add_string (builder, "alpha_undefined",
                figures->alpha_pairable == 0 ? "no unit coded by both" : "no variation: one value throughout");
}

static void
build_side (JsonBuilder  *builder,
            const char   *member,
            DmAnnotation *annotation,
            Names        *names)
{
  const char * const *actors;

  json_builder_set_member_name (builder, member);
  if (annotation == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_object (builder);
  add_string (builder, "annotation", dm_annotation_get_uuid (annotation));
  add_string (builder, "coder", dm_annotation_get_coder (annotation));
  add_uint (builder, "start", dm_annotation_get_start (annotation));
  add_uint (builder, "end", dm_annotation_get_end (annotation));
  add_string (builder, "quote", dm_annotation_get_quote (annotation));

  actors = dm_annotation_get_actor_uuids (annotation);
  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; actors[i] != NULL; i++)
    json_builder_add_string_value (builder, actors[i]);
  json_builder_end_array (builder);
  if (names->store != NULL)
    {
      json_builder_set_member_name (builder, "actor_names");
      json_builder_begin_array (builder);
      for (guint i = 0; actors[i] != NULL; i++)
        json_builder_add_string_value (builder, names_lookup (names, DM_STORE_TABLE_ACTORS, actors[i]));
      json_builder_end_array (builder);
    }

  add_string (builder, "topic", dm_annotation_get_topic_uuid (annotation));
  if (names->store != NULL)
    add_string (builder, "topic_name", names_lookup (names, DM_STORE_TABLE_TOPICS,
                                                     dm_annotation_get_topic_uuid (annotation)));
  add_string (builder, "polarity", dm_polarity_to_string (dm_annotation_get_polarity (annotation)));
  json_builder_end_object (builder);
}

static const char *
kind_to_string (DmDisagreementKind kind)
{
  switch (kind)
    {
    case DM_DISAGREEMENT_CODING: return "coding";
    case DM_DISAGREEMENT_ONLY_A: return "only-a";
    case DM_DISAGREEMENT_ONLY_B: return "only-b";
    default: g_assert_not_reached ();
    }
}

static void
append_padded (GString    *out,
               const char *text,
               guint       width,
               gboolean    right)
{
  guint length = (guint) g_utf8_strlen (text, -1);
  guint pad = length < width ? width - length : 0;

  if (!right)
    g_string_append (out, text);
  for (guint i = 0; i < pad; i++)
    g_string_append_c (out, ' ');
  if (right)
    g_string_append (out, text);
}

static void
append_figures_row (GString                  *out,
                    const char               *label,
                    guint                     label_width,
                    const DmAgreementFigures *figures)
{
  g_autofree char *units = g_strdup_printf ("%u", figures->n_units);
  g_autofree char *agree = g_strdup_printf ("%u", figures->n_agree);
  g_autofree char *percent = figures->n_units > 0 ? g_strdup_printf ("%.1f %%", 100.0 * figures->observed)
                                                  : g_strdup ("–");
  g_autofree char *kappa = figures->kappa_defined ? g_strdup_printf ("%.3f", figures->kappa) : g_strdup ("undefined");
  g_autofree char *alpha = figures->alpha_defined ? g_strdup_printf ("%.3f", figures->alpha) : g_strdup ("undefined");

  g_string_append (out, "  ");
  append_padded (out, label, label_width, FALSE);
  append_padded (out, units, 7, TRUE);
  append_padded (out, agree, 7, TRUE);
  append_padded (out, percent, 9, TRUE);
  append_padded (out, kappa, 11, TRUE);
  append_padded (out, alpha, 11, TRUE);
  g_string_append_c (out, '\n');
}

static void
append_coding (GString      *out,
               const char   *side,
               const char   *coder,
               DmAnnotation *annotation,
               Names        *names)
{
  const char * const *actors = dm_annotation_get_actor_uuids (annotation);
  const char *topic = dm_annotation_get_topic_uuid (annotation);
  const char *quote = dm_annotation_get_quote (annotation);
  g_autofree char *short_quote = NULL;

  if (quote != NULL && g_utf8_strlen (quote, -1) > 80)
    {
      g_autofree char *head = g_utf8_substring (quote, 0, 79);
      short_quote = g_strconcat (head, "…", NULL);
    }

  g_string_append_printf (out, "       %s%s%s%s: ", side, coder ? " (" : "", coder ? coder : "", coder ? ")" : "");
  for (guint i = 0; actors[i] != NULL; i++)
    g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", names_lookup (names, DM_STORE_TABLE_ACTORS, actors[i]));
  g_string_append_printf (out, "; %s; %s; %u–%u “%s”\n",
                          topic != NULL ? names_lookup (names, DM_STORE_TABLE_TOPICS, topic) : "no topic",
                          dm_polarity_to_string (dm_annotation_get_polarity (annotation)),
                          dm_annotation_get_start (annotation), dm_annotation_get_end (annotation),
                          short_quote != NULL ? short_quote : quote != NULL ? quote : "");
}

/* }}} */

/* Public API {{{ */

DmDisagreement *
dm_disagreement_copy (const DmDisagreement *self)
{
  DmDisagreement *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (DmDisagreement, 1);
  copy->kind = self->kind;
  copy->article_uuid = g_strdup (self->article_uuid);
  copy->a = self->a != NULL ? g_object_ref (self->a) : NULL;
  copy->b = self->b != NULL ? g_object_ref (self->b) : NULL;
  copy->differences = self->differences;
  copy->coder_a = g_strdup (self->coder_a);
  copy->coder_b = g_strdup (self->coder_b);

  return copy;
}

void
dm_disagreement_free (DmDisagreement *self)
{
  if (self == NULL)
    return;

  g_free (self->article_uuid);
  g_clear_object (&self->a);
  g_clear_object (&self->b);
  g_free (self->coder_a);
  g_free (self->coder_b);
  g_free (self);
}

/**
 * dm_agreement_field_to_string:
 * @field: a #DmAgreementField
 *
 * Returns: (transfer none): "actors", "topic" or "polarity"
 */
const char *
dm_agreement_field_to_string (DmAgreementField field)
{
  g_return_val_if_fail ((guint) field < DM_AGREEMENT_N_FIELDS, NULL);

  return field_names[field];
}

/**
 * dm_agreement_new:
 * @annotations_a: (element-type DmAnnotation): coder A's annotations
 * @annotations_b: (element-type DmAnnotation): coder B's annotations
 * @coder_a: (nullable): coder A's name, for reports and for
 *   dm_agreement_keep()
 * @coder_b: (nullable): coder B's name
 *
 * Compares two codings of the same articles: two coders' annotations from
 * one database, or the annotations of two annotated sets. Offsets must
 * refer to the same article texts. See #DmAgreement for the method.
 *
 * Returns: (transfer full): the figures and the disagreements
 */
DmAgreement *
dm_agreement_new (GPtrArray  *annotations_a,
                  GPtrArray  *annotations_b,
                  const char *coder_a,
                  const char *coder_b)
{
  g_autoptr(GHashTable) groups_a = NULL;
  g_autoptr(GHashTable) groups_b = NULL;
  g_autoptr(GArray) units = NULL;
  g_autoptr(GPtrArray) shared = NULL;
  DmAgreement *self;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (annotations_a != NULL, NULL);
  g_return_val_if_fail (annotations_b != NULL, NULL);

  self = g_object_new (DM_TYPE_AGREEMENT, NULL);
  self->coders[0] = g_strdup (coder_a);
  self->coders[1] = g_strdup (coder_b);

  groups_a = group_by_article (annotations_a);
  groups_b = group_by_article (annotations_b);
  shared = g_ptr_array_new ();

  g_hash_table_iter_init (&iter, groups_a);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      if (g_hash_table_contains (groups_b, key))
        g_ptr_array_add (shared, key);
      else
        self->n_articles_only[0]++;
    }
  self->n_articles = shared->len;
  self->n_articles_only[1] = g_hash_table_size (groups_b) - shared->len;

  g_ptr_array_sort (shared, compare_strings);

  units = g_array_new (FALSE, FALSE, sizeof (Unit));
  for (guint i = 0; i < shared->len; i++)
    {
      GPtrArray *spans_a = g_hash_table_lookup (groups_a, shared->pdata[i]);
      GPtrArray *spans_b = g_hash_table_lookup (groups_b, shared->pdata[i]);

      self->n_spans[0] += spans_a->len;
      self->n_spans[1] += spans_b->len;
      match_article (shared->pdata[i], spans_a, spans_b, units);
    }
  g_array_sort (units, compare_units);

  for (guint i = 0; i < units->len; i++)
    {
      const Unit *unit = &g_array_index (units, Unit, i);

      if (unit->a != NULL && unit->b != NULL)
        self->n_matched++;
      else
        self->n_unmatched[unit->a != NULL ? 0 : 1]++;
    }

  compute_field_figures (self, units);
  compute_actor_figures (self, units);
  collect_disagreements (self, units);

  return self;
}

/**
 * dm_agreement_new_for_coders:
 * @store: a #DmStore
 * @coder_a: the first coder's name, as in #DmAnnotation:coder
 * @coder_b: the second coder's name
 * @error: return location for an error
 *
 * Compares two coders of one database; see dm_agreement_new().
 *
 * Returns: (transfer full) (nullable): the agreement, or %NULL with @error
 *   set if the names are the same or a coder has no annotations
 */
DmAgreement *
dm_agreement_new_for_coders (DmStore     *store,
                             const char  *coder_a,
                             const char  *coder_b,
                             GError     **error)
{
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) of_a = NULL;
  g_autoptr(GPtrArray) of_b = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (coder_a != NULL, NULL);
  g_return_val_if_fail (coder_b != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_str_equal (coder_a, coder_b))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID, "compare two different coders, not “%s” with itself", coder_a);
      return NULL;
    }

  if (!(all = dm_store_dup_annotations (store, NULL, error)))
    return NULL;

  of_a = g_ptr_array_new_with_free_func (g_object_unref);
  of_b = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < all->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (all, i);
      const char *coder = dm_annotation_get_coder (annotation);

      if (g_strcmp0 (coder, coder_a) == 0)
        g_ptr_array_add (of_a, g_object_ref (annotation));
      else if (g_strcmp0 (coder, coder_b) == 0)
        g_ptr_array_add (of_b, g_object_ref (annotation));
    }

  for (guint side = 0; side < 2; side++)
    if ((side == 0 ? of_a : of_b)->len == 0)
      {
        g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no annotations by coder “%s”",
                     side == 0 ? coder_a : coder_b);
        return NULL;
      }

  return dm_agreement_new (of_a, of_b, coder_a, coder_b);
}

/**
 * dm_agreement_get_coder:
 * @self: a #DmAgreement
 * @side: which coder
 *
 * Returns: (transfer none) (nullable): the coder's name
 */
const char *
dm_agreement_get_coder (DmAgreement     *self,
                        DmAgreementSide  side)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (side <= DM_AGREEMENT_SIDE_B, NULL);

  return self->coders[side];
}

/**
 * dm_agreement_get_n_articles:
 * @self: a #DmAgreement
 *
 * Returns: how many articles both coders coded, the ones compared
 */
guint
dm_agreement_get_n_articles (DmAgreement *self)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), 0);

  return self->n_articles;
}

/**
 * dm_agreement_get_n_articles_only:
 * @self: a #DmAgreement
 * @side: which coder
 *
 * Returns: how many articles only this coder coded; their annotations are
 *   left out of every figure
 */
guint
dm_agreement_get_n_articles_only (DmAgreement     *self,
                                  DmAgreementSide  side)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), 0);
  g_return_val_if_fail (side <= DM_AGREEMENT_SIDE_B, 0);

  return self->n_articles_only[side];
}

/**
 * dm_agreement_get_n_spans:
 * @self: a #DmAgreement
 * @side: which coder
 *
 * Returns: the coder's spans in the articles both coded
 */
guint
dm_agreement_get_n_spans (DmAgreement     *self,
                          DmAgreementSide  side)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), 0);
  g_return_val_if_fail (side <= DM_AGREEMENT_SIDE_B, 0);

  return self->n_spans[side];
}

/**
 * dm_agreement_get_n_matched:
 * @self: a #DmAgreement
 *
 * Returns: how many units both coders marked
 */
guint
dm_agreement_get_n_matched (DmAgreement *self)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), 0);

  return self->n_matched;
}

/**
 * dm_agreement_get_n_unmatched:
 * @self: a #DmAgreement
 * @side: which coder
 *
 * Returns: how many of the coder's spans the other coder did not mark
 */
guint
dm_agreement_get_n_unmatched (DmAgreement     *self,
                              DmAgreementSide  side)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), 0);
  g_return_val_if_fail (side <= DM_AGREEMENT_SIDE_B, 0);

  return self->n_unmatched[side];
}

/**
 * dm_agreement_get_span_agreement:
 * @self: a #DmAgreement
 *
 * Returns: 2 × matched / (spans of A + spans of B), from 0 to 1: how far the
 *   coders marked the same passages; NaN without spans
 */
double
dm_agreement_get_span_agreement (DmAgreement *self)
{
  guint spans;

  g_return_val_if_fail (DM_IS_AGREEMENT (self), NAN);

  spans = self->n_spans[0] + self->n_spans[1];
  return spans > 0 ? 2.0 * self->n_matched / spans : NAN;
}

/**
 * dm_agreement_get_figures:
 * @self: a #DmAgreement
 * @field: which part of the coding
 *
 * Returns: (transfer none): agreement on @field over the matched units
 */
const DmAgreementFigures *
dm_agreement_get_figures (DmAgreement      *self,
                          DmAgreementField  field)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail ((guint) field < DM_AGREEMENT_N_FIELDS, NULL);

  return &self->figures[field];
}

/**
 * dm_agreement_get_actor_uuids:
 * @self: a #DmAgreement
 *
 * Returns: (transfer none) (array zero-terminated=1): every actor either
 *   coder named in a matched unit, sorted by uuid
 */
const char * const *
dm_agreement_get_actor_uuids (DmAgreement *self)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), NULL);

  return (const char * const *) self->actor_uuids;
}

/**
 * dm_agreement_get_actor_figures:
 * @self: a #DmAgreement
 * @actor_uuid: one of dm_agreement_get_actor_uuids()
 *
 * Agreement on one actor: in each matched unit, whether each coder named
 * it (yes or no), so the figures rest on all matched units.
 *
 * Returns: (transfer none) (nullable): the figures, or %NULL for an actor
 *   no coder named in a matched unit
 */
const DmAgreementFigures *
dm_agreement_get_actor_figures (DmAgreement *self,
                                const char  *actor_uuid)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (actor_uuid != NULL, NULL);

  return g_hash_table_lookup (self->actor_figures, actor_uuid);
}

/**
 * dm_agreement_get_disagreements:
 * @self: a #DmAgreement
 *
 * Units to adjudicate, by article and then in text order: matched units
 * coded differently, and spans only one coder marked.
 *
 * Returns: (transfer none) (element-type DmDisagreement): the disagreements
 */
GPtrArray *
dm_agreement_get_disagreements (DmAgreement *self)
{
  g_return_val_if_fail (DM_IS_AGREEMENT (self), NULL);

  return self->disagreements;
}

/**
 * dm_agreement_to_json:
 * @self: a #DmAgreement
 * @store: (nullable): a store to name actors, topics and articles from
 *
 * The agreement as pretty-printed JSON for `demarche-cli agreement
 * --format json`: coders, counts, figures per field and per actor (an
 * undefined kappa or alpha is null, with the reason beside it) and the
 * disagreements.
 *
 * Returns: (transfer full): the JSON text
 */
char *
dm_agreement_to_json (DmAgreement *self,
                      DmStore     *store)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_auto(Names) names = { 0 };

  g_return_val_if_fail (DM_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (store == NULL || DM_IS_STORE (store), NULL);

  names_init (&names, store);

  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "coders");
  json_builder_begin_object (builder);
  add_string (builder, "a", self->coders[0]);
  add_string (builder, "b", self->coders[1]);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "matching");
  json_builder_begin_object (builder);
  add_string (builder, "rule", "spans overlapping by at least min_overlap of the shorter one are one unit; "
                               "pairs are taken greedily by Jaccard index, each span once");
  json_builder_set_member_name (builder, "min_overlap");
  json_builder_add_double_value (builder, DM_AGREEMENT_MIN_OVERLAP);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_object (builder);
  add_uint (builder, "both", self->n_articles);
  add_uint (builder, "only_a", self->n_articles_only[0]);
  add_uint (builder, "only_b", self->n_articles_only[1]);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "spans");
  json_builder_begin_object (builder);
  add_uint (builder, "a", self->n_spans[0]);
  add_uint (builder, "b", self->n_spans[1]);
  add_uint (builder, "matched", self->n_matched);
  add_uint (builder, "only_a", self->n_unmatched[0]);
  add_uint (builder, "only_b", self->n_unmatched[1]);
  add_number_or_null (builder, "span_agreement", dm_agreement_get_span_agreement (self), TRUE);
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "fields");
  json_builder_begin_object (builder);
  for (guint field = 0; field < DM_AGREEMENT_N_FIELDS; field++)
    {
      json_builder_set_member_name (builder, field_names[field]);
      json_builder_begin_object (builder);
      build_figures (builder, &self->figures[field]);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; self->actor_uuids[i] != NULL; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "actor", self->actor_uuids[i]);
      if (store != NULL)
        add_string (builder, "name", names_lookup (&names, DM_STORE_TABLE_ACTORS, self->actor_uuids[i]));
      build_figures (builder, g_hash_table_lookup (self->actor_figures, self->actor_uuids[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "disagreements");
  json_builder_begin_array (builder);
  for (guint i = 0; i < self->disagreements->len; i++)
    {
      const DmDisagreement *disagreement = g_ptr_array_index (self->disagreements, i);

      json_builder_begin_object (builder);
      add_string (builder, "article", disagreement->article_uuid);
      if (store != NULL)
        add_string (builder, "title", names_lookup (&names, DM_STORE_TABLE_ARTICLES, disagreement->article_uuid));
      add_string (builder, "kind", kind_to_string (disagreement->kind));
      json_builder_set_member_name (builder, "differs");
      json_builder_begin_array (builder);
      for (guint field = 0; field < DM_AGREEMENT_N_FIELDS; field++)
        if (disagreement->differences & (1 << field))
          json_builder_add_string_value (builder, field_names[field]);
      if (disagreement->differences & DM_AGREEMENT_DIFFERS_SPAN)
        json_builder_add_string_value (builder, "span");
      json_builder_end_array (builder);
      build_side (builder, "a", disagreement->a, &names);
      build_side (builder, "b", disagreement->b, &names);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);

  return json_generator_to_data (generator, NULL);
}

/**
 * dm_agreement_to_text:
 * @self: a #DmAgreement
 * @store: (nullable): a store to name actors, topics and articles from
 *
 * The agreement as a plain-text report for a terminal: counts, a table of
 * figures per field and per actor, how they were computed, and the
 * disagreements to adjudicate.
 *
 * Returns: (transfer full): the report, ending in a newline
 */
char *
dm_agreement_to_text (DmAgreement *self,
                      DmStore     *store)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(Names) names = { 0 };
  const char *coder_a, *coder_b;
  guint label_width = 10;
  double spans;

  g_return_val_if_fail (DM_IS_AGREEMENT (self), NULL);
  g_return_val_if_fail (store == NULL || DM_IS_STORE (store), NULL);

  names_init (&names, store);
  coder_a = self->coders[0] != NULL ? self->coders[0] : "first coder";
  coder_b = self->coders[1] != NULL ? self->coders[1] : "second coder";

  g_string_append_printf (out, "Coder agreement: A = %s, B = %s\n\n", coder_a, coder_b);
  g_string_append_printf (out, "Articles coded by both: %u (only A: %u, only B: %u; those are left out)\n",
                          self->n_articles, self->n_articles_only[0], self->n_articles_only[1]);
  spans = dm_agreement_get_span_agreement (self);
  g_string_append_printf (out, "Spans in them: A %u, B %u; matched %u, only A %u, only B %u",
                          self->n_spans[0], self->n_spans[1], self->n_matched,
                          self->n_unmatched[0], self->n_unmatched[1]);
  if (!isnan (spans))
    g_string_append_printf (out, " (span agreement %.3f)", spans);
  g_string_append (out, "\n\n");

  for (guint i = 0; self->actor_uuids[i] != NULL; i++)
    label_width = MAX (label_width, (guint) g_utf8_strlen (names_lookup (&names, DM_STORE_TABLE_ACTORS,
                                                                         self->actor_uuids[i]), -1) + 2);

  g_string_append (out, "  ");
  append_padded (out, "", label_width, FALSE);
  g_string_append (out, "  units  agree  percent      kappa      alpha\n");
  for (guint field = 0; field < DM_AGREEMENT_N_FIELDS; field++)
    append_figures_row (out, field_names[field], label_width, &self->figures[field]);

  if (self->actor_uuids[0] != NULL)
    {
      g_string_append (out, "\n  Each actor, named or not in each matched span:\n");
      for (guint i = 0; self->actor_uuids[i] != NULL; i++)
        append_figures_row (out, names_lookup (&names, DM_STORE_TABLE_ACTORS, self->actor_uuids[i]), label_width,
                            g_hash_table_lookup (self->actor_figures, self->actor_uuids[i]));
    }

  g_string_append_printf (out,
                          "\nSpans are one unit when they overlap by at least %.0f %% of the shorter one "
                          "(closest pairs first, each span once).\n"
                          "Percent and Cohen's kappa rest on the matched units. Krippendorff's alpha (nominal) "
                          "counts a span only one coder marked as a unit with a missing value, which cannot be "
                          "paired, so it rests on the matched units too.\n"
                          "Kappa is undefined when both coders used one and the same value throughout; alpha "
                          "when the values show no variation.\n",
                          100 * DM_AGREEMENT_MIN_OVERLAP);

  g_string_append_printf (out, "\nDisagreements to adjudicate: %u\n", self->disagreements->len);
  for (guint i = 0; i < self->disagreements->len; i++)
    {
      const DmDisagreement *disagreement = g_ptr_array_index (self->disagreements, i);
      const char *title = names_lookup (&names, DM_STORE_TABLE_ARTICLES, disagreement->article_uuid);

      g_string_append_printf (out, "  %u. %s: ", i + 1, title);
      switch (disagreement->kind)
        {
        case DM_DISAGREEMENT_CODING:
          {
            gboolean first = TRUE;

            g_string_append (out, "coded differently (");
            for (guint field = 0; field < DM_AGREEMENT_N_FIELDS; field++)
              if (disagreement->differences & (1 << field))
                {
                  g_string_append_printf (out, "%s%s", first ? "" : ", ", field_names[field]);
                  first = FALSE;
                }
            if (disagreement->differences & DM_AGREEMENT_DIFFERS_SPAN)
              g_string_append (out, "; spans differ");
            g_string_append (out, ")\n");
          }
          break;
        case DM_DISAGREEMENT_ONLY_A:
          g_string_append (out, "only A marked this\n");
          break;
        case DM_DISAGREEMENT_ONLY_B:
          g_string_append (out, "only B marked this\n");
          break;
        default:
          g_assert_not_reached ();
        }

      if (disagreement->a != NULL)
        append_coding (out, "A", self->coders[0], disagreement->a, &names);
      if (disagreement->b != NULL)
        append_coding (out, "B", self->coders[1], disagreement->b, &names);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * dm_agreement_keep:
 * @store: the store holding both coders' annotations
 * @disagreement: a disagreement from dm_agreement_get_disagreements()
 * @side: whose coding to keep
 * @error: return location for an error
 *
 * Settles a disagreement for one side, in one transaction (one undo step):
 *
 * - coded differently: the other coder's annotation takes the kept
 *   coding: actors, targets, topic, polarity, act and mode; its span,
 *   quote, note, provenance and key-quote flag stay its own;
 * - marked by the kept side only: the other coder gets a copy of the
 *   annotation under their own name (a new uuid, without the note, which
 *   was the first coder's);
 * - marked by the other side only: that annotation is deleted.
 *
 * The rows are read again from @store, so edits made since the comparison
 * are respected; an annotation deleted since is an error and nothing is
 * changed.
 *
 * Returns: %TRUE if the disagreement was settled
 */
gboolean
dm_agreement_keep (DmStore               *store,
                   const DmDisagreement  *disagreement,
                   DmAgreementSide        side,
                   GError               **error)
{
  DmAnnotation *kept_image, *other_image;
  const char *other_coder;
  g_autoptr(DmAnnotation) kept = NULL;
  g_autoptr(DmAnnotation) other = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (disagreement != NULL, FALSE);
  g_return_val_if_fail (disagreement->a != NULL || disagreement->b != NULL, FALSE);
  g_return_val_if_fail (side <= DM_AGREEMENT_SIDE_B, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  kept_image = side == DM_AGREEMENT_SIDE_A ? disagreement->a : disagreement->b;
  other_image = side == DM_AGREEMENT_SIDE_A ? disagreement->b : disagreement->a;
  other_coder = side == DM_AGREEMENT_SIDE_A ? disagreement->coder_b : disagreement->coder_a;

  if (kept_image != NULL && other_image == NULL && other_coder == NULL)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID,
                           "the other coder has no name to give the copied annotation");
      return FALSE;
    }

  if (!_dm_store_begin (store, error))
    return FALSE;

  if (kept_image != NULL &&
      !(kept = dm_store_lookup_annotation (store, dm_annotation_get_uuid (kept_image), error)))
    goto out;
  if (other_image != NULL &&
      !(other = dm_store_lookup_annotation (store, dm_annotation_get_uuid (other_image), error)))
    goto out;

  if (kept != NULL && other != NULL)
    {
      dm_annotation_set_actor_uuids (other, dm_annotation_get_actor_uuids (kept));
      dm_annotation_set_target_uuids (other, dm_annotation_get_target_uuids (kept));
      dm_annotation_set_topic_uuid (other, dm_annotation_get_topic_uuid (kept));
      dm_annotation_set_polarity (other, dm_annotation_get_polarity (kept));
      dm_annotation_set_act_code (other, dm_annotation_get_act_code (kept));
      dm_annotation_set_mode (other, dm_annotation_get_mode (kept));
      ok = dm_store_update_annotation (store, other, error);
    }
  else if (kept != NULL)
    {
      g_autoptr(DmAnnotation) copy = dm_annotation_copy (kept);

      dm_annotation_set_uuid (copy, NULL);
      dm_annotation_set_coder (copy, other_coder);
      dm_annotation_set_note (copy, NULL);
      dm_annotation_set_created (copy, NULL);
      dm_annotation_set_updated (copy, NULL);
      ok = dm_store_add_annotation (store, copy, error);
    }
  else
    ok = dm_store_remove_annotation (store, dm_annotation_get_uuid (other), error);

out:
  if (!ok)
    {
      _dm_store_rollback (store);
      return FALSE;
    }

  return _dm_store_commit (store, error);
}

/* }}} */
