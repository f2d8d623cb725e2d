/* dm-comparison-row.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-row"

#include "config.h"

#include "dm-comparison-private.h"
#include "dm-enum-types.h"
#include "dm-topic.h"

/**
 * DmComparisonRow:
 *
 * One topic of a #DmComparison: each side's evidence (newest first), its
 * dominant polarity and how it moved over time, and the relation between
 * the two sides.
 *
 * Properties come in `-a`/`-b` pairs so that a list item template can bind
 * them directly; the functions take a #DmComparisonSide instead.
 */

typedef struct
{
  DmStanceTally             tally;
  DmComparisonEvidenceList *evidence;
  guint                     first;   /* item indices, G_MAXUINT for none */
  guint                     last;
  guint                     reversals;
} RowSide;

struct _DmComparisonRow
{
  GObject        parent_instance;

  DmEvidenceSet *set;
  char          *topic_uuid;
  char          *topic_name;
  char          *topic_path;
  RowSide        sides[2];
  DmRelation     relation;
};

G_DEFINE_FINAL_TYPE (DmComparisonRow, dm_comparison_row, G_TYPE_OBJECT)

/* Registered here rather than through mkenums on dm-types.h so that the
 * comparison stays in its own files while issue 5 lands; the nicks are
 * the strings of dm_relation_to_string(). */
G_DEFINE_ENUM_TYPE (DmRelation, dm_relation,
                    G_DEFINE_ENUM_VALUE (DM_RELATION_AGREE, "agree"),
                    G_DEFINE_ENUM_VALUE (DM_RELATION_DISAGREE, "disagree"),
                    G_DEFINE_ENUM_VALUE (DM_RELATION_PARTLY, "partly"),
                    G_DEFINE_ENUM_VALUE (DM_RELATION_ONLY_A, "only-a"),
                    G_DEFINE_ENUM_VALUE (DM_RELATION_ONLY_B, "only-b"))

G_DEFINE_ENUM_TYPE (DmComparisonSide, dm_comparison_side,
                    G_DEFINE_ENUM_VALUE (DM_COMPARISON_SIDE_A, "a"),
                    G_DEFINE_ENUM_VALUE (DM_COMPARISON_SIDE_B, "b"))

enum {
  PROP_0,
  PROP_TOPIC_UUID,
  PROP_TOPIC_NAME,
  PROP_TOPIC_PATH,
  PROP_RELATION,
  PROP_POLARITY_A,
  PROP_POLARITY_B,
  PROP_EVIDENCE_A,
  PROP_EVIDENCE_B,
  PROP_NEWEST_A,
  PROP_NEWEST_B,
  PROP_SHIFTING_A,
  PROP_SHIFTING_B,
  PROP_REVERSALS_A,
  PROP_REVERSALS_B,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const relation_names[] = {
  [DM_RELATION_AGREE] = "agree",
  [DM_RELATION_DISAGREE] = "disagree",
  [DM_RELATION_PARTLY] = "partly",
  [DM_RELATION_ONLY_A] = "only-a",
  [DM_RELATION_ONLY_B] = "only-b",
};

static void
dm_comparison_row_dispose (GObject *object)
{
  DmComparisonRow *self = (DmComparisonRow *)object;

  for (guint i = 0; i < G_N_ELEMENTS (self->sides); i++)
    g_clear_object (&self->sides[i].evidence);

  G_OBJECT_CLASS (dm_comparison_row_parent_class)->dispose (object);
}

static void
dm_comparison_row_finalize (GObject *object)
{
  DmComparisonRow *self = (DmComparisonRow *)object;

  g_clear_pointer (&self->set, _dm_evidence_set_unref);
  g_clear_pointer (&self->topic_uuid, g_free);
  g_clear_pointer (&self->topic_name, g_free);
  g_clear_pointer (&self->topic_path, g_free);

  G_OBJECT_CLASS (dm_comparison_row_parent_class)->finalize (object);
}

static void
dm_comparison_row_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DmComparisonRow *self = DM_COMPARISON_ROW (object);

