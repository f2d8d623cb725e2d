/* dm-actor-choice.c - one actor the annotation panel offers
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-actor-choice"

#include "config.h"

#include "dm-actor-choice.h"

/* A row of the panel's actor list: the actor, the digit that picks it
 * (1–9, or 0 for none), whether the selected text mentions it, and
 * whether it is picked. */

struct _DmActorChoice
{
  GObject  parent_instance;

  DmActor *actor;
  guint    number;
  guint    mentioned : 1;
  guint    chosen : 1;
};

G_DEFINE_FINAL_TYPE (DmActorChoice, dm_actor_choice, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTOR,
  PROP_NAME,
  PROP_COLOUR,
  PROP_NUMBER,
  PROP_NUMBER_LABEL,
  PROP_MENTIONED,
  PROP_CHOSEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject {{{ */

static void
dm_actor_choice_dispose (GObject *object)
{
  DmActorChoice *self = DM_ACTOR_CHOICE (object);

  g_clear_object (&self->actor);

  G_OBJECT_CLASS (dm_actor_choice_parent_class)->dispose (object);
}

static void
dm_actor_choice_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DmActorChoice *self = DM_ACTOR_CHOICE (object);

  switch (prop_id)
    {
    case PROP_ACTOR:
      g_value_set_object (value, self->actor);
      break;

    case PROP_NAME:
      g_value_set_string (value, dm_actor_get_name (self->actor));
      break;

    case PROP_COLOUR:
      g_value_set_string (value, dm_actor_get_colour (self->actor));
      break;

    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_NUMBER_LABEL:
      g_value_take_string (value, self->number > 0 ? g_strdup_printf ("%u", self->number) : NULL);
      break;

    case PROP_MENTIONED:
      g_value_set_boolean (value, self->mentioned);
      break;

    case PROP_CHOSEN:
      g_value_set_boolean (value, self->chosen);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_actor_choice_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DmActorChoice *self = DM_ACTOR_CHOICE (object);

  switch (prop_id)
    {
    case PROP_ACTOR:
      self->actor = g_value_dup_object (value);
      break;

    case PROP_NUMBER:
      dm_actor_choice_set_number (self, g_value_get_uint (value));
      break;

    case PROP_MENTIONED:
      dm_actor_choice_set_mentioned (self, g_value_get_boolean (value));
      break;

    case PROP_CHOSEN:
      dm_actor_choice_set_chosen (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_actor_choice_class_init (DmActorChoiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dm_actor_choice_dispose;
  object_class->get_property = dm_actor_choice_get_property;
  object_class->set_property = dm_actor_choice_set_property;

  properties[PROP_ACTOR] =
    g_param_spec_object ("actor", NULL, NULL,
                         DM_TYPE_ACTOR,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmActorChoice:number:
   *
   * The digit that picks the actor, 1 to 9, or 0.
   */
  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL,
                       0, 9, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NUMBER_LABEL] =
    g_param_spec_string ("number-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmActorChoice:mentioned:
   *
   * Whether the selected text names the actor.
   */
  properties[PROP_MENTIONED] =
    g_param_spec_boolean ("mentioned", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CHOSEN] =
    g_param_spec_boolean ("chosen", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_actor_choice_init (DmActorChoice *self)
{
}

/* }}} */

/* Public API {{{ */

DmActorChoice *
dm_actor_choice_new (DmActor  *actor,
                     guint     number,
                     gboolean  mentioned)
{
  g_return_val_if_fail (DM_IS_ACTOR (actor), NULL);
  g_return_val_if_fail (number <= 9, NULL);

  return g_object_new (DM_TYPE_ACTOR_CHOICE,
                       "actor", actor,
                       "number", number,
                       "mentioned", mentioned,
                       NULL);
}

DmActor *
dm_actor_choice_get_actor (DmActorChoice *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_CHOICE (self), NULL);

  return self->actor;
}

const char *
dm_actor_choice_get_uuid (DmActorChoice *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_CHOICE (self), NULL);

  return dm_actor_get_uuid (self->actor);
}

guint
dm_actor_choice_get_number (DmActorChoice *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_CHOICE (self), 0);

  return self->number;
}

/* The list reuses a choice whose actor is offered again, so that its
 * row is kept: its digit and mention flag may change in place. */
void
dm_actor_choice_set_number (DmActorChoice *self,
                            guint          number)
{
  g_return_if_fail (DM_IS_ACTOR_CHOICE (self));
  g_return_if_fail (number <= 9);

  if (self->number == number)
    return;

  self->number = number;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBER_LABEL]);
}

gboolean
dm_actor_choice_get_mentioned (DmActorChoice *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_CHOICE (self), FALSE);

  return self->mentioned;
}

void
dm_actor_choice_set_mentioned (DmActorChoice *self,
                               gboolean       mentioned)
{
  g_return_if_fail (DM_IS_ACTOR_CHOICE (self));

  mentioned = !!mentioned;
  if (self->mentioned == mentioned)
    return;

  self->mentioned = mentioned;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTIONED]);
}

gboolean
dm_actor_choice_get_chosen (DmActorChoice *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_CHOICE (self), FALSE);

  return self->chosen;
}

void
dm_actor_choice_set_chosen (DmActorChoice *self,
                            gboolean       chosen)
{
  g_return_if_fail (DM_IS_ACTOR_CHOICE (self));

  chosen = !!chosen;
  if (self->chosen == chosen)
    return;

  self->chosen = chosen;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHOSEN]);
}

/* }}} */
