/* test-exchange.c - exports and imports to files: progress, cancel, big sets
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "demarche-core.h"
#include "test-util.h"

/* Issue 6: "progress for big sets", and "every bad-input case (…, 50 MB
 * file) gives its clear message and leaves the database unchanged". The
 * big files are made here, at run time, in a temporary folder. */

#define BIG_SET_BYTES (50 * 1024 * 1024)

/* Seeded default codebook: China and the European Union, and a topic. */
#define CHINA       "8f7086c7-9704-51f5-b066-d71ff6b137b7"
#define EU          "fa01378b-17bf-5cca-bf76-fce3dc198315"
#define PEACE_TALKS "ec9361e6-3684-5cf5-bcd7-54ec700c57ce"

typedef struct
{
  char    *dir;
  DmStore *store;
} Fixture;

typedef struct
{
  GArray       *fractions;
  GCancellable *cancellable;
  double        cancel_at;    /* cancel once this fraction is reached */
} Progress;

/* Helpers {{{ */

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (handle != NULL && g_dir_read_name (handle) != NULL)
    n++;

  return n;
}

static DmStore *
open_seeded (Fixture    *fixture,
             const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GError) error = NULL;

  store = dm_store_open (path, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (store, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&store);
}

/* @n_articles articles of a few sentences, each with two annotations:
 * China's by "ana", the EU's by "ben". */
static void
add_articles (DmStore *store,
              guint    n_articles)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < n_articles; i++)
    {
      g_autofree char *text = g_strdup_printf ("Title: Talks, day %u\nDate: 2023-03-%02u\n\n"
                                               "China called for a ceasefire on day %u. "
                                               "The European Union said the plan must improve.\n",
                                               i, 1 + i % 28, i);
      DmArticle *article = dm_article_new_from_text (text, -1, "test", &error);

      g_assert_no_error (error);
      g_ptr_array_add (articles, article);
    }

  dm_store_add_articles (store, articles, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < articles->len; i++)
    {
      DmArticle *article = g_ptr_array_index (articles, i);
      g_autoptr(DmAnnotation) china = dm_annotation_new (dm_article_get_uuid (article), 0, 5);
      g_autoptr(DmAnnotation) eu = dm_annotation_new (dm_article_get_uuid (article), 6, 12);

      dm_annotation_set_actor_uuids (china, (const char * const []) { CHINA, NULL });
      dm_annotation_set_topic_uuid (china, PEACE_TALKS);
      dm_annotation_set_coder (china, "ana");
      dm_store_add_annotation (store, china, &error);
      g_assert_no_error (error);

      dm_annotation_set_actor_uuids (eu, (const char * const []) { EU, NULL });
      dm_annotation_set_topic_uuid (eu, PEACE_TALKS);
      dm_annotation_set_coder (eu, "ben");
      dm_store_add_annotation (store, eu, &error);
      g_assert_no_error (error);
    }
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_array_append_val (progress->fractions, fraction);

  if (progress->cancellable != NULL && fraction >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static void
progress_init (Progress *progress,
               double    cancel_at)
{
  progress->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  progress->cancellable = cancel_at <= 1.0 ? g_cancellable_new () : NULL;
  progress->cancel_at = cancel_at;
}

static void
progress_clear (Progress *progress)
{
  g_clear_pointer (&progress->fractions, g_array_unref);
  g_clear_object (&progress->cancellable);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Progress, progress_clear)

/* Fractions in [0, 1], strictly growing; more than a couple of them. */
static void
assert_monotonic (GArray  *fractions,
                  gboolean complete)
{
  g_assert_cmpuint (fractions->len, >=, complete ? 3 : 2);

  for (guint i = 0; i < fractions->len; i++)
    {
      double fraction = g_array_index (fractions, double, i);

      g_assert_cmpfloat (fraction, >=, 0.0);
      g_assert_cmpfloat (fraction, <=, 1.0);
      if (i > 0)
        g_assert_cmpfloat (fraction, >, g_array_index (fractions, double, i - 1));
    }

  if (complete)
    g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), ==, 1.0);
  else
    g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), <, 1.0);
}

static char *
export_all (DmStore *store)
{
  g_autoptr(GError) error = NULL;
  char *json = dm_json_set_export (store, NULL, &error);

  g_assert_no_error (error);
  return json;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-exchange-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->store = open_seeded (fixture, "test.db");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  test_util_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* }}} */

/* Big sets {{{ */

#define BIG_ACTOR "0c4f5d36-6f0e-4c57-9a53-8f4b8c0f7e01"
#define BIG_TOPIC "6d2b1f0a-3c4e-4d5f-8a6b-7c8d9e0f1a2b"
#define STAMP     "2024-01-01T00:00:00.000Z"

