/* dm-screenshot.c - render a window to a PNG once it has been drawn
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-screenshot"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-screenshot.h"

typedef struct
{
  GFile         *file;
  GdkFrameClock *frame_clock;
  gulong         after_paint_id;
  gboolean       capture_scheduled;
} Screenshot;

static void
screenshot_free (gpointer data)
{
  Screenshot *state = data;

  g_clear_signal_handler (&state->after_paint_id, state->frame_clock);
  g_clear_object (&state->frame_clock);
  g_clear_object (&state->file);
  g_free (state);
}

/* Helpers {{{ */

/* Paints the window as it is now, with the window's own renderer, so the
 * PNG matches the screen. The window's CSS background is drawn by GTK
 * around the snapshot vfunc, not inside it, so it is added here. Only the
 * content (header bar and below) is kept, as a composited desktop shows
 * it. */
static GdkTexture *
render_window (GtkWindow  *window,
               GError    **error)
{
  GtkWidget *widget = GTK_WIDGET (window);
  g_autoptr(GskRenderNode) node = NULL;
  GtkSnapshot *snapshot;
  GskRenderer *renderer;
  graphene_rect_t frame;
  int width;
  int height;

  g_assert (GTK_IS_WINDOW (window));

  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  renderer = gtk_native_get_renderer (GTK_NATIVE (window));

  /* Without a compositor (Xvfb) the window has a frame around its
   * content, outside 0,0 width×height; the background spans it. */
  if (renderer == NULL || width <= 0 || height <= 0 ||
      !gtk_widget_compute_bounds (widget, widget, &frame))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The window has not been drawn"));
      return NULL;
    }

  snapshot = gtk_snapshot_new ();
  gtk_snapshot_render_background (snapshot, gtk_widget_get_style_context (widget),
                                  frame.origin.x, frame.origin.y,
                                  frame.size.width, frame.size.height);
  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);

  if (node == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                           _("The window has nothing to draw"));
      return NULL;
    }

  return gsk_renderer_render_texture (renderer, node,
                                      &GRAPHENE_RECT_INIT (0, 0, width, height));
}

/* GIO's errors name the file already. */
static gboolean
save_texture (GdkTexture  *texture,
              GFile       *file,
              GError     **error)
{
  g_autoptr(GBytes) png = gdk_texture_save_to_png_bytes (texture);

  return g_file_replace_contents (file,
                                  g_bytes_get_data (png, NULL),
                                  g_bytes_get_size (png),
                                  NULL, FALSE, G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

/* }}} */

/* Callbacks {{{ */

static void
task_closure_notify (gpointer  data,
                     GClosure *closure)
{
  g_object_unref (data);
}

/* Runs right after a frame was painted, while every widget still has the
 * allocation it was painted with. */
static void
frame_painted_cb (GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  g_autoptr(GTask) task = g_object_ref (user_data);
  Screenshot *state = g_task_get_task_data (task);
  GtkWindow *window = g_task_get_source_object (task);
  g_autoptr(GdkTexture) texture = NULL;
  GError *error = NULL;

  g_assert (GDK_IS_FRAME_CLOCK (frame_clock));
  g_assert (G_IS_TASK (task));

  g_clear_signal_handler (&state->after_paint_id, state->frame_clock);

  if (g_task_return_error_if_cancelled (task))
    return;

  if (!(texture = render_window (window, &error)) ||
      !save_texture (texture, state->file, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_boolean (task, TRUE);
}

static gboolean
window_ticked_cb (GtkWidget     *widget,
                  GdkFrameClock *frame_clock,
                  gpointer       user_data)
{
  GTask *task = user_data;
  Screenshot *state = g_task_get_task_data (task);

  g_assert (G_IS_TASK (task));

  /* A tick comes before the frame's layout and paint; right after that
   * paint, every widget is allocated and drawn. Capturing later, from an
   * idle, can find widgets already waiting for their next allocation. */
  state->capture_scheduled = TRUE;
  state->frame_clock = g_object_ref (frame_clock);
  state->after_paint_id = g_signal_connect_data (frame_clock, "after-paint",
                                                 G_CALLBACK (frame_painted_cb),
                                                 g_object_ref (task),
                                                 task_closure_notify,
                                                 0);

  return G_SOURCE_REMOVE;
}

static void
tick_removed_cb (gpointer user_data)
{
  g_autoptr(GTask) task = user_data;
  Screenshot *state = g_task_get_task_data (task);

  /* The window went away before its first frame. Once the capture is
   * scheduled, the frame clock always goes on to after-paint in the same
   * frame, so frame_painted_cb() completes the task. */
  if (!state->capture_scheduled && !g_task_get_completed (task))
    g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CLOSED,
                             _("The window was closed before it was drawn"));
}

/* }}} */

/* Public API {{{ */

/**
 * dm_screenshot_save_async:
 * @window: a window, shown or about to be
 * @file: where to write the PNG
 *
 * Waits until @window has been drawn, then saves what it shows as a PNG.
 */
void
dm_screenshot_save_async (GtkWindow           *window,
                          GFile               *file,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Screenshot *state;

  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  state = g_new0 (Screenshot, 1);
  state->file = g_object_ref (file);

  task = g_task_new (window, cancellable, callback, user_data);
  g_task_set_source_tag (task, dm_screenshot_save_async);
  g_task_set_task_data (task, state, screenshot_free);

  /* A tick callback keeps the frame clock running until it is removed. */
  gtk_widget_add_tick_callback (GTK_WIDGET (window), window_ticked_cb,
                                g_object_ref (task), tick_removed_cb);
}

/**
 * dm_screenshot_save_finish:
 *
 * Returns: %TRUE if the PNG was written
 */
gboolean
dm_screenshot_save_finish (GtkWindow     *window,
                           GAsyncResult  *result,
                           GError       **error)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, window), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dm_screenshot_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* }}} */
