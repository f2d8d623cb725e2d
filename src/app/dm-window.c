/* dm-window.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-window"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dm-window.h"
#include "dm-window-private.h"

/* The schema id stays the same in .Devel builds (see data/meson.build). */
#define SETTINGS_SCHEMA_ID "org.demarche.Demarche"

struct _DmWindow
{
  GtkApplicationWindow  parent_instance;

  DmStore              *store;
  GListModel           *articles;
  GSettings            *settings;

  /* Template widgets */
  GtkLabel             *subtitle_label;
  GtkMenuButton        *primary_menu_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkPaned             *paned;
  GtkStack             *list_stack;
  GtkListView          *article_list_view;
  GtkSingleSelection   *selection;
  GtkImage             *empty_image;
  GtkLabel             *empty_title_label;
  GtkLabel             *empty_description_label;
  GtkStack             *preview_stack;
  GtkLabel             *preview_title_label;
  GtkLabel             *preview_meta_label;
  GtkTextView          *preview_text_view;
};

G_DEFINE_FINAL_TYPE (DmWindow, dm_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Formatting {{{ */

/* Publication dates are YYYY, YYYY-MM or YYYY-MM-DD (see DmArticle). */
static char *
format_date (const char *published)
{
  g_autoptr(GDateTime) date = NULL;
  int year = 0;
  int month = 0;
  int day = 0;

  if (published == NULL || published[0] == '\0')
    return NULL;

  switch (sscanf (published, "%d-%d-%d", &year, &month, &day))
    {
    case 3:
      if ((date = g_date_time_new_utc (year, month, day, 0, 0, 0)))
        /* Translators: a publication date, in g_date_time_format() notation */
        return g_date_time_format (date, _("%-d %b %Y"));
      break;

    case 2:
      if ((date = g_date_time_new_utc (year, month, 1, 0, 0, 0)))
        /* Translators: a publication month, in g_date_time_format() notation */
        return g_date_time_format (date, _("%b %Y"));
      break;

    default:
      break;
    }

  return g_strdup (published);
}

/* "24 Feb 2023 · Belta · 3 annotations"; each part is escaped for markup
 * when @markup is set. */
static GPtrArray *
collect_meta_parts (const char *published,
                    const char *source,
                    guint       n_annotations,
                    gboolean    markup)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = format_date (published);
  g_autofree char *count = NULL;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation", "%u annotations", n_annotations),
                           n_annotations);

  if (date != NULL)
    g_ptr_array_add (parts, markup ? g_markup_escape_text (date, -1) : g_steal_pointer (&date));
  if (source != NULL && source[0] != '\0')
    g_ptr_array_add (parts, markup ? g_markup_escape_text (source, -1) : g_strdup (source));
  g_ptr_array_add (parts, markup ? g_markup_escape_text (count, -1) : g_steal_pointer (&count));

  return g_steal_pointer (&parts);
}

static char *
join_meta_parts (GPtrArray *parts)
{
  g_ptr_array_add (parts, NULL);

  /* Translators: separates the date, source and annotation count of an article */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

static char *
format_article_title (gpointer    unused,
                      const char *title)
{
  if (title == NULL || title[0] == '\0')
    return g_strdup (_("Untitled article"));

  return g_strdup (title);
}

static char *
format_article_meta (gpointer    unused,
                     const char *published,
                     const char *source,
                     guint       n_annotations)
{
  g_autoptr(GPtrArray) parts = collect_meta_parts (published, source, n_annotations, FALSE);

  return join_meta_parts (parts);
}

static char *
format_preview_meta_markup (DmArticle *article)
{
  g_autoptr(GPtrArray) parts = NULL;
  const char *url = dm_article_get_url (article);

  g_assert (DM_IS_ARTICLE (article));

  parts = collect_meta_parts (dm_article_get_published (article),
                              dm_article_get_source (article),
                              dm_article_get_annotation_count (article),
                              TRUE);

  if (url != NULL && url[0] != '\0')
    {
      g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
      const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

      g_ptr_array_add (parts, g_markup_printf_escaped ("<a href=\"%s\">%s</a>",
                                                      url,
                                                      host != NULL && host[0] != '\0' ? host : url));
    }

  return join_meta_parts (parts);
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
  g_assert (DM_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  gtk_paned_set_position (self->paned, g_settings_get_int (self->settings, "sidebar-width"));

  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
}

static void
save_window_state (DmWindow *self)
{
  gboolean maximized;
  int width;
  int height;

  g_assert (DM_IS_WINDOW (self));

  if (self->settings == NULL)
    return;

  maximized = gtk_window_is_maximized (GTK_WINDOW (self));

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
                                          gtk_paned_get_position (self->paned)));

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
                           _("Import text files with “demarche-cli import”"));
    }

  gtk_stack_set_visible_child_name (self->list_stack, "empty");
}

