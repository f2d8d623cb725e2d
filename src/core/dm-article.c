/* dm-article.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-article"

#include "config.h"

#include <string.h>

#include "dm-article.h"

/**
 * DmArticle:
 *
 * One text — a news article, a press release, a readout, a speech — with
 * its metadata.
 *
 * The body is kept as a NUL-terminated UTF-8 string and every position in
 * it is counted in Unicode code points, which is what annotations store.
 * The length in code points is computed once, when the body is set.
 */
struct _DmArticle
{
  GObject  parent_instance;

  char    *uuid;
  char    *title;
  char    *source;
  char    *url;
  char    *published;
  char    *language;
  char    *body;
  char    *created;
  char    *updated;

  guint    length;
  guint    annotation_count;
};

G_DEFINE_FINAL_TYPE (DmArticle, dm_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_UUID,
  PROP_TITLE,
  PROP_SOURCE,
  PROP_URL,
  PROP_PUBLISHED,
  PROP_LANGUAGE,
  PROP_BODY,
  PROP_HAS_BODY,
  PROP_LENGTH,
  PROP_ANNOTATION_COUNT,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
set_string_property (DmArticle   *self,
                     char       **field,
                     const char  *value,
                     guint        prop_id)
{
  g_assert (DM_IS_ARTICLE (self));

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Optional metadata has one "unset" value, NULL, so that "" and NULL never
 * compare different in the store or in exports. */
static void
set_optional_string_property (DmArticle   *self,
                              char       **field,
                              const char  *value,
                              guint        prop_id)
{
  if (value != NULL && value[0] == '\0')
    value = NULL;

  set_string_property (self, field, value, prop_id);
}

static void
dm_article_finalize (GObject *object)
{
  DmArticle *self = (DmArticle *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->url, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->updated, g_free);

  G_OBJECT_CLASS (dm_article_parent_class)->finalize (object);
}

static void
dm_article_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DmArticle *self = DM_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_URL:
      g_value_set_string (value, self->url);
      break;

    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;

    case PROP_HAS_BODY:
      g_value_set_boolean (value, dm_article_has_body (self));
      break;

    case PROP_LENGTH:
      g_value_set_uint (value, self->length);
      break;

    case PROP_ANNOTATION_COUNT:
      g_value_set_uint (value, self->annotation_count);
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
dm_article_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  DmArticle *self = DM_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_UUID:
      dm_article_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_TITLE:
      dm_article_set_title (self, g_value_get_string (value));
      break;

    case PROP_SOURCE:
      dm_article_set_source (self, g_value_get_string (value));
      break;

    case PROP_URL:
      dm_article_set_url (self, g_value_get_string (value));
      break;

    case PROP_PUBLISHED:
      dm_article_set_published (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      dm_article_set_language (self, g_value_get_string (value));
      break;

    case PROP_BODY:
      dm_article_set_body (self, g_value_get_string (value));
      break;

    case PROP_ANNOTATION_COUNT:
      dm_article_set_annotation_count (self, g_value_get_uint (value));
      break;

    case PROP_CREATED:
      dm_article_set_created (self, g_value_get_string (value));
      break;

    case PROP_UPDATED:
      dm_article_set_updated (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_article_class_init (DmArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_article_finalize;
  object_class->get_property = dm_article_get_property;
  object_class->set_property = dm_article_set_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_URL] =
    g_param_spec_string ("url", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_BODY] =
    g_param_spec_boolean ("has-body", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LENGTH] =
    g_param_spec_uint ("length", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ANNOTATION_COUNT] =
    g_param_spec_uint ("annotation-count", NULL, NULL,
                       0, G_MAXUINT, 0,
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
dm_article_init (DmArticle *self)
{
}

/**
 * dm_article_new:
 *
 * Creates an empty article with a fresh random UUID.
 *
 * Returns: (transfer full): a new #DmArticle
 */
DmArticle *
dm_article_new (void)
{
  g_autofree char *uuid = g_uuid_string_random ();

  return g_object_new (DM_TYPE_ARTICLE,
                       "uuid", uuid,
                       NULL);
}

/**
 * dm_article_copy:
 * @self: a #DmArticle
 *
 * Copies every field of @self, the UUID and the body included.
 *
 * Returns: (transfer full): a new #DmArticle equal to @self
 */
DmArticle *
dm_article_copy (DmArticle *self)
{
  DmArticle *copy;

  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  copy = g_object_new (DM_TYPE_ARTICLE, NULL);
  copy->uuid = g_strdup (self->uuid);
  copy->title = g_strdup (self->title);
  copy->source = g_strdup (self->source);
  copy->url = g_strdup (self->url);
  copy->published = g_strdup (self->published);
  copy->language = g_strdup (self->language);
  copy->body = g_strdup (self->body);
  copy->length = self->length;
  copy->annotation_count = self->annotation_count;
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  return copy;
}

/**
 * dm_article_get_uuid:
 * @self: a #DmArticle
 *
 * Returns: (transfer none) (nullable): the article's stable identifier
 */
const char *
dm_article_get_uuid (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  return self->uuid;
}

/**
 * dm_article_set_uuid:
 * @self: a #DmArticle
 * @uuid: (nullable): the identifier
 */
void
dm_article_set_uuid (DmArticle  *self,
                     const char *uuid)
{
  g_return_if_fail (DM_IS_ARTICLE (self));

  set_string_property (self, &self->uuid, uuid, PROP_UUID);
}

/**
 * dm_article_get_title:
 * @self: a #DmArticle
 *
 * Returns: (transfer none) (nullable): the title, or %NULL if unknown
 */
const char *
dm_article_get_title (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  return self->title;
}

/**
 * dm_article_set_title:
 * @self: a #DmArticle
 * @title: (nullable): the title; "" is stored as %NULL
 */
void
dm_article_set_title (DmArticle  *self,
                      const char *title)
{
  g_return_if_fail (DM_IS_ARTICLE (self));

  set_optional_string_property (self, &self->title, title, PROP_TITLE);
}

/**
 * dm_article_get_source:
 * @self: a #DmArticle
 *
 * Returns: (transfer none) (nullable): the outlet or ministry, or %NULL
 */
const char *
dm_article_get_source (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  return self->source;
}

/**
 * dm_article_set_source:
 * @self: a #DmArticle
 * @source: (nullable): the outlet or ministry; "" is stored as %NULL
 */
void
dm_article_set_source (DmArticle  *self,
                       const char *source)
{
  g_return_if_fail (DM_IS_ARTICLE (self));

  set_optional_string_property (self, &self->source, source, PROP_SOURCE);
}

/**
 * dm_article_get_url:
 * @self: a #DmArticle
 *
 * Returns: (transfer none) (nullable): where the article was found, or %NULL
 */
const char *
dm_article_get_url (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  return self->url;
}

/**
 * dm_article_set_url:
 * @self: a #DmArticle
 * @url: (nullable): the address; "" is stored as %NULL
 */
void
dm_article_set_url (DmArticle  *self,
                    const char *url)
{
  g_return_if_fail (DM_IS_ARTICLE (self));

  set_optional_string_property (self, &self->url, url, PROP_URL);
}

/**
 * dm_article_get_published:
 * @self: a #DmArticle
 *
 * Returns: (transfer none) (nullable): the publication date as
 *   "YYYY-MM-DD", or %NULL if unknown
 */
const char *
dm_article_get_published (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  return self->published;
}

/**
 * dm_article_set_published:
 * @self: a #DmArticle
 * @published: (nullable): an ISO 8601 date; "" is stored as %NULL
 */
void
dm_article_set_published (DmArticle  *self,
                          const char *published)
{
  g_return_if_fail (DM_IS_ARTICLE (self));

  set_optional_string_property (self, &self->published, published, PROP_PUBLISHED);
}

/**
 * dm_article_get_language:
 * @self: a #DmArticle
 *
 * Returns: (transfer none) (nullable): a language tag such as "en", or %NULL
 */
const char *
dm_article_get_language (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  return self->language;
}

/**
 * dm_article_set_language:
 * @self: a #DmArticle
 * @language: (nullable): a language tag; "" is stored as %NULL
 */
void
dm_article_set_language (DmArticle  *self,
                         const char *language)
{
  g_return_if_fail (DM_IS_ARTICLE (self));

  set_optional_string_property (self, &self->language, language, PROP_LANGUAGE);
}

/**
 * dm_article_get_body:
 * @self: a #DmArticle
 *
 * Returns: (transfer none) (nullable): the text, or %NULL if it was not
 *   loaded (see dm_article_has_body())
 */
const char *
dm_article_get_body (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  return self->body;
}

/**
 * dm_article_set_body:
 * @self: a #DmArticle
 * @body: (nullable): valid UTF-8 text, or %NULL to drop the body
 *
 * Sets the text and updates #DmArticle:length to its length in code points.
 */
void
dm_article_set_body (DmArticle  *self,
                     const char *body)
{
  gboolean had_body;
  guint length;

  g_return_if_fail (DM_IS_ARTICLE (self));
  g_return_if_fail (body == NULL || g_utf8_validate (body, -1, NULL));

  if (g_strcmp0 (self->body, body) == 0)
    return;

  had_body = self->body != NULL;
  length = body != NULL ? (guint)g_utf8_strlen (body, -1) : 0;

  g_free (self->body);
  self->body = g_strdup (body);

  g_object_freeze_notify (G_OBJECT (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);

  if (had_body != (body != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_BODY]);

  if (self->length != length)
    {
      self->length = length;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LENGTH]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * dm_article_has_body:
 * @self: a #DmArticle
 *
 * Articles in lists are loaded without their text to stay cheap.
 *
 * Returns: %TRUE if the body of @self is loaded
 */
gboolean
dm_article_has_body (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), FALSE);

  return self->body != NULL;
}

/**
 * dm_article_get_length:
 * @self: a #DmArticle
 *
 * Returns: the length of the body in Unicode code points, 0 without a body
 */
guint
dm_article_get_length (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), 0);

  return self->length;
}

/**
 * dm_article_get_annotation_count:
 * @self: a #DmArticle
 *
 * Returns: how many annotations the store holds for @self
 */
guint
dm_article_get_annotation_count (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), 0);

  return self->annotation_count;
}

/**
 * dm_article_set_annotation_count:
 * @self: a #DmArticle
 * @count: the number of annotations
 */
void
dm_article_set_annotation_count (DmArticle *self,
                                 guint      count)
{
  g_return_if_fail (DM_IS_ARTICLE (self));

  if (self->annotation_count == count)
    return;

  self->annotation_count = count;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATION_COUNT]);
}

