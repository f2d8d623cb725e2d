/* dm-topic.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-topic"

#include "config.h"

#include "dm-topic.h"

/**
 * DmTopic:
 *
 * The question or object a position is about, such as "Ukraine war:
 * ceasefire". Topics nest through #DmTopic:parent-uuid; #DmTopic:path is
 * the names from the root down, as the store computes it for display.
 */
struct _DmTopic
{
  GObject  parent_instance;

  char    *uuid;
  char    *name;
  char    *parent_uuid;
  char    *description;
  char    *path;
  char    *created;
  char    *updated;
};

G_DEFINE_FINAL_TYPE (DmTopic, dm_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_NAME,
  PROP_PARENT_UUID,
  PROP_DESCRIPTION,
  PROP_PATH,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string_property (DmTopic     *self,
                     char       **field,
                     const char  *value,
                     guint        prop_id)
{
  g_assert (DM_IS_TOPIC (self));

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
dm_topic_finalize (GObject *object)
{
  DmTopic *self = (DmTopic *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->parent_uuid, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->updated, g_free);

  G_OBJECT_CLASS (dm_topic_parent_class)->finalize (object);
}

static void
dm_topic_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DmTopic *self = DM_TOPIC (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PARENT_UUID:
      g_value_set_string (value, self->parent_uuid);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_PATH:
      g_value_set_string (value, self->path);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_string (value, self->updated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_topic_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  DmTopic *self = DM_TOPIC (object);

  switch (prop_id)
    {
    case PROP_UUID:
      dm_topic_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      dm_topic_set_name (self, g_value_get_string (value));
      break;

    case PROP_PARENT_UUID:
      dm_topic_set_parent_uuid (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      dm_topic_set_description (self, g_value_get_string (value));
      break;

    case PROP_PATH:
      dm_topic_set_path (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      dm_topic_set_created (self, g_value_get_string (value));
      break;

    case PROP_UPDATED:
      dm_topic_set_updated (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_topic_class_init (DmTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_topic_finalize;
  object_class->get_property = dm_topic_get_property;
  object_class->set_property = dm_topic_set_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARENT_UUID] =
    g_param_spec_string ("parent-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_topic_init (DmTopic *self)
{
}

/**
 * dm_topic_new:
 * @name: the topic's name
 * @parent_uuid: (nullable): the enclosing topic, or %NULL for a root topic
 *
 * Creates a topic with a fresh random UUID.
 *
 * Returns: (transfer full): a new #DmTopic
 */
DmTopic *
dm_topic_new (const char *name,
              const char *parent_uuid)
{
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  uuid = g_uuid_string_random ();

  return g_object_new (DM_TYPE_TOPIC,
                       "uuid", uuid,
                       "name", name,
                       "parent-uuid", parent_uuid,
                       NULL);
}

/**
 * dm_topic_copy:
 * @self: a #DmTopic
 *
 * Returns: (transfer full): a new #DmTopic with every field of @self
 */
DmTopic *
dm_topic_copy (DmTopic *self)
{
  DmTopic *copy;

  g_return_val_if_fail (DM_IS_TOPIC (self), NULL);

  copy = g_object_new (DM_TYPE_TOPIC, NULL);
  copy->uuid = g_strdup (self->uuid);
  copy->name = g_strdup (self->name);
  copy->parent_uuid = g_strdup (self->parent_uuid);
  copy->description = g_strdup (self->description);
  copy->path = g_strdup (self->path);
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  return copy;
}

/**
 * dm_topic_get_uuid:
 * @self: a #DmTopic
 *
 * Returns: (transfer none) (nullable): the topic's stable identifier
 */
const char *
dm_topic_get_uuid (DmTopic *self)
{
  g_return_val_if_fail (DM_IS_TOPIC (self), NULL);

  return self->uuid;
}

/**
 * dm_topic_set_uuid:
 * @self: a #DmTopic
 * @uuid: (nullable): the identifier
 */
void
dm_topic_set_uuid (DmTopic    *self,
                   const char *uuid)
{
  g_return_if_fail (DM_IS_TOPIC (self));

  set_string_property (self, &self->uuid, uuid, PROP_UUID);
}

/**
 * dm_topic_get_name:
 * @self: a #DmTopic
 *
 * Returns: (transfer none) (nullable): the name, such as "Ukraine war:
 *   ceasefire"
 */
const char *
dm_topic_get_name (DmTopic *self)
{
  g_return_val_if_fail (DM_IS_TOPIC (self), NULL);

  return self->name;
}

/**
 * dm_topic_set_name:
 * @self: a #DmTopic
 * @name: (nullable): the name
 */
void
dm_topic_set_name (DmTopic    *self,
                   const char *name)
{
  g_return_if_fail (DM_IS_TOPIC (self));

  set_string_property (self, &self->name, name, PROP_NAME);
}

/**
 * dm_topic_get_parent_uuid:
 * @self: a #DmTopic
 *
 * Returns: (transfer none) (nullable): the enclosing topic, or %NULL
 */
const char *
dm_topic_get_parent_uuid (DmTopic *self)
{
  g_return_val_if_fail (DM_IS_TOPIC (self), NULL);

  return self->parent_uuid;
}

/**
 * dm_topic_set_parent_uuid:
 * @self: a #DmTopic
 * @parent_uuid: (nullable): the enclosing topic, or %NULL for a root topic
 */
void
dm_topic_set_parent_uuid (DmTopic    *self,
                          const char *parent_uuid)
{
  g_return_if_fail (DM_IS_TOPIC (self));

  set_string_property (self, &self->parent_uuid, parent_uuid, PROP_PARENT_UUID);
}

/**
 * dm_topic_get_description:
 * @self: a #DmTopic
 *
 * Returns: (transfer none) (nullable): a coding note for the topic, or %NULL
 */
const char *
dm_topic_get_description (DmTopic *self)
{
  g_return_val_if_fail (DM_IS_TOPIC (self), NULL);

  return self->description;
}

/**
 * dm_topic_set_description:
 * @self: a #DmTopic
 * @description: (nullable): a coding note
 */
void
dm_topic_set_description (DmTopic    *self,
                          const char *description)
{
  g_return_if_fail (DM_IS_TOPIC (self));

  set_string_property (self, &self->description, description, PROP_DESCRIPTION);
}

/**
 * dm_topic_get_path:
 * @self: a #DmTopic
 *
 * Returns: (transfer none) (nullable): the names from the root topic down
 *   to this one, as set by the store, or %NULL
 */
const char *
dm_topic_get_path (DmTopic *self)
{
  g_return_val_if_fail (DM_IS_TOPIC (self), NULL);

  return self->path;
}

/**
 * dm_topic_set_path:
 * @self: a #DmTopic
 * @path: (nullable): the names from the root topic down
 */
void
dm_topic_set_path (DmTopic    *self,
                   const char *path)
{
  g_return_if_fail (DM_IS_TOPIC (self));

  set_string_property (self, &self->path, path, PROP_PATH);
}

/**
 * dm_topic_get_created:
 * @self: a #DmTopic
 *
 * Returns: (transfer none) (nullable): when the row was created, ISO 8601
 */
const char *
dm_topic_get_created (DmTopic *self)
{
  g_return_val_if_fail (DM_IS_TOPIC (self), NULL);

  return self->created;
}

/**
 * dm_topic_set_created:
 * @self: a #DmTopic
 * @created: (nullable): an ISO 8601 timestamp
 */
void
dm_topic_set_created (DmTopic    *self,
                      const char *created)
{
  g_return_if_fail (DM_IS_TOPIC (self));

  set_string_property (self, &self->created, created, PROP_CREATED);
}

/**
 * dm_topic_get_updated:
 * @self: a #DmTopic
 *
 * Returns: (transfer none) (nullable): when the row last changed, ISO 8601
 */
const char *
dm_topic_get_updated (DmTopic *self)
{
  g_return_val_if_fail (DM_IS_TOPIC (self), NULL);

  return self->updated;
}

/**
 * dm_topic_set_updated:
 * @self: a #DmTopic
 * @updated: (nullable): an ISO 8601 timestamp
 */
void
dm_topic_set_updated (DmTopic    *self,
                      const char *updated)
{
  g_return_if_fail (DM_IS_TOPIC (self));

  set_string_property (self, &self->updated, updated, PROP_UPDATED);
}
