/* test-article-importer.c - reading many text files off the main thread
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "demarche-core.h"

#define WAIT_TIMEOUT_SECONDS 20

typedef struct
{
  char              *dir;
  DmStore           *store;
  DmArticleImporter *importer;
  GAsyncResult      *result;
  guint              n_changes;
} Fixture;

/* Helpers {{{ */

static gboolean
timeout_reached_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

#define wait_for(condition)                                                   \
  G_STMT_START {                                                              \
    gboolean timed_out_ = FALSE;                                              \
    guint timeout_id_ = g_timeout_add_seconds (WAIT_TIMEOUT_SECONDS,          \
                                               timeout_reached_cb,            \
                                               &timed_out_);                  \
    while (!(condition) && !timed_out_)                                       \
      g_main_context_iteration (NULL, TRUE);                                  \
    if (!timed_out_)                                                          \
      g_source_remove (timeout_id_);                                          \
    g_assert_true (condition);                                                \
  } G_STMT_END

static GFile *
write_file (Fixture    *fixture,
            const char *name,
            const char *contents,
            gssize      length)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);

  return g_file_new_for_path (path);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  Fixture *fixture = user_data;

  g_assert_null (fixture->result);
  fixture->result = g_object_ref (result);
}

static GPtrArray *
load (Fixture       *fixture,
      GPtrArray     *files,
      GCancellable  *cancellable,
      GError       **error)
{
  GPtrArray *loaded;

  g_clear_object (&fixture->result);
  dm_article_importer_load_async (fixture->importer,
                                  (GFile **) files->pdata, files->len,
                                  cancellable, load_done_cb, fixture);
  g_assert_true (dm_article_importer_get_loading (fixture->importer) || fixture->result != NULL);
  wait_for (fixture->result != NULL);

  loaded = dm_article_importer_load_finish (fixture->importer, fixture->result, error);
  g_assert_false (dm_article_importer_get_loading (fixture->importer));

  return loaded;
}

static DmPendingArticle *
get_item (Fixture *fixture,
          guint    position)
{
  DmPendingArticle *item = g_list_model_get_item (G_LIST_MODEL (fixture->importer), position);

  g_assert_nonnull (item);
  /* The list keeps its own reference. */
  g_object_unref (item);

  return item;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  gpointer    user_data)
{
  Fixture *fixture = user_data;

  fixture->n_changes++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

/* }}} */

/* Fixture {{{ */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-importer-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "store.db", NULL);
  fixture->store = dm_store_open (path, &error);
  g_assert_no_error (error);
  fixture->importer = dm_article_importer_new ();
  g_signal_connect (fixture->importer, "items-changed", G_CALLBACK (items_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_clear_object (&fixture->result);
  /* Nothing the worker left behind keeps the importer alive. */
  g_assert_finalize_object (fixture->importer);
  g_clear_object (&fixture->store);

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* }}} */

/* Tests {{{ */

