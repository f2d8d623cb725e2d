/* dm-export-scope.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-export-scope"

#include "config.h"

#include <string.h>

#include "dm-error.h"
#include "dm-export-scope.h"
#include "dm-store-private.h"

/**
 * DmExportScope:
 *
 * What part of a database an export covers (issue 6: "export everything
 * or a scope: some articles, a date range, some actors or topics, one
 * coder"). Every filter left unset means "everything"; the filters that
 * are set all apply (AND):
 *
 * - articles: only these articles;
 * - dates: articles published in the range, read the way the comparison
 *   reads it (partial dates overlap: "2023-02" is inside a range starting
 *   "2023-02-10"); undated articles are left out once a bound is set;
 * - actors: annotations in which at least one of these actors speaks (as
 *   coded: a person's statement is not rolled up to the state they
 *   represented); row-per-actor formats keep only these actors' rows;
 * - topics: annotations coded with one of these topics or any of their
 *   sub-topics;
 * - coder: annotations by this coder, compared exactly.
 *
 * With an annotation filter (actors, topics, coder) set, only the articles
 * that keep at least one annotation are exported; with article or date
 * filters alone, the chosen articles are exported even without annotations.
 *
 * A scope is a plain value: exporters read it and never keep it.
 */
struct _DmExportScope
{
  char **articles;
  char  *from;
  char  *to;
  char **actors;
  char **topics;
  char  *coder;
};

G_DEFINE_BOXED_TYPE (DmExportScope, dm_export_scope, dm_export_scope_copy, dm_export_scope_free)

static const char * const empty_strv[] = { NULL };

/* NULL and an empty list both mean "no filter"; store NULL for both so
 * that is_everything() has one thing to test. */
static char **
dup_list (const char * const *values)
{
  if (values == NULL || values[0] == NULL)
    return NULL;

  return g_strdupv ((char **) values);
}

static char *
dup_text (const char *value)
{
  return value != NULL && value[0] != '\0' ? g_strdup (value) : NULL;
}

static gboolean
date_in_range (const char *published,
               const char *from,
               const char *to)
{
  g_autofree char *published_wide = NULL;
  g_autofree char *to_wide = NULL;

  if (from == NULL && to == NULL)
    return TRUE;

  if (published == NULL)
    return FALSE;

  /* "~" sorts after every digit and "-": "2023-02~" is after every day of
   * February, so a partial date overlaps the range it shares a prefix
   * with. The same rule as the comparison's date filter (dm-store.c). */
  published_wide = g_strconcat (published, "~", NULL);
  if (from != NULL && strcmp (published_wide, from) < 0)
    return FALSE;

  to_wide = to != NULL ? g_strconcat (to, "~", NULL) : NULL;
  if (to_wide != NULL && strcmp (published, to_wide) > 0)
    return FALSE;

  return TRUE;
}

static gboolean
check_date (const char  *date,
            GError     **error)
{
  if (date != NULL && !_dm_date_is_valid (date))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "“%s” is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)", date);
      return FALSE;
    }

  return TRUE;
}

/* The wanted topics and every topic below them. */
static GHashTable *
expand_topics (const char * const *wanted,
               GPtrArray          *topics)
{
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                                          (GDestroyNotify) g_ptr_array_unref);
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();
  GHashTable *found = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < topics->len; i++)
    {
      DmTopic *topic = g_ptr_array_index (topics, i);
      const char *parent = dm_topic_get_parent_uuid (topic);
      GPtrArray *list;

      if (parent == NULL)
        continue;

      if (!(list = g_hash_table_lookup (children, parent)))
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (children, (gpointer) parent, list);
        }
      g_ptr_array_add (list, (gpointer) dm_topic_get_uuid (topic));
    }

  for (guint i = 0; wanted[i] != NULL; i++)
    g_ptr_array_add (queue, (gpointer) wanted[i]);

  /* The store refuses cycles; the found set would stop one all the same. */
  for (guint i = 0; i < queue->len; i++)
    {
      const char *uuid = g_ptr_array_index (queue, i);
      GPtrArray *list;

      if (!g_hash_table_add (found, (gpointer) uuid))
        continue;

      if ((list = g_hash_table_lookup (children, uuid)))
        for (guint j = 0; j < list->len; j++)
          g_ptr_array_add (queue, g_ptr_array_index (list, j));
    }

  return found;
}

