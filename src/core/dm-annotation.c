/* dm-annotation.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-annotation"

#include "config.h"

#include "dm-annotation.h"
#include "dm-enum-types.h"

/**
 * DmAnnotation:
 *
 * One highlighted span of an article, coded with who (one or more actors:
 * a joint statement is one span), about what (a topic) and which stance
 * (polarity, act, target actors, how it was made, provenance).
 *
 * #DmAnnotation:start and #DmAnnotation:end are code-point offsets into the
 * article body, end exclusive. The quote with a little prefix and suffix is
 * kept beside them so that the span can be found again with
 * dm_article_find_quote() after the text is corrected.
 */
struct _DmAnnotation
{
  GObject            parent_instance;

  char              *uuid;
  char              *article_uuid;
  char              *quote;
  char              *prefix;
  char              *suffix;
  char             **actor_uuids;
  char             **target_uuids;
  char              *topic_uuid;
  char              *act_code;
  char              *provenance;
  char              *note;
  char              *coder;
  char              *created;
  char              *updated;

  guint              start;
  guint              end;
  DmPolarity         polarity;
  DmAttributionMode  mode;
  guint              key_quote : 1;
  guint              orphan : 1;
};

G_DEFINE_FINAL_TYPE (DmAnnotation, dm_annotation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_ARTICLE_UUID,
  PROP_START,
  PROP_END,
  PROP_QUOTE,
  PROP_PREFIX,
  PROP_SUFFIX,
  PROP_ACTOR_UUIDS,
  PROP_TARGET_UUIDS,
  PROP_TOPIC_UUID,
  PROP_POLARITY,
  PROP_ACT_CODE,
  PROP_MODE,
  PROP_PROVENANCE,
  PROP_NOTE,
  PROP_KEY_QUOTE,
  PROP_ORPHAN,
  PROP_CODER,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

static void
set_string_property (DmAnnotation  *self,
                     char         **field,
                     const char    *value,
                     guint          prop_id)
{
  g_assert (DM_IS_ANNOTATION (self));

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* An empty vector is stored as NULL and read back as empty_strv, so that
 * NULL and { NULL } are the same value and never notify. */
static void
set_strv_property (DmAnnotation         *self,
                   char               ***field,
                   const char * const   *value,
                   guint                 prop_id)
{
  g_assert (DM_IS_ANNOTATION (self));

  if (value == NULL)
    value = empty_strv;

  if (g_strv_equal (*field != NULL ? (const char * const *)*field : empty_strv, value))
    return;

  g_clear_pointer (field, g_strfreev);

  if (value[0] != NULL)
    *field = g_strdupv ((char **)value);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Keeps start <= end whatever order the two are set in through properties:
 * moving one bound past the other drags the other along. */
static void
set_bounds (DmAnnotation *self,
            guint         start,
            guint         end)
{
  g_assert (DM_IS_ANNOTATION (self));
  g_assert (start <= end);

  g_object_freeze_notify (G_OBJECT (self));

  if (self->start != start)
    {
      self->start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
    }

  if (self->end != end)
    {
      self->end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static void
dm_annotation_finalize (GObject *object)
{
  DmAnnotation *self = (DmAnnotation *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->article_uuid, g_free);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->prefix, g_free);
  g_clear_pointer (&self->suffix, g_free);
  g_clear_pointer (&self->actor_uuids, g_strfreev);
  g_clear_pointer (&self->target_uuids, g_strfreev);
  g_clear_pointer (&self->topic_uuid, g_free);
  g_clear_pointer (&self->act_code, g_free);
  g_clear_pointer (&self->provenance, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->coder, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->updated, g_free);

  G_OBJECT_CLASS (dm_annotation_parent_class)->finalize (object);
}

static void
dm_annotation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DmAnnotation *self = DM_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_ARTICLE_UUID:
      g_value_set_string (value, self->article_uuid);
      break;

    case PROP_START:
      g_value_set_uint (value, self->start);
      break;

    case PROP_END:
      g_value_set_uint (value, self->end);
      break;

    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;

    case PROP_PREFIX:
      g_value_set_string (value, self->prefix);
      break;

    case PROP_SUFFIX:
      g_value_set_string (value, self->suffix);
      break;

    case PROP_ACTOR_UUIDS:
      g_value_set_boxed (value, dm_annotation_get_actor_uuids (self));
      break;

    case PROP_TARGET_UUIDS:
      g_value_set_boxed (value, dm_annotation_get_target_uuids (self));
      break;

    case PROP_TOPIC_UUID:
      g_value_set_string (value, self->topic_uuid);
      break;

    case PROP_POLARITY:
      g_value_set_enum (value, self->polarity);
      break;

    case PROP_ACT_CODE:
      g_value_set_string (value, self->act_code);
      break;

    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    case PROP_PROVENANCE:
      g_value_set_string (value, self->provenance);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_KEY_QUOTE:
      g_value_set_boolean (value, self->key_quote);
      break;

    case PROP_ORPHAN:
      g_value_set_boolean (value, self->orphan);
      break;

    case PROP_CODER:
      g_value_set_string (value, self->coder);
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
dm_annotation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DmAnnotation *self = DM_ANNOTATION (object);

  switch (prop_id)
    {
    case PROP_UUID:
      dm_annotation_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_ARTICLE_UUID:
      dm_annotation_set_article_uuid (self, g_value_get_string (value));
      break;

    case PROP_START:
      {
        guint start = g_value_get_uint (value);

        set_bounds (self, start, MAX (start, self->end));
      }
      break;

    case PROP_END:
      {
        guint end = g_value_get_uint (value);

        set_bounds (self, MIN (self->start, end), end);
      }
      break;

    case PROP_QUOTE:
      dm_annotation_set_quote (self, g_value_get_string (value));
      break;

    case PROP_PREFIX:
      dm_annotation_set_prefix (self, g_value_get_string (value));
      break;

    case PROP_SUFFIX:
      dm_annotation_set_suffix (self, g_value_get_string (value));
      break;

    case PROP_ACTOR_UUIDS:
      dm_annotation_set_actor_uuids (self, g_value_get_boxed (value));
      break;

    case PROP_TARGET_UUIDS:
      dm_annotation_set_target_uuids (self, g_value_get_boxed (value));
      break;

    case PROP_TOPIC_UUID:
      dm_annotation_set_topic_uuid (self, g_value_get_string (value));
      break;

    case PROP_POLARITY:
      dm_annotation_set_polarity (self, g_value_get_enum (value));
      break;

    case PROP_ACT_CODE:
      dm_annotation_set_act_code (self, g_value_get_string (value));
      break;

    case PROP_MODE:
      dm_annotation_set_mode (self, g_value_get_enum (value));
      break;

    case PROP_PROVENANCE:
      dm_annotation_set_provenance (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      dm_annotation_set_note (self, g_value_get_string (value));
      break;

    case PROP_KEY_QUOTE:
      dm_annotation_set_key_quote (self, g_value_get_boolean (value));
      break;

    case PROP_ORPHAN:
      dm_annotation_set_orphan (self, g_value_get_boolean (value));
      break;

    case PROP_CODER:
      dm_annotation_set_coder (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      dm_annotation_set_created (self, g_value_get_string (value));
      break;

    case PROP_UPDATED:
      dm_annotation_set_updated (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_annotation_class_init (DmAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_annotation_finalize;
  object_class->get_property = dm_annotation_get_property;
  object_class->set_property = dm_annotation_set_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ARTICLE_UUID] =
    g_param_spec_string ("article-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotation:start:
   *
   * The first code point of the span. Setting it past #DmAnnotation:end
   * moves the end along; use dm_annotation_set_span() to set both.
   */
  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotation:end:
   *
   * The code point after the span. Setting it before #DmAnnotation:start
   * moves the start along; use dm_annotation_set_span() to set both.
   */
  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PREFIX] =
    g_param_spec_string ("prefix", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SUFFIX] =
    g_param_spec_string ("suffix", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTOR_UUIDS] =
    g_param_spec_boxed ("actor-uuids", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET_UUIDS] =
    g_param_spec_boxed ("target-uuids", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPIC_UUID] =
    g_param_spec_string ("topic-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POLARITY] =
    g_param_spec_enum ("polarity", NULL, NULL,
                       DM_TYPE_POLARITY,
                       DM_POLARITY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACT_CODE] =
    g_param_spec_string ("act-code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       DM_TYPE_ATTRIBUTION_MODE,
                       DM_ATTRIBUTION_UNSPECIFIED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROVENANCE] =
    g_param_spec_string ("provenance", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEY_QUOTE] =
    g_param_spec_boolean ("key-quote", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotation:orphan:
   *
   * Set when the article text changed and the quote could not be found
   * again with confidence (see dm_store_update_article_text()). The span
   * then only says roughly where the quote was, #DmAnnotation:quote keeps
   * the text as it was coded, and the analyst places it by hand.
   */
  properties[PROP_ORPHAN] =
    g_param_spec_boolean ("orphan", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CODER] =
    g_param_spec_string ("coder", NULL, NULL,
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
dm_annotation_init (DmAnnotation *self)
{
  self->polarity = DM_POLARITY_NONE;
  self->mode = DM_ATTRIBUTION_UNSPECIFIED;
}

/**
 * dm_annotation_new:
 * @article_uuid: the article the span is in
 * @start: the first code point of the span
 * @end: the code point after the span, not less than @start
 *
 * Creates an annotation with a fresh random UUID.
 *
 * Returns: (transfer full): a new #DmAnnotation
 */
DmAnnotation *
dm_annotation_new (const char *article_uuid,
                   guint       start,
                   guint       end)
{
  g_autofree char *uuid = NULL;
  DmAnnotation *self;

  g_return_val_if_fail (article_uuid != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  uuid = g_uuid_string_random ();

  self = g_object_new (DM_TYPE_ANNOTATION,
                       "uuid", uuid,
                       "article-uuid", article_uuid,
                       NULL);
  set_bounds (self, start, end);

  return self;
}

/**
 * dm_annotation_copy:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer full): a new #DmAnnotation with every field of @self,
 *   the UUID included
 */
DmAnnotation *
dm_annotation_copy (DmAnnotation *self)
{
  DmAnnotation *copy;

  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  copy = g_object_new (DM_TYPE_ANNOTATION, NULL);
  copy->uuid = g_strdup (self->uuid);
  copy->article_uuid = g_strdup (self->article_uuid);
  copy->start = self->start;
  copy->end = self->end;
  copy->quote = g_strdup (self->quote);
  copy->prefix = g_strdup (self->prefix);
  copy->suffix = g_strdup (self->suffix);
  copy->actor_uuids = g_strdupv (self->actor_uuids);
  copy->target_uuids = g_strdupv (self->target_uuids);
  copy->topic_uuid = g_strdup (self->topic_uuid);
  copy->polarity = self->polarity;
  copy->act_code = g_strdup (self->act_code);
  copy->mode = self->mode;
  copy->provenance = g_strdup (self->provenance);
  copy->note = g_strdup (self->note);
  copy->key_quote = self->key_quote;
  copy->orphan = self->orphan;
  copy->coder = g_strdup (self->coder);
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  return copy;
}

/**
 * dm_annotation_get_uuid:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): the annotation's stable identifier
 */
const char *
dm_annotation_get_uuid (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->uuid;
}

/**
 * dm_annotation_set_uuid:
 * @self: a #DmAnnotation
 * @uuid: (nullable): the identifier
 */
void
dm_annotation_set_uuid (DmAnnotation *self,
                        const char   *uuid)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->uuid, uuid, PROP_UUID);
}

/**
 * dm_annotation_get_article_uuid:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): the article the span is in
 */
const char *
dm_annotation_get_article_uuid (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->article_uuid;
}

/**
 * dm_annotation_set_article_uuid:
 * @self: a #DmAnnotation
 * @article_uuid: (nullable): the article the span is in
 */
void
dm_annotation_set_article_uuid (DmAnnotation *self,
                                const char   *article_uuid)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->article_uuid, article_uuid, PROP_ARTICLE_UUID);
}

/**
 * dm_annotation_get_start:
 * @self: a #DmAnnotation
 *
 * Returns: the first code point of the span
 */
guint
dm_annotation_get_start (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), 0);

  return self->start;
}

/**
 * dm_annotation_get_end:
 * @self: a #DmAnnotation
 *
 * Returns: the code point after the span
 */
guint
dm_annotation_get_end (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), 0);

  return self->end;
}

/**
 * dm_annotation_set_span:
 * @self: a #DmAnnotation
 * @start: the first code point
 * @end: the code point after the span, not less than @start
 *
 * Moves the span; #DmAnnotation:start and #DmAnnotation:end are notified
 * together, each only if it changed.
 */
void
dm_annotation_set_span (DmAnnotation *self,
                        guint         start,
                        guint         end)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));
  g_return_if_fail (start <= end);

  set_bounds (self, start, end);
}

/**
 * dm_annotation_get_quote:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): the exact text of the span
 */
const char *
dm_annotation_get_quote (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->quote;
}

/**
 * dm_annotation_set_quote:
 * @self: a #DmAnnotation
 * @quote: (nullable): the exact text of the span
 */
void
dm_annotation_set_quote (DmAnnotation *self,
                         const char   *quote)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->quote, quote, PROP_QUOTE);
}

