/* dm-codebook-edit.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-codebook-edit"

#include "config.h"

#include "dm-codebook-edit.h"
#include "dm-error.h"
#include "dm-store-private.h"

/* Merging codebook entries (issue 4).
 *
 * Two coders, or one coder on two days, create "Beijing" and "China", or
 * "Ukraine: ceasefire" twice. A merge rewrites every row that points at the
 * source so that it points at the target, then deletes the source. It goes
 * through the store's row writers inside one transaction, so the undo
 * journal records every row before and after and one Ctrl+Z restores the
 * source with all its annotations, roles and sub-topics. Rows are written
 * with a fresh `updated` stamp: their content changed, and an annotated
 * set merged elsewhere must see them as newer. */

/* Helpers {{{ */

static gboolean
strv_contains_nocase (GPtrArray  *names,
                      const char *name)
{
  g_autofree char *folded = g_utf8_casefold (name, -1);

  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *other = g_utf8_casefold (g_ptr_array_index (names, i), -1);

      if (g_str_equal (folded, other))
        return TRUE;
    }

  return FALSE;
}

/* Appends @name to @names unless empty, equal to @except or already there,
 * comparing without case. */
static gboolean
add_name (GPtrArray  *names,
          const char *name,
          const char *except)
{
  g_autofree char *trimmed = NULL;

  if (name == NULL)
    return FALSE;

  trimmed = g_strstrip (g_strdup (name));
  if (trimmed[0] == '\0' || strv_contains_nocase (names, trimmed))
    return FALSE;

  if (except != NULL)
    {
      g_autofree char *a = g_utf8_casefold (trimmed, -1);
      g_autofree char *b = g_utf8_casefold (except, -1);

      if (g_str_equal (a, b))
        return FALSE;
    }

  g_ptr_array_add (names, g_steal_pointer (&trimmed));
  return TRUE;
}

static GPtrArray *
names_new (const char * const *names)
{
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    add_name (array, names[i], NULL);

  return array;
}

static void
names_terminate (GPtrArray *names)
{
  g_ptr_array_add (names, NULL);
}

static gboolean
strv_has (const char * const *strv,
          const char         *value)
{
  return strv != NULL && g_strv_contains (strv, value);
}

/* A copy of @uuids with @source replaced by @target, keeping the first
 * place either held and dropping the second: a joint statement by
 * "Beijing" and "China" becomes one by China. NULL if @source is absent. */
static char **
replace_uuid (const char * const *uuids,
              const char         *source,
              const char         *target)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  gboolean target_added = FALSE;

  if (!strv_has (uuids, source))
    return NULL;

  builder = g_strv_builder_new ();

  for (guint i = 0; uuids[i] != NULL; i++)
    {
      const char *uuid = g_str_equal (uuids[i], source) ? target : uuids[i];

      if (g_str_equal (uuid, target))
        {
          if (target_added)
            continue;
          target_added = TRUE;
        }

      g_strv_builder_add (builder, uuid);
    }

  return g_strv_builder_end (builder);
}

static gboolean
same_representation (const DmRepresentation *a,
                     const DmRepresentation *b)
{
  return g_strcmp0 (a->actor_uuid, b->actor_uuid) == 0 &&
         g_strcmp0 (a->role, b->role) == 0 &&
         g_strcmp0 (a->from, b->from) == 0 &&
         g_strcmp0 (a->until, b->until) == 0;
}

static void
add_representation (GPtrArray              *list,
                    const DmRepresentation *rep)
{
  for (guint i = 0; i < list->len; i++)
    {
      if (same_representation (g_ptr_array_index (list, i), rep))
        return;
    }

  g_ptr_array_add (list, dm_representation_copy (rep));
}

static void
set_representations (DmActor   *actor,
                     GPtrArray *list)
{
  dm_actor_clear_representations (actor);

  for (guint i = 0; i < list->len; i++)
    dm_actor_add_representation (actor, g_ptr_array_index (list, i));
}

static gboolean
represents (DmActor    *actor,
            const char *uuid)
{
  GPtrArray *reps = dm_actor_get_representations (actor);

  for (guint i = 0; reps != NULL && i < reps->len; i++)
    {
      const DmRepresentation *rep = g_ptr_array_index (reps, i);

      if (g_strcmp0 (rep->actor_uuid, uuid) == 0)
        return TRUE;
    }

  return FALSE;
}

static gboolean
check_distinct (const char  *source_uuid,
                const char  *target_uuid,
                const char  *what,
                GError     **error)
{
  if (g_strcmp0 (source_uuid, target_uuid) == 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "cannot merge %s into itself", what);
      return FALSE;
    }

  return TRUE;
}