static void
test_load_files (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;
  DmPendingArticle *item;
  DmArticle *article;
  const GError *item_error;

  g_ptr_array_add (files, write_file (fixture, "borrell.txt",
                                      "Title: Borrell on the plan\nSource: EEAS\nDate: 2023-02-25\n"
                                      "Language: en\nURL: https://example.org/eeas\n\n"
                                      "The plan has interesting elements.\n", -1));
  g_ptr_array_add (files, write_file (fixture, "scan.bin", "PK\003\004\000\000binary\000data", 18));
  g_ptr_array_add (files, write_file (fixture, "latin1.txt", "Caf\xe9 au lait\n", -1));
  g_ptr_array_add (files, write_file (fixture, "empty.txt", "\n  \n", -1));
  g_ptr_array_add (files, write_file (fixture, "kyiv.txt",
                                      "Kyiv rejects a ceasefire\n\nThe minister said no.\n", -1));

  loaded = load (fixture, files, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->len, ==, 5);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->importer)), ==, 5);
  g_assert_cmpuint (dm_article_importer_count_valid (fixture->importer), ==, 2);
  g_assert_cmpuint (dm_article_importer_get_n_files (fixture->importer), ==, 5);
  g_assert_cmpuint (dm_article_importer_get_n_read (fixture->importer), ==, 5);
  g_assert_cmpfloat (dm_article_importer_get_fraction (fixture->importer), ==, 1.0);

  /* In the order given, header lines parsed. */
  item = get_item (fixture, 0);
  g_assert_true (item == g_ptr_array_index (loaded, 0));
  g_assert_true (dm_pending_article_get_valid (item));
  g_assert_cmpstr (dm_pending_article_get_name (item), ==, "borrell.txt");
  article = dm_pending_article_get_article (item);
  g_assert_cmpstr (dm_article_get_title (article), ==, "Borrell on the plan");
  g_assert_cmpstr (dm_article_get_source (article), ==, "EEAS");
  g_assert_cmpstr (dm_article_get_published (article), ==, "2023-02-25");
  g_assert_cmpstr (dm_article_get_language (article), ==, "en");
  g_assert_cmpstr (dm_article_get_url (article), ==, "https://example.org/eeas");
  g_assert_cmpstr (dm_article_get_body (article), ==, "The plan has interesting elements.");
  g_assert_true (g_file_equal (dm_pending_article_get_file (item), g_ptr_array_index (files, 0)));

  /* Each bad file is an item with an error that names it. */
  item = get_item (fixture, 1);
  g_assert_false (dm_pending_article_get_valid (item));
  g_assert_null (dm_pending_article_get_article (item));
  item_error = dm_pending_article_get_error (item);
  g_assert_error ((GError *) item_error, DM_ERROR, DM_ERROR_BAD_TEXT);
  g_assert_nonnull (strstr (item_error->message, "scan.bin"));
  g_assert_nonnull (strstr (item_error->message, "binary"));
  g_assert_cmpstr (dm_pending_article_get_title (item), ==, "scan.bin");

  item = get_item (fixture, 2);
  g_assert_error ((GError *) dm_pending_article_get_error (item), DM_ERROR, DM_ERROR_BAD_TEXT);
  g_assert_nonnull (strstr (dm_pending_article_get_error_message (item), "latin1.txt"));
  g_assert_nonnull (strstr (dm_pending_article_get_error_message (item), "UTF-8"));

  item = get_item (fixture, 3);
  g_assert_error ((GError *) dm_pending_article_get_error (item), DM_ERROR, DM_ERROR_BAD_TEXT);
  g_assert_nonnull (strstr (dm_pending_article_get_error_message (item), "empty.txt"));
  g_assert_nonnull (strstr (dm_pending_article_get_error_message (item), "empty"));

  /* Without a Title header, a first line followed by a blank line. */
  item = get_item (fixture, 4);
  g_assert_cmpstr (dm_pending_article_get_title (item), ==, "Kyiv rejects a ceasefire");
}

static void
test_title_follows_article (Fixture       *fixture,
                            gconstpointer  data)
{
  DmPendingArticle *item = dm_article_importer_add_text (fixture->importer,
                                                         "A headline\n\nSome text.", -1,
                                                         "Pasted text");
  guint notified = 0;

  g_assert_true (dm_pending_article_get_valid (item));
  g_assert_null (dm_pending_article_get_file (item));
  g_assert_cmpstr (dm_pending_article_get_title (item), ==, "A headline");

  g_signal_connect (item, "notify::title", G_CALLBACK (count_notify_cb), &notified);
  dm_article_set_title (dm_pending_article_get_article (item), "Edited");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpstr (dm_pending_article_get_title (item), ==, "Edited");

  /* No title at all: the name stands in. */
  dm_article_set_title (dm_pending_article_get_article (item), NULL);
  g_assert_cmpstr (dm_pending_article_get_title (item), ==, "Pasted text");

  item = dm_article_importer_add_text (fixture->importer, "  \n", -1, "Pasted text");
  g_assert_false (dm_pending_article_get_valid (item));
  g_assert_nonnull (strstr (dm_pending_article_get_error_message (item), "Pasted text"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->importer)), ==, 2);
}

static void
test_skip_duplicates (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (files, write_file (fixture, "one.txt", "One\n\nFirst text.", -1));
  g_ptr_array_add (files, g_object_ref (g_ptr_array_index (files, 0)));

  loaded = load (fixture, files, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->len, ==, 1);

  again = load (fixture, files, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->importer)), ==, 1);
}

