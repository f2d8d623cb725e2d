/* ui-test-util.h - what every widget test needs
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "test-util.h"

G_BEGIN_DECLS

/* How long wait_for() lets GTK catch up before the test fails. */
#define UI_TEST_WAIT_TIMEOUT_SECONDS 20

gboolean   ui_test_timeout_reached_cb    (gpointer    user_data);
GtkWindow *ui_test_find_window           (GType       type);
GObject   *ui_test_find_object           (GtkWidget  *root,
                                          const char *id);
gpointer   ui_test_find_required         (GtkWidget  *root,
                                          const char *id);
void       ui_test_destroy_window        (GtkWindow  *window);
void       ui_test_maybe_save_screenshot (GtkWindow  *window,
                                          const char *name);

/* Runs the main loop until @condition holds, so that the assertions see
 * what the user would see once GTK has caught up; fails the test when it
 * does not hold in time. A macro, so that the failure names the test's
 * line and condition. */
#define wait_for(condition)                                                   \
  G_STMT_START {                                                              \
    gboolean timed_out_ = FALSE;                                              \
    guint timeout_id_ = g_timeout_add_seconds (UI_TEST_WAIT_TIMEOUT_SECONDS,  \
                                               ui_test_timeout_reached_cb,    \
                                               &timed_out_);                  \
    while (!(condition) && !timed_out_)                                       \
      g_main_context_iteration (NULL, TRUE);                                  \
    if (!timed_out_)                                                          \
      g_source_remove (timeout_id_);                                          \
    g_assert_true (condition);                                                \
  } G_STMT_END

/* A widget by its id in a template: tests drive the widgets the user
 * sees, found the way the .ui file names them. */
#define find_widget(root, id, Type) ((Type *) ui_test_find_required (GTK_WIDGET (root), id))

G_END_DECLS
