/* test-window.c - the main window on a real display (Xvfb)
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "demarche-core.h"
#include "dm-article-view-private.h"
#include "dm-window.h"
#include "dm-window-private.h"
#include "ui-test-util.h"

#define SAMPLE_TITLE "Belarus and China back peace talks on Ukraine"
#define NEWER_TITLE  "Kyiv rejects a ceasefire that freezes the front line"
#define MIDDLE_TITLE "EU foreign ministers weigh China's twelve-point plan"

typedef struct
{
  char     *dir;
  char     *path;
  DmStore  *store;
  DmWindow *window;
  char     *newer_uuid;
} Fixture;

/* Helpers {{{ */

static DmArticle *
create_article (const char *title,
                const char *source,
                const char *published,
                const char *body)
{
  DmArticle *article = dm_article_new ();

  dm_article_set_title (article, title);
  dm_article_set_source (article, source);
  dm_article_set_published (article, published);
  dm_article_set_language (article, "en");
  dm_article_set_body (article, body);

  return article;
}

static char *
add_article (DmStore    *store,
             const char *title,
             const char *source,
             const char *published,
             const char *body)
{
  g_autoptr(DmArticle) article = create_article (title, source, published, body);
  g_autoptr(GError) error = NULL;

  dm_store_add_article (store, article, &error);
  g_assert_no_error (error);

  return g_strdup (dm_article_get_uuid (article));
}

/* The article view shows what the old preview did. */
static GtkTextView *
get_preview_text_view (Fixture *fixture)
{
  return dm_article_view_get_text_view (_dm_window_get_article_view (fixture->window));
}

static GtkStack *
get_preview_stack (Fixture *fixture)
{
  return _dm_article_view_get_stack (_dm_window_get_article_view (fixture->window));
}

static GtkLabel *
get_preview_title_label (Fixture *fixture)
{
  return _dm_article_view_get_title_label (_dm_window_get_article_view (fixture->window));
}

static GtkLabel *
get_preview_meta_label (Fixture *fixture)
{
  return _dm_article_view_get_meta_label (_dm_window_get_article_view (fixture->window));
}

static GListModel *
get_list_model (Fixture *fixture)
{
  return G_LIST_MODEL (gtk_list_view_get_model (_dm_window_get_article_list_view (fixture->window)));
}

static guint
count_rows (Fixture *fixture)
{
  return g_list_model_get_n_items (get_list_model (fixture));
}

static char *
dup_item_uuid (Fixture *fixture,
               guint    position)
{
  g_autoptr(DmArticle) article = g_list_model_get_item (get_list_model (fixture), position);

  return article != NULL ? g_strdup (dm_article_get_uuid (article)) : NULL;
}

static char *
dup_item_title (Fixture *fixture,
                guint    position)
{
  g_autoptr(DmArticle) article = g_list_model_get_item (get_list_model (fixture), position);

  return article != NULL ? g_strdup (dm_article_get_title (article)) : NULL;
}

static void
collect_labels (GtkWidget  *widget,
                const char *css_class,
                GPtrArray  *labels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, css_class))
        g_ptr_array_add (labels, child);

      collect_labels (child, css_class, labels);
    }
}

/* The title label the list view shows in row @position: GtkListView keeps
 * its row widgets in the order of the model. */
static const char *
get_row_title (Fixture *fixture,
               guint    position)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (GTK_WIDGET (_dm_window_get_article_list_view (fixture->window)),
                  "article-title", labels);

  if (position >= labels->len)
    return NULL;

  return gtk_label_get_text (g_ptr_array_index (labels, position));
}

static gboolean
row_title_is (Fixture    *fixture,
              guint       position,
              const char *title)
{
  return g_strcmp0 (get_row_title (fixture, position), title) == 0;
}

static gboolean
row_count_is (Fixture *fixture,
              guint    n_rows)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (GTK_WIDGET (_dm_window_get_article_list_view (fixture->window)),
                  "article-title", labels);

  return labels->len == n_rows;
}

static char *
dup_preview_text (Fixture *fixture)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (get_preview_text_view (fixture));
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
open_window (Fixture *fixture)
{
  fixture->window = dm_window_new (NULL, fixture->store);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));

  wait_for (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
close_window (Fixture *fixture)
{
  if (fixture->window == NULL)
    return;

  gtk_window_destroy (GTK_WINDOW (fixture->window));

  /* The weak pointer clears when the window is finalized: nothing in the
   * app may keep it alive. */
  wait_for (fixture->window == NULL);
}

/* }}} */

/* Fixture {{{ */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  gboolean seed = GPOINTER_TO_INT (data);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-ui-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = dm_store_open (fixture->path, &error);
  g_assert_no_error (error);

  if (seed)
    {
      dm_store_seed_defaults (fixture->store, &error);
      g_assert_no_error (error);

      fixture->newer_uuid = add_article (fixture->store, NEWER_TITLE, "Reuters", "2023-03-10",
                                         "Kyiv said on Friday it would not accept a ceasefire "
                                         "that freezes the front line.");
    }

  open_window (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  close_window (fixture);

  g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *) &fixture->store);
  g_object_unref (fixture->store);
  g_assert_null (fixture->store);

  test_util_remove_tree (fixture->dir);
  g_free (fixture->newer_uuid);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* }}} */