static GHashTable *
strv_to_set (const char * const *values)
{
  GHashTable *set = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    g_hash_table_add (set, (gpointer) values[i]);

  return set;
}

static gboolean
speaks_any (DmAnnotation *annotation,
            GHashTable   *actors)
{
  const char * const *speakers = dm_annotation_get_actor_uuids (annotation);

  for (guint i = 0; speakers != NULL && speakers[i] != NULL; i++)
    if (g_hash_table_contains (actors, speakers[i]))
      return TRUE;

  return FALSE;
}

/**
 * dm_export_scope_new:
 *
 * Returns: (transfer full): a scope that covers everything
 */
DmExportScope *
dm_export_scope_new (void)
{
  return g_new0 (DmExportScope, 1);
}

/**
 * dm_export_scope_copy:
 * @self: a #DmExportScope
 *
 * Returns: (transfer full): a copy of @self
 */
DmExportScope *
dm_export_scope_copy (const DmExportScope *self)
{
  DmExportScope *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = dm_export_scope_new ();
  copy->articles = g_strdupv (self->articles);
  copy->from = g_strdup (self->from);
  copy->to = g_strdup (self->to);
  copy->actors = g_strdupv (self->actors);
  copy->topics = g_strdupv (self->topics);
  copy->coder = g_strdup (self->coder);

  return copy;
}

void
dm_export_scope_free (DmExportScope *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->articles, g_strfreev);
  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_pointer (&self->actors, g_strfreev);
  g_clear_pointer (&self->topics, g_strfreev);
  g_clear_pointer (&self->coder, g_free);
  g_free (self);
}

/**
 * dm_export_scope_get_articles:
 * @self: a #DmExportScope
 *
 * Returns: (transfer none) (array zero-terminated=1): the article uuids;
 *   empty for all articles
 */
const char * const *
dm_export_scope_get_articles (const DmExportScope *self)
{
  g_return_val_if_fail (self != NULL, empty_strv);

  return self->articles != NULL ? (const char * const *) self->articles : empty_strv;
}

/**
 * dm_export_scope_set_articles:
 * @self: a #DmExportScope
 * @article_uuids: (nullable) (array zero-terminated=1): the articles, or
 *   %NULL (or empty) for all
 */
void
dm_export_scope_set_articles (DmExportScope      *self,
                              const char * const *article_uuids)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->articles, g_strfreev);
  self->articles = dup_list (article_uuids);
}

const char *
dm_export_scope_get_from (const DmExportScope *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->from;
}

const char *
dm_export_scope_get_to (const DmExportScope *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->to;
}

/**
 * dm_export_scope_set_dates:
 * @self: a #DmExportScope
 * @from: (nullable): the first publication date ("2023", "2023-02" or
 *   "2023-02-24"), or %NULL for no lower bound
 * @to: (nullable): the last publication date, or %NULL for no upper bound
 *
 * The dates are checked by dm_export_scope_validate().
 */
void
dm_export_scope_set_dates (DmExportScope *self,
                           const char    *from,
                           const char    *to)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  self->from = dup_text (from);
  self->to = dup_text (to);
}

/**
 * dm_export_scope_get_actors:
 * @self: a #DmExportScope
 *
 * Returns: (transfer none) (array zero-terminated=1): the actor uuids;
 *   empty for all actors
 */
const char * const *
dm_export_scope_get_actors (const DmExportScope *self)
{
  g_return_val_if_fail (self != NULL, empty_strv);

  return self->actors != NULL ? (const char * const *) self->actors : empty_strv;
}

/**
 * dm_export_scope_set_actors:
 * @self: a #DmExportScope
 * @actor_uuids: (nullable) (array zero-terminated=1): the speakers to keep,
 *   or %NULL (or empty) for all
 */
