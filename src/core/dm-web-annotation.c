/* dm-web-annotation.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-web-annotation"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "dm-error.h"
#include "dm-json-set.h"
#include "dm-store-private.h"
#include "dm-web-annotation.h"

/* W3C Web Annotation Data Model (JSON-LD) export and import (issue 6), so
 * that annotation tools speaking the W3C model can show, and re-anchor,
 * Demarche's codings.
 *
 * Export: one AnnotationCollection with its single AnnotationPage embedded
 * as "first". Each Annotation has:
 *
 * - id "urn:uuid:<annotation uuid>", created and modified, a creator
 *   {"type": "Person", "name": <coder>} when a coder is recorded, and
 *   motivation "classifying" when it codes a topic or a polarity,
 *   "tagging" otherwise;
 * - a target, a SpecificResource whose source is the article's URL when it
 *   has one (so that other tools find the page) and "urn:uuid:<article
 *   uuid>" otherwise, with two selectors describing the same span: a
 *   TextQuoteSelector (exact, prefix, suffix) and a TextPositionSelector
 *   (start, end in Unicode code points, as the model counts characters);
 *   "dm:article" always names the article by uuid. An orphan (an
 *   annotation that could not be re-anchored after its text changed) has
 *   the quote selector only, since its span is a guess, and "dm:orphan":
 *   true;
 * - bodies, all TextualBody: one per speaking actor (purpose "tagging",
 *   the actor's name), the topic (purpose "classifying", its path), the
 *   polarity (purpose "classifying", "supports" …) and the note (purpose
 *   "commenting"). A generic tool shows these as tags and a comment. Each
 *   Demarche body also says what it codes ("dm:facet": "actor", "topic" or
 *   "polarity") and, for actors and topics, which one ("dm:actor",
 *   "dm:topic": "urn:uuid:…"), since a TextualBody's own id would name the
 *   body, not the actor;
 * - the rest of the coding as extension terms: dm:act (CAMEO root code),
 *   dm:mode, dm:provenance, dm:keyQuote and dm:targets (the actors the
 *   position is aimed at, {"id": "urn:uuid:…", "name": …}).
 *
 * The extension terms live in a second @context object mapping "dm" to
 * DM_WEB_ANNOTATION_NAMESPACE, so the document stays valid JSON-LD and a
 * processor expands them to IRIs instead of dropping them.
 *
 * The collection and page ids are name-based (version 5) UUIDs of the
 * annotations exported, so the same database gives the same bytes.
 *
 * Import reads such a document (a collection with its first page
 * embedded, a page, a single annotation or a JSON array of annotations),
 * finds the article of each annotation (by dm:article, by a urn:uuid
 * source, or by URL), places it (see place_annotation()), resolves actors
 * and topics by uuid or else by exact name (path for topics), and writes
 * what was placed in one transaction. An annotation that cannot be placed
 * or resolved is reported and skipped; the others are still imported. */

#define EXCERPT_LENGTH    60

/* Stands for "more than one match" in the name indexes. */
static const char ambiguous[] = "";

/* Helpers {{{ */

/* A name-based UUID (RFC 4122 version 5, SHA-1) in the URL namespace. */
static char *
uuid_v5 (const char *name)
{
  static const guint8 url_namespace[16] = {
    0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
  };
  g_autoptr(GChecksum) sha1 = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize length = sizeof digest;

  g_checksum_update (sha1, url_namespace, sizeof url_namespace);
  g_checksum_update (sha1, (const guchar *) name, -1);
  g_checksum_get_digest (sha1, digest, &length);

  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;

  return g_strdup_printf ("%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
                          digest[0], digest[1], digest[2], digest[3], digest[4], digest[5],
                          digest[6], digest[7], digest[8], digest[9], digest[10], digest[11],
                          digest[12], digest[13], digest[14], digest[15]);
}

static char *
urn_from_uuid (const char *uuid)
{
  return g_strconcat ("urn:uuid:", uuid, NULL);
}

/* "urn:uuid:XXXX" → "xxxx", or NULL for anything else. */
static char *
uuid_from_urn (const char *iri)
{
  g_autofree char *uuid = NULL;

  if (iri == NULL || g_ascii_strncasecmp (iri, "urn:uuid:", 9) != 0)
    return NULL;

  uuid = g_ascii_strdown (iri + 9, -1);
  if (!g_uuid_string_is_valid (uuid))
    return NULL;

  return g_steal_pointer (&uuid);
}

static char *
excerpt (const char *text)
{
  const char *cut;

  if (g_utf8_strlen (text, -1) <= EXCERPT_LENGTH)
    return g_strdup (text);

  cut = g_utf8_offset_to_pointer (text, EXCERPT_LENGTH);
  return g_strdup_printf ("%.*s…", (int)(cut - text), text);
}

static gboolean
index_unique (GHashTable *index,
              const char *key,
              const char *uuid)
{
  const char *found;

  if (key == NULL)
    return FALSE;

  found = g_hash_table_lookup (index, key);
  if (found == NULL)
    g_hash_table_insert (index, (gpointer) key, (gpointer) uuid);
  else if (g_strcmp0 (found, uuid) != 0)
    g_hash_table_insert (index, (gpointer) key, (gpointer) ambiguous);

  return TRUE;
}

/* }}} */

/* Export {{{ */

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_urn (JsonBuilder *builder,
         const char  *name,
         const char  *uuid)
{
  g_autofree char *urn = urn_from_uuid (uuid);

  add_string (builder, name, urn);
}

static void
add_textual_body (JsonBuilder *builder,
                  const char  *purpose,
                  const char  *value,
                  const char  *facet,
                  const char  *id_term,
                  const char  *uuid)
{
  json_builder_begin_object (builder);
  add_string (builder, "type", "TextualBody");
  add_string (builder, "purpose", purpose);
  add_string (builder, "value", value);
  if (g_str_equal (purpose, "commenting"))
    add_string (builder, "format", "text/plain");
  if (facet != NULL)
    add_string (builder, "dm:facet", facet);
  if (id_term != NULL)
    add_urn (builder, id_term, uuid);
  json_builder_end_object (builder);
}

