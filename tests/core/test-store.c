/* test-store.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "demarche-core.h"
#include "dm-store-private.h"
#include "test-util.h"

typedef struct
{
  char    *dir;
  char    *path;
  DmStore *store;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = dm_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->store);
  test_util_remove_tree (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static DmArticle *
make_article (const char *title,
              const char *published,
              const char *body)
{
  DmArticle *article = dm_article_new ();

  dm_article_set_title (article, title);
  dm_article_set_published (article, published);
  dm_article_set_body (article, body);
  return article;
}

static DmActor *
add_actor (DmStore    *store,
           const char *name,
           DmActorKind kind)
{
  g_autoptr(GError) error = NULL;
  DmActor *actor = dm_actor_new (name, kind);

  g_assert_true (dm_store_add_actor (store, actor, &error));
  g_assert_no_error (error);
  return actor;
}

static char *
export_all (DmStore *store)
{
  g_autoptr(GError) error = NULL;
  char *json = dm_json_set_export (store, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (json);
  return json;
}

/* Records items-changed emissions as "position,removed,added;" */
static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  GString    *log)
{
  g_string_append_printf (log, "%u,%u,%u;", position, removed, added);
}

static void
test_store_schema (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DmStore) again = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (dm_store_get_schema_version (fixture->store), ==, 4);

  /* Opening again must not migrate or fail. */
  again = dm_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dm_store_get_schema_version (again), ==, 4);
}

