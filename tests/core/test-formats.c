/* test-formats.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "demarche-core.h"
#include "test-util.h"

/* Exports (CSV, W3C Web Annotation, GraphML), the W3C import and the export
 * scope, on the seeded sample article plus a small article of our own
 * whose text has the awkward characters: a comma, an ASCII double quote and
 * a line break inside one quote, and non-ASCII text. */

#define SAMPLE_UUID   "5d0c7a52-3f5e-5b0a-9c41-6a1b2f8e7d31"
#define WIRE_UUID     "0b7e3c4a-8d21-4f6e-9a53-2c1d0e9f8a7b"
#define WIRE_URL      "https://news.example.org/borrell-plan"

#define BELARUS       "aa47c9ee-f007-558d-a58c-513a5cd43d2c"
#define CHINA         "8f7086c7-9704-51f5-b066-d71ff6b137b7"
#define EU            "fa01378b-17bf-5cca-bf76-fce3dc198315"
#define BORRELL       "da3c0ff8-f072-5284-b756-ddde5534eb7d"
#define NATO          "53762720-7281-569a-9f89-2a26d35077d3"
#define USA           "bc24431e-c6fc-577c-95ea-213d49afea17"

#define UKRAINE_WAR   "77a687bf-4ab1-593a-8ab6-d2c6a1f5dd90"
#define PEACE_TALKS   "ec9361e6-3684-5cf5-bcd7-54ec700c57ce"
#define RESPONSIBILITY "82d651ff-57ad-5f0c-b90b-ac7c6dfd33c9"
#define PLAN          "8f8eb4e6-200d-5a78-b132-76ea2189cf61"

#define ACTORS(...) ((const char * const []) { __VA_ARGS__, NULL })

static const char wire_body[] =
  "Brussels, 1 March 2023. Borrell said: \"We are ready, but the plan must improve.\n"
  "It is not enough,\" he added.\n"
  "\n"
  "In Beijing, officials said 中国 supports talks — ça va.\n";

#define WIRE_QUOTE   "We are ready, but the plan must improve.\nIt is not enough,\""
#define CHINESE_QUOTE "中国 supports talks — ça va"

typedef struct
{
  char    *dir;
  DmStore *store;
  /* The annotations, in the order the fixture makes them. */
  char    *joint;      /* Belarus + China, peace talks, supports */
  char    *blame;      /* China blames NATO and the US; note "=SUM(A1)" */
  char    *credible;   /* Borrell, 12-point plan, opposes, key quote */
  char    *plan;       /* China, 12-point plan, supports */
  char    *wire;       /* EU, 12-point plan, mixed: comma, quote, newline */
  char    *chinese;    /* China, peace talks, supports: non-ASCII */
} Fixture;

/* Fixture {{{ */

static DmStore *
open_store (const char *dir,
            const char *name,
            const char *body)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(DmStore) store = dm_store_open (path, &error);
  g_autoptr(DmArticle) article = dm_article_new ();

  g_assert_no_error (error);
  g_assert_true (dm_store_seed_defaults (store, &error));
  g_assert_no_error (error);

  dm_article_set_uuid (article, WIRE_UUID);
  dm_article_set_title (article, "Borrell: the plan must improve");
  dm_article_set_source (article, "Test Wire");
  dm_article_set_url (article, WIRE_URL);
  dm_article_set_published (article, "2023-03-01");
  dm_article_set_language (article, "en");
  dm_article_set_body (article, body);
  g_assert_true (dm_store_add_article (store, article, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&store);
}

static char *
annotate (DmStore            *store,
          const char         *article_uuid,
          const char         *quote,
          const char * const *actors,
          const char         *topic,
          DmPolarity          polarity,
          const char         *act,
          const char         *coder)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = dm_store_lookup_article (store, article_uuid, &error);
  g_autoptr(DmAnnotation) annotation = NULL;
  guint start, end;

  g_assert_no_error (error);
  g_assert_true (dm_article_find_quote (article, quote, 0, &start, &end));

  annotation = dm_annotation_new (article_uuid, start, end);
  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_topic_uuid (annotation, topic);
  dm_annotation_set_polarity (annotation, polarity);
  dm_annotation_set_act_code (annotation, act);
  dm_annotation_set_coder (annotation, coder);
  dm_annotation_set_mode (annotation, DM_ATTRIBUTION_REPORTED_SPEECH);
  g_assert_true (dm_store_add_annotation (store, annotation, &error));
  g_assert_no_error (error);

  return g_strdup (dm_annotation_get_uuid (annotation));
}

static void
edit_annotation (DmStore    *store,
                 const char *uuid,
                 void      (*edit) (DmAnnotation *annotation))
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAnnotation) annotation = dm_store_lookup_annotation (store, uuid, &error);

  g_assert_no_error (error);
  edit (annotation);
  g_assert_true (dm_store_update_annotation (store, annotation, &error));
  g_assert_no_error (error);
}

static void
edit_blame (DmAnnotation *annotation)
{
  dm_annotation_set_target_uuids (annotation, ACTORS (NATO, USA));
  dm_annotation_set_note (annotation, "=SUM(A1)");
}

static void
edit_credible (DmAnnotation *annotation)
{
  dm_annotation_set_key_quote (annotation, TRUE);
  dm_annotation_set_provenance (annotation, "according to Belta");
  dm_annotation_set_target_uuids (annotation, ACTORS (CHINA));
}

