/* test-undo.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "demarche-core.h"

typedef struct
{
  char        *dir;
  DmStore     *store;
  DmUndoStack *undo;
  DmArticle   *article;
  DmActor     *china;
  DmActor     *eu;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-undo-XXXXXX", &error);
  path = g_build_filename (fixture->dir, "undo.db", NULL);
  fixture->store = dm_store_open (path, &error);
  g_assert_no_error (error);

  fixture->article = dm_article_new ();
  dm_article_set_title (fixture->article, "Plan");
  dm_article_set_body (fixture->article, "Beijing called for a ceasefire. Borrell wants a credible plan.");
  g_assert_true (dm_store_add_article (fixture->store, fixture->article, &error));
  fixture->china = dm_actor_new ("China", DM_ACTOR_KIND_STATE);
  fixture->eu = dm_actor_new ("European Union", DM_ACTOR_KIND_ORGANISATION);
  g_assert_true (dm_store_add_actor (fixture->store, fixture->china, &error));
  g_assert_true (dm_store_add_actor (fixture->store, fixture->eu, &error));
  g_assert_no_error (error);

  /* Recording starts here: the set-up above is not undoable. */
  fixture->undo = dm_store_get_undo_stack (fixture->store);
  g_assert_false (dm_undo_stack_get_can_undo (fixture->undo));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->article);
  g_clear_object (&fixture->china);
  g_clear_object (&fixture->eu);
  g_clear_object (&fixture->store);

  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static char *
snapshot (DmStore *store)
{
  g_autoptr(GError) error = NULL;
  char *json = dm_json_set_export (store, NULL, &error);

  g_assert_no_error (error);
  return json;
}

static DmAnnotation *
annotate (Fixture    *fixture,
          const char *quote,
          DmActor    *actor)
{
  g_autoptr(GError) error = NULL;
  const char *actors[] = { dm_actor_get_uuid (actor), NULL };
  guint start, end;
  DmAnnotation *annotation;

  g_assert_true (dm_article_find_quote (fixture->article, quote, 0, &start, &end));
  annotation = dm_annotation_new (dm_article_get_uuid (fixture->article), start, end);
  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_polarity (annotation, DM_POLARITY_SUPPORTS);
  g_assert_true (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_no_error (error);
  return annotation;
}

static void
test_undo_annotate (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(DmAnnotation) annotation = annotate (fixture, "called for a ceasefire", fixture->china);
  g_autoptr(GListModel) list = dm_store_list_annotations (fixture->store, dm_article_get_uuid (fixture->article));
  g_autoptr(GError) error = NULL;

  after = snapshot (fixture->store);
  g_assert_true (dm_undo_stack_get_can_undo (fixture->undo));
  g_assert_cmpstr (dm_undo_stack_get_undo_label (fixture->undo), ==, "Add annotation");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);

  g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
  undone = snapshot (fixture->store);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  g_assert_false (dm_undo_stack_get_can_undo (fixture->undo));
  g_assert_true (dm_undo_stack_get_can_redo (fixture->undo));

  g_assert_true (dm_undo_stack_redo (fixture->undo, &error));
  g_assert_no_error (error);
  redone = snapshot (fixture->store);
  g_assert_cmpstr (redone, ==, after);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
}

static void
test_undo_edit (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(DmAnnotation) annotation = annotate (fixture, "called for a ceasefire", fixture->china);
  g_autoptr(DmAnnotation) loaded = NULL;
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *undone = NULL;
  g_autoptr(GError) error = NULL;
  const char *both[] = { dm_actor_get_uuid (fixture->china), dm_actor_get_uuid (fixture->eu), NULL };

  dm_annotation_set_actor_uuids (annotation, both);
  dm_annotation_set_polarity (annotation, DM_POLARITY_MIXED);
  dm_annotation_set_note (annotation, "joint");
  g_assert_true (dm_store_update_annotation (fixture->store, annotation, &error));
  g_assert_cmpstr (dm_undo_stack_get_undo_label (fixture->undo), ==, "Edit annotation");

  g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
  undone = snapshot (fixture->store);
  g_assert_cmpstr (undone, ==, before);

  loaded = dm_store_lookup_annotation (fixture->store, dm_annotation_get_uuid (annotation), &error);
  g_assert_cmpint (dm_annotation_get_polarity (loaded), ==, DM_POLARITY_SUPPORTS);
  g_assert_cmpuint (g_strv_length ((char **) dm_annotation_get_actor_uuids (loaded)), ==, 1);
}

static void
test_undo_delete_article (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DmAnnotation) first = annotate (fixture, "called for a ceasefire", fixture->china);
  g_autoptr(DmAnnotation) second = annotate (fixture, "wants a credible plan", fixture->eu);
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *undone = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dm_store_remove_article (fixture->store, dm_article_get_uuid (fixture->article), &error));
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 0);
  g_assert_cmpstr (dm_undo_stack_get_undo_label (fixture->undo), ==, "Delete article");

  /* One keystroke brings back the article and both annotations. */
  g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
  undone = snapshot (fixture->store);
  g_assert_cmpstr (undone, ==, before);
}