static void
add_context (JsonBuilder *builder)
{
  static const char * const id_terms[] = { "dm:article", "dm:actor", "dm:topic" };

  json_builder_set_member_name (builder, "@context");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, DM_WEB_ANNOTATION_CONTEXT);
  json_builder_begin_object (builder);
  add_string (builder, "dm", DM_WEB_ANNOTATION_NAMESPACE);
  /* Their values are IRIs (urn:uuid:…), not strings. */
  for (guint i = 0; i < G_N_ELEMENTS (id_terms); i++)
    {
      json_builder_set_member_name (builder, id_terms[i]);
      json_builder_begin_object (builder);
      add_string (builder, "@type", "@id");
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

typedef struct
{
  GHashTable *actors;    /* uuid → DmActor */
  GHashTable *topics;    /* uuid → DmTopic */
  GHashTable *articles;  /* uuid → DmArticle */
} Codebook;

static void
codebook_clear (Codebook *codebook)
{
  g_clear_pointer (&codebook->actors, g_hash_table_unref);
  g_clear_pointer (&codebook->topics, g_hash_table_unref);
  g_clear_pointer (&codebook->articles, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Codebook, codebook_clear)

typedef const char *(*UuidFunc) (gpointer object);

static GHashTable *
index_objects (GPtrArray *objects,
               UuidFunc   get_uuid)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < objects->len; i++)
    {
      gpointer object = g_ptr_array_index (objects, i);

      g_hash_table_insert (index, (gpointer) get_uuid (object), g_object_ref (object));
    }

  return index;
}

static void
build_annotation (JsonBuilder  *builder,
                  Codebook     *codebook,
                  DmAnnotation *annotation)
{
  DmArticle *article = g_hash_table_lookup (codebook->articles, dm_annotation_get_article_uuid (annotation));
  const char *url = article != NULL ? dm_article_get_url (article) : NULL;
  const char *topic_uuid = dm_annotation_get_topic_uuid (annotation);
  DmTopic *topic = topic_uuid != NULL ? g_hash_table_lookup (codebook->topics, topic_uuid) : NULL;
  DmPolarity polarity = dm_annotation_get_polarity (annotation);
  const char * const *speakers = dm_annotation_get_actor_uuids (annotation);
  const char * const *targets = dm_annotation_get_target_uuids (annotation);
  const char *coder = dm_annotation_get_coder (annotation);
  const char *note = dm_annotation_get_note (annotation);

  json_builder_begin_object (builder);
  add_urn (builder, "id", dm_annotation_get_uuid (annotation));
  add_string (builder, "type", "Annotation");
  add_string (builder, "motivation", topic != NULL || polarity != DM_POLARITY_NONE ? "classifying" : "tagging");
  add_string (builder, "created", dm_annotation_get_created (annotation));
  add_string (builder, "modified", dm_annotation_get_updated (annotation));

  if (coder != NULL)
    {
      json_builder_set_member_name (builder, "creator");
      json_builder_begin_object (builder);
      add_string (builder, "type", "Person");
      add_string (builder, "name", coder);
      json_builder_end_object (builder);
    }

  json_builder_set_member_name (builder, "body");
  json_builder_begin_array (builder);
  for (guint i = 0; speakers != NULL && speakers[i] != NULL; i++)
    {
      DmActor *actor = g_hash_table_lookup (codebook->actors, speakers[i]);

      add_textual_body (builder, "tagging", actor != NULL ? dm_actor_get_name (actor) : speakers[i],
                        "actor", "dm:actor", speakers[i]);
    }
  if (topic != NULL)
    add_textual_body (builder, "classifying", dm_topic_get_path (topic), "topic", "dm:topic", topic_uuid);
  if (polarity != DM_POLARITY_NONE)
    add_textual_body (builder, "classifying", dm_polarity_to_string (polarity), "polarity", NULL, NULL);
  if (note != NULL)
    add_textual_body (builder, "commenting", note, NULL, NULL, NULL);
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "target");
  json_builder_begin_object (builder);
  if (url != NULL)
    add_string (builder, "source", url);
  else
    add_urn (builder, "source", dm_annotation_get_article_uuid (annotation));
  add_urn (builder, "dm:article", dm_annotation_get_article_uuid (annotation));
  json_builder_set_member_name (builder, "selector");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_string (builder, "type", "TextQuoteSelector");
  add_string (builder, "exact", dm_annotation_get_quote (annotation));
  add_string (builder, "prefix", dm_annotation_get_prefix (annotation) ? dm_annotation_get_prefix (annotation) : "");
  add_string (builder, "suffix", dm_annotation_get_suffix (annotation) ? dm_annotation_get_suffix (annotation) : "");
  json_builder_end_object (builder);
  if (!dm_annotation_get_orphan (annotation))
    {
      json_builder_begin_object (builder);
      add_string (builder, "type", "TextPositionSelector");
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, dm_annotation_get_start (annotation));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, dm_annotation_get_end (annotation));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  if (dm_annotation_get_act_code (annotation) != NULL)
    add_string (builder, "dm:act", dm_annotation_get_act_code (annotation));
  add_string (builder, "dm:mode", dm_attribution_mode_to_string (dm_annotation_get_mode (annotation)));
  if (dm_annotation_get_provenance (annotation) != NULL)
    add_string (builder, "dm:provenance", dm_annotation_get_provenance (annotation));
  json_builder_set_member_name (builder, "dm:keyQuote");
  json_builder_add_boolean_value (builder, dm_annotation_get_key_quote (annotation));
  if (dm_annotation_get_orphan (annotation))
    {
      json_builder_set_member_name (builder, "dm:orphan");
      json_builder_add_boolean_value (builder, TRUE);
    }

  if (targets != NULL && targets[0] != NULL)
    {
      json_builder_set_member_name (builder, "dm:targets");
      json_builder_begin_array (builder);
      for (guint i = 0; targets[i] != NULL; i++)
        {
          DmActor *actor = g_hash_table_lookup (codebook->actors, targets[i]);

          json_builder_begin_object (builder);
          add_urn (builder, "id", targets[i]);
          if (actor != NULL)
            add_string (builder, "name", dm_actor_get_name (actor));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
    }

  json_builder_end_object (builder);
}

/* }}} */

/* Import {{{ */

typedef struct
{
  DmAnnotation *annotation;
  char         *path;
  gboolean      reanchored;
} Placement;

static void
placement_free (Placement *placement)
{
  g_clear_object (&placement->annotation);
  g_clear_pointer (&placement->path, g_free);
  g_free (placement);
}

