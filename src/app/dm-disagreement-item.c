/* dm-disagreement-item.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-disagreement-item"

#include "config.h"

#include "dm-disagreement-item.h"

/**
 * DmDisagreementItem:
 *
 * What a row of the agreement dialog shows for one disagreement: its
 * summary, the labels of its two Keep buttons and, as "target", the
 * disagreement's position as the GVariant the buttons' actions
 * (`agreement.keep-a`, `agreement.keep-b`) take, so that the row's .ui
 * needs no code.
 */
struct _DmDisagreementItem
{
  GObject  parent_instance;

  guint    position;
  char    *summary;
  char    *keep_a_label;
  char    *keep_b_label;
};

G_DEFINE_FINAL_TYPE (DmDisagreementItem, dm_disagreement_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_SUMMARY,
  PROP_KEEP_A_LABEL,
  PROP_KEEP_B_LABEL,
  PROP_TARGET,
  PROP_KEEP_A_ACTION,
  PROP_KEEP_B_ACTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dm_disagreement_item_finalize (GObject *object)
{
  DmDisagreementItem *self = DM_DISAGREEMENT_ITEM (object);

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->keep_a_label, g_free);
  g_clear_pointer (&self->keep_b_label, g_free);

  G_OBJECT_CLASS (dm_disagreement_item_parent_class)->finalize (object);
}

static void
dm_disagreement_item_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DmDisagreementItem *self = DM_DISAGREEMENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;
    case PROP_KEEP_A_LABEL:
      g_value_set_string (value, self->keep_a_label);
      break;
    case PROP_KEEP_B_LABEL:
      g_value_set_string (value, self->keep_b_label);
      break;
    case PROP_KEEP_A_ACTION:
      g_value_set_static_string (value, "agreement.keep-a");
      break;
    case PROP_KEEP_B_ACTION:
      g_value_set_static_string (value, "agreement.keep-b");
      break;
    case PROP_TARGET:
      g_value_take_variant (value, g_variant_ref_sink (g_variant_new_uint32 (self->position)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_disagreement_item_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DmDisagreementItem *self = DM_DISAGREEMENT_ITEM (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      self->position = g_value_get_uint (value);
      break;
    case PROP_SUMMARY:
      self->summary = g_value_dup_string (value);
      break;
    case PROP_KEEP_A_LABEL:
      self->keep_a_label = g_value_dup_string (value);
      break;
    case PROP_KEEP_B_LABEL:
      self->keep_b_label = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_disagreement_item_class_init (DmDisagreementItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_disagreement_item_finalize;
  object_class->get_property = dm_disagreement_item_get_property;
  object_class->set_property = dm_disagreement_item_set_property;

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_KEEP_A_LABEL] =
    g_param_spec_string ("keep-a-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_KEEP_B_LABEL] =
    g_param_spec_string ("keep-b-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TARGET] =
    g_param_spec_variant ("target", NULL, NULL,
                          G_VARIANT_TYPE_UINT32, NULL,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /* Constants, as properties so that a row binds them after "target". */
  properties[PROP_KEEP_A_ACTION] =
    g_param_spec_string ("keep-a-action", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_KEEP_B_ACTION] =
    g_param_spec_string ("keep-b-action", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_disagreement_item_init (DmDisagreementItem *self)
{
}

DmDisagreementItem *
dm_disagreement_item_new (guint       position,
                          const char *summary,
                          const char *keep_a_label,
                          const char *keep_b_label)
{
  return g_object_new (DM_TYPE_DISAGREEMENT_ITEM,
                       "position", position,
                       "summary", summary,
                       "keep-a-label", keep_a_label,
                       "keep-b-label", keep_b_label,
                       NULL);
}

guint
dm_disagreement_item_get_position (DmDisagreementItem *self)
{
  g_return_val_if_fail (DM_IS_DISAGREEMENT_ITEM (self), 0);

  return self->position;
}

const char *
dm_disagreement_item_get_summary (DmDisagreementItem *self)
{
  g_return_val_if_fail (DM_IS_DISAGREEMENT_ITEM (self), NULL);

  return self->summary;
}