/* Runs @merge in a transaction of its own (or a savepoint, if the caller
 * has one open). */
typedef gboolean (*MergeFunc) (DmStore     *store,
                               const char  *source_uuid,
                               const char  *target_uuid,
                               guint       *n_moved,
                               GError     **error);

static gboolean
run_in_transaction (DmStore     *store,
                    MergeFunc    merge,
                    const char  *source_uuid,
                    const char  *target_uuid,
                    guint       *n_moved,
                    GError     **error)
{
  guint moved = 0;

  if (!_dm_store_begin (store, error))
    return FALSE;

  if (!merge (store, source_uuid, target_uuid, &moved, error))
    {
      _dm_store_rollback (store);
      return FALSE;
    }

  if (!_dm_store_commit (store, error))
    return FALSE;

  if (n_moved != NULL)
    *n_moved = moved;

  return TRUE;
}

/* }}} */

/* Actors {{{ */

/* The target keeps its own name, kind and colour; it gains the source's
 * name, official name and every other name the source went by as aliases,
 * and inherits what it did not have (code, capital, colour). */
static void
absorb_actor (DmActor *target,
              DmActor *source)
{
  g_autoptr(GPtrArray) aliases = names_new (dm_actor_get_aliases (target));
  g_autoptr(GPtrArray) demonyms = names_new (dm_actor_get_demonyms (target));
  g_autoptr(GPtrArray) reps = g_ptr_array_new_with_free_func ((GDestroyNotify) dm_representation_free);
  GPtrArray *target_reps = dm_actor_get_representations (target);
  GPtrArray *source_reps = dm_actor_get_representations (source);
  const char *target_name = dm_actor_get_name (target);
  const char *source_uuid = dm_actor_get_uuid (source);
  const char *target_uuid = dm_actor_get_uuid (target);
  const char * const *source_aliases = dm_actor_get_aliases (source);
  const char * const *source_demonyms = dm_actor_get_demonyms (source);

  add_name (aliases, dm_actor_get_name (source), target_name);
  add_name (aliases, dm_actor_get_official_name (source), target_name);
  for (guint i = 0; source_aliases != NULL && source_aliases[i] != NULL; i++)
    add_name (aliases, source_aliases[i], target_name);
  for (guint i = 0; source_demonyms != NULL && source_demonyms[i] != NULL; i++)
    add_name (demonyms, source_demonyms[i], NULL);

  names_terminate (aliases);
  names_terminate (demonyms);
  dm_actor_set_aliases (target, (const char * const *) aliases->pdata);
  dm_actor_set_demonyms (target, (const char * const *) demonyms->pdata);

  if (dm_actor_get_code (target) == NULL)
    dm_actor_set_code (target, dm_actor_get_code (source));
  if (dm_actor_get_capital (target) == NULL)
    dm_actor_set_capital (target, dm_actor_get_capital (source));
  if (dm_actor_get_colour (target) == NULL)
    dm_actor_set_colour (target, dm_actor_get_colour (source));

  /* Roles: the target's, minus any "represents the source" (it would
   * represent itself), plus the source's, minus any "represents the
   * target". */
  for (guint i = 0; target_reps != NULL && i < target_reps->len; i++)
    {
      const DmRepresentation *rep = g_ptr_array_index (target_reps, i);

      if (g_strcmp0 (rep->actor_uuid, source_uuid) != 0)
        add_representation (reps, rep);
    }

  for (guint i = 0; source_reps != NULL && i < source_reps->len; i++)
    {
      const DmRepresentation *rep = g_ptr_array_index (source_reps, i);

      if (g_strcmp0 (rep->actor_uuid, target_uuid) != 0)
        add_representation (reps, rep);
    }

  set_representations (target, reps);
}

/* Someone who represented the source now represents the target. */
static void
redirect_representations (DmActor    *actor,
                          const char *source_uuid,
                          const char *target_uuid)
{
  g_autoptr(GPtrArray) reps = g_ptr_array_new_with_free_func ((GDestroyNotify) dm_representation_free);
  GPtrArray *old = dm_actor_get_representations (actor);

  for (guint i = 0; old != NULL && i < old->len; i++)
    {
      g_autoptr(DmRepresentation) rep = dm_representation_copy (g_ptr_array_index (old, i));

      if (g_strcmp0 (rep->actor_uuid, source_uuid) == 0)
        {
          g_free (rep->actor_uuid);
          rep->actor_uuid = g_strdup (target_uuid);
        }

      add_representation (reps, rep);
    }

  set_representations (actor, reps);
}