/**
 * dm_annotation_get_prefix:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): a little of the text just before the
 *   span, to re-anchor it
 */
const char *
dm_annotation_get_prefix (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->prefix;
}

/**
 * dm_annotation_set_prefix:
 * @self: a #DmAnnotation
 * @prefix: (nullable): the text just before the span
 */
void
dm_annotation_set_prefix (DmAnnotation *self,
                          const char   *prefix)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->prefix, prefix, PROP_PREFIX);
}

/**
 * dm_annotation_get_suffix:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): a little of the text just after the
 *   span, to re-anchor it
 */
const char *
dm_annotation_get_suffix (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->suffix;
}

/**
 * dm_annotation_set_suffix:
 * @self: a #DmAnnotation
 * @suffix: (nullable): the text just after the span
 */
void
dm_annotation_set_suffix (DmAnnotation *self,
                          const char   *suffix)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->suffix, suffix, PROP_SUFFIX);
}

/**
 * dm_annotation_get_actor_uuids:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (array zero-terminated=1): the actors holding
 *   the stance; empty, never %NULL, if none is coded yet
 */
const char * const *
dm_annotation_get_actor_uuids (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), empty_strv);

  return self->actor_uuids != NULL ? (const char * const *)self->actor_uuids : empty_strv;
}

/**
 * dm_annotation_set_actor_uuids:
 * @self: a #DmAnnotation
 * @actor_uuids: (nullable) (array zero-terminated=1): the actors
 */
