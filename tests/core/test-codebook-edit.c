/* test-codebook-edit.c - merging actors and topics
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "demarche-core.h"

#define BODY \
  "Beijing called for a ceasefire. China and Beijing said talks must start. " \
  "Borrell blamed Beijing for its silence. The EU wants a credible plan. " \
  "Qin Gang met Aleinik in Minsk."

typedef struct
{
  char        *dir;
  DmStore     *store;
  DmUndoStack *undo;
  DmArticle   *article;
  DmActor     *china;
  DmActor     *beijing;
  DmActor     *eu;
  DmActor     *qin_gang;
  DmActor     *wang_yi;
  DmTopic     *war;
  DmTopic     *talks;
  DmTopic     *ceasefire;
  DmTopic     *duplicate;
  DmTopic     *front_line;
  char        *only_beijing;   /* speakers: Beijing */
  char        *both;           /* speakers: China, Beijing */
  char        *blame;          /* speaker: EU; target: Beijing */
  char        *untouched;      /* speaker: EU */
  char        *qin_meeting;    /* speaker: Qin Gang */
} Fixture;

/* Helpers {{{ */

static char *
snapshot (DmStore *store)
{
  g_autoptr(GError) error = NULL;
  char *json = dm_json_set_export (store, NULL, &error);

  g_assert_no_error (error);
  return json;
}

static DmActor *
add_actor (Fixture            *fixture,
           const char         *name,
           DmActorKind         kind,
           const char * const *aliases,
           const char * const *demonyms)
{
  g_autoptr(GError) error = NULL;
  DmActor *actor = dm_actor_new (name, kind);

  dm_actor_set_aliases (actor, aliases);
  dm_actor_set_demonyms (actor, demonyms);
  g_assert_true (dm_store_add_actor (fixture->store, actor, &error));
  g_assert_no_error (error);

  return actor;
}

static DmTopic *
add_topic (Fixture    *fixture,
           const char *name,
           DmTopic    *parent)
{
  g_autoptr(GError) error = NULL;
  DmTopic *topic = dm_topic_new (name, parent != NULL ? dm_topic_get_uuid (parent) : NULL);

  g_assert_true (dm_store_add_topic (fixture->store, topic, &error));
  g_assert_no_error (error);

  return topic;
}

