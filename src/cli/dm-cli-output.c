/* dm-cli-output.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-cli-output"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dm-cli-output.h"

#define COLUMN_GAP "  "

struct _DmCliTable
{
  guint      n_columns;
  GPtrArray *rows;  /* of GStrv, the headings first */
};

struct _DmCliNames
{
  GHashTable *actors;  /* uuid → name */
  GHashTable *topics;  /* uuid → path */
};

/* Text {{{ */

/* Columns on a terminal: East Asian wide characters take two, combining
 * marks none, so that tables of non-Latin titles still line up. */
static guint
display_width (const char *text)
{
  guint width = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_iszerowidth (c))
        continue;

      width += g_unichar_iswide (c) ? 2 : 1;
    }

  return width;
}

/**
 * dm_cli_dup_one_line:
 * @text: (nullable): any text
 * @max_chars: the longest result in characters, or 0 for no limit
 *
 * Folds line breaks, tabs and runs of white space into single spaces and
 * drops control characters, so that a quote or a title cannot break a table
 * row or send escape sequences to the terminal; then shortens the result
 * with "…" if it is longer than @max_chars.
 *
 * Returns: (transfer full): the line, "" for %NULL
 */
char *
dm_cli_dup_one_line (const char *text,
                     guint       max_chars)
{
  g_autoptr(GString) line = g_string_new (NULL);
  gboolean space = FALSE;
  guint length = 0;

  if (text == NULL)
    return g_strdup ("");

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || g_unichar_iscntrl (c))
        {
          space = line->len > 0;
          continue;
        }

      if (space)
        {
          g_string_append_c (line, ' ');
          length++;
          space = FALSE;
        }

      g_string_append_unichar (line, c);
      length++;
    }

  if (max_chars > 0 && length > max_chars)
    {
      const char *cut = g_utf8_offset_to_pointer (line->str, max_chars - 1);

      g_string_truncate (line, cut - line->str);
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      g_string_append (line, "…");
    }

  return g_string_free (g_steal_pointer (&line), FALSE);
}

/**
 * dm_cli_dup_short_uuid:
 *
 * Returns: (transfer full): the first eight characters of @uuid, enough for
 *   dm_store_resolve_article() to find it again in any real collection
 */
char *
dm_cli_dup_short_uuid (const char *uuid)
{
  return g_strndup (uuid != NULL ? uuid : "", 8);
}

/* Data goes out as UTF-8 bytes, whatever the locale: it is piped into
 * files and other programs far more often than it is read on a console
 * that cannot show it. */
void
dm_cli_write (const char *text)
{
  fputs (text, stdout);
}

/**
 * dm_cli_write_file:
 * @path: the file to write, in the file-name encoding
 * @contents: what to write, nul-terminated
 * @error: return location for an error
 *
 * Writes @contents atomically: an existing file is replaced only once the
 * new one is complete on disk, so an export that fails half-way leaves the
 * old file. GLib's messages name its temporary file, which the analyst
 * never asked for; the message here names @path.
 *
 * Returns: %TRUE on success
 */
gboolean
dm_cli_write_file (const char  *path,
                   const char  *contents,
                   GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  const char *why;

  if (g_file_set_contents_full (path, contents, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, &local_error))
    return TRUE;

  switch (local_error->code)
    {
    case G_FILE_ERROR_NOENT: why = _("the folder does not exist"); break;
    case G_FILE_ERROR_NOTDIR: why = _("a part of the path is not a folder"); break;
    case G_FILE_ERROR_ACCES:
    case G_FILE_ERROR_PERM: why = _("permission denied"); break;
    case G_FILE_ERROR_NOSPC: why = _("the disk is full"); break;
    case G_FILE_ERROR_ROFS: why = _("the file system is read-only"); break;
    case G_FILE_ERROR_ISDIR: why = _("it is a folder"); break;
    default: why = local_error->message; break;
    }

  name = g_filename_display_name (path);
  g_set_error (error, G_FILE_ERROR, local_error->code, _("%s: cannot write the file (%s); nothing was written"),
               name, why);
  return FALSE;
}

