/* dm-json-set.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-json-set"

#include "config.h"

#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "dm-error.h"
#include "dm-json-set.h"
#include "dm-json-set-private.h"
#include "dm-store-private.h"

/* The annotated set is documented in docs/annotated-set.md. Export is
 * deterministic (no time stamp of its own, rows in store order) so that a
 * set exported, imported elsewhere and exported again is byte-identical. */

#define MAX_PROBLEMS      50

typedef struct
{
  const char *origin;
  GPtrArray  *problems;
} Checker;

/* Serialising {{{ */

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
build_actor (JsonBuilder *builder,
             DmActor     *actor)
{
  GPtrArray *representations = dm_actor_get_representations (actor);

  json_builder_begin_object (builder);
  add_string (builder, "uuid", dm_actor_get_uuid (actor));
  add_string (builder, "name", dm_actor_get_name (actor));
  add_string (builder, "kind", dm_actor_kind_to_string (dm_actor_get_kind (actor)));
  add_string (builder, "code", dm_actor_get_code (actor));
  add_string (builder, "official_name", dm_actor_get_official_name (actor));
  add_string (builder, "colour", dm_actor_get_colour (actor));
  add_strv (builder, "aliases", dm_actor_get_aliases (actor));
  add_strv (builder, "demonyms", dm_actor_get_demonyms (actor));
  add_string (builder, "capital", dm_actor_get_capital (actor));
  json_builder_set_member_name (builder, "represents");
  json_builder_begin_array (builder);
  for (guint i = 0; representations != NULL && i < representations->len; i++)
    {
      const DmRepresentation *rep = g_ptr_array_index (representations, i);

      json_builder_begin_object (builder);
      add_string (builder, "actor", rep->actor_uuid);
      add_string (builder, "role", rep->role);
      add_string (builder, "from", rep->from);
      add_string (builder, "until", rep->until);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  add_string (builder, "created", dm_actor_get_created (actor));
  add_string (builder, "updated", dm_actor_get_updated (actor));
  json_builder_end_object (builder);
}

static void
build_topic (JsonBuilder *builder,
             DmTopic     *topic)
{
  json_builder_begin_object (builder);
  add_string (builder, "uuid", dm_topic_get_uuid (topic));
  add_string (builder, "name", dm_topic_get_name (topic));
  add_string (builder, "parent", dm_topic_get_parent_uuid (topic));
  add_string (builder, "description", dm_topic_get_description (topic));
  add_string (builder, "created", dm_topic_get_created (topic));
  add_string (builder, "updated", dm_topic_get_updated (topic));
  json_builder_end_object (builder);
}

static void
build_article (JsonBuilder *builder,
               DmArticle   *article)
{
  json_builder_begin_object (builder);
  add_string (builder, "uuid", dm_article_get_uuid (article));
  add_string (builder, "title", dm_article_get_title (article));
  add_string (builder, "source", dm_article_get_source (article));
  add_string (builder, "url", dm_article_get_url (article));
  add_string (builder, "published", dm_article_get_published (article));
  add_string (builder, "language", dm_article_get_language (article));
  add_string (builder, "body", dm_article_get_body (article));
  add_string (builder, "created", dm_article_get_created (article));
  add_string (builder, "updated", dm_article_get_updated (article));
  json_builder_end_object (builder);
}

static void
build_annotation (JsonBuilder  *builder,
                  DmAnnotation *annotation)
{
  json_builder_begin_object (builder);
  add_string (builder, "uuid", dm_annotation_get_uuid (annotation));
  add_string (builder, "article", dm_annotation_get_article_uuid (annotation));
  json_builder_set_member_name (builder, "start");
  json_builder_add_int_value (builder, dm_annotation_get_start (annotation));
  json_builder_set_member_name (builder, "end");
  json_builder_add_int_value (builder, dm_annotation_get_end (annotation));
  add_string (builder, "quote", dm_annotation_get_quote (annotation));
  add_string (builder, "prefix", dm_annotation_get_prefix (annotation));
  add_string (builder, "suffix", dm_annotation_get_suffix (annotation));
  add_strv (builder, "actors", dm_annotation_get_actor_uuids (annotation));
  add_strv (builder, "targets", dm_annotation_get_target_uuids (annotation));
  add_string (builder, "topic", dm_annotation_get_topic_uuid (annotation));
  add_string (builder, "polarity", dm_polarity_to_string (dm_annotation_get_polarity (annotation)));
  add_string (builder, "act", dm_annotation_get_act_code (annotation));
  add_string (builder, "mode", dm_attribution_mode_to_string (dm_annotation_get_mode (annotation)));
  add_string (builder, "provenance", dm_annotation_get_provenance (annotation));
  add_string (builder, "note", dm_annotation_get_note (annotation));
  json_builder_set_member_name (builder, "key_quote");
  json_builder_add_boolean_value (builder, dm_annotation_get_key_quote (annotation));
  /* Written only when set, so that sets without orphans keep the bytes
   * they had before orphans existed (issue 6). */
  if (dm_annotation_get_orphan (annotation))
    {
      json_builder_set_member_name (builder, "orphan");
      json_builder_add_boolean_value (builder, TRUE);
    }
  add_string (builder, "coder", dm_annotation_get_coder (annotation));
  add_string (builder, "created", dm_annotation_get_created (annotation));
  add_string (builder, "updated", dm_annotation_get_updated (annotation));
  json_builder_end_object (builder);
}

typedef void (*BuildFunc) (JsonBuilder *builder,
                           gpointer     item);

/* Compact JSON of one row: how rows are compared when merging. */
static char *
row_to_string (BuildFunc build,
               gpointer  item)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  build (builder, item);
  root = json_builder_get_root (builder);
  return json_to_string (root, FALSE);
}

static gboolean
strv_contains (const char **strv,
               const char  *str)
{
  return strv == NULL || g_strv_contains (strv, str);
}

