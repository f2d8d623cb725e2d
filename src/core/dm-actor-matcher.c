/* dm-actor-matcher.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-actor-matcher"

#include "config.h"

#include "dm-actor-matcher.h"
#include "dm-actor-suggest.h"

/* What an actor picker filters and sorts its list by while the analyst
 * types: dm_actor_suggest_score() against the folded query. A filter asks
 * once per actor and a sorter twice per comparison, and folding every name
 * of several hundred actors that often would be felt between keystrokes,
 * so scores are kept until the query changes. Keys are UUIDs, not actor
 * pointers, so that an actor freed and another allocated at its address
 * cannot inherit its score. */

struct _DmActorMatcher
{
  GObject     parent_instance;

  char       *query;   /* folded, NULL when nothing is typed */
  GHashTable *scores;  /* uuid → score + 1 */
};

G_DEFINE_FINAL_TYPE (DmActorMatcher, dm_actor_matcher, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_QUERY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* GObject {{{ */

static void
dm_actor_matcher_finalize (GObject *object)
{
  DmActorMatcher *self = DM_ACTOR_MATCHER (object);

  g_clear_pointer (&self->query, g_free);
  g_clear_pointer (&self->scores, g_hash_table_unref);

  G_OBJECT_CLASS (dm_actor_matcher_parent_class)->finalize (object);
}

static void
dm_actor_matcher_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DmActorMatcher *self = DM_ACTOR_MATCHER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_actor_matcher_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DmActorMatcher *self = DM_ACTOR_MATCHER (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      dm_actor_matcher_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_actor_matcher_class_init (DmActorMatcherClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_actor_matcher_finalize;
  object_class->get_property = dm_actor_matcher_get_property;
  object_class->set_property = dm_actor_matcher_set_property;

  /**
   * DmActorMatcher:query:
   *
   * What was typed, folded with dm_actor_suggest_fold(); %NULL when it
   * folds to nothing (only spaces or punctuation).
   */
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_actor_matcher_init (DmActorMatcher *self)
{
  self->scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* }}} */

/* Public API {{{ */

DmActorMatcher *
dm_actor_matcher_new (void)
{
  return g_object_new (DM_TYPE_ACTOR_MATCHER, NULL);
}

/**
 * dm_actor_matcher_get_query:
 *
 * Returns: (nullable): the folded query, %NULL if there is none
 */
const char *
dm_actor_matcher_get_query (DmActorMatcher *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_MATCHER (self), NULL);

  return self->query;
}

/**
 * dm_actor_matcher_set_query:
 * @query: (nullable): what was typed, as typed
 *
 * Returns: %TRUE if the folded query changed, so that a filter and a
 *   sorter over it must run again
 */
gboolean
dm_actor_matcher_set_query (DmActorMatcher *self,
                            const char     *query)
{
  g_autofree char *folded = NULL;

  g_return_val_if_fail (DM_IS_ACTOR_MATCHER (self), FALSE);

  folded = dm_actor_suggest_fold (query);
  if (folded[0] == '\0')
    g_clear_pointer (&folded, g_free);

  if (g_strcmp0 (folded, self->query) == 0)
    return FALSE;

  g_free (self->query);
  self->query = g_steal_pointer (&folded);
  g_hash_table_remove_all (self->scores);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);

  return TRUE;
}

gboolean
dm_actor_matcher_is_empty (DmActorMatcher *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_MATCHER (self), TRUE);

  return self->query == NULL;
}

/**
 * dm_actor_matcher_score:
 *
 * Returns: dm_actor_suggest_score() of @actor for the query; 0 when there
 *   is no query
 */
guint
dm_actor_matcher_score (DmActorMatcher *self,
                        DmActor        *actor)
{
  const char *uuid;
  gpointer cached;
  guint score;

  g_return_val_if_fail (DM_IS_ACTOR_MATCHER (self), 0);
  g_return_val_if_fail (DM_IS_ACTOR (actor), 0);

  if (self->query == NULL)
    return 0;

  /* An actor not yet stored has no UUID to remember it by. */
  if ((uuid = dm_actor_get_uuid (actor)) == NULL)
    return dm_actor_suggest_score (actor, self->query);

  if (g_hash_table_lookup_extended (self->scores, uuid, NULL, &cached))
    return GPOINTER_TO_UINT (cached) - 1;

  score = dm_actor_suggest_score (actor, self->query);
  g_hash_table_insert (self->scores, g_strdup (uuid), GUINT_TO_POINTER (score + 1));

  return score;
}

/**
 * dm_actor_matcher_compare:
 *
 * Orders @a before @b when it matches the query better. Equal scores
 * compare equal, so that a stable sort keeps the list's own order (by
 * name) among them.
 *
 * Returns: a negative number, 0 or a positive number, as for qsort()
 */
int
dm_actor_matcher_compare (DmActorMatcher *self,
                          DmActor        *a,
                          DmActor        *b)
{
  guint score_a;
  guint score_b;

  g_return_val_if_fail (DM_IS_ACTOR_MATCHER (self), 0);

  score_a = dm_actor_matcher_score (self, a);
  score_b = dm_actor_matcher_score (self, b);

  return (score_a < score_b) - (score_a > score_b);
}

/* }}} */