/* }}} */

/* Tables {{{ */

DmCliTable *
dm_cli_table_new (const char *first_heading,
                  ...)
{
  DmCliTable *self = g_new0 (DmCliTable, 1);
  g_autoptr(GStrvBuilder) headings = g_strv_builder_new ();
  va_list args;

  va_start (args, first_heading);
  for (const char *heading = first_heading; heading != NULL; heading = va_arg (args, const char *))
    g_strv_builder_add (headings, heading);
  va_end (args);

  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_ptr_array_add (self->rows, g_strv_builder_end (headings));
  self->n_columns = g_strv_length (g_ptr_array_index (self->rows, 0));

  return self;
}

/**
 * dm_cli_table_add_row:
 * @...: exactly one `const char *` per column; %NULL for an empty cell
 */
void
dm_cli_table_add_row (DmCliTable *self,
                      ...)
{
  char **row = g_new0 (char *, self->n_columns + 1);
  va_list args;

  va_start (args, self);
  for (guint i = 0; i < self->n_columns; i++)
    row[i] = dm_cli_dup_one_line (va_arg (args, const char *), 0);
  va_end (args);

  g_ptr_array_add (self->rows, row);
}

void
dm_cli_table_print (DmCliTable *self)
{
  g_autofree guint *widths = g_new0 (guint, self->n_columns);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint r = 0; r < self->rows->len; r++)
    {
      char **row = g_ptr_array_index (self->rows, r);

      for (guint c = 0; c < self->n_columns; c++)
        widths[c] = MAX (widths[c], display_width (row[c]));
    }

  for (guint r = 0; r < self->rows->len; r++)
    {
      char **row = g_ptr_array_index (self->rows, r);
      gsize start = out->len;

      for (guint c = 0; c < self->n_columns; c++)
        {
          g_string_append (out, row[c]);
          if (c + 1 < self->n_columns)
            {
              for (guint w = display_width (row[c]); w < widths[c]; w++)
                g_string_append_c (out, ' ');
              g_string_append (out, COLUMN_GAP);
            }
        }

      /* An empty last column leaves padding behind. */
      while (out->len > start && out->str[out->len - 1] == ' ')
        g_string_truncate (out, out->len - 1);
      g_string_append_c (out, '\n');
    }

  dm_cli_write (out->str);
}

void
dm_cli_table_free (DmCliTable *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_free (self);
}

/* }}} */

/* Names {{{ */

DmCliNames *
dm_cli_names_new (DmStore  *store,
                  GError  **error)
{
  g_autoptr(DmCliNames) self = g_new0 (DmCliNames, 1);
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) topics = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), NULL);

  self->actors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->topics = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  if (!(actors = dm_store_dup_actors (store, error)) ||
      !(topics = dm_store_dup_topics (store, error)))
    return NULL;

  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);

      g_hash_table_insert (self->actors,
                           g_strdup (dm_actor_get_uuid (actor)),
                           g_strdup (dm_actor_get_name (actor)));
    }

  for (guint i = 0; i < topics->len; i++)
    {
      DmTopic *topic = g_ptr_array_index (topics, i);

      g_hash_table_insert (self->topics,
                           g_strdup (dm_topic_get_uuid (topic)),
                           g_strdup (dm_topic_get_path (topic)));
    }

  return g_steal_pointer (&self);
}

/* Both lookups fall back to the uuid itself rather than hide a row. */
const char *
dm_cli_names_lookup_actor (DmCliNames *self,
                           const char *uuid)
{
  const char *name = uuid != NULL ? g_hash_table_lookup (self->actors, uuid) : NULL;

  return name != NULL ? name : uuid;
}

const char *
dm_cli_names_lookup_topic (DmCliNames *self,
                           const char *uuid)
{
  const char *path = uuid != NULL ? g_hash_table_lookup (self->topics, uuid) : NULL;

  return path != NULL ? path : uuid;
}

