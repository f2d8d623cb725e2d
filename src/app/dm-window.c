/* dm-window.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-dialogs.h"
#include "dm-format.h"
#include "dm-window.h"
#include "dm-window-private.h"

/* The schema id stays the same in .Devel builds (see data/meson.build). */
#define SETTINGS_SCHEMA_ID "org.demarche.Demarche"

/* The window lays out the workbench — articles | text | annotation panel —
 * keeps the workspace they share, remembers its geometry, and shows what
 * failed. Its actions are in dm-window-actions.c. */

G_DEFINE_FINAL_TYPE (DmWindow, dm_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_SHOW_MENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Formatting {{{ */

static char *
format_article_title (gpointer    unused,
                      const char *title)
{
  return dm_format_article_title (title);
}

static char *
format_article_meta (gpointer    unused,
                     const char *published,
                     const char *source,
                     guint       n_annotations)
{
  return dm_format_article_meta (published, source, n_annotations);
}

/* }}} */

/* Helpers {{{ */

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Running from the build tree without GSETTINGS_SCHEMA_DIR must not abort
   * the way g_settings_new() would: the window just forgets its size. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);

  if (schema == NULL)
    {
      g_debug ("Settings schema %s is not installed; window state is not kept",
               SETTINGS_SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static int
clamp_to_key_range (GSettings  *settings,
                    const char *key,
                    int         value)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettingsSchemaKey) schema_key = NULL;
  g_autoptr(GVariant) range = NULL;
  g_autoptr(GVariant) limits = NULL;
  const char *type;
  int min;
  int max;

  g_object_get (settings, "settings-schema", &schema, NULL);
  schema_key = g_settings_schema_get_key (schema, key);
  range = g_settings_schema_key_get_range (schema_key);
  g_variant_get (range, "(&sv)", &type, &limits);

  if (g_strcmp0 (type, "range") != 0)
    return value;

  g_variant_get (limits, "(ii)", &min, &max);

  return CLAMP (value, min, max);
}

static void
restore_window_state (DmWindow *self)
{
  g_autofree char *last_article = NULL;
  guint position;

  g_assert (DM_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  gtk_paned_set_position (self->outer_paned, g_settings_get_int (self->settings, "sidebar-width"));

  /* The panel's width is known once the inner pane knows its own; see
   * inner_max_position_changed_cb(). */
  self->restored_panel_width = g_settings_get_int (self->settings, "panel-width");

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  last_article = g_settings_get_string (self->settings, "last-article");
  if (last_article[0] != '\0' &&
      dm_store_list_find (DM_STORE_LIST (self->articles), last_article, &position))
    gtk_single_selection_set_selected (self->selection, position);
}

static void
save_window_state (DmWindow *self)
{
  DmArticle *article;
  gboolean maximized;
  int width;
  int height;

  g_assert (DM_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));
  article = dm_workspace_get_article (self->workspace);

  g_settings_delay (self->settings);

  /* The size of a maximized window is the screen's; keep the last size the
   * user chose instead. */
  if (!maximized)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
      g_settings_set_int (self->settings, "window-width",
                          clamp_to_key_range (self->settings, "window-width", width));
      g_settings_set_int (self->settings, "window-height",
                          clamp_to_key_range (self->settings, "window-height", height));
    }

  g_settings_set_boolean (self->settings, "window-maximized", maximized);
  g_settings_set_int (self->settings, "sidebar-width",
                      clamp_to_key_range (self->settings, "sidebar-width",
                                          gtk_paned_get_position (self->outer_paned)));

  /* Never drawn (closed at once): keep what was there. */
  if (gtk_widget_get_width (GTK_WIDGET (self->annotation_panel)) > 0)
    g_settings_set_int (self->settings, "panel-width",
                        clamp_to_key_range (self->settings, "panel-width",
                                            gtk_widget_get_width (GTK_WIDGET (self->annotation_panel))));

  g_settings_set_string (self->settings, "last-article",
                         article != NULL ? dm_article_get_uuid (article) : "");

  g_settings_apply (self->settings);
}

static void
update_empty_state (DmWindow *self)
{
  gboolean searching;

  g_assert (DM_IS_WINDOW (self));

  if (self->articles != NULL && g_list_model_get_n_items (self->articles) > 0)
    {
      gtk_stack_set_visible_child_name (self->list_stack, "list");
      return;
    }

  searching = self->articles != NULL &&
              dm_store_list_get_query (DM_STORE_LIST (self->articles)) != NULL;

  if (searching)
    {
      gtk_image_set_from_icon_name (self->empty_image, "system-search-symbolic");
      gtk_label_set_label (self->empty_title_label, _("No articles match"));
      gtk_label_set_label (self->empty_description_label,
                           _("Try other words, or part of a word"));
    }
  else
    {
      gtk_image_set_from_icon_name (self->empty_image, "emblem-documents-symbolic");
      gtk_label_set_label (self->empty_title_label, _("No articles yet"));
      gtk_label_set_label (self->empty_description_label,
                           _("Import text files, or drop them here"));
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
show_article (DmWindow  *self,
              DmArticle *summary)
{
  g_autoptr(GError) error = NULL;

  g_assert (DM_IS_WINDOW (self));
  g_assert (summary == NULL || DM_IS_ARTICLE (summary));

  /* List rows carry no body; the workspace reads the whole article. */
  if (!dm_workspace_load_article (self->workspace,
                                  summary != NULL ? dm_article_get_uuid (summary) : NULL,
                                  &error))
    {
      dm_window_show_error (self, _("Could not open the article"), error);
      dm_workspace_load_article (self->workspace, NULL, NULL);
    }
}

/* A quote in the comparison opens its article on the Annotate page with
 * the span selected. */
static void
open_evidence_cb (DmWindow         *self,
                  const char       *article_uuid,
                  guint             start,
                  guint             end,
                  DmComparisonView *view)
{
  guint position;

  g_assert (DM_IS_WINDOW (self));
  g_assert (DM_IS_COMPARISON_VIEW (view));

  /* A search may hide the article from the list: show them all. */
  if (!dm_store_list_find (DM_STORE_LIST (self->articles), article_uuid, &position))
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      dm_store_list_set_query (DM_STORE_LIST (self->articles), NULL);
    }

  if (dm_store_list_find (DM_STORE_LIST (self->articles), article_uuid, &position))
    gtk_single_selection_set_selected (self->selection, position);

  gtk_stack_set_visible_child_name (self->main_stack, "annotate");
  dm_workspace_select_span (self->workspace, start, end);
}

static void
update_primary_menu (DmWindow *self)
{
  GtkApplication *application;
  GMenu *menu = NULL;

  g_assert (DM_IS_WINDOW (self));

  /* gtk/menus.ui is loaded by GtkApplication from its resource-base-path;
   * a window without an application (as in the UI tests) has no menu. */
  if ((application = gtk_window_get_application (GTK_WINDOW (self))))
    menu = gtk_application_get_menu_by_id (application, "primary_menu");

  gtk_menu_button_set_menu_model (self->primary_menu_button, G_MENU_MODEL (menu));
}

static void
update_title (DmWindow *self)
{
  const char *path = dm_store_get_path (self->store);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *display_name = g_filename_display_name (basename);
  g_autofree char *title = NULL;

  g_assert (DM_IS_WINDOW (self));

  /* Translators: the window title, "database file – Demarche" */
  title = g_strdup_printf (_("%s – Demarche"), display_name);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* Setting a tooltip asks the display where the pointer is (a round trip
 * to the X server), and the undo stack changes with every Save. */
static void
set_tooltip_if_changed (GtkWidget  *widget,
                        const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

static void
update_undo_tooltips (DmWindow *self)
{
  const char *undo = dm_undo_stack_get_undo_label (self->undo_stack);
  const char *redo = dm_undo_stack_get_redo_label (self->undo_stack);
  g_autofree char *undo_tooltip = NULL;
  g_autofree char *redo_tooltip = NULL;

  g_assert (DM_IS_WINDOW (self));

  /* Translators: %s is what is undone, such as "Add annotation" */
  undo_tooltip = undo != NULL ? g_strdup_printf (_("Undo %s"), undo) : g_strdup (_("Undo"));
  /* Translators: %s is what is redone, such as "Add annotation" */
  redo_tooltip = redo != NULL ? g_strdup_printf (_("Redo %s"), redo) : g_strdup (_("Redo"));

  set_tooltip_if_changed (GTK_WIDGET (self->undo_button), undo_tooltip);
  set_tooltip_if_changed (GTK_WIDGET (self->redo_button), redo_tooltip);
}

/* }}} */

/* Callbacks {{{ */

static void
search_changed_cb (DmWindow       *self,
                   GtkSearchEntry *entry)
{
  g_assert (DM_IS_WINDOW (self));
  g_assert (GTK_IS_SEARCH_ENTRY (entry));

  if (self->articles == NULL)
    return;

  dm_store_list_set_query (DM_STORE_LIST (self->articles),
                           gtk_editable_get_text (GTK_EDITABLE (entry)));

  /* An empty list that stays empty announces no change, but the empty
   * state must still say whether a search is the reason. */
  update_empty_state (self);
}

static void
articles_changed_cb (DmWindow   *self,
                     guint       position,
                     guint       removed,
                     guint       added,
                     GListModel *model)
{
  g_assert (DM_IS_WINDOW (self));
  g_assert (G_IS_LIST_MODEL (model));

  update_empty_state (self);
}

static void
selected_item_changed_cb (DmWindow           *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  g_assert (DM_IS_WINDOW (self));
  g_assert (GTK_IS_SINGLE_SELECTION (selection));

  if (self->workspace != NULL)
    show_article (self, gtk_single_selection_get_selected_item (selection));

  _dm_window_update_actions (self);
}

static void
application_changed_cb (DmWindow   *self,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  g_assert (DM_IS_WINDOW (self));

  update_primary_menu (self);
}

static void
undo_stack_changed_cb (DmWindow    *self,
                       GParamSpec  *pspec,
                       DmUndoStack *undo_stack)
{
  g_assert (DM_IS_WINDOW (self));

  update_undo_tooltips (self);
  _dm_window_update_actions (self);
}

static void
error_reported_cb (DmWindow     *self,
                   const char   *summary,
                   const GError *error,
                   DmWorkspace  *workspace)
{
  g_assert (DM_IS_WINDOW (self));

  dm_window_show_error (self, summary, error);
}

static void
info_bar_response_cb (DmWindow   *self,
                      int         response,
                      GtkInfoBar *info_bar)
{
  g_assert (DM_IS_WINDOW (self));

  gtk_info_bar_set_revealed (info_bar, FALSE);
}

/* Puts the panel back at the width it had, once the pane has a size:
 * GtkPaned's position is the width of its start child. */
static void
inner_max_position_changed_cb (DmWindow   *self,
                               GParamSpec *pspec,
                               GtkPaned   *paned)
{
  int width = gtk_widget_get_width (GTK_WIDGET (paned));

  g_assert (DM_IS_WINDOW (self));

  if (self->restored_panel_width <= 0 || width <= self->restored_panel_width)
    return;

  /* GtkPaned keeps the position within what both children need. */
  gtk_paned_set_position (paned, width - self->restored_panel_width);
  self->restored_panel_width = 0;
}

static gboolean
files_dropped_cb (GtkDropTarget *target,
                  const GValue  *value,
                  double         x,
                  double         y,
                  DmWindow      *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();
  GSList *list;

  g_assert (DM_IS_WINDOW (self));

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  for (list = gdk_file_list_get_files (g_value_get_boxed (value)); list != NULL; list = list->next)
    g_ptr_array_add (files, list->data);

  if (files->len == 0)
    return FALSE;

  dm_import_files (GTK_WINDOW (self), self->store, (GFile **) files->pdata, files->len);

  return TRUE;
}

/* }}} */

/* GtkWindow {{{ */

static gboolean
dm_window_close_request (GtkWindow *window)
{
  save_window_state (DM_WINDOW (window));

  return GTK_WINDOW_CLASS (dm_window_parent_class)->close_request (window);
}

/* }}} */

/* GObject {{{ */

static void
dm_window_constructed (GObject *object)
{
  DmWindow *self = DM_WINDOW (object);
  GtkDropTarget *drop_target;

  G_OBJECT_CLASS (dm_window_parent_class)->constructed (object);

  g_return_if_fail (DM_IS_STORE (self->store));

  self->workspace = dm_workspace_new (self->store);
  self->undo_stack = g_object_ref (dm_store_get_undo_stack (self->store));

  dm_article_view_set_workspace (self->article_view, self->workspace);
  dm_annotation_panel_set_workspace (self->annotation_panel, self->workspace);

  g_signal_connect_object (self->workspace, "error-reported",
                           G_CALLBACK (error_reported_cb), self, G_CONNECT_SWAPPED);
  /* win.edit-article-text needs an article; the list's selection may be
   * set before or after the workspace loads it. */
  g_signal_connect_object (self->workspace, "notify::article",
                           G_CALLBACK (_dm_window_update_actions), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_stack, "notify",
                           G_CALLBACK (undo_stack_changed_cb), self, G_CONNECT_SWAPPED);

  /* win.show-mentions is a property action on the window's property,
   * which the setting and the article view follow. */
  g_object_bind_property (self, "show-mentions", self->article_view, "show-mentions", G_BINDING_SYNC_CREATE);
  if (self->settings != NULL)
    {
      g_settings_bind (self->settings, "show-mentions", self, "show-mentions", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "coder-name", dm_annotation_panel_get_state (self->annotation_panel),
                       "coder", G_SETTINGS_BIND_GET);
    }

  drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (files_dropped_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  self->articles = dm_store_list_articles (self->store);
  gtk_single_selection_set_model (self->selection, self->articles);

  /* The view needs the store at construction, which the template cannot
   * give it: it is added here. */
  self->comparison_view = DM_COMPARISON_VIEW (dm_comparison_view_new (self->store));
  gtk_widget_set_vexpand (GTK_WIDGET (self->comparison_view), TRUE);
  gtk_box_append (self->compare_box, GTK_WIDGET (self->comparison_view));
  g_signal_connect_object (self->comparison_view, "open-evidence",
                           G_CALLBACK (open_evidence_cb), self, G_CONNECT_SWAPPED);

  update_title (self);
  update_undo_tooltips (self);
  update_empty_state (self);
  restore_window_state (self);
  _dm_window_update_actions (self);
}

static void
dm_window_dispose (GObject *object)
{
  DmWindow *self = DM_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_WINDOW);

  g_clear_object (&self->articles);
  g_clear_object (&self->settings);
  g_clear_object (&self->undo_stack);
  g_clear_object (&self->workspace);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dm_window_parent_class)->dispose (object);
}

static void
dm_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  DmWindow *self = DM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_SHOW_MENTIONS:
      g_value_set_boolean (value, self->show_mentions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  DmWindow *self = DM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SHOW_MENTIONS:
      if (self->show_mentions != g_value_get_boolean (value))
        {
          self->show_mentions = g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_window_class_init (DmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = dm_window_constructed;
  object_class->dispose = dm_window_dispose;
  object_class->get_property = dm_window_get_property;
  object_class->set_property = dm_window_set_property;

  window_class->close_request = dm_window_close_request;

  /**
   * DmWindow:store:
   *
   * The database the window shows.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DmWindow:show-mentions:
   *
   * Whether actor mentions are underlined; the show-mentions setting.
   */
  properties[PROP_SHOW_MENTIONS] =
    g_param_spec_boolean ("show-mentions", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The list rows' <lookup type="DmArticle"> and the views need their
   * types registered before the template is built. */
  g_type_ensure (DM_TYPE_ARTICLE);
  g_type_ensure (DM_TYPE_ARTICLE_VIEW);
  g_type_ensure (DM_TYPE_ANNOTATION_PANEL);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DmWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, info_bar);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, error_label);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, compare_box);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, inner_paned);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, article_list_view);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, empty_image);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, empty_title_label);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, empty_description_label);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, annotation_panel);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, articles_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, info_bar_response_cb);
  gtk_widget_class_bind_template_callback (widget_class, inner_max_position_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_article_title);
  gtk_widget_class_bind_template_callback (widget_class, format_article_meta);

  _dm_window_class_init_actions (widget_class);
}