void
dm_annotation_set_actor_uuids (DmAnnotation       *self,
                               const char * const *actor_uuids)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_strv_property (self, &self->actor_uuids, actor_uuids, PROP_ACTOR_UUIDS);
}

/**
 * dm_annotation_get_target_uuids:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (array zero-terminated=1): the actors the stance
 *   is directed at ("blames NATO"); empty, never %NULL, if there are none
 */
const char * const *
dm_annotation_get_target_uuids (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), empty_strv);

  return self->target_uuids != NULL ? (const char * const *)self->target_uuids : empty_strv;
}

/**
 * dm_annotation_set_target_uuids:
 * @self: a #DmAnnotation
 * @target_uuids: (nullable) (array zero-terminated=1): the target actors
 */
void
dm_annotation_set_target_uuids (DmAnnotation       *self,
                                const char * const *target_uuids)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_strv_property (self, &self->target_uuids, target_uuids, PROP_TARGET_UUIDS);
}

/**
 * dm_annotation_get_topic_uuid:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): the topic of the stance, or %NULL
 */
const char *
dm_annotation_get_topic_uuid (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->topic_uuid;
}

/**
 * dm_annotation_set_topic_uuid:
 * @self: a #DmAnnotation
 * @topic_uuid: (nullable): the topic
 */