/**
 * dm_cli_names_dup_actors:
 *
 * Returns: (transfer full): the actors' names separated by ", "
 */
char *
dm_cli_names_dup_actors (DmCliNames         *self,
                         const char * const *uuids)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (names, ", ");
      g_string_append (names, dm_cli_names_lookup_actor (self, uuids[i]));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

void
dm_cli_names_free (DmCliNames *self)
{
  if (self == NULL)
    return;

  g_clear_pointer (&self->actors, g_hash_table_unref);
  g_clear_pointer (&self->topics, g_hash_table_unref);
  g_free (self);
}

/* }}} */

/* JSON {{{ */

/* Absent values are written as null so that every object of a kind has the
 * same members, which is what scripts (jq, pandas) expect. */
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
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
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
add_actor_refs (JsonBuilder        *builder,
                const char         *name,
                const char * const *uuids,
                DmCliNames         *names)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      json_builder_begin_object (builder);
      add_string (builder, "uuid", uuids[i]);
      add_string (builder, "name", dm_cli_names_lookup_actor (names, uuids[i]));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

/* @with_body: also the text, when @article has it */
void
dm_cli_json_add_article (JsonBuilder *builder,
                         DmArticle   *article,
                         gboolean     with_body)
{
  json_builder_begin_object (builder);
  add_string (builder, "uuid", dm_article_get_uuid (article));
  add_string (builder, "title", dm_article_get_title (article));
  add_string (builder, "source", dm_article_get_source (article));
  add_string (builder, "url", dm_article_get_url (article));
  add_string (builder, "published", dm_article_get_published (article));
  add_string (builder, "language", dm_article_get_language (article));
  add_int (builder, "annotations", dm_article_get_annotation_count (article));
  add_string (builder, "created", dm_article_get_created (article));
  add_string (builder, "updated", dm_article_get_updated (article));
  if (with_body && dm_article_has_body (article))
    {
      add_int (builder, "length", dm_article_get_length (article));
      add_string (builder, "body", dm_article_get_body (article));
    }
  json_builder_end_object (builder);
}

void
dm_cli_json_add_actor (JsonBuilder *builder,
                       DmActor     *actor)
{
  GPtrArray *representations = dm_actor_get_representations (actor);

  json_builder_begin_object (builder);
  add_string (builder, "uuid", dm_actor_get_uuid (actor));
  add_string (builder, "name", dm_actor_get_name (actor));
  add_string (builder, "kind", dm_actor_kind_to_string (dm_actor_get_kind (actor)));
  add_string (builder, "code", dm_actor_get_code (actor));
  add_string (builder, "official_name", dm_actor_get_official_name (actor));
  add_strv (builder, "aliases", dm_actor_get_aliases (actor));
  add_strv (builder, "demonyms", dm_actor_get_demonyms (actor));
  add_string (builder, "capital", dm_actor_get_capital (actor));
  add_string (builder, "colour", dm_actor_get_colour (actor));

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
  json_builder_end_object (builder);
}

void
dm_cli_json_add_topic (JsonBuilder *builder,
                       DmTopic     *topic)
{
  json_builder_begin_object (builder);
  add_string (builder, "uuid", dm_topic_get_uuid (topic));
  add_string (builder, "name", dm_topic_get_name (topic));
  add_string (builder, "path", dm_topic_get_path (topic));
  add_string (builder, "parent", dm_topic_get_parent_uuid (topic));
  add_string (builder, "description", dm_topic_get_description (topic));
  json_builder_end_object (builder);
}