static void
edit_wire (DmAnnotation *annotation)
{
  dm_annotation_set_mode (annotation, DM_ATTRIBUTION_DIRECT_QUOTE);
  dm_annotation_set_note (annotation, "Borrell, \"quoted\" — on the plan");
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("demarche-formats-XXXXXX", &error);
  g_assert_no_error (error);
  f->store = open_store (f->dir, "test.db", wire_body);

  f->joint = annotate (f->store, SAMPLE_UUID,
                       "reinforced this Friday (24) their support for peace negotiations in Ukraine",
                       ACTORS (BELARUS, CHINA), PEACE_TALKS, DM_POLARITY_SUPPORTS, "02", "Ana");
  f->blame = annotate (f->store, SAMPLE_UUID, "has blamed NATO and the United States",
                       ACTORS (CHINA), RESPONSIBILITY, DM_POLARITY_NONE, "11", "Ana");
  f->credible = annotate (f->store, SAMPLE_UUID, "“to be credible”",
                          ACTORS (BORRELL), PLAN, DM_POLARITY_OPPOSES, "11", "Ben");
  f->plan = annotate (f->store, SAMPLE_UUID, "presenting a 12-point document",
                      ACTORS (CHINA), PLAN, DM_POLARITY_SUPPORTS, NULL, "Ana");
  f->wire = annotate (f->store, WIRE_UUID, WIRE_QUOTE, ACTORS (EU), PLAN, DM_POLARITY_MIXED, NULL, "Ana");
  f->chinese = annotate (f->store, WIRE_UUID, CHINESE_QUOTE, ACTORS (CHINA), PEACE_TALKS,
                         DM_POLARITY_SUPPORTS, NULL, "Ben");

  edit_annotation (f->store, f->blame, edit_blame);
  edit_annotation (f->store, f->credible, edit_credible);
  edit_annotation (f->store, f->wire, edit_wire);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->store);
  g_clear_pointer (&f->joint, g_free);
  g_clear_pointer (&f->blame, g_free);
  g_clear_pointer (&f->credible, g_free);
  g_clear_pointer (&f->plan, g_free);
  g_clear_pointer (&f->wire, g_free);
  g_clear_pointer (&f->chinese, g_free);
  test_util_remove_tree (f->dir);
  g_free (f->dir);
}

/* }}} */

/* CSV {{{ */

/* A strict RFC 4180 reader: every record ends in CRLF, a bare CR or LF is
 * allowed only inside quotes. Returns records of fields. */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *records = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  GPtrArray *record = NULL;
  const char *p = csv;

  while (*p != '\0')
    {
      g_autoptr(GString) field = g_string_new (NULL);

      if (record == NULL)
        {
          record = g_ptr_array_new_with_free_func (g_free);
          g_ptr_array_add (records, record);
        }

      if (*p == '"')
        {
          for (p++;; p++)
            {
              g_assert_true (*p != '\0');
              if (*p == '"' && p[1] == '"')
                {
                  g_string_append_c (field, '"');
                  p++;
                }
              else if (*p == '"')
                {
                  p++;
                  break;
                }
              else
                g_string_append_c (field, *p);
            }
        }
      else
        {
          for (; *p != '\0' && *p != ',' && *p != '\r' && *p != '\n'; p++)
            {
              g_assert_cmpint (*p, !=, '"');
              g_string_append_c (field, *p);
            }
        }

      g_ptr_array_add (record, g_string_free (g_steal_pointer (&field), FALSE));

      if (*p == ',')
        p++;
      else
        {
          g_assert_cmpint (p[0], ==, '\r');
          g_assert_cmpint (p[1], ==, '\n');
          p += 2;
          record = NULL;
        }
    }

  /* The last record ended with CRLF too. */
  g_assert_null (record);

  return records;
}

static guint
column (const char *name)
{
  const char * const *columns = dm_csv_get_columns ();

  for (guint i = 0; columns[i] != NULL; i++)
    if (g_str_equal (columns[i], name))
      return i;

  g_assert_not_reached ();
}

static const char *
cell (GPtrArray  *records,
      guint       row,
      const char *name)
{
  return g_ptr_array_index ((GPtrArray *) g_ptr_array_index (records, row), column (name));
}

/* The row of @annotation spoken by @actor_name, or 0. */
static guint
find_row (GPtrArray  *records,
          const char *annotation,
          const char *actor_name)
{
  for (guint i = 1; i < records->len; i++)
    if (g_str_equal (cell (records, i, "annotation_uuid"), annotation) &&
        g_str_equal (cell (records, i, "actor"), actor_name))
      return i;

  return 0;
}

static guint
count_rows (DmStore             *store,
            const DmExportScope *scope)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = dm_csv_export (store, scope, &error);
  g_autoptr(GPtrArray) records = NULL;

  g_assert_no_error (error);
  records = parse_csv (csv);
  return records->len - 1;
}

static void
test_csv_header_and_rows (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = dm_csv_export (f->store, NULL, &error);
  g_autofree char *again = dm_csv_export (f->store, NULL, NULL);
  g_autoptr(GPtrArray) records = NULL;
  guint row;

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv,
                                   "annotation_uuid,article_uuid,article_title,article_source,article_date,"
                                   "article_url,actor,actor_kind,represented_actor,topic_path,polarity,act_code,"
                                   "act_name,goldstein,targets,mode,provenance,coder,key_quote,quote,note,start,"
                                   "end,orphan,created,updated\r\n"));
  g_assert_cmpstr (csv, ==, again);

  records = parse_csv (csv);
  /* Six annotations, one of them a joint statement of two actors. */
  g_assert_cmpuint (records->len, ==, 1 + 7);
  for (guint i = 0; i < records->len; i++)
    g_assert_cmpuint (((GPtrArray *) g_ptr_array_index (records, i))->len, ==, 26);

  /* A joint statement is two rows, one per actor. */
  g_assert_cmpuint (find_row (records, f->joint, "Belarus"), >, 0);
  g_assert_cmpuint (find_row (records, f->joint, "China"), >, 0);
  row = find_row (records, f->joint, "China");
  g_assert_cmpstr (cell (records, row, "topic_path"), ==, "Ukraine war › Peace talks");
  g_assert_cmpstr (cell (records, row, "polarity"), ==, "supports");
  g_assert_cmpstr (cell (records, row, "act_code"), ==, "02");
  g_assert_cmpstr (cell (records, row, "act_name"), ==, "Appeal");
  g_assert_cmpstr (cell (records, row, "goldstein"), ==, "3");
  g_assert_cmpstr (cell (records, row, "article_date"), ==, "2023-02-24");
  g_assert_cmpstr (cell (records, row, "article_url"), ==, "");
  g_assert_cmpstr (cell (records, row, "actor_kind"), ==, "state");
  g_assert_cmpstr (cell (records, row, "represented_actor"), ==, "");
  g_assert_cmpstr (cell (records, row, "mode"), ==, "reported-speech");
  g_assert_cmpstr (cell (records, row, "key_quote"), ==, "false");

  /* A negative weight stays a number; targets are joined names. */
  row = find_row (records, f->blame, "China");
  g_assert_cmpstr (cell (records, row, "goldstein"), ==, "-2");
  g_assert_cmpstr (cell (records, row, "polarity"), ==, "none");
  g_assert_cmpstr (cell (records, row, "targets"), ==, "NATO; United States");

  /* A person counts for what they represented on the article's date. */
  row = find_row (records, f->credible, "Josep Borrell");
  g_assert_cmpstr (cell (records, row, "actor_kind"), ==, "person");
  g_assert_cmpstr (cell (records, row, "represented_actor"), ==, "European Union");
  g_assert_cmpstr (cell (records, row, "key_quote"), ==, "true");
  g_assert_cmpstr (cell (records, row, "provenance"), ==, "according to Belta");
  g_assert_cmpstr (cell (records, row, "quote"), ==, "“to be credible”");
  g_assert_cmpstr (cell (records, row, "coder"), ==, "Ben");
}