static void
dm_window_init (DmWindow *self)
{
  self->show_mentions = TRUE;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = create_settings ();

  g_signal_connect (self, "notify::application",
                    G_CALLBACK (application_changed_cb), NULL);
}

/* }}} */

/* Public API {{{ */

/**
 * dm_window_new:
 * @application: (nullable): the application the window belongs to
 * @store: the database to show
 *
 * Like every GtkWindow, the new window belongs to GTK's list of toplevels
 * until it is destroyed.
 *
 * Returns: (transfer none): a new window
 */
DmWindow *
dm_window_new (GtkApplication *application,
               DmStore        *store)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (DM_IS_STORE (store), NULL);

  return g_object_new (DM_TYPE_WINDOW,
                       "application", application,
                       "store", store,
                       NULL);
}

/**
 * dm_window_get_store:
 *
 * Returns: (transfer none): the database the window shows
 */
DmStore *
dm_window_get_store (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->store;
}

/**
 * dm_window_show_error:
 * @summary: what failed, such as "Could not save the annotation"
 * @error: why
 *
 * Shows a failure in the window's banner until it is dismissed.
 */
void
dm_window_show_error (DmWindow     *self,
                      const char   *summary,
                      const GError *error)
{
  g_autofree char *markup = NULL;

  g_return_if_fail (DM_IS_WINDOW (self));
  g_return_if_fail (summary != NULL);
  g_return_if_fail (error != NULL);

  markup = g_markup_printf_escaped ("<b>%s</b>\n%s", summary, error->message);
  gtk_label_set_markup (self->error_label, markup);
  gtk_info_bar_set_revealed (self->info_bar, TRUE);
}