void
dm_cli_json_add_annotation (JsonBuilder  *builder,
                            DmAnnotation *annotation,
                            DmCliNames   *names)
{
  const char *topic = dm_annotation_get_topic_uuid (annotation);

  json_builder_begin_object (builder);
  add_string (builder, "uuid", dm_annotation_get_uuid (annotation));
  add_string (builder, "article", dm_annotation_get_article_uuid (annotation));
  add_int (builder, "start", dm_annotation_get_start (annotation));
  add_int (builder, "end", dm_annotation_get_end (annotation));
  add_string (builder, "quote", dm_annotation_get_quote (annotation));
  add_string (builder, "prefix", dm_annotation_get_prefix (annotation));
  add_string (builder, "suffix", dm_annotation_get_suffix (annotation));
  add_actor_refs (builder, "actors", dm_annotation_get_actor_uuids (annotation), names);
  add_actor_refs (builder, "targets", dm_annotation_get_target_uuids (annotation), names);

  json_builder_set_member_name (builder, "topic");
  if (topic != NULL)
    {
      json_builder_begin_object (builder);
      add_string (builder, "uuid", topic);
      add_string (builder, "path", dm_cli_names_lookup_topic (names, topic));
      json_builder_end_object (builder);
    }
  else
    json_builder_add_null_value (builder);

  add_string (builder, "polarity", dm_polarity_to_string (dm_annotation_get_polarity (annotation)));
  add_string (builder, "act", dm_annotation_get_act_code (annotation));
  add_string (builder, "mode", dm_attribution_mode_to_string (dm_annotation_get_mode (annotation)));
  add_string (builder, "provenance", dm_annotation_get_provenance (annotation));
  add_string (builder, "note", dm_annotation_get_note (annotation));
  json_builder_set_member_name (builder, "key_quote");
  json_builder_add_boolean_value (builder, dm_annotation_get_key_quote (annotation));
  /* An annotation whose text changed under it, to be placed by hand. */
  json_builder_set_member_name (builder, "orphan");
  json_builder_add_boolean_value (builder, dm_annotation_get_orphan (annotation));
  add_string (builder, "coder", dm_annotation_get_coder (annotation));
  add_string (builder, "created", dm_annotation_get_created (annotation));
  add_string (builder, "updated", dm_annotation_get_updated (annotation));
  json_builder_end_object (builder);
}

void
dm_cli_json_add_search_hit (JsonBuilder       *builder,
                            const DmSearchHit *hit)
{
  json_builder_begin_object (builder);
  add_string (builder, "kind", hit->table == DM_STORE_TABLE_ANNOTATIONS ? "annotation" : "article");
  add_string (builder, "article", hit->article_uuid);
  add_string (builder, "annotation", hit->annotation_uuid);
  add_string (builder, "title", hit->title);
  add_string (builder, "snippet", hit->snippet);
  json_builder_set_member_name (builder, "rank");
  json_builder_add_double_value (builder, hit->rank);
  json_builder_end_object (builder);
}

void
dm_cli_json_add_report (JsonBuilder          *builder,
                        const DmImportReport *report)
{
  json_builder_begin_object (builder);
  add_string (builder, "format", "json");
  add_int (builder, "added", report->added);
  add_int (builder, "updated", report->updated);
  add_int (builder, "unchanged", report->unchanged);
  json_builder_set_member_name (builder, "conflicts");
  json_builder_begin_array (builder);
  for (guint i = 0; report->conflicts != NULL && i < report->conflicts->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (report->conflicts, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

void
dm_cli_json_add_web_annotation_report (JsonBuilder                 *builder,
                                       const DmWebAnnotationReport *report)
{
  json_builder_begin_object (builder);
  add_string (builder, "format", "w3c");
  add_int (builder, "added", report->added);
  add_int (builder, "updated", report->updated);
  add_int (builder, "unchanged", report->unchanged);
  add_int (builder, "reanchored", report->reanchored);
  json_builder_set_member_name (builder, "skipped");
  json_builder_begin_array (builder);
  for (guint i = 0; report->skipped != NULL && i < report->skipped->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (report->skipped, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "conflicts");
  json_builder_begin_array (builder);
  for (guint i = 0; report->conflicts != NULL && i < report->conflicts->len; i++)
    json_builder_add_string_value (builder, g_ptr_array_index (report->conflicts, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

void
dm_cli_json_print (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *json = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json = json_generator_to_data (generator, NULL);

  dm_cli_write (json);
  dm_cli_write ("\n");
}

/* }}} */
