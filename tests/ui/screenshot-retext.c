/* screenshot-retext.c - pictures of correcting a text and of an orphan
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: renders the Correct Article Text dialog to the first PNG and
 * the window with an orphan chosen in the panel to the second, to look at
 * them. Run under Xvfb with the build's schemas:
 *
 *   GSETTINGS_SCHEMA_DIR=build/data GSETTINGS_BACKEND=memory GTK_A11Y=none \
 *     xvfb-run -a build/tests/ui/screenshot-retext dialog.png window.png
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "demarche-core.h"
#include "dm-article-text-dialog.h"
#include "dm-screenshot.h"
#include "dm-window.h"
#include "dm-window-private.h"

static gboolean saved;
static int exit_status = EXIT_SUCCESS;

static void
screenshot_saved_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!dm_screenshot_save_finish (GTK_WINDOW (object), result, &error))
    {
      g_printerr ("Could not save the screenshot: %s\n", error->message);
      exit_status = EXIT_FAILURE;
    }

  saved = TRUE;
}

static void
shoot (GtkWindow  *window,
       const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  /* A few frames for the lists to fill. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
  g_usleep (200000);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  saved = FALSE;
  dm_screenshot_save_async (window, file, NULL, screenshot_saved_cb, NULL);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);
}

static void
annotate (DmStore    *store,
          DmArticle  *article,
          const char *quote,
          const char *actor_name,
          DmPolarity  polarity)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmActor) actor = dm_store_resolve_actor (store, actor_name, &error);
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(DmTopic) topic = dm_topic_new ("Sudan: ceasefire", NULL);
  const char *actors[] = { NULL, NULL };
  guint start;
  guint end;

  g_assert_no_error (error);
  actors[0] = dm_actor_get_uuid (actor);
  g_assert_true (dm_article_find_quote (article, quote, 0, &start, &end));
  annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
  dm_annotation_set_actor_uuids (annotation, actors);
  dm_annotation_set_polarity (annotation, polarity);
  dm_annotation_set_coder (annotation, "A. Analyst");
  dm_store_add_annotation (store, annotation, &error);
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *fixture = g_build_filename (UI_FIXTURES_DIR, "sudan-ceasefire.txt", NULL);
  g_autoptr(DmStore) store = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GString) body = NULL;
  DmArticleTextDialog *dialog;
  GtkTextBuffer *buffer;
  DmWindow *window;

  if (argc != 3)
    {
      g_printerr ("Usage: %s DIALOG.png WINDOW.png\n", argv[0]);
      return EXIT_FAILURE;
    }

  gtk_init ();

  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, "/org/demarche/Demarche/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  dir = g_dir_make_tmp ("demarche-screenshot-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "Analyses.db", NULL);
  store = dm_store_open (path, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (store, &error);
  g_assert_no_error (error);

  article = dm_article_new_from_file (fixture, &error);
  g_assert_no_error (error);
  dm_store_add_article (store, article, &error);
  g_assert_no_error (error);
  annotate (store, article, "France and Germany called for an immediate ceasefire in Sudan", "France", DM_POLARITY_SUPPORTS);
  annotate (store, article, "The European Union said it would send more humanitarian aid.", "European Union",
            DM_POLARITY_SUPPORTS);
  annotate (store, article, "Russia did not comment.", "Russia", DM_POLARITY_NEUTRAL);

  window = dm_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 760);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_list_view_get_model (_dm_window_get_article_list_view (window))), 0);

  /* The dialog, with a correction typed in. */
  dialog = dm_article_text_dialog_present (GTK_WINDOW (window), store, dm_article_get_uuid (article), &error);
  g_assert_no_error (error);
  body = g_string_new (dm_article_get_body (article));
  g_string_replace (body, "Russia did not comment.", "Moscow kept silent.", 1);
  g_string_replace (body, "on Monday", "on Monday, 15 May,", 1);
  buffer = gtk_text_view_get_buffer (dm_article_text_dialog_get_text_view (dialog));
  gtk_text_buffer_set_text (buffer, body->str, -1);
  shoot (GTK_WINDOW (dialog), argv[1]);

  g_assert_true (dm_article_text_dialog_save (dialog, &error));
  g_assert_no_error (error);
  gtk_window_destroy (GTK_WINDOW (dialog));

  /* The orphan chosen in the list, a passage selected for it. */
  annotations = dm_store_dup_annotations (store, dm_article_get_uuid (article), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < annotations->len; i++)
    if (dm_annotation_get_orphan (g_ptr_array_index (annotations, i)))
      dm_workspace_select_annotation_by_uuid (_dm_window_get_workspace (window),
                                              dm_annotation_get_uuid (g_ptr_array_index (annotations, i)));
  shoot (GTK_WINDOW (window), argv[2]);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const suffixes[] = { "", "-wal", "-shm" };
      g_autofree char *file_path = g_strconcat (path, suffixes[i], NULL);

      g_remove (file_path);
    }
  g_rmdir (dir);

  return exit_status;
}