typedef struct
{
  DmStore               *store;
  DmWebAnnotationReport *report;
  GPtrArray             *actors;            /* DmActor */
  GPtrArray             *topics;            /* DmTopic */
  GPtrArray             *articles;          /* DmArticle summaries */
  GPtrArray             *acts;              /* DmAct */
  GHashTable            *actor_uuids;       /* uuid → uuid */
  GHashTable            *actor_names;       /* name → uuid or ambiguous */
  GHashTable            *topic_uuids;       /* uuid → uuid */
  GHashTable            *topic_paths;       /* path → uuid */
  GHashTable            *topic_names;       /* name → uuid or ambiguous */
  GHashTable            *article_uuids;     /* uuid → DmArticle summary */
  GHashTable            *article_urls;      /* url → uuid or ambiguous */
  GHashTable            *act_codes;         /* code set */
  GHashTable            *bodies;            /* uuid → DmArticle with body */
  GHashTable            *seen;              /* annotation uuid → path */
  GPtrArray             *placements;        /* Placement */
} Importer;

static void
importer_clear (Importer *importer)
{
  g_clear_pointer (&importer->actor_uuids, g_hash_table_unref);
  g_clear_pointer (&importer->actor_names, g_hash_table_unref);
  g_clear_pointer (&importer->topic_uuids, g_hash_table_unref);
  g_clear_pointer (&importer->topic_paths, g_hash_table_unref);
  g_clear_pointer (&importer->topic_names, g_hash_table_unref);
  g_clear_pointer (&importer->article_uuids, g_hash_table_unref);
  g_clear_pointer (&importer->article_urls, g_hash_table_unref);
  g_clear_pointer (&importer->act_codes, g_hash_table_unref);
  g_clear_pointer (&importer->bodies, g_hash_table_unref);
  g_clear_pointer (&importer->seen, g_hash_table_unref);
  g_clear_pointer (&importer->placements, g_ptr_array_unref);
  g_clear_pointer (&importer->actors, g_ptr_array_unref);
  g_clear_pointer (&importer->topics, g_ptr_array_unref);
  g_clear_pointer (&importer->articles, g_ptr_array_unref);
  g_clear_pointer (&importer->acts, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Importer, importer_clear)

static gboolean
importer_load (Importer  *importer,
               GError   **error)
{
  if (!(importer->actors = dm_store_dup_actors (importer->store, error)) ||
      !(importer->topics = dm_store_dup_topics (importer->store, error)) ||
      !(importer->articles = dm_store_dup_articles (importer->store, error)) ||
      !(importer->acts = dm_store_dup_acts (importer->store, error)))
    return FALSE;

  importer->actor_uuids = g_hash_table_new (g_str_hash, g_str_equal);
  importer->actor_names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < importer->actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (importer->actors, i);
      const char *uuid = dm_actor_get_uuid (actor);

      g_hash_table_insert (importer->actor_uuids, (gpointer) uuid, (gpointer) uuid);
      index_unique (importer->actor_names, dm_actor_get_name (actor), uuid);
    }

  importer->topic_uuids = g_hash_table_new (g_str_hash, g_str_equal);
  importer->topic_paths = g_hash_table_new (g_str_hash, g_str_equal);
  importer->topic_names = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < importer->topics->len; i++)
    {
      DmTopic *topic = g_ptr_array_index (importer->topics, i);
      const char *uuid = dm_topic_get_uuid (topic);

      g_hash_table_insert (importer->topic_uuids, (gpointer) uuid, (gpointer) uuid);
      index_unique (importer->topic_paths, dm_topic_get_path (topic), uuid);
      index_unique (importer->topic_names, dm_topic_get_name (topic), uuid);
    }

  importer->article_uuids = g_hash_table_new (g_str_hash, g_str_equal);
  importer->article_urls = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < importer->articles->len; i++)
    {
      DmArticle *article = g_ptr_array_index (importer->articles, i);

      g_hash_table_insert (importer->article_uuids, (gpointer) dm_article_get_uuid (article), article);
      index_unique (importer->article_urls, dm_article_get_url (article), dm_article_get_uuid (article));
    }

  importer->act_codes = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < importer->acts->len; i++)
    g_hash_table_add (importer->act_codes, ((DmAct *) g_ptr_array_index (importer->acts, i))->code);

  importer->bodies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  importer->seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  importer->placements = g_ptr_array_new_with_free_func ((GDestroyNotify) placement_free);

  return TRUE;
}

static void G_GNUC_PRINTF (3, 4)
skip (Importer   *importer,
      const char *path,
      const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (importer->report->skipped, g_strdup_printf ("%s: %s", path, message));
}

/* JSON-LD readers: compacted JSON-LD may give any single value as a
 * one-element array, and "id"/"type" are the context's aliases of
 * "@id"/"@type". */

static JsonNode *
get_member (JsonObject *object,
            const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL && (g_str_equal (name, "id") || g_str_equal (name, "type")))
    {
      g_autofree char *keyword = g_strconcat ("@", name, NULL);

      node = json_object_get_member (object, keyword);
    }

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      node = json_array_get_length (array) > 0 ? json_array_get_element (array, 0) : NULL;
    }

  return node;
}

static const char *
get_string (JsonObject *object,
            const char *name)
{
  JsonNode *node = get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

static JsonObject *
get_object (JsonObject *object,
            const char *name)
{
  JsonNode *node = get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static gboolean
get_offset (JsonObject *object,
            const char *name,
            guint      *value)
{
  JsonNode *node = get_member (object, name);
  gint64 number;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;

  number = json_node_get_int (node);
  if (number < 0 || number > G_MAXINT)
    return FALSE;

  *value = (guint) number;
  return TRUE;
}

/* The member's values as a list, whether it holds one value or an array. */
static GPtrArray *
get_all (JsonObject *object,
         const char *name)
{
  JsonNode *node = json_object_get_member (object, name);
  GPtrArray *values = g_ptr_array_new ();

  if (node == NULL)
    return values;

  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        g_ptr_array_add (values, json_array_get_element (array, i));
    }
  else
    g_ptr_array_add (values, node);

  return values;
}

static gboolean
has_type (JsonObject *object,
          const char *type)
{
  const char *names[] = { "type", "@type" };

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autoptr(GPtrArray) types = get_all (object, names[n]);

      for (guint i = 0; i < types->len; i++)
        {
          JsonNode *node = g_ptr_array_index (types, i);

          if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
              g_str_equal (json_node_get_string (node), type))
            return TRUE;
        }
    }

  return FALSE;
}