void
dm_export_scope_set_actors (DmExportScope      *self,
                            const char * const *actor_uuids)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->actors, g_strfreev);
  self->actors = dup_list (actor_uuids);
}

/**
 * dm_export_scope_get_topics:
 * @self: a #DmExportScope
 *
 * Returns: (transfer none) (array zero-terminated=1): the topic uuids, as
 *   set (without their sub-topics); empty for all topics
 */
const char * const *
dm_export_scope_get_topics (const DmExportScope *self)
{
  g_return_val_if_fail (self != NULL, empty_strv);

  return self->topics != NULL ? (const char * const *) self->topics : empty_strv;
}

/**
 * dm_export_scope_set_topics:
 * @self: a #DmExportScope
 * @topic_uuids: (nullable) (array zero-terminated=1): the topics to keep,
 *   each with its sub-topics, or %NULL (or empty) for all
 */
void
dm_export_scope_set_topics (DmExportScope      *self,
                            const char * const *topic_uuids)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->topics, g_strfreev);
  self->topics = dup_list (topic_uuids);
}

const char *
dm_export_scope_get_coder (const DmExportScope *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->coder;
}

/**
 * dm_export_scope_set_coder:
 * @self: a #DmExportScope
 * @coder: (nullable): the one coder to keep, or %NULL for all
 */
void
dm_export_scope_set_coder (DmExportScope *self,
                           const char    *coder)
{
  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->coder, g_free);
  self->coder = dup_text (coder);
}

/**
 * dm_export_scope_is_everything:
 * @self: a #DmExportScope
 *
 * Returns: %TRUE when no filter is set
 */
gboolean
dm_export_scope_is_everything (const DmExportScope *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->articles == NULL && self->from == NULL && self->to == NULL &&
         self->actors == NULL && self->topics == NULL && self->coder == NULL;
}

/**
 * dm_export_scope_validate:
 * @self: a #DmExportScope
 * @store: the store the scope will be applied to
 * @error: return location for an error
 *
 * Checks the dates and that every article, actor and topic named exists,
 * so that a typing error is reported instead of exporting nothing.
 *
 * Returns: %TRUE if the scope can be applied to @store
 */
gboolean
dm_export_scope_validate (const DmExportScope  *self,
                          DmStore              *store,
                          GError              **error)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_date (self->from, error) || !check_date (self->to, error))
    return FALSE;

  /* Compare the widest reading of both bounds, like the comparison: "2023"
   * to "2023-06" is a range, "2023-07" to "2023-06" is not. */
  if (self->from != NULL && self->to != NULL &&
      strncmp (self->from, self->to, MIN (strlen (self->from), strlen (self->to))) > 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "the range %s to %s ends before it starts", self->from, self->to);
      return FALSE;
    }

  for (guint i = 0; self->articles != NULL && self->articles[i] != NULL; i++)
    {
      g_autoptr(DmArticle) article = dm_store_lookup_article_summary (store, self->articles[i], error);

      if (article == NULL)
        return FALSE;
    }

  for (guint i = 0; self->actors != NULL && self->actors[i] != NULL; i++)
    {
      g_autoptr(DmActor) actor = dm_store_lookup_actor (store, self->actors[i], error);

      if (actor == NULL)
        return FALSE;
    }

  for (guint i = 0; self->topics != NULL && self->topics[i] != NULL; i++)
    {
      g_autoptr(DmTopic) topic = dm_store_lookup_topic (store, self->topics[i], error);

      if (topic == NULL)
        return FALSE;
    }

  return TRUE;
}

/**
 * dm_export_scope_includes_actor:
 * @self: (nullable): a #DmExportScope, or %NULL for everything
 * @actor_uuid: an actor
 *
 * For formats with one row or node per actor: whether @actor_uuid's rows
 * belong to the export.
 *
 * Returns: %TRUE if no actor filter is set or @actor_uuid is in it
 */
gboolean
dm_export_scope_includes_actor (const DmExportScope *self,
                                const char          *actor_uuid)
{
  g_return_val_if_fail (actor_uuid != NULL, FALSE);

  return self == NULL || self->actors == NULL ||
         g_strv_contains ((const char * const *) self->actors, actor_uuid);
}

