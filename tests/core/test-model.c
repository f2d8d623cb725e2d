/* test-model.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "test-model"

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "demarche-core.h"
#include "dm-enum-types.h"

#define MIB (1024 * 1024)

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static DmArticle *
article_with_body (const char *body)
{
  DmArticle *article = dm_article_new ();

  dm_article_set_body (article, body);

  return article;
}

static DmArticle *
import_text (const char  *text,
             gssize       length,
             GError     **error)
{
  return dm_article_new_from_text (text, length, "/tmp/in/article.txt", error);
}

static void
assert_bad_text (const char *text,
                 gssize      length,
                 const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = NULL;

  article = dm_article_new_from_text (text, length, NULL, &error);
  g_assert_null (article);
  g_assert_error (error, DM_ERROR, DM_ERROR_BAD_TEXT);
  g_assert_cmpstr (error->message, ==, message);
}

/* Types */

static void
test_types_strings (void)
{
  static const char *kinds[] = { "state", "organisation", "person", "group", "media" };
  static const char *polarities[] = { "none", "supports", "opposes", "neutral", "mixed" };
  static const char *modes[] = { "unspecified", "direct-quote", "reported-speech", "paraphrase", "spokesperson" };
  DmActorKind kind = DM_ACTOR_KIND_MEDIA;
  DmPolarity polarity = DM_POLARITY_MIXED;
  DmAttributionMode mode = DM_ATTRIBUTION_SPOKESPERSON;

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_assert_cmpstr (dm_actor_kind_to_string (i), ==, kinds[i]);
      g_assert_true (dm_actor_kind_from_string (kinds[i], &kind));
      g_assert_cmpint (kind, ==, i);
    }

  for (guint i = 0; i < G_N_ELEMENTS (polarities); i++)
    {
      g_assert_cmpstr (dm_polarity_to_string (i), ==, polarities[i]);
      g_assert_true (dm_polarity_from_string (polarities[i], &polarity));
      g_assert_cmpint (polarity, ==, i);
    }

  for (guint i = 0; i < G_N_ELEMENTS (modes); i++)
    {
      g_assert_cmpstr (dm_attribution_mode_to_string (i), ==, modes[i]);
      g_assert_true (dm_attribution_mode_from_string (modes[i], &mode));
      g_assert_cmpint (mode, ==, i);
    }

  /* American spelling is read, British spelling is written. */
  kind = DM_ACTOR_KIND_STATE;
  g_assert_true (dm_actor_kind_from_string ("organization", &kind));
  g_assert_cmpint (kind, ==, DM_ACTOR_KIND_ORGANISATION);
  g_assert_cmpstr (dm_actor_kind_to_string (kind), ==, "organisation");

  /* Unknown names leave the value alone. */
  kind = DM_ACTOR_KIND_GROUP;
  g_assert_false (dm_actor_kind_from_string (NULL, &kind));
  g_assert_false (dm_actor_kind_from_string ("", &kind));
  g_assert_false (dm_actor_kind_from_string ("State", &kind));
  g_assert_cmpint (kind, ==, DM_ACTOR_KIND_GROUP);

  polarity = DM_POLARITY_NEUTRAL;
  g_assert_false (dm_polarity_from_string (NULL, &polarity));
  g_assert_false (dm_polarity_from_string ("support", &polarity));
  g_assert_cmpint (polarity, ==, DM_POLARITY_NEUTRAL);

  mode = DM_ATTRIBUTION_PARAPHRASE;
  g_assert_false (dm_attribution_mode_from_string (NULL, &mode));
  g_assert_false (dm_attribution_mode_from_string ("direct_quote", &mode));
  g_assert_cmpint (mode, ==, DM_ATTRIBUTION_PARAPHRASE);

  g_assert_null (dm_polarity_to_string (42));
}

static void
test_types_error (void)
{
  g_assert_cmpstr (g_quark_to_string (DM_ERROR), ==, "dm-error-quark");
}

/* Article */