/* The set as pretty JSON: the articles in @article_uuids (all for %NULL)
 * with their annotations, only those in @kept if it is given, and the whole
 * codebook. Building is most of the work, so it reports rows done. */
char *
_dm_json_set_build (DmStore       *store,
                    const char   **article_uuids,
                    GHashTable    *kept,
                    DmProgress    *progress,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) acts = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autofree char *json = NULL;
  guint n_rows;
  guint done = 0;

  g_return_val_if_fail (DM_IS_STORE (store), NULL);

  if (!(acts = dm_store_dup_acts (store, error)) ||
      !(actors = dm_store_dup_actors (store, error)) ||
      !(topics = dm_store_dup_topics (store, error)) ||
      !(articles = dm_store_dup_articles (store, error)) ||
      !(annotations = dm_store_dup_annotations (store, NULL, error)))
    return NULL;

  for (guint i = 0; article_uuids != NULL && article_uuids[i] != NULL; i++)
    {
      g_autoptr(DmArticle) article = dm_store_lookup_article_summary (store, article_uuids[i], error);

      if (article == NULL)
        return NULL;
    }

  n_rows = MAX (1, articles->len + annotations->len);

  json_builder_begin_object (builder);
  add_string (builder, "format", DM_JSON_SET_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, DM_JSON_SET_VERSION);

  json_builder_set_member_name (builder, "acts");
  json_builder_begin_array (builder);
  for (guint i = 0; i < acts->len; i++)
    {
      const DmAct *act = g_ptr_array_index (acts, i);

      json_builder_begin_object (builder);
      add_string (builder, "code", act->code);
      add_string (builder, "name", act->name);
      json_builder_set_member_name (builder, "goldstein");
      json_builder_add_double_value (builder, act->goldstein);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "actors");
  json_builder_begin_array (builder);
  for (guint i = 0; i < actors->len; i++)
    build_actor (builder, g_ptr_array_index (actors, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "topics");
  json_builder_begin_array (builder);
  for (guint i = 0; i < topics->len; i++)
    build_topic (builder, g_ptr_array_index (topics, i));
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "articles");
  json_builder_begin_array (builder);
  for (guint i = 0; i < articles->len; i++, done++)
    {
      DmArticle *summary = g_ptr_array_index (articles, i);
      g_autoptr(DmArticle) article = NULL;

      if (done % DM_PROGRESS_ROWS == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;
          if (progress != NULL)
            _dm_progress_report (progress, (double) done / n_rows);
        }

      if (!strv_contains (article_uuids, dm_article_get_uuid (summary)))
        continue;

      if (!(article = dm_store_lookup_article (store, dm_article_get_uuid (summary), error)))
        return NULL;
      build_article (builder, article);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "annotations");
  json_builder_begin_array (builder);
  for (guint i = 0; i < annotations->len; i++, done++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);

      if (done % DM_PROGRESS_ROWS == 0)
        {
          if (g_cancellable_set_error_if_cancelled (cancellable, error))
            return NULL;
          if (progress != NULL)
            _dm_progress_report (progress, (double) done / n_rows);
        }

      if (!strv_contains (article_uuids, dm_annotation_get_article_uuid (annotation)))
        continue;
      if (kept != NULL && !g_hash_table_contains (kept, dm_annotation_get_uuid (annotation)))
        continue;

      build_annotation (builder, annotation);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  root = json_builder_get_root (builder);
  g_clear_object (&builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json = json_generator_to_data (generator, NULL);

  if (progress != NULL)
    _dm_progress_report (progress, 1.0);

  return g_strconcat (json, "\n", NULL);
}

/**
 * dm_json_set_export:
 * @store: a #DmStore
 * @article_uuids: (nullable) (array zero-terminated=1): the articles to
 *   export with their annotations, or %NULL for all; the whole codebook is
 *   always included
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the annotated set as pretty JSON
 */
char *
dm_json_set_export (DmStore     *store,
                    const char **article_uuids,
                    GError     **error)
{
  g_return_val_if_fail (DM_IS_STORE (store), NULL);

  return _dm_json_set_build (store, article_uuids, NULL, NULL, NULL, error);
}

/**
 * dm_json_set_export_to_file:
 *
 * Writes the set atomically: an existing file is replaced only once the new
 * one is complete on disk.
 */
gboolean
dm_json_set_export_to_file (DmStore     *store,
                            const char **article_uuids,
                            const char  *path,
                            GError     **error)
{
  g_autofree char *json = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(json = dm_json_set_export (store, article_uuids, error)))
    return FALSE;

  /* GLib's message names its temporary file, which the analyst never
   * asked for: name the target instead. */
  if (!g_file_set_contents_full (path, json, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    {
      const char *why;

      switch (local_error->code)
        {
        case G_FILE_ERROR_NOENT: why = "the folder does not exist"; break;
        case G_FILE_ERROR_ACCES:
        case G_FILE_ERROR_PERM: why = "permission denied"; break;
        case G_FILE_ERROR_NOSPC: why = "the disk is full"; break;
        case G_FILE_ERROR_ROFS: why = "the file system is read-only"; break;
        case G_FILE_ERROR_ISDIR: why = "it is a folder"; break;
        default: why = local_error->message; break;
        }

      g_set_error (error, G_FILE_ERROR, local_error->code, "%s: cannot write the file (%s); nothing was written",
                   path, why);
      return FALSE;
    }

  return TRUE;
}

/* }}} */

/* Reading {{{ */

static void G_GNUC_PRINTF (3, 4)
problem (Checker    *checker,
         const char *path,
         const char *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (checker->problems->len >= MAX_PROBLEMS)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (checker->problems, g_strdup_printf ("%s: %s", path, message));
}

static const char *
get_string (Checker    *checker,
            JsonObject *object,
            const char *path,
            const char *member,
            gboolean    required)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        problem (checker, path, "“%s” is missing", member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      problem (checker, path, "“%s” must be a string", member);
      return NULL;
    }

  value = json_node_get_string (node);
  if (required && value[0] == '\0')
    problem (checker, path, "“%s” must not be empty", member);

  return value[0] != '\0' ? value : NULL;
}

