/* dm-csv.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-csv"

#include "config.h"

#include <string.h>

#include "dm-csv.h"
#include "dm-error.h"

/* The CSV export: one row per annotation *and* speaking actor, for
 * spreadsheets, R and pandas (issue 6). A joint statement of China and
 * Belarus is one annotation but two rows, so that "rows per actor" counts
 * statements per actor; annotation_uuid ties the rows back together.
 *
 * The format:
 *
 * - RFC 4180: UTF-8 without a byte-order mark, CRLF after every record
 *   (the last too), a header row, fields separated by commas. A field is
 *   put in double quotes when it contains a comma, a double quote, CR or
 *   LF, and a double quote inside it is doubled. Line breaks inside quotes
 *   and notes are kept as they are (LF), inside the quotes.
 *
 * - Formula neutralisation (OWASP, "CSV injection"): a spreadsheet treats a
 *   cell that begins with "=", "+", "-" or "@" as a formula, and some also
 *   act on a leading tab or carriage return. A quote from a hostile page
 *   such as =HYPERLINK(…) or a note typed as "=SUM(A1)" would be evaluated
 *   when the file is opened. Such a cell gets a leading apostrophe ("'=SUM(A1)"),
 *   which spreadsheets show as text and never evaluate. Plain numbers
 *   ("-7.2", a negative Goldstein weight) are left alone so numeric columns
 *   stay numeric. A program reading the file (R, pandas) sees the
 *   apostrophe: drop a leading "'" when the next character is one of
 *   = + - @ TAB CR to get the original text back.
 *
 * - Deterministic: rows in store order (articles by uuid, annotations in
 *   text order), actors in the order they were coded; no time stamp of its
 *   own, so the same database always gives the same bytes.
 *
 * - Empty cells stand for absent values; key_quote is "true" or "false";
 *   start and end count Unicode code points of the article body (end
 *   exclusive); targets are actor names joined with "; ".
 *
 * - An orphan (an annotation whose article text changed so that it could
 *   not be re-anchored; the analyst is to place it by hand) keeps its quote
 *   and coding but has empty start and end: its stored span is only a
 *   rough guess, and offsets that do not hold the quote would mislead.
 *   Its orphan column is "true" (every other row's "false"), so that R
 *   or pandas can filter on it rather than on empty offsets.
 *
 * - represented_actor: for a person, the actor they represented on the
 *   article's publication date (dm_actor_lookup_represented()); empty for
 *   other actors, and for undated articles, where no date can tell which
 *   office the person held. */

static const char * const columns[] = {
  "annotation_uuid",
  "article_uuid",
  "article_title",
  "article_source",
  "article_date",
  "article_url",
  "actor",
  "actor_kind",
  "represented_actor",
  "topic_path",
  "polarity",
  "act_code",
  "act_name",
  "goldstein",
  "targets",
  "mode",
  "provenance",
  "coder",
  "key_quote",
  "quote",
  "note",
  "start",
  "end",
  "orphan",
  "created",
  "updated",
  NULL
};

typedef struct
{
  GHashTable *actors;    /* uuid → DmActor */
  GHashTable *topics;    /* uuid → DmTopic */
  GHashTable *acts;      /* code → DmAct */
  GHashTable *articles;  /* uuid → DmArticle */
} Lookup;

static void
lookup_clear (Lookup *lookup)
{
  g_clear_pointer (&lookup->actors, g_hash_table_unref);
  g_clear_pointer (&lookup->topics, g_hash_table_unref);
  g_clear_pointer (&lookup->acts, g_hash_table_unref);
  g_clear_pointer (&lookup->articles, g_hash_table_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Lookup, lookup_clear)

static gboolean
is_plain_number (const char *value)
{
  const char *p = value;
  gboolean digits = FALSE;

  if (*p == '-' || *p == '+')
    p++;

  for (; g_ascii_isdigit (*p); p++)
    digits = TRUE;

  if (*p == '.')
    {
      p++;
      for (; g_ascii_isdigit (*p); p++)
        digits = TRUE;
    }

  return digits && *p == '\0';
}

static gboolean
needs_neutralising (const char *value)
{
  return value[0] != '\0' && strchr ("=+-@\t\r", value[0]) != NULL && !is_plain_number (value);
}

static gboolean
needs_quotes (const char *value)
{
  return strpbrk (value, ",\"\r\n") != NULL;
}

typedef const char *(*KeyFunc) (gpointer object);

static GHashTable *
index_objects (GPtrArray *objects,
               KeyFunc    get_key)
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  for (guint i = 0; i < objects->len; i++)
    {
      gpointer object = g_ptr_array_index (objects, i);

      g_hash_table_insert (index, (gpointer) get_key (object), g_object_ref (object));
    }

  return index;
}