/* Resolves a reference by uuid (a urn:uuid: IRI), else by exact name. */
static const char *
resolve (GHashTable *by_uuid,
         GHashTable *by_name,
         GHashTable *by_other_name,
         const char *iri,
         const char *name)
{
  g_autofree char *uuid = uuid_from_urn (iri);
  const char *found;

  if (uuid != NULL && (found = g_hash_table_lookup (by_uuid, uuid)))
    return found;

  if (name == NULL)
    return NULL;

  if ((found = g_hash_table_lookup (by_name, name)) && found != ambiguous)
    return found;

  if (by_other_name != NULL && (found = g_hash_table_lookup (by_other_name, name)) && found != ambiguous)
    return found;

  return NULL;
}

static const char *
describe_reference (const char *iri,
                    const char *name)
{
  return name != NULL ? name : iri != NULL ? iri : "(unnamed)";
}

static DmArticle *
lookup_body (Importer   *importer,
             const char *uuid)
{
  DmArticle *article = g_hash_table_lookup (importer->bodies, uuid);

  if (article == NULL)
    {
      article = dm_store_lookup_article (importer->store, uuid, NULL);
      if (article == NULL)
        return NULL;
      g_hash_table_insert (importer->bodies, (gpointer) dm_article_get_uuid (article), article);
    }

  return article;
}

/* Which of the database's articles the target's source names. */
static const char *
find_article (Importer   *importer,
              JsonObject *target)
{
  const char *candidates[2] = { get_string (target, "dm:article"), NULL };
  JsonObject *source_object = get_object (target, "source");
  const char *source = source_object != NULL ? get_string (source_object, "id") : get_string (target, "source");
  const char *found;

  candidates[1] = source;
  for (guint i = 0; i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *uuid = uuid_from_urn (candidates[i]);
      DmArticle *article;

      if (uuid != NULL && (article = g_hash_table_lookup (importer->article_uuids, uuid)))
        return dm_article_get_uuid (article);
    }

  if (source != NULL && (found = g_hash_table_lookup (importer->article_urls, source)) && found != ambiguous)
    return found;

  return NULL;
}

/*
 * locate_quote:
 * @body: the article text
 * @exact: the quote
 * @prefix: (nullable): the text just before it when it was coded
 * @suffix: (nullable): the text just after it
 * @hint: where it was (code points), to choose among several matches
 * @start: (out): where it is now, in code points
 * @end: (out): the code point after it
 *
 * Finds the quote by exact text, with its prefix and suffix exactly around
 * it; among several such places, the one nearest @hint. Nothing fuzzy: a
 * quote whose words or context changed is not found, and the caller
 * reports it instead of moving the annotation onto a look-alike passage.
 *
 * This is the one place the fuzzy re-anchoring engine (dm-reanchor, issue
 * 6: "exact first, then a bounded fuzzy match that prefers the old
 * position") is meant to plug in: it can replace this body and keep the
 * signature.
 *
 * Returns: %TRUE if the quote was placed
 */
static gboolean
locate_quote (const char *body,
              const char *exact,
              const char *prefix,
              const char *suffix,
              guint       hint,
              guint      *start,
              guint      *end)
{
  gsize prefix_len = prefix != NULL ? strlen (prefix) : 0;
  gsize suffix_len = suffix != NULL ? strlen (suffix) : 0;
  gsize exact_len = strlen (exact);
  guint best_distance = G_MAXUINT;
  gboolean found = FALSE;

  if (exact_len == 0)
    return FALSE;

  for (const char *at = strstr (body, exact); at != NULL; at = strstr (at + 1, exact))
    {
      guint offset;
      guint distance;

      if (prefix_len > 0 && ((gsize)(at - body) < prefix_len || memcmp (at - prefix_len, prefix, prefix_len) != 0))
        continue;

      if (suffix_len > 0 && strncmp (at + exact_len, suffix, suffix_len) != 0)
        continue;

      /* A match inside a multi-byte character cannot happen for valid
       * UTF-8 quotes, but a stray one would give meaningless offsets. */
      if ((((guchar) *at) & 0xc0) == 0x80)
        continue;

      offset = (guint) g_utf8_pointer_to_offset (body, at);
      distance = offset > hint ? offset - hint : hint - offset;
      if (distance < best_distance)
        {
          best_distance = distance;
          *start = offset;
          *end = offset + (guint) g_utf8_strlen (exact, exact_len);
          found = TRUE;
        }
    }

  return found;
}

typedef struct
{
  const char *exact;
  const char *prefix;
  const char *suffix;
  guint       start;
  guint       end;
  gboolean    has_position;
} Selectors;

static void
read_selectors (JsonObject *target,
                Selectors  *selectors)
{
  g_autoptr(GPtrArray) nodes = get_all (target, "selector");

  for (guint i = 0; i < nodes->len; i++)
    {
      JsonNode *node = g_ptr_array_index (nodes, i);
      JsonObject *selector;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      selector = json_node_get_object (node);
      if (has_type (selector, "TextQuoteSelector") && selectors->exact == NULL)
        {
          selectors->exact = get_string (selector, "exact");
          selectors->prefix = get_string (selector, "prefix");
          selectors->suffix = get_string (selector, "suffix");
        }
      else if (has_type (selector, "TextPositionSelector") && !selectors->has_position)
        {
          selectors->has_position = get_offset (selector, "start", &selectors->start) &&
                                    get_offset (selector, "end", &selectors->end) &&
                                    selectors->start < selectors->end;
        }
    }
}

/*
 * place_annotation:
 *
 * Where the annotation goes in @article's text now: at its recorded
 * position if the text there is still its quote (or it has no quote to
 * check), else wherever locate_quote() finds the quote.
 *
 * Returns: %TRUE if placed; @reanchored says whether by quote
 */
static gboolean
place_annotation (DmArticle       *article,
                  const Selectors *selectors,
                  guint           *start,
                  guint           *end,
                  gboolean        *reanchored)
{
  *reanchored = FALSE;

  if (selectors->has_position && selectors->end <= dm_article_get_length (article))
    {
      g_autofree char *text = dm_article_dup_text_range (article, selectors->start, selectors->end);

      if (selectors->exact == NULL || g_strcmp0 (text, selectors->exact) == 0)
        {
          *start = selectors->start;
          *end = selectors->end;
          return TRUE;
        }
    }

  if (selectors->exact == NULL)
    return FALSE;

  *reanchored = TRUE;
  return locate_quote (dm_article_get_body (article), selectors->exact, selectors->prefix,
                       selectors->suffix, selectors->has_position ? selectors->start : 0, start, end);
}

typedef struct
{
  GPtrArray  *actors;    /* uuids, borrowed */
  const char *topic;
  DmPolarity  polarity;
  GString    *note;
} Bodies;

/* Reads the bodies; FALSE (with a reason skipped) when one names an actor
 * or topic the database does not have. */