static void
test_undo_codebook (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *undone = NULL;
  g_autoptr(DmActor) renamed = dm_actor_copy (fixture->china);
  g_autoptr(DmTopic) topic = dm_topic_new ("Ceasefire", NULL);
  g_autoptr(GError) error = NULL;

  dm_actor_set_name (renamed, "People's Republic of China");
  g_assert_true (dm_store_update_actor (fixture->store, renamed, &error));
  g_assert_true (dm_store_add_topic (fixture->store, topic, &error));
  g_assert_true (dm_store_remove_actor (fixture->store, dm_actor_get_uuid (fixture->eu), &error));
  g_assert_no_error (error);

  for (guint i = 0; i < 3; i++)
    {
      g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
      g_assert_no_error (error);
    }
  undone = snapshot (fixture->store);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
}

static void
test_undo_import (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *undone = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3; i++)
    {
      DmArticle *article = dm_article_new ();

      dm_article_set_body (article, "Imported text.");
      g_ptr_array_add (batch, article);
    }
  g_assert_true (dm_store_add_articles (fixture->store, batch, &error));
  g_assert_cmpstr (dm_undo_stack_get_undo_label (fixture->undo), ==, "Add 3 articles");

  g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
  undone = snapshot (fixture->store);
  g_assert_cmpstr (undone, ==, before);
}

/* An import written in a worker through its own connection becomes one
 * step of the main store's undo (dm_store_reload()). */
static void
test_undo_adopt_writer (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *before = snapshot (fixture->store);
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *written = NULL;
  g_autoptr(DmStore) writer = NULL;
  g_autoptr(GPtrArray) batch = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  DmUndoStack *writer_undo;

  writer = dm_store_open (dm_store_get_path (fixture->store), &error);
  g_assert_no_error (error);
  writer_undo = dm_store_get_undo_stack (writer);

  for (guint i = 0; i < 2; i++)
    {
      DmArticle *article = dm_article_new ();

      dm_article_set_body (article, "Imported elsewhere.");
      g_ptr_array_add (batch, article);
    }
  g_assert_true (dm_store_add_articles (writer, batch, &error));
  written = snapshot (fixture->store);
  g_assert_cmpstr (written, !=, before);
  g_assert_false (dm_undo_stack_get_can_undo (fixture->undo));

  dm_store_reload (fixture->store, writer);
  g_assert_true (dm_undo_stack_get_can_undo (fixture->undo));
  g_assert_cmpstr (dm_undo_stack_get_undo_label (fixture->undo), ==, "Add 2 articles");
  g_assert_false (dm_undo_stack_get_can_undo (writer_undo));

  g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_no_error (error);
  undone = snapshot (fixture->store);
  g_assert_cmpstr (undone, ==, before);

  g_assert_true (dm_undo_stack_redo (fixture->undo, &error));
  g_assert_no_error (error);
  redone = snapshot (fixture->store);
  g_assert_cmpstr (redone, ==, written);
}

static void
test_undo_failed_write (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(DmAnnotation) annotation = dm_annotation_new (dm_article_get_uuid (fixture->article), 0, 500);
  g_autoptr(GError) error = NULL;
  const char *actors[] = { dm_actor_get_uuid (fixture->china), NULL };

  dm_annotation_set_actor_uuids (annotation, actors);
  g_assert_false (dm_store_add_annotation (fixture->store, annotation, &error));
  g_assert_nonnull (error);

  /* What was not saved cannot be undone. */
  g_assert_false (dm_undo_stack_get_can_undo (fixture->undo));
}

static void
test_undo_new_change_clears_redo (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(DmAnnotation) first = annotate (fixture, "called for a ceasefire", fixture->china);
  g_autoptr(DmAnnotation) second = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (dm_undo_stack_undo (fixture->undo, &error));
  g_assert_true (dm_undo_stack_get_can_redo (fixture->undo));
  second = annotate (fixture, "wants a credible plan", fixture->eu);
  g_assert_false (dm_undo_stack_get_can_redo (fixture->undo));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/UndoStack/annotate", test_undo_annotate);
  ADD ("/core/UndoStack/edit", test_undo_edit);
  ADD ("/core/UndoStack/delete-article", test_undo_delete_article);
  ADD ("/core/UndoStack/codebook", test_undo_codebook);
  ADD ("/core/UndoStack/import", test_undo_import);
  ADD ("/core/UndoStack/adopt-writer", test_undo_adopt_writer);
  ADD ("/core/UndoStack/failed-write", test_undo_failed_write);
  ADD ("/core/UndoStack/new-change-clears-redo", test_undo_new_change_clears_redo);
#undef ADD

  return g_test_run ();
}