static const char *
actor_name (Lookup     *lookup,
            const char *uuid)
{
  DmActor *actor = uuid != NULL ? g_hash_table_lookup (lookup->actors, uuid) : NULL;

  return actor != NULL ? dm_actor_get_name (actor) : uuid;
}

static char *
join_names (Lookup             *lookup,
            const char * const *uuids)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (joined, "; ");
      g_string_append (joined, actor_name (lookup, uuids[i]));
    }

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
append_row (GString      *csv,
            Lookup       *lookup,
            DmAnnotation *annotation,
            DmActor      *actor)
{
  DmArticle *article = g_hash_table_lookup (lookup->articles, dm_annotation_get_article_uuid (annotation));
  const char *topic_uuid = dm_annotation_get_topic_uuid (annotation);
  DmTopic *topic = topic_uuid != NULL ? g_hash_table_lookup (lookup->topics, topic_uuid) : NULL;
  const char *act_code = dm_annotation_get_act_code (annotation);
  const DmAct *act = act_code != NULL ? g_hash_table_lookup (lookup->acts, act_code) : NULL;
  const char *published = article != NULL ? dm_article_get_published (article) : NULL;
  const char *represented = NULL;
  g_autofree char *targets = join_names (lookup, dm_annotation_get_target_uuids (annotation));
  gboolean orphan = dm_annotation_get_orphan (annotation);
  g_autofree char *start = orphan ? NULL : g_strdup_printf ("%u", dm_annotation_get_start (annotation));
  g_autofree char *end = orphan ? NULL : g_strdup_printf ("%u", dm_annotation_get_end (annotation));
  char goldstein[G_ASCII_DTOSTR_BUF_SIZE] = "";
  const char *fields[G_N_ELEMENTS (columns) - 1];
  guint n = 0;

  if (dm_actor_get_kind (actor) == DM_ACTOR_KIND_PERSON && published != NULL)
    {
      const char *uuid = dm_actor_lookup_represented (actor, published);

      represented = uuid != NULL ? actor_name (lookup, uuid) : NULL;
    }

  if (act != NULL)
    g_ascii_dtostr (goldstein, sizeof goldstein, act->goldstein);

  fields[n++] = dm_annotation_get_uuid (annotation);
  fields[n++] = dm_annotation_get_article_uuid (annotation);
  fields[n++] = article != NULL ? dm_article_get_title (article) : NULL;
  fields[n++] = article != NULL ? dm_article_get_source (article) : NULL;
  fields[n++] = published;
  fields[n++] = article != NULL ? dm_article_get_url (article) : NULL;
  fields[n++] = dm_actor_get_name (actor);
  fields[n++] = dm_actor_kind_to_string (dm_actor_get_kind (actor));
  fields[n++] = represented;
  fields[n++] = topic != NULL ? dm_topic_get_path (topic) : NULL;
  fields[n++] = dm_polarity_to_string (dm_annotation_get_polarity (annotation));
  fields[n++] = act_code;
  fields[n++] = act != NULL ? act->name : NULL;
  fields[n++] = goldstein;
  fields[n++] = targets;
  fields[n++] = dm_attribution_mode_to_string (dm_annotation_get_mode (annotation));
  fields[n++] = dm_annotation_get_provenance (annotation);
  fields[n++] = dm_annotation_get_coder (annotation);
  fields[n++] = dm_annotation_get_key_quote (annotation) ? "true" : "false";
  fields[n++] = dm_annotation_get_quote (annotation);
  fields[n++] = dm_annotation_get_note (annotation);
  fields[n++] = start;
  fields[n++] = end;
  fields[n++] = orphan ? "true" : "false";
  fields[n++] = dm_annotation_get_created (annotation);
  fields[n++] = dm_annotation_get_updated (annotation);
  g_assert (n == G_N_ELEMENTS (fields));

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      dm_csv_append_field (csv, fields[i]);
    }
  g_string_append (csv, "\r\n");
}