/* Like get_string(), but "" stays "": a quote at the very start of a text
 * has an empty prefix, which is not the same as an unknown one. */
static const char *
get_context (Checker    *checker,
             JsonObject *object,
             const char *path,
             const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return json_node_get_string (node);

  return get_string (checker, object, path, member, FALSE);
}

static const char *
get_uuid (Checker    *checker,
          JsonObject *object,
          const char *path,
          const char *member,
          gboolean    required)
{
  const char *uuid = get_string (checker, object, path, member, required);

  if (uuid != NULL && !g_uuid_string_is_valid (uuid))
    {
      problem (checker, path, "“%s” is not a valid UUID: %s", member, uuid);
      return NULL;
    }

  return uuid;
}

static const char *
get_date (Checker    *checker,
          JsonObject *object,
          const char *path,
          const char *member)
{
  const char *date = get_string (checker, object, path, member, FALSE);

  if (date != NULL && !_dm_date_is_valid (date))
    {
      problem (checker, path, "“%s” is not an ISO 8601 date: %s", member, date);
      return NULL;
    }

  return date;
}

static const char *
get_timestamp (Checker    *checker,
               JsonObject *object,
               const char *path,
               const char *member)
{
  const char *stamp = get_string (checker, object, path, member, TRUE);
  g_autoptr(GDateTime) parsed = NULL;

  if (stamp == NULL)
    return NULL;

  if (!(parsed = g_date_time_new_from_iso8601 (stamp, NULL)))
    {
      problem (checker, path, "“%s” is not an ISO 8601 time: %s", member, stamp);
      return NULL;
    }

  return stamp;
}

static gint64
get_int (Checker    *checker,
         JsonObject *object,
         const char *path,
         const char *member,
         gint64      minimum)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      problem (checker, path, "“%s” must be a whole number", member);
      return -1;
    }

  if (json_node_get_int (node) < minimum || json_node_get_int (node) > G_MAXINT32)
    {
      problem (checker, path, "“%s” is out of range: %" G_GINT64_FORMAT, member, json_node_get_int (node));
      return -1;
    }

  return json_node_get_int (node);
}

static gboolean
get_bool (Checker    *checker,
          JsonObject *object,
          const char *path,
          const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return FALSE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      problem (checker, path, "“%s” must be true or false", member);
      return FALSE;
    }

  return json_node_get_boolean (node);
}

/* Returns a NULL-terminated vector (possibly empty), or NULL on a problem. */
static GStrv
get_strv (Checker    *checker,
          JsonObject *object,
          const char *path,
          const char *member,
          gboolean    uuids)
{
  JsonNode *node = json_object_get_member (object, member);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  JsonArray *array;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return g_strv_builder_end (builder);

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      problem (checker, path, "“%s” must be a list of strings", member);
      return NULL;
    }

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *element = json_array_get_element (array, i);
      const char *value;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        {
          problem (checker, path, "%s[%u] must be a string", member, i);
          return NULL;
        }

      value = json_node_get_string (element);
      if (uuids && !g_uuid_string_is_valid (value))
        {
          problem (checker, path, "%s[%u] is not a valid UUID: %s", member, i, value);
          return NULL;
        }

      g_strv_builder_add (builder, value);
    }

  return g_strv_builder_end (builder);
}

static JsonArray *
get_section (Checker    *checker,
             JsonObject *root,
             const char *name)
{
  JsonNode *node = json_object_get_member (root, name);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      problem (checker, name, "must be a list");
      return NULL;
    }

  return json_node_get_array (node);
}

static JsonObject *
get_row (Checker   *checker,
         JsonArray *array,
         guint      index,
         const char *section,
         char      **path)
{
  JsonNode *node = json_array_get_element (array, index);

  *path = g_strdup_printf ("%s[%u]", section, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (checker, *path, "must be an object");
      return NULL;
    }

  return json_node_get_object (node);
}

/* Parsed rows, in the order they are applied. */
typedef struct
{
  GPtrArray  *acts;
  GPtrArray  *actors;
  GPtrArray  *topics;
  GPtrArray  *articles;
  GPtrArray  *annotations;
  GPtrArray  *paths;        /* parallel to each row, for messages */
  GHashTable *row_paths;    /* GObject row -> JSON path */
  GHashTable *uuids;        /* uuid -> JSON path, duplicates detection */
  GHashTable *article_rows; /* uuid -> DmArticle from the set */
} ParsedSet;