static gboolean
merge_actors (DmStore     *store,
              const char  *source_uuid,
              const char  *target_uuid,
              guint       *n_moved,
              GError     **error)
{
  g_autoptr(DmActor) source = NULL;
  g_autoptr(DmActor) target = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autofree char *now = _dm_now_iso8601 ();

  if (!(source = dm_store_lookup_actor (store, source_uuid, error)) ||
      !(target = dm_store_lookup_actor (store, target_uuid, error)) ||
      !(annotations = dm_store_dup_annotations (store, NULL, error)) ||
      !(actors = dm_store_dup_actors (store, error)))
    return FALSE;

  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);
      g_auto(GStrv) speakers = replace_uuid (dm_annotation_get_actor_uuids (annotation),
                                             source_uuid, target_uuid);
      g_auto(GStrv) targets = replace_uuid (dm_annotation_get_target_uuids (annotation),
                                            source_uuid, target_uuid);

      if (speakers == NULL && targets == NULL)
        continue;

      if (speakers != NULL)
        dm_annotation_set_actor_uuids (annotation, (const char * const *) speakers);
      if (targets != NULL)
        dm_annotation_set_target_uuids (annotation, (const char * const *) targets);
      dm_annotation_set_updated (annotation, now);

      if (!_dm_store_put_annotation (store, annotation, TRUE, error))
        return FALSE;

      (*n_moved)++;
    }

  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);
      const char *uuid = dm_actor_get_uuid (actor);

      if (g_str_equal (uuid, source_uuid) || g_str_equal (uuid, target_uuid) ||
          !represents (actor, source_uuid))
        continue;

      redirect_representations (actor, source_uuid, target_uuid);
      dm_actor_set_updated (actor, now);

      if (!_dm_store_put_actor (store, actor, TRUE, error))
        return FALSE;
    }

  absorb_actor (target, source);
  dm_actor_set_updated (target, now);

  if (!_dm_store_put_actor (store, target, TRUE, error))
    return FALSE;

  /* Nothing refers to the source any more; the store checks that again. */
  return dm_store_remove_actor (store, source_uuid, error);
}

/**
 * dm_codebook_count_actor_uses:
 * @store: a #DmStore
 * @uuid: an actor
 * @error: return location for a #GError
 *
 * Counts the annotations that name the actor as a speaker or as a target:
 * the annotations a merge of it into another actor rewrites.
 *
 * Returns: the number of annotations, or 0 with @error set
 */
guint
dm_codebook_count_actor_uses (DmStore     *store,
                              const char  *uuid,
                              GError     **error)
{
  g_autoptr(DmActor) actor = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  guint n_uses = 0;

  g_return_val_if_fail (DM_IS_STORE (store), 0);
  g_return_val_if_fail (uuid != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!(actor = dm_store_lookup_actor (store, uuid, error)) ||
      !(annotations = dm_store_dup_annotations (store, NULL, error)))
    return 0;

  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);

      if (strv_has (dm_annotation_get_actor_uuids (annotation), uuid) ||
          strv_has (dm_annotation_get_target_uuids (annotation), uuid))
        n_uses++;
    }

  return n_uses;
}

/**
 * dm_codebook_count_actor_links:
 * @store: a #DmStore
 * @uuid: an actor
 * @error: return location for a #GError
 *
 * Counts the *represents* links from the actor (the roles it held) and to
 * it (the people who spoke for it): the links a merge moves to the target.
 *
 * Returns: the number of links, or 0 with @error set
 */
guint
dm_codebook_count_actor_links (DmStore     *store,
                               const char  *uuid,
                               GError     **error)
{
  g_autoptr(DmActor) actor = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  GPtrArray *own;
  guint n_links = 0;

  g_return_val_if_fail (DM_IS_STORE (store), 0);
  g_return_val_if_fail (uuid != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!(actor = dm_store_lookup_actor (store, uuid, error)) ||
      !(actors = dm_store_dup_actors (store, error)))
    return 0;

  own = dm_actor_get_representations (actor);
  n_links = own != NULL ? own->len : 0;

  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *other = g_ptr_array_index (actors, i);
      GPtrArray *reps = dm_actor_get_representations (other);

      for (guint j = 0; reps != NULL && j < reps->len; j++)
        {
          const DmRepresentation *rep = g_ptr_array_index (reps, j);

          if (g_strcmp0 (rep->actor_uuid, uuid) == 0)
            n_links++;
        }
    }

  return n_links;
}

