/* test-annotation-panel-state.c - the annotation panel's logic, no display
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "demarche-core.h"
#include "dm-actor-choice.h"
#include "dm-annotation-panel-state.h"
#include "dm-workspace.h"

/* The sample article the default database starts with (dm-store.c). */
#define SAMPLE_TITLE "Belarus and China back peace talks on Ukraine"

typedef struct
{
  char                   *dir;
  DmStore                *store;
  DmWorkspace            *workspace;
  DmAnnotationPanelState *state;
  char                   *article_uuid;
} Fixture;

/* Helpers {{{ */

static const char *
actor_uuid (Fixture    *fixture,
            const char *name)
{
  g_autoptr(DmActor) actor = NULL;
  g_autoptr(GError) error = NULL;
  DmActor *known;

  actor = dm_store_resolve_actor (fixture->store, name, &error);
  g_assert_no_error (error);

  /* Borrowed from the workspace's codebook, which outlives the test. */
  known = dm_workspace_lookup_actor (fixture->workspace, dm_actor_get_uuid (actor));
  g_assert_nonnull (known);

  return dm_actor_get_uuid (known);
}

static DmActorChoice *
get_choice (Fixture *fixture,
            guint    position)
{
  GListModel *choices = dm_annotation_panel_state_get_choices (fixture->state);
  DmActorChoice *choice = g_list_model_get_item (choices, position);

  g_assert_nonnull (choice);
  g_object_unref (choice);

  return choice;
}

static guint
count_choices (Fixture *fixture)
{
  return g_list_model_get_n_items (dm_annotation_panel_state_get_choices (fixture->state));
}

static const DmSentence *
get_sentence (Fixture *fixture,
              guint    index)
{
  GArray *sentences = dm_workspace_get_sentences (fixture->workspace);

  g_assert_nonnull (sentences);
  g_assert_cmpuint (index, <, sentences->len);

  return &g_array_index (sentences, DmSentence, index);
}

static guint
count_annotations (Fixture *fixture)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GError) error = NULL;

  annotations = dm_store_dup_annotations (fixture->store, fixture->article_uuid, &error);
  g_assert_no_error (error);

  return annotations->len;
}

static void
add_annotation (Fixture    *fixture,
                guint       sentence,
                const char *actor)
{
  const DmSentence *span = get_sentence (fixture, sentence);
  g_autoptr(DmAnnotation) annotation = dm_annotation_new (fixture->article_uuid, span->start, span->end);
  const char *actors[] = { actor, NULL };
  g_autoptr(GError) error = NULL;

  dm_annotation_set_actor_uuids (annotation, actors);
  dm_store_add_annotation (fixture->store, annotation, &error);
  g_assert_no_error (error);
}

static void
load_sample (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  dm_workspace_load_article (fixture->workspace, fixture->article_uuid, &error);
  g_assert_no_error (error);
}

/* }}} */