  switch (prop_id)
    {
    case PROP_TOPIC_UUID:
      g_value_set_string (value, self->topic_uuid);
      break;

    case PROP_TOPIC_NAME:
      g_value_set_string (value, self->topic_name);
      break;

    case PROP_TOPIC_PATH:
      g_value_set_string (value, self->topic_path);
      break;

    case PROP_RELATION:
      g_value_set_enum (value, self->relation);
      break;

    case PROP_POLARITY_A:
    case PROP_POLARITY_B:
      g_value_set_enum (value, dm_comparison_row_get_polarity (self, prop_id == PROP_POLARITY_B));
      break;

    case PROP_EVIDENCE_A:
    case PROP_EVIDENCE_B:
      g_value_set_object (value, dm_comparison_row_get_evidence (self, prop_id == PROP_EVIDENCE_B));
      break;

    case PROP_NEWEST_A:
    case PROP_NEWEST_B:
      g_value_set_object (value, dm_comparison_row_get_newest (self, prop_id == PROP_NEWEST_B));
      break;

    case PROP_SHIFTING_A:
    case PROP_SHIFTING_B:
      g_value_set_boolean (value, dm_comparison_row_get_shifting (self, prop_id == PROP_SHIFTING_B));
      break;

    case PROP_REVERSALS_A:
    case PROP_REVERSALS_B:
      g_value_set_uint (value, dm_comparison_row_get_reversals (self, prop_id == PROP_REVERSALS_B));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_row_class_init (DmComparisonRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dm_comparison_row_dispose;
  object_class->finalize = dm_comparison_row_finalize;
  object_class->get_property = dm_comparison_row_get_property;

  properties[PROP_TOPIC_UUID] =
    g_param_spec_string ("topic-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPIC_NAME] =
    g_param_spec_string ("topic-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPIC_PATH] =
    g_param_spec_string ("topic-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_RELATION] =
    g_param_spec_enum ("relation", NULL, NULL,
                       DM_TYPE_RELATION, DM_RELATION_AGREE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_POLARITY_A] =
    g_param_spec_enum ("polarity-a", NULL, NULL,
                       DM_TYPE_POLARITY, DM_POLARITY_NONE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_POLARITY_B] =
    g_param_spec_enum ("polarity-b", NULL, NULL,
                       DM_TYPE_POLARITY, DM_POLARITY_NONE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_EVIDENCE_A] =
    g_param_spec_object ("evidence-a", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_EVIDENCE_B] =
    g_param_spec_object ("evidence-b", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_NEWEST_A] =
    g_param_spec_object ("newest-a", NULL, NULL,
                         DM_TYPE_COMPARISON_EVIDENCE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_NEWEST_B] =
    g_param_spec_object ("newest-b", NULL, NULL,
                         DM_TYPE_COMPARISON_EVIDENCE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHIFTING_A] =
    g_param_spec_boolean ("shifting-a", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHIFTING_B] =
    g_param_spec_boolean ("shifting-b", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVERSALS_A] =
    g_param_spec_uint ("reversals-a", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_REVERSALS_B] =
    g_param_spec_uint ("reversals-b", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_comparison_row_init (DmComparisonRow *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (self->sides); i++)
    self->sides[i].first = self->sides[i].last = G_MAXUINT;
}

DmComparisonRow *
_dm_comparison_row_new (DmEvidenceSet *set,
                        DmTopic       *topic)
{
  DmComparisonRow *self;

  g_assert (set != NULL);
  g_assert (DM_IS_TOPIC (topic));

  self = g_object_new (DM_TYPE_COMPARISON_ROW, NULL);
  self->set = _dm_evidence_set_ref (set);
  self->topic_uuid = g_strdup (dm_topic_get_uuid (topic));
  self->topic_name = g_strdup (dm_topic_get_name (topic));
  self->topic_path = g_strdup (dm_topic_get_path (topic) != NULL ? dm_topic_get_path (topic)
                                                                 : dm_topic_get_name (topic));

  return self;
}

/* Rows are filled once, before anyone sees them: no notifications. */
void
_dm_comparison_row_set_side (DmComparisonRow     *self,
                             DmComparisonSide     side,
                             const DmStanceTally *tally,
                             GArray              *items,
                             guint                first,
                             guint                last,
                             guint                reversals)
{
  RowSide *row_side;

  g_assert (DM_IS_COMPARISON_ROW (self));
  g_assert (side <= DM_COMPARISON_SIDE_B);

  row_side = &self->sides[side];
  row_side->tally = *tally;
  g_clear_object (&row_side->evidence);
  row_side->evidence = _dm_comparison_evidence_list_new (self->set, items);
  row_side->first = first;
  row_side->last = last;
  row_side->reversals = reversals;
}

void
_dm_comparison_row_set_relation (DmComparisonRow *self,
                                 DmRelation       relation)
{
  g_assert (DM_IS_COMPARISON_ROW (self));

  self->relation = relation;
}

/**
 * dm_relation_to_string:
 * @relation: a #DmRelation
 *
 * Returns: (nullable): "agree", "disagree", "partly", "only-a" or "only-b",
 *   or %NULL if @relation is not a #DmRelation
 */
const char *
dm_relation_to_string (DmRelation relation)
{
  if ((guint)relation >= G_N_ELEMENTS (relation_names))
    return NULL;

  return relation_names[relation];
}

/**
 * dm_relation_from_string:
 * @str: (nullable): a name written by dm_relation_to_string()
 * @relation: (out): the relation
 *
 * Returns: %TRUE if @str names a relation
 */
gboolean
dm_relation_from_string (const char *str,
                         DmRelation *relation)
{
  g_return_val_if_fail (relation != NULL, FALSE);

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (relation_names); i++)
    if (g_str_equal (str, relation_names[i]))
      {
        *relation = i;
        return TRUE;
      }

  return FALSE;
}

const char *
dm_comparison_row_get_topic_uuid (DmComparisonRow *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), NULL);

  return self->topic_uuid;
}

const char *
dm_comparison_row_get_topic_name (DmComparisonRow *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), NULL);

  return self->topic_name;
}

/**
 * dm_comparison_row_get_topic_path:
 * @self: a #DmComparisonRow
 *
 * Returns: the topic's names from the root down, joined with " › "
 */
const char *
dm_comparison_row_get_topic_path (DmComparisonRow *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), NULL);

  return self->topic_path;
}