void
dm_annotation_set_topic_uuid (DmAnnotation *self,
                              const char   *topic_uuid)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->topic_uuid, topic_uuid, PROP_TOPIC_UUID);
}

/**
 * dm_annotation_get_polarity:
 * @self: a #DmAnnotation
 *
 * Returns: the direction of the stance
 */
DmPolarity
dm_annotation_get_polarity (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), DM_POLARITY_NONE);

  return self->polarity;
}

/**
 * dm_annotation_set_polarity:
 * @self: a #DmAnnotation
 * @polarity: a #DmPolarity
 */
void
dm_annotation_set_polarity (DmAnnotation *self,
                            DmPolarity    polarity)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));
  g_return_if_fail ((guint)polarity <= DM_POLARITY_MIXED);

  if (self->polarity == polarity)
    return;

  self->polarity = polarity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLARITY]);
}

/**
 * dm_annotation_get_act_code:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): the CAMEO root code of the act,
 *   "01" to "20", or %NULL
 */
const char *
dm_annotation_get_act_code (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->act_code;
}

/**
 * dm_annotation_set_act_code:
 * @self: a #DmAnnotation
 * @act_code: (nullable): a CAMEO root code
 */
void
dm_annotation_set_act_code (DmAnnotation *self,
                            const char   *act_code)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->act_code, act_code, PROP_ACT_CODE);
}