static void
show_article (DmWindow  *self,
              DmArticle *summary)
{
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *meta = NULL;
  GtkTextBuffer *buffer;

  g_assert (DM_IS_WINDOW (self));
  g_assert (summary == NULL || DM_IS_ARTICLE (summary));

  buffer = gtk_text_view_get_buffer (self->preview_text_view);

  if (summary == NULL)
    {
      gtk_text_buffer_set_text (buffer, "", 0);
      gtk_stack_set_visible_child_name (self->preview_stack, "none");
      return;
    }

  /* List rows carry no body; the preview needs the whole article. */
  article = dm_store_lookup_article (self->store, dm_article_get_uuid (summary), &error);

  if (article == NULL)
    {
      title = g_strdup (_("Could not load the article"));
      meta = g_markup_escape_text (error->message, -1);
      gtk_text_buffer_set_text (buffer, "", 0);
    }
  else
    {
      const char *body = dm_article_get_body (article);

      title = format_article_title (NULL, dm_article_get_title (article));
      meta = format_preview_meta_markup (article);
      gtk_text_buffer_set_text (buffer, body != NULL ? body : "", -1);
    }

  gtk_label_set_label (self->preview_title_label, title);
  gtk_label_set_label (self->preview_meta_label, meta);
  gtk_stack_set_visible_child_name (self->preview_stack, "article");
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
update_subtitle (DmWindow *self)
{
  const char *path = dm_store_get_path (self->store);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *display_name = g_filename_display_name (basename);
  g_autofree char *display_path = g_filename_display_name (path);

  g_assert (DM_IS_WINDOW (self));

  gtk_label_set_label (self->subtitle_label, display_name);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->subtitle_label), display_path);
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

  show_article (self, gtk_single_selection_get_selected_item (selection));
}

static void
application_changed_cb (DmWindow   *self,
                        GParamSpec *pspec,
                        gpointer    user_data)
{
  g_assert (DM_IS_WINDOW (self));

  update_primary_menu (self);
}

/* }}} */

/* Actions {{{ */

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmWindow *self = DM_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
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

  G_OBJECT_CLASS (dm_window_parent_class)->constructed (object);

  g_return_if_fail (DM_IS_STORE (self->store));

  self->articles = dm_store_list_articles (self->store);
  gtk_single_selection_set_model (self->selection, self->articles);

  update_subtitle (self);
  update_empty_state (self);
  restore_window_state (self);
}

static void
dm_window_dispose (GObject *object)
{
  DmWindow *self = DM_WINDOW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_WINDOW);

  g_clear_object (&self->articles);
  g_clear_object (&self->settings);
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

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The list rows' <lookup type="DmArticle"> needs the type registered. */
  g_type_ensure (DM_TYPE_ARTICLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DmWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, primary_menu_button);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, article_list_view);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, selection);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, empty_image);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, empty_title_label);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, empty_description_label);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, preview_stack);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, preview_title_label);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, preview_meta_label);
  gtk_widget_class_bind_template_child (widget_class, DmWindow, preview_text_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, articles_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_article_title);
  gtk_widget_class_bind_template_callback (widget_class, format_article_meta);

  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

static void
dm_window_init (DmWindow *self)
{
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

/* }}} */

/* Private API {{{ */

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
_dm_window_get_preview_stack (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->preview_stack;
}

GtkLabel *
_dm_window_get_preview_title_label (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->preview_title_label;
}

GtkLabel *
_dm_window_get_preview_meta_label (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->preview_meta_label;
}

GtkTextView *
_dm_window_get_preview_text_view (DmWindow *self)
{
  g_return_val_if_fail (DM_IS_WINDOW (self), NULL);

  return self->preview_text_view;
}

/* }}} */