static void
test_csv_escaping (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = dm_csv_export (f->store, NULL, &error);
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(DmAnnotation) wire = dm_store_lookup_annotation (f->store, f->wire, NULL);
  guint row;

  g_assert_no_error (error);
  records = parse_csv (csv);

  /* Comma, double quote and newline survive the round trip exactly. */
  row = find_row (records, f->wire, "European Union");
  g_assert_cmpuint (row, >, 0);
  g_assert_cmpstr (cell (records, row, "quote"), ==, WIRE_QUOTE);
  g_assert_cmpstr (cell (records, row, "note"), ==, "Borrell, \"quoted\" — on the plan");
  g_assert_cmpstr (cell (records, row, "article_title"), ==, "Borrell: the plan must improve");
  g_assert_cmpstr (cell (records, row, "article_url"), ==, WIRE_URL);
  g_assert_cmpstr (cell (records, row, "mode"), ==, "direct-quote");
  g_assert_cmpuint (g_ascii_strtoull (cell (records, row, "start"), NULL, 10), ==, dm_annotation_get_start (wire));
  g_assert_cmpuint (g_ascii_strtoull (cell (records, row, "end"), NULL, 10), ==, dm_annotation_get_end (wire));
  g_assert_cmpstr (cell (records, row, "created"), ==, dm_annotation_get_created (wire));

  /* How it is written: quoted, the inner quote doubled, the newline kept. */
  g_assert_nonnull (strstr (csv, "\"We are ready, but the plan must improve.\nIt is not enough,\"\"\""));

  /* Non-ASCII text is plain UTF-8. */
  row = find_row (records, f->chinese, "China");
  g_assert_cmpstr (cell (records, row, "quote"), ==, CHINESE_QUOTE);
  g_assert_true (g_utf8_validate (csv, -1, NULL));
}

static void
test_csv_formulas (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *csv = dm_csv_export (f->store, NULL, NULL);
  g_autoptr(GPtrArray) records = parse_csv (csv);
  guint row = find_row (records, f->blame, "China");
  struct {
    const char *value;
    const char *written;
  } cases[] = {
    { "=SUM(A1)", "'=SUM(A1)" },
    { "+cmd", "'+cmd" },
    { "-1+1", "'-1+1" },
    { "@SUM(A1)", "'@SUM(A1)" },
    { "\tTAB", "'\tTAB" },
    { "\rCR", "\"'\rCR\"" },
    { "=HYPERLINK(\"http://x\",\"y\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"" },
    { "-7.2", "-7.2" },
    { "+3", "+3" },
    { "a=b", "a=b" },
    { "a, b", "\"a, b\"" },
    { "", "" },
    { NULL, "" },
  };

  g_assert_cmpstr (cell (records, row, "note"), ==, "'=SUM(A1)");
  g_assert_nonnull (strstr (csv, ",'=SUM(A1),"));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) out = g_string_new (NULL);

      dm_csv_append_field (out, cases[i].value);
      g_assert_cmpstr (out->str, ==, cases[i].written);
    }
}