static void
parsed_set_clear (ParsedSet *set)
{
  g_clear_pointer (&set->acts, g_ptr_array_unref);
  g_clear_pointer (&set->actors, g_ptr_array_unref);
  g_clear_pointer (&set->topics, g_ptr_array_unref);
  g_clear_pointer (&set->articles, g_ptr_array_unref);
  g_clear_pointer (&set->annotations, g_ptr_array_unref);
  g_clear_pointer (&set->paths, g_ptr_array_unref);
  g_clear_pointer (&set->row_paths, g_hash_table_unref);
  g_clear_pointer (&set->uuids, g_hash_table_unref);
  g_clear_pointer (&set->article_rows, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ParsedSet, parsed_set_clear)

static void
remember_row (ParsedSet  *set,
              Checker    *checker,
              gpointer    row,
              const char *uuid,
              char       *path)
{
  const char *first;

  g_ptr_array_add (set->paths, path);
  g_hash_table_insert (set->row_paths, row, path);

  if (uuid == NULL)
    return;

  if ((first = g_hash_table_lookup (set->uuids, uuid)))
    problem (checker, path, "uuid %s is already used by %s", uuid, first);
  else
    g_hash_table_insert (set->uuids, g_strdup (uuid), path);
}

/* Is @uuid an actor/topic/article of the set, or already in the store? */
static gboolean
known_row (DmStore    *store,
           ParsedSet  *set,
           const char *uuid,
           const char *table)
{
  g_autoptr(GObject) found = NULL;
  const char *path = g_hash_table_lookup (set->uuids, uuid);

  if (path != NULL)
    return g_str_has_prefix (path, table);

  if (g_str_equal (table, "actors"))
    found = G_OBJECT (dm_store_lookup_actor (store, uuid, NULL));
  else if (g_str_equal (table, "topics"))
    found = G_OBJECT (dm_store_lookup_topic (store, uuid, NULL));
  else
    found = G_OBJECT (dm_store_lookup_article_summary (store, uuid, NULL));

  return found != NULL;
}

static void
parse_acts (Checker    *checker,
            JsonObject *root,
            ParsedSet  *set)
{
  JsonArray *array = get_section (checker, root, "acts");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *path = NULL;
      JsonObject *object = get_row (checker, array, i, "acts", &path);
      const char *code, *name;
      JsonNode *weight;

      if (object == NULL)
        continue;

      code = get_string (checker, object, path, "code", TRUE);
      name = get_string (checker, object, path, "name", TRUE);
      weight = json_object_get_member (object, "goldstein");
      if (weight == NULL || !JSON_NODE_HOLDS_VALUE (weight) ||
          (json_node_get_value_type (weight) != G_TYPE_DOUBLE && json_node_get_value_type (weight) != G_TYPE_INT64))
        {
          problem (checker, path, "“goldstein” must be a number");
          continue;
        }

      if (code != NULL && name != NULL)
        g_ptr_array_add (set->acts, dm_act_new (code, name, json_node_get_double (weight)));
    }
}

static void
parse_actors (Checker    *checker,
              JsonObject *root,
              ParsedSet  *set)
{
  JsonArray *array = get_section (checker, root, "actors");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      char *path = NULL;
      JsonObject *object = get_row (checker, array, i, "actors", &path);
      g_autoptr(DmActor) actor = NULL;
      g_auto(GStrv) aliases = NULL;
      g_auto(GStrv) demonyms = NULL;
      DmActorKind kind = DM_ACTOR_KIND_STATE;
      const char *kind_string;
      JsonNode *represents;

      if (object == NULL)
        {
          g_free (path);
          continue;
        }

      kind_string = get_string (checker, object, path, "kind", TRUE);
      if (kind_string != NULL && !dm_actor_kind_from_string (kind_string, &kind))
        problem (checker, path, "unknown actor kind “%s” (state, organisation, person, group or media)", kind_string);

      actor = dm_actor_new (get_string (checker, object, path, "name", TRUE), kind);
      dm_actor_set_uuid (actor, get_uuid (checker, object, path, "uuid", TRUE));
      dm_actor_set_code (actor, get_string (checker, object, path, "code", FALSE));
      dm_actor_set_official_name (actor, get_string (checker, object, path, "official_name", FALSE));
      dm_actor_set_colour (actor, get_string (checker, object, path, "colour", FALSE));
      aliases = get_strv (checker, object, path, "aliases", FALSE);
      demonyms = get_strv (checker, object, path, "demonyms", FALSE);
      dm_actor_set_aliases (actor, (const char * const *) aliases);
      dm_actor_set_demonyms (actor, (const char * const *) demonyms);
      dm_actor_set_capital (actor, get_string (checker, object, path, "capital", FALSE));
      dm_actor_set_created (actor, get_timestamp (checker, object, path, "created"));
      dm_actor_set_updated (actor, get_timestamp (checker, object, path, "updated"));

      represents = json_object_get_member (object, "represents");
      if (represents != NULL && JSON_NODE_HOLDS_ARRAY (represents))
        {
          JsonArray *reps = json_node_get_array (represents);

          for (guint j = 0; j < json_array_get_length (reps); j++)
            {
              JsonNode *node = json_array_get_element (reps, j);
              g_autofree char *rep_path = g_strdup_printf ("%s.represents[%u]", path, j);
              g_autoptr(DmRepresentation) rep = NULL;
              JsonObject *rep_object;

              if (!JSON_NODE_HOLDS_OBJECT (node))
                {
                  problem (checker, rep_path, "must be an object");
                  continue;
                }

              rep_object = json_node_get_object (node);
              rep = dm_representation_new (get_uuid (checker, rep_object, rep_path, "actor", TRUE),
                                           get_string (checker, rep_object, rep_path, "role", FALSE),
                                           get_date (checker, rep_object, rep_path, "from"),
                                           get_date (checker, rep_object, rep_path, "until"));
              if (rep->actor_uuid != NULL)
                dm_actor_add_representation (actor, rep);
            }
        }
      else if (represents != NULL && !JSON_NODE_HOLDS_NULL (represents))
        problem (checker, path, "“represents” must be a list");

      remember_row (set, checker, actor, dm_actor_get_uuid (actor), path);
      g_ptr_array_add (set->actors, g_steal_pointer (&actor));
    }
}

static void
parse_topics (Checker    *checker,
              JsonObject *root,
              ParsedSet  *set)
{
  JsonArray *array = get_section (checker, root, "topics");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      char *path = NULL;
      JsonObject *object = get_row (checker, array, i, "topics", &path);
      g_autoptr(DmTopic) topic = NULL;

      if (object == NULL)
        {
          g_free (path);
          continue;
        }

      topic = dm_topic_new (get_string (checker, object, path, "name", TRUE),
                            get_uuid (checker, object, path, "parent", FALSE));
      dm_topic_set_uuid (topic, get_uuid (checker, object, path, "uuid", TRUE));
      dm_topic_set_description (topic, get_string (checker, object, path, "description", FALSE));
      dm_topic_set_created (topic, get_timestamp (checker, object, path, "created"));
      dm_topic_set_updated (topic, get_timestamp (checker, object, path, "updated"));

      remember_row (set, checker, topic, dm_topic_get_uuid (topic), path);
      g_ptr_array_add (set->topics, g_steal_pointer (&topic));
    }
}