static gboolean
read_bodies (Importer   *importer,
             JsonObject *object,
             const char *path,
             Bodies     *bodies)
{
  g_autoptr(GPtrArray) nodes = get_all (object, "body");
  const char *body_value = get_string (object, "bodyValue");

  for (guint i = 0; i < nodes->len; i++)
    {
      JsonNode *node = g_ptr_array_index (nodes, i);
      JsonObject *body;
      const char *purpose;
      const char *facet;
      const char *value;
      DmPolarity polarity;

      if (!JSON_NODE_HOLDS_OBJECT (node))
        continue;

      body = json_node_get_object (node);
      purpose = get_string (body, "purpose");
      facet = get_string (body, "dm:facet");
      value = get_string (body, "value");

      /* Without Demarche's dm:facet (a file from another tool), tags are
       * actors and classifications are a polarity when they spell one,
       * a topic otherwise. */
      if (facet == NULL && g_strcmp0 (purpose, "tagging") == 0)
        facet = "actor";
      else if (facet == NULL && g_strcmp0 (purpose, "classifying") == 0)
        facet = value != NULL && dm_polarity_from_string (value, &polarity) ? "polarity" : "topic";

      if (g_strcmp0 (facet, "actor") == 0)
        {
          const char *iri = get_string (body, "dm:actor");
          const char *uuid = resolve (importer->actor_uuids, importer->actor_names, NULL, iri, value);

          if (uuid == NULL)
            {
              skip (importer, path, "body[%u]: no actor “%s” in the database", i, describe_reference (iri, value));
              return FALSE;
            }
          if (!g_ptr_array_find_with_equal_func (bodies->actors, uuid, g_str_equal, NULL))
            g_ptr_array_add (bodies->actors, (gpointer) uuid);
        }
      else if (g_strcmp0 (facet, "topic") == 0)
        {
          const char *iri = get_string (body, "dm:topic");
          const char *uuid = resolve (importer->topic_uuids, importer->topic_paths, importer->topic_names, iri, value);

          if (uuid == NULL)
            {
              skip (importer, path, "body[%u]: no topic “%s” in the database", i, describe_reference (iri, value));
              return FALSE;
            }
          bodies->topic = uuid;
        }
      else if (g_strcmp0 (facet, "polarity") == 0)
        {
          if (value == NULL || !dm_polarity_from_string (value, &polarity))
            {
              skip (importer, path, "body[%u]: “%s” is not a polarity (supports, opposes, neutral, mixed)",
                    i, value != NULL ? value : "");
              return FALSE;
            }
          bodies->polarity = polarity;
        }
      else if (g_strcmp0 (purpose, "commenting") == 0 && value != NULL)
        g_string_append_printf (bodies->note, "%s%s", bodies->note->len > 0 ? "\n\n" : "", value);
    }

  if (body_value != NULL)
    g_string_append_printf (bodies->note, "%s%s", bodies->note->len > 0 ? "\n\n" : "", body_value);

  return TRUE;
}

static char *
read_coder (JsonObject *object)
{
  JsonNode *node = get_member (object, "creator");

  if (node == NULL)
    return NULL;

  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *creator = json_node_get_object (node);
      const char *name = get_string (creator, "name");

      if (name == NULL)
        name = get_string (creator, "nickname");
      if (name == NULL)
        name = get_string (creator, "id");
      return g_strdup (name);
    }

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));

  return NULL;
}

/* The annotation's uuid: its own for urn:uuid ids, a name-based one for
 * other ids (so a second import of the same file merges instead of
 * duplicating), one from its content when it has no id at all. */
static char *
read_uuid (JsonObject *object,
           JsonNode   *node)
{
  const char *id = get_string (object, "id");
  g_autofree char *uuid = uuid_from_urn (id);
  g_autofree char *content = NULL;

  if (uuid != NULL)
    return g_steal_pointer (&uuid);

  if (id != NULL)
    return uuid_v5 (id);

  content = json_to_string (node, FALSE);
  return uuid_v5 (content);
}