static void
test_csv_scope (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(DmExportScope) scope = dm_export_scope_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) annotations = NULL;

  g_assert_true (dm_export_scope_is_everything (scope));
  g_assert_cmpuint (count_rows (f->store, scope), ==, 7);

  /* One coder. */
  dm_export_scope_set_coder (scope, "Ben");
  g_assert_cmpuint (count_rows (f->store, scope), ==, 2);
  dm_export_scope_set_coder (scope, NULL);

  /* Some actors: only their rows, so China's half of the joint statement. */
  dm_export_scope_set_actors (scope, ACTORS (CHINA));
  g_assert_cmpuint (count_rows (f->store, scope), ==, 4);
  dm_export_scope_set_actors (scope, NULL);

  /* A topic with its sub-topics. */
  dm_export_scope_set_topics (scope, ACTORS (UKRAINE_WAR));
  g_assert_cmpuint (count_rows (f->store, scope), ==, 4);
  dm_export_scope_set_topics (scope, NULL);

  /* A date range: only the sample article (2023-02-24). */
  dm_export_scope_set_dates (scope, NULL, "2023-02");
  g_assert_cmpuint (count_rows (f->store, scope), ==, 5);
  dm_export_scope_set_dates (scope, "2023-03-01", NULL);
  g_assert_cmpuint (count_rows (f->store, scope), ==, 2);
  dm_export_scope_set_dates (scope, "2024", NULL);
  g_assert_cmpuint (count_rows (f->store, scope), ==, 0);
  dm_export_scope_set_dates (scope, NULL, NULL);

  /* Some articles. */
  dm_export_scope_set_articles (scope, ACTORS (WIRE_UUID));
  g_assert_cmpuint (count_rows (f->store, scope), ==, 2);

  g_assert_true (dm_export_scope_select (scope, f->store, &articles, &annotations, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpuint (annotations->len, ==, 2);

  /* Filters add up (AND), and a copy is independent. */
  {
    g_autoptr(DmExportScope) copy = NULL;

    dm_export_scope_set_coder (scope, "Ben");
    copy = dm_export_scope_copy (scope);
    dm_export_scope_set_coder (scope, NULL);
    g_assert_cmpuint (count_rows (f->store, copy), ==, 1);
    g_assert_cmpstr (dm_export_scope_get_coder (copy), ==, "Ben");
  }
}

static void
test_csv_scope_errors (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(DmExportScope) scope = dm_export_scope_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;

  dm_export_scope_set_dates (scope, "2023-13-45", NULL);
  csv = dm_csv_export (f->store, scope, &error);
  g_assert_null (csv);
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  dm_export_scope_set_dates (scope, "2023-07", "2023-06");
  g_assert_false (dm_export_scope_validate (scope, f->store, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  dm_export_scope_set_dates (scope, NULL, NULL);
  dm_export_scope_set_actors (scope, ACTORS ("00000000-0000-4000-8000-000000000000"));
  g_assert_false (dm_export_scope_validate (scope, f->store, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
}

/* }}} */

/* W3C Web Annotation {{{ */

static JsonNode *
parse_json (const char *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

static JsonObject *
find_item (JsonArray  *items,
           const char *uuid)
{
  g_autofree char *id = g_strconcat ("urn:uuid:", uuid, NULL);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      if (g_str_equal (json_object_get_string_member (item, "id"), id))
        return item;
    }

  g_assert_not_reached ();
}

static void
test_web_annotation_export (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = dm_web_annotation_export (f->store, NULL, &error);
  g_autofree char *again = dm_web_annotation_export (f->store, NULL, NULL);
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(DmAnnotation) wire = dm_store_lookup_annotation (f->store, f->wire, NULL);
  JsonObject *collection, *page, *item, *target, *selector;
  JsonArray *context, *items, *selectors, *bodies;

  g_assert_no_error (error);
  g_assert_cmpstr (json, ==, again);

  root = parse_json (json);
  collection = json_node_get_object (root);
  context = json_object_get_array_member (collection, "@context");
  g_assert_cmpstr (json_array_get_string_element (context, 0), ==, "http://www.w3.org/ns/anno.jsonld");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (context, 1), "dm"), ==,
                   DM_WEB_ANNOTATION_NAMESPACE);
  g_assert_cmpstr (json_object_get_string_member (collection, "type"), ==, "AnnotationCollection");
  g_assert_true (g_str_has_prefix (json_object_get_string_member (collection, "id"), "urn:uuid:"));
  g_assert_cmpint (json_object_get_int_member (collection, "total"), ==, 6);

  page = json_object_get_object_member (collection, "first");
  g_assert_cmpstr (json_object_get_string_member (page, "type"), ==, "AnnotationPage");
  items = json_object_get_array_member (page, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 6);

  /* The article with a URL is the source; dm:article names it anyway. */
  item = find_item (items, f->wire);
  g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "Annotation");
  g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==, "classifying");
  g_assert_cmpstr (json_object_get_string_member (item, "created"), ==, dm_annotation_get_created (wire));
  g_assert_cmpstr (json_object_get_string_member (item, "modified"), ==, dm_annotation_get_updated (wire));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (item, "creator"), "name"), ==,
                   "Ana");
  target = json_object_get_object_member (item, "target");
  g_assert_cmpstr (json_object_get_string_member (target, "source"), ==, WIRE_URL);
  g_assert_cmpstr (json_object_get_string_member (target, "dm:article"), ==, "urn:uuid:" WIRE_UUID);
  selectors = json_object_get_array_member (target, "selector");
  g_assert_cmpuint (json_array_get_length (selectors), ==, 2);
  selector = json_array_get_object_element (selectors, 0);
  g_assert_cmpstr (json_object_get_string_member (selector, "type"), ==, "TextQuoteSelector");
  g_assert_cmpstr (json_object_get_string_member (selector, "exact"), ==, WIRE_QUOTE);
  g_assert_cmpstr (json_object_get_string_member (selector, "prefix"), ==, dm_annotation_get_prefix (wire));
  g_assert_cmpstr (json_object_get_string_member (selector, "suffix"), ==, dm_annotation_get_suffix (wire));
  selector = json_array_get_object_element (selectors, 1);
  g_assert_cmpstr (json_object_get_string_member (selector, "type"), ==, "TextPositionSelector");
  g_assert_cmpint (json_object_get_int_member (selector, "start"), ==, dm_annotation_get_start (wire));
  g_assert_cmpint (json_object_get_int_member (selector, "end"), ==, dm_annotation_get_end (wire));

  /* Bodies: actor tag, topic and polarity classifications, the note. */
  bodies = json_object_get_array_member (item, "body");
  g_assert_cmpuint (json_array_get_length (bodies), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 0), "purpose"), ==, "tagging");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 0), "value"), ==,
                   "European Union");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 0), "dm:actor"), ==,
                   "urn:uuid:" EU);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 1), "value"), ==,
                   "China's peace position › China's 12-point peace plan");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 2), "value"), ==, "mixed");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (bodies, 3), "purpose"), ==,
                   "commenting");
  g_assert_cmpstr (json_object_get_string_member (item, "dm:mode"), ==, "direct-quote");

  /* The sample article has no URL: its urn:uuid is the source. */
  item = find_item (items, f->blame);
  target = json_object_get_object_member (item, "target");
  g_assert_cmpstr (json_object_get_string_member (target, "source"), ==, "urn:uuid:" SAMPLE_UUID);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (item, "dm:targets")), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (item, "dm:act"), ==, "11");

  /* A scope applies: one coder's annotations only. */
  {
    g_autoptr(DmExportScope) scope = dm_export_scope_new ();
    g_autofree char *scoped = NULL;
    g_autoptr(JsonNode) scoped_root = NULL;

    dm_export_scope_set_coder (scope, "Ben");
    scoped = dm_web_annotation_export (f->store, scope, &error);
    g_assert_no_error (error);
    scoped_root = parse_json (scoped);
    g_assert_cmpint (json_object_get_int_member (json_node_get_object (scoped_root), "total"), ==, 2);
    /* Another set of annotations is another collection. */
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (scoped_root), "id"), !=,
                     json_object_get_string_member (collection, "id"));
  }
}

static void
assert_same_annotation (DmAnnotation *a,
                        DmAnnotation *b)
{
  g_assert_cmpstr (dm_annotation_get_uuid (a), ==, dm_annotation_get_uuid (b));
  g_assert_cmpstr (dm_annotation_get_article_uuid (a), ==, dm_annotation_get_article_uuid (b));
  g_assert_cmpuint (dm_annotation_get_start (a), ==, dm_annotation_get_start (b));
  g_assert_cmpuint (dm_annotation_get_end (a), ==, dm_annotation_get_end (b));
  g_assert_cmpstr (dm_annotation_get_quote (a), ==, dm_annotation_get_quote (b));
  g_assert_cmpstr (dm_annotation_get_prefix (a), ==, dm_annotation_get_prefix (b));
  g_assert_cmpstr (dm_annotation_get_suffix (a), ==, dm_annotation_get_suffix (b));
  g_assert_true (g_strv_equal (dm_annotation_get_actor_uuids (a), dm_annotation_get_actor_uuids (b)));
  g_assert_true (g_strv_equal (dm_annotation_get_target_uuids (a), dm_annotation_get_target_uuids (b)));
  g_assert_cmpstr (dm_annotation_get_topic_uuid (a), ==, dm_annotation_get_topic_uuid (b));
  g_assert_cmpint (dm_annotation_get_polarity (a), ==, dm_annotation_get_polarity (b));
  g_assert_cmpstr (dm_annotation_get_act_code (a), ==, dm_annotation_get_act_code (b));
  g_assert_cmpint (dm_annotation_get_mode (a), ==, dm_annotation_get_mode (b));
  g_assert_cmpstr (dm_annotation_get_provenance (a), ==, dm_annotation_get_provenance (b));
  g_assert_cmpstr (dm_annotation_get_note (a), ==, dm_annotation_get_note (b));
  g_assert_cmpint (dm_annotation_get_key_quote (a), ==, dm_annotation_get_key_quote (b));
  g_assert_cmpstr (dm_annotation_get_coder (a), ==, dm_annotation_get_coder (b));
  g_assert_cmpstr (dm_annotation_get_created (a), ==, dm_annotation_get_created (b));
  g_assert_cmpstr (dm_annotation_get_updated (a), ==, dm_annotation_get_updated (b));
}