/* Many files arrive in fewer list updates than files, and in order. */
static void
test_batched_changes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("article-%03u.txt", i);
      g_autofree char *text = g_strdup_printf ("Article %u\n\nText number %u.", i, i);

      g_ptr_array_add (files, write_file (fixture, name, text, -1));
    }

  loaded = load (fixture, files, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (loaded->len, ==, 200);
  g_assert_cmpuint (fixture->n_changes, >=, 1);
  g_assert_cmpuint (fixture->n_changes, <=, 200);
  g_test_message ("200 files in %u list updates", fixture->n_changes);

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *title = g_strdup_printf ("Article %u", i);

      g_assert_cmpstr (dm_pending_article_get_title (get_item (fixture, i)), ==, title);
    }
}

static void
test_cancel_before (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;

  g_ptr_array_add (files, write_file (fixture, "one.txt", "One\n\nFirst text.", -1));
  g_cancellable_cancel (cancellable);

  loaded = load (fixture, files, cancellable, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (loaded);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->importer)), ==, 0);
}

typedef struct
{
  GCancellable *cancellable;
  guint         n_items_at_cancel;
} CancelState;

static void
cancel_on_first_item_cb (GListModel *model,
                         guint       position,
                         guint       removed,
                         guint       added,
                         gpointer    user_data)
{
  CancelState *state = user_data;

  if (g_cancellable_is_cancelled (state->cancellable))
    return;

  state->n_items_at_cancel = g_list_model_get_n_items (model);
  g_cancellable_cancel (state->cancellable);
}

/* The worker stops at the next file, and nothing read after Cancel is
 * added. A FIFO between the files holds the worker until the test writes
 * to it, after cancelling, so the outcome does not depend on timing. */
static void
test_cancel_while_loading (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *fifo = g_build_filename (fixture->dir, "slow.txt", NULL);
  CancelState state = { cancellable, 0 };
  gboolean timed_out = FALSE;
  guint timeout_id;
  gulong handler;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_ptr_array_add (files, write_file (fixture, "first.txt", "First\n\nThe first text.", -1));
  g_ptr_array_add (files, g_file_new_for_path (fifo));
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("later-%02u.txt", i);

      g_ptr_array_add (files, write_file (fixture, name, "Later\n\nA later text.", -1));
    }

  handler = g_signal_connect (fixture->importer, "items-changed",
                              G_CALLBACK (cancel_on_first_item_cb), &state);

  dm_article_importer_load_async (fixture->importer,
                                  (GFile **) files->pdata, files->len,
                                  cancellable, load_done_cb, fixture);
  wait_for (g_cancellable_is_cancelled (cancellable));

  /* Release the worker if it is (or is about to be) blocked on the FIFO;
   * if it saw the cancellation first, nobody reads it and open() fails. */
  timeout_id = g_timeout_add_seconds (WAIT_TIMEOUT_SECONDS, timeout_reached_cb, &timed_out);
  while (fixture->result == NULL && !timed_out)
    {
      int fd = open (fifo, O_WRONLY | O_NONBLOCK);

      if (fd >= 0)
        {
          g_assert_cmpint (write (fd, "Slow\n\nSlow text.", 16), ==, 16);
          close (fd);
          break;
        }

      g_assert_cmpint (errno, ==, ENXIO);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  if (!timed_out)
    g_source_remove (timeout_id);

  wait_for (fixture->result != NULL);
  loaded = dm_article_importer_load_finish (fixture->importer, fixture->result, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (loaded);
  g_assert_false (dm_article_importer_get_loading (fixture->importer));

  /* Only what was there when Cancel was pressed, and nothing after the
   * file the worker was reading. */
  g_assert_cmpuint (state.n_items_at_cancel, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->importer)), ==, 1);
  g_assert_cmpuint (dm_article_importer_get_n_read (fixture->importer), ==, 1);
  g_assert_cmpstr (dm_pending_article_get_title (get_item (fixture, 0)), ==, "First");

  g_signal_handler_disconnect (fixture->importer, handler);
}