static void
parse_articles (Checker    *checker,
                JsonObject *root,
                ParsedSet  *set)
{
  JsonArray *array = get_section (checker, root, "articles");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      char *path = NULL;
      JsonObject *object = get_row (checker, array, i, "articles", &path);
      g_autoptr(DmArticle) article = NULL;

      if (object == NULL)
        {
          g_free (path);
          continue;
        }

      article = dm_article_new ();
      dm_article_set_uuid (article, get_uuid (checker, object, path, "uuid", TRUE));
      dm_article_set_title (article, get_string (checker, object, path, "title", FALSE));
      dm_article_set_source (article, get_string (checker, object, path, "source", FALSE));
      dm_article_set_url (article, get_string (checker, object, path, "url", FALSE));
      dm_article_set_published (article, get_date (checker, object, path, "published"));
      dm_article_set_language (article, get_string (checker, object, path, "language", FALSE));
      dm_article_set_body (article, get_string (checker, object, path, "body", TRUE));
      dm_article_set_created (article, get_timestamp (checker, object, path, "created"));
      dm_article_set_updated (article, get_timestamp (checker, object, path, "updated"));

      if (dm_article_get_uuid (article) != NULL)
        g_hash_table_insert (set->article_rows, g_strdup (dm_article_get_uuid (article)), article);

      remember_row (set, checker, article, dm_article_get_uuid (article), path);
      g_ptr_array_add (set->articles, g_steal_pointer (&article));
    }
}

static void
parse_annotations (Checker    *checker,
                   DmStore    *store,
                   JsonObject *root,
                   ParsedSet  *set)
{
  JsonArray *array = get_section (checker, root, "annotations");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      char *path = NULL;
      JsonObject *object = get_row (checker, array, i, "annotations", &path);
      g_autoptr(DmAnnotation) annotation = NULL;
      g_autoptr(DmArticle) stored = NULL;
      g_auto(GStrv) actors = NULL;
      g_auto(GStrv) targets = NULL;
      DmPolarity polarity = DM_POLARITY_NONE;
      DmAttributionMode mode = DM_ATTRIBUTION_UNSPECIFIED;
      const char *article_uuid, *topic, *string;
      DmArticle *article;
      gint64 start, end;

      if (object == NULL)
        {
          g_free (path);
          continue;
        }

      article_uuid = get_uuid (checker, object, path, "article", TRUE);
      start = get_int (checker, object, path, "start", 0);
      end = get_int (checker, object, path, "end", 1);
      annotation = dm_annotation_new (article_uuid, MAX (start, 0), MAX (end, 0));
      dm_annotation_set_uuid (annotation, get_uuid (checker, object, path, "uuid", TRUE));
      dm_annotation_set_quote (annotation, get_string (checker, object, path, "quote", TRUE));
      dm_annotation_set_prefix (annotation, get_context (checker, object, path, "prefix"));
      dm_annotation_set_suffix (annotation, get_context (checker, object, path, "suffix"));

      actors = get_strv (checker, object, path, "actors", TRUE);
      targets = get_strv (checker, object, path, "targets", TRUE);
      if (actors != NULL && actors[0] == NULL)
        problem (checker, path, "“actors” must name at least one actor");
      for (guint j = 0; actors != NULL && actors[j] != NULL; j++)
        if (!known_row (store, set, actors[j], "actors"))
          problem (checker, path, "actors[%u]: unknown actor uuid %s", j, actors[j]);
      for (guint j = 0; targets != NULL && targets[j] != NULL; j++)
        if (!known_row (store, set, targets[j], "actors"))
          problem (checker, path, "targets[%u]: unknown actor uuid %s", j, targets[j]);
      dm_annotation_set_actor_uuids (annotation, (const char * const *) actors);
      dm_annotation_set_target_uuids (annotation, (const char * const *) targets);

      topic = get_uuid (checker, object, path, "topic", FALSE);
      if (topic != NULL && !known_row (store, set, topic, "topics"))
        problem (checker, path, "topic: unknown topic uuid %s", topic);
      dm_annotation_set_topic_uuid (annotation, topic);

      if ((string = get_string (checker, object, path, "polarity", FALSE)) &&
          !dm_polarity_from_string (string, &polarity))
        problem (checker, path, "unknown polarity “%s” (supports, opposes, neutral, mixed or none)", string);
      dm_annotation_set_polarity (annotation, polarity);

      if ((string = get_string (checker, object, path, "mode", FALSE)) &&
          !dm_attribution_mode_from_string (string, &mode))
        problem (checker, path, "unknown attribution mode “%s”", string);
      dm_annotation_set_mode (annotation, mode);

      dm_annotation_set_act_code (annotation, get_string (checker, object, path, "act", FALSE));
      dm_annotation_set_provenance (annotation, get_string (checker, object, path, "provenance", FALSE));
      dm_annotation_set_note (annotation, get_string (checker, object, path, "note", FALSE));
      dm_annotation_set_key_quote (annotation, get_bool (checker, object, path, "key_quote"));
      dm_annotation_set_orphan (annotation, get_bool (checker, object, path, "orphan"));
      dm_annotation_set_coder (annotation, get_string (checker, object, path, "coder", FALSE));
      dm_annotation_set_created (annotation, get_timestamp (checker, object, path, "created"));
      dm_annotation_set_updated (annotation, get_timestamp (checker, object, path, "updated"));

      /* The span must lie in the text and read as the quote says. */
      article = article_uuid ? g_hash_table_lookup (set->article_rows, article_uuid) : NULL;
      if (article == NULL && article_uuid != NULL)
        {
          g_autoptr(GError) error = NULL;

          article = stored = dm_store_lookup_article (store, article_uuid, &error);
          if (article == NULL)
            problem (checker, path, "article: unknown article uuid %s", article_uuid);
        }

      if (article != NULL && start >= 0 && end >= 0 && dm_article_get_body (article) != NULL)
        {
          g_autofree char *text = NULL;

          if (end <= start || (guint) end > dm_article_get_length (article))
            problem (checker, path, "span %" G_GINT64_FORMAT "–%" G_GINT64_FORMAT
                     " is outside the article text (0–%u)", start, end, dm_article_get_length (article));
          else if (dm_annotation_get_quote (annotation) != NULL && !dm_annotation_get_orphan (annotation) &&
                   g_strcmp0 (text = dm_article_dup_text_range (article, start, end),
                              dm_annotation_get_quote (annotation)) != 0)
            problem (checker, path, "the quote does not match the article text at %" G_GINT64_FORMAT
                     "–%" G_GINT64_FORMAT, start, end);
        }

      remember_row (set, checker, annotation, dm_annotation_get_uuid (annotation), path);
      g_ptr_array_add (set->annotations, g_steal_pointer (&annotation));
    }
}