/**
 * dm_annotation_get_mode:
 * @self: a #DmAnnotation
 *
 * Returns: how the position reached the text
 */
DmAttributionMode
dm_annotation_get_mode (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), DM_ATTRIBUTION_UNSPECIFIED);

  return self->mode;
}

/**
 * dm_annotation_set_mode:
 * @self: a #DmAnnotation
 * @mode: a #DmAttributionMode
 */
void
dm_annotation_set_mode (DmAnnotation      *self,
                        DmAttributionMode  mode)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));
  g_return_if_fail ((guint)mode <= DM_ATTRIBUTION_SPOKESPERSON);

  if (self->mode == mode)
    return;

  self->mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODE]);
}

/**
 * dm_annotation_get_provenance:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): where the statement came from
 *   ("according to Belta"), or %NULL
 */
const char *
dm_annotation_get_provenance (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->provenance;
}

/**
 * dm_annotation_set_provenance:
 * @self: a #DmAnnotation
 * @provenance: (nullable): where the statement came from
 */
void
dm_annotation_set_provenance (DmAnnotation *self,
                              const char   *provenance)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->provenance, provenance, PROP_PROVENANCE);
}

/**
 * dm_annotation_get_note:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): the coder's note, or %NULL
 */
const char *
dm_annotation_get_note (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->note;
}

/**
 * dm_annotation_set_note:
 * @self: a #DmAnnotation
 * @note: (nullable): a note
 */
void
dm_annotation_set_note (DmAnnotation *self,
                        const char   *note)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->note, note, PROP_NOTE);
}

/**
 * dm_annotation_get_key_quote:
 * @self: a #DmAnnotation
 *
 * Returns: %TRUE if the coder marked the span as a key quote for reports
 */
gboolean
dm_annotation_get_key_quote (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), FALSE);

  return self->key_quote;
}

/**
 * dm_annotation_set_key_quote:
 * @self: a #DmAnnotation
 * @key_quote: whether the span is a key quote
 */
void
dm_annotation_set_key_quote (DmAnnotation *self,
                             gboolean      key_quote)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  key_quote = !!key_quote;

  if (self->key_quote == (guint)key_quote)
    return;

  self->key_quote = key_quote;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY_QUOTE]);
}

/**
 * dm_annotation_get_orphan:
 * @self: a #DmAnnotation
 *
 * Returns: %TRUE if the quote was lost when the article text changed and
 *   the span awaits placing by hand
 */
gboolean
dm_annotation_get_orphan (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), FALSE);

  return self->orphan;
}

/**
 * dm_annotation_set_orphan:
 * @self: a #DmAnnotation
 * @orphan: whether the span could not be re-anchored
 */
void
dm_annotation_set_orphan (DmAnnotation *self,
                          gboolean      orphan)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  orphan = !!orphan;

  if (self->orphan == (guint)orphan)
    return;

  self->orphan = orphan;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORPHAN]);
}

/**
 * dm_annotation_get_coder:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): who coded the span, or %NULL
 */
const char *
dm_annotation_get_coder (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->coder;
}

/**
 * dm_annotation_set_coder:
 * @self: a #DmAnnotation
 * @coder: (nullable): the coder's name
 */
void
dm_annotation_set_coder (DmAnnotation *self,
                         const char   *coder)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->coder, coder, PROP_CODER);
}

/**
 * dm_annotation_get_created:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): when the row was created, ISO 8601
 */
const char *
dm_annotation_get_created (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->created;
}

/**
 * dm_annotation_set_created:
 * @self: a #DmAnnotation
 * @created: (nullable): an ISO 8601 timestamp
 */
void
dm_annotation_set_created (DmAnnotation *self,
                           const char   *created)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->created, created, PROP_CREATED);
}

/**
 * dm_annotation_get_updated:
 * @self: a #DmAnnotation
 *
 * Returns: (transfer none) (nullable): when the row last changed, ISO 8601
 */
const char *
dm_annotation_get_updated (DmAnnotation *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION (self), NULL);

  return self->updated;
}

/**
 * dm_annotation_set_updated:
 * @self: a #DmAnnotation
 * @updated: (nullable): an ISO 8601 timestamp
 */
void
dm_annotation_set_updated (DmAnnotation *self,
                           const char   *updated)
{
  g_return_if_fail (DM_IS_ANNOTATION (self));

  set_string_property (self, &self->updated, updated, PROP_UPDATED);
}