static void
test_save (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GPtrArray) saved = NULL;
  g_autoptr(GError) error = NULL;
  DmUndoStack *undo = dm_store_get_undo_stack (fixture->store);
  guint n_saved = 0;

  g_ptr_array_add (files, write_file (fixture, "one.txt", "One\n\nFirst text.", -1));
  g_ptr_array_add (files, write_file (fixture, "scan.bin", "\001\000\002", 3));
  g_ptr_array_add (files, write_file (fixture, "two.txt", "Two\n\nSecond text.", -1));
  loaded = load (fixture, files, NULL, &error);
  g_assert_no_error (error);

  dm_article_set_title (dm_pending_article_get_article (get_item (fixture, 0)), "One, edited");

  g_assert_true (dm_article_importer_save (fixture->importer, fixture->store, &n_saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_saved, ==, 2);
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 2);

  /* The file that could not be read stays listed. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->importer)), ==, 1);
  g_assert_false (dm_pending_article_get_valid (get_item (fixture, 0)));

  saved = dm_store_dup_articles (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (saved->len, ==, 2);
  g_assert_true (g_str_equal (dm_article_get_title (g_ptr_array_index (saved, 0)), "One, edited") ||
                 g_str_equal (dm_article_get_title (g_ptr_array_index (saved, 1)), "One, edited"));

  /* One import, one undo entry. */
  g_assert_cmpstr (dm_undo_stack_get_undo_label (undo), ==, "Add 2 articles");

  /* Nothing valid left. */
  g_assert_false (dm_article_importer_save (fixture->importer, fixture->store, &n_saved, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_assert_cmpuint (n_saved, ==, 0);
}

/* All or nothing: one article the store refuses keeps the others out. */
static void
test_save_all_or_nothing (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DmArticle) existing = dm_article_new ();
  g_autoptr(GError) error = NULL;
  DmPendingArticle *first;
  DmPendingArticle *second;
  guint n_saved = 7;

  dm_article_set_body (existing, "Already there.");
  g_assert_true (dm_store_add_article (fixture->store, existing, &error));
  g_assert_no_error (error);

  first = dm_article_importer_add_text (fixture->importer, "First\n\nText.", -1, "Pasted text");
  second = dm_article_importer_add_text (fixture->importer, "Second\n\nText.", -1, "Pasted text");
  dm_article_set_uuid (dm_pending_article_get_article (second), dm_article_get_uuid (existing));

  g_assert_false (dm_article_importer_save (fixture->importer, fixture->store, &n_saved, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpuint (n_saved, ==, 0);
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->importer)), ==, 2);

  /* A bad date is caught first, naming the article. */
  dm_article_set_uuid (dm_pending_article_get_article (second), NULL);
  dm_article_set_published (dm_pending_article_get_article (first), "24/02/2023");
  g_assert_false (dm_article_importer_save (fixture->importer, fixture->store, NULL, &error));
  g_assert_error (error, DM_ERROR, DM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "First"));
  g_assert_nonnull (strstr (error->message, "24/02/2023"));
  g_clear_error (&error);
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 1);

  dm_article_set_published (dm_pending_article_get_article (first), "2023-02-24");
  g_assert_true (dm_article_importer_save (fixture->importer, fixture->store, &n_saved, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_saved, ==, 2);
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 3);
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  dm_article_importer_add_text (fixture->importer, "First\n\nText.", -1, "Pasted text");
  dm_article_importer_add_text (fixture->importer, "Second\n\nText.", -1, "Pasted text");
  dm_article_importer_add_text (fixture->importer, "Third\n\nText.", -1, "Pasted text");

  dm_article_importer_remove (fixture->importer, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->importer)), ==, 2);
  g_assert_cmpstr (dm_pending_article_get_title (get_item (fixture, 1)), ==, "Third");

  dm_article_importer_clear (fixture->importer);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->importer)), ==, 0);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/core/ArticleImporter/load-files", test_load_files);
  ADD ("/core/ArticleImporter/title-follows-article", test_title_follows_article);
  ADD ("/core/ArticleImporter/skip-duplicates", test_skip_duplicates);
  ADD ("/core/ArticleImporter/batched-changes", test_batched_changes);
  ADD ("/core/ArticleImporter/cancel-before", test_cancel_before);
  ADD ("/core/ArticleImporter/cancel-while-loading", test_cancel_while_loading);
  ADD ("/core/ArticleImporter/save", test_save);
  ADD ("/core/ArticleImporter/save-all-or-nothing", test_save_all_or_nothing);
  ADD ("/core/ArticleImporter/remove", test_remove);
#undef ADD

  return g_test_run ();
}
