/* dm-comparison-evidence.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-evidence"

#include "config.h"

#include "dm-comparison-private.h"
#include "dm-enum-types.h"
#include "dm-topic.h"

/**
 * DmComparisonEvidence:
 *
 * One quote a comparison rests on: an annotation with what a reader needs
 * beside it (the article's title, source and date) and what the window
 * needs to open it (the article uuid and the span).
 *
 * Evidence is read-only and made by #DmComparison when first asked for;
 * the same object is on both sides of a row when a joint statement counts
 * for both actors.
 */
struct _DmComparisonEvidence
{
  GObject            parent_instance;

  char              *annotation_uuid;
  char              *article_uuid;
  char              *article_title;
  char              *source;
  char              *published;
  char              *quote;
  char              *topic_uuid;
  char              *topic_path;
  char              *coder;
  char              *speakers;
  guint              start;
  guint              end;
  DmPolarity         polarity;
  DmAttributionMode  mode;
  gboolean           key_quote;
};

G_DEFINE_FINAL_TYPE (DmComparisonEvidence, dm_comparison_evidence, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ANNOTATION_UUID,
  PROP_ARTICLE_UUID,
  PROP_ARTICLE_TITLE,
  PROP_SOURCE,
  PROP_PUBLISHED,
  PROP_START,
  PROP_END,
  PROP_QUOTE,
  PROP_TOPIC_UUID,
  PROP_TOPIC_PATH,
  PROP_POLARITY,
  PROP_MODE,
  PROP_KEY_QUOTE,
  PROP_CODER,
  PROP_SPEAKERS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dm_comparison_evidence_finalize (GObject *object)
{
  DmComparisonEvidence *self = (DmComparisonEvidence *)object;

  g_clear_pointer (&self->annotation_uuid, g_free);
  g_clear_pointer (&self->article_uuid, g_free);
  g_clear_pointer (&self->article_title, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->published, g_free);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->topic_uuid, g_free);
  g_clear_pointer (&self->topic_path, g_free);
  g_clear_pointer (&self->coder, g_free);
  g_clear_pointer (&self->speakers, g_free);

  G_OBJECT_CLASS (dm_comparison_evidence_parent_class)->finalize (object);
}