/* }}} */

/* Applying {{{ */

typedef enum
{
  MERGE_ADD,
  MERGE_REPLACE,
  MERGE_KEEP,
} MergeAction;

/* Newer `updated` wins; the same stamp with other content, or an older
 * incoming row that differs, is a conflict reported to the analyst. */
static MergeAction
decide_merge (DmImportReport *report,
              const char     *path,
              const char     *what,
              BuildFunc       build,
              gpointer        incoming,
              gpointer        local)
{
  g_autofree char *incoming_stamp = NULL;
  g_autofree char *local_stamp = NULL;
  g_autofree char *incoming_json = NULL;
  g_autofree char *local_json = NULL;
  int cmp;

  if (local == NULL)
    {
      report->added++;
      return MERGE_ADD;
    }

  g_object_get (incoming, "updated", &incoming_stamp, NULL);
  g_object_get (local, "updated", &local_stamp, NULL);
  cmp = g_strcmp0 (incoming_stamp, local_stamp);

  incoming_json = row_to_string (build, incoming);
  local_json = row_to_string (build, local);

  if (g_str_equal (incoming_json, local_json))
    {
      report->unchanged++;
      return MERGE_KEEP;
    }

  if (cmp > 0)
    {
      report->updated++;
      return MERGE_REPLACE;
    }

  report->unchanged++;
  g_ptr_array_add (report->conflicts,
                   g_strdup_printf ("%s: %s differs from the one in the database, which is %s; kept the database's",
                                    path, what, cmp == 0 ? "as recent" : "newer"));
  return MERGE_KEEP;
}

/* Rows applied so far, for progress and cancelling. */
static gboolean
row_done (ParsedSet     *set,
          guint         *done,
          DmProgress    *progress,
          GCancellable  *cancellable,
          GError       **error)
{
  guint n_rows = MAX (1, set->actors->len + set->topics->len + set->articles->len + set->annotations->len);

  if (++(*done) % DM_PROGRESS_ROWS != 0)
    return TRUE;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  _dm_progress_report (progress, (double) *done / n_rows);
  return TRUE;
}

static gboolean
apply_set (DmStore        *store,
           ParsedSet      *set,
           DmImportReport *report,
           DmProgress     *progress,
           GCancellable   *cancellable,
           GError        **error)
{
  g_autoptr(GPtrArray) with_roles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) pending_topics = NULL;
  guint done = 0;

  for (guint i = 0; i < set->acts->len; i++)
    if (!_dm_store_put_act (store, g_ptr_array_index (set->acts, i), error))
      return FALSE;

  /* Actors first without roles, so that a person may come before the state
   * they represent; roles are written in a second pass. */
  for (guint i = 0; i < set->actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (set->actors, i);
      g_autoptr(DmActor) local = dm_store_lookup_actor (store, dm_actor_get_uuid (actor), NULL);
      const char *path = g_hash_table_lookup (set->row_paths, actor);
      MergeAction action = decide_merge (report, path, "the actor", (BuildFunc) build_actor, actor, local);
      g_autoptr(DmActor) bare = NULL;

      if (!row_done (set, &done, progress, cancellable, error))
        return FALSE;

      if (action == MERGE_KEEP)
        continue;

      bare = dm_actor_copy (actor);
      dm_actor_clear_representations (bare);
      if (!_dm_store_put_actor (store, bare, action == MERGE_REPLACE, error))
        goto failed_row;

      if (dm_actor_get_representations (actor)->len > 0)
        g_ptr_array_add (with_roles, g_object_ref (actor));
      continue;

    failed_row:
      g_prefix_error (error, "%s: ", path);
      return FALSE;
    }

  for (guint i = 0; i < with_roles->len; i++)
    {
      DmActor *actor = g_ptr_array_index (with_roles, i);

      if (!_dm_store_put_actor (store, actor, TRUE, error))
        {
          g_prefix_error (error, "%s: ", (const char *) g_hash_table_lookup (set->row_paths, actor));
          return FALSE;
        }
    }

  /* Parents before children, whatever order the file has. */
  pending_topics = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < set->topics->len; i++)
    g_ptr_array_add (pending_topics, g_object_ref (g_ptr_array_index (set->topics, i)));
  while (pending_topics->len > 0)
    {
      guint before = pending_topics->len;

      for (guint i = 0; i < pending_topics->len;)
        {
          DmTopic *topic = g_ptr_array_index (pending_topics, i);
          const char *parent = dm_topic_get_parent_uuid (topic);
          const char *path = g_hash_table_lookup (set->row_paths, topic);
          g_autoptr(DmTopic) parent_topic = NULL;
          g_autoptr(DmTopic) local = NULL;
          MergeAction action;

          if (parent != NULL && !(parent_topic = dm_store_lookup_topic (store, parent, NULL)))
            {
              i++;
              continue;
            }

          local = dm_store_lookup_topic (store, dm_topic_get_uuid (topic), NULL);
          action = decide_merge (report, path, "the topic", (BuildFunc) build_topic, topic, local);
          if (action != MERGE_KEEP && !_dm_store_put_topic (store, topic, action == MERGE_REPLACE, error))
            {
              g_prefix_error (error, "%s: ", path);
              return FALSE;
            }

          g_ptr_array_remove_index (pending_topics, i);
          if (!row_done (set, &done, progress, cancellable, error))
            return FALSE;
        }

      if (pending_topics->len == before)
        {
          DmTopic *topic = g_ptr_array_index (pending_topics, 0);

          g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                       "%s: parent topic %s is unknown or part of a cycle",
                       (const char *) g_hash_table_lookup (set->row_paths, topic),
                       dm_topic_get_parent_uuid (topic));
          return FALSE;
        }
    }

  for (guint i = 0; i < set->articles->len; i++)
    {
      DmArticle *article = g_ptr_array_index (set->articles, i);
      const char *path = g_hash_table_lookup (set->row_paths, article);
      g_autoptr(DmArticle) local = dm_store_lookup_article (store, dm_article_get_uuid (article), NULL);
      MergeAction action = decide_merge (report, path, "the article", (BuildFunc) build_article, article, local);

      if (!row_done (set, &done, progress, cancellable, error))
        return FALSE;

      if (action != MERGE_KEEP && !_dm_store_put_article (store, article, action == MERGE_REPLACE, error))
        {
          g_prefix_error (error, "%s: ", path);
          return FALSE;
        }
    }

  for (guint i = 0; i < set->annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (set->annotations, i);
      const char *path = g_hash_table_lookup (set->row_paths, annotation);
      g_autoptr(DmAnnotation) local = dm_store_lookup_annotation (store, dm_annotation_get_uuid (annotation), NULL);
      MergeAction action = decide_merge (report, path, "the annotation", (BuildFunc) build_annotation,
                                         annotation, local);

      if (!row_done (set, &done, progress, cancellable, error))
        return FALSE;

      if (action != MERGE_KEEP && !_dm_store_put_annotation (store, annotation, action == MERGE_REPLACE, error))
        {
          g_prefix_error (error, "%s: ", path);
          return FALSE;
        }
    }

  return TRUE;
}