/* A valid annotated set of about @target bytes: its own actor and topic,
 * articles of about 100 KB each, three annotations per article. Returns
 * the number of articles. Real articles are smaller (3-15 KB), but the
 * per-row cost of the store would make a test of them last 10 s or more;
 * the command line is timed on those (see the commit that added this). */
static guint
write_big_set (const char *path,
               gsize       target,
               guint      *n_annotations)
{
  static const char sentence[] = "The ministers met again and restated their positions on the talks. ";
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GString) json = g_string_sized_new (target + 1024 * 1024);
  g_autoptr(GString) annotations = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  guint n_articles = 0;

  while (body->len < 100000)
    g_string_append (body, sentence);

  g_string_append (json, "{\n  \"format\" : \"demarche-annotated-set\",\n  \"version\" : 1,\n  \"acts\" : [],\n");
  g_string_append_printf (json, "  \"actors\" : [ { \"uuid\" : \"%s\", \"name\" : \"Big Test State\", "
                          "\"kind\" : \"state\", \"aliases\" : [], \"demonyms\" : [], \"represents\" : [], "
                          "\"created\" : \"%s\", \"updated\" : \"%s\" } ],\n", BIG_ACTOR, STAMP, STAMP);
  g_string_append_printf (json, "  \"topics\" : [ { \"uuid\" : \"%s\", \"name\" : \"Big test topic\", "
                          "\"parent\" : null, \"created\" : \"%s\", \"updated\" : \"%s\" } ],\n",
                          BIG_TOPIC, STAMP, STAMP);
  g_string_append (json, "  \"articles\" : [\n");

  *n_annotations = 0;
  while (json->len + annotations->len < target)
    {
      g_autofree char *uuid = g_uuid_string_random ();

      g_string_append_printf (json, "%s    { \"uuid\" : \"%s\", \"title\" : \"Big article %u\", "
                              "\"published\" : \"2023-05-%02u\", \"language\" : \"en\", \"body\" : \"%s\", "
                              "\"created\" : \"%s\", \"updated\" : \"%s\" }",
                              n_articles > 0 ? ",\n" : "", uuid, n_articles, 1 + n_articles % 28,
                              body->str, STAMP, STAMP);

      for (guint j = 0; j < 3; j++)
        {
          g_autofree char *annotation_uuid = g_uuid_string_random ();
          guint start = j * (sizeof sentence - 1);

          g_string_append_printf (annotations, "%s    { \"uuid\" : \"%s\", \"article\" : \"%s\", "
                                  "\"start\" : %u, \"end\" : %u, \"quote\" : \"The ministers met\", "
                                  "\"actors\" : [ \"%s\" ], \"targets\" : [], \"topic\" : \"%s\", "
                                  "\"polarity\" : \"supports\", \"key_quote\" : false, \"coder\" : \"big\", "
                                  "\"created\" : \"%s\", \"updated\" : \"%s\" }",
                                  *n_annotations > 0 ? ",\n" : "", annotation_uuid, uuid,
                                  start, start + 17, BIG_ACTOR, BIG_TOPIC, STAMP, STAMP);
          (*n_annotations)++;
        }
      n_articles++;
    }

  g_string_append (json, "\n  ],\n  \"annotations\" : [\n");
  g_string_append_len (json, annotations->str, annotations->len);
  g_string_append (json, "\n  ]\n}\n");

  g_file_set_contents (path, json->str, json->len, &error);
  g_assert_no_error (error);

  return n_articles;
}

static void
test_big_set_valid (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "big.json", NULL);
  g_autoptr(DmImportReport) report = dm_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_auto(Progress) progress = { 0 };
  guint n_before = dm_store_count_articles (fixture->store);
  guint n_annotations;
  guint n_articles;
  GStatBuf info;

  n_articles = write_big_set (path, BIG_SET_BYTES, &n_annotations);
  g_assert_cmpint (g_stat (path, &info), ==, 0);
  g_assert_cmpint (info.st_size, >=, BIG_SET_BYTES);

  progress_init (&progress, 2.0);
  timer = g_timer_new ();
  dm_json_set_import_file_full (fixture->store, path, report, progress_cb, &progress, NULL, &error);
  g_assert_no_error (error);
  g_test_message ("imported %.1f MiB (%u articles, %u annotations) in %.2f s",
                  info.st_size / 1048576.0, n_articles, n_annotations, g_timer_elapsed (timer, NULL));

  assert_monotonic (progress.fractions, TRUE);
  g_assert_cmpuint (report->added, ==, 1 + 1 + n_articles + n_annotations);
  g_assert_cmpuint (report->conflicts->len, ==, 0);
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, n_before + n_articles);
  annotations = dm_store_dup_annotations (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, n_annotations);
}