/* }}} */

/* Private API {{{ */

/**
 * _dm_window_select_article_at:
 * @delta: 1 for the next article in the list, -1 for the previous one
 */
void
_dm_window_select_article_at (DmWindow *self,
                              int       delta)
{
  guint n_items;
  guint selected;
  int position;

  g_return_if_fail (DM_IS_WINDOW (self));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  selected = gtk_single_selection_get_selected (self->selection);
  if (n_items == 0)
    return;

  position = selected == GTK_INVALID_LIST_POSITION ? 0 : (int) selected + delta;
  if (position < 0 || position >= (int) n_items)
    return;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->article_list_view), "list.scroll-to-item", "u", position);
}

GtkListView *
_dm_window_get_article_list_view (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->article_list_view;
}

GtkSearchEntry *
_dm_window_get_search_entry (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->search_entry;
}

GtkStack *
_dm_window_get_list_stack (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->list_stack;
}

GtkLabel *
_dm_window_get_empty_title_label (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->empty_title_label;
}

GtkStack *
_dm_window_get_main_stack (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->main_stack;
}

GtkInfoBar *
_dm_window_get_info_bar (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->info_bar;
}

GtkLabel *
_dm_window_get_error_label (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->error_label;
}

DmWorkspace *
_dm_window_get_workspace (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->workspace;
}

DmArticleView *
_dm_window_get_article_view (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->article_view;
}

DmAnnotationPanel *
_dm_window_get_annotation_panel (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->annotation_panel;
}

GtkWidget *
_dm_window_get_undo_button (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->undo_button);
}

/* }}} */