static void
dm_comparison_evidence_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DmComparisonEvidence *self = DM_COMPARISON_EVIDENCE (object);

  switch (prop_id)
    {
    case PROP_ANNOTATION_UUID:
      g_value_set_string (value, self->annotation_uuid);
      break;

    case PROP_ARTICLE_UUID:
      g_value_set_string (value, self->article_uuid);
      break;

    case PROP_ARTICLE_TITLE:
      g_value_set_string (value, self->article_title);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_PUBLISHED:
      g_value_set_string (value, self->published);
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

    case PROP_TOPIC_UUID:
      g_value_set_string (value, self->topic_uuid);
      break;

    case PROP_TOPIC_PATH:
      g_value_set_string (value, self->topic_path);
      break;

    case PROP_POLARITY:
      g_value_set_enum (value, self->polarity);
      break;

    case PROP_MODE:
      g_value_set_enum (value, self->mode);
      break;

    case PROP_KEY_QUOTE:
      g_value_set_boolean (value, self->key_quote);
      break;

    case PROP_CODER:
      g_value_set_string (value, self->coder);
      break;

    case PROP_SPEAKERS:
      g_value_set_string (value, self->speakers);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_evidence_class_init (DmComparisonEvidenceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_comparison_evidence_finalize;
  object_class->get_property = dm_comparison_evidence_get_property;

  properties[PROP_ANNOTATION_UUID] =
    g_param_spec_string ("annotation-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ARTICLE_UUID] =
    g_param_spec_string ("article-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ARTICLE_TITLE] =
    g_param_spec_string ("article-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PUBLISHED] =
    g_param_spec_string ("published", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_START] =
    g_param_spec_uint ("start", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_END] =
    g_param_spec_uint ("end", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPIC_UUID] =
    g_param_spec_string ("topic-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonEvidence:topic-path:
   *
   * The topic as coded, which is deeper than the row's topic when the
   * comparison folds sub-topics into their parents.
   */
  properties[PROP_TOPIC_PATH] =
    g_param_spec_string ("topic-path", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_POLARITY] =
    g_param_spec_enum ("polarity", NULL, NULL,
                       DM_TYPE_POLARITY, DM_POLARITY_NONE,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_MODE] =
    g_param_spec_enum ("mode", NULL, NULL,
                       DM_TYPE_ATTRIBUTION_MODE, DM_ATTRIBUTION_UNSPECIFIED,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEY_QUOTE] =
    g_param_spec_boolean ("key-quote", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_CODER] =
    g_param_spec_string ("coder", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonEvidence:speakers:
   *
   * The names of all the annotation's speakers, in coded order, such as
   * "Josep Borrell" for a statement rolled up to the European Union or
   * "Belarus, China" for a joint one.
   */
  properties[PROP_SPEAKERS] =
    g_param_spec_string ("speakers", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_comparison_evidence_init (DmComparisonEvidence *self)
{
}

/* Copies what it needs: evidence objects outlive the set they came from. */
DmComparisonEvidence *
_dm_comparison_evidence_new (const DmEvidenceItem    *item,
                             const DmEvidenceArticle *article,
                             DmTopic                 *topic)
{
  DmComparisonEvidence *self;

  g_assert (item != NULL);
  g_assert (article != NULL);
  g_assert (DM_IS_TOPIC (topic));

  self = g_object_new (DM_TYPE_COMPARISON_EVIDENCE, NULL);
  self->annotation_uuid = g_strdup (item->annotation_uuid);
  self->article_uuid = g_strdup (article->uuid);
  self->article_title = g_strdup (article->title);
  self->source = g_strdup (article->source);
  self->published = g_strdup (article->published);
  self->quote = g_strdup (item->quote);
  self->topic_uuid = g_strdup (dm_topic_get_uuid (topic));
  self->topic_path = g_strdup (dm_topic_get_path (topic) != NULL ? dm_topic_get_path (topic) : dm_topic_get_name (topic));
  self->coder = g_strdup (item->coder);
  self->speakers = g_strdup (item->speakers);
  self->start = item->start;
  self->end = item->end;
  self->polarity = item->polarity;
  self->mode = item->mode;
  self->key_quote = item->key_quote;

  return self;
}

const char *
dm_comparison_evidence_get_annotation_uuid (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->annotation_uuid;
}

const char *
dm_comparison_evidence_get_article_uuid (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->article_uuid;
}

/**
 * dm_comparison_evidence_get_article_title:
 * @self: a #DmComparisonEvidence
 *
 * Returns: (nullable): the article's title, %NULL if it has none
 */
const char *
dm_comparison_evidence_get_article_title (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->article_title;
}

/**
 * dm_comparison_evidence_get_source:
 * @self: a #DmComparisonEvidence
 *
 * Returns: (nullable): the article's source, %NULL if unknown
 */
const char *
dm_comparison_evidence_get_source (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->source;
}

/**
 * dm_comparison_evidence_get_published:
 * @self: a #DmComparisonEvidence
 *
 * Returns: (nullable): the article's publication date, %NULL if undated
 */
const char *
dm_comparison_evidence_get_published (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->published;
}

/**
 * dm_comparison_evidence_get_start:
 * @self: a #DmComparisonEvidence
 *
 * Returns: the first code point of the span in the article body
 */
guint
dm_comparison_evidence_get_start (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), 0);

  return self->start;
}

/**
 * dm_comparison_evidence_get_end:
 * @self: a #DmComparisonEvidence
 *
 * Returns: the code point after the span
 */
guint
dm_comparison_evidence_get_end (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), 0);

  return self->end;
}

const char *
dm_comparison_evidence_get_quote (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->quote;
}

const char *
dm_comparison_evidence_get_topic_uuid (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->topic_uuid;
}

const char *
dm_comparison_evidence_get_topic_path (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->topic_path;
}

DmPolarity
dm_comparison_evidence_get_polarity (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), DM_POLARITY_NONE);

  return self->polarity;
}

DmAttributionMode
dm_comparison_evidence_get_mode (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), DM_ATTRIBUTION_UNSPECIFIED);

  return self->mode;
}

gboolean
dm_comparison_evidence_get_key_quote (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), FALSE);

  return self->key_quote;
}

/**
 * dm_comparison_evidence_get_coder:
 * @self: a #DmComparisonEvidence
 *
 * Returns: (nullable): who coded the annotation
 */
const char *
dm_comparison_evidence_get_coder (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->coder;
}

/**
 * dm_comparison_evidence_get_speakers:
 * @self: a #DmComparisonEvidence
 *
 * Returns: (nullable): the speakers' names, joined with ", "
 */
const char *
dm_comparison_evidence_get_speakers (DmComparisonEvidence *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_EVIDENCE (self), NULL);

  return self->speakers;
}