/**
 * dm_article_get_created:
 * @self: a #DmArticle
 *
 * Returns: (transfer none) (nullable): when the row was created, ISO 8601
 */
const char *
dm_article_get_created (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  return self->created;
}

/**
 * dm_article_set_created:
 * @self: a #DmArticle
 * @created: (nullable): an ISO 8601 timestamp
 */
void
dm_article_set_created (DmArticle  *self,
                        const char *created)
{
  g_return_if_fail (DM_IS_ARTICLE (self));

  set_string_property (self, &self->created, created, PROP_CREATED);
}

/**
 * dm_article_get_updated:
 * @self: a #DmArticle
 *
 * Returns: (transfer none) (nullable): when the row last changed, ISO 8601
 */
const char *
dm_article_get_updated (DmArticle *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  return self->updated;
}

/**
 * dm_article_set_updated:
 * @self: a #DmArticle
 * @updated: (nullable): an ISO 8601 timestamp
 */
void
dm_article_set_updated (DmArticle  *self,
                        const char *updated)
{
  g_return_if_fail (DM_IS_ARTICLE (self));

  set_string_property (self, &self->updated, updated, PROP_UPDATED);
}

/**
 * dm_article_dup_text_range:
 * @self: a #DmArticle
 * @start: first code point
 * @end: code point after the last one
 *
 * Returns: (transfer full) (nullable): the text between @start and @end, or
 *   %NULL if @self has no body or the range is not within it
 */
