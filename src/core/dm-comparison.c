/* dm-comparison.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison"

#include "config.h"

#include "dm-comparison.h"
#include "dm-comparison-private.h"
#include "dm-error.h"
#include "dm-store.h"

/**
 * DmComparison:
 *
 * Actor A against actor B, topic by topic: a #GListModel of
 * #DmComparisonRow in codebook order (by topic path), with the counts of
 * each #DmRelation and the overall agreement.
 *
 * A comparison is computed once, by dm_comparison_new(), from one query on
 * the store; it does not follow later edits. To refresh a view, compute a
 * new one (it takes a few milliseconds on a store of 200,000 annotations).
 * The rules are described at the top of dm-comparison-engine.c.
 */
struct _DmComparison
{
  GObject            parent_instance;

  DmActor           *actors[2];
  DmComparisonQuery *query;
  GPtrArray         *rows;          /* DmComparisonRow */
  GHashTable        *row_index;     /* topic uuid → DmComparisonRow */
  GPtrArray         *filter_paths;  /* paths of the topics filtered to */
  guint              counts[DM_N_RELATIONS];
  guint              n_orphans[2];  /* per side, left out of the evidence */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DmComparison, dm_comparison, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_ACTOR_A,
  PROP_ACTOR_B,
  PROP_QUERY,
  PROP_AGREEMENT,
  PROP_N_SHARED,
  PROP_N_AGREE,
  PROP_N_DISAGREE,
  PROP_N_PARTLY,
  PROP_N_ONLY_A,
  PROP_N_ONLY_B,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Walks @indices (newest first) in chronological order: articles oldest
 * first, text order within an article; undated evidence has no place in
 * time and is skipped. Items of one article are adjacent. */
static void
find_movement (DmEvidenceSet *set,
               GArray        *indices,
               guint         *first,
               guint         *last,
               guint         *reversals)
{
  DmPolarity previous = DM_POLARITY_NONE;
  guint end = indices->len;

  *first = *last = G_MAXUINT;
  *reversals = 0;

  while (end > 0)
    {
      guint begin = end - 1;
      guint article = g_array_index (set->items, DmEvidenceItem, g_array_index (indices, guint, begin)).article;
      gboolean dated = g_array_index (set->articles, DmEvidenceArticle, article).published != NULL;

      while (begin > 0 &&
             g_array_index (set->items, DmEvidenceItem, g_array_index (indices, guint, begin - 1)).article == article)
        begin--;

      for (guint i = begin; dated && i < end; i++)
        {
          guint index = g_array_index (indices, guint, i);
          DmPolarity polarity = g_array_index (set->items, DmEvidenceItem, index).polarity;

          if (*first == G_MAXUINT)
            *first = index;
          *last = index;

          if (polarity == DM_POLARITY_SUPPORTS || polarity == DM_POLARITY_OPPOSES)
            {
              if (previous != DM_POLARITY_NONE && previous != polarity)
                (*reversals)++;
              previous = polarity;
            }
        }

      end = begin;
    }
}

static void
fill_side (DmComparisonRow     *row,
           DmComparisonSide     side,
           DmEvidenceSet       *set,
           const DmStanceTally *tally,
           GArray              *indices)
{
  guint first = G_MAXUINT;
  guint last = G_MAXUINT;
  guint reversals = 0;

  if (indices != NULL)
    find_movement (set, indices, &first, &last, &reversals);

  _dm_comparison_row_set_side (row, side, tally, indices, first, last, reversals);
}

static gboolean
build_rows (DmComparison       *self,
            DmStore            *store,
            GError            **error)
{
  const char *uuids[3];
  g_autoptr(DmEvidenceSet) set = NULL;
  g_autofree DmStanceTally *tallies_a = NULL;
  g_autofree DmStanceTally *tallies_b = NULL;
  GArray **by_topic[2] = { NULL, NULL };
  guint n_topics;

  uuids[0] = dm_actor_get_uuid (self->actors[0]);
  uuids[1] = dm_actor_get_uuid (self->actors[1]);
  uuids[2] = NULL;

  if (!(set = _dm_evidence_set_new (store, uuids, self->query, TRUE, error)))
    return FALSE;

  n_topics = set->topics->len;
  tallies_a = _dm_evidence_set_tally (set, 0);
  tallies_b = _dm_evidence_set_tally (set, 1);
  self->filter_paths = _dm_evidence_set_dup_filter_paths (set, self->query);
  self->n_orphans[0] = _dm_evidence_set_get_n_orphans (set, 0);
  self->n_orphans[1] = _dm_evidence_set_get_n_orphans (set, 1);

  /* Each side's evidence, grouped by the topic compared, still newest
   * first. */
  for (guint side = 0; side < 2; side++)
    {
      GArray *credited = set->credited[side];

      by_topic[side] = g_new0 (GArray *, n_topics);
      for (guint i = 0; i < credited->len; i++)
        {
          guint index = g_array_index (credited, guint, i);
          guint topic = g_array_index (set->items, DmEvidenceItem, index).folded;

          if (by_topic[side][topic] == NULL)
            by_topic[side][topic] = g_array_new (FALSE, FALSE, sizeof (guint));
          g_array_append_val (by_topic[side][topic], index);
        }
    }

  for (guint t = 0; t < n_topics; t++)
    {
      DmComparisonRow *row;
      DmRelation relation;

      if (tallies_a[t].total == 0 && tallies_b[t].total == 0)
        continue;

      row = _dm_comparison_row_new (set, g_ptr_array_index (set->topics, t));
      fill_side (row, DM_COMPARISON_SIDE_A, set, &tallies_a[t], by_topic[0][t]);
      fill_side (row, DM_COMPARISON_SIDE_B, set, &tallies_b[t], by_topic[1][t]);
      relation = _dm_relation_between (&tallies_a[t], &tallies_b[t]);
      _dm_comparison_row_set_relation (row, relation);
      self->counts[relation]++;

      g_ptr_array_add (self->rows, row);
      g_hash_table_insert (self->row_index, (gpointer) dm_comparison_row_get_topic_uuid (row), row);
    }

  for (guint side = 0; side < 2; side++)
    {
      for (guint t = 0; t < n_topics; t++)
        g_clear_pointer (&by_topic[side][t], g_array_unref);
      g_free (by_topic[side]);
    }

  return TRUE;
}

static GType
dm_comparison_get_item_type (GListModel *model)
{
  return DM_TYPE_COMPARISON_ROW;
}

static guint
dm_comparison_get_n_items (GListModel *model)
{
  DmComparison *self = DM_COMPARISON (model);

  return self->rows->len;
}

static gpointer
dm_comparison_get_item (GListModel *model,
                        guint       position)
{
  DmComparison *self = DM_COMPARISON (model);

  if (position >= self->rows->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->rows, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dm_comparison_get_item_type;
  iface->get_n_items = dm_comparison_get_n_items;
  iface->get_item = dm_comparison_get_item;
}

static void
dm_comparison_dispose (GObject *object)
{
  DmComparison *self = (DmComparison *)object;

  g_clear_object (&self->actors[0]);
  g_clear_object (&self->actors[1]);
  g_clear_object (&self->query);

  G_OBJECT_CLASS (dm_comparison_parent_class)->dispose (object);
}

static void
dm_comparison_finalize (GObject *object)
{
  DmComparison *self = (DmComparison *)object;

  /* Rows hold no reference back, and a list model must keep answering
   * until it is finalized. */
  g_clear_pointer (&self->row_index, g_hash_table_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->filter_paths, g_ptr_array_unref);

  G_OBJECT_CLASS (dm_comparison_parent_class)->finalize (object);
}

static void
dm_comparison_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DmComparison *self = DM_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_ACTOR_A:
      g_value_set_object (value, self->actors[0]);
      break;

    case PROP_ACTOR_B:
      g_value_set_object (value, self->actors[1]);
      break;

    case PROP_QUERY:
      g_value_set_object (value, self->query);
      break;

    case PROP_AGREEMENT:
      g_value_set_double (value, _dm_agreement_from_counts (self->counts, NULL));
      break;

    case PROP_N_SHARED:
      g_value_set_uint (value, dm_comparison_get_n_shared (self));
      break;

    case PROP_N_AGREE:
      g_value_set_uint (value, self->counts[DM_RELATION_AGREE]);
      break;

    case PROP_N_DISAGREE:
      g_value_set_uint (value, self->counts[DM_RELATION_DISAGREE]);
      break;

    case PROP_N_PARTLY:
      g_value_set_uint (value, self->counts[DM_RELATION_PARTLY]);
      break;

    case PROP_N_ONLY_A:
      g_value_set_uint (value, self->counts[DM_RELATION_ONLY_A]);
      break;

    case PROP_N_ONLY_B:
      g_value_set_uint (value, self->counts[DM_RELATION_ONLY_B]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_class_init (DmComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dm_comparison_dispose;
  object_class->finalize = dm_comparison_finalize;
  object_class->get_property = dm_comparison_get_property;

  properties[PROP_ACTOR_A] =
    g_param_spec_object ("actor-a", NULL, NULL,
                         DM_TYPE_ACTOR,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTOR_B] =
    g_param_spec_object ("actor-b", NULL, NULL,
                         DM_TYPE_ACTOR,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparison:query:
   *
   * The comparison's own copy of the query it was computed with.
   */
  properties[PROP_QUERY] =
    g_param_spec_object ("query", NULL, NULL,
                         DM_TYPE_COMPARISON_QUERY,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparison:agreement:
   *
   * The agreement in 0..1, or -1 when the actors share no topic (see
   * dm_comparison_get_agreement()).
   */
  properties[PROP_AGREEMENT] =
    g_param_spec_double ("agreement", NULL, NULL,
                         -1.0, 1.0, -1.0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_SHARED] =
    g_param_spec_uint ("n-shared", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_AGREE] =
    g_param_spec_uint ("n-agree", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_DISAGREE] =
    g_param_spec_uint ("n-disagree", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_PARTLY] =
    g_param_spec_uint ("n-partly", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ONLY_A] =
    g_param_spec_uint ("n-only-a", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ONLY_B] =
    g_param_spec_uint ("n-only-b", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_comparison_init (DmComparison *self)
{
  self->rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->row_index = g_hash_table_new (g_str_hash, g_str_equal);
}

/**
 * dm_comparison_new:
 * @store: the store to read
 * @actor_a_uuid: actor A
 * @actor_b_uuid: actor B, not A
 * @query: (nullable): filters, roll-up and depth; %NULL for everything,
 *   with roll-up, as coded
 * @error: return location for an error
 *
 * Compares A and B on every topic either has evidence on. The store is
 * read with one query whatever the number of topics.
 *
 * Fails with %DM_ERROR_NOT_FOUND for an unknown actor or filter topic and
 * %DM_ERROR_INVALID for A = B or a malformed date.
 *
 * Returns: (transfer full) (nullable): the comparison
 */
DmComparison *
dm_comparison_new (DmStore            *store,
                   const char         *actor_a_uuid,
                   const char         *actor_b_uuid,
                   DmComparisonQuery  *query,
                   GError            **error)
{
  g_autoptr(DmComparison) self = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (actor_a_uuid != NULL, NULL);
  g_return_val_if_fail (actor_b_uuid != NULL, NULL);
  g_return_val_if_fail (query == NULL || DM_IS_COMPARISON_QUERY (query), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (DM_TYPE_COMPARISON, NULL);
  self->query = query != NULL ? dm_comparison_query_copy (query) : dm_comparison_query_new ();

  if (!dm_comparison_query_validate (self->query, error))
    return NULL;

  if (!(self->actors[0] = dm_store_lookup_actor (store, actor_a_uuid, error)) ||
      !(self->actors[1] = dm_store_lookup_actor (store, actor_b_uuid, error)))
    return NULL;

  if (g_str_equal (dm_actor_get_uuid (self->actors[0]), dm_actor_get_uuid (self->actors[1])))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "“%s” cannot be compared with itself; choose two different actors",
                   dm_actor_get_name (self->actors[0]));
      return NULL;
    }

  if (!build_rows (self, store, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * dm_comparison_get_actor:
 * @self: a #DmComparison
 * @side: which actor
 *
 * Returns: (transfer none): actor A or B
 */
DmActor *
dm_comparison_get_actor (DmComparison     *self,
                         DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, NULL);

  return self->actors[side];
}

/**
 * dm_comparison_get_query:
 * @self: a #DmComparison
 *
 * Returns: (transfer none): the query the comparison was computed with; do
 *   not change it
 */
DmComparisonQuery *
dm_comparison_get_query (DmComparison *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON (self), NULL);

  return self->query;
}

/**
 * dm_comparison_get_count:
 * @self: a #DmComparison
 * @relation: a relation
 *
 * Returns: the number of topics on which A and B stand in @relation
 */
guint
dm_comparison_get_count (DmComparison *self,
                         DmRelation    relation)
{
  g_return_val_if_fail (DM_IS_COMPARISON (self), 0);
  g_return_val_if_fail (relation < DM_N_RELATIONS, 0);

  return self->counts[relation];
}

/**
 * dm_comparison_get_agreement:
 * @self: a #DmComparison
 * @agreement: (out) (optional): (agree + ½ partly) ÷ (agree + disagree +
 *   partly), in 0..1
 * @n_shared: (out) (optional): the number of topics both sides have
 *   evidence on, which the figure rests on
 *
 * Returns: %FALSE, leaving @agreement unset, when the actors share no topic
 *   and the agreement is undefined
 */
gboolean
dm_comparison_get_agreement (DmComparison *self,
                             double       *agreement,
                             guint        *n_shared)
{
  double value;

  g_return_val_if_fail (DM_IS_COMPARISON (self), FALSE);

  value = _dm_agreement_from_counts (self->counts, n_shared);
  if (value < 0.0)
    return FALSE;

  if (agreement != NULL)
    *agreement = value;

  return TRUE;
}

/**
 * dm_comparison_get_n_shared:
 * @self: a #DmComparison
 *
 * Returns: the number of topics both sides have evidence on
 */
guint
dm_comparison_get_n_shared (DmComparison *self)
{
  guint shared;

  g_return_val_if_fail (DM_IS_COMPARISON (self), 0);

  _dm_agreement_from_counts (self->counts, &shared);

  return shared;
}

/**
 * dm_comparison_get_n_orphans:
 * @self: a #DmComparison
 * @side: which actor
 *
 * Orphans (annotations not placed again after their article's text was
 * corrected) are not evidence: their span no longer says where the quote
 * is. They are counted instead, under the same filters and roll-up, so
 * that a comparison can say what it left out.
 *
 * Returns: how many of @side's annotations were left out as orphans
 */
guint
dm_comparison_get_n_orphans (DmComparison     *self,
                             DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON (self), 0);
  g_return_val_if_fail (side == DM_COMPARISON_SIDE_A || side == DM_COMPARISON_SIDE_B, 0);

  return self->n_orphans[side];
}

/**
 * dm_comparison_find_row:
 * @self: a #DmComparison
 * @topic_uuid: a topic (after depth folding)
 *
 * Returns: (transfer none) (nullable): the topic's row, or %NULL if neither
 *   actor has evidence on it
 */
DmComparisonRow *
dm_comparison_find_row (DmComparison *self,
                        const char   *topic_uuid)
{
  g_return_val_if_fail (DM_IS_COMPARISON (self), NULL);
  g_return_val_if_fail (topic_uuid != NULL, NULL);

  return g_hash_table_lookup (self->row_index, topic_uuid);
}

/**
 * dm_comparison_dup_filters:
 * @self: a #DmComparison
 *
 * Describes the query in words, for a summary line or a report header:
 * pairs of label and value ("Dates", "from 2023-01-01", "Topics",
 * "Ukraine war › Peace talks", …), every filter listed whether set or not.
 *
 * Returns: (transfer full) (element-type utf8): labels at even positions,
 *   values at odd ones
 */
GPtrArray *
dm_comparison_dup_filters (DmComparison *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON (self), NULL);

  return _dm_comparison_query_describe (self->query, self->filter_paths);
}

GPtrArray *
_dm_comparison_get_filter_paths (DmComparison *self)
{
  g_assert (DM_IS_COMPARISON (self));

  return self->filter_paths;
}