static char *
annotate (Fixture    *fixture,
          const char *quote,
          DmActor    *speaker,
          DmActor    *second_speaker,
          DmActor    *target,
          DmTopic    *topic)
{
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  const char *speakers[] = { dm_actor_get_uuid (speaker),
                             second_speaker != NULL ? dm_actor_get_uuid (second_speaker) : NULL,
                             NULL };
  const char *targets[] = { target != NULL ? dm_actor_get_uuid (target) : NULL, NULL };
  guint start, end;

  g_assert_true (dm_article_find_quote (fixture->article, quote, 0, &start, &end));
  annotation = dm_annotation_new (dm_article_get_uuid (fixture->article), start, end);
  dm_annotation_set_actor_uuids (annotation, speakers);
  dm_annotation_set_target_uuids (annotation, targets);
  dm_annotation_set_topic_uuid (annotation, topic != NULL ? dm_topic_get_uuid (topic) : NULL);
  dm_annotation_set_polarity (annotation, DM_POLARITY_SUPPORTS);
  g_assert_true (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_no_error (error);

  return g_strdup (dm_annotation_get_uuid (annotation));
}

static DmAnnotation *
lookup_annotation (Fixture    *fixture,
                   const char *uuid)
{
  g_autoptr(GError) error = NULL;
  DmAnnotation *annotation = dm_store_lookup_annotation (fixture->store, uuid, &error);

  g_assert_no_error (error);
  return annotation;
}

static DmActor *
lookup_actor (Fixture *fixture,
              DmActor *actor)
{
  g_autoptr(GError) error = NULL;
  DmActor *found = dm_store_lookup_actor (fixture->store, dm_actor_get_uuid (actor), &error);

  g_assert_no_error (error);
  return found;
}

static DmTopic *
lookup_topic (Fixture *fixture,
              DmTopic *topic)
{
  g_autoptr(GError) error = NULL;
  DmTopic *found = dm_store_lookup_topic (fixture->store, dm_topic_get_uuid (topic), &error);

  g_assert_no_error (error);
  return found;
}

static void
assert_uuids (const char * const *uuids,
              DmActor            *first,
              DmActor            *second)
{
  g_assert_nonnull (uuids);
  g_assert_cmpstr (uuids[0], ==, dm_actor_get_uuid (first));
  if (second != NULL)
    {
      g_assert_cmpstr (uuids[1], ==, dm_actor_get_uuid (second));
      g_assert_null (uuids[2]);
    }
  else
    {
      g_assert_null (uuids[1]);
    }
}

static void
add_role (DmActor    *person,
          DmActor    *represented,
          const char *role,
          const char *from,
          const char *until)
{
  g_autoptr(DmRepresentation) rep = dm_representation_new (dm_actor_get_uuid (represented), role, from, until);

  dm_actor_add_representation (person, rep);
}

/* }}} */

/* Fixture {{{ */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  const char *china_aliases[] = { "People's Republic of China", NULL };
  const char *china_demonyms[] = { "Chinese", NULL };
  const char *beijing_aliases[] = { "Chinese government", "PRC", NULL };
  const char *beijing_demonyms[] = { "Chinese", "Sino-", NULL };

  fixture->dir = g_dir_make_tmp ("demarche-codebook-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "codebook.db", NULL);
  fixture->store = dm_store_open (path, &error);
  g_assert_no_error (error);

  fixture->article = dm_article_new ();
  dm_article_set_title (fixture->article, "Peace talks");
  dm_article_set_published (fixture->article, "2023-02-24");
  dm_article_set_body (fixture->article, BODY);
  g_assert_true (dm_store_add_article (fixture->store, fixture->article, &error));
  g_assert_no_error (error);

  fixture->china = add_actor (fixture, "China", DM_ACTOR_KIND_STATE, china_aliases, china_demonyms);
  fixture->beijing = add_actor (fixture, "Beijing", DM_ACTOR_KIND_STATE, beijing_aliases, beijing_demonyms);
  dm_actor_set_capital (fixture->beijing, "Beijing");
  dm_actor_set_code (fixture->beijing, "CHN");
  g_assert_true (dm_store_update_actor (fixture->store, fixture->beijing, &error));
  fixture->eu = add_actor (fixture, "European Union", DM_ACTOR_KIND_ORGANISATION, NULL, NULL);

  /* Qin Gang was coded as speaking for "Beijing"; Wang Yi for China. */
  fixture->qin_gang = dm_actor_new ("Qin Gang", DM_ACTOR_KIND_PERSON);
  add_role (fixture->qin_gang, fixture->beijing, "Minister of Foreign Affairs", "2022-12-30", "2023-07-25");
  g_assert_true (dm_store_add_actor (fixture->store, fixture->qin_gang, &error));
  fixture->wang_yi = dm_actor_new ("Wang Yi", DM_ACTOR_KIND_PERSON);
  add_role (fixture->wang_yi, fixture->china, "Director of the Foreign Affairs Commission", "2023-01-01", NULL);
  g_assert_true (dm_store_add_actor (fixture->store, fixture->wang_yi, &error));
  g_assert_no_error (error);

  fixture->war = add_topic (fixture, "Ukraine war", NULL);
  fixture->talks = add_topic (fixture, "Peace talks", fixture->war);
  fixture->ceasefire = add_topic (fixture, "Ceasefire", fixture->war);
  fixture->duplicate = add_topic (fixture, "Ukraine: ceasefire", NULL);
  fixture->front_line = add_topic (fixture, "Front line", fixture->duplicate);

  fixture->only_beijing = annotate (fixture, "called for a ceasefire", fixture->beijing, NULL, NULL, fixture->duplicate);
  fixture->both = annotate (fixture, "said talks must start", fixture->china, fixture->beijing, NULL, fixture->talks);
  fixture->blame = annotate (fixture, "blamed Beijing for its silence", fixture->eu, NULL, fixture->beijing, fixture->duplicate);
  fixture->untouched = annotate (fixture, "wants a credible plan", fixture->eu, NULL, NULL, fixture->ceasefire);
  fixture->qin_meeting = annotate (fixture, "met Aleinik in Minsk", fixture->qin_gang, NULL, NULL, NULL);

  /* Recording starts here: the set-up is not undoable. */
  fixture->undo = dm_store_get_undo_stack (fixture->store);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->article);
  g_clear_object (&fixture->china);
  g_clear_object (&fixture->beijing);
  g_clear_object (&fixture->eu);
  g_clear_object (&fixture->qin_gang);
  g_clear_object (&fixture->wang_yi);
  g_clear_object (&fixture->war);
  g_clear_object (&fixture->talks);
  g_clear_object (&fixture->ceasefire);
  g_clear_object (&fixture->duplicate);
  g_clear_object (&fixture->front_line);
  g_clear_object (&fixture->store);
  g_free (fixture->only_beijing);
  g_free (fixture->both);
  g_free (fixture->blame);
  g_free (fixture->untouched);
  g_free (fixture->qin_meeting);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* }}} */