static void
test_article_properties (void)
{
  g_autoptr(DmArticle) article = dm_article_new ();
  g_autoptr(DmArticle) other = dm_article_new ();
  g_autofree char *title = NULL;
  guint n_title = 0;
  guint n_length = 0;
  guint n_has_body = 0;
  guint length = 0;
  gboolean has_body = TRUE;

  g_assert_true (g_uuid_string_is_valid (dm_article_get_uuid (article)));
  g_assert_cmpstr (dm_article_get_uuid (article), !=, dm_article_get_uuid (other));
  g_assert_false (dm_article_has_body (article));
  g_assert_cmpuint (dm_article_get_length (article), ==, 0);

  g_signal_connect (article, "notify::title", G_CALLBACK (count_notify_cb), &n_title);
  g_signal_connect (article, "notify::length", G_CALLBACK (count_notify_cb), &n_length);
  g_signal_connect (article, "notify::has-body", G_CALLBACK (count_notify_cb), &n_has_body);

  dm_article_set_title (article, "Peace talks");
  dm_article_set_title (article, "Peace talks");
  g_assert_cmpuint (n_title, ==, 1);

  /* Empty optional metadata is stored as NULL. */
  g_object_set (article, "title", "", "source", "", "url", "", "published", "", "language", "", NULL);
  g_assert_cmpuint (n_title, ==, 2);
  g_assert_null (dm_article_get_title (article));
  g_assert_null (dm_article_get_source (article));
  g_assert_null (dm_article_get_url (article));
  g_assert_null (dm_article_get_published (article));
  g_assert_null (dm_article_get_language (article));
  dm_article_set_title (article, NULL);
  g_assert_cmpuint (n_title, ==, 2);

  g_object_set (article, "title", "Minsk", "published", "2023-02-24", "annotation-count", 3u, NULL);
  g_object_get (article, "title", &title, NULL);
  g_assert_cmpstr (title, ==, "Minsk");
  g_assert_cmpstr (dm_article_get_published (article), ==, "2023-02-24");
  g_assert_cmpuint (dm_article_get_annotation_count (article), ==, 3);

  /* The length is in code points: "ü", "—" and "北京" are one each. */
  dm_article_set_body (article, "Zürich — 北京");
  g_assert_cmpuint (dm_article_get_length (article), ==, 11);
  g_assert_true (dm_article_has_body (article));
  g_assert_cmpuint (n_length, ==, 1);
  g_assert_cmpuint (n_has_body, ==, 1);

  g_object_get (article, "length", &length, "has-body", &has_body, NULL);
  g_assert_cmpuint (length, ==, 11);
  g_assert_true (has_body);

  dm_article_set_body (article, "Zürich — 北京");
  g_assert_cmpuint (n_length, ==, 1);

  dm_article_set_body (article, NULL);
  g_assert_false (dm_article_has_body (article));
  g_assert_cmpuint (dm_article_get_length (article), ==, 0);
  g_assert_cmpuint (n_length, ==, 2);
  g_assert_cmpuint (n_has_body, ==, 2);
}

static void
test_article_text_range (void)
{
  g_autoptr(DmArticle) article = article_with_body ("Zürich — 北京");
  g_autoptr(DmArticle) empty = dm_article_new ();
  g_autofree char *all = dm_article_dup_text_range (article, 0, 11);
  g_autofree char *city = dm_article_dup_text_range (article, 9, 11);
  g_autofree char *dash = dm_article_dup_text_range (article, 7, 8);
  g_autofree char *nothing = dm_article_dup_text_range (article, 11, 11);
  g_autofree char *past = dm_article_dup_text_range (article, 3, 12);
  g_autofree char *reversed = dm_article_dup_text_range (article, 5, 4);
  g_autofree char *no_body = dm_article_dup_text_range (empty, 0, 0);

  g_assert_cmpstr (all, ==, "Zürich — 北京");
  g_assert_cmpstr (city, ==, "北京");
  g_assert_cmpstr (dash, ==, "—");
  g_assert_cmpstr (nothing, ==, "");
  g_assert_null (past);
  g_assert_null (reversed);
  g_assert_null (no_body);
}

static void
test_article_find_quote (void)
{
  g_autoptr(DmArticle) article = article_with_body ("«Beijing» said: “peace”. Later, Beijing said “peace” again.");
  g_autoptr(DmArticle) empty = dm_article_new ();
  guint start = 0;
  guint end = 0;
  g_autofree char *first = NULL;

  g_assert_true (dm_article_find_quote (article, "“peace”", 0, &start, &end));
  g_assert_cmpuint (start, ==, 16);
  g_assert_cmpuint (end, ==, 23);
  first = dm_article_dup_text_range (article, start, end);
  g_assert_cmpstr (first, ==, "“peace”");

  /* At or after @from: the same offset finds the same match. */
  g_assert_true (dm_article_find_quote (article, "“peace”", 16, &start, &end));
  g_assert_cmpuint (start, ==, 16);

  g_assert_true (dm_article_find_quote (article, "“peace”", 17, &start, &end));
  g_assert_cmpuint (start, ==, 45);
  g_assert_cmpuint (end, ==, 52);

  g_assert_true (dm_article_find_quote (article, "Beijing", 0, &start, NULL));
  g_assert_cmpuint (start, ==, 1);
  g_assert_true (dm_article_find_quote (article, "again.", 0, NULL, &end));
  g_assert_cmpuint (end, ==, dm_article_get_length (article));

  g_assert_false (dm_article_find_quote (article, "“peace”", 46, &start, &end));
  g_assert_false (dm_article_find_quote (article, "war", 0, &start, &end));
  g_assert_false (dm_article_find_quote (article, "", 0, &start, &end));
  g_assert_false (dm_article_find_quote (article, NULL, 0, &start, &end));
  g_assert_false (dm_article_find_quote (article, "Beijing", 1000, &start, &end));
  g_assert_false (dm_article_find_quote (empty, "Beijing", 0, &start, &end));

  /* A stray continuation byte would match inside "«". */
  g_assert_false (dm_article_find_quote (article, "\xAB", 0, &start, &end));
}