DmRelation
dm_comparison_row_get_relation (DmComparisonRow *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), DM_RELATION_AGREE);

  return self->relation;
}

/**
 * dm_comparison_row_has_side:
 * @self: a #DmComparisonRow
 * @side: which actor
 *
 * Returns: %TRUE if @side has any evidence on the topic, even evidence
 *   without polarity
 */
gboolean
dm_comparison_row_has_side (DmComparisonRow  *self,
                            DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), FALSE);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, FALSE);

  return self->sides[side].tally.total > 0;
}

/**
 * dm_comparison_row_get_polarity:
 * @self: a #DmComparisonRow
 * @side: which actor
 *
 * The dominant polarity: the most frequent of supports, opposes, neutral
 * and mixed, a tie going to the newest evidence; %DM_POLARITY_NONE when the
 * side only has evidence without polarity, or none at all (see
 * dm_comparison_row_has_side()).
 *
 * Returns: the dominant polarity
 */
DmPolarity
dm_comparison_row_get_polarity (DmComparisonRow  *self,
                                DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), DM_POLARITY_NONE);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, DM_POLARITY_NONE);

  return self->sides[side].tally.dominant;
}

/**
 * dm_comparison_row_get_evidence:
 * @self: a #DmComparisonRow
 * @side: which actor
 *
 * Returns: (transfer none): a #GListModel of #DmComparisonEvidence, newest
 *   article first and in text order within an article; empty when @side
 *   said nothing on the topic
 */