/**
 * dm_export_scope_select:
 * @self: (nullable): a #DmExportScope, or %NULL for everything
 * @store: the store to read
 * @articles: (out) (optional) (transfer full) (element-type DmArticle):
 *   the articles in scope, in store order (newest first), without bodies
 * @annotations: (out) (optional) (transfer full) (element-type DmAnnotation):
 *   the annotations in scope, in store order
 * @error: return location for an error
 *
 * Validates @self (see dm_export_scope_validate()) and applies it.
 *
 * Returns: %TRUE on success
 */
gboolean
dm_export_scope_select (const DmExportScope  *self,
                        DmStore              *store,
                        GPtrArray           **articles,
                        GPtrArray           **annotations,
                        GError              **error)
{
  g_autoptr(GPtrArray) all_articles = NULL;
  g_autoptr(GPtrArray) all_annotations = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GPtrArray) kept_articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) kept_annotations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) wanted_articles = NULL;
  g_autoptr(GHashTable) wanted_actors = NULL;
  g_autoptr(GHashTable) wanted_topics = NULL;
  g_autoptr(GHashTable) in_range = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) annotated = g_hash_table_new (g_str_hash, g_str_equal);
  gboolean by_annotation;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (self != NULL && !dm_export_scope_validate (self, store, error))
    return FALSE;

  if (!(all_articles = dm_store_dup_articles (store, error)) ||
      !(all_annotations = dm_store_dup_annotations (store, NULL, error)))
    return FALSE;

  if (self != NULL && self->topics != NULL)
    {
      if (!(topics = dm_store_dup_topics (store, error)))
        return FALSE;
      wanted_topics = expand_topics ((const char * const *) self->topics, topics);
    }

  if (self != NULL && self->articles != NULL)
    wanted_articles = strv_to_set ((const char * const *) self->articles);
  if (self != NULL && self->actors != NULL)
    wanted_actors = strv_to_set ((const char * const *) self->actors);

  by_annotation = self != NULL && (self->actors != NULL || self->topics != NULL || self->coder != NULL);

  for (guint i = 0; i < all_articles->len; i++)
    {
      DmArticle *article = g_ptr_array_index (all_articles, i);
      const char *uuid = dm_article_get_uuid (article);

      if (wanted_articles != NULL && !g_hash_table_contains (wanted_articles, uuid))
        continue;

      if (self != NULL && !date_in_range (dm_article_get_published (article), self->from, self->to))
        continue;

      g_hash_table_add (in_range, (gpointer) uuid);
    }

  for (guint i = 0; i < all_annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (all_annotations, i);
      const char *topic = dm_annotation_get_topic_uuid (annotation);

      if (!g_hash_table_contains (in_range, dm_annotation_get_article_uuid (annotation)))
        continue;

      if (wanted_actors != NULL && !speaks_any (annotation, wanted_actors))
        continue;

      if (wanted_topics != NULL && (topic == NULL || !g_hash_table_contains (wanted_topics, topic)))
        continue;

      if (self != NULL && self->coder != NULL && g_strcmp0 (dm_annotation_get_coder (annotation), self->coder) != 0)
        continue;

      g_hash_table_add (annotated, (gpointer) dm_annotation_get_article_uuid (annotation));
      g_ptr_array_add (kept_annotations, g_object_ref (annotation));
    }

  for (guint i = 0; i < all_articles->len; i++)
    {
      DmArticle *article = g_ptr_array_index (all_articles, i);
      const char *uuid = dm_article_get_uuid (article);

      if (!g_hash_table_contains (in_range, uuid))
        continue;

      if (by_annotation && !g_hash_table_contains (annotated, uuid))
        continue;

      g_ptr_array_add (kept_articles, g_object_ref (article));
    }

  if (articles != NULL)
    *articles = g_steal_pointer (&kept_articles);
  if (annotations != NULL)
    *annotations = g_steal_pointer (&kept_annotations);

  return TRUE;
}