/**
 * dm_codebook_merge_actors:
 * @store: a #DmStore
 * @source_uuid: the actor that goes away
 * @target_uuid: the actor that stays
 * @n_moved: (out) (optional): how many annotations were rewritten
 * @error: return location for a #GError
 *
 * Merges the source actor into the target in one transaction, hence one
 * undo entry:
 *
 * - every annotation naming the source as a speaker or a target names the
 *   target instead; one that named both keeps the target once;
 * - people who represented the source represent the target; the source's
 *   own roles move to the target (a link between the two is dropped: no
 *   actor represents itself);
 * - the target gains the source's name, official name, aliases and
 *   demonyms, and its code, capital and colour where it had none;
 * - the source is deleted.
 *
 * Returns: %TRUE if merged; on error nothing changed
 */
gboolean
dm_codebook_merge_actors (DmStore     *store,
                          const char  *source_uuid,
                          const char  *target_uuid,
                          guint       *n_moved,
                          GError     **error)
{
  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (source_uuid != NULL, FALSE);
  g_return_val_if_fail (target_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_moved != NULL)
    *n_moved = 0;

  if (!check_distinct (source_uuid, target_uuid, "an actor", error))
    return FALSE;

  return run_in_transaction (store, merge_actors, source_uuid, target_uuid, n_moved, error);
}

/* }}} */

/* Topics {{{ */

static gboolean
is_descendant (GPtrArray  *topics,
               const char *uuid,
               const char *ancestor_uuid)
{
  g_autoptr(GHashTable) parents = g_hash_table_new (g_str_hash, g_str_equal);
  const char *current = uuid;

  for (guint i = 0; i < topics->len; i++)
    {
      DmTopic *topic = g_ptr_array_index (topics, i);

      if (dm_topic_get_parent_uuid (topic) != NULL)
        g_hash_table_insert (parents, (gpointer) dm_topic_get_uuid (topic),
                             (gpointer) dm_topic_get_parent_uuid (topic));
    }

  /* The store keeps the tree acyclic; the bound is only a safeguard. */
  for (guint depth = 0; current != NULL && depth <= topics->len; depth++)
    {
      current = g_hash_table_lookup (parents, current);

      if (g_strcmp0 (current, ancestor_uuid) == 0)
        return TRUE;
    }

  return FALSE;
}

static DmTopic *
find_topic (GPtrArray  *topics,
            const char *uuid)
{
  for (guint i = 0; i < topics->len; i++)
    {
      DmTopic *topic = g_ptr_array_index (topics, i);

      if (g_str_equal (dm_topic_get_uuid (topic), uuid))
        return topic;
    }

  return NULL;
}

static gboolean
merge_topics (DmStore     *store,
              const char  *source_uuid,
              const char  *target_uuid,
              guint       *n_moved,
              GError     **error)
{
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autofree char *now = _dm_now_iso8601 ();
  DmTopic *source;
  DmTopic *target;

  if (!(topics = dm_store_dup_topics (store, error)) ||
      !(annotations = dm_store_dup_annotations (store, NULL, error)))
    return FALSE;

  if (!(source = find_topic (topics, source_uuid)) ||
      !(target = find_topic (topics, target_uuid)))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no topic with uuid %s",
                   source == NULL ? source_uuid : target_uuid);
      return FALSE;
    }

  /* Merging "Ukraine war" into its own "Peace talks": the target takes
   * the source's place in the tree first, or the source's other
   * sub-topics could not move under it. */
  if (is_descendant (topics, target_uuid, source_uuid))
    {
      dm_topic_set_parent_uuid (target, dm_topic_get_parent_uuid (source));
      dm_topic_set_updated (target, now);
      if (!_dm_store_put_topic (store, target, TRUE, error))
        return FALSE;
    }

  for (guint i = 0; i < topics->len; i++)
    {
      DmTopic *child = g_ptr_array_index (topics, i);

      if (child == target || g_strcmp0 (dm_topic_get_parent_uuid (child), source_uuid) != 0)
        continue;

      dm_topic_set_parent_uuid (child, target_uuid);
      dm_topic_set_updated (child, now);
      if (!_dm_store_put_topic (store, child, TRUE, error))
        return FALSE;
    }

  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);

      if (g_strcmp0 (dm_annotation_get_topic_uuid (annotation), source_uuid) != 0)
        continue;

      dm_annotation_set_topic_uuid (annotation, target_uuid);
      dm_annotation_set_updated (annotation, now);
      if (!_dm_store_put_annotation (store, annotation, TRUE, error))
        return FALSE;

      (*n_moved)++;
    }

  if (dm_topic_get_description (target) == NULL && dm_topic_get_description (source) != NULL)
    {
      dm_topic_set_description (target, dm_topic_get_description (source));
      dm_topic_set_updated (target, now);
      if (!_dm_store_put_topic (store, target, TRUE, error))
        return FALSE;
    }

  return dm_store_remove_topic (store, source_uuid, error);
}