static void
test_store_articles (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(DmArticle) article = make_article ("Talks in Minsk", "2023-02-24", "Belarus backs talks. China agrees.");
  g_autoptr(DmArticle) loaded = NULL;
  g_autoptr(DmArticle) resolved = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  g_assert_no_error (error);
  g_assert_true (g_uuid_string_is_valid (dm_article_get_uuid (article)));
  g_assert_nonnull (dm_article_get_created (article));

  loaded = dm_store_lookup_article (fixture->store, dm_article_get_uuid (article), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_title (loaded), ==, "Talks in Minsk");
  g_assert_cmpstr (dm_article_get_published (loaded), ==, "2023-02-24");
  g_assert_cmpstr (dm_article_get_body (loaded), ==, "Belarus backs talks. China agrees.");
  g_assert_cmpuint (dm_article_get_length (loaded), ==, 34);

  dm_article_set_source (loaded, "Belta");
  g_assert_true (dm_store_update_article (fixture->store, loaded, &error));
  g_assert_no_error (error);

  resolved = dm_store_resolve_article (fixture->store, "minsk", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_source (resolved), ==, "Belta");

  all = dm_store_dup_articles (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (all->len, ==, 1);
  g_assert_false (dm_article_has_body (g_ptr_array_index (all, 0)));

  g_assert_true (dm_store_remove_article (fixture->store, dm_article_get_uuid (article), &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 0);

  g_assert_false (dm_store_remove_article (fixture->store, dm_article_get_uuid (article), &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
}

static void
test_store_article_invalid (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(DmArticle) no_body = make_article ("x", NULL, NULL);
  g_autoptr(DmArticle) bad_date = make_article ("x", "24/02/2023", "Text.");
  g_autoptr(GError) error = NULL;

  g_assert_false (dm_store_add_article (fixture->store, no_body, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (dm_store_add_article (fixture->store, bad_date, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "24/02/2023"));

  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 0);
}

static void
test_store_actors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DmActor) china = add_actor (fixture->store, "China", DM_ACTOR_KIND_STATE);
  g_autoptr(DmActor) qin = dm_actor_new ("Qin Gang", DM_ACTOR_KIND_PERSON);
  g_autoptr(DmRepresentation) rep = dm_representation_new (dm_actor_get_uuid (china), "Foreign minister",
                                                           "2022-12-30", "2023-07-25");
  const char *aliases[] = { "Beijing", "PRC", NULL };
  const char *demonyms[] = { "Chinese", NULL };
  g_autoptr(DmActor) loaded = NULL;
  g_autoptr(DmActor) by_alias = NULL;
  g_autoptr(DmActor) by_demonym = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *reps;

  dm_actor_set_aliases (china, aliases);
  dm_actor_set_demonyms (china, demonyms);
  dm_actor_set_capital (china, "Beijing City");
  dm_actor_set_colour (china, "#c0392b");
  g_assert_true (dm_store_update_actor (fixture->store, china, &error));
  g_assert_no_error (error);

  dm_actor_add_representation (qin, rep);
  g_assert_true (dm_store_add_actor (fixture->store, qin, &error));
  g_assert_no_error (error);

  loaded = dm_store_lookup_actor (fixture->store, dm_actor_get_uuid (qin), &error);
  g_assert_no_error (error);
  reps = dm_actor_get_representations (loaded);
  g_assert_cmpuint (reps->len, ==, 1);
  g_assert_cmpstr (((DmRepresentation *) g_ptr_array_index (reps, 0))->actor_uuid, ==, dm_actor_get_uuid (china));
  g_assert_cmpstr (dm_actor_lookup_represented (loaded, "2023-02-24"), ==, dm_actor_get_uuid (china));
  g_assert_null (dm_actor_lookup_represented (loaded, "2023-08-01"));

  by_alias = dm_store_resolve_actor (fixture->store, "beijing", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_actor_get_uuid (by_alias), ==, dm_actor_get_uuid (china));
  g_assert_cmpstr (dm_actor_get_aliases (by_alias)[1], ==, "PRC");
  g_assert_cmpstr (dm_actor_get_capital (by_alias), ==, "Beijing City");
  g_assert_cmpstr (dm_actor_get_colour (by_alias), ==, "#c0392b");

  by_demonym = dm_store_resolve_actor (fixture->store, "Chinese", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_actor_get_name (by_demonym), ==, "China");

  /* China is represented by Qin Gang: it cannot simply vanish. */
  g_assert_false (dm_store_remove_actor (fixture->store, dm_actor_get_uuid (china), &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_CONFLICT);
  g_clear_error (&error);

  g_assert_null (dm_store_resolve_actor (fixture->store, "Atlantis", &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);

  dm_actor_set_colour (china, "red");
  g_assert_false (dm_store_update_actor (fixture->store, china, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
}

static void
test_store_topics (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DmTopic) war = dm_topic_new ("Ukraine war", NULL);
  g_autoptr(DmTopic) talks = NULL;
  g_autoptr(DmTopic) found = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dm_store_add_topic (fixture->store, war, &error));
  g_assert_no_error (error);
  talks = dm_topic_new ("Peace talks", dm_topic_get_uuid (war));
  g_assert_true (dm_store_add_topic (fixture->store, talks, &error));
  g_assert_no_error (error);

  found = dm_store_resolve_topic (fixture->store, "ukraine war / peace talks", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_topic_get_uuid (found), ==, dm_topic_get_uuid (talks));
  g_assert_cmpstr (dm_topic_get_path (found), ==, "Ukraine war › Peace talks");

  /* No cycles. */
  dm_topic_set_parent_uuid (war, dm_topic_get_uuid (talks));
  g_assert_false (dm_store_update_topic (fixture->store, war, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (dm_store_remove_topic (fixture->store, dm_topic_get_uuid (war), &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_CONFLICT);
}

static DmAnnotation *
annotate (DmStore    *store,
          DmArticle  *article,
          const char *quote,
          const char *actor_uuid,
          const char *topic_uuid,
          DmPolarity  polarity)
{
  g_autoptr(GError) error = NULL;
  const char *actors[] = { actor_uuid, NULL };
  guint start, end;
  DmAnnotation *annotation;

  g_assert_true (dm_article_find_quote (article, quote, 0, &start, &end));
  annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_topic_uuid (annotation, topic_uuid);
  dm_annotation_set_polarity (annotation, polarity);
  g_assert_true (dm_store_add_annotation (store, annotation, &error));
  g_assert_no_error (error);
  return annotation;
}

static void
test_store_annotations (Fixture       *fixture,
                        gconstpointer  data)
{
  const char *body = "Beijing called for a ceasefire. Borrell said the plan “contains interesting elements”.";
  g_autoptr(DmArticle) article = make_article ("Plan", "2023-02-24", body);
  g_autoptr(DmActor) china = add_actor (fixture->store, "China", DM_ACTOR_KIND_STATE);
  g_autoptr(DmActor) eu = add_actor (fixture->store, "European Union", DM_ACTOR_KIND_ORGANISATION);
  g_autoptr(DmTopic) plan = dm_topic_new ("China's 12-point peace plan", NULL);
  g_autoptr(DmAnnotation) first = NULL;
  g_autoptr(DmAnnotation) joint = NULL;
  g_autoptr(DmAnnotation) loaded = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(DmArticle) counted = NULL;
  g_autoptr(GError) error = NULL;
  const char *both[3];

  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  g_assert_true (dm_store_add_topic (fixture->store, plan, &error));
  g_assert_no_error (error);

  first = annotate (fixture->store, article, "Beijing called for a ceasefire.", dm_actor_get_uuid (china),
                    NULL, DM_POLARITY_SUPPORTS);
  g_assert_cmpuint (dm_annotation_get_start (first), ==, 0);
  g_assert_cmpuint (dm_annotation_get_end (first), ==, 31);
  g_assert_cmpstr (dm_annotation_get_prefix (first), ==, "");
  g_assert_cmpstr (dm_annotation_get_suffix (first), ==, " Borrell said the plan “contains");

  /* A span after non-ASCII text: offsets are code points. */
  joint = annotate (fixture->store, article, "interesting elements”", dm_actor_get_uuid (eu),
                    dm_topic_get_uuid (plan), DM_POLARITY_MIXED);
  g_assert_cmpuint (dm_annotation_get_start (joint), ==, 64);
  both[0] = dm_actor_get_uuid (eu);
  both[1] = dm_actor_get_uuid (china);
  both[2] = NULL;
  dm_annotation_set_actor_uuids (joint, both);
  dm_annotation_set_target_uuids (joint, both + 1);
  dm_annotation_set_act_code (joint, NULL);
  dm_annotation_set_mode (joint, DM_ATTRIBUTION_DIRECT_QUOTE);
  dm_annotation_set_key_quote (joint, TRUE);
  dm_annotation_set_note (joint, "joint reading");
  dm_annotation_set_coder (joint, "ana");
  g_assert_true (dm_store_update_annotation (fixture->store, joint, &error));
  g_assert_no_error (error);

  loaded = dm_store_lookup_annotation (fixture->store, dm_annotation_get_uuid (joint), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length ((char **) dm_annotation_get_actor_uuids (loaded)), ==, 2);
  g_assert_cmpstr (dm_annotation_get_actor_uuids (loaded)[1], ==, dm_actor_get_uuid (china));
  g_assert_cmpstr (dm_annotation_get_target_uuids (loaded)[0], ==, dm_actor_get_uuid (china));
  g_assert_cmpint (dm_annotation_get_polarity (loaded), ==, DM_POLARITY_MIXED);
  g_assert_cmpint (dm_annotation_get_mode (loaded), ==, DM_ATTRIBUTION_DIRECT_QUOTE);
  g_assert_true (dm_annotation_get_key_quote (loaded));
  g_assert_cmpstr (dm_annotation_get_quote (loaded), ==, "interesting elements”");
  g_assert_cmpstr (dm_annotation_get_topic_uuid (loaded), ==, dm_topic_get_uuid (plan));

  annotations = dm_store_dup_annotations (fixture->store, dm_article_get_uuid (article), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 2);

  counted = dm_store_lookup_article (fixture->store, dm_article_get_uuid (article), &error);
  g_assert_cmpuint (dm_article_get_annotation_count (counted), ==, 2);

  /* The actor is in use. */
  g_assert_false (dm_store_remove_actor (fixture->store, dm_actor_get_uuid (china), &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_CONFLICT);
  g_clear_error (&error);

  /* Changing the text under the annotations is refused. */
  dm_article_set_body (counted, "Something else entirely, long enough to cover all the offsets used.");
  g_assert_false (dm_store_update_article (fixture->store, counted, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_CONFLICT);
  g_clear_error (&error);

  g_assert_true (dm_store_remove_annotation (fixture->store, dm_annotation_get_uuid (first), &error));
  g_assert_no_error (error);
  g_clear_pointer (&annotations, g_ptr_array_unref);
  annotations = dm_store_dup_annotations (fixture->store, NULL, &error);
  g_assert_cmpuint (annotations->len, ==, 1);

  /* Deleting the article takes its annotations with it. */
  g_assert_true (dm_store_remove_article (fixture->store, dm_article_get_uuid (article), &error));
  g_clear_pointer (&annotations, g_ptr_array_unref);
  annotations = dm_store_dup_annotations (fixture->store, NULL, &error);
  g_assert_cmpuint (annotations->len, ==, 0);
}

/* Quote, prefix and suffix are cut from the text in code points, not bytes:
 * spans near either end of a text of two-, three- and four-byte characters
 * must carry exactly the characters around them. */
static void
check_anchored (DmStore    *store,
                DmArticle  *article,
                const char *actor_uuid,
                guint       start,
                guint       end)
{
  const char *body = dm_article_get_body (article);
  glong length = g_utf8_strlen (body, -1);
  g_autoptr(DmAnnotation) annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
  g_autoptr(DmAnnotation) loaded = NULL;
  g_autofree char *quote = g_utf8_substring (body, start, end);
  g_autofree char *prefix = g_utf8_substring (body, start > 32 ? start - 32 : 0, start);
  g_autofree char *suffix = g_utf8_substring (body, end, MIN (length, (glong) end + 32));
  g_autoptr(GError) error = NULL;
  const char *actors[] = { actor_uuid, NULL };

  dm_annotation_set_actor_uuids (annotation, actors);
  g_assert_true (dm_store_add_annotation (store, annotation, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dm_annotation_get_quote (annotation), ==, quote);
  g_assert_cmpstr (dm_annotation_get_prefix (annotation), ==, prefix);
  g_assert_cmpstr (dm_annotation_get_suffix (annotation), ==, suffix);

  loaded = dm_store_lookup_annotation (store, dm_annotation_get_uuid (annotation), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_annotation_get_quote (loaded), ==, quote);
  g_assert_cmpstr (dm_annotation_get_prefix (loaded), ==, prefix);
  g_assert_cmpstr (dm_annotation_get_suffix (loaded), ==, suffix);
}

static void
test_store_annotation_multibyte (Fixture       *fixture,
                                 gconstpointer  data)
{
  /* 1 emoji, accents, Cyrillic, CJK and emoji again: 1 to 4 bytes each. */
  const char *body = "😀 Éloïse écrit « 和平谈判 » à Минск; "
                     "le ministre a déclaré : « nous soutenons les pourparlers » 🇪🇺 — fin 終😀";
  g_autoptr(DmArticle) article = make_article ("Multibyte", "2023-03-01", body);
  g_autoptr(DmActor) eu = add_actor (fixture->store, "European Union", DM_ACTOR_KIND_ORGANISATION);
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  const char *actors[] = { dm_actor_get_uuid (eu), NULL };
  g_autofree char *message = NULL;
  guint length = g_utf8_strlen (body, -1);

  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, 70);

  /* At the very start, after the first emoji, near the start, in the
   * middle (a full 32-character prefix and suffix), near the end, at the
   * very end, and the whole text. */
  check_anchored (fixture->store, article, dm_actor_get_uuid (eu), 0, 1);
  check_anchored (fixture->store, article, dm_actor_get_uuid (eu), 1, 8);
  check_anchored (fixture->store, article, dm_actor_get_uuid (eu), 17, 21);
  check_anchored (fixture->store, article, dm_actor_get_uuid (eu), 35, 40);
  check_anchored (fixture->store, article, dm_actor_get_uuid (eu), length - 8, length - 2);
  check_anchored (fixture->store, article, dm_actor_get_uuid (eu), length - 1, length);
  check_anchored (fixture->store, article, dm_actor_get_uuid (eu), 0, length);

  /* The same spelled out, against a byte-for-byte or off-by-one cut. */
  annotation = dm_annotation_new (dm_article_get_uuid (article), 17, 21);
  dm_annotation_set_actor_uuids (annotation, actors);
  g_assert_true (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dm_annotation_get_quote (annotation), ==, "和平谈判");
  g_assert_cmpstr (dm_annotation_get_prefix (annotation), ==, "😀 Éloïse écrit « ");
  g_assert_true (g_str_has_prefix (dm_annotation_get_suffix (annotation), " » à Минск; le"));
  g_clear_object (&annotation);

  annotation = dm_annotation_new (dm_article_get_uuid (article), length - 7, length);
  dm_annotation_set_actor_uuids (annotation, actors);
  g_assert_true (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dm_annotation_get_quote (annotation), ==, " fin 終😀");
  g_assert_cmpstr (dm_annotation_get_suffix (annotation), ==, "");
  g_assert_true (g_str_has_suffix (dm_annotation_get_prefix (annotation), "pourparlers » 🇪🇺 —"));
  g_clear_object (&annotation);

  /* One past the end, counted in code points. */
  annotation = dm_annotation_new (dm_article_get_uuid (article), length - 1, length + 1);
  dm_annotation_set_actor_uuids (annotation, actors);
  g_assert_false (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  message = g_strdup_printf ("span %u–%u is outside the text of “Multibyte” (0–%u)", length - 1, length + 1, length);
  g_assert_cmpstr (error->message, ==, message);
  g_clear_error (&error);
  g_clear_pointer (&message, g_free);

  /* A quote that does not match says what the text reads there. */
  dm_annotation_set_span (annotation, 17, 21);
  dm_annotation_set_quote (annotation, "和平谈話");
  g_assert_false (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "the quote does not match the text at 17–21 (the text there reads “和平谈判”)");
  g_clear_error (&error);

  /* An orphan keeps its quote as coded. */
  dm_annotation_set_orphan (annotation, TRUE);
  g_assert_true (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dm_annotation_get_quote (annotation), ==, "和平谈話");
}

static void
test_store_annotation_invalid (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(DmArticle) article = make_article ("A", NULL, "Short text.");
  g_autoptr(DmActor) china = add_actor (fixture->store, "China", DM_ACTOR_KIND_STATE);
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  const char *actors[] = { dm_actor_get_uuid (china), NULL };
  const char *unknown[] = { "0b3f8f7e-6c1a-4c0e-9a57-3a3f4a9b2c11", NULL };

  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  before = export_all (fixture->store);

  /* Beyond the text. */
  annotation = dm_annotation_new (dm_article_get_uuid (article), 5, 50);
  dm_annotation_set_actor_uuids (annotation, actors);
  g_assert_false (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  /* A quote that does not match its offsets. */
  dm_annotation_set_span (annotation, 0, 5);
  dm_annotation_set_quote (annotation, "Long");
  g_assert_false (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  /* No actor, then an unknown actor. */
  dm_annotation_set_quote (annotation, NULL);
  dm_annotation_set_actor_uuids (annotation, NULL);
  g_assert_false (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  dm_annotation_set_actor_uuids (annotation, unknown);
  g_assert_false (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* An unknown act. */
  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_act_code (annotation, "99");
  g_assert_false (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after = export_all (fixture->store);
  g_assert_cmpstr (before, ==, after);
}

static void
test_store_list_articles (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GListModel) list = dm_store_list_articles (fixture->store);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(DmArticle) older = make_article ("Older", "2022-01-01", "One. Two.");
  g_autoptr(DmArticle) newer = make_article ("Newer", "2024-01-01", "Three.");
  g_autoptr(DmArticle) middle = make_article ("Middle", "2023-01-01", "Four.");
  g_autoptr(DmArticle) undated = make_article ("Undated", NULL, "Five.");
  g_autoptr(DmArticle) item = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);

  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_true (g_list_model_get_item_type (list) == DM_TYPE_ARTICLE);

  g_assert_true (dm_store_add_article (fixture->store, older, &error));
  g_assert_true (dm_store_add_article (fixture->store, newer, &error));
  g_assert_true (dm_store_add_article (fixture->store, middle, &error));
  g_assert_true (dm_store_add_article (fixture->store, undated, &error));
  g_assert_no_error (error);
  /* Newest first, undated last: each insert lands where it belongs. */
  g_assert_cmpstr (log->str, ==, "0,0,1;0,0,1;1,0,1;3,0,1;");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 4);

  item = g_list_model_get_item (list, 1);
  g_assert_cmpstr (dm_article_get_title (item), ==, "Middle");
  g_clear_object (&item);

  /* Moving the middle article to the front is one change over the range. */
  g_string_truncate (log, 0);
  dm_article_set_published (middle, "2025-06-01");
  g_assert_true (dm_store_update_article (fixture->store, middle, &error));
  g_assert_cmpstr (log->str, ==, "0,2,2;");
  item = g_list_model_get_item (list, 0);
  g_assert_cmpstr (dm_article_get_title (item), ==, "Middle");
  g_clear_object (&item);

  /* A metadata edit in place. */
  g_string_truncate (log, 0);
  dm_article_set_source (older, "Belta");
  g_assert_true (dm_store_update_article (fixture->store, older, &error));
  g_assert_cmpstr (log->str, ==, "2,1,1;");

  g_string_truncate (log, 0);
  g_assert_true (dm_store_remove_article (fixture->store, dm_article_get_uuid (newer), &error));
  g_assert_cmpstr (log->str, ==, "1,1,0;");

  /* Several articles in one transaction: one reset. */
  g_string_truncate (log, 0);
  g_ptr_array_add (batch, make_article ("B1", "2020-01-01", "x."));
  g_ptr_array_add (batch, make_article ("B2", "2020-01-02", "y."));
  g_assert_true (dm_store_add_articles (fixture->store, batch, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "0,3,5;");

  /* A failed batch changes nothing and says nothing. */
  g_string_truncate (log, 0);
  g_ptr_array_set_size (batch, 0);
  g_ptr_array_add (batch, make_article ("C1", "2020-01-01", "x."));
  g_ptr_array_add (batch, make_article ("C2", "not a date", "y."));
  g_assert_false (dm_store_add_articles (fixture->store, batch, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_assert_cmpstr (log->str, ==, "");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 5);
}

static void
test_store_list_annotations (Fixture       *fixture,
                             gconstpointer  data)
{
  g_autoptr(DmArticle) article = make_article ("A", NULL, "First sentence. Second sentence. Third one.");
  g_autoptr(DmArticle) other = make_article ("B", NULL, "Another text.");
  g_autoptr(DmActor) china = add_actor (fixture->store, "China", DM_ACTOR_KIND_STATE);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(GListModel) articles = dm_store_list_articles (fixture->store);
  g_autoptr(GString) log = g_string_new (NULL);
  g_autoptr(GString) article_log = g_string_new (NULL);
  g_autoptr(DmAnnotation) third = NULL;
  g_autoptr(DmAnnotation) first = NULL;
  g_autoptr(DmAnnotation) elsewhere = NULL;
  g_autoptr(DmArticle) row = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  g_assert_true (dm_store_add_article (fixture->store, other, &error));
  list = dm_store_list_annotations (fixture->store, dm_article_get_uuid (article));
  g_signal_connect (list, "items-changed", G_CALLBACK (items_changed_cb), log);
  g_signal_connect (articles, "items-changed", G_CALLBACK (items_changed_cb), article_log);

  third = annotate (fixture->store, article, "Third one.", dm_actor_get_uuid (china), NULL, DM_POLARITY_NEUTRAL);
  first = annotate (fixture->store, article, "First sentence.", dm_actor_get_uuid (china), NULL, DM_POLARITY_SUPPORTS);
  /* Another article's annotation is not this list's business. */
  elsewhere = annotate (fixture->store, other, "Another text.", dm_actor_get_uuid (china), NULL, DM_POLARITY_OPPOSES);
  g_assert_cmpstr (log->str, ==, "0,0,1;0,0,1;");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);

  /* The article list's row updates its count in place. */
  g_assert_true (dm_store_list_find (DM_STORE_LIST (articles), dm_article_get_uuid (article), NULL));
  row = g_list_model_get_item (articles, 0);
  g_assert_cmpuint (dm_article_get_annotation_count (row), >=, 1);
  g_assert_cmpuint (strlen (article_log->str), >, 0);

  g_string_truncate (log, 0);
  g_assert_true (dm_store_remove_annotation (fixture->store, dm_annotation_get_uuid (third), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log->str, ==, "1,1,0;");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
}

static void
test_store_search (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DmArticle) article = make_article ("Peace plan", "2023-02-24",
                                               "Josep Borrell said the proposal contains interesting elements.");
  g_autoptr(DmArticle) other = make_article ("Trade", "2023-03-01", "Tariffs were raised on steel.");
  g_autoptr(DmActor) eu = add_actor (fixture->store, "European Union", DM_ACTOR_KIND_ORGANISATION);
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GListModel) list = dm_store_list_articles (fixture->store);
  g_autoptr(GError) error = NULL;

  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  g_assert_true (dm_store_add_article (fixture->store, other, &error));
  annotation = annotate (fixture->store, article, "contains interesting elements", dm_actor_get_uuid (eu),
                         NULL, DM_POLARITY_MIXED);
  dm_annotation_set_note (annotation, "Borrell hedges");
  g_assert_true (dm_store_update_annotation (fixture->store, annotation, &error));

  hits = dm_store_search (fixture->store, "interest", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 2);
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = dm_store_search (fixture->store, "hedges", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 1);
  g_assert_cmpint (((DmSearchHit *) g_ptr_array_index (hits, 0))->table, ==, DM_STORE_TABLE_ANNOTATIONS);
  g_clear_pointer (&hits, g_ptr_array_unref);

  /* Syntax people type must not be an FTS error. */
  hits = dm_store_search (fixture->store, "\"steel AND (", 0, &error);
  g_assert_no_error (error);
  g_assert_nonnull (hits);
  g_clear_pointer (&hits, g_ptr_array_unref);

  hits = dm_store_search (fixture->store, "\"interesting elements\"", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 2);

  dm_store_list_set_query (DM_STORE_LIST (list), "steel");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  dm_store_list_set_query (DM_STORE_LIST (list), "hedges");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  dm_store_list_set_query (DM_STORE_LIST (list), "");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
}

static void
test_store_seed (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) acts = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(DmActor) qin = NULL;
  g_autoptr(DmActor) china = NULL;
  g_autoptr(DmActor) eu = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr(GError) error = NULL;
  guint states = 0, organisations = 0;

  g_assert_true (dm_store_seed_defaults (fixture->store, &error));
  g_assert_no_error (error);
  first = export_all (fixture->store);

  actors = dm_store_dup_actors (fixture->store, &error);
  for (guint i = 0; i < actors->len; i++)
    {
      DmActorKind kind = dm_actor_get_kind (g_ptr_array_index (actors, i));

      states += kind == DM_ACTOR_KIND_STATE;
      organisations += kind == DM_ACTOR_KIND_ORGANISATION;
    }
  g_assert_cmpuint (states, ==, 195);
  g_assert_cmpuint (organisations, >=, 30);

  acts = dm_store_dup_acts (fixture->store, &error);
  g_assert_cmpuint (acts->len, ==, 20);
  g_assert_cmpfloat (((DmAct *) g_ptr_array_index (acts, 12))->goldstein, ==, -6.0);

  articles = dm_store_dup_articles (fixture->store, &error);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpstr (dm_article_get_published (g_ptr_array_index (articles, 0)), ==, "2023-02-24");

  china = dm_store_resolve_actor (fixture->store, "Beijing", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_actor_get_code (china), ==, "CHN");
  eu = dm_store_resolve_actor (fixture->store, "EU", &error);
  g_assert_no_error (error);
  qin = dm_store_resolve_actor (fixture->store, "Qin Gang", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_actor_lookup_represented (qin, "2023-02-24"), ==, dm_actor_get_uuid (china));
  g_assert_null (dm_actor_lookup_represented (qin, "2023-09-01"));

  /* Seeding twice merges by uuid: nothing doubles. */
  g_assert_true (dm_store_seed_defaults (fixture->store, &error));
  g_assert_no_error (error);
  second = export_all (fixture->store);
  g_assert_cmpstr (first, ==, second);
}

static void
test_store_open_default (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autofree char *path = dm_store_dup_default_path ();

  /* The test environment points XDG_DATA_HOME into the build tree. */
  g_remove (path);
  store = dm_store_open_default (&error);
  g_assert_no_error (error);
  g_assert_cmpuint (dm_store_count_articles (store), ==, 1);
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* Bad databases {{{ */

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
test_store_not_sqlite (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  const char text[] = "These are my notes, not a database. They go on for a while so SQLite reads a header.\n";

  write_file (path, text, -1);
  store = dm_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_A_DATABASE);
  g_assert_nonnull (strstr (error->message, path));

  /* Untouched, byte for byte. */
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, text);
}

static void
make_foreign_db (const char *path,
                 const char *sql)
{
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
}

static void
test_store_foreign_sqlite (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "other.db", NULL);
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GError) error = NULL;

  make_foreign_db (path, "CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');");
  store = dm_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_A_DATABASE);
}

static void
test_store_newer_schema (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "future.db", NULL);
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;

  make_foreign_db (path,
                   "CREATE TABLE articles (id INTEGER PRIMARY KEY, future TEXT);"
                   "PRAGMA user_version = 99; PRAGMA application_id = 1145918019;");
  store = dm_store_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DM_ERROR, DM_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "99"));

  /* Still version 99, still not WAL. */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  sqlite3_prepare_v2 (db, "PRAGMA user_version", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 99);
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "delete");
  sqlite3_finalize (stmt);
  sqlite3_close (db);
}

static void
test_store_migrate_v1 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("demarche-v1-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "v1.db", NULL);
  g_autofree char *fixture = g_build_filename (TEST_FIXTURES_DIR, "schema-v1.sql", NULL);
  g_autofree char *sql = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(DmActor) qin = NULL;
  g_autoptr(DmTopic) topic = NULL;

  g_assert_true (g_file_get_contents (fixture, &sql, NULL, &error));
  make_foreign_db (path, sql);

  store = dm_store_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dm_store_get_schema_version (store), ==, 4);

  /* Everything from v1 is there... */
  g_assert_cmpuint (dm_store_count_articles (store), ==, 1);
  annotations = dm_store_dup_annotations (store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 1);
  g_assert_cmpstr (dm_annotation_get_quote (g_ptr_array_index (annotations, 0)), ==,
                   "support for peace negotiations");
  g_assert_cmpuint (g_strv_length ((char **) dm_annotation_get_actor_uuids (g_ptr_array_index (annotations, 0))), ==, 2);
  qin = dm_store_resolve_actor (store, "Qin Gang", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dm_actor_get_representations (qin)->len, ==, 1);
  topic = dm_store_resolve_topic (store, "Ukraine war > Peace talks", &error);
  g_assert_no_error (error);

  /* ...and v2's full-text index covers the old rows. */
  hits = dm_store_search (store, "negotiations", 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (hits->len, ==, 2);

  g_clear_object (&store);
  test_util_remove_tree (dir);
}

static void
test_store_locked (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(DmArticle) article = make_article ("Locked out", NULL, "Text.");
  g_autofree char *before = export_all (fixture->store);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  sqlite3 *other = NULL;

  g_assert_cmpint (sqlite3_open (fixture->path, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  _dm_store_set_busy_timeout (fixture->store, 50);
  g_assert_false (dm_store_add_article (fixture->store, article, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, fixture->path));

  sqlite3_exec (other, "ROLLBACK", NULL, NULL, NULL);
  sqlite3_close (other);

  after = export_all (fixture->store);
  g_assert_cmpstr (before, ==, after);

  /* Once released, the same write goes through. */
  g_clear_error (&error);
  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  g_assert_no_error (error);
}

static void
test_store_disk_full (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) big = g_string_new (NULL);
  g_autoptr(DmArticle) small = make_article ("Kept", NULL, "Saved before the disk filled.");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dm_store_add_article (fixture->store, small, &error));
  before = export_all (fixture->store);

  for (guint i = 0; i < 20000; i++)
    g_string_append (big, "A long sentence that fills pages. ");
  for (guint i = 0; i < 5; i++)
    g_ptr_array_add (batch, make_article ("Big", NULL, big->str));

  /* SQLite's page limit stands in for a full disk: same error path. */
  _dm_store_set_max_pages (fixture->store, 200);
  g_assert_false (dm_store_add_articles (fixture->store, batch, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, "full"));

  after = export_all (fixture->store);
  g_assert_cmpstr (before, ==, after);
}

/* }}} */

/* Annotated sets {{{ */

static void
test_store_json_round_trip (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(DmArticle) article = make_article ("Plan", "2023-02-24",
                                               "Beijing called for a ceasefire. Borrell: “to be credible”.");
  g_autoptr(DmActor) china = add_actor (fixture->store, "China", DM_ACTOR_KIND_STATE);
  g_autoptr(DmTopic) topic = dm_topic_new ("Ceasefire", NULL);
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autofree char *dir2 = NULL;
  g_autofree char *path2 = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *third = NULL;
  g_autoptr(DmStore) copy = NULL;
  g_autoptr(DmImportReport) report = dm_import_report_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (dm_store_seed_defaults (fixture->store, &error));
  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  g_assert_true (dm_store_add_topic (fixture->store, topic, &error));
  g_assert_no_error (error);
  annotation = annotate (fixture->store, article, "called for a ceasefire", dm_actor_get_uuid (china),
                         dm_topic_get_uuid (topic), DM_POLARITY_SUPPORTS);
  first = export_all (fixture->store);

  dir2 = g_dir_make_tmp ("demarche-copy-XXXXXX", &error);
  path2 = g_build_filename (dir2, "copy.db", NULL);
  copy = dm_store_open (path2, &error);
  g_assert_no_error (error);
  g_assert_true (dm_json_set_import_data (copy, first, -1, "first.json", report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->updated, ==, 0);
  g_assert_cmpuint (report->conflicts->len, ==, 0);

  second = export_all (copy);
  g_assert_cmpstr (first, ==, second);

  /* Importing the same set again adds nothing. */
  dm_import_report_free (g_steal_pointer (&report));
  report = dm_import_report_new ();
  g_assert_true (dm_json_set_import_data (copy, first, -1, "first.json", report, &error));
  g_assert_cmpuint (report->added, ==, 0);
  third = export_all (copy);
  g_assert_cmpstr (first, ==, third);

  g_clear_object (&copy);
  test_util_remove_tree (dir2);
}

static void
test_store_json_merge (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(DmArticle) article = make_article ("Plan", "2023-02-24", "Beijing called for a ceasefire.");
  g_autoptr(DmActor) china = add_actor (fixture->store, "China", DM_ACTOR_KIND_STATE);
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(DmAnnotation) merged = NULL;
  g_autoptr(DmImportReport) report = dm_import_report_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *old_set = NULL;
  g_autofree char *new_set = NULL;

  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  annotation = annotate (fixture->store, article, "called for a ceasefire", dm_actor_get_uuid (china),
                         NULL, DM_POLARITY_SUPPORTS);
  old_set = export_all (fixture->store);

  /* A colleague edits the same annotation later. */
  g_usleep (2000);
  dm_annotation_set_note (annotation, "second reading");
  g_assert_true (dm_store_update_annotation (fixture->store, annotation, &error));
  new_set = export_all (fixture->store);

  /* The older set does not overwrite the newer row: a conflict is noted. */
  g_assert_true (dm_json_set_import_data (fixture->store, old_set, -1, "old.json", report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->added, ==, 0);
  g_assert_cmpuint (report->updated, ==, 0);
  g_assert_cmpuint (report->conflicts->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (report->conflicts, 0), "annotations[0]"));
  merged = dm_store_lookup_annotation (fixture->store, dm_annotation_get_uuid (annotation), &error);
  g_assert_cmpstr (dm_annotation_get_note (merged), ==, "second reading");
  g_clear_object (&merged);

  /* Going back in time in a fresh store, then merging the newer set: it wins. */
  g_assert_true (dm_store_remove_article (fixture->store, dm_article_get_uuid (article), &error));
  g_assert_true (dm_json_set_import_data (fixture->store, old_set, -1, "old.json", NULL, &error));
  dm_import_report_free (g_steal_pointer (&report));
  report = dm_import_report_new ();
  g_assert_true (dm_json_set_import_data (fixture->store, new_set, -1, "new.json", report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->updated, ==, 1);
  merged = dm_store_lookup_annotation (fixture->store, dm_annotation_get_uuid (annotation), &error);
  g_assert_cmpstr (dm_annotation_get_note (merged), ==, "second reading");
}

typedef struct
{
  const char *name;
  const char *json;
  const char *expect;
} BadSet;

static void
test_store_json_bad (Fixture       *fixture,
                     gconstpointer  data)
{
  static const BadSet cases[] = {
    { "truncated", "{\"format\": \"demarche-annotated-set\", \"version\": 1, \"actors\": [", "not valid JSON" },
    { "not-object", "[1, 2, 3]", "not a Demarche annotated set" },
    { "wrong-format", "{\"format\": \"something-else\", \"version\": 1}", "not a Demarche annotated set" },
    { "wrong-version", "{\"format\": \"demarche-annotated-set\", \"version\": 7}", "version 7 is not supported" },
    { "no-version", "{\"format\": \"demarche-annotated-set\"}", "version missing" },
    { "dangling-actor",
      "{\"format\": \"demarche-annotated-set\", \"version\": 1, \"articles\": [{\"uuid\": "
      "\"11111111-1111-4111-8111-111111111111\", \"body\": \"Some text here.\", \"created\": \"2026-01-01T00:00:00Z\","
      " \"updated\": \"2026-01-01T00:00:00Z\"}], \"annotations\": [{\"uuid\": \"22222222-2222-4222-8222-222222222222\","
      " \"article\": \"11111111-1111-4111-8111-111111111111\", \"start\": 0, \"end\": 4, \"quote\": \"Some\","
      " \"actors\": [\"33333333-3333-4333-8333-333333333333\"], \"created\": \"2026-01-01T00:00:00Z\","
      " \"updated\": \"2026-01-01T00:00:00Z\"}]}",
      "annotations[0]: actors[0]: unknown actor uuid 33333333-3333-4333-8333-333333333333" },
    { "duplicate-uuid",
      "{\"format\": \"demarche-annotated-set\", \"version\": 1, \"topics\": ["
      "{\"uuid\": \"44444444-4444-4444-8444-444444444444\", \"name\": \"A\", \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\"},"
      "{\"uuid\": \"44444444-4444-4444-8444-444444444444\", \"name\": \"B\", \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\"}]}",
      "topics[1]: uuid 44444444-4444-4444-8444-444444444444 is already used by topics[0]" },
    { "offsets",
      "{\"format\": \"demarche-annotated-set\", \"version\": 1, \"actors\": [{\"uuid\": \"33333333-3333-4333-8333-333333333333\","
      " \"name\": \"X\", \"kind\": \"state\", \"created\": \"2026-01-01T00:00:00Z\", \"updated\": \"2026-01-01T00:00:00Z\"}],"
      " \"articles\": [{\"uuid\": \"11111111-1111-4111-8111-111111111111\", \"body\": \"Short.\", \"created\": \"2026-01-01T00:00:00Z\","
      " \"updated\": \"2026-01-01T00:00:00Z\"}], \"annotations\": [{\"uuid\": \"22222222-2222-4222-8222-222222222222\","
      " \"article\": \"11111111-1111-4111-8111-111111111111\", \"start\": 2, \"end\": 400, \"quote\": \"ort.\","
      " \"actors\": [\"33333333-3333-4333-8333-333333333333\"], \"created\": \"2026-01-01T00:00:00Z\","
      " \"updated\": \"2026-01-01T00:00:00Z\"}]}",
      "annotations[0]: span 2–400 is outside the article text" },
    { "bad-type", "{\"format\": \"demarche-annotated-set\", \"version\": 1, \"actors\": {}}", "actors: must be a list" },
  };
  g_autofree char *before = NULL;

  g_assert_true (dm_store_seed_defaults (fixture->store, NULL));
  before = export_all (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *after = NULL;

      g_test_message ("case %s", cases[i].name);
      g_assert_false (dm_json_set_import_data (fixture->store, cases[i].json, -1, "set.json", NULL, &error));
      g_assert_nonnull (error);
      g_assert_true (g_str_has_prefix (error->message, "set.json: "));
      if (strstr (error->message, cases[i].expect) == NULL)
        g_error ("case %s: “%s” does not say “%s”", cases[i].name, error->message, cases[i].expect);

      after = export_all (fixture->store);
      g_assert_cmpstr (before, ==, after);
    }

  /* Invalid UTF-8 and binary data. */
  {
    g_autoptr(GError) error = NULL;
    const char binary[] = { '{', 0, 1, 2, '}' };
    const char latin1[] = "{\"format\": \"caf\xe9\"}";

    g_assert_false (dm_json_set_import_data (fixture->store, binary, sizeof binary, "blob.bin", NULL, &error));
    g_assert_nonnull (strstr (error->message, "binary"));
    g_clear_error (&error);
    g_assert_false (dm_json_set_import_data (fixture->store, latin1, -1, "latin1.json", NULL, &error));
    g_assert_nonnull (strstr (error->message, "UTF-8"));
  }
}

/* A quote at the very start of the text has an empty prefix: importing the
 * same set again must see identical rows, not a conflict. */
static void
test_store_json_empty_context (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(DmArticle) article = make_article ("Edge", NULL, "Whole text is the quote.");
  g_autoptr(DmActor) china = add_actor (fixture->store, "China", DM_ACTOR_KIND_STATE);
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(DmImportReport) report = dm_import_report_new ();
  g_autofree char *set = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dm_store_add_article (fixture->store, article, &error));
  annotation = annotate (fixture->store, article, "Whole text is the quote.", dm_actor_get_uuid (china),
                         NULL, DM_POLARITY_NEUTRAL);
  g_assert_cmpstr (dm_annotation_get_prefix (annotation), ==, "");
  g_assert_cmpstr (dm_annotation_get_suffix (annotation), ==, "");

  set = export_all (fixture->store);
  g_assert_true (dm_json_set_import_data (fixture->store, set, -1, "same.json", report, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (report->conflicts->len, ==, 0);
  g_assert_cmpuint (report->added, ==, 0);
  g_assert_cmpuint (report->updated, ==, 0);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/Store/schema", test_store_schema);
  ADD ("/core/Store/articles", test_store_articles);
  ADD ("/core/Store/article-invalid", test_store_article_invalid);
  ADD ("/core/Store/actors", test_store_actors);
  ADD ("/core/Store/topics", test_store_topics);
  ADD ("/core/Store/annotations", test_store_annotations);
  ADD ("/core/Store/annotation-invalid", test_store_annotation_invalid);
  ADD ("/core/Store/annotation-multibyte", test_store_annotation_multibyte);
  ADD ("/core/Store/search", test_store_search);
  ADD ("/core/Store/seed", test_store_seed);
  ADD ("/core/StoreList/articles", test_store_list_articles);
  ADD ("/core/StoreList/annotations", test_store_list_annotations);
  ADD ("/core/Store/bad/not-sqlite", test_store_not_sqlite);
  ADD ("/core/Store/bad/foreign-sqlite", test_store_foreign_sqlite);
  ADD ("/core/Store/bad/newer-schema", test_store_newer_schema);
  ADD ("/core/Store/bad/locked", test_store_locked);
  ADD ("/core/Store/bad/disk-full", test_store_disk_full);
  ADD ("/core/JsonSet/round-trip", test_store_json_round_trip);
  ADD ("/core/JsonSet/merge", test_store_json_merge);
  ADD ("/core/JsonSet/bad-input", test_store_json_bad);
  ADD ("/core/JsonSet/empty-context", test_store_json_empty_context);
#undef ADD
  g_test_add_func ("/core/Store/open-default", test_store_open_default);
  g_test_add_func ("/core/Schema/migrate-v1", test_store_migrate_v1);

  return g_test_run ();
}