static void
import_annotation (Importer   *importer,
                   JsonNode   *node,
                   const char *path)
{
  g_autoptr(GPtrArray) actors = g_ptr_array_new ();
  g_autoptr(GPtrArray) target_uuids = g_ptr_array_new ();
  g_autoptr(GPtrArray) target_nodes = NULL;
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autofree char *uuid = NULL;
  g_autofree char *coder = NULL;
  g_autofree char *now = NULL;
  Bodies bodies = { actors, NULL, DM_POLARITY_NONE, note };
  Selectors selectors = { 0 };
  JsonObject *object;
  JsonObject *target;
  DmArticle *article;
  const char *article_uuid;
  const char *act;
  const char *mode_name;
  const char *previous;
  DmAttributionMode mode = DM_ATTRIBUTION_UNSPECIFIED;
  JsonNode *key_quote;
  guint start = 0;
  guint end = 0;
  gboolean reanchored;
  Placement *placement;

  object = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (object == NULL || !has_type (object, "Annotation"))
    {
      skip (importer, path, "not an Annotation");
      return;
    }

  uuid = read_uuid (object, node);
  if ((previous = g_hash_table_lookup (importer->seen, uuid)))
    {
      skip (importer, path, "the same annotation as %s", previous);
      return;
    }
  g_hash_table_insert (importer->seen, g_strdup (uuid), g_strdup (path));

  if (!(target = get_object (object, "target")))
    {
      skip (importer, path, "no target with a selector: Demarche places annotations by quote or position");
      return;
    }

  if (!(article_uuid = find_article (importer, target)))
    {
      const char *source = get_string (target, "source");

      skip (importer, path, "no article in the database matches the target %s",
            source != NULL ? source : "(without a source)");
      return;
    }

  if (!(article = lookup_body (importer, article_uuid)))
    {
      skip (importer, path, "cannot read article %s", article_uuid);
      return;
    }

  read_selectors (target, &selectors);
  if (selectors.exact == NULL && !selectors.has_position)
    {
      skip (importer, path, "the target has neither a TextQuoteSelector nor a TextPositionSelector");
      return;
    }

  if (!place_annotation (article, &selectors, &start, &end, &reanchored))
    {
      g_autofree char *quote = excerpt (selectors.exact != NULL ? selectors.exact : "");

      if (selectors.exact != NULL)
        skip (importer, path, "cannot place the quote “%s” in article “%s” (%s)",
              quote, dm_article_get_title (article) ? dm_article_get_title (article) : "untitled", article_uuid);
      else
        skip (importer, path, "position %u–%u is outside article “%s” (%s)", selectors.start, selectors.end,
              dm_article_get_title (article) ? dm_article_get_title (article) : "untitled", article_uuid);
      return;
    }

  if (!read_bodies (importer, object, path, &bodies))
    return;

  if (actors->len == 0)
    {
      skip (importer, path, "no actor: Demarche needs a tagging body naming who holds the position");
      return;
    }

  act = get_string (object, "dm:act");
  if (act != NULL && !g_hash_table_contains (importer->act_codes, act))
    {
      skip (importer, path, "dm:act: no CAMEO act with code “%s”", act);
      return;
    }

  mode_name = get_string (object, "dm:mode");
  if (mode_name != NULL && !dm_attribution_mode_from_string (mode_name, &mode))
    {
      skip (importer, path, "dm:mode: “%s” is not an attribution mode", mode_name);
      return;
    }

  target_nodes = get_all (object, "dm:targets");
  for (guint i = 0; i < target_nodes->len; i++)
    {
      JsonNode *target_node = g_ptr_array_index (target_nodes, i);
      JsonObject *target_object = JSON_NODE_HOLDS_OBJECT (target_node) ? json_node_get_object (target_node) : NULL;
      const char *iri = target_object != NULL ? get_string (target_object, "id") :
                        JSON_NODE_HOLDS_VALUE (target_node) ? json_node_get_string (target_node) : NULL;
      const char *name = target_object != NULL ? get_string (target_object, "name") : NULL;
      const char *target_uuid = resolve (importer->actor_uuids, importer->actor_names, NULL, iri, name);

      if (target_uuid == NULL)
        {
          skip (importer, path, "dm:targets[%u]: no actor “%s” in the database", i, describe_reference (iri, name));
          return;
        }
      if (!g_ptr_array_find_with_equal_func (target_uuids, target_uuid, g_str_equal, NULL))
        g_ptr_array_add (target_uuids, (gpointer) target_uuid);
    }

  g_ptr_array_add (actors, NULL);
  g_ptr_array_add (target_uuids, NULL);

  annotation = dm_annotation_new (article_uuid, start, end);
  dm_annotation_set_uuid (annotation, uuid);
  dm_annotation_set_actor_uuids (annotation, (const char * const *) actors->pdata);
  dm_annotation_set_target_uuids (annotation, (const char * const *) target_uuids->pdata);
  dm_annotation_set_topic_uuid (annotation, bodies.topic);
  dm_annotation_set_polarity (annotation, bodies.polarity);
  dm_annotation_set_act_code (annotation, act);
  dm_annotation_set_mode (annotation, mode);
  dm_annotation_set_provenance (annotation, get_string (object, "dm:provenance"));
  dm_annotation_set_note (annotation, note->len > 0 ? note->str : NULL);
  key_quote = get_member (object, "dm:keyQuote");
  dm_annotation_set_key_quote (annotation, key_quote != NULL && JSON_NODE_HOLDS_VALUE (key_quote) &&
                                           json_node_get_value_type (key_quote) == G_TYPE_BOOLEAN &&
                                           json_node_get_boolean (key_quote));
  coder = read_coder (object);
  dm_annotation_set_coder (annotation, coder);

  /* Quote, prefix and suffix are taken from this database's text by the
   * store, so that they describe where the annotation now sits. */
  dm_annotation_set_quote (annotation, NULL);
  dm_annotation_set_prefix (annotation, NULL);
  dm_annotation_set_suffix (annotation, NULL);

  now = _dm_now_iso8601 ();
  dm_annotation_set_created (annotation, get_string (object, "created") ? get_string (object, "created") : now);
  dm_annotation_set_updated (annotation, get_string (object, "modified") ? get_string (object, "modified") :
                                         dm_annotation_get_created (annotation));

  placement = g_new0 (Placement, 1);
  placement->annotation = g_steal_pointer (&annotation);
  placement->path = g_strdup (path);
  placement->reanchored = reanchored;
  g_ptr_array_add (importer->placements, placement);
}

static void
import_items (Importer   *importer,
              JsonObject *page,
              const char *path)
{
  JsonNode *items = json_object_get_member (page, "items");
  JsonArray *array;

  if (items == NULL || !JSON_NODE_HOLDS_ARRAY (items))
    return;

  array = json_node_get_array (items);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s%sitems[%u]", path, path[0] ? "." : "", i);

      import_annotation (importer, json_array_get_element (array, i), item_path);
    }
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  static const char * const empty[] = { NULL };

  return g_strv_equal (a != NULL ? a : empty, b != NULL ? b : empty);
}

/* Whether two annotations code the same thing at the same place. */
static gboolean
same_annotation (DmAnnotation *a,
                 DmAnnotation *b)
{
  return dm_annotation_get_start (a) == dm_annotation_get_start (b) &&
         dm_annotation_get_end (a) == dm_annotation_get_end (b) &&
         g_strcmp0 (dm_annotation_get_article_uuid (a), dm_annotation_get_article_uuid (b)) == 0 &&
         strv_equal0 (dm_annotation_get_actor_uuids (a), dm_annotation_get_actor_uuids (b)) &&
         strv_equal0 (dm_annotation_get_target_uuids (a), dm_annotation_get_target_uuids (b)) &&
         g_strcmp0 (dm_annotation_get_topic_uuid (a), dm_annotation_get_topic_uuid (b)) == 0 &&
         dm_annotation_get_polarity (a) == dm_annotation_get_polarity (b) &&
         g_strcmp0 (dm_annotation_get_act_code (a), dm_annotation_get_act_code (b)) == 0 &&
         dm_annotation_get_mode (a) == dm_annotation_get_mode (b) &&
         g_strcmp0 (dm_annotation_get_provenance (a), dm_annotation_get_provenance (b)) == 0 &&
         g_strcmp0 (dm_annotation_get_note (a), dm_annotation_get_note (b)) == 0 &&
         dm_annotation_get_key_quote (a) == dm_annotation_get_key_quote (b) &&
         dm_annotation_get_orphan (a) == dm_annotation_get_orphan (b) &&
         g_strcmp0 (dm_annotation_get_coder (a), dm_annotation_get_coder (b)) == 0;
}

/* Merges like the JSON set: new rows are added, a newer incoming stamp
 * replaces, the same content is left alone, anything else is a conflict
 * that keeps the database's copy. */