/**
 * dm_csv_get_columns:
 *
 * Returns: (transfer none) (array zero-terminated=1): the header row of
 *   dm_csv_export(), in order
 */
const char * const *
dm_csv_get_columns (void)
{
  return columns;
}

/**
 * dm_csv_append_field:
 * @row: the record being written
 * @value: (nullable): the cell's text; %NULL for an empty cell
 *
 * Appends one cell as RFC 4180 wants it, neutralising a cell that a
 * spreadsheet would read as a formula (see the top of dm-csv.c). Other CSV
 * writers of the core may use it too.
 */
void
dm_csv_append_field (GString    *row,
                     const char *value)
{
  g_return_if_fail (row != NULL);

  if (value == NULL || value[0] == '\0')
    return;

  if (!needs_neutralising (value) && !needs_quotes (value))
    {
      g_string_append (row, value);
      return;
    }

  if (!needs_quotes (value))
    {
      g_string_append_printf (row, "'%s", value);
      return;
    }

  g_string_append_c (row, '"');
  if (needs_neutralising (value))
    g_string_append_c (row, '\'');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (row, '"');
      g_string_append_c (row, *p);
    }
  g_string_append_c (row, '"');
}

/**
 * dm_csv_export:
 * @store: a #DmStore
 * @scope: (nullable): what to export; %NULL for everything
 * @error: return location for an error
 *
 * Writes the annotations in @scope as CSV, one row per annotation and
 * speaking actor (with an actor filter, only those actors' rows). The
 * columns are those of dm_csv_get_columns().
 *
 * Returns: (transfer full) (nullable): the CSV text
 */
char *
dm_csv_export (DmStore              *store,
               const DmExportScope  *scope,
               GError              **error)
{
  g_auto(Lookup) lookup = { 0 };
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) topics = NULL;
  g_autoptr(GPtrArray) acts = NULL;
  g_autoptr(GString) csv = g_string_new (NULL);

  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!dm_export_scope_select (scope, store, &articles, &annotations, error) ||
      !(actors = dm_store_dup_actors (store, error)) ||
      !(topics = dm_store_dup_topics (store, error)) ||
      !(acts = dm_store_dup_acts (store, error)))
    return NULL;

  lookup.actors = index_objects (actors, (KeyFunc) dm_actor_get_uuid);
  lookup.topics = index_objects (topics, (KeyFunc) dm_topic_get_uuid);
  lookup.articles = index_objects (articles, (KeyFunc) dm_article_get_uuid);
  lookup.acts = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < acts->len; i++)
    {
      const DmAct *act = g_ptr_array_index (acts, i);

      g_hash_table_insert (lookup.acts, act->code, (gpointer) act);
    }

  for (guint i = 0; columns[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append_c (csv, ',');
      g_string_append (csv, columns[i]);
    }
  g_string_append (csv, "\r\n");

  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);
      const char * const *speakers = dm_annotation_get_actor_uuids (annotation);

      for (guint j = 0; speakers != NULL && speakers[j] != NULL; j++)
        {
          DmActor *actor = g_hash_table_lookup (lookup.actors, speakers[j]);

          if (actor == NULL || !dm_export_scope_includes_actor (scope, speakers[j]))
            continue;

          append_row (csv, &lookup, annotation, actor);
        }
    }

  return g_string_free (g_steal_pointer (&csv), FALSE);
}

/**
 * dm_csv_export_to_file:
 * @store: a #DmStore
 * @scope: (nullable): what to export; %NULL for everything
 * @path: the file to write
 * @error: return location for an error
 *
 * Writes dm_csv_export() to @path atomically: an existing file is replaced
 * only once the new one is complete on disk.
 *
 * Returns: %TRUE on success
 */
gboolean
dm_csv_export_to_file (DmStore              *store,
                       const DmExportScope  *scope,
                       const char           *path,
                       GError              **error)
{
  g_autofree char *csv = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(csv = dm_csv_export (store, scope, error)))
    return FALSE;

  return g_file_set_contents_full (path, csv, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
