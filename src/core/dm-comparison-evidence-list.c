/* dm-comparison-evidence-list.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-evidence-list"

#include "config.h"

#include "dm-comparison-private.h"

/**
 * DmComparisonEvidenceList:
 *
 * One side of a #DmComparisonRow: a #GListModel of #DmComparisonEvidence,
 * newest first. It is what dm_comparison_row_get_evidence() returns; there
 * is nothing to call on it beyond #GListModel.
 *
 * A #GListStore would need every evidence object up front; this list makes
 * them when asked, from the comparison's shared evidence set, so that a
 * comparison of two busy actors costs what its counts cost and a view pays
 * only for the quotes it shows. The list never changes.
 */
struct _DmComparisonEvidenceList
{
  GObject        parent_instance;

  DmEvidenceSet *set;
  GArray        *items;   /* guint item indices into set->items */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DmComparisonEvidenceList, dm_comparison_evidence_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
dm_comparison_evidence_list_get_item_type (GListModel *model)
{
  return DM_TYPE_COMPARISON_EVIDENCE;
}

static guint
dm_comparison_evidence_list_get_n_items (GListModel *model)
{
  DmComparisonEvidenceList *self = DM_COMPARISON_EVIDENCE_LIST (model);

  return self->items != NULL ? self->items->len : 0;
}

static gpointer
dm_comparison_evidence_list_get_item (GListModel *model,
                                      guint       position)
{
  DmComparisonEvidenceList *self = DM_COMPARISON_EVIDENCE_LIST (model);

  if (self->items == NULL || position >= self->items->len)
    return NULL;

  return g_object_ref (_dm_evidence_set_get_evidence (self->set, g_array_index (self->items, guint, position)));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dm_comparison_evidence_list_get_item_type;
  iface->get_n_items = dm_comparison_evidence_list_get_n_items;
  iface->get_item = dm_comparison_evidence_list_get_item;
}

static void
dm_comparison_evidence_list_finalize (GObject *object)
{
  DmComparisonEvidenceList *self = (DmComparisonEvidenceList *)object;

  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->set, _dm_evidence_set_unref);

  G_OBJECT_CLASS (dm_comparison_evidence_list_parent_class)->finalize (object);
}

static void
dm_comparison_evidence_list_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  DmComparisonEvidenceList *self = DM_COMPARISON_EVIDENCE_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, dm_comparison_evidence_list_get_n_items (G_LIST_MODEL (self)));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_evidence_list_class_init (DmComparisonEvidenceListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_comparison_evidence_list_finalize;
  object_class->get_property = dm_comparison_evidence_list_get_property;

  /**
   * DmComparisonEvidenceList:n-items:
   *
   * The number of quotes, for binding a count in a row template.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_comparison_evidence_list_init (DmComparisonEvidenceList *self)
{
}

/*
 * _dm_comparison_evidence_list_new:
 * @set: (nullable): the evidence set the indices point into
 * @items: (nullable): item indices, in display order; the list takes a
 *   reference, so @items must not change afterwards
 *
 * Returns: (transfer full): the list
 */
DmComparisonEvidenceList *
_dm_comparison_evidence_list_new (DmEvidenceSet *set,
                                  GArray        *items)
{
  DmComparisonEvidenceList *self = g_object_new (DM_TYPE_COMPARISON_EVIDENCE_LIST, NULL);

  if (set != NULL && items != NULL && items->len > 0)
    {
      self->set = _dm_evidence_set_ref (set);
      self->items = g_array_ref (items);
    }

  return self;
}