/* }}} */

/* Public API {{{ */

DmImportReport *
dm_import_report_new (void)
{
  DmImportReport *report = g_new0 (DmImportReport, 1);

  report->conflicts = g_ptr_array_new_with_free_func (g_free);

  return report;
}

void
dm_import_report_free (DmImportReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->conflicts, g_ptr_array_unref);
  g_free (report);
}

/* Phases of an import, as fractions of the whole: reading the file,
 * parsing the JSON (json-glib says nothing until it is done), checking
 * rows, then writing them, the longest part. */
#define PHASE_READ   0.10
#define PHASE_PARSE  0.40
#define PHASE_CHECK  0.50
#define PHASE_APPLY  0.99

static gboolean
import_data (DmStore         *store,
             const char      *data,
             gssize           length,
             const char      *origin,
             DmImportReport  *report,
             DmProgress      *progress,
             GCancellable    *cancellable,
             GError         **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(DmImportReport) own_report = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  g_auto(ParsedSet) set = { 0 };
  Checker checker = { origin, problems };
  JsonObject *root;
  JsonNode *node;
  const char *format;
  gsize size;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  if (origin == NULL)
    origin = "annotated set";
  if (report == NULL)
    report = own_report = dm_import_report_new ();

  size = length < 0 ? strlen (data) : (gsize) length;
  if (size == 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT, "%s: the file is empty", origin);
      return FALSE;
    }

  if (memchr (data, '\0', size) != NULL)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                   "%s: this looks like a binary file, not a JSON annotated set", origin);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT, "%s: not valid UTF-8 text", origin);
      return FALSE;
    }

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      const char *why = local_error->message;
      guint line, column;
      int consumed = 0;

      /* json-glib says "<data>:LINE:COLUMN: Parse error: …"; name the
       * place in words, the file is named already. */
      if (sscanf (why, "<data>:%u:%u: %n", &line, &column, &consumed) == 2 && consumed > 0)
        {
          why += consumed;
          if (g_str_has_prefix (why, "Parse error: "))
            why += strlen ("Parse error: ");
          g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                       "%s: not valid JSON at line %u, column %u (%s)", origin, line, column, why);
        }
      else
        g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                     "%s: not valid JSON (%s)", origin, why);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  _dm_progress_phase (progress, PHASE_PARSE, PHASE_CHECK);
  _dm_progress_report (progress, 0.0);

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                   "%s: not a Demarche annotated set (the top level is not an object)", origin);
      return FALSE;
    }

  root = json_node_get_object (node);
  format = json_object_get_string_member_with_default (root, "format", NULL);
  if (g_strcmp0 (format, DM_JSON_SET_FORMAT) != 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                   "%s: not a Demarche annotated set (“format” should be “%s”)", origin, DM_JSON_SET_FORMAT);
      return FALSE;
    }

  node = json_object_get_member (root, "version");
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64 ||
      json_node_get_int (node) != DM_JSON_SET_VERSION)
    {
      g_autofree char *found = node ? json_to_string (node, FALSE) : g_strdup ("missing");

      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                   "%s: annotated-set version %s is not supported (this Demarche reads version %d)",
                   origin, found, DM_JSON_SET_VERSION);
      return FALSE;
    }

  set.acts = g_ptr_array_new_with_free_func ((GDestroyNotify) dm_act_free);
  set.actors = g_ptr_array_new_with_free_func (g_object_unref);
  set.topics = g_ptr_array_new_with_free_func (g_object_unref);
  set.articles = g_ptr_array_new_with_free_func (g_object_unref);
  set.annotations = g_ptr_array_new_with_free_func (g_object_unref);
  set.paths = g_ptr_array_new_with_free_func (g_free);
  set.row_paths = g_hash_table_new (NULL, NULL);
  set.uuids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  set.article_rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  parse_acts (&checker, root, &set);
  parse_actors (&checker, root, &set);
  parse_topics (&checker, root, &set);
  parse_articles (&checker, root, &set);
  parse_annotations (&checker, store, root, &set);
  _dm_progress_report (progress, 0.5);

  /* Roles and parents may point into the set or the database. */
  for (guint i = 0; i < set.actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (set.actors, i);
      GPtrArray *reps = dm_actor_get_representations (actor);

      for (guint j = 0; reps != NULL && j < reps->len; j++)
        {
          const DmRepresentation *rep = g_ptr_array_index (reps, j);

          if (!known_row (store, &set, rep->actor_uuid, "actors"))
            problem (&checker, g_hash_table_lookup (set.row_paths, actor),
                     "represents[%u]: unknown actor uuid %s", j, rep->actor_uuid);
        }
    }

  for (guint i = 0; i < set.topics->len; i++)
    {
      DmTopic *topic = g_ptr_array_index (set.topics, i);
      const char *parent = dm_topic_get_parent_uuid (topic);

      if (parent != NULL && !known_row (store, &set, parent, "topics"))
        problem (&checker, g_hash_table_lookup (set.row_paths, topic), "parent: unknown topic uuid %s", parent);
    }

  if (problems->len > 0)
    {
      g_autoptr(GString) message = g_string_new (NULL);

      if (problems->len == 1)
        g_string_printf (message, "%s: %s", origin, (const char *) g_ptr_array_index (problems, 0));
      else
        {
          g_string_printf (message, "%s: %u%s problems, nothing was imported:",
                           origin, problems->len, problems->len >= MAX_PROBLEMS ? " or more" : "");
          for (guint i = 0; i < problems->len; i++)
            g_string_append_printf (message, "\n  %s", (const char *) g_ptr_array_index (problems, i));
        }

      g_set_error_literal (error, DM_ERROR, DM_ERROR_BAD_FORMAT, message->str);
      return FALSE;
    }

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  _dm_progress_phase (progress, PHASE_CHECK, PHASE_APPLY);
  _dm_progress_report (progress, 0.0);

  if (!_dm_store_begin (store, error))
    return FALSE;

  if (!apply_set (store, &set, report, progress, cancellable, error))
    {
      _dm_store_rollback (store);
      if (!g_error_matches (*error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_prefix_error (error, "%s: ", origin);
      return FALSE;
    }

  /* Cancelling stops before the commit, never after it. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      _dm_store_rollback (store);
      return FALSE;
    }

  if (!_dm_store_commit (store, error))
    return FALSE;

  /* 1.0 only once committed. */
  _dm_progress_phase (progress, 0.0, 1.0);
  _dm_progress_report (progress, 1.0);
  return TRUE;
}

/**
 * dm_json_set_import_data:
 * @store: the store to merge into
 * @data: the JSON text
 * @length: its length, or -1 if nul-terminated
 * @origin: the file name (or "standard input") used in messages
 * @report: (nullable): filled with counts and conflicts
 * @error: return location for an error
 *
 * Validates the whole set first, reporting every problem with its JSON
 * path, then merges it by uuid in one transaction: all or nothing.
 *
 * Returns: %TRUE if the set was merged
 */
gboolean
dm_json_set_import_data (DmStore         *store,
                         const char      *data,
                         gssize           length,
                         const char      *origin,
                         DmImportReport  *report,
                         GError         **error)
{
  DmProgress progress;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);

  _dm_progress_init (&progress, NULL, NULL);
  _dm_progress_phase (&progress, PHASE_READ, PHASE_PARSE);

  return import_data (store, data, length, origin, report, &progress, NULL, error);
}

