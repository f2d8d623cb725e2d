/* test-reanchor.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "demarche-core.h"
#include "dm-store-private.h"

#define SAMPLE_ARTICLE_UUID "5d0c7a52-3f5e-5b0a-9c41-6a1b2f8e7d31"

/* Helpers {{{ */

static guint
cp_offset (const char *text,
           const char *needle)
{
  const char *found = strstr (text, needle);

  g_assert_nonnull (found);
  return (guint) g_utf8_strlen (text, found - text);
}

static guint
cp_length (const char *text)
{
  return (guint) g_utf8_strlen (text, -1);
}

static char *
replace_once (const char *text,
              const char *old,
              const char *replacement)
{
  const char *found = strstr (text, old);

  g_assert_nonnull (found);
  g_assert_null (strstr (found + 1, old));
  return g_strdup_printf ("%.*s%s%s", (int) (found - text), text, replacement, found + strlen (old));
}

/* The prefix and suffix the store would record: 32 code points each side. */
static char *
context_before (const char *body,
                guint       start)
{
  guint first = start > 32 ? start - 32 : 0;
  const char *from = g_utf8_offset_to_pointer (body, first);

  return g_strndup (from, g_utf8_offset_to_pointer (body, start) - from);
}

static char *
context_after (const char *body,
               guint       end)
{
  guint length = cp_length (body);
  const char *from = g_utf8_offset_to_pointer (body, end);

  return g_strndup (from, g_utf8_offset_to_pointer (body, MIN (length, end + 32)) - from);
}

/* Locates @quote (the first occurrence after @after, if given) in @old_body
 * with the context the store would keep, then looks for it in @new_body. */
static DmAnchorResult
relocate (const char *old_body,
          const char *quote,
          const char *after,
          const char *new_body,
          guint      *old_start,
          guint      *new_start,
          guint      *new_end,
          double     *confidence)
{
  const char *from = after != NULL ? strstr (old_body, after) : old_body;
  const char *found;
  guint start, end;
  g_autofree char *prefix = NULL;
  g_autofree char *suffix = NULL;

  g_assert_nonnull (from);
  found = strstr (from, quote);
  g_assert_nonnull (found);
  start = (guint) g_utf8_strlen (old_body, found - old_body);
  end = start + cp_length (quote);
  prefix = context_before (old_body, start);
  suffix = context_after (old_body, end);

  if (old_start != NULL)
    *old_start = start;

  return dm_reanchor_locate (new_body, quote, prefix, suffix, start, end, new_start, new_end, confidence);
}

static char *
text_at (const char *body,
         guint       start,
         guint       end)
{
  const char *from = g_utf8_offset_to_pointer (body, start);

  return g_strndup (from, g_utf8_offset_to_pointer (body, end) - from);
}

/* }}} */

/* dm_reanchor_locate {{{ */

static const char plan[] =
  "On Friday Beijing called for a ceasefire and for peace talks between Russia and Ukraine. "
  "Josep Borrell said the plan must improve “to be credible”. "
  "The minister added that there are no winners in a warlike conflict.";

static void
test_reanchor_unchanged (void)
{
  guint old_start, start, end;
  double confidence;

  g_assert_cmpint (relocate (plan, "to be credible", NULL, plan, &old_start, &start, &end, &confidence), ==,
                   DM_ANCHOR_EXACT_POSITION);
  g_assert_cmpuint (start, ==, old_start);
  g_assert_cmpuint (end, ==, old_start + 14);
  g_assert_cmpfloat (confidence, ==, 1.0);
  g_assert_cmpstr (dm_anchor_result_to_string (DM_ANCHOR_EXACT_POSITION), ==, "exact-position");
}