/* Tests {{{ */

static void
test_window_lists_articles (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *first_uuid = NULL;
  g_autofree char *preview = NULL;

  g_assert_cmpuint (count_rows (fixture), ==, 2);

  /* Newest publication date first. */
  first_uuid = dup_item_uuid (fixture, 0);
  g_assert_cmpstr (first_uuid, ==, fixture->newer_uuid);

  wait_for (row_count_is (fixture, 2));
  g_assert_cmpstr (get_row_title (fixture, 0), ==, NEWER_TITLE);
  g_assert_cmpstr (get_row_title (fixture, 1), ==, SAMPLE_TITLE);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_dm_window_get_list_stack (fixture->window)), ==, "list");

  /* The first article is selected and previewed, body included. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_preview_stack (fixture)), ==, "article");
  g_assert_cmpstr (gtk_label_get_text (get_preview_title_label (fixture)), ==, NEWER_TITLE);
  g_assert_cmpstr (gtk_label_get_text (get_preview_meta_label (fixture)), ==,
                   "10 Mar 2023 · Reuters · 0 annotations");
  preview = dup_preview_text (fixture);
  g_assert_true (g_str_has_prefix (preview, "Kyiv said on Friday"));
}

static void
test_window_search_filters (Fixture       *fixture,
                            gconstpointer  data)
{
  GtkSearchEntry *entry = _dm_window_get_search_entry (fixture->window);
  GtkWidget *search_bar = gtk_widget_get_ancestor (GTK_WIDGET (entry), GTK_TYPE_SEARCH_BAR);
  GtkStack *list_stack = _dm_window_get_list_stack (fixture->window);
  g_autofree char *title = NULL;

  /* Ctrl+F's action opens the search bar. */
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (search_bar)));

  /* Only the sample article names Lukashenko. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Lukashenko");
  wait_for (count_rows (fixture) == 1);
  title = dup_item_title (fixture, 0);
  g_assert_cmpstr (title, ==, SAMPLE_TITLE);
  wait_for (row_count_is (fixture, 1) && row_title_is (fixture, 0, SAMPLE_TITLE));
  g_assert_cmpstr (gtk_label_get_text (get_preview_title_label (fixture)), ==, SAMPLE_TITLE);

  /* Nothing matches: the empty state says why. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Vanuatu");
  wait_for (count_rows (fixture) == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "empty");
  g_assert_cmpstr (gtk_label_get_text (_dm_window_get_empty_title_label (fixture->window)), ==, "No articles match");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_preview_stack (fixture)), ==, "none");

  /* Clearing the search lists everything again. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  wait_for (count_rows (fixture) == 2);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (list_stack), ==, "list");
  wait_for (row_count_is (fixture, 2) && row_title_is (fixture, 0, NEWER_TITLE));
}

static void
test_window_follows_store (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autofree char *middle_uuid = NULL;
  g_autofree char *uuid = NULL;
  g_autoptr(GError) error = NULL;

  wait_for (row_count_is (fixture, 2));

  /* Published between the two others, so it lands in the middle. */
  middle_uuid = add_article (fixture->store, MIDDLE_TITLE, "EUobserver", "2023-02-28",
                             "Foreign ministers met in Brussels to discuss the plan.");

  wait_for (count_rows (fixture) == 3);
  uuid = dup_item_uuid (fixture, 1);
  g_assert_cmpstr (uuid, ==, middle_uuid);
  wait_for (row_count_is (fixture, 3) && row_title_is (fixture, 1, MIDDLE_TITLE));
  g_assert_cmpstr (get_row_title (fixture, 0), ==, NEWER_TITLE);
  g_assert_cmpstr (get_row_title (fixture, 2), ==, SAMPLE_TITLE);

  /* Removing one through the store removes its row. */
  dm_store_remove_article (fixture->store, fixture->newer_uuid, &error);
  g_assert_no_error (error);
  wait_for (count_rows (fixture) == 2);
  wait_for (row_count_is (fixture, 2) && row_title_is (fixture, 0, MIDDLE_TITLE));
  g_assert_cmpstr (get_row_title (fixture, 1), ==, SAMPLE_TITLE);
}