/**
 * dm_json_set_import_file:
 *
 * Reads @path and merges it like dm_json_set_import_data().
 */
gboolean
dm_json_set_import_file (DmStore         *store,
                         const char      *path,
                         DmImportReport  *report,
                         GError         **error)
{
  return dm_json_set_import_file_full (store, path, report, NULL, NULL, NULL, error);
}

/**
 * dm_json_set_import_file_full:
 * @store: the store to merge into
 * @path: the file to read
 * @report: (nullable): filled with counts and conflicts
 * @progress: (nullable) (scope call): called with the fraction done
 * @progress_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Like dm_json_set_import_file(), reporting progress as it goes. Cancelled
 * at any point, it fails with %G_IO_ERROR_CANCELLED and the store is as it
 * was: the rows are written in one transaction, rolled back on cancel.
 * Runs in any thread, as long as @store is used by that thread alone.
 *
 * Returns: %TRUE if the set was merged
 */
gboolean
dm_json_set_import_file_full (DmStore         *store,
                              const char      *path,
                              DmImportReport  *report,
                              DmProgressFunc   progress,
                              gpointer         progress_data,
                              GCancellable    *cancellable,
                              GError         **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  DmProgress steps;
  gsize length;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);

  _dm_progress_init (&steps, progress, progress_data);
  _dm_progress_report (&steps, 0.0);

  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: no such file", path);
      else
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: cannot read the file", path);
      return FALSE;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "%s: is a folder, not a file", path);
      return FALSE;
    }

  /* Far above real sets: a 50 MB set peaks at about 270 MB of memory
   * (docs/annotated-set.md), so the limit keeps a mistaken pick of a huge
   * file from taking gigabytes. */
  if (g_file_info_get_size (info) > DM_SET_MAX_SIZE)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                   "%s: too large (%" G_GOFFSET_FORMAT " MiB; the limit is %" G_GOFFSET_FORMAT " MiB)",
                   path, g_file_info_get_size (info) / (1024 * 1024), DM_SET_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (!g_file_load_contents (file, cancellable, &data, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED, "%s: cannot read the file (%s)",
                     path, local_error->message);
      return FALSE;
    }

  _dm_progress_phase (&steps, 0.0, PHASE_READ);
  _dm_progress_report (&steps, 1.0);
  _dm_progress_phase (&steps, PHASE_READ, PHASE_PARSE);

  return import_data (store, data, length, path, report, &steps, cancellable, error);
}

/* }}} */