static void
test_big_set_truncated (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *whole = g_build_filename (fixture->dir, "whole.json", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, "truncated.json", NULL);
  g_autofree char *before = export_all (fixture->store);
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  guint n_annotations;

  /* Cut in the middle of an article's body: the end of a real download
   * that stopped. */
  write_big_set (whole, BIG_SET_BYTES, &n_annotations);
  g_file_get_contents (whole, &contents, &length, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, contents, length - length / 5, &error);
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);

  g_assert_false (dm_json_set_import_file (fixture->store, path, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_error (error, DM_ERROR, DM_ERROR_BAD_FORMAT);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "not valid JSON"));
  g_assert_null (strchr (error->message, '\n'));
  /* json-glib's line and column, so the analyst can look. */
  g_assert_true (g_regex_match_simple ("at line [0-9]+, column [0-9]+ \\(", error->message, 0, 0));

  after = export_all (fixture->store);
  g_assert_cmpstr (after, ==, before);
}

static void
test_big_set_binary (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "garbage.json", NULL);
  g_autofree char *latin1_path = g_build_filename (fixture->dir, "latin1.json", NULL);
  g_autofree char *before = export_all (fixture->store);
  g_autofree char *after = NULL;
  g_autofree guint32 *noise = g_new (guint32, BIG_SET_BYTES / 4);
  g_autoptr(GRand) rand = g_rand_new_with_seed (6);
  g_autoptr(GError) error = NULL;

  for (gsize i = 0; i < BIG_SET_BYTES / 4; i++)
    noise[i] = g_rand_int (rand);
  g_file_set_contents (path, (const char *) noise, BIG_SET_BYTES, &error);
  g_assert_no_error (error);

  g_assert_false (dm_json_set_import_file (fixture->store, path, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "not a JSON annotated set"));
  g_clear_error (&error);

  /* Garbage without a NUL byte: text, but not UTF-8. */
  for (gsize i = 0; i < BIG_SET_BYTES / 4; i++)
    noise[i] |= 0x80808080;
  g_file_set_contents (latin1_path, (const char *) noise, BIG_SET_BYTES, &error);
  g_assert_no_error (error);

  g_assert_false (dm_json_set_import_file (fixture->store, latin1_path, NULL, &error));
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, latin1_path));
  g_assert_nonnull (strstr (error->message, "not valid UTF-8"));

  after = export_all (fixture->store);
  g_assert_cmpstr (after, ==, before);
}

/* }}} */

/* Export {{{ */