/* Actors {{{ */

static void
test_count_actor_uses (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* As speaker (twice, once jointly) and as target. */
  g_assert_cmpuint (dm_codebook_count_actor_uses (fixture->store, dm_actor_get_uuid (fixture->beijing), &error), ==, 3);
  g_assert_no_error (error);
  g_assert_cmpuint (dm_codebook_count_actor_uses (fixture->store, dm_actor_get_uuid (fixture->eu), &error), ==, 2);
  g_assert_cmpuint (dm_codebook_count_actor_uses (fixture->store, dm_actor_get_uuid (fixture->wang_yi), &error), ==, 0);
  g_assert_no_error (error);

  /* Qin Gang speaks for Beijing; Beijing holds no role of its own. */
  g_assert_cmpuint (dm_codebook_count_actor_links (fixture->store, dm_actor_get_uuid (fixture->beijing), &error), ==, 1);
  g_assert_cmpuint (dm_codebook_count_actor_links (fixture->store, dm_actor_get_uuid (fixture->qin_gang), &error), ==, 1);
  g_assert_cmpuint (dm_codebook_count_actor_links (fixture->store, dm_actor_get_uuid (fixture->eu), &error), ==, 0);
  g_assert_no_error (error);

  g_assert_cmpuint (dm_codebook_count_actor_uses (fixture->store, "00000000-0000-4000-8000-000000000000", &error), ==, 0);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
}

