/* dm-comparison-matrix.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-matrix"

#include "config.h"

#include "dm-comparison-matrix.h"
#include "dm-comparison-private.h"
#include "dm-error.h"
#include "dm-store.h"

/**
 * DmComparisonMatrix:
 *
 * Pairwise agreement among N actors on the topics each pair shares,
 * computed by the same rules as #DmComparison (dm_comparison_new() on any
 * pair gives the same counts) but from one fetch of all N actors'
 * evidence, without quotes: the store is read once, not N² times.
 */
struct _DmComparisonMatrix
{
  GObject            parent_instance;

  GPtrArray         *actors;        /* DmActor */
  DmComparisonQuery *query;
  GPtrArray         *filter_paths;
  guint             *counts;        /* [a][b][relation], relation seen from a */
};

G_DEFINE_FINAL_TYPE (DmComparisonMatrix, dm_comparison_matrix, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_QUERY,
  PROP_N_ACTORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static guint *
cell (DmComparisonMatrix *self,
      guint               a,
      guint               b)
{
  return &self->counts[((gsize)a * self->actors->len + b) * DM_N_RELATIONS];
}

static DmRelation
mirror (DmRelation relation)
{
  if (relation == DM_RELATION_ONLY_A)
    return DM_RELATION_ONLY_B;
  if (relation == DM_RELATION_ONLY_B)
    return DM_RELATION_ONLY_A;
  return relation;
}

static gboolean
compute (DmComparisonMatrix  *self,
         DmStore             *store,
         GError             **error)
{
  g_autoptr(GPtrArray) uuids = g_ptr_array_new ();
  g_autoptr(DmEvidenceSet) set = NULL;
  g_autofree DmStanceTally **tallies = NULL;
  guint n = self->actors->len;
  guint n_topics;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (uuids, (gpointer) dm_actor_get_uuid (g_ptr_array_index (self->actors, i)));
  g_ptr_array_add (uuids, NULL);

  if (!(set = _dm_evidence_set_new (store, (const char * const *) uuids->pdata, self->query, FALSE, error)))
    return FALSE;

  self->filter_paths = _dm_evidence_set_dup_filter_paths (set, self->query);
  n_topics = set->topics->len;

  /* Each actor's stances once; then every pair is a walk over topics. */
  tallies = g_new0 (DmStanceTally *, n);
  for (guint i = 0; i < n; i++)
    tallies[i] = _dm_evidence_set_tally (set, i);

  for (guint a = 0; a < n; a++)
    for (guint b = a + 1; b < n; b++)
      for (guint t = 0; t < n_topics; t++)
        {
          DmRelation relation;

          if (tallies[a][t].total == 0 && tallies[b][t].total == 0)
            continue;

          relation = _dm_relation_between (&tallies[a][t], &tallies[b][t]);
          cell (self, a, b)[relation]++;
          cell (self, b, a)[mirror (relation)]++;
        }

  for (guint i = 0; i < n; i++)
    g_free (tallies[i]);

  return TRUE;
}

static void
dm_comparison_matrix_dispose (GObject *object)
{
  DmComparisonMatrix *self = (DmComparisonMatrix *)object;

  g_clear_object (&self->query);

  G_OBJECT_CLASS (dm_comparison_matrix_parent_class)->dispose (object);
}

static void
dm_comparison_matrix_finalize (GObject *object)
{
  DmComparisonMatrix *self = (DmComparisonMatrix *)object;

  g_clear_pointer (&self->actors, g_ptr_array_unref);
  g_clear_pointer (&self->filter_paths, g_ptr_array_unref);
  g_clear_pointer (&self->counts, g_free);

  G_OBJECT_CLASS (dm_comparison_matrix_parent_class)->finalize (object);
}

static void
dm_comparison_matrix_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DmComparisonMatrix *self = DM_COMPARISON_MATRIX (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    case PROP_N_ACTORS:
      g_value_set_uint (value, self->actors->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_matrix_class_init (DmComparisonMatrixClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dm_comparison_matrix_dispose;
  object_class->finalize = dm_comparison_matrix_finalize;
  object_class->get_property = dm_comparison_matrix_get_property;

  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         DM_TYPE_COMPARISON_QUERY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ACTORS] =
    g_param_spec_uint ("n-actors", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_comparison_matrix_init (DmComparisonMatrix *self)
{
  self->actors = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * dm_comparison_matrix_new:
 * @store: the store to read
 * @actor_uuids: (array zero-terminated=1): two or more actors, each once
 * @query: (nullable): filters, roll-up and depth; %NULL for everything
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the matrix
 */
DmComparisonMatrix *
dm_comparison_matrix_new (DmStore             *store,
                          const char * const  *actor_uuids,
                          DmComparisonQuery   *query,
                          GError             **error)
{
  g_autoptr(DmComparisonMatrix) self = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  guint n;

  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (actor_uuids != NULL, NULL);
  g_return_val_if_fail (query == NULL || DM_IS_COMPARISON_QUERY (query), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  n = g_strv_length ((char **) actor_uuids);
  if (n < 2)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID, "a matrix needs at least two actors");
      return NULL;
    }

  self = g_object_new (DM_TYPE_COMPARISON_MATRIX, NULL);
  self->query = query != NULL ? dm_comparison_query_copy (query) : dm_comparison_query_new ();

  if (!dm_comparison_query_validate (self->query, error))
    return NULL;

  for (guint i = 0; i < n; i++)
    {
      DmActor *actor = dm_store_lookup_actor (store, actor_uuids[i], error);

      if (actor == NULL)
        return NULL;

      g_ptr_array_add (self->actors, actor);
      if (!g_hash_table_add (seen, (gpointer) dm_actor_get_uuid (actor)))
        {
          g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                       "“%s” is listed twice; list each actor once", dm_actor_get_name (actor));
          return NULL;
        }
    }

  self->counts = g_new0 (guint, (gsize)n * n * DM_N_RELATIONS);

  if (!compute (self, store, error))
    return NULL;

  return g_steal_pointer (&self);
}

guint
dm_comparison_matrix_get_n_actors (DmComparisonMatrix *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_MATRIX (self), 0);

  return self->actors->len;
}

/**
 * dm_comparison_matrix_get_actor:
 * @self: a #DmComparisonMatrix
 * @index: an actor's position, as given to dm_comparison_matrix_new()
 *
 * Returns: (transfer none): the actor
 */
DmActor *
dm_comparison_matrix_get_actor (DmComparisonMatrix *self,
                                guint               index)
{
  g_return_val_if_fail (DM_IS_COMPARISON_MATRIX (self), NULL);
  g_return_val_if_fail (index < self->actors->len, NULL);

  return g_ptr_array_index (self->actors, index);
}

/**
 * dm_comparison_matrix_get_query:
 * @self: a #DmComparisonMatrix
 *
 * Returns: (transfer none): the query the matrix was computed with
 */
DmComparisonQuery *
dm_comparison_matrix_get_query (DmComparisonMatrix *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_MATRIX (self), NULL);

  return self->query;
}

/**
 * dm_comparison_matrix_get_count:
 * @self: a #DmComparisonMatrix
 * @a: an actor's position
 * @b: another actor's position
 * @relation: a relation, seen from @a (%DM_RELATION_ONLY_A: only @a)
 *
 * Returns: the number of topics on which @a and @b stand in @relation; 0
 *   when @a = @b
 */
guint
dm_comparison_matrix_get_count (DmComparisonMatrix *self,
                                guint               a,
                                guint               b,
                                DmRelation          relation)
{
  g_return_val_if_fail (DM_IS_COMPARISON_MATRIX (self), 0);
  g_return_val_if_fail (a < self->actors->len && b < self->actors->len, 0);
  g_return_val_if_fail (relation < DM_N_RELATIONS, 0);

  return cell (self, a, b)[relation];
}

/**
 * dm_comparison_matrix_get_agreement:
 * @self: a #DmComparisonMatrix
 * @a: an actor's position
 * @b: another actor's position
 * @agreement: (out) (optional): the agreement in 0..1
 * @n_shared: (out) (optional): the number of topics it rests on
 *
 * Returns: %FALSE, leaving @agreement unset, when @a and @b share no topic
 *   (or @a = @b)
 */
gboolean
dm_comparison_matrix_get_agreement (DmComparisonMatrix *self,
                                    guint               a,
                                    guint               b,
                                    double             *agreement,
                                    guint              *n_shared)
{
  double value;

  g_return_val_if_fail (DM_IS_COMPARISON_MATRIX (self), FALSE);
  g_return_val_if_fail (a < self->actors->len && b < self->actors->len, FALSE);

  value = _dm_agreement_from_counts (cell (self, a, b), n_shared);
  if (value < 0.0)
    return FALSE;

  if (agreement != NULL)
    *agreement = value;

  return TRUE;
}

/**
 * dm_comparison_matrix_dup_filters:
 * @self: a #DmComparisonMatrix
 *
 * See dm_comparison_dup_filters().
 *
 * Returns: (transfer full) (element-type utf8): labels and values
 */
GPtrArray *
dm_comparison_matrix_dup_filters (DmComparisonMatrix *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_MATRIX (self), NULL);

  return _dm_comparison_query_describe (self->query, self->filter_paths);
}

GPtrArray *
_dm_comparison_matrix_get_filter_paths (DmComparisonMatrix *self)
{
  g_assert (DM_IS_COMPARISON_MATRIX (self));

  return self->filter_paths;
}