GListModel *
dm_comparison_row_get_evidence (DmComparisonRow  *self,
                                DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), NULL);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, NULL);

  /* A row is filled before anyone sees it; this is for a bare one. */
  if (self->sides[side].evidence == NULL)
    self->sides[side].evidence = _dm_comparison_evidence_list_new (NULL, NULL);

  return G_LIST_MODEL (self->sides[side].evidence);
}

/**
 * dm_comparison_row_get_newest:
 * @self: a #DmComparisonRow
 * @side: which actor
 *
 * Returns: (transfer none) (nullable): the first item of
 *   dm_comparison_row_get_evidence(), or %NULL
 */
DmComparisonEvidence *
dm_comparison_row_get_newest (DmComparisonRow  *self,
                              DmComparisonSide  side)
{
  g_autoptr(DmComparisonEvidence) newest = NULL;

  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), NULL);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, NULL);

  /* The evidence set keeps a reference, so the borrowed pointer stays
   * valid as long as the row. */
  newest = g_list_model_get_item (dm_comparison_row_get_evidence (self, side), 0);

  return newest;
}

/**
 * dm_comparison_row_get_n_polarity:
 * @self: a #DmComparisonRow
 * @side: which actor
 * @polarity: a polarity
 *
 * Returns: how many pieces of @side's evidence have @polarity
 */
guint
dm_comparison_row_get_n_polarity (DmComparisonRow  *self,
                                  DmComparisonSide  side,
                                  DmPolarity        polarity)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), 0);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, 0);
  g_return_val_if_fail (polarity < DM_N_POLARITIES, 0);

  return self->sides[side].tally.count[polarity];
}

/**
 * dm_comparison_row_get_shifting:
 * @self: a #DmComparisonRow
 * @side: which actor
 *
 * Returns: %TRUE if @side has both supported and opposed
 */
gboolean
dm_comparison_row_get_shifting (DmComparisonRow  *self,
                                DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), FALSE);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, FALSE);

  return self->sides[side].tally.shifting;
}

/**
 * dm_comparison_row_get_first:
 * @self: a #DmComparisonRow
 * @side: which actor
 *
 * Returns: (transfer none) (nullable): @side's oldest dated evidence, or
 *   %NULL if none of it is dated
 */
DmComparisonEvidence *
dm_comparison_row_get_first (DmComparisonRow  *self,
                             DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), NULL);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, NULL);

  if (self->sides[side].first == G_MAXUINT)
    return NULL;

  return _dm_evidence_set_get_evidence (self->set, self->sides[side].first);
}

/**
 * dm_comparison_row_get_last:
 * @self: a #DmComparisonRow
 * @side: which actor
 *
 * Returns: (transfer none) (nullable): @side's newest dated evidence, or
 *   %NULL if none of it is dated
 */
DmComparisonEvidence *
dm_comparison_row_get_last (DmComparisonRow  *self,
                            DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), NULL);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, NULL);

  if (self->sides[side].last == G_MAXUINT)
    return NULL;

  return _dm_evidence_set_get_evidence (self->set, self->sides[side].last);
}

/**
 * dm_comparison_row_get_reversals:
 * @self: a #DmComparisonRow
 * @side: which actor
 *
 * Counts how often @side went from supports to opposes or back, in
 * chronological order over its dated evidence; neutral, mixed and
 * unpolarised evidence in between does not break a run.
 *
 * Returns: the number of reversals
 */
guint
dm_comparison_row_get_reversals (DmComparisonRow  *self,
                                 DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (self), 0);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, 0);

  return self->sides[side].reversals;
}
