/* dm-window-actions.c - the main window's win.* actions
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-window-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-agreement-dialog.h"
#include "dm-article-text-dialog.h"
#include "dm-dialogs.h"
#include "dm-exchange-dialog.h"
#include "dm-window-private.h"

/* Actions {{{ */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "annotate");
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);

  dm_import_dialog_present (GTK_WINDOW (self), self->store);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);
  DmArticle *article = dm_workspace_get_article (self->workspace);

  if (article != NULL)
    dm_export_dialog_present_for_article (GTK_WINDOW (self), self->store, dm_article_get_uuid (article));
  else
    dm_export_dialog_present (GTK_WINDOW (self), self->store);
}

static void
import_set_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);

  dm_import_set_dialog_present (GTK_WINDOW (self), self->store);
}

static void
agreement_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);

  dm_agreement_dialog_present (GTK_WINDOW (self), self->store);
}

static void
codebook_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);

  dm_codebook_dialog_present (GTK_WINDOW (self), self->store);
}

static void
edit_article_text_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);
  DmArticle *article = dm_workspace_get_article (self->workspace);
  g_autoptr(GError) error = NULL;

  if (article == NULL)
    return;

  if (!dm_article_text_dialog_present (GTK_WINDOW (self), self->store, dm_article_get_uuid (article), &error))
    dm_window_show_error (self, _("Could not open the article"), error);
}

static void
preferences_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  dm_preferences_dialog_present (GTK_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!dm_undo_stack_undo (self->undo_stack, &error))
    dm_window_show_error (self, _("Could not undo"), error);
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!dm_undo_stack_redo (self->undo_stack, &error))
    dm_window_show_error (self, _("Could not redo"), error);
}

static void
next_article_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  _dm_window_select_article_at (DM_WINDOW (widget), 1);
}

static void
previous_article_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  _dm_window_select_article_at (DM_WINDOW (widget), -1);
}

static void
annotate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "annotate");
  gtk_widget_grab_focus (GTK_WIDGET (self->annotation_panel));
}

static void
focus_text_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);

  gtk_stack_set_visible_child_name (self->main_stack, "annotate");
  gtk_widget_grab_focus (GTK_WIDGET (self->article_view));
}

/* }}} */

/* Private API {{{ */

void
_dm_window_update_actions (DmWindow *self)
{
  gboolean has_articles;

  g_return_if_fail (DM_IS_WINDOW (self));

  has_articles = self->articles != NULL && g_list_model_get_n_items (self->articles) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->undo_stack != NULL && dm_undo_stack_get_can_undo (self->undo_stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->undo_stack != NULL && dm_undo_stack_get_can_redo (self->undo_stack));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-article", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-article", has_articles);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.edit-article-text",
                                 self->workspace != NULL && dm_workspace_get_article (self->workspace) != NULL);
}

void
_dm_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.import-set", NULL, import_set_action);
  gtk_widget_class_install_action (widget_class, "win.agreement", NULL, agreement_action);
  gtk_widget_class_install_action (widget_class, "win.codebook", NULL, codebook_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.edit-article-text", NULL, edit_article_text_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.next-article", NULL, next_article_action);
  gtk_widget_class_install_action (widget_class, "win.previous-article", NULL, previous_article_action);
  gtk_widget_class_install_action (widget_class, "win.annotate", NULL, annotate_action);
  gtk_widget_class_install_action (widget_class, "win.focus-text", NULL, focus_text_action);
  gtk_widget_class_install_property_action (widget_class, "win.show-mentions", "show-mentions");

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_comma, GDK_CONTROL_MASK, "win.preferences", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.edit-article-text", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, GDK_CONTROL_MASK, "win.next-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, GDK_CONTROL_MASK, "win.previous-article", NULL);

  /* F6 and Shift+F6 are GtkPaned's: they move the focus between the
   * article list, the text and the annotation panel. */
}

/* }}} */