static void
test_article_copy (void)
{
  g_autoptr(DmArticle) article = article_with_body ("Zürich — 北京");
  g_autoptr(DmArticle) copy = NULL;

  g_object_set (article,
                "title", "Title",
                "source", "Belta",
                "url", "https://example.org/a",
                "published", "2023-02-24",
                "language", "en",
                "annotation-count", 7u,
                "created", "2026-01-01T00:00:00Z",
                "updated", "2026-01-02T00:00:00Z",
                NULL);

  copy = dm_article_copy (article);
  g_assert_true (copy != article);
  g_assert_cmpstr (dm_article_get_uuid (copy), ==, dm_article_get_uuid (article));
  g_assert_cmpstr (dm_article_get_title (copy), ==, "Title");
  g_assert_cmpstr (dm_article_get_source (copy), ==, "Belta");
  g_assert_cmpstr (dm_article_get_url (copy), ==, "https://example.org/a");
  g_assert_cmpstr (dm_article_get_published (copy), ==, "2023-02-24");
  g_assert_cmpstr (dm_article_get_language (copy), ==, "en");
  g_assert_cmpstr (dm_article_get_body (copy), ==, "Zürich — 北京");
  g_assert_cmpuint (dm_article_get_length (copy), ==, 11);
  g_assert_cmpuint (dm_article_get_annotation_count (copy), ==, 7);
  g_assert_cmpstr (dm_article_get_created (copy), ==, "2026-01-01T00:00:00Z");
  g_assert_cmpstr (dm_article_get_updated (copy), ==, "2026-01-02T00:00:00Z");

  dm_article_set_title (copy, "Changed");
  g_assert_cmpstr (dm_article_get_title (article), ==, "Title");
}

/* ArticleImport */