static void
test_web_annotation_round_trip (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *json = dm_web_annotation_export (f->store, NULL, &error);
  g_autoptr(DmStore) other = open_store (f->dir, "other.db", wire_body);
  g_autoptr(DmWebAnnotationReport) report = dm_web_annotation_report_new ();
  g_autoptr(DmWebAnnotationReport) second = dm_web_annotation_report_new ();
  g_autoptr(GPtrArray) originals = NULL;
  g_autofree char *exported_again = NULL;

  g_assert_no_error (error);
  g_assert_true (dm_web_annotation_import_data (other, json, -1, "export.jsonld", report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->added, ==, 6);
  g_assert_cmpuint (report->reanchored, ==, 0);
  g_assert_cmpuint (report->skipped->len, ==, 0);
  g_assert_cmpuint (dm_web_annotation_report_get_n_placed (report), ==, 6);

  originals = dm_store_dup_annotations (f->store, NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < originals->len; i++)
    {
      DmAnnotation *original = g_ptr_array_index (originals, i);
      g_autoptr(DmAnnotation) imported = dm_store_lookup_annotation (other, dm_annotation_get_uuid (original), &error);

      g_assert_no_error (error);
      assert_same_annotation (original, imported);
    }

  /* Same database content, same bytes. */
  exported_again = dm_web_annotation_export (other, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exported_again, ==, json);

  /* A second import merges: nothing new. */
  g_assert_true (dm_web_annotation_import_data (other, json, -1, "export.jsonld", second, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (second->added, ==, 0);
  g_assert_cmpuint (second->unchanged, ==, 6);
  g_assert_cmpuint (second->conflicts->len, ==, 0);
}

static void
test_web_annotation_reanchor (Fixture       *f,
                              gconstpointer  data)
{
  static const char correction[] = "Corrected on 2 March: a date was wrong. ";
  g_autoptr(GError) error = NULL;
  g_autofree char *json = dm_web_annotation_export (f->store, NULL, &error);
  g_autoptr(GString) edited = g_string_new (wire_body);
  g_autoptr(DmStore) other = NULL;
  g_autoptr(DmWebAnnotationReport) report = dm_web_annotation_report_new ();
  g_autoptr(DmAnnotation) original = dm_store_lookup_annotation (f->store, f->wire, NULL);
  g_autoptr(DmAnnotation) moved = NULL;
  g_autoptr(DmAnnotation) missing = NULL;
  g_autoptr(DmAnnotation) untouched = NULL;

  g_assert_no_error (error);

  /* The other database's copy of the wire article was corrected: a
   * sentence added in front (every offset shifts, the quote and its
   * context stay), and the Chinese sentence reworded (its quote is gone). */
  g_string_prepend (edited, correction);
  g_assert_cmpint (g_string_replace (edited, "中国 supports talks", "China backs talks", 0), ==, 1);
  other = open_store (f->dir, "corrected.db", edited->str);

  g_assert_true (dm_web_annotation_import_data (other, json, -1, "export.jsonld", report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->added, ==, 5);
  g_assert_cmpuint (report->reanchored, ==, 1);
  g_assert_cmpuint (report->skipped->len, ==, 1);
  g_assert_true (g_str_has_prefix (g_ptr_array_index (report->skipped, 0), "first.items["));
  g_assert_nonnull (strstr (g_ptr_array_index (report->skipped, 0),
                            "cannot place the quote “" CHINESE_QUOTE "” in article “Borrell: the plan must improve”"));

  moved = dm_store_lookup_annotation (other, f->wire, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dm_annotation_get_start (moved), ==,
                    dm_annotation_get_start (original) + g_utf8_strlen (correction, -1));
  g_assert_cmpstr (dm_annotation_get_quote (moved), ==, WIRE_QUOTE);
  g_assert_true (g_strv_equal (dm_annotation_get_actor_uuids (moved), ACTORS (EU)));
  g_assert_cmpint (dm_annotation_get_polarity (moved), ==, DM_POLARITY_MIXED);

  missing = dm_store_lookup_annotation (other, f->chinese, &error);
  g_assert_null (missing);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The sample article is the same in both: placed by position. */
  untouched = dm_store_lookup_annotation (other, f->joint, &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_equal (dm_annotation_get_actor_uuids (untouched), ACTORS (BELARUS, CHINA)));
}

static void
test_web_annotation_foreign (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (TEST_FIXTURES_DIR, "formats", "foreign-annotations.jsonld", NULL);
  g_autoptr(DmStore) other = open_store (f->dir, "foreign.db", wire_body);
  g_autoptr(DmWebAnnotationReport) report = dm_web_annotation_report_new ();
  g_autoptr(DmWebAnnotationReport) again = dm_web_annotation_report_new ();
  g_autoptr(GPtrArray) annotations = NULL;
  DmAnnotation *annotation;

  /* Written by hand as another tool would: no Demarche terms, an http id,
   * the article found by URL, actors and topics by name, a quote selector
   * only. */
  g_assert_true (dm_web_annotation_import_file (other, path, report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->added, ==, 1);
  g_assert_cmpuint (report->reanchored, ==, 1);
  g_assert_cmpuint (report->skipped->len, ==, 2);
  g_assert_nonnull (strstr (g_ptr_array_index (report->skipped, 0), "items[1]: body[0]: no actor “Ruritania”"));
  g_assert_nonnull (strstr (g_ptr_array_index (report->skipped, 1), "items[2]: no article in the database"));

  annotations = dm_store_dup_annotations (other, WIRE_UUID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 1);
  annotation = g_ptr_array_index (annotations, 0);
  g_assert_cmpstr (dm_annotation_get_quote (annotation), ==, "the plan must improve");
  g_assert_true (g_strv_equal (dm_annotation_get_actor_uuids (annotation), ACTORS (EU)));
  g_assert_cmpstr (dm_annotation_get_topic_uuid (annotation), ==, PLAN);
  g_assert_cmpint (dm_annotation_get_polarity (annotation), ==, DM_POLARITY_OPPOSES);
  g_assert_cmpstr (dm_annotation_get_coder (annotation), ==, "Dana");
  g_assert_cmpstr (dm_annotation_get_note (annotation), ==, "Borrell wants changes.");
  g_assert_cmpstr (dm_annotation_get_created (annotation), ==, "2024-05-01T10:00:00Z");

  /* Its uuid is derived from its id: a second import merges. */
  g_assert_true (dm_web_annotation_import_file (other, path, again, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (again->added, ==, 0);
  g_assert_cmpuint (again->unchanged, ==, 1);
}

static void
edit_orphan (DmAnnotation *annotation)
{
  dm_annotation_set_orphan (annotation, TRUE);
}

static void
test_orphan (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(DmStore) other = NULL;
  g_autoptr(DmWebAnnotationReport) report = dm_web_annotation_report_new ();
  g_autoptr(DmAnnotation) original = NULL;
  g_autoptr(DmAnnotation) placed = NULL;
  JsonObject *item;
  guint row;

  /* An annotation that could not be re-anchored keeps its coding, but its
   * span is only a guess: no offsets in CSV, no position selector. */
  edit_annotation (f->store, f->credible, edit_orphan);
  original = dm_store_lookup_annotation (f->store, f->credible, &error);
  g_assert_no_error (error);
  g_assert_true (dm_annotation_get_orphan (original));

  csv = dm_csv_export (f->store, NULL, &error);
  g_assert_no_error (error);
  records = parse_csv (csv);
  row = find_row (records, f->credible, "Josep Borrell");
  g_assert_cmpstr (cell (records, row, "start"), ==, "");
  g_assert_cmpstr (cell (records, row, "end"), ==, "");
  g_assert_cmpstr (cell (records, row, "orphan"), ==, "true");
  g_assert_cmpstr (cell (records, row, "quote"), ==, "“to be credible”");
  row = find_row (records, f->wire, "European Union");
  g_assert_cmpstr (cell (records, row, "orphan"), ==, "false");

  json = dm_web_annotation_export (f->store, NULL, &error);
  g_assert_no_error (error);
  root = parse_json (json);
  item = find_item (json_object_get_array_member (json_object_get_object_member (json_node_get_object (root),
                                                                                 "first"), "items"),
                    f->credible);
  g_assert_true (json_object_get_boolean_member (item, "dm:orphan"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_object_get_object_member (item, "target"),
                                                                         "selector")), ==, 1);

  /* Elsewhere the quote is found, so there it is no orphan. */
  other = open_store (f->dir, "other.db", wire_body);
  g_assert_true (dm_web_annotation_import_data (other, json, -1, "orphan.jsonld", report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->added, ==, 6);
  g_assert_cmpuint (report->reanchored, ==, 1);
  placed = dm_store_lookup_annotation (other, f->credible, &error);
  g_assert_no_error (error);
  g_assert_false (dm_annotation_get_orphan (placed));
  g_assert_cmpuint (dm_annotation_get_start (placed), ==, dm_annotation_get_start (original));
}

static void
test_web_annotation_bad_input (Fixture       *f,
                               gconstpointer  data)
{
  static const char * const bad[] = {
    "",
    "{ not json",
    "{\"format\": \"demarche-annotated-set\", \"version\": 1}",
    ("{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\","
     " \"first\": \"http://example.org/page1\"}"),
  };
  g_autoptr(GPtrArray) before = dm_store_dup_annotations (f->store, NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) after = NULL;

      g_assert_false (dm_web_annotation_import_data (f->store, bad[i], -1, "bad.jsonld", NULL, &error));
      g_assert_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT);
      g_assert_true (g_str_has_prefix (error->message, "bad.jsonld: "));

      after = dm_store_dup_annotations (f->store, NULL, NULL);
      g_assert_cmpuint (after->len, ==, before->len);
    }
}

/* }}} */

/* GraphML {{{ */

typedef struct
{
  GHashTable *keys;       /* id → "for:name:type" */
  GPtrArray  *nodes;      /* GHashTable: "id" and attribute names → values */
  GPtrArray  *edges;      /* GHashTable: "source", "target" and attribute names */
  GHashTable *current;
  char       *data_key;
  GString    *text;
  gboolean    directed;
} Graph;

static void
graph_clear (Graph *graph)
{
  g_clear_pointer (&graph->keys, g_hash_table_unref);
  g_clear_pointer (&graph->nodes, g_ptr_array_unref);
  g_clear_pointer (&graph->edges, g_ptr_array_unref);
  g_clear_pointer (&graph->data_key, g_free);
  if (graph->text != NULL)
    g_string_free (g_steal_pointer (&graph->text), TRUE);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Graph, graph_clear)

static const char *
attribute (const char **names,
           const char **values,
           const char  *name)
{
  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], name))
      return values[i];

  return NULL;
}

static GHashTable *
new_element (const char **names,
             const char **values,
             const char  *first,
             const char  *second)
{
  GHashTable *element = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  g_hash_table_insert (element, g_strdup (first), g_strdup (attribute (names, values, first)));
  if (second != NULL)
    g_hash_table_insert (element, g_strdup (second), g_strdup (attribute (names, values, second)));

  return element;
}

static void
element_started_cb (GMarkupParseContext  *context,
                    const char           *element,
                    const char          **names,
                    const char          **values,
                    gpointer              user_data,
                    GError              **error)
{
  Graph *graph = user_data;

  if (g_str_equal (element, "graphml"))
    g_assert_cmpstr (attribute (names, values, "xmlns"), ==, "http://graphml.graphdrawing.org/xmlns");
  else if (g_str_equal (element, "key"))
    g_hash_table_insert (graph->keys, g_strdup (attribute (names, values, "id")),
                         g_strdup_printf ("%s:%s:%s", attribute (names, values, "for"),
                                          attribute (names, values, "attr.name"),
                                          attribute (names, values, "attr.type")));
  else if (g_str_equal (element, "graph"))
    graph->directed = g_strcmp0 (attribute (names, values, "edgedefault"), "directed") == 0;
  else if (g_str_equal (element, "node"))
    {
      graph->current = new_element (names, values, "id", NULL);
      g_ptr_array_add (graph->nodes, graph->current);
    }
  else if (g_str_equal (element, "edge"))
    {
      graph->current = new_element (names, values, "source", "target");
      g_ptr_array_add (graph->edges, graph->current);
    }
  else if (g_str_equal (element, "data"))
    {
      const char *key = attribute (names, values, "key");

      /* Every attribute is declared. */
      g_assert_true (g_hash_table_contains (graph->keys, key));
      g_free (graph->data_key);
      graph->data_key = g_strdup (key);
      g_string_truncate (graph->text, 0);
    }
}

static void
element_ended_cb (GMarkupParseContext  *context,
                  const char           *element,
                  gpointer              user_data,
                  GError              **error)
{
  Graph *graph = user_data;

  if (g_str_equal (element, "data"))
    {
      g_assert_nonnull (graph->current);
      g_hash_table_insert (graph->current, g_steal_pointer (&graph->data_key), g_strdup (graph->text->str));
    }
  else if (g_str_equal (element, "node") || g_str_equal (element, "edge"))
    graph->current = NULL;
}

static void
text_read_cb (GMarkupParseContext  *context,
              const char           *text,
              gsize                 length,
              gpointer              user_data,
              GError              **error)
{
  Graph *graph = user_data;

  if (graph->data_key != NULL)
    g_string_append_len (graph->text, text, length);
}

static void
parse_graph (Graph      *graph,
             const char *xml)
{
  static const GMarkupParser parser = { element_started_cb, element_ended_cb, text_read_cb, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;

  graph->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  graph->nodes = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  graph->edges = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  graph->text = g_string_new (NULL);

  context = g_markup_parse_context_new (&parser, G_MARKUP_PREFIX_ERROR_POSITION, graph, NULL);
  g_assert_true (g_markup_parse_context_parse (context, xml, -1, &error));
  g_assert_no_error (error);
  g_assert_true (g_markup_parse_context_end_parse (context, &error));
  g_assert_no_error (error);
}

static GHashTable *
find_node (Graph      *graph,
           const char *id)
{
  for (guint i = 0; i < graph->nodes->len; i++)
    {
      GHashTable *node = g_ptr_array_index (graph->nodes, i);

      if (g_str_equal (g_hash_table_lookup (node, "id"), id))
        return node;
    }

  return NULL;
}

static GHashTable *
find_edge (Graph      *graph,
           const char *a,
           const char *b)
{
  for (guint i = 0; i < graph->edges->len; i++)
    {
      GHashTable *edge = g_ptr_array_index (graph->edges, i);
      const char *source = g_hash_table_lookup (edge, "source");
      const char *target = g_hash_table_lookup (edge, "target");

      if ((g_str_equal (source, a) && g_str_equal (target, b)) ||
          (!graph->directed && g_str_equal (source, b) && g_str_equal (target, a)))
        return edge;
    }

  return NULL;
}

static const char *
value (GHashTable *element,
       const char *key)
{
  g_assert_nonnull (element);
  return g_hash_table_lookup (element, key);
}

static void
test_graphml_actor_topic (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = dm_graphml_export (f->store, DM_GRAPHML_ACTOR_TOPIC, NULL, &error);
  g_autofree char *again = dm_graphml_export (f->store, DM_GRAPHML_ACTOR_TOPIC, NULL, NULL);
  g_auto(Graph) graph = { 0 };
  GHashTable *edge;

  g_assert_no_error (error);
  g_assert_cmpstr (xml, ==, again);
  parse_graph (&graph, xml);

  g_assert_true (graph.directed);
  g_assert_cmpstr (g_hash_table_lookup (graph.keys, "weight"), ==, "edge:weight:double");
  g_assert_cmpstr (g_hash_table_lookup (graph.keys, "sign"), ==, "edge:sign:int");
  g_assert_cmpstr (g_hash_table_lookup (graph.keys, "label"), ==, "node:label:string");
  for (const char * const *key = ACTORS ("kind", "supports", "opposes", "neutral", "mixed"); *key; key++)
    g_assert_true (g_hash_table_contains (graph.keys, *key));

  /* Belarus, China, Borrell, the EU; peace talks, responsibility, the plan. */
  g_assert_cmpuint (graph.nodes->len, ==, 7);
  g_assert_cmpuint (graph.edges->len, ==, 6);

  g_assert_cmpstr (value (find_node (&graph, CHINA), "label"), ==, "China");
  g_assert_cmpstr (value (find_node (&graph, CHINA), "kind"), ==, "state");
  g_assert_cmpstr (value (find_node (&graph, BORRELL), "kind"), ==, "person");
  /* The apostrophe went through XML escaping and back. */
  g_assert_cmpstr (value (find_node (&graph, PLAN), "label"), ==, "China's 12-point peace plan");
  g_assert_cmpstr (value (find_node (&graph, PLAN), "kind"), ==, "topic");
  g_assert_cmpstr (value (find_node (&graph, PLAN), "path"), ==,
                   "China's peace position › China's 12-point peace plan");
  g_assert_null (find_node (&graph, UKRAINE_WAR));

  /* China: the joint statement and the Chinese sentence. */
  edge = find_edge (&graph, CHINA, PEACE_TALKS);
  g_assert_cmpstr (value (edge, "weight"), ==, "2");
  g_assert_cmpstr (value (edge, "sign"), ==, "1");
  g_assert_cmpstr (value (edge, "stance"), ==, "1");
  g_assert_cmpstr (value (edge, "supports"), ==, "2");
  g_assert_cmpstr (value (edge, "opposes"), ==, "0");

  edge = find_edge (&graph, BELARUS, PEACE_TALKS);
  g_assert_cmpstr (value (edge, "weight"), ==, "1");

  edge = find_edge (&graph, BORRELL, PLAN);
  g_assert_cmpstr (value (edge, "sign"), ==, "-1");
  g_assert_cmpstr (value (edge, "opposes"), ==, "1");

  edge = find_edge (&graph, EU, PLAN);
  g_assert_cmpstr (value (edge, "sign"), ==, "0");
  g_assert_cmpstr (value (edge, "mixed"), ==, "1");

  /* A blame without polarity: weight 1, no stance. */
  edge = find_edge (&graph, CHINA, RESPONSIBILITY);
  g_assert_cmpstr (value (edge, "weight"), ==, "1");
  g_assert_cmpstr (value (edge, "none"), ==, "1");
  g_assert_cmpstr (value (edge, "sign"), ==, "0");

  g_assert_null (find_edge (&graph, BELARUS, PLAN));
}

static void
test_graphml_actor_actor (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *xml = dm_graphml_export (f->store, DM_GRAPHML_ACTOR_ACTOR, NULL, &error);
  g_autoptr(DmExportScope) scope = dm_export_scope_new ();
  g_autofree char *scoped = NULL;
  g_autofree char *refused = NULL;
  g_auto(Graph) graph = { 0 };
  g_auto(Graph) ben = { 0 };
  GHashTable *edge;

  g_assert_no_error (error);
  parse_graph (&graph, xml);

  g_assert_false (graph.directed);
  g_assert_cmpstr (g_hash_table_lookup (graph.keys, "agreement"), ==, "edge:agreement:double");
  g_assert_cmpstr (g_hash_table_lookup (graph.keys, "disagreement"), ==, "edge:disagreement:double");
  g_assert_cmpstr (g_hash_table_lookup (graph.keys, "shared_topics"), ==, "edge:shared_topics:int");
  g_assert_cmpuint (graph.nodes->len, ==, 4);
  g_assert_cmpuint (graph.edges->len, ==, 4);

  /* Both support the peace talks. */
  edge = find_edge (&graph, BELARUS, CHINA);
  g_assert_cmpstr (value (edge, "agreement"), ==, "1");
  g_assert_cmpstr (value (edge, "disagreement"), ==, "0");
  g_assert_cmpstr (value (edge, "shared_topics"), ==, "1");

  /* China supports the plan, Borrell opposes it. */
  edge = find_edge (&graph, CHINA, BORRELL);
  g_assert_cmpstr (value (edge, "agreement"), ==, "0");
  g_assert_cmpstr (value (edge, "disagreement"), ==, "1");
  g_assert_cmpstr (value (edge, "disagree_topics"), ==, "1");

  /* Mixed against a clear stance is "partly": half agreement. */
  edge = find_edge (&graph, CHINA, EU);
  g_assert_cmpstr (value (edge, "agreement"), ==, "0.5");
  g_assert_cmpstr (value (edge, "partly_topics"), ==, "1");
  g_assert_nonnull (find_edge (&graph, BORRELL, EU));

  /* No shared topic, no edge. */
  g_assert_null (find_edge (&graph, BELARUS, BORRELL));

  /* One coder: Ben coded Borrell and the Chinese sentence only. */
  dm_export_scope_set_coder (scope, "Ben");
  scoped = dm_graphml_export (f->store, DM_GRAPHML_ACTOR_ACTOR, scope, &error);
  g_assert_no_error (error);
  parse_graph (&ben, scoped);
  g_assert_cmpuint (ben.nodes->len, ==, 2);
  g_assert_cmpuint (ben.edges->len, ==, 0);

  /* The comparison cannot be limited to articles: said, not ignored. */
  dm_export_scope_set_coder (scope, NULL);
  dm_export_scope_set_articles (scope, ACTORS (SAMPLE_UUID));
  refused = dm_graphml_export (f->store, DM_GRAPHML_ACTOR_ACTOR, scope, &error);
  g_assert_null (refused);
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
}

static void
test_graphml_network_names (void)
{
  DmGraphmlNetwork network = DM_GRAPHML_ACTOR_TOPIC;

  g_assert_true (dm_graphml_network_from_string ("actor-actor", &network));
  g_assert_cmpint (network, ==, DM_GRAPHML_ACTOR_ACTOR);
  g_assert_cmpstr (dm_graphml_network_to_string (network), ==, "actor-actor");
  g_assert_true (dm_graphml_network_from_string ("actor-topic", &network));
  g_assert_cmpint (network, ==, DM_GRAPHML_ACTOR_TOPIC);
  g_assert_false (dm_graphml_network_from_string ("actors", &network));
}

/* }}} */

/* Which importer a file goes to, as the CLI and the app decide it. */
static void
test_web_annotation_detect (void)
{
  static const struct { const char *data; gboolean w3c; } cases[] = {
    { "{\"@context\": \"http://www.w3.org/ns/anno.jsonld\", \"type\": \"AnnotationCollection\"}", TRUE },
    { "{\"type\": \"AnnotationPage\", \"items\": []}", TRUE },
    { "{\"type\": \"Annotation\", \"body\": \"x\"}", TRUE },
    { "[{\"type\": \"Annotation\"}, {\"type\": \"Annotation\"}]", TRUE },
    { "{\"type\": [\"Annotation\", \"oa:Annotation\"]}", TRUE },
    /* A Demarche set, even one that happens to carry a type. */
    { "{\"format\": \"demarche-annotated-set\", \"version\": 1}", FALSE },
    { "{\"format\": \"demarche-annotated-set\", \"type\": \"Annotation\"}", FALSE },
    /* Anything else goes to the annotated-set importer, which says why. */
    { "{\"type\": \"Feature\"}", FALSE },
    { "[]", FALSE },
    { "[1, 2]", FALSE },
    { "{\"type\": \"Annotation\"", FALSE },
    { "not json", FALSE },
    { "", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].data);
      g_assert_cmpint (dm_web_annotation_detect (cases[i].data, strlen (cases[i].data)), ==, cases[i].w3c);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/Csv/header-and-rows", test_csv_header_and_rows);
  ADD ("/core/Csv/escaping", test_csv_escaping);
  ADD ("/core/Csv/formulas", test_csv_formulas);
  ADD ("/core/Csv/scope", test_csv_scope);
  ADD ("/core/Csv/scope-errors", test_csv_scope_errors);
  ADD ("/core/WebAnnotation/export", test_web_annotation_export);
  ADD ("/core/WebAnnotation/round-trip", test_web_annotation_round_trip);
  ADD ("/core/WebAnnotation/reanchor", test_web_annotation_reanchor);
  ADD ("/core/WebAnnotation/foreign", test_web_annotation_foreign);
  ADD ("/core/WebAnnotation/orphan", test_orphan);
  ADD ("/core/WebAnnotation/bad-input", test_web_annotation_bad_input);
  ADD ("/core/GraphML/actor-topic", test_graphml_actor_topic);
  ADD ("/core/GraphML/actor-actor", test_graphml_actor_actor);
#undef ADD
  g_test_add_func ("/core/GraphML/network-names", test_graphml_network_names);
  g_test_add_func ("/core/WebAnnotation/detect", test_web_annotation_detect);

  return g_test_run ();
}