/**
 * dm_codebook_count_topic_uses:
 * @store: a #DmStore
 * @uuid: a topic
 * @error: return location for a #GError
 *
 * Returns: how many annotations are coded with the topic (not counting its
 *   sub-topics), or 0 with @error set
 */
guint
dm_codebook_count_topic_uses (DmStore     *store,
                              const char  *uuid,
                              GError     **error)
{
  g_autoptr(DmTopic) topic = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  guint n_uses = 0;

  g_return_val_if_fail (DM_IS_STORE (store), 0);
  g_return_val_if_fail (uuid != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!(topic = dm_store_lookup_topic (store, uuid, error)) ||
      !(annotations = dm_store_dup_annotations (store, NULL, error)))
    return 0;

  for (guint i = 0; i < annotations->len; i++)
    {
      if (g_strcmp0 (dm_annotation_get_topic_uuid (g_ptr_array_index (annotations, i)), uuid) == 0)
        n_uses++;
    }

  return n_uses;
}

/**
 * dm_codebook_count_topic_children:
 * @store: a #DmStore
 * @uuid: a topic
 * @error: return location for a #GError
 *
 * Returns: how many sub-topics the topic has directly, or 0 with @error set
 */
guint
dm_codebook_count_topic_children (DmStore     *store,
                                  const char  *uuid,
                                  GError     **error)
{
  g_autoptr(GPtrArray) topics = NULL;
  guint n_children = 0;

  g_return_val_if_fail (DM_IS_STORE (store), 0);
  g_return_val_if_fail (uuid != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  if (!(topics = dm_store_dup_topics (store, error)))
    return 0;

  if (find_topic (topics, uuid) == NULL)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no topic with uuid %s", uuid);
      return 0;
    }

  for (guint i = 0; i < topics->len; i++)
    {
      if (g_strcmp0 (dm_topic_get_parent_uuid (g_ptr_array_index (topics, i)), uuid) == 0)
        n_children++;
    }

  return n_children;
}

/**
 * dm_codebook_merge_topics:
 * @store: a #DmStore
 * @source_uuid: the topic that goes away
 * @target_uuid: the topic that stays
 * @n_moved: (out) (optional): how many annotations were recoded
 * @error: return location for a #GError
 *
 * Merges the source topic into the target in one transaction: its
 * annotations are coded with the target, its sub-topics move under the
 * target, the target takes its description if it had none, and the source
 * is deleted. A target inside the source's subtree first takes the
 * source's place in the tree.
 *
 * Returns: %TRUE if merged; on error nothing changed
 */
gboolean
dm_codebook_merge_topics (DmStore     *store,
                          const char  *source_uuid,
                          const char  *target_uuid,
                          guint       *n_moved,
                          GError     **error)
{
  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (source_uuid != NULL, FALSE);
  g_return_val_if_fail (target_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_moved != NULL)
    *n_moved = 0;

  if (!check_distinct (source_uuid, target_uuid, "a topic", error))
    return FALSE;

  return run_in_transaction (store, merge_topics, source_uuid, target_uuid, n_moved, error);
}

/* }}} */

/* Names {{{ */

/**
 * dm_codebook_parse_names:
 * @text: (nullable): names, one per line, as typed in the codebook editor
 *
 * Splits @text into names: each line trimmed, empty lines and repeats
 * (ignoring case) dropped, the order kept.
 *
 * Returns: (transfer full) (array zero-terminated=1): the names
 */
char **
dm_codebook_parse_names (const char *text)
{
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  if (text == NULL)
    text = "";

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    add_name (names, lines[i], NULL);

  names_terminate (names);
  return (char **) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/**
 * dm_codebook_format_names:
 * @names: (nullable) (array zero-terminated=1): names
 *
 * Returns: (transfer full): the names one per line, for editing
 */
char *
dm_codebook_format_names (const char * const *names)
{
  if (names == NULL)
    return g_strdup ("");

  return g_strjoinv ("\n", (char **) names);
}

/* }}} */
