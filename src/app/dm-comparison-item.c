/* dm-comparison-item.c - one topic of the comparison table, as shown
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-item"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <gtk/gtk.h>

#include "dm-comparison-item.h"
#include "dm-comparison-view-state.h"
#include "dm-enum-types.h"

/* A presenter for one row of the comparison table: the row's facts under
 * the names the cells bind to, and whether the row is expanded. A
 * collapsed row shows each side's newest quote, an expanded one all of
 * them; the quotes-a and quotes-b models are slices of the row's evidence
 * that grow and shrink accordingly.
 *
 * The view keeps these items in a GListStore for as long as a comparison
 * is shown, so the expanded state survives the list view recycling its
 * row widgets; the view carries it over to the next comparison by topic. */

struct _DmComparisonItem
{
  GObject             parent_instance;

  DmComparisonRow    *row;
  GtkSliceListModel  *quotes[2];
  char               *topic_parent;
  char               *relation_label;
  char               *tallies[2];
  char               *expander_label;
  gboolean            expanded;
};

G_DEFINE_FINAL_TYPE (DmComparisonItem, dm_comparison_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ROW,
  PROP_TOPIC_NAME,
  PROP_TOPIC_PARENT,
  PROP_TOPIC_PATH,
  PROP_RELATION,
  PROP_RELATION_LABEL,
  PROP_POLARITY_A,
  PROP_POLARITY_B,
  PROP_HAS_A,
  PROP_HAS_B,
  PROP_TALLY_A,
  PROP_TALLY_B,
  PROP_QUOTES_A,
  PROP_QUOTES_B,
  PROP_EXPANDABLE,
  PROP_EXPANDED,
  PROP_EXPANDER_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers {{{ */

static guint
count_evidence (DmComparisonItem *self,
                DmComparisonSide  side)
{
  return g_list_model_get_n_items (dm_comparison_row_get_evidence (self->row, side));
}

/* "China's peace position" for "China's peace position › China's
 * impartiality"; NULL for a root topic. The path's separator is " › "
 * (dm-store.c); the parent is shown on a line of its own, without it. */
static char *
dup_topic_parent (DmComparisonRow *row)
{
  const char *path = dm_comparison_row_get_topic_path (row);
  const char *name = dm_comparison_row_get_topic_name (row);
  g_autofree char *parent = NULL;
  gsize len;

  if (path == NULL || name == NULL ||
      strlen (path) <= strlen (name) || !g_str_has_suffix (path, name))
    return NULL;

  parent = g_strndup (path, strlen (path) - strlen (name));
  g_strchomp (parent);
  len = strlen (parent);
  if (g_str_has_suffix (parent, "›"))
    parent[len - strlen ("›")] = '\0';
  g_strchomp (parent);

  return parent[0] != '\0' ? g_steal_pointer (&parent) : NULL;
}

/* }}} */

/* GObject {{{ */

static void
dm_comparison_item_dispose (GObject *object)
{
  DmComparisonItem *self = DM_COMPARISON_ITEM (object);

  g_clear_object (&self->quotes[0]);
  g_clear_object (&self->quotes[1]);
  g_clear_object (&self->row);

  G_OBJECT_CLASS (dm_comparison_item_parent_class)->dispose (object);
}

static void
dm_comparison_item_finalize (GObject *object)
{
  DmComparisonItem *self = DM_COMPARISON_ITEM (object);

  g_clear_pointer (&self->topic_parent, g_free);
  g_clear_pointer (&self->relation_label, g_free);
  g_clear_pointer (&self->tallies[0], g_free);
  g_clear_pointer (&self->tallies[1], g_free);
  g_clear_pointer (&self->expander_label, g_free);

  G_OBJECT_CLASS (dm_comparison_item_parent_class)->finalize (object);
}

static void
dm_comparison_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DmComparisonItem *self = DM_COMPARISON_ITEM (object);

  switch (prop_id)
    {
    case PROP_ROW:
      g_value_set_object (value, self->row);
      break;

    case PROP_TOPIC_NAME:
      g_value_set_string (value, dm_comparison_row_get_topic_name (self->row));
      break;

    case PROP_TOPIC_PARENT:
      g_value_set_string (value, self->topic_parent);
      break;

    case PROP_TOPIC_PATH:
      g_value_set_string (value, dm_comparison_row_get_topic_path (self->row));
      break;

    case PROP_RELATION:
      g_value_set_enum (value, dm_comparison_row_get_relation (self->row));
      break;

    case PROP_RELATION_LABEL:
      g_value_set_string (value, self->relation_label);
      break;

    case PROP_POLARITY_A:
    case PROP_POLARITY_B:
      g_value_set_enum (value, dm_comparison_row_get_polarity (self->row, prop_id == PROP_POLARITY_B));
      break;

    case PROP_HAS_A:
    case PROP_HAS_B:
      g_value_set_boolean (value, dm_comparison_row_has_side (self->row, prop_id == PROP_HAS_B));
      break;

    case PROP_TALLY_A:
    case PROP_TALLY_B:
      g_value_set_string (value, self->tallies[prop_id == PROP_TALLY_B]);
      break;

    case PROP_QUOTES_A:
    case PROP_QUOTES_B:
      g_value_set_object (value, self->quotes[prop_id == PROP_QUOTES_B]);
      break;

    case PROP_EXPANDABLE:
      g_value_set_boolean (value, dm_comparison_item_get_expandable (self));
      break;

    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;

    case PROP_EXPANDER_LABEL:
      g_value_set_string (value, self->expander_label);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_item_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DmComparisonItem *self = DM_COMPARISON_ITEM (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      dm_comparison_item_set_expanded (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_item_class_init (DmComparisonItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dm_comparison_item_dispose;
  object_class->finalize = dm_comparison_item_finalize;
  object_class->get_property = dm_comparison_item_get_property;
  object_class->set_property = dm_comparison_item_set_property;

  properties[PROP_ROW] =
    g_param_spec_object ("row", NULL, NULL,
                         DM_TYPE_COMPARISON_ROW,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPIC_NAME] =
    g_param_spec_string ("topic-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonItem:topic-parent:
   *
   * The path above the topic, such as "Ukraine war", or %NULL for a root
   * topic.
   */
  properties[PROP_TOPIC_PARENT] =
    g_param_spec_string ("topic-parent", NULL, NULL,
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

  /**
   * DmComparisonItem:relation-label:
   *
   * The relation for the badge: "Agree", "Disagree", "Partly" or "Only
   * China".
   */
  properties[PROP_RELATION_LABEL] =
    g_param_spec_string ("relation-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_POLARITY_A] =
    g_param_spec_enum ("polarity-a", NULL, NULL,
                       DM_TYPE_POLARITY, DM_POLARITY_NONE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_POLARITY_B] =
    g_param_spec_enum ("polarity-b", NULL, NULL,
                       DM_TYPE_POLARITY, DM_POLARITY_NONE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_A] =
    g_param_spec_boolean ("has-a", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_B] =
    g_param_spec_boolean ("has-b", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonItem:tally-a:
   *
   * How A's statements split, such as "2 supports · 1 mixed".
   */
  properties[PROP_TALLY_A] =
    g_param_spec_string ("tally-a", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TALLY_B] =
    g_param_spec_string ("tally-b", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonItem:quotes-a:
   *
   * A's #DmComparisonEvidence to show, newest first: the newest alone
   * while collapsed, all of them while expanded.
   */
  properties[PROP_QUOTES_A] =
    g_param_spec_object ("quotes-a", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_QUOTES_B] =
    g_param_spec_object ("quotes-b", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonItem:expandable:
   *
   * Whether a side has more than one quote, so expanding shows more.
   */
  properties[PROP_EXPANDABLE] =
    g_param_spec_boolean ("expandable", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonItem:expander-label:
   *
   * What the expander offers, such as "3 quotes".
   */
  properties[PROP_EXPANDER_LABEL] =
    g_param_spec_string ("expander-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_comparison_item_init (DmComparisonItem *self)
{
}

/* }}} */

/* Public API {{{ */

/**
 * dm_comparison_item_new:
 * @comparison: the comparison @row belongs to, for the actors' names
 * @row: the topic
 *
 * Returns: (transfer full): a collapsed item for @row
 */
DmComparisonItem *
dm_comparison_item_new (DmComparison    *comparison,
                        DmComparisonRow *row)
{
  DmComparisonItem *self;
  guint total;

  g_return_val_if_fail (DM_IS_COMPARISON (comparison), NULL);
  g_return_val_if_fail (DM_IS_COMPARISON_ROW (row), NULL);

  self = g_object_new (DM_TYPE_COMPARISON_ITEM, NULL);
  self->row = g_object_ref (row);

  for (guint side = 0; side < 2; side++)
    {
      GListModel *evidence = dm_comparison_row_get_evidence (row, side);

      self->quotes[side] = gtk_slice_list_model_new (g_object_ref (evidence), 0, 1);
      self->tallies[side] = dm_comparison_view_state_format_tally (row, side);
    }

  self->topic_parent = dup_topic_parent (row);

  self->relation_label =
    dm_comparison_view_state_format_relation (dm_comparison_row_get_relation (row),
                                              dm_actor_get_name (dm_comparison_get_actor (comparison, DM_COMPARISON_SIDE_A)),
                                              dm_actor_get_name (dm_comparison_get_actor (comparison, DM_COMPARISON_SIDE_B)));

  total = count_evidence (self, DM_COMPARISON_SIDE_A) + count_evidence (self, DM_COMPARISON_SIDE_B);
  self->expander_label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote", "%u quotes", total), total);

  return self;
}

/**
 * dm_comparison_item_get_row:
 *
 * Returns: (transfer none): the comparison row shown
 */
DmComparisonRow *
dm_comparison_item_get_row (DmComparisonItem *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ITEM (self), NULL);

  return self->row;
}

const char *
dm_comparison_item_get_topic_uuid (DmComparisonItem *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ITEM (self), NULL);

  return dm_comparison_row_get_topic_uuid (self->row);
}

const char *
dm_comparison_item_get_relation_label (DmComparisonItem *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ITEM (self), NULL);

  return self->relation_label;
}

gboolean
dm_comparison_item_get_expandable (DmComparisonItem *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ITEM (self), FALSE);

  return count_evidence (self, DM_COMPARISON_SIDE_A) > 1 || count_evidence (self, DM_COMPARISON_SIDE_B) > 1;
}

gboolean
dm_comparison_item_get_expanded (DmComparisonItem *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ITEM (self), FALSE);

  return self->expanded;
}

/**
 * dm_comparison_item_set_expanded:
 *
 * Shows all quotes of both sides, or only the newest of each.
 */
void
dm_comparison_item_set_expanded (DmComparisonItem *self,
                                 gboolean          expanded)
{
  g_return_if_fail (DM_IS_COMPARISON_ITEM (self));

  expanded = !!expanded;
  if (self->expanded == expanded)
    return;

  self->expanded = expanded;
  for (guint side = 0; side < 2; side++)
    gtk_slice_list_model_set_size (self->quotes[side], expanded ? G_MAXUINT : 1);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/**
 * dm_comparison_item_get_quotes:
 *
 * Returns: (transfer none): @side's #DmComparisonEvidence as shown, newest
 *   first
 */
GListModel *
dm_comparison_item_get_quotes (DmComparisonItem *self,
                               DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON_ITEM (self), NULL);
  g_return_val_if_fail (side <= DM_COMPARISON_SIDE_B, NULL);

  return G_LIST_MODEL (self->quotes[side]);
}

/* }}} */
