/* dm-pending-article.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-pending-article"

#include "config.h"

#include "dm-article.h"
#include "dm-pending-article.h"

/**
 * DmPendingArticle:
 *
 * What one file gave when it was read for import: a #DmArticle, or the
 * error that names the file and says why it cannot be imported (binary, not
 * UTF-8, empty, too large). The article is the one that will be saved, so
 * editing its metadata here edits what is imported. #DmPendingArticle:title
 * follows the article's title, so that a list row needs one lookup.
 */
struct _DmPendingArticle
{
  GObject    parent_instance;

  char      *name;
  GFile     *file;
  DmArticle *article;
  GError    *error;
};

G_DEFINE_FINAL_TYPE (DmPendingArticle, dm_pending_article, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_FILE,
  PROP_ARTICLE,
  PROP_ERROR_MESSAGE,
  PROP_TITLE,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Callbacks {{{ */

static void
article_title_changed_cb (DmPendingArticle *self,
                          GParamSpec       *pspec,
                          DmArticle        *article)
{
  g_assert (DM_IS_PENDING_ARTICLE (self));
  g_assert (DM_IS_ARTICLE (article));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

/* }}} */

/* GObject {{{ */

static void
dm_pending_article_dispose (GObject *object)
{
  DmPendingArticle *self = (DmPendingArticle *)object;

  g_clear_object (&self->article);
  g_clear_object (&self->file);

  G_OBJECT_CLASS (dm_pending_article_parent_class)->dispose (object);
}

static void
dm_pending_article_finalize (GObject *object)
{
  DmPendingArticle *self = (DmPendingArticle *)object;

  g_clear_pointer (&self->name, g_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (dm_pending_article_parent_class)->finalize (object);
}

static void
dm_pending_article_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DmPendingArticle *self = DM_PENDING_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, dm_pending_article_get_error_message (self));
      break;

    case PROP_TITLE:
      g_value_set_string (value, dm_pending_article_get_title (self));
      break;

    case PROP_VALID:
      g_value_set_boolean (value, dm_pending_article_get_valid (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_pending_article_class_init (DmPendingArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dm_pending_article_dispose;
  object_class->finalize = dm_pending_article_finalize;
  object_class->get_property = dm_pending_article_get_property;

  /**
   * DmPendingArticle:name:
   *
   * The file's name for display, or a label such as "Pasted text".
   */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmPendingArticle:file:
   *
   * The file read, or %NULL for pasted text.
   */
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmPendingArticle:article:
   *
   * The article to save, or %NULL if the file could not be read.
   */
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         DM_TYPE_ARTICLE,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmPendingArticle:error-message:
   *
   * Why the file cannot be imported, naming it; %NULL for an article.
   */
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmPendingArticle:title:
   *
   * The article's title as it is now, or the name when there is none.
   */
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DmPendingArticle:valid:
   *
   * Whether there is an article to import.
   */
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_pending_article_init (DmPendingArticle *self)
{
}

/* }}} */

/* Public API {{{ */

/**
 * dm_pending_article_new:
 * @name: the name to show for the file or text
 * @file: (nullable): the file read, or %NULL for pasted text
 * @article: (nullable): the article read from it
 * @error: (nullable): why no article could be read
 *
 * Exactly one of @article and @error is given.
 *
 * Returns: (transfer full): a new #DmPendingArticle
 */
DmPendingArticle *
dm_pending_article_new (const char   *name,
                        GFile        *file,
                        DmArticle    *article,
                        const GError *error)
{
  DmPendingArticle *self;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);
  g_return_val_if_fail (article == NULL || DM_IS_ARTICLE (article), NULL);
  g_return_val_if_fail ((article == NULL) != (error == NULL), NULL);

  self = g_object_new (DM_TYPE_PENDING_ARTICLE, NULL);
  self->name = g_strdup (name);
  g_set_object (&self->file, file);

  if (article != NULL)
    {
      self->article = g_object_ref (article);
      g_signal_connect_object (article, "notify::title",
                               G_CALLBACK (article_title_changed_cb),
                               self, G_CONNECT_SWAPPED);
    }
  else
    {
      self->error = g_error_copy (error);
    }

  return self;
}

const char *
dm_pending_article_get_name (DmPendingArticle *self)
{
  g_return_val_if_fail (DM_IS_PENDING_ARTICLE (self), NULL);

  return self->name;
}

/**
 * dm_pending_article_get_file:
 *
 * Returns: (transfer none) (nullable): the file read, or %NULL for pasted text
 */
GFile *
dm_pending_article_get_file (DmPendingArticle *self)
{
  g_return_val_if_fail (DM_IS_PENDING_ARTICLE (self), NULL);

  return self->file;
}

/**
 * dm_pending_article_get_article:
 *
 * Returns: (transfer none) (nullable): the article, to edit before saving
 */
DmArticle *
dm_pending_article_get_article (DmPendingArticle *self)
{
  g_return_val_if_fail (DM_IS_PENDING_ARTICLE (self), NULL);

  return self->article;
}

/**
 * dm_pending_article_get_error:
 *
 * Returns: (transfer none) (nullable): why the file cannot be imported
 */
const GError *
dm_pending_article_get_error (DmPendingArticle *self)
{
  g_return_val_if_fail (DM_IS_PENDING_ARTICLE (self), NULL);

  return self->error;
}

const char *
dm_pending_article_get_error_message (DmPendingArticle *self)
{
  g_return_val_if_fail (DM_IS_PENDING_ARTICLE (self), NULL);

  return self->error != NULL ? self->error->message : NULL;
}

const char *
dm_pending_article_get_title (DmPendingArticle *self)
{
  const char *title;

  g_return_val_if_fail (DM_IS_PENDING_ARTICLE (self), NULL);

  if (self->article != NULL &&
      (title = dm_article_get_title (self->article)) != NULL && title[0] != '\0')
    return title;

  return self->name;
}

gboolean
dm_pending_article_get_valid (DmPendingArticle *self)
{
  g_return_val_if_fail (DM_IS_PENDING_ARTICLE (self), FALSE);

  return self->article != NULL;
}

/* }}} */