/* Fixture {{{ */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-app-test-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.db", NULL);

  fixture->store = dm_store_open (path, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (fixture->store, &error);
  g_assert_no_error (error);

  articles = dm_store_dup_articles (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpstr (dm_article_get_title (g_ptr_array_index (articles, 0)), ==, SAMPLE_TITLE);
  fixture->article_uuid = g_strdup (dm_article_get_uuid (g_ptr_array_index (articles, 0)));

  /* Record from here on, as the window does. */
  dm_store_get_undo_stack (fixture->store);

  fixture->workspace = dm_workspace_new (fixture->store);
  fixture->state = dm_annotation_panel_state_new (fixture->workspace);
  dm_annotation_panel_state_set_coder (fixture->state, "Test Coder");
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "test.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);

  g_assert_finalize_object (fixture->state);
  g_assert_finalize_object (fixture->workspace);
  g_assert_finalize_object (fixture->store);

  g_remove (path);
  g_remove (wal);
  g_remove (shm);
  g_rmdir (fixture->dir);

  g_free (fixture->article_uuid);
  g_free (fixture->dir);
}

/* }}} */

/* Tests {{{ */

static void
test_nothing_selected (Fixture       *fixture,
                       gconstpointer  data)
{
  /* No article, then an article without a selection: all off. */
  for (guint round = 0; round < 2; round++)
    {
      g_assert_false (dm_annotation_panel_state_get_has_target (fixture->state));
      g_assert_false (dm_annotation_panel_state_get_editing (fixture->state));
      g_assert_false (dm_annotation_panel_state_get_can_save (fixture->state));
      g_assert_false (dm_annotation_panel_state_get_can_update (fixture->state));
      g_assert_false (dm_annotation_panel_state_get_can_delete (fixture->state));
      g_assert_cmpuint (count_choices (fixture), ==, 0);
      g_assert_null (dm_annotation_panel_state_get_quote (fixture->state));
      g_assert_cmpstr (dm_annotation_panel_state_get_title (fixture->state), ==, "Nothing Selected");
      g_assert_false (dm_annotation_panel_state_toggle_actor (fixture->state, actor_uuid (fixture, "China")));
      g_assert_null (dm_annotation_panel_state_build_annotation (fixture->state));

      load_sample (fixture);
    }
}

static void
test_mentions_first (Fixture       *fixture,
                     gconstpointer  data)
{
  const char *body;
  const DmSentence *first;
  g_auto(GStrv) mentioned = NULL;
  g_autofree char *quote = NULL;
  const char *eu;
  guint n_mentioned;

  load_sample (fixture);

  /* The EU is not named in the first sentence, but coded elsewhere. */
  eu = actor_uuid (fixture, "European Union");
  add_annotation (fixture, 5, eu);

  first = get_sentence (fixture, 0);
  dm_workspace_select_sentence (fixture->workspace, 0);

  body = dm_article_get_body (dm_workspace_get_article (fixture->workspace));
  mentioned = dm_mention_finder_suggest_actors (dm_workspace_get_mention_finder (fixture->workspace),
                                                body, first->start, first->end);
  n_mentioned = g_strv_length (mentioned);

  /* "…of Belarus, Sergei Aleinik, and China, Qin Gang, …" */
  g_assert_cmpuint (n_mentioned, >=, 4);
  g_assert_cmpstr (mentioned[0], ==, actor_uuid (fixture, "Belarus"));
  g_assert_true (g_strv_contains ((const char * const *) mentioned, actor_uuid (fixture, "China")));

  g_assert_true (dm_annotation_panel_state_get_has_target (fixture->state));
  g_assert_cmpstr (dm_annotation_panel_state_get_title (fixture->state), ==, "New Annotation");
  quote = dm_article_dup_text_range (dm_workspace_get_article (fixture->workspace), first->start, first->end);
  g_assert_cmpstr (dm_annotation_panel_state_get_quote (fixture->state), ==, quote);
  g_assert_true (g_str_has_prefix (quote, "The Ministers of Foreign Affairs of Belarus"));

  /* Mentions in the span first, in the order of the text, numbered from 1;
   * then the actors the article's annotations use. */
  g_assert_cmpuint (count_choices (fixture), ==, n_mentioned + 1);
  for (guint i = 0; i < n_mentioned; i++)
    {
      DmActorChoice *choice = get_choice (fixture, i);

      g_assert_cmpstr (dm_actor_choice_get_uuid (choice), ==, mentioned[i]);
      g_assert_true (dm_actor_choice_get_mentioned (choice));
      g_assert_false (dm_actor_choice_get_chosen (choice));
      g_assert_cmpuint (dm_actor_choice_get_number (choice), ==, i + 1);
    }

  g_assert_cmpstr (dm_actor_choice_get_uuid (get_choice (fixture, n_mentioned)), ==, eu);
  g_assert_false (dm_actor_choice_get_mentioned (get_choice (fixture, n_mentioned)));
  g_assert_cmpuint (dm_actor_choice_get_number (get_choice (fixture, n_mentioned)), ==, n_mentioned + 1);
}

static void
test_enablement (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(DmActorChoice) first_choice = NULL;
  g_autoptr(DmAnnotation) stored = NULL;
  g_auto(GStrv) actors = NULL;
  g_autoptr(GError) error = NULL;
  DmAnnotation *selected;
  const DmSentence *second;

  load_sample (fixture);
  second = get_sentence (fixture, 1);
  dm_workspace_select_sentence (fixture->workspace, 1);

  /* A span without actors cannot be saved. */
  g_assert_true (dm_annotation_panel_state_get_has_target (fixture->state));
  g_assert_false (dm_annotation_panel_state_get_can_save (fixture->state));
  g_assert_false (dm_annotation_panel_state_save (fixture->state, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_clear_error (&error);

  /* Digits pick and drop the numbered actors. */
  g_assert_true (dm_annotation_panel_state_pick_choice (fixture->state, 1));
  g_assert_cmpuint (dm_annotation_panel_state_get_n_actors (fixture->state), ==, 1);
  g_assert_true (dm_annotation_panel_state_get_can_save (fixture->state));
  g_assert_true (dm_actor_choice_get_chosen (get_choice (fixture, 0)));
  g_assert_true (dm_annotation_panel_state_pick_choice (fixture->state, 1));
  g_assert_false (dm_annotation_panel_state_get_can_save (fixture->state));
  g_assert_false (dm_annotation_panel_state_pick_choice (fixture->state, 0));
  g_assert_false (dm_annotation_panel_state_pick_choice (fixture->state, 9));

  /* Two actors, one from the list and one by name. */
  g_assert_true (dm_annotation_panel_state_toggle_actor (fixture->state, actor_uuid (fixture, "China")));
  g_assert_true (dm_annotation_panel_state_toggle_actor (fixture->state, actor_uuid (fixture, "Belarus")));
  dm_annotation_panel_state_set_polarity (fixture->state, DM_POLARITY_SUPPORTS);
  dm_annotation_panel_state_set_note (fixture->state, "");
  g_assert_null (dm_annotation_panel_state_get_note (fixture->state));
  g_assert_true (dm_annotation_panel_state_get_can_save (fixture->state));
  g_assert_false (dm_annotation_panel_state_get_can_update (fixture->state));
  g_assert_false (dm_annotation_panel_state_get_can_delete (fixture->state));

  first_choice = g_object_ref (get_choice (fixture, 0));
  g_assert_true (dm_annotation_panel_state_save (fixture->state, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_annotations (fixture), ==, 1);

  /* The same span, now edited: the same choices, not made anew. */
  g_assert_true (get_choice (fixture, 0) == first_choice);

  /* The new annotation is selected and being edited, unchanged. */
  selected = dm_workspace_get_selected_annotation (fixture->workspace);
  g_assert_nonnull (selected);
  g_assert_cmpuint (dm_annotation_get_start (selected), ==, second->start);
  g_assert_cmpuint (dm_annotation_get_end (selected), ==, second->end);
  g_assert_cmpstr (dm_annotation_get_coder (selected), ==, "Test Coder");
  g_assert_true (dm_annotation_panel_state_get_editing (fixture->state));
  g_assert_cmpstr (dm_annotation_panel_state_get_title (fixture->state), ==, "Edit Annotation");
  g_assert_false (dm_annotation_panel_state_get_can_save (fixture->state));
  g_assert_false (dm_annotation_panel_state_get_can_update (fixture->state));
  g_assert_true (dm_annotation_panel_state_get_can_delete (fixture->state));
  g_assert_cmpint (dm_annotation_panel_state_get_polarity (fixture->state), ==, DM_POLARITY_SUPPORTS);
  actors = dm_annotation_panel_state_dup_actor_uuids (fixture->state);
  g_assert_cmpuint (g_strv_length (actors), ==, 2);
  g_assert_cmpstr (actors[0], ==, actor_uuid (fixture, "China"));
  g_assert_cmpstr (actors[1], ==, actor_uuid (fixture, "Belarus"));

  /* An edit enables Update; updating writes it and is clean again. */
  dm_annotation_panel_state_set_polarity (fixture->state, DM_POLARITY_MIXED);
  g_assert_true (dm_annotation_panel_state_get_dirty (fixture->state));
  g_assert_true (dm_annotation_panel_state_get_can_update (fixture->state));
  g_assert_true (dm_annotation_panel_state_update (fixture->state, &error));
  g_assert_no_error (error);
  g_assert_false (dm_annotation_panel_state_get_dirty (fixture->state));
  g_assert_false (dm_annotation_panel_state_get_can_update (fixture->state));
  stored = dm_store_lookup_annotation (fixture->store,
                                       dm_annotation_get_uuid (dm_workspace_get_selected_annotation (fixture->workspace)),
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (dm_annotation_get_polarity (stored), ==, DM_POLARITY_MIXED);

  /* Dropping every actor leaves nothing to update with. */
  dm_annotation_panel_state_toggle_actor (fixture->state, actor_uuid (fixture, "China"));
  dm_annotation_panel_state_toggle_actor (fixture->state, actor_uuid (fixture, "Belarus"));
  g_assert_true (dm_annotation_panel_state_get_dirty (fixture->state));
  g_assert_false (dm_annotation_panel_state_get_can_update (fixture->state));

  /* Deleting keeps the span for a new annotation. */
  g_assert_true (dm_annotation_panel_state_delete (fixture->state, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_annotations (fixture), ==, 0);
  g_assert_false (dm_annotation_panel_state_get_editing (fixture->state));
  g_assert_true (dm_annotation_panel_state_get_has_target (fixture->state));
  g_assert_false (dm_annotation_panel_state_get_can_delete (fixture->state));
  g_assert_cmpuint (dm_annotation_panel_state_get_n_actors (fixture->state), ==, 0);
}

static void
test_topic_stays (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(DmTopic) topic = NULL;
  g_autoptr(GError) error = NULL;

  load_sample (fixture);
  topic = dm_store_resolve_topic (fixture->store, "Peace talks", &error);
  g_assert_no_error (error);

  dm_workspace_select_sentence (fixture->workspace, 0);
  dm_annotation_panel_state_pick_choice (fixture->state, 1);
  dm_annotation_panel_state_set_topic_uuid (fixture->state, dm_topic_get_uuid (topic));
  dm_annotation_panel_state_set_polarity (fixture->state, DM_POLARITY_SUPPORTS);
  dm_annotation_panel_state_set_key_quote (fixture->state, TRUE);

  /* The next sentence: a blank annotation on the same topic. */
  g_assert_true (dm_workspace_move_sentence (fixture->workspace, 1));
  g_assert_cmpuint (dm_workspace_get_selection_start (fixture->workspace), ==, get_sentence (fixture, 1)->start);
  g_assert_cmpstr (dm_annotation_panel_state_get_topic_uuid (fixture->state), ==, dm_topic_get_uuid (topic));
  g_assert_cmpint (dm_annotation_panel_state_get_polarity (fixture->state), ==, DM_POLARITY_NONE);
  g_assert_false (dm_annotation_panel_state_get_key_quote (fixture->state));
  g_assert_cmpuint (dm_annotation_panel_state_get_n_actors (fixture->state), ==, 0);

  /* A new topic, nested, is created in the codebook and chosen. */
  g_assert_true (dm_annotation_panel_state_create_topic (fixture->state, "  Prisoner exchange ",
                                                          dm_topic_get_uuid (topic), &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dm_topic_get_name (dm_workspace_lookup_topic (fixture->workspace,
                                                                 dm_annotation_panel_state_get_topic_uuid (fixture->state))),
                   ==, "Prisoner exchange");
  g_assert_false (dm_annotation_panel_state_create_topic (fixture->state, " ", NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
}

static void
test_actor_by_name (Fixture       *fixture,
                    gconstpointer  data)
{
  const char *nato;
  guint n_before;
  DmActorChoice *added;
  g_autofree char *targets = NULL;

  load_sample (fixture);
  dm_workspace_select_sentence (fixture->workspace, 0);
  n_before = count_choices (fixture);
  nato = actor_uuid (fixture, "NATO");

  /* An actor the text does not name joins the list, picked and numbered. */
  g_assert_true (dm_annotation_panel_state_toggle_actor (fixture->state, nato));
  g_assert_cmpuint (count_choices (fixture), ==, n_before + 1);
  added = get_choice (fixture, n_before);
  g_assert_cmpstr (dm_actor_choice_get_uuid (added), ==, nato);
  g_assert_true (dm_actor_choice_get_chosen (added));
  g_assert_false (dm_actor_choice_get_mentioned (added));
  g_assert_cmpuint (dm_actor_choice_get_number (added), ==, n_before + 1);

  /* Targets. */
  g_assert_true (dm_annotation_panel_state_toggle_target (fixture->state, actor_uuid (fixture, "United States")));
  g_assert_true (dm_annotation_panel_state_toggle_target (fixture->state, nato));
  targets = dm_annotation_panel_state_dup_targets_label (fixture->state);
  g_assert_cmpstr (targets, ==, "United States, NATO");
  dm_annotation_panel_state_clear_targets (fixture->state);
  g_assert_null (dm_annotation_panel_state_get_target_uuids (fixture->state)[0]);
}

static void
test_undo_leaves_span (Fixture       *fixture,
                       gconstpointer  data)
{
  DmUndoStack *undo = dm_store_get_undo_stack (fixture->store);
  g_autoptr(GError) error = NULL;

  load_sample (fixture);
  dm_workspace_select_sentence (fixture->workspace, 2);
  dm_annotation_panel_state_pick_choice (fixture->state, 1);
  g_assert_true (dm_annotation_panel_state_save (fixture->state, &error));
  g_assert_no_error (error);
  g_assert_true (dm_annotation_panel_state_get_editing (fixture->state));
  g_assert_cmpstr (dm_undo_stack_get_undo_label (undo), ==, "Add annotation");

  /* Undone: the span is still there to code again, blank. */
  g_assert_true (dm_undo_stack_undo (undo, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_annotations (fixture), ==, 0);
  g_assert_null (dm_workspace_get_selected_annotation (fixture->workspace));
  g_assert_false (dm_annotation_panel_state_get_editing (fixture->state));
  g_assert_true (dm_annotation_panel_state_get_has_target (fixture->state));
  g_assert_cmpuint (dm_workspace_get_selection_start (fixture->workspace), ==, get_sentence (fixture, 2)->start);
}

static void
test_workspace_sentences (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GPtrArray) covering = NULL;
  const DmSentence *third;
  guint index;

  g_assert_false (dm_workspace_move_sentence (fixture->workspace, 1));
  load_sample (fixture);
  third = get_sentence (fixture, 2);

  /* Offsets inside a sentence find it; the space between finds none. */
  g_assert_true (dm_workspace_find_sentence (fixture->workspace, third->start, &index));
  g_assert_cmpuint (index, ==, 2);
  g_assert_true (dm_workspace_find_sentence (fixture->workspace, third->end - 1, &index));
  g_assert_cmpuint (index, ==, 2);
  g_assert_false (dm_workspace_find_sentence (fixture->workspace, get_sentence (fixture, 0)->end, &index));

  /* Moving without a selection starts at either end. */
  g_assert_true (dm_workspace_move_sentence (fixture->workspace, -1));
  g_assert_cmpuint (dm_workspace_get_selection_end (fixture->workspace), ==,
                    get_sentence (fixture, dm_workspace_get_sentences (fixture->workspace)->len - 1)->end);
  g_assert_false (dm_workspace_move_sentence (fixture->workspace, 1));
  dm_workspace_clear_selection (fixture->workspace);
  g_assert_true (dm_workspace_move_sentence (fixture->workspace, 1));
  g_assert_cmpuint (dm_workspace_get_selection_start (fixture->workspace), ==, get_sentence (fixture, 0)->start);
  g_assert_false (dm_workspace_move_sentence (fixture->workspace, -1));

  /* A span inside a sentence moves on to the next one. */
  dm_workspace_select_span (fixture->workspace, third->start + 2, third->start + 5);
  g_assert_true (dm_workspace_move_sentence (fixture->workspace, 1));
  g_assert_cmpuint (dm_workspace_get_selection_start (fixture->workspace), ==, get_sentence (fixture, 3)->start);

  /* Overlapping annotations, innermost first. */
  add_annotation (fixture, 2, actor_uuid (fixture, "China"));
  {
    g_autoptr(DmAnnotation) inner = dm_annotation_new (fixture->article_uuid, third->start + 4, third->start + 9);
    const char *actors[] = { actor_uuid (fixture, "Belarus"), NULL };
    g_autoptr(GError) error = NULL;

    dm_annotation_set_actor_uuids (inner, actors);
    dm_store_add_annotation (fixture->store, inner, &error);
    g_assert_no_error (error);
  }
  covering = dm_workspace_dup_annotations_at (fixture->workspace, third->start + 5);
  g_assert_cmpuint (covering->len, ==, 2);
  g_assert_cmpuint (dm_annotation_get_start (g_ptr_array_index (covering, 0)), ==, third->start + 4);
  g_assert_cmpuint (dm_annotation_get_start (g_ptr_array_index (covering, 1)), ==, third->start);
  g_clear_pointer (&covering, g_ptr_array_unref);
  covering = dm_workspace_dup_annotations_at (fixture->workspace, third->end);
  g_assert_cmpuint (covering->len, ==, 0);
}

/* The usage counts behind the suggested actors follow new annotations
 * without counting them all again: the choices must be those a fresh
 * count gives, ties and all, after additions and after a removal. */
static void
assert_choices_as_fresh (Fixture *fixture)
{
  g_autoptr(DmAnnotationPanelState) fresh = dm_annotation_panel_state_new (fixture->workspace);
  GListModel *kept = dm_annotation_panel_state_get_choices (fixture->state);
  GListModel *counted = dm_annotation_panel_state_get_choices (fresh);

  g_assert_cmpuint (g_list_model_get_n_items (kept), ==, g_list_model_get_n_items (counted));
  for (guint i = 0; i < g_list_model_get_n_items (kept); i++)
    {
      g_autoptr(DmActorChoice) a = g_list_model_get_item (kept, i);
      g_autoptr(DmActorChoice) b = g_list_model_get_item (counted, i);

      g_assert_cmpstr (dm_actor_choice_get_uuid (a), ==, dm_actor_choice_get_uuid (b));
      g_assert_cmpuint (dm_actor_choice_get_number (a), ==, dm_actor_choice_get_number (b));
    }
}

static void
test_frequent_follows (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GError) error = NULL;
  /* First named in the reverse order of how often. */
  const char *names[] = { "Russia", "United States", "Ukraine", "European Union", "Russia", "Ukraine", "Russia" };
  const guint sentences[] = { 7, 1, 3, 0, 6, 2, 5 };

  load_sample (fixture);
  dm_workspace_select_sentence (fixture->workspace, 4);
  g_assert_cmpuint (count_choices (fixture), >, 0);

  /* Added out of order, so that which actor comes first moves too. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      add_annotation (fixture, sentences[i], actor_uuid (fixture, names[i]));
      dm_workspace_select_sentence (fixture->workspace, 4 + (i + 1) % 2);
      assert_choices_as_fresh (fixture);
    }

  annotations = dm_store_dup_annotations (fixture->store, fixture->article_uuid, &error);
  g_assert_no_error (error);
  g_assert_true (dm_store_remove_annotation (fixture->store,
                                             dm_annotation_get_uuid (g_ptr_array_index (annotations, 0)),
                                             &error));
  g_assert_no_error (error);
  dm_workspace_select_sentence (fixture->workspace, 8);
  assert_choices_as_fresh (fixture);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/app/AnnotationPanelState/nothing-selected", test_nothing_selected);
  ADD_TEST ("/app/AnnotationPanelState/mentions-first", test_mentions_first);
  ADD_TEST ("/app/AnnotationPanelState/enablement", test_enablement);
  ADD_TEST ("/app/AnnotationPanelState/topic-stays", test_topic_stays);
  ADD_TEST ("/app/AnnotationPanelState/actor-by-name", test_actor_by_name);
  ADD_TEST ("/app/AnnotationPanelState/undo-leaves-span", test_undo_leaves_span);
  ADD_TEST ("/app/AnnotationPanelState/frequent-follows", test_frequent_follows);
  ADD_TEST ("/app/Workspace/sentences", test_workspace_sentences);

#undef ADD_TEST

  return g_test_run ();
}