static gboolean
write_placements (Importer  *importer,
                  GError   **error)
{
  DmWebAnnotationReport *report = importer->report;

  for (guint i = 0; i < importer->placements->len; i++)
    {
      Placement *placement = g_ptr_array_index (importer->placements, i);
      DmAnnotation *annotation = placement->annotation;
      g_autoptr(DmAnnotation) local = NULL;
      gboolean exists;

      local = dm_store_lookup_annotation (importer->store, dm_annotation_get_uuid (annotation), NULL);
      exists = local != NULL;

      if (exists && same_annotation (annotation, local))
        {
          report->unchanged++;
          continue;
        }

      if (exists && g_strcmp0 (dm_annotation_get_updated (annotation), dm_annotation_get_updated (local)) <= 0)
        {
          g_ptr_array_add (report->conflicts,
                           g_strdup_printf ("%s: the annotation differs from the one in the database, which is"
                                            " as recent or newer; kept the database's", placement->path));
          continue;
        }

      if (!_dm_store_put_annotation (importer->store, annotation, exists, error))
        {
          g_prefix_error (error, "%s: ", placement->path);
          return FALSE;
        }

      if (exists)
        report->updated++;
      else
        report->added++;
      if (placement->reanchored)
        report->reanchored++;
    }

  return TRUE;
}

/* }}} */

/* Public API {{{ */

DmWebAnnotationReport *
dm_web_annotation_report_new (void)
{
  DmWebAnnotationReport *report = g_new0 (DmWebAnnotationReport, 1);

  report->skipped = g_ptr_array_new_with_free_func (g_free);
  report->conflicts = g_ptr_array_new_with_free_func (g_free);

  return report;
}

void
dm_web_annotation_report_free (DmWebAnnotationReport *report)
{
  if (report == NULL)
    return;

  g_clear_pointer (&report->skipped, g_ptr_array_unref);
  g_clear_pointer (&report->conflicts, g_ptr_array_unref);
  g_free (report);
}

/**
 * dm_web_annotation_report_get_n_placed:
 * @report: a #DmWebAnnotationReport
 *
 * Returns: how many annotations were placed: added, updated or unchanged
 */
guint
dm_web_annotation_report_get_n_placed (const DmWebAnnotationReport *report)
{
  g_return_val_if_fail (report != NULL, 0);

  return report->added + report->updated + report->unchanged;
}

/**
 * dm_web_annotation_export:
 * @store: a #DmStore
 * @scope: (nullable): what to export; %NULL for everything
 * @error: return location for an error
 *
 * Writes the annotations in @scope as a W3C Web Annotation
 * AnnotationCollection (JSON-LD; see the top of dm-web-annotation.c).
 * Deterministic: the same database gives the same bytes.
 *
 * Returns: (transfer full) (nullable): the JSON-LD text
 */
char *
dm_web_annotation_export (DmStore              *store,
                          const DmExportScope  *scope,
                          GError              **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GString) names = g_string_new (DM_WEB_ANNOTATION_NAMESPACE "collection:");
  g_autofree char *collection_uuid = NULL;
  g_autofree char *page_name = NULL;
  g_autofree char *page_uuid = NULL;
  g_autofree char *label = NULL;
  g_autofree char *json = NULL;
  g_auto(Codebook) codebook = { 0 };

  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!dm_export_scope_select (scope, store, &articles, &annotations, error) ||
      !(actors = dm_store_dup_actors (store, error)) ||
      !(topics = dm_store_dup_topics (store, error)))
    return NULL;

  codebook.actors = index_objects (actors, (UuidFunc) dm_actor_get_uuid);
  codebook.topics = index_objects (topics, (UuidFunc) dm_topic_get_uuid);
  codebook.articles = index_objects (articles, (UuidFunc) dm_article_get_uuid);

  for (guint i = 0; i < annotations->len; i++)
    g_string_append_printf (names, "%s%s", i > 0 ? "," : "",
                            dm_annotation_get_uuid (g_ptr_array_index (annotations, i)));
  collection_uuid = uuid_v5 (names->str);
  page_name = g_strconcat (DM_WEB_ANNOTATION_NAMESPACE "page:", collection_uuid, NULL);
  page_uuid = uuid_v5 (page_name);
  label = g_strdup_printf ("Demarche annotations: %u on %u article%s", annotations->len, articles->len,
                           articles->len == 1 ? "" : "s");

  json_builder_begin_object (builder);
  add_context (builder);
  add_urn (builder, "id", collection_uuid);
  add_string (builder, "type", "AnnotationCollection");
  add_string (builder, "label", label);
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, annotations->len);

  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  add_urn (builder, "id", page_uuid);
  add_string (builder, "type", "AnnotationPage");
  add_urn (builder, "partOf", collection_uuid);
  json_builder_set_member_name (builder, "startIndex");
  json_builder_add_int_value (builder, 0);
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < annotations->len; i++)
    build_annotation (builder, &codebook, g_ptr_array_index (annotations, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  add_urn (builder, "last", page_uuid);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json = json_generator_to_data (generator, NULL);

  return g_strconcat (json, "\n", NULL);
}

/**
 * dm_web_annotation_export_to_file:
 * @store: a #DmStore
 * @scope: (nullable): what to export; %NULL for everything
 * @path: the file to write
 * @error: return location for an error
 *
 * Writes dm_web_annotation_export() to @path atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
dm_web_annotation_export_to_file (DmStore              *store,
                                  const DmExportScope  *scope,
                                  const char           *path,
                                  GError              **error)
{
  g_autofree char *json = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(json = dm_web_annotation_export (store, scope, error)))
    return FALSE;

  return g_file_set_contents_full (path, json, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}

/**
 * dm_web_annotation_import_data:
 * @store: the store to import into
 * @data: the JSON-LD text
 * @length: its length, or -1 if nul-terminated
 * @origin: (nullable): the file name used in messages
 * @report: (nullable): filled with what was placed and skipped
 * @error: return location for an error
 *
 * Reads a W3C Web Annotation document (an AnnotationCollection with its
 * first page embedded, an AnnotationPage, one Annotation, or a JSON array
 * of Annotations) and places each annotation on the matching article: at
 * its TextPositionSelector when the text there is still its quote, else
 * by its TextQuoteSelector (exact text with prefix and suffix). Actors
 * and topics are matched by uuid, else by exact name (or topic path).
 *
 * An annotation that cannot be placed or whose actors, topic or act are
 * unknown is listed in @report's skipped lines and not imported; the
 * others are written in one transaction, merging by uuid like the JSON
 * annotated set. A document that cannot be read at all is an error.
 *
 * Returns: %TRUE if the document was read and what could be placed was
 *   written (possibly nothing: see @report)
 */
gboolean
dm_web_annotation_import_data (DmStore                *store,
                               const char             *data,
                               gssize                  length,
                               const char             *origin,
                               DmWebAnnotationReport  *report,
                               GError                **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(DmWebAnnotationReport) own_report = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(Importer) importer = { 0 };
  JsonNode *root;
  gsize size;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (origin == NULL)
    origin = "web annotations";
  if (report == NULL)
    report = own_report = dm_web_annotation_report_new ();

  size = length < 0 ? strlen (data) : (gsize) length;
  if (size == 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT, "%s: the file is empty", origin);
      return FALSE;
    }

  if (memchr (data, '\0', size) != NULL)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                   "%s: this looks like a binary file, not W3C web annotations", origin);
      return FALSE;
    }

  if (!g_utf8_validate_len (data, size, NULL))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT, "%s: not valid UTF-8 text", origin);
      return FALSE;
    }

  if (!json_parser_load_from_data (parser, data, size, &local_error))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT, "%s: not valid JSON (%s)", origin, local_error->message);
      return FALSE;
    }

  importer.store = store;
  importer.report = report;
  if (!importer_load (&importer, error))
    return FALSE;

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *path = g_strdup_printf ("[%u]", i);

          import_annotation (&importer, json_array_get_element (array, i), path);
        }
    }
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
           has_type (json_node_get_object (root), "AnnotationCollection"))
    {
      JsonObject *collection = json_node_get_object (root);
      JsonObject *first = get_object (collection, "first");

      if (first == NULL)
        {
          if (get_string (collection, "first") != NULL)
            g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                         "%s: the collection's pages are separate documents (%s); save the page itself and import"
                         " that", origin, get_string (collection, "first"));
          else
            g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT, "%s: the collection has no first page", origin);
          return FALSE;
        }

      import_items (&importer, first, "first");
      if (get_member (first, "next") != NULL)
        g_ptr_array_add (report->skipped,
                         g_strdup ("first.next: pages after the first are separate documents and were not read"));
    }
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) && has_type (json_node_get_object (root), "AnnotationPage"))
    {
      import_items (&importer, json_node_get_object (root), "");
    }
  else if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) && has_type (json_node_get_object (root), "Annotation"))
    {
      import_annotation (&importer, root, "annotation");
    }
  else
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                   "%s: not W3C web annotations (expected an AnnotationCollection, an AnnotationPage,"
                   " an Annotation or an array of them)", origin);
      return FALSE;
    }

  if (importer.placements->len == 0)
    return TRUE;

  if (!_dm_store_begin (store, error))
    return FALSE;

  if (!write_placements (&importer, error))
    {
      _dm_store_rollback (store);
      g_prefix_error (error, "%s: ", origin);
      /* Nothing was written: the counts must not say otherwise. */
      report->added = report->updated = report->unchanged = report->reanchored = 0;
      return FALSE;
    }

  return _dm_store_commit (store, error);
}