static void
test_export_progress (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "set.json", NULL);
  g_autofree char *csv_path = g_build_filename (fixture->dir, "set.csv", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Progress) progress = { 0 };
  g_auto(Progress) csv_progress = { 0 };

  add_articles (fixture->store, 400);

  progress_init (&progress, 2.0);
  g_assert_true (dm_export_to_file (fixture->store, DM_EXPORT_JSON_SET, NULL, path,
                                    progress_cb, &progress, NULL, &error));
  g_assert_no_error (error);
  assert_monotonic (progress.fractions, TRUE);

  expected = export_all (fixture->store);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&expected, g_free);

  /* Other formats too, if in fewer steps. */
  progress_init (&csv_progress, 2.0);
  g_assert_true (dm_export_to_file (fixture->store, DM_EXPORT_CSV, NULL, csv_path,
                                    progress_cb, &csv_progress, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (csv_progress.fractions->len, >=, 2);
  g_assert_cmpfloat (g_array_index (csv_progress.fractions, double, csv_progress.fractions->len - 1), ==, 1.0);
  expected = dm_csv_export (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_file_get_contents (csv_path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);

  g_assert_cmpuint (count_files (fixture->dir), ==, 2 + 3);   /* db, -wal, -shm */
}

static void
test_export_scope_to_file (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "eu.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(DmExportScope) scope = dm_export_scope_new ();
  g_autoptr(GError) error = NULL;

  add_articles (fixture->store, 10);
  dm_export_scope_set_actors (scope, (const char * const []) { EU, NULL });

  g_assert_true (dm_export_to_file (fixture->store, DM_EXPORT_JSON_SET, scope, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  expected = dm_json_set_export_scoped (fixture->store, scope, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, expected);
  g_assert_nonnull (strstr (contents, "\"ben\""));
  g_assert_null (strstr (contents, "\"ana\""));
}

static void
test_export_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *fresh = g_build_filename (fixture->dir, "fresh.json", NULL);
  g_autofree char *existing = g_build_filename (fixture->dir, "existing.json", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  const double points[] = { 0.2, 0.86, 0.95 };
  guint n_files;

  add_articles (fixture->store, 400);
  g_file_set_contents (existing, "the earlier export\n", -1, &error);
  g_assert_no_error (error);
  n_files = count_files (fixture->dir);

  /* Before it starts. */
  g_cancellable_cancel (cancelled);
  g_assert_false (dm_export_to_file (fixture->store, DM_EXPORT_JSON_SET, NULL, fresh,
                                     NULL, NULL, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

  /* While building, and while writing (past 0.85). */
  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_auto(Progress) progress = { 0 };
      g_auto(Progress) over = { 0 };

      progress_init (&progress, points[i]);
      g_assert_false (dm_export_to_file (fixture->store, DM_EXPORT_JSON_SET, NULL, fresh,
                                         progress_cb, &progress, progress.cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      assert_monotonic (progress.fractions, FALSE);
      g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));

      progress_init (&over, points[i]);
      g_assert_false (dm_export_to_file (fixture->store, DM_EXPORT_JSON_SET, NULL, existing,
                                         progress_cb, &over, over.cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      g_file_get_contents (existing, &contents, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (contents, ==, "the earlier export\n");
      g_clear_pointer (&contents, g_free);

      /* No temporary file left behind. */
      g_assert_cmpuint (count_files (fixture->dir), ==, n_files);
    }
}

static void
test_export_unwritable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "no-such-folder", "set.json", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_false (dm_export_to_file (fixture->store, DM_EXPORT_JSON_SET, NULL, path, NULL, NULL, NULL, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_assert_nonnull (strstr (error->message, "the folder does not exist"));
}

/* }}} */

/* Import {{{ */

static void
test_import_progress (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "set.json", NULL);
  g_autoptr(DmStore) other = open_seeded (fixture, "other.db");
  g_autoptr(DmImportReport) report = dm_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_auto(Progress) progress = { 0 };

  add_articles (fixture->store, 400);
  g_assert_true (dm_export_to_file (fixture->store, DM_EXPORT_JSON_SET, NULL, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  progress_init (&progress, 2.0);
  g_assert_true (dm_json_set_import_file_full (other, path, report, progress_cb, &progress, NULL, &error));
  g_assert_no_error (error);
  assert_monotonic (progress.fractions, TRUE);
  g_assert_cmpuint (report->added, ==, 400 + 800);
  g_assert_cmpuint (dm_store_count_articles (other), ==, dm_store_count_articles (fixture->store));
}

static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "set.json", NULL);
  g_autoptr(DmStore) other = open_seeded (fixture, "other.db");
  g_autofree char *before = export_all (other);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  /* Reading, checking, and half-way through writing the rows. */
  const double points[] = { 0.05, 0.45, 0.75 };

  add_articles (fixture->store, 400);
  g_assert_true (dm_export_to_file (fixture->store, DM_EXPORT_JSON_SET, NULL, path, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_cancellable_cancel (cancelled);
  g_assert_false (dm_json_set_import_file_full (other, path, NULL, NULL, NULL, cancelled, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  for (guint i = 0; i < G_N_ELEMENTS (points); i++)
    {
      g_auto(Progress) progress = { 0 };
      g_autofree char *after = NULL;

      progress_init (&progress, points[i]);
      g_assert_false (dm_json_set_import_file_full (other, path, NULL, progress_cb, &progress,
                                                    progress.cancellable, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_clear_error (&error);
      assert_monotonic (progress.fractions, FALSE);

      after = export_all (other);
      g_assert_cmpstr (after, ==, before);
    }

  /* And the store still takes the whole set afterwards. */
  g_assert_true (dm_json_set_import_file_full (other, path, NULL, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dm_store_count_articles (other), ==, dm_store_count_articles (fixture->store));
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/exchange/export/progress", test_export_progress);
  ADD_TEST ("/exchange/export/scope-to-file", test_export_scope_to_file);
  ADD_TEST ("/exchange/export/cancel", test_export_cancel);
  ADD_TEST ("/exchange/export/unwritable", test_export_unwritable);
  ADD_TEST ("/exchange/import/progress", test_import_progress);
  ADD_TEST ("/exchange/import/cancel", test_import_cancel);
  ADD_TEST ("/exchange/big-set/valid", test_big_set_valid);
  ADD_TEST ("/exchange/big-set/truncated", test_big_set_truncated);
  ADD_TEST ("/exchange/big-set/binary", test_big_set_binary);

#undef ADD_TEST

  return g_test_run ();
}
