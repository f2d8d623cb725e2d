/* ui-test-util.c - what every widget test needs
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "dm-screenshot.h"
#include "ui-test-util.h"

gboolean
ui_test_timeout_reached_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;

  return G_SOURCE_REMOVE;
}

/* The open window of @type, as dm_*_present() leaves it. */
GtkWindow *
ui_test_find_window (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_items = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

GObject *
ui_test_find_object (GtkWidget  *root,
                     const char *id)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GObject *found;

      if (g_strcmp0 (gtk_buildable_get_buildable_id (GTK_BUILDABLE (child)), id) == 0)
        return G_OBJECT (child);

      if ((found = ui_test_find_object (child, id)))
        return found;
    }

  return NULL;
}

gpointer
ui_test_find_required (GtkWidget  *root,
                       const char *id)
{
  GObject *object = ui_test_find_object (root, id);

  if (object == NULL)
    g_error ("No widget with id “%s” in %s", id, G_OBJECT_TYPE_NAME (root));

  return object;
}

void
ui_test_destroy_window (GtkWindow *window)
{
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  gtk_window_destroy (window);

  /* Nothing may keep a closed window alive. */
  wait_for (window == NULL);
}

static void
screenshot_saved_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  dm_screenshot_save_finish (GTK_WINDOW (object), result, &error);
  g_assert_no_error (error);
  *done = TRUE;
}

/* With DM_TEST_SCREENSHOT_DIR set, saves what @window shows as NAME.png
 * there: the way to look at a window in the state a test put it in. */
void
ui_test_maybe_save_screenshot (GtkWindow  *window,
                               const char *name)
{
  const char *dir = g_getenv ("DM_TEST_SCREENSHOT_DIR");
  g_autofree char *basename = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  gboolean done = FALSE;

  if (dir == NULL || dir[0] == '\0')
    return;

  basename = g_strdup_printf ("%s.png", name);
  path = g_build_filename (dir, basename, NULL);
  file = g_file_new_for_path (path);

  dm_screenshot_save_async (window, file, NULL, screenshot_saved_cb, &done);
  wait_for (done);
  g_test_message ("Saved %s", path);
}
