/* dm-json-set-scoped.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-json-set-scoped"

#include "config.h"

#include <json-glib/json-glib.h>

#include "dm-json-set-scoped.h"

/* The annotated set restricted to a #DmExportScope (issue 6: "export
 * everything or a scope: some articles, a date range, some actors or
 * topics, one coder"), written with the same code as the whole set so the
 * two can never drift apart: dm_json_set_export() writes the scope's
 * articles with all their annotations and the whole codebook, and the
 * annotations outside the scope are then taken out of that document. The
 * codebook stays whole, as in every set, so the result imports anywhere. */

/* Helpers {{{ */

static gboolean
has_annotation_filter (const DmExportScope *scope)
{
  return dm_export_scope_get_actors (scope)[0] != NULL ||
         dm_export_scope_get_topics (scope)[0] != NULL ||
         dm_export_scope_get_coder (scope) != NULL;
}

static char *
keep_annotations (const char  *json,
                  GHashTable  *kept,
                  GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *out = NULL;
  JsonObject *root;
  JsonArray *annotations;

  if (!json_parser_load_from_data (parser, json, -1, error))
    return NULL;

  root = json_node_get_object (json_parser_get_root (parser));
  annotations = json_object_get_array_member (root, "annotations");

  for (guint i = json_array_get_length (annotations); i > 0; i--)
    {
      JsonObject *annotation = json_array_get_object_element (annotations, i - 1);

      if (!g_hash_table_contains (kept, json_object_get_string_member (annotation, "uuid")))
        json_array_remove_element (annotations, i - 1);
    }

  /* As dm_json_set_export() writes it. */
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  out = json_generator_to_data (generator, NULL);

  return g_strconcat (out, "\n", NULL);
}

/* }}} */

/**
 * dm_json_set_export_scoped:
 * @store: a #DmStore
 * @scope: (nullable): what to export; %NULL for everything
 * @error: return location for an error
 *
 * The annotated set of the articles and annotations in @scope, with the
 * whole codebook. With no scope, or one of articles only, the result is
 * exactly what dm_json_set_export() gives for those articles. The scope is
 * validated first: an unknown article, actor or topic, or a bad date, is
 * an error rather than an empty set.
 *
 * Returns: (transfer full) (nullable): the set as pretty JSON
 */
char *
dm_json_set_export_scoped (DmStore              *store,
                           const DmExportScope  *scope,
                           GError              **error)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) uuids = NULL;
  g_autoptr(GHashTable) kept = NULL;
  g_autofree char *json = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (scope == NULL || dm_export_scope_is_everything (scope))
    return dm_json_set_export (store, NULL, error);

  if (!dm_export_scope_select (scope, store, &articles, &annotations, error))
    return NULL;

  /* An empty list, not NULL: a scope that keeps nothing exports nothing. */
  uuids = g_ptr_array_new ();
  for (guint i = 0; i < articles->len; i++)
    g_ptr_array_add (uuids, (gpointer) dm_article_get_uuid (g_ptr_array_index (articles, i)));
  g_ptr_array_add (uuids, NULL);

  if (!(json = dm_json_set_export (store, (const char **) uuids->pdata, error)))
    return NULL;

  /* Articles and dates alone keep every annotation of their articles. */
  if (!has_annotation_filter (scope))
    return g_steal_pointer (&json);

  kept = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < annotations->len; i++)
    g_hash_table_add (kept, (gpointer) dm_annotation_get_uuid (g_ptr_array_index (annotations, i)));

  return keep_annotations (json, kept, error);
}