/**
 * dm_web_annotation_import_file:
 * @store: the store to import into
 * @path: the file to read
 * @report: (nullable): filled with what was placed and skipped
 * @error: return location for an error
 *
 * Reads @path and imports it like dm_web_annotation_import_data().
 *
 * Returns: %TRUE on success
 */
gboolean
dm_web_annotation_import_file (DmStore                *store,
                               const char             *path,
                               DmWebAnnotationReport  *report,
                               GError                **error)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *data = NULL;
  gsize length;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  file = g_file_new_for_path (path);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, NULL, &local_error);
  if (info == NULL)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, "%s: cannot read the file (%s)",
                   path, local_error->message);
      return FALSE;
    }

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR, "%s: is a folder, not a file", path);
      return FALSE;
    }

  if (g_file_info_get_size (info) > DM_SET_MAX_SIZE)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT,
                   "%s: too large (%" G_GOFFSET_FORMAT " MiB; the limit is %" G_GOFFSET_FORMAT " MiB)",
                   path, g_file_info_get_size (info) / (1024 * 1024), DM_SET_MAX_SIZE / (1024 * 1024));
      return FALSE;
    }

  if (!g_file_get_contents (path, &data, &length, error))
    return FALSE;

  return dm_web_annotation_import_data (store, data, length, path, report, error);
}

/* }}} */

/* Detection {{{ */

static gboolean
is_web_annotation_type (JsonNode *type)
{
  static const char * const types[] = { "AnnotationCollection", "AnnotationPage", "Annotation", NULL };

  if (type == NULL)
    return FALSE;

  if (JSON_NODE_HOLDS_VALUE (type) && json_node_get_value_type (type) == G_TYPE_STRING)
    return g_strv_contains (types, json_node_get_string (type));

  /* JSON-LD allows several types. */
  if (JSON_NODE_HOLDS_ARRAY (type))
    {
      JsonArray *array = json_node_get_array (type);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (is_web_annotation_type (json_array_get_element (array, i)))
          return TRUE;
    }

  return FALSE;
}

/**
 * dm_web_annotation_detect:
 * @data: a document, as read from a file
 * @length: its length in bytes
 *
 * Tells which importer a document is for: a Demarche annotated set says
 * `"format": "demarche-annotated-set"`; W3C Web Annotation is JSON-LD
 * typed AnnotationCollection, AnnotationPage or Annotation (or an array of
 * Annotations). Anything else, unreadable JSON included, is for the
 * annotated-set importer, whose messages say what is wrong with it.
 *
 * Returns: %TRUE if @data is for dm_web_annotation_import_data()
 */
gboolean
dm_web_annotation_detect (const char *data,
                          gsize       length)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;

  if (length == 0 || !json_parser_load_from_data (parser, data, length, NULL))
    return FALSE;

  root = json_parser_get_root (parser);

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      JsonArray *array = json_node_get_array (root);
      JsonNode *first = json_array_get_length (array) > 0 ? json_array_get_element (array, 0) : NULL;

      if (first != NULL && JSON_NODE_HOLDS_OBJECT (first) &&
          is_web_annotation_type (json_object_get_member (json_node_get_object (first), "type")))
        return TRUE;
      return FALSE;
    }

  if (JSON_NODE_HOLDS_OBJECT (root))
    {
      JsonObject *object = json_node_get_object (root);

      if (json_object_has_member (object, "format"))
        return FALSE;
      if (is_web_annotation_type (json_object_get_member (object, "type")))
        return TRUE;
    }

  return FALSE;
}

/* }}} */