static void
test_merge_actors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmAnnotation) only_beijing = NULL;
  g_autoptr(DmAnnotation) both = NULL;
  g_autoptr(DmAnnotation) blame = NULL;
  g_autoptr(DmAnnotation) untouched = NULL;
  g_autoptr(DmAnnotation) untouched_before = lookup_annotation (fixture, fixture->untouched);
  g_autoptr(DmActor) china = NULL;
  g_autoptr(DmActor) qin_gang = NULL;
  g_autoptr(DmActor) gone = NULL;
  g_autoptr(GListModel) actors = dm_store_list_actors (fixture->store);
  const DmRepresentation *rep;
  const char * const *aliases;
  const char * const *demonyms;
  guint n_moved = 0;

  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 5);

  g_assert_true (dm_codebook_merge_actors (fixture->store,
                                           dm_actor_get_uuid (fixture->beijing),
                                           dm_actor_get_uuid (fixture->china),
                                           &n_moved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_moved, ==, 3);

  /* The source is gone, and the live list saw it go. */
  gone = dm_store_lookup_actor (fixture->store, dm_actor_get_uuid (fixture->beijing), &error);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (actors), ==, 4);

  /* Annotations moved; the joint statement names China once. */
  only_beijing = lookup_annotation (fixture, fixture->only_beijing);
  both = lookup_annotation (fixture, fixture->both);
  blame = lookup_annotation (fixture, fixture->blame);
  untouched = lookup_annotation (fixture, fixture->untouched);
  assert_uuids (dm_annotation_get_actor_uuids (only_beijing), fixture->china, NULL);
  assert_uuids (dm_annotation_get_actor_uuids (both), fixture->china, NULL);
  assert_uuids (dm_annotation_get_actor_uuids (blame), fixture->eu, NULL);
  assert_uuids (dm_annotation_get_target_uuids (blame), fixture->china, NULL);
  assert_uuids (dm_annotation_get_actor_uuids (untouched), fixture->eu, NULL);
  g_assert_cmpstr (dm_annotation_get_updated (untouched), ==, dm_annotation_get_updated (untouched_before));
  g_assert_cmpuint (dm_codebook_count_actor_uses (fixture->store, dm_actor_get_uuid (fixture->china), &error), ==, 3);

  /* Qin Gang now speaks for China, with his role and dates. */
  qin_gang = lookup_actor (fixture, fixture->qin_gang);
  g_assert_cmpuint (dm_actor_get_representations (qin_gang)->len, ==, 1);
  rep = g_ptr_array_index (dm_actor_get_representations (qin_gang), 0);
  g_assert_cmpstr (rep->actor_uuid, ==, dm_actor_get_uuid (fixture->china));
  g_assert_cmpstr (rep->role, ==, "Minister of Foreign Affairs");
  g_assert_cmpstr (rep->from, ==, "2022-12-30");
  g_assert_cmpstr (rep->until, ==, "2023-07-25");

  /* China keeps its name and gains Beijing's names, without repeats. */
  china = lookup_actor (fixture, fixture->china);
  g_assert_cmpstr (dm_actor_get_name (china), ==, "China");
  aliases = dm_actor_get_aliases (china);
  g_assert_cmpuint (g_strv_length ((char **) aliases), ==, 4);
  g_assert_cmpstr (aliases[0], ==, "People's Republic of China");
  g_assert_cmpstr (aliases[1], ==, "Beijing");
  g_assert_cmpstr (aliases[2], ==, "Chinese government");
  g_assert_cmpstr (aliases[3], ==, "PRC");
  demonyms = dm_actor_get_demonyms (china);
  g_assert_cmpuint (g_strv_length ((char **) demonyms), ==, 2);
  g_assert_cmpstr (demonyms[0], ==, "Chinese");
  g_assert_cmpstr (demonyms[1], ==, "Sino-");
  g_assert_cmpstr (dm_actor_get_capital (china), ==, "Beijing");
  g_assert_cmpstr (dm_actor_get_code (china), ==, "CHN");

  /* One entry in the undo history. */
  g_assert_true (dm_undo_stack_get_can_undo (fixture->undo));
  g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
  g_assert_false (dm_undo_stack_get_can_undo (fixture->undo));
}

static void
test_merge_actors_undo (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *merged = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(DmAnnotation) both = NULL;

  g_assert_true (dm_codebook_merge_actors (fixture->store,
                                           dm_actor_get_uuid (fixture->beijing),
                                           dm_actor_get_uuid (fixture->china),
                                           NULL, &error));
  g_assert_no_error (error);
  merged = snapshot (fixture->store);
  g_assert_cmpstr (merged, !=, before);

  /* One Ctrl+Z brings back Beijing, its annotations and Qin Gang's role. */
  g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
  undone = snapshot (fixture->store);
  g_assert_cmpstr (undone, ==, before);

  both = lookup_annotation (fixture, fixture->both);
  assert_uuids (dm_annotation_get_actor_uuids (both), fixture->china, fixture->beijing);

  g_assert_true (dm_undo_stack_redo (fixture->undo, &error));
  g_assert_no_error (error);
  redone = snapshot (fixture->store);
  g_assert_cmpstr (redone, ==, merged);
}

/* A person coded twice: the duplicate's roles move over, an identical one
 * is kept once, and a role "representing" the target is dropped. */