static void
test_import_headers (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = NULL;

  article = import_text ("title: Belarus and China back peace talks\n"
                         "SOURCE: Belta\n"
                         "Url: https://example.org/belta?id=1\n"
                         "Published: 2023-02-24\n"
                         "Lang: en\n"
                         "\n"
                         "\n"
                         "First paragraph.\n"
                         "\n"
                         "  Indented   second\tparagraph.  \n"
                         "Date: this is body text now\n"
                         "\n\n",
                         -1, &error);
  g_assert_no_error (error);
  g_assert_nonnull (article);
  g_assert_true (g_uuid_string_is_valid (dm_article_get_uuid (article)));
  g_assert_cmpstr (dm_article_get_title (article), ==, "Belarus and China back peace talks");
  g_assert_cmpstr (dm_article_get_source (article), ==, "Belta");
  g_assert_cmpstr (dm_article_get_url (article), ==, "https://example.org/belta?id=1");
  g_assert_cmpstr (dm_article_get_published (article), ==, "2023-02-24");
  g_assert_cmpstr (dm_article_get_language (article), ==, "en");
  g_assert_cmpstr (dm_article_get_body (article), ==,
                   "First paragraph.\n"
                   "\n"
                   "  Indented   second\tparagraph.  \n"
                   "Date: this is body text now");
  g_clear_object (&article);

  /* A full date-time keeps its date as written, in its own offset. */
  article = import_text ("Date: 2023-02-24T23:30:00-05:00\nLanguage: fr\nTexte.\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_published (article), ==, "2023-02-24");
  g_assert_cmpstr (dm_article_get_language (article), ==, "fr");
  g_assert_cmpstr (dm_article_get_body (article), ==, "Texte.");
  g_clear_object (&article);

  article = import_text ("Date: 2023-02-24T08:00:00Z\n\nText.", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_published (article), ==, "2023-02-24");
  g_clear_object (&article);

  /* An unknown key ends the header block: it is body text. */
  article = import_text ("Source: TASS\nAuthor: Someone\nText.", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_source (article), ==, "TASS");
  g_assert_cmpstr (dm_article_get_body (article), ==, "Author: Someone\nText.");
  g_clear_object (&article);

  article = import_text ("Date: 24/02/2023\n\nText.", -1, &error);
  g_assert_null (article);
  g_assert_error (error, DM_ERROR, DM_ERROR_BAD_TEXT);
  g_assert_cmpstr (error->message, ==,
                   "/tmp/in/article.txt: header Date: cannot read \"24/02/2023\" as a date (use YYYY-MM-DD)");
  g_clear_error (&error);

  article = import_text ("Date: 2023-02-30\n\nText.", -1, &error);
  g_assert_error (error, DM_ERROR, DM_ERROR_BAD_TEXT);
  g_clear_error (&error);

  article = import_text ("Title: Only a header\n\n", -1, &error);
  g_assert_null (article);
  g_assert_error (error, DM_ERROR, DM_ERROR_BAD_TEXT);
  g_assert_cmpstr (error->message, ==, "/tmp/in/article.txt: there is no text after the header lines");
  g_clear_error (&error);
}

static void
test_import_title (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  g_autoptr(GString) text = NULL;
  const char *title;
  gsize title_bytes;

  /* A first line followed by a blank line is a headline; it stays in the
   * body so that offsets cover the whole text. */
  article = import_text ("\n  China calls for a ceasefire  \n\nBeijing on Friday…\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_title (article), ==, "China calls for a ceasefire");
  g_assert_cmpstr (dm_article_get_body (article), ==, "  China calls for a ceasefire  \n\nBeijing on Friday…");
  g_clear_object (&article);

  /* Without a headline the file name, less its extension, is the title. */
  article = import_text ("One paragraph\nwithout a headline.\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_title (article), ==, "article");
  g_clear_object (&article);

  article = dm_article_new_from_text ("Just one line", -1, NULL, &error);
  g_assert_no_error (error);
  g_assert_null (dm_article_get_title (article));
  g_clear_object (&article);

  article = dm_article_new_from_text ("Just one line", -1, "-", &error);
  g_assert_no_error (error);
  g_assert_null (dm_article_get_title (article));
  g_clear_object (&article);

  /* A long headline is cut at a word boundary, to 120 characters with the
   * ellipsis. */
  for (guint i = 0; line->len < 300; i++)
    g_string_append_printf (line, "wörd%u ", i);
  g_string_truncate (line, line->len - 1);
  text = g_string_new (line->str);
  g_string_append (text, "\n\nBody.");

  article = import_text (text->str, -1, &error);
  g_assert_no_error (error);
  title = dm_article_get_title (article);
  g_assert_cmpuint (g_utf8_strlen (title, -1), <=, 120);
  g_assert_cmpuint (g_utf8_strlen (title, -1), >, 100);
  g_assert_true (g_str_has_suffix (title, "…"));
  title_bytes = strlen (title) - strlen ("…");
  g_assert_cmpint (strncmp (title, line->str, title_bytes), ==, 0);
  g_assert_cmpint (line->str[title_bytes], ==, ' ');
  g_clear_object (&article);

  /* No space to cut at: cut inside the word. */
  g_string_assign (text, "");
  for (guint i = 0; i < 200; i++)
    g_string_append (text, "é");
  g_string_append (text, "\n\nBody.");
  article = import_text (text->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_utf8_strlen (dm_article_get_title (article), -1), ==, 120);
  g_assert_true (g_str_has_suffix (dm_article_get_title (article), "é…"));
  g_clear_object (&article);

  /* Exactly 120 characters is not cut. */
  g_string_assign (text, "");
  for (guint i = 0; i < 120; i++)
    g_string_append_c (text, 'a');
  g_string_append (text, "\n\nBody.");
  article = import_text (text->str, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (strlen (dm_article_get_title (article)), ==, 120);
  g_assert_false (g_str_has_suffix (dm_article_get_title (article), "…"));
}

static void
test_import_bad_input (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autofree char *huge = NULL;

  assert_bad_text ("text\0more", 9, "standard input: this looks like a binary file, not text");
  assert_bad_text ("abc\xff" "def", -1, "standard input: not valid UTF-8 text (invalid byte at offset 3)");
  /* The offset counts bytes of the data as given, BOM included. */
  assert_bad_text ("\xEF\xBB\xBF" "caf\xC3\xA9 \xC3(", -1,
                   "standard input: not valid UTF-8 text (invalid byte at offset 9)");
  assert_bad_text ("", 0, "standard input: the file is empty");
  assert_bad_text (NULL, 0, "standard input: the file is empty");
  assert_bad_text (" \t\n\r\n\xC2\xA0\n", -1, "standard input: the file is empty");
  assert_bad_text ("\xEF\xBB\xBF", -1, "standard input: the file is empty");

  /* Rejected on its size alone; the untouched zero pages cost nothing. */
  huge = g_malloc0 (64 * MIB + 1);
  assert_bad_text (huge, 64 * MIB + 1, "standard input: too large (65 MiB; the limit is 64 MiB)");

  article = dm_article_new_from_text ("data\0", 5, "/srv/a b.bin", &error);
  g_assert_error (error, DM_ERROR, DM_ERROR_BAD_TEXT);
  g_assert_cmpstr (error->message, ==, "/srv/a b.bin: this looks like a binary file, not text");
  g_clear_error (&error);

  /* CRLF and CR become LF. */
  article = import_text ("Title: T\r\n\r\nline one\r\nline two\rline three\r\n\r\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_title (article), ==, "T");
  g_assert_cmpstr (dm_article_get_body (article), ==, "line one\nline two\nline three");
  g_clear_object (&article);

  /* A BOM is dropped, so a header on the first line is still seen. */
  article = import_text ("\xEF\xBB\xBFTitle: T\n\nText", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_title (article), ==, "T");
  g_assert_cmpstr (dm_article_get_body (article), ==, "Text");
  g_clear_object (&article);

  /* NFC: "e" + U+0301 becomes "é", one code point. */
  article = import_text ("Cafe\xCC\x81 talks", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_body (article), ==, "Caf\xC3\xA9 talks");
  g_assert_cmpuint (dm_article_get_length (article), ==, 10);
}

static void
test_import_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-model-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *big = NULL;
  int fd;

  g_assert_no_error (error);

  path = g_build_filename (dir, "qin-gang.readout.txt", NULL);
  g_file_set_contents (path, "Source: MFA\n\nThe two sides agreed.\n", -1, &error);
  g_assert_no_error (error);

  article = dm_article_new_from_file (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_title (article), ==, "qin-gang.readout");
  g_assert_cmpstr (dm_article_get_source (article), ==, "MFA");
  g_assert_cmpstr (dm_article_get_body (article), ==, "The two sides agreed.");
  g_clear_object (&article);

  missing = g_build_filename (dir, "missing.txt", NULL);
  article = dm_article_new_from_file (missing, &error);
  g_assert_null (article);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* A sparse 65 MiB file is refused before it is read. */
  big = g_build_filename (dir, "big.txt", NULL);
  fd = g_open (big, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, 65 * MIB), ==, 0);
  g_close (fd, NULL);

  article = dm_article_new_from_file (big, &error);
  g_assert_null (article);
  g_assert_error (error, DM_ERROR, DM_ERROR_BAD_TEXT);
  g_assert_nonnull (strstr (error->message, big));
  g_assert_nonnull (strstr (error->message, ": too large (65 MiB; the limit is 64 MiB)"));
  g_clear_error (&error);

  g_assert_cmpint (g_remove (big), ==, 0);
  g_assert_cmpint (g_remove (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static void
test_import_sample (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "samples",
                                                 "belarus-china-peace-talks.txt", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autofree char *quote = NULL;
  guint start = 0;
  guint end = 0;

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("sample article not found");
      return;
    }

  article = dm_article_new_from_file (path, &error);
  g_assert_no_error (error);

  /* Its first paragraph stands alone, so it serves as a shortened title. */
  g_assert_true (g_str_has_prefix (dm_article_get_title (article),
                                   "The Ministers of Foreign Affairs of Belarus"));
  g_assert_true (g_str_has_suffix (dm_article_get_title (article), "…"));

  g_assert_true (dm_article_find_quote (article, "“serious consequences”", 0, &start, &end));
  g_assert_cmpuint (end - start, ==, 22);
  quote = dm_article_dup_text_range (article, start, end);
  g_assert_cmpstr (quote, ==, "“serious consequences”");
}

/* Actor */

static void
test_actor_properties (void)
{
  static const char * const aliases[] = { "Beijing", "PRC", NULL };
  g_autoptr(DmActor) actor = dm_actor_new ("China", DM_ACTOR_KIND_STATE);
  g_auto(GStrv) read_back = NULL;
  DmActorKind kind = DM_ACTOR_KIND_STATE;
  guint n_aliases = 0;
  guint n_kind = 0;

  g_assert_true (g_uuid_string_is_valid (dm_actor_get_uuid (actor)));
  g_assert_cmpstr (dm_actor_get_name (actor), ==, "China");
  g_assert_nonnull (dm_actor_get_aliases (actor));
  g_assert_null (dm_actor_get_aliases (actor)[0]);
  g_assert_nonnull (dm_actor_get_demonyms (actor));
  g_assert_cmpuint (dm_actor_get_representations (actor)->len, ==, 0);

  g_signal_connect (actor, "notify::aliases", G_CALLBACK (count_notify_cb), &n_aliases);
  g_signal_connect (actor, "notify::kind", G_CALLBACK (count_notify_cb), &n_kind);

  dm_actor_set_aliases (actor, aliases);
  dm_actor_set_aliases (actor, aliases);
  g_assert_cmpuint (n_aliases, ==, 1);
  g_assert_cmpstrv (dm_actor_get_aliases (actor), aliases);

  dm_actor_set_aliases (actor, NULL);
  g_assert_cmpuint (n_aliases, ==, 2);
  g_assert_nonnull (dm_actor_get_aliases (actor));
  g_assert_null (dm_actor_get_aliases (actor)[0]);

  /* NULL and an empty vector are the same value. */
  dm_actor_set_aliases (actor, (const char * const[]) { NULL });
  g_assert_cmpuint (n_aliases, ==, 2);

  g_object_get (actor, "aliases", &read_back, NULL);
  g_assert_nonnull (read_back);
  g_assert_cmpuint (g_strv_length (read_back), ==, 0);

  g_object_set (actor,
                "kind", DM_ACTOR_KIND_ORGANISATION,
                "code", "CHN",
                "official-name", "People's Republic of China",
                "colour", "#c01c28",
                "demonyms", (const char * const[]) { "Chinese", NULL },
                "capital", "Beijing",
                NULL);
  g_object_set (actor, "kind", DM_ACTOR_KIND_ORGANISATION, NULL);
  g_assert_cmpuint (n_kind, ==, 1);
  g_object_get (actor, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, DM_ACTOR_KIND_ORGANISATION);
  g_assert_cmpstr (dm_actor_get_code (actor), ==, "CHN");
  g_assert_cmpstr (dm_actor_get_official_name (actor), ==, "People's Republic of China");
  g_assert_cmpstr (dm_actor_get_colour (actor), ==, "#c01c28");
  g_assert_cmpstr (dm_actor_get_demonyms (actor)[0], ==, "Chinese");
  g_assert_cmpstr (dm_actor_get_capital (actor), ==, "Beijing");
}

static void
test_actor_represents (void)
{
  g_autoptr(DmActor) qin = dm_actor_new ("Qin Gang", DM_ACTOR_KIND_PERSON);
  g_autoptr(DmActor) borrell = dm_actor_new ("Josep Borrell", DM_ACTOR_KIND_PERSON);
  g_autoptr(DmActor) copy = NULL;
  g_autoptr(DmRepresentation) minister = NULL;
  g_autoptr(DmRepresentation) high_rep = NULL;
  g_autoptr(DmRepresentation) year = NULL;
  g_autoptr(DmRepresentation) open = NULL;
  g_autoptr(DmRepresentation) boxed = NULL;
  DmRepresentation *first;

  minister = dm_representation_new ("china", "Minister of Foreign Affairs", "2022-12-30", "2023-07-25");
  g_assert_true (dm_representation_covers (minister, "2023-02-24"));
  g_assert_true (dm_representation_covers (minister, "2022-12-30"));
  g_assert_true (dm_representation_covers (minister, "2023-07-25"));
  g_assert_false (dm_representation_covers (minister, "2022-12-29"));
  g_assert_false (dm_representation_covers (minister, "2023-08-01"));
  g_assert_true (dm_representation_covers (minister, NULL));
  /* A timestamp is compared by its date. */
  g_assert_true (dm_representation_covers (minister, "2023-07-25T18:00:00Z"));

  /* Month precision covers the whole month at either end. */
  high_rep = dm_representation_new ("eu", "High Representative", "2019-12", "2024-11");
  g_assert_false (dm_representation_covers (high_rep, "2019-11-30"));
  g_assert_true (dm_representation_covers (high_rep, "2019-12-01"));
  g_assert_true (dm_representation_covers (high_rep, "2024-11-30"));
  g_assert_false (dm_representation_covers (high_rep, "2024-12-01"));

  year = dm_representation_new ("x", NULL, "2020", "2024");
  g_assert_true (dm_representation_covers (year, "2020-01-01"));
  g_assert_true (dm_representation_covers (year, "2024-12-31"));
  g_assert_false (dm_representation_covers (year, "2019-12-31"));
  g_assert_false (dm_representation_covers (year, "2025-01-01"));

  /* February of a leap year ends on the 29th. */
  g_clear_pointer (&year, dm_representation_free);
  year = dm_representation_new ("x", NULL, NULL, "2024-02");
  g_assert_true (dm_representation_covers (year, "1900-01-01"));
  g_assert_true (dm_representation_covers (year, "2024-02-29"));
  g_assert_false (dm_representation_covers (year, "2024-03-01"));

  open = dm_representation_new ("x", NULL, "2023-01-01", NULL);
  g_assert_true (dm_representation_covers (open, "2099-01-01"));
  g_assert_false (dm_representation_covers (open, "2022-12-31"));

  boxed = g_boxed_copy (DM_TYPE_REPRESENTATION, minister);
  g_assert_cmpstr (boxed->actor_uuid, ==, "china");
  g_assert_cmpstr (boxed->role, ==, "Minister of Foreign Affairs");
  g_assert_cmpstr (boxed->from, ==, "2022-12-30");
  g_assert_cmpstr (boxed->until, ==, "2023-07-25");

  dm_actor_add_representation (qin, minister);
  g_assert_cmpstr (dm_actor_lookup_represented (qin, "2023-02-24"), ==, "china");
  g_assert_null (dm_actor_lookup_represented (qin, "2023-08-01"));

  /* The first covering period wins. */
  dm_actor_add_representation (borrell, high_rep);
  dm_actor_add_representation (borrell, open);
  g_assert_cmpstr (dm_actor_lookup_represented (borrell, "2023-02-24"), ==, "eu");
  g_assert_cmpstr (dm_actor_lookup_represented (borrell, "2025-01-01"), ==, "x");
  g_assert_null (dm_actor_lookup_represented (borrell, "2019-01-01"));

  /* Copies are deep. */
  copy = dm_actor_copy (borrell);
  g_assert_cmpstr (dm_actor_get_uuid (copy), ==, dm_actor_get_uuid (borrell));
  g_assert_cmpint (dm_actor_get_kind (copy), ==, DM_ACTOR_KIND_PERSON);
  g_assert_cmpuint (dm_actor_get_representations (copy)->len, ==, 2);
  first = g_ptr_array_index (dm_actor_get_representations (copy), 0);
  g_assert_true (first != g_ptr_array_index (dm_actor_get_representations (borrell), 0));
  g_assert_cmpstr (first->actor_uuid, ==, "eu");

  dm_actor_clear_representations (borrell);
  g_assert_cmpuint (dm_actor_get_representations (borrell)->len, ==, 0);
  g_assert_null (dm_actor_lookup_represented (borrell, "2023-02-24"));
  g_assert_cmpstr (dm_actor_lookup_represented (copy, "2023-02-24"), ==, "eu");
}

/* Topic */

static void
test_topic_properties (void)
{
  g_autoptr(DmTopic) parent = dm_topic_new ("Ukraine war", NULL);
  g_autoptr(DmTopic) topic = dm_topic_new ("Ceasefire", dm_topic_get_uuid (parent));
  g_autoptr(DmTopic) copy = NULL;
  g_autofree char *parent_uuid = NULL;
  guint n_path = 0;

  g_assert_true (g_uuid_string_is_valid (dm_topic_get_uuid (topic)));
  g_assert_null (dm_topic_get_parent_uuid (parent));
  g_object_get (topic, "parent-uuid", &parent_uuid, NULL);
  g_assert_cmpstr (parent_uuid, ==, dm_topic_get_uuid (parent));

  g_signal_connect (topic, "notify::path", G_CALLBACK (count_notify_cb), &n_path);
  dm_topic_set_path (topic, "Ukraine war / Ceasefire");
  dm_topic_set_path (topic, "Ukraine war / Ceasefire");
  g_assert_cmpuint (n_path, ==, 1);

  g_object_set (topic,
                "description", "Calls for or against a ceasefire",
                "created", "2026-01-01T00:00:00Z",
                "updated", "2026-01-02T00:00:00Z",
                NULL);

  copy = dm_topic_copy (topic);
  g_assert_cmpstr (dm_topic_get_uuid (copy), ==, dm_topic_get_uuid (topic));
  g_assert_cmpstr (dm_topic_get_name (copy), ==, "Ceasefire");
  g_assert_cmpstr (dm_topic_get_parent_uuid (copy), ==, dm_topic_get_uuid (parent));
  g_assert_cmpstr (dm_topic_get_description (copy), ==, "Calls for or against a ceasefire");
  g_assert_cmpstr (dm_topic_get_path (copy), ==, "Ukraine war / Ceasefire");
  g_assert_cmpstr (dm_topic_get_created (copy), ==, "2026-01-01T00:00:00Z");
  g_assert_cmpstr (dm_topic_get_updated (copy), ==, "2026-01-02T00:00:00Z");
}

/* Annotation */

static void
test_annotation_properties (void)
{
  static const char * const actors[] = { "belarus", "china", NULL };
  g_autoptr(DmAnnotation) annotation = dm_annotation_new ("article", 10, 20);
  g_autoptr(DmAnnotation) copy = NULL;
  g_auto(GStrv) targets = NULL;
  DmPolarity polarity = DM_POLARITY_NONE;
  DmAttributionMode mode = DM_ATTRIBUTION_UNSPECIFIED;
  guint n_quote = 0;
  guint n_start = 0;
  guint n_end = 0;
  guint n_actors = 0;
  guint n_polarity = 0;
  guint n_key_quote = 0;

  g_assert_true (g_uuid_string_is_valid (dm_annotation_get_uuid (annotation)));
  g_assert_cmpstr (dm_annotation_get_article_uuid (annotation), ==, "article");
  g_assert_cmpuint (dm_annotation_get_start (annotation), ==, 10);
  g_assert_cmpuint (dm_annotation_get_end (annotation), ==, 20);
  g_assert_cmpint (dm_annotation_get_polarity (annotation), ==, DM_POLARITY_NONE);
  g_assert_cmpint (dm_annotation_get_mode (annotation), ==, DM_ATTRIBUTION_UNSPECIFIED);
  g_assert_false (dm_annotation_get_key_quote (annotation));
  g_assert_nonnull (dm_annotation_get_actor_uuids (annotation));
  g_assert_null (dm_annotation_get_actor_uuids (annotation)[0]);
  g_assert_nonnull (dm_annotation_get_target_uuids (annotation));
  g_assert_null (dm_annotation_get_target_uuids (annotation)[0]);

  g_signal_connect (annotation, "notify::quote", G_CALLBACK (count_notify_cb), &n_quote);
  g_signal_connect (annotation, "notify::start", G_CALLBACK (count_notify_cb), &n_start);
  g_signal_connect (annotation, "notify::end", G_CALLBACK (count_notify_cb), &n_end);
  g_signal_connect (annotation, "notify::actor-uuids", G_CALLBACK (count_notify_cb), &n_actors);
  g_signal_connect (annotation, "notify::polarity", G_CALLBACK (count_notify_cb), &n_polarity);
  g_signal_connect (annotation, "notify::key-quote", G_CALLBACK (count_notify_cb), &n_key_quote);

  /* Notify only on change. */
  dm_annotation_set_quote (annotation, "serious consequences");
  dm_annotation_set_quote (annotation, "serious consequences");
  g_assert_cmpuint (n_quote, ==, 1);
  g_object_set (annotation, "quote", "serious consequences", NULL);
  g_assert_cmpuint (n_quote, ==, 1);

  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_actor_uuids (annotation, actors);
  g_assert_cmpuint (n_actors, ==, 1);
  g_assert_cmpstrv (dm_annotation_get_actor_uuids (annotation), actors);

  dm_annotation_set_polarity (annotation, DM_POLARITY_SUPPORTS);
  g_object_set (annotation, "polarity", DM_POLARITY_SUPPORTS, NULL);
  g_assert_cmpuint (n_polarity, ==, 1);

  dm_annotation_set_key_quote (annotation, TRUE);
  dm_annotation_set_key_quote (annotation, 2);
  g_assert_cmpuint (n_key_quote, ==, 1);

  /* The span: only the bound that moved is notified. */
  dm_annotation_set_span (annotation, 10, 25);
  g_assert_cmpuint (n_start, ==, 0);
  g_assert_cmpuint (n_end, ==, 1);
  dm_annotation_set_span (annotation, 10, 25);
  g_assert_cmpuint (n_end, ==, 1);

  /* Through properties, a bound set past the other drags it along, so any
   * order of g_object_set() ends in a valid span. */
  g_object_set (annotation, "start", 40, "end", 50, NULL);
  g_assert_cmpuint (dm_annotation_get_start (annotation), ==, 40);
  g_assert_cmpuint (dm_annotation_get_end (annotation), ==, 50);
  g_object_set (annotation, "end", 5, "start", 2, NULL);
  g_assert_cmpuint (dm_annotation_get_start (annotation), ==, 2);
  g_assert_cmpuint (dm_annotation_get_end (annotation), ==, 5);

  g_object_set (annotation,
                "prefix", "it would lead to “",
                "suffix", "”.",
                "target-uuids", (const char * const[]) { "nato", "usa", NULL },
                "topic-uuid", "topic",
                "act-code", "13",
                "mode", DM_ATTRIBUTION_REPORTED_SPEECH,
                "provenance", "Lukashenko to the press",
                "note", "a warning",
                "coder", "ana",
                "created", "2026-01-01T00:00:00Z",
                "updated", "2026-01-02T00:00:00Z",
                NULL);
  g_object_get (annotation,
                "polarity", &polarity,
                "mode", &mode,
                "target-uuids", &targets,
                NULL);
  g_assert_cmpint (polarity, ==, DM_POLARITY_SUPPORTS);
  g_assert_cmpint (mode, ==, DM_ATTRIBUTION_REPORTED_SPEECH);
  g_assert_cmpuint (g_strv_length (targets), ==, 2);

  copy = dm_annotation_copy (annotation);
  g_assert_cmpstr (dm_annotation_get_uuid (copy), ==, dm_annotation_get_uuid (annotation));
  g_assert_cmpstr (dm_annotation_get_article_uuid (copy), ==, "article");
  g_assert_cmpuint (dm_annotation_get_start (copy), ==, 2);
  g_assert_cmpuint (dm_annotation_get_end (copy), ==, 5);
  g_assert_cmpstr (dm_annotation_get_quote (copy), ==, "serious consequences");
  g_assert_cmpstr (dm_annotation_get_prefix (copy), ==, "it would lead to “");
  g_assert_cmpstr (dm_annotation_get_suffix (copy), ==, "”.");
  g_assert_cmpstrv (dm_annotation_get_actor_uuids (copy), actors);
  g_assert_cmpstr (dm_annotation_get_target_uuids (copy)[1], ==, "usa");
  g_assert_cmpstr (dm_annotation_get_topic_uuid (copy), ==, "topic");
  g_assert_cmpint (dm_annotation_get_polarity (copy), ==, DM_POLARITY_SUPPORTS);
  g_assert_cmpstr (dm_annotation_get_act_code (copy), ==, "13");
  g_assert_cmpint (dm_annotation_get_mode (copy), ==, DM_ATTRIBUTION_REPORTED_SPEECH);
  g_assert_cmpstr (dm_annotation_get_provenance (copy), ==, "Lukashenko to the press");
  g_assert_cmpstr (dm_annotation_get_note (copy), ==, "a warning");
  g_assert_true (dm_annotation_get_key_quote (copy));
  g_assert_cmpstr (dm_annotation_get_coder (copy), ==, "ana");
  g_assert_cmpstr (dm_annotation_get_created (copy), ==, "2026-01-01T00:00:00Z");
  g_assert_cmpstr (dm_annotation_get_updated (copy), ==, "2026-01-02T00:00:00Z");

  /* Clearing the actors gives an empty vector, not NULL. */
  dm_annotation_set_actor_uuids (annotation, NULL);
  g_assert_cmpuint (n_actors, ==, 2);
  g_assert_nonnull (dm_annotation_get_actor_uuids (annotation));
  g_assert_null (dm_annotation_get_actor_uuids (annotation)[0]);
  g_assert_cmpstrv (dm_annotation_get_actor_uuids (copy), actors);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/Types/strings", test_types_strings);
  g_test_add_func ("/core/Types/error", test_types_error);
  g_test_add_func ("/core/Article/properties", test_article_properties);
  g_test_add_func ("/core/Article/text-range", test_article_text_range);
  g_test_add_func ("/core/Article/find-quote", test_article_find_quote);
  g_test_add_func ("/core/Article/copy", test_article_copy);
  g_test_add_func ("/core/ArticleImport/headers", test_import_headers);
  g_test_add_func ("/core/ArticleImport/title", test_import_title);
  g_test_add_func ("/core/ArticleImport/bad-input", test_import_bad_input);
  g_test_add_func ("/core/ArticleImport/file", test_import_file);
  g_test_add_func ("/core/ArticleImport/sample", test_import_sample);
  g_test_add_func ("/core/Actor/properties", test_actor_properties);
  g_test_add_func ("/core/Actor/represents", test_actor_represents);
  g_test_add_func ("/core/Topic/properties", test_topic_properties);
  g_test_add_func ("/core/Annotation/properties", test_annotation_properties);

  return g_test_run ();
}