char *
dm_article_dup_text_range (DmArticle *self,
                           guint      start,
                           guint      end)
{
  const char *begin;
  const char *finish;

  g_return_val_if_fail (DM_IS_ARTICLE (self), NULL);

  if (self->body == NULL || start > end || end > self->length)
    return NULL;

  begin = g_utf8_offset_to_pointer (self->body, start);
  finish = g_utf8_offset_to_pointer (begin, end - start);

  return g_strndup (begin, finish - begin);
}

/**
 * dm_article_find_quote:
 * @self: a #DmArticle
 * @quote: (nullable): the exact text to look for
 * @from: the code point at which to start looking
 * @start: (out) (optional): where the quote starts, in code points
 * @end: (out) (optional): the code point after the quote
 *
 * Finds the first exact occurrence of @quote at or after @from. This is how
 * an annotation is re-anchored once its stored offsets no longer match.
 *
 * Returns: %TRUE if @quote was found; %FALSE if not, if @quote is empty or
 *   if @self has no body
 */
gboolean
dm_article_find_quote (DmArticle  *self,
                       const char *quote,
                       guint       from,
                       guint      *start,
                       guint      *end)
{
  const char *begin;
  const char *found;
  guint found_start;

  g_return_val_if_fail (DM_IS_ARTICLE (self), FALSE);

  if (self->body == NULL || quote == NULL || quote[0] == '\0' || from > self->length)
    return FALSE;

  /* A quote starting with a continuation byte could match in the middle of
   * a character and yield meaningless offsets. */
  if (!g_utf8_validate (quote, -1, NULL))
    return FALSE;

  begin = g_utf8_offset_to_pointer (self->body, from);
  found = strstr (begin, quote);

  if (found == NULL)
    return FALSE;

  found_start = from + (guint)g_utf8_strlen (begin, found - begin);

  if (start != NULL)
    *start = found_start;

  if (end != NULL)
    *end = found_start + (guint)g_utf8_strlen (quote, -1);

  return TRUE;
}