static void
test_window_preview_follows_selection (Fixture       *fixture,
                                       gconstpointer  data)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (_dm_window_get_article_list_view (fixture->window));
  g_autofree char *preview = NULL;

  g_assert_true (gtk_selection_model_select_item (selection, 1, TRUE));

  g_assert_cmpstr (gtk_label_get_text (get_preview_title_label (fixture)), ==, SAMPLE_TITLE);
  g_assert_cmpstr (gtk_label_get_text (get_preview_meta_label (fixture)), ==,
                   "24 Feb 2023 · 0 annotations");
  preview = dup_preview_text (fixture);
  g_assert_true (g_str_has_prefix (preview, "The Ministers of Foreign Affairs of Belarus"));
  g_assert_false (gtk_text_view_get_editable (get_preview_text_view (fixture)));
}

static void
test_window_empty_store (Fixture       *fixture,
                         gconstpointer  data)
{
  g_assert_cmpuint (count_rows (fixture), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_dm_window_get_list_stack (fixture->window)), ==, "empty");
  g_assert_cmpstr (gtk_label_get_text (_dm_window_get_empty_title_label (fixture->window)), ==, "No articles yet");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (get_preview_stack (fixture)), ==, "none");

  /* The first article replaces the empty state and is previewed. */
  g_free (add_article (fixture->store, SAMPLE_TITLE, NULL, "2023-02-24", "Some text."));
  wait_for (count_rows (fixture) == 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (_dm_window_get_list_stack (fixture->window)), ==, "list");
  g_assert_cmpstr (gtk_label_get_text (get_preview_title_label (fixture)), ==, SAMPLE_TITLE);
}

static void
test_window_remembers_size (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.demarche.Demarche");
  int width;
  int height;

  gtk_window_set_default_size (GTK_WINDOW (fixture->window), 900, 640);

  /* Closing, as the user does, saves the size; the next window takes it. */
  gtk_window_close (GTK_WINDOW (fixture->window));
  wait_for (fixture->window == NULL);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));

  open_window (fixture);
  gtk_window_get_default_size (GTK_WINDOW (fixture->window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  g_settings_reset (settings, "window-width");
  g_settings_reset (settings, "window-height");
  g_settings_reset (settings, "window-maximized");
  g_settings_reset (settings, "sidebar-width");
}

/* A quote clicked in the Compare page opens its article on the Annotate
 * page with exactly that span selected, even when a search hides it. */
static void
test_window_compare_opens_evidence (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(DmArticle) sample = NULL;
  g_autoptr(GError) error = NULL;
  DmWorkspace *workspace = _dm_window_get_workspace (fixture->window);
  GtkStack *stack = _dm_window_get_main_stack (fixture->window);
  guint start, end;

  sample = dm_store_resolve_article (fixture->store, SAMPLE_TITLE, &error);
  g_assert_no_error (error);
  g_assert_true (dm_article_find_quote (sample, "Beijing called for a ceasefire", 0, &start, &end));

  g_assert_nonnull (fixture->window->comparison_view);
  gtk_stack_set_visible_child_name (stack, "compare");
  dm_store_list_set_query (DM_STORE_LIST (fixture->window->articles), "Kyiv");

  g_signal_emit_by_name (fixture->window->comparison_view, "open-evidence",
                         dm_article_get_uuid (sample), start, end);

  wait_for (dm_workspace_get_article (workspace) != NULL &&
            g_strcmp0 (dm_article_get_uuid (dm_workspace_get_article (workspace)),
                       dm_article_get_uuid (sample)) == 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "annotate");
  g_assert_true (dm_workspace_get_has_selection (workspace));
  g_assert_cmpuint (dm_workspace_get_selection_start (workspace), ==, start);
  g_assert_cmpuint (dm_workspace_get_selection_end (workspace), ==, end);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func, seed) \
  g_test_add (path, Fixture, GINT_TO_POINTER (seed), fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/ui/Window/lists-articles", test_window_lists_articles, TRUE);
  ADD_TEST ("/ui/Window/search-filters", test_window_search_filters, TRUE);
  ADD_TEST ("/ui/Window/follows-store", test_window_follows_store, TRUE);
  ADD_TEST ("/ui/Window/preview-follows-selection", test_window_preview_follows_selection, TRUE);
  ADD_TEST ("/ui/Window/empty-store", test_window_empty_store, FALSE);
  ADD_TEST ("/ui/Window/remembers-size", test_window_remembers_size, TRUE);
  ADD_TEST ("/ui/Window/compare-opens-evidence", test_window_compare_opens_evidence, TRUE);

#undef ADD_TEST

  return g_test_run ();
}