static void
test_merge_actors_roles (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmActor) duplicate = dm_actor_new ("Q. Gang", DM_ACTOR_KIND_PERSON);
  g_autoptr(DmActor) qin_gang = NULL;
  GPtrArray *reps;
  const DmRepresentation *rep;
  guint n_moved = 0;

  add_role (duplicate, fixture->beijing, "Minister of Foreign Affairs", "2022-12-30", "2023-07-25");
  add_role (duplicate, fixture->china, "Ambassador to the United States", "2021-07-28", "2022-12-30");
  add_role (duplicate, fixture->qin_gang, "Alias", NULL, NULL);
  g_assert_true (dm_store_add_actor (fixture->store, duplicate, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (dm_codebook_count_actor_links (fixture->store, dm_actor_get_uuid (duplicate), &error), ==, 3);
  g_assert_true (dm_codebook_merge_actors (fixture->store,
                                           dm_actor_get_uuid (duplicate),
                                           dm_actor_get_uuid (fixture->qin_gang),
                                           &n_moved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_moved, ==, 0);

  qin_gang = lookup_actor (fixture, fixture->qin_gang);
  reps = dm_actor_get_representations (qin_gang);
  g_assert_cmpuint (reps->len, ==, 2);
  rep = g_ptr_array_index (reps, 0);
  g_assert_cmpstr (rep->actor_uuid, ==, dm_actor_get_uuid (fixture->beijing));
  rep = g_ptr_array_index (reps, 1);
  g_assert_cmpstr (rep->actor_uuid, ==, dm_actor_get_uuid (fixture->china));
  g_assert_cmpstr (rep->role, ==, "Ambassador to the United States");
  g_assert_true (g_strv_contains (dm_actor_get_aliases (qin_gang), "Q. Gang"));
}

static void
test_merge_actors_errors (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *after = NULL;
  guint n_moved = 42;

  g_assert_false (dm_codebook_merge_actors (fixture->store,
                                            dm_actor_get_uuid (fixture->china),
                                            dm_actor_get_uuid (fixture->china),
                                            &n_moved, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_assert_cmpuint (n_moved, ==, 0);
  g_clear_error (&error);

  g_assert_false (dm_codebook_merge_actors (fixture->store,
                                            dm_actor_get_uuid (fixture->beijing),
                                            "00000000-0000-4000-8000-000000000000",
                                            &n_moved, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Deleting an actor in use is refused; merging is the way. */
  g_assert_false (dm_store_remove_actor (fixture->store, dm_actor_get_uuid (fixture->beijing), &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_CONFLICT);
  g_clear_error (&error);

  after = snapshot (fixture->store);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (dm_undo_stack_get_can_undo (fixture->undo));
}

/* }}} */

/* Topics {{{ */

static void
test_count_topic_uses (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (dm_codebook_count_topic_uses (fixture->store, dm_topic_get_uuid (fixture->duplicate), &error), ==, 2);
  g_assert_cmpuint (dm_codebook_count_topic_uses (fixture->store, dm_topic_get_uuid (fixture->war), &error), ==, 0);
  g_assert_cmpuint (dm_codebook_count_topic_children (fixture->store, dm_topic_get_uuid (fixture->war), &error), ==, 2);
  g_assert_cmpuint (dm_codebook_count_topic_children (fixture->store, dm_topic_get_uuid (fixture->duplicate), &error), ==, 1);
  g_assert_no_error (error);

  g_assert_cmpuint (dm_codebook_count_topic_children (fixture->store, "00000000-0000-4000-8000-000000000000", &error), ==, 0);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
}

static void
test_merge_topics (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *undone = NULL;
  g_autoptr(DmAnnotation) only_beijing = NULL;
  g_autoptr(DmAnnotation) blame = NULL;
  g_autoptr(DmTopic) front_line = NULL;
  g_autoptr(DmTopic) gone = NULL;
  guint n_moved = 0;

  g_assert_true (dm_codebook_merge_topics (fixture->store,
                                           dm_topic_get_uuid (fixture->duplicate),
                                           dm_topic_get_uuid (fixture->ceasefire),
                                           &n_moved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_moved, ==, 2);

  only_beijing = lookup_annotation (fixture, fixture->only_beijing);
  blame = lookup_annotation (fixture, fixture->blame);
  g_assert_cmpstr (dm_annotation_get_topic_uuid (only_beijing), ==, dm_topic_get_uuid (fixture->ceasefire));
  g_assert_cmpstr (dm_annotation_get_topic_uuid (blame), ==, dm_topic_get_uuid (fixture->ceasefire));
  g_assert_cmpuint (dm_codebook_count_topic_uses (fixture->store, dm_topic_get_uuid (fixture->ceasefire), &error), ==, 3);

  front_line = lookup_topic (fixture, fixture->front_line);
  g_assert_cmpstr (dm_topic_get_parent_uuid (front_line), ==, dm_topic_get_uuid (fixture->ceasefire));
  g_assert_cmpstr (dm_topic_get_path (front_line), ==, "Ukraine war › Ceasefire › Front line");

  gone = dm_store_lookup_topic (fixture->store, dm_topic_get_uuid (fixture->duplicate), &error);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);

  g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
  undone = snapshot (fixture->store);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (dm_undo_stack_get_can_undo (fixture->undo));
}

/* Merging a topic into its own sub-topic lifts the sub-topic first. */
static void
test_merge_topics_into_child (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmTopic) talks = NULL;
  g_autoptr(DmTopic) ceasefire = NULL;

  g_assert_true (dm_codebook_merge_topics (fixture->store,
                                           dm_topic_get_uuid (fixture->war),
                                           dm_topic_get_uuid (fixture->talks),
                                           NULL, &error));
  g_assert_no_error (error);

  talks = lookup_topic (fixture, fixture->talks);
  ceasefire = lookup_topic (fixture, fixture->ceasefire);
  g_assert_null (dm_topic_get_parent_uuid (talks));
  g_assert_cmpstr (dm_topic_get_parent_uuid (ceasefire), ==, dm_topic_get_uuid (fixture->talks));
}

static void
test_merge_topics_errors (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *after = NULL;

  g_assert_false (dm_codebook_merge_topics (fixture->store,
                                            dm_topic_get_uuid (fixture->war),
                                            dm_topic_get_uuid (fixture->war),
                                            NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_false (dm_codebook_merge_topics (fixture->store,
                                            "00000000-0000-4000-8000-000000000000",
                                            dm_topic_get_uuid (fixture->war),
                                            NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);

  after = snapshot (fixture->store);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (dm_undo_stack_get_can_undo (fixture->undo));
}

/* }}} */

/* Names {{{ */

static void
test_parse_names (void)
{
  g_auto(GStrv) names = dm_codebook_parse_names ("  Beijing \n\nPRC\nbeijing\n Chinese government\r\n");
  g_auto(GStrv) none = dm_codebook_parse_names (NULL);
  g_autofree char *text = NULL;

  g_assert_cmpuint (g_strv_length (names), ==, 3);
  g_assert_cmpstr (names[0], ==, "Beijing");
  g_assert_cmpstr (names[1], ==, "PRC");
  g_assert_cmpstr (names[2], ==, "Chinese government");
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  text = dm_codebook_format_names ((const char * const *) names);
  g_assert_cmpstr (text, ==, "Beijing\nPRC\nChinese government");
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/Codebook/count-actor-uses", test_count_actor_uses);
  ADD ("/core/Codebook/merge-actors", test_merge_actors);
  ADD ("/core/Codebook/merge-actors-undo", test_merge_actors_undo);
  ADD ("/core/Codebook/merge-actors-roles", test_merge_actors_roles);
  ADD ("/core/Codebook/merge-actors-errors", test_merge_actors_errors);
  ADD ("/core/Codebook/count-topic-uses", test_count_topic_uses);
  ADD ("/core/Codebook/merge-topics", test_merge_topics);
  ADD ("/core/Codebook/merge-topics-into-child", test_merge_topics_into_child);
  ADD ("/core/Codebook/merge-topics-errors", test_merge_topics_errors);
#undef ADD
  g_test_add_func ("/core/Codebook/parse-names", test_parse_names);

  return g_test_run ();
}