static void
test_reanchor_shift (void)
{
  g_autofree char *moved = g_strconcat ("MINSK, 24 February — ", plan, NULL);
  g_autofree char *shortened = replace_once (plan, "On Friday ", "");
  guint old_start, start, end;
  double confidence;

  /* Text inserted before: the quote slides by the length inserted, in code
   * points (the dash is one code point, three bytes). */
  g_assert_cmpint (relocate (plan, "no winners in a warlike conflict", NULL, moved, &old_start, &start, &end,
                             &confidence), ==, DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (start, ==, old_start + cp_length ("MINSK, 24 February — "));
  g_assert_cmpuint (end - start, ==, cp_length ("no winners in a warlike conflict"));
  g_assert_cmpfloat (confidence, >, 0.8);
  g_assert_cmpfloat (confidence, <=, 1.0);

  /* Text deleted before. */
  g_assert_cmpint (relocate (plan, "Josep Borrell said", NULL, shortened, &old_start, &start, &end, NULL), ==,
                   DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (start, ==, old_start - 10);
}

static void
test_reanchor_duplicate (void)
{
  const char *old_body =
    "Beijing said: we want peace talks now. Then Minsk said: we want peace talks now, and soon.";
  /* A third copy is inserted at the front; the old offsets of the second
   * copy now point near the first ones. The prefix "Then Minsk said: " and
   * the suffix ", and soon." pick the right copy. */
  g_autofree char *new_body = g_strconcat ("Moscow said: we want peace talks now. ", old_body, NULL);
  g_autofree char *at = NULL;
  guint old_start, start, end;
  double confidence;

  g_assert_cmpint (relocate (old_body, "we want peace talks now", "Then Minsk", new_body, &old_start, &start, &end,
                             &confidence), ==, DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (start, ==, cp_offset (new_body, "we want peace talks now, and soon"));
  g_assert_cmpuint (start, ==, old_start + cp_length ("Moscow said: we want peace talks now. "));
  at = text_at (new_body, start, end);
  g_assert_cmpstr (at, ==, "we want peace talks now");

  /* The first copy is found by its own context too. */
  g_assert_cmpint (relocate (old_body, "we want peace talks now", NULL, new_body, &old_start, &start, &end, NULL), ==,
                   DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (start, ==, cp_offset (new_body, "Beijing said: ") + cp_length ("Beijing said: "));
}

static void
test_reanchor_duplicate_tie (void)
{
  /* Two copies with the same context on both sides: position decides, and
   * only when one is strictly nearer. "peace" is at 6 and 28. */
  const char *body = "Calls peace, always.  Calls peace, always.";
  guint start, end;

  g_assert_cmpuint (cp_offset (body, "peace"), ==, 6);
  g_assert_cmpuint (cp_offset (body + 7, "peace") + 7, ==, 28);

  /* Old offsets 9–14 (nothing reads "peace" there): 3 from the first copy,
   * 19 from the second. */
  g_assert_cmpint (dm_reanchor_locate (body, "peace", "Calls ", ", always.", 9, 14, &start, &end, NULL), ==,
                   DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (start, ==, 6);
  g_assert_cmpuint (end, ==, 11);

  /* Old offsets 16–21: 10 from the first, 12 from the second; nearer wins. */
  g_assert_cmpint (dm_reanchor_locate (body, "peace", "Calls ", ", always.", 16, 21, &start, &end, NULL), ==,
                   DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (start, ==, 6);

  /* Old start 17: 11 from each. Nothing tells them apart: orphan, and the
   * span stays where it was. */
  g_assert_cmpint (dm_reanchor_locate (body, "peace", "Calls ", ", always.", 17, 22, &start, &end, NULL), ==,
                   DM_ANCHOR_ORPHAN);
  g_assert_cmpuint (start, ==, 17);
  g_assert_cmpuint (end, ==, 22);
}

static void
test_reanchor_typo (void)
{
  const char *old_body =
    "The ministers reinforced this Friday (24) their support for peace negotations in Ukraine "
    "as the only way to resolve the conflict.";
  g_autofree char *new_body = replace_once (old_body, "negotations", "negotiations");
  g_autofree char *at = NULL;
  guint old_start, start, end;
  double confidence;

  g_assert_cmpint (relocate (old_body, "their support for peace negotations in Ukraine", NULL, new_body, &old_start,
                             &start, &end, &confidence), ==, DM_ANCHOR_FUZZY);
  g_assert_cmpuint (start, ==, old_start);
  at = text_at (new_body, start, end);
  g_assert_cmpstr (at, ==, "their support for peace negotiations in Ukraine");
  /* One edit; the quote has 46 code points, the span 47. Similarity is
   * 1 - 1/47 (over the longer of the two) ≈ 0.979, and with all of both
   * contexts agreeing that is the confidence. */
  g_assert_cmpuint (cp_length ("their support for peace negotations in Ukraine"), ==, 46);
  g_assert_cmpfloat_with_epsilon (confidence, 1.0 - 1.0 / 47, 1e-9);
}

static void
test_reanchor_deleted (void)
{
  g_autofree char *new_body = replace_once (plan, "Josep Borrell said the plan must improve “to be credible”. ", "");
  guint old_start, start, end;
  double confidence = -1;

  g_assert_cmpint (relocate (plan, "the plan must improve", NULL, new_body, &old_start, &start, &end, &confidence), ==,
                   DM_ANCHOR_ORPHAN);
  /* Kept where it was, not moved. */
  g_assert_cmpuint (start, ==, old_start);
  g_assert_cmpuint (end, ==, old_start + cp_length ("the plan must improve"));
  g_assert_cmpfloat (confidence, ==, 0.0);

  /* Offsets beyond the shorter text are clamped into it, never empty. */
  g_assert_cmpint (dm_reanchor_locate ("Short text.", "gone", "before ", " after", 40, 44, &start, &end, NULL), ==,
                   DM_ANCHOR_ORPHAN);
  g_assert_cmpuint (start, ==, 10);
  g_assert_cmpuint (end, ==, 11);
}

static void
test_reanchor_look_alike (void)
{
  const char *old_body =
    "On Friday Beijing called for a ceasefire and for peace talks between Russia and Ukraine. "
    "Josep Borrell said the plan must improve. "
    "In March, Minsk called for a ceasefire and for peace talks between Russia and Ukraine, state media said.";
  g_autofree char *new_body = replace_once (old_body,
                                            "On Friday Beijing called for a ceasefire and for peace talks between "
                                            "Russia and Ukraine. ", "");
  g_autofree char *echo = g_strconcat (old_body, " Analysts noted a ceasefire was discussed.", NULL);
  g_autofree char *echo_deleted = replace_once (echo, "On Friday Beijing called for a ceasefire", "On Friday Beijing spoke");
  guint start, end;

  /* The original sentence is gone. The Minsk sentence is 91 % similar
   * (Beijing → Minsk is 6 edits in 77 code points) but sits in other
   * words: it must not be taken. */
  g_assert_cmpint (relocate (old_body, "Beijing called for a ceasefire and for peace talks between Russia and Ukraine",
                             NULL, new_body, NULL, &start, &end, NULL), ==, DM_ANCHOR_ORPHAN);

  /* It is the context that refuses it: with the Minsk sentence's own
   * surroundings as prefix and suffix, the same search takes it. */
  g_assert_cmpint (dm_reanchor_locate (new_body, "Beijing called for a ceasefire and for peace talks between Russia and Ukraine",
                                       "must improve. In March, ", ", state media said.", 0, 77, &start, &end, NULL), ==,
                   DM_ANCHOR_FUZZY);
  g_assert_cmpuint (start, ==, cp_offset (new_body, "Minsk called"));

  /* A short quote whose only remaining exact copy has none of its old
   * context: orphan too. */
  g_assert_cmpint (relocate (echo, "a ceasefire", NULL, echo_deleted, NULL, &start, &end, NULL), ==,
                   DM_ANCHOR_ORPHAN);
}

static void
test_reanchor_unicode (void)
{
  const char *old_body = "Le ministre a déclaré : « la paix ». 中国外交部长秦刚表示支持和平谈判。Fin.";
  g_autofree char *new_body = g_strconcat ("Résumé : ", old_body, NULL);
  g_autofree char *reworded = replace_once (new_body, "和平谈判", "和平談判");
  g_autofree char *at = NULL;
  guint old_start, start, end;

  /* Offsets count code points: "Résumé : " is 9 of them (11 bytes). */
  g_assert_cmpint (relocate (old_body, "秦刚表示支持和平谈判", NULL, new_body, &old_start, &start, &end, NULL), ==,
                   DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (old_start, ==, 43);
  g_assert_cmpuint (start, ==, 52);
  g_assert_cmpuint (end, ==, 62);

  g_assert_cmpint (relocate (old_body, "« la paix »", NULL, new_body, &old_start, &start, &end, NULL), ==,
                   DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (start, ==, old_start + 9);

  /* One CJK character changed in ten (simplified 谈 to traditional 談):
   * similarity 0.9, context intact. */
  g_assert_cmpint (relocate (old_body, "秦刚表示支持和平谈判", NULL, reworded, NULL, &start, &end, NULL), ==,
                   DM_ANCHOR_FUZZY);
  g_assert_cmpuint (start, ==, 52);
  g_assert_cmpuint (end, ==, 62);
  at = text_at (reworded, start, end);
  g_assert_cmpstr (at, ==, "秦刚表示支持和平談判");
}

static void
test_reanchor_short (void)
{
  guint start = 99, end = 99;
  double confidence = -1;

  /* Nothing to look for. */
  g_assert_cmpint (dm_reanchor_locate (plan, "", "", "", 3, 3, &start, &end, &confidence), ==, DM_ANCHOR_ORPHAN);
  g_assert_cmpfloat (confidence, ==, 0.0);
  g_assert_cmpint (dm_reanchor_locate (plan, NULL, NULL, NULL, 3, 5, &start, &end, NULL), ==, DM_ANCHOR_ORPHAN);
  g_assert_cmpuint (start, ==, 3);
  g_assert_cmpuint (end, ==, 5);

  /* One code point, still where it was. */
  g_assert_cmpint (dm_reanchor_locate ("a b c", "b", "a ", " c", 2, 3, &start, &end, NULL), ==,
                   DM_ANCHOR_EXACT_POSITION);

  /* One code point, moved, vouched for by the whole (short) context. */
  g_assert_cmpint (dm_reanchor_locate ("x a b c", "b", "a ", " c", 2, 3, &start, &end, NULL), ==,
                   DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (start, ==, 4);

  /* Short and changed: below seven code points one edit already falls
   * under the similarity floor, so no fuzzy match is tried. */
  g_assert_cmpint (dm_reanchor_locate ("We want peeace now.", "peace", "We want ", " now.", 8, 13, &start, &end, NULL),
                   ==, DM_ANCHOR_ORPHAN);

  /* A quote at the very start of the text: its empty prefix vouches for a
   * candidate at the start. */
  g_assert_cmpint (dm_reanchor_locate ("Peace now. Peace now.", "Peace now", "", ". Peace now.", 3, 12, &start, &end,
                                       NULL), ==, DM_ANCHOR_EXACT_QUOTE);
  g_assert_cmpuint (start, ==, 0);
}

/* }}} */

/* The store {{{ */

typedef struct
{
  char      *dir;
  DmStore   *store;
  DmArticle *article;
  DmActor   *china;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-reanchor-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "reanchor.db", NULL);
  fixture->store = dm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (dm_store_seed_defaults (fixture->store, &error));
  g_assert_no_error (error);

  fixture->article = dm_store_lookup_article (fixture->store, SAMPLE_ARTICLE_UUID, &error);
  g_assert_no_error (error);
  fixture->china = dm_store_resolve_actor (fixture->store, "China", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->article);
  g_clear_object (&fixture->china);
  g_clear_object (&fixture->store);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static DmAnnotation *
annotate (Fixture    *fixture,
          const char *quote)
{
  g_autoptr(GError) error = NULL;
  const char * const actors[] = { dm_actor_get_uuid (fixture->china), NULL };
  DmAnnotation *annotation;
  guint start, end;

  g_assert_true (dm_article_find_quote (fixture->article, quote, 0, &start, &end));
  annotation = dm_annotation_new (dm_article_get_uuid (fixture->article), start, end);
  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_coder (annotation, "alice");
  g_assert_true (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_no_error (error);
  return annotation;
}

static DmAnnotation *
reload (Fixture      *fixture,
        DmAnnotation *annotation)
{
  g_autoptr(GError) error = NULL;
  DmAnnotation *loaded = dm_store_lookup_annotation (fixture->store, dm_annotation_get_uuid (annotation), &error);

  g_assert_no_error (error);
  return loaded;
}

static char *
export_all (DmStore *store)
{
  g_autoptr(GError) error = NULL;
  char *json = dm_json_set_export (store, NULL, &error);

  g_assert_no_error (error);
  return json;
}

static const char dateline[] = "MINSK, 24 Feb. — ";
static const char deleted_paragraph[] =
  "China has not condemned Russia’s military actions in the neighboring country and has blamed NATO and "
  "the United States for being behind the conflict by “failing to take into account legitimate security "
  "concerns” from Moscow.\n\n";

/* The sample article corrected three ways: a dateline in front, a paragraph
 * dropped, a word corrected inside a quote. */
static char *
corrected_sample (const char *body)
{
  g_autofree char *dated = g_strconcat (dateline, body, NULL);
  g_autofree char *cut = replace_once (dated, deleted_paragraph, "");

  return replace_once (cut, "need for improvement in", "need for improvements in");
}

static void
test_reanchor_store (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAnnotation) talks = annotate (fixture, "support for peace negotiations in Ukraine");
  g_autoptr(DmAnnotation) warning = annotate (fixture, "serious consequences");
  g_autoptr(DmAnnotation) blame = annotate (fixture, "has blamed NATO and the United States");
  g_autoptr(DmAnnotation) improve = annotate (fixture, "the need for improvement in the text");
  g_autoptr(DmAnnotation) talks2 = NULL, warning2 = NULL, blame2 = NULL, improve2 = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autofree char *new_body = corrected_sample (dm_article_get_body (fixture->article));
  g_autofree char *json = NULL;
  guint shift = cp_length (dateline);
  guint cut = cp_length (deleted_paragraph);
  guint moved = 99, orphaned = 99;

  g_assert_true (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, new_body, &moved, &orphaned,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpuint (moved, ==, 3);
  g_assert_cmpuint (orphaned, ==, 1);

  article = dm_store_lookup_article (fixture->store, SAMPLE_ARTICLE_UUID, &error);
  g_assert_cmpstr (dm_article_get_body (article), ==, new_body);

  /* Before the dropped paragraph: slid by the dateline. */
  talks2 = reload (fixture, talks);
  g_assert_cmpuint (dm_annotation_get_start (talks2), ==, dm_annotation_get_start (talks) + shift);
  g_assert_cmpuint (dm_annotation_get_end (talks2), ==, dm_annotation_get_end (talks) + shift);
  g_assert_cmpstr (dm_annotation_get_quote (talks2), ==, dm_annotation_get_quote (talks));
  g_assert_false (dm_annotation_get_orphan (talks2));
  warning2 = reload (fixture, warning);
  g_assert_cmpuint (dm_annotation_get_start (warning2), ==, dm_annotation_get_start (warning) + shift);

  /* Inside it: kept, as coded, where it was, and marked. */
  blame2 = reload (fixture, blame);
  g_assert_true (dm_annotation_get_orphan (blame2));
  g_assert_cmpuint (dm_annotation_get_start (blame2), ==, dm_annotation_get_start (blame));
  g_assert_cmpuint (dm_annotation_get_end (blame2), ==, dm_annotation_get_end (blame));
  g_assert_cmpstr (dm_annotation_get_quote (blame2), ==, "has blamed NATO and the United States");
  g_assert_cmpstr (dm_annotation_get_prefix (blame2), ==, dm_annotation_get_prefix (blame));
  g_assert_cmpstrv (dm_annotation_get_actor_uuids (blame2), dm_annotation_get_actor_uuids (blame));

  /* After it, with the word corrected: found fuzzily, quote updated. */
  improve2 = reload (fixture, improve);
  g_assert_false (dm_annotation_get_orphan (improve2));
  g_assert_cmpuint (dm_annotation_get_start (improve2), ==, dm_annotation_get_start (improve) + shift - cut);
  g_assert_cmpuint (dm_annotation_get_end (improve2), ==, dm_annotation_get_end (improve) + shift - cut + 1);
  g_assert_cmpstr (dm_annotation_get_quote (improve2), ==, "the need for improvements in the text");
  g_assert_cmpstr (dm_annotation_get_prefix (improve2), ==, dm_annotation_get_prefix (improve));
  g_assert_cmpstr (dm_annotation_get_coder (improve2), ==, "alice");

  /* The annotated set says which one is an orphan, and only that one. */
  json = export_all (fixture->store);
  g_assert_nonnull (strstr (json, "\"orphan\" : true"));
  g_assert_null (strstr (strstr (json, "\"orphan\" : true") + 1, "\"orphan\""));
}

static void
test_reanchor_store_context (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAnnotation) warning = annotate (fixture, "serious consequences");
  g_autoptr(DmAnnotation) after = NULL;
  g_autofree char *new_body = replace_once (dm_article_get_body (fixture->article),
                                            "it would lead to", "it would surely lead to");
  guint moved = 99, orphaned = 99;

  /* The text changed right before the quote: the suffix still vouches, and
   * the prefix is taken afresh from the new text. */
  g_assert_true (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, new_body, &moved, &orphaned,
                                               &error));
  g_assert_no_error (error);
  g_assert_cmpuint (moved, ==, 1);
  g_assert_cmpuint (orphaned, ==, 0);
  after = reload (fixture, warning);
  g_assert_cmpuint (dm_annotation_get_start (after), ==, dm_annotation_get_start (warning) + 7);
  g_assert_true (g_str_has_suffix (dm_annotation_get_prefix (after), "it would surely lead to “"));
  g_assert_cmpstr (dm_annotation_get_suffix (after), ==, dm_annotation_get_suffix (warning));

  /* The same text again changes nothing. */
  g_assert_true (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, new_body, &moved, &orphaned,
                                               &error));
  g_assert_cmpuint (moved, ==, 0);
  g_assert_cmpuint (orphaned, ==, 0);
}

static void
test_reanchor_store_failure (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) padded = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *corrected = corrected_sample (dm_article_get_body (fixture->article));
  guint moved = 99, orphaned = 99;

  g_object_unref (annotate (fixture, "support for peace negotiations in Ukraine"));
  g_object_unref (annotate (fixture, "has blamed NATO and the United States"));
  before = export_all (fixture->store);

  /* Unknown article: nothing changes. */
  g_assert_false (dm_store_update_article_text (fixture->store, "00000000-0000-4000-8000-000000000000",
                                                corrected, &moved, &orphaned, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Not UTF-8, or empty: refused before anything is written. */
  g_assert_false (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, "caf\xc3", NULL, NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_BAD_TEXT);
  g_clear_error (&error);
  g_assert_false (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, "", NULL, NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  /* A full disk halfway through (the detached orphan is written, then the
   * big new text does not fit): all of it is rolled back. */
  padded = g_string_new (corrected);
  for (guint i = 0; i < 4000; i++)
    g_string_append (padded, " More text that the disk has no room for.");
  _dm_store_set_max_pages (fixture->store, 1);
  g_assert_false (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, padded->str, &moved, &orphaned,
                                                &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_FULL);
  g_assert_cmpuint (moved, ==, 99);
  g_assert_cmpuint (orphaned, ==, 99);
  _dm_store_set_max_pages (fixture->store, 1073741823);

  after = export_all (fixture->store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_reanchor_store_undo (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  DmUndoStack *undo = dm_store_get_undo_stack (fixture->store);
  g_autofree char *new_body = corrected_sample (dm_article_get_body (fixture->article));
  g_autofree char *shorter = NULL;
  g_autofree char *before = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  g_object_unref (annotate (fixture, "support for peace negotiations in Ukraine"));
  g_object_unref (annotate (fixture, "has blamed NATO and the United States"));
  g_object_unref (annotate (fixture, "the need for improvement in the text"));
  before = export_all (fixture->store);

  g_assert_true (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, new_body, NULL, NULL, &error));
  g_assert_no_error (error);
  changed = export_all (fixture->store);
  g_assert_cmpstr (changed, !=, before);

  /* One undo entry brings text and annotations back together; every row
   * replayed on the way is valid against the text of the moment. */
  g_assert_true (dm_undo_stack_undo (undo, &error));
  g_assert_no_error (error);
  undone = export_all (fixture->store);
  g_assert_cmpstr (undone, ==, before);

  g_assert_true (dm_undo_stack_redo (undo, &error));
  g_assert_no_error (error);
  redone = export_all (fixture->store);
  g_assert_cmpstr (redone, ==, changed);

  /* A text much shorter than the orphan's old offsets: the orphan is
   * clamped into it, and undo still restores everything. */
  shorter = g_strdup ("Belarus and China back peace talks.");
  g_assert_true (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, shorter, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (dm_undo_stack_undo (undo, &error));
  g_assert_no_error (error);
  g_clear_pointer (&undone, g_free);
  undone = export_all (fixture->store);
  g_assert_cmpstr (undone, ==, changed);
}

static void
test_reanchor_store_orphans (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAnnotation) blame = annotate (fixture, "has blamed NATO and the United States");
  g_autoptr(DmAnnotation) loaded = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autofree char *original = g_strdup (dm_article_get_body (fixture->article));
  g_autofree char *cut = replace_once (original, deleted_paragraph, "");
  g_autofree char *shorter = g_strdup ("Belarus and China back peace talks.");
  g_autofree char *exported = NULL;
  g_autofree char *dir2 = NULL;
  g_autofree char *path2 = NULL;
  g_autoptr(DmStore) other = NULL;
  g_autofree char *reexported = NULL;
  guint moved = 99, orphaned = 99;
  guint start, end;

  g_assert_true (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, cut, &moved, &orphaned, &error));
  g_assert_cmpuint (orphaned, ==, 1);

  /* Other edits of the article stay possible with an orphan in it. */
  article = dm_store_lookup_article (fixture->store, SAMPLE_ARTICLE_UUID, &error);
  dm_article_set_title (article, "Belarus and China back talks");
  g_assert_true (dm_store_update_article (fixture->store, article, &error));
  g_assert_no_error (error);

  /* An orphaned set round-trips through JSON. */
  exported = export_all (fixture->store);
  dir2 = g_dir_make_tmp ("demarche-reanchor2-XXXXXX", &error);
  path2 = g_build_filename (dir2, "other.db", NULL);
  other = dm_store_open (path2, &error);
  g_assert_no_error (error);
  g_assert_true (dm_json_set_import_data (other, exported, -1, "orphans.json", NULL, &error));
  g_assert_no_error (error);
  reexported = export_all (other);
  g_assert_cmpstr (reexported, ==, exported);
  g_clear_object (&other);
  g_remove (path2);
  {
    g_autofree char *wal = g_strconcat (path2, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path2, "-shm", NULL);
    g_remove (wal);
    g_remove (shm);
  }
  g_rmdir (dir2);

  /* Orphans are tried again: the paragraph comes back, so does the span. */
  g_assert_true (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, original, &moved, &orphaned,
                                               &error));
  g_assert_cmpuint (moved, ==, 1);
  g_assert_cmpuint (orphaned, ==, 0);
  loaded = reload (fixture, blame);
  g_assert_false (dm_annotation_get_orphan (loaded));
  g_assert_cmpuint (dm_annotation_get_start (loaded), ==, dm_annotation_get_start (blame));
  g_clear_object (&loaded);

  /* Lost again in a text shorter than its offsets: clamped into it. */
  g_assert_true (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID, shorter, &moved, &orphaned,
                                               &error));
  g_assert_cmpuint (orphaned, ==, 1);
  loaded = reload (fixture, blame);
  g_assert_true (dm_annotation_get_orphan (loaded));
  g_assert_cmpuint (dm_annotation_get_start (loaded), ==, cp_length (shorter) - 1);
  g_assert_cmpuint (dm_annotation_get_end (loaded), ==, cp_length (shorter));
  g_clear_object (&loaded);

  /* The analyst places it by hand. */
  start = cp_offset (shorter, "peace talks");
  end = start + cp_length ("peace talks");
  g_assert_true (dm_store_place_annotation (fixture->store, dm_annotation_get_uuid (blame), start, end, &error));
  g_assert_no_error (error);
  loaded = reload (fixture, blame);
  g_assert_false (dm_annotation_get_orphan (loaded));
  g_assert_cmpstr (dm_annotation_get_quote (loaded), ==, "peace talks");
  g_assert_cmpstr (dm_annotation_get_prefix (loaded), ==, "Belarus and China back ");
  g_assert_cmpstr (dm_annotation_get_suffix (loaded), ==, ".");

  g_assert_false (dm_store_place_annotation (fixture->store, dm_annotation_get_uuid (blame), 5, 500, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
}

static void
test_reanchor_store_normalises (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = NULL;

  /* CR LF and decomposed accents become LF and NFC, as on import. */
  g_assert_true (dm_store_update_article_text (fixture->store, SAMPLE_ARTICLE_UUID,
                                               "Caf" "e\xcc\x81" " talks.\r\nSecond line.", NULL, NULL, &error));
  g_assert_no_error (error);
  article = dm_store_lookup_article (fixture->store, SAMPLE_ARTICLE_UUID, &error);
  g_assert_cmpstr (dm_article_get_body (article), ==, "Café talks.\nSecond line.");
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/Reanchor/unchanged", test_reanchor_unchanged);
  g_test_add_func ("/core/Reanchor/shift", test_reanchor_shift);
  g_test_add_func ("/core/Reanchor/duplicate", test_reanchor_duplicate);
  g_test_add_func ("/core/Reanchor/duplicate-tie", test_reanchor_duplicate_tie);
  g_test_add_func ("/core/Reanchor/typo", test_reanchor_typo);
  g_test_add_func ("/core/Reanchor/deleted", test_reanchor_deleted);
  g_test_add_func ("/core/Reanchor/look-alike", test_reanchor_look_alike);
  g_test_add_func ("/core/Reanchor/unicode", test_reanchor_unicode);
  g_test_add_func ("/core/Reanchor/short", test_reanchor_short);
  g_test_add ("/core/Reanchor/store", Fixture, NULL, fixture_set_up, test_reanchor_store, fixture_tear_down);
  g_test_add ("/core/Reanchor/store-context", Fixture, NULL, fixture_set_up, test_reanchor_store_context,
              fixture_tear_down);
  g_test_add ("/core/Reanchor/store-failure", Fixture, NULL, fixture_set_up, test_reanchor_store_failure,
              fixture_tear_down);
  g_test_add ("/core/Reanchor/store-undo", Fixture, NULL, fixture_set_up, test_reanchor_store_undo,
              fixture_tear_down);
  g_test_add ("/core/Reanchor/store-orphans", Fixture, NULL, fixture_set_up, test_reanchor_store_orphans,
              fixture_tear_down);
  g_test_add ("/core/Reanchor/store-normalises", Fixture, NULL, fixture_set_up, test_reanchor_store_normalises,
              fixture_tear_down);

  return g_test_run ();
}
