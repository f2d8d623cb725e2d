/* dm-import-dialog.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-import-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "dm-import-dialog.h"

/* The body preview stops here: the text is shown to recognise it, not to
 * read 60 MiB of it, and a text view that size takes seconds to lay out. */
#define PREVIEW_MAX_BYTES (64 * 1024)

/**
 * DmImportDialog:
 *
 * Text files (chosen, or dropped on the main window) and pasted texts on
 * their way into the store. The list is a #DmArticleImporter, which reads
 * files in a worker thread and grows as they are read; selecting an
 * article shows its metadata, bound to the article itself so that what is
 * typed is what is saved. Files that cannot be imported stay in the list
 * with the reason, naming them; Import saves every other one in one
 * transaction, so one undo removes the whole import.
 */
struct _DmImportDialog
{
  GtkWindow             parent_instance;

  DmStore              *store;
  GCancellable         *cancellable;     /* of the current load */
  GPtrArray            *queued_files;    /* GFile, dropped while loading */
  GtkFileChooserNative *chooser;
  GBindingGroup        *bindings;        /* selected article <-> entries */
  gboolean              pasting;

  /* Template objects */
  DmArticleImporter    *importer;
  GtkSingleSelection   *selection;
  GtkListView          *list_view;
  GtkStack             *list_stack;
  GtkStack             *detail_stack;
  GtkEntry             *title_entry;
  GtkEntry             *source_entry;
  GtkEntry             *url_entry;
  GtkEntry             *date_entry;
  GtkEntry             *language_entry;
  GtkTextView          *body_view;
  GtkTextView          *paste_view;
  GtkTextBuffer        *paste_buffer;
  GtkLabel             *error_label;
  GtkLabel             *summary_label;
  GtkRevealer          *message_revealer;
  GtkImage             *message_image;
  GtkLabel             *message_label;
};

G_DEFINE_FINAL_TYPE (DmImportDialog, dm_import_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void load_done_cb (GObject      *object,
                          GAsyncResult *result,
                          gpointer      user_data);

/* Formatting {{{ */

static char *
get_row_icon_name (gpointer unused,
                   gboolean valid)
{
  return g_strdup (valid ? "text-x-generic-symbolic" : "dialog-error-symbolic");
}

static gboolean
is_present (gpointer    unused,
            const char *text)
{
  return text != NULL && text[0] != '\0';
}

static char *
format_progress (gpointer unused,
                 guint    n_read,
                 guint    n_files)
{
  /* Translators: progress while text files are read for import */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "Reading %u of %u file…",
                                       "Reading %u of %u files…",
                                       n_files),
                          MIN (n_read + 1, n_files), n_files);
}

/* }}} */

/* Helpers {{{ */

/* The template children are cleared by dispose (which may also be run
 * while a reference is held); a load that ends after that must not touch
 * them. */
static gboolean
is_disposed (DmImportDialog *self)
{
  return self->importer == NULL;
}

static gboolean
transform_to_entry (GBinding     *binding,
                    const GValue *from_value,
                    GValue       *to_value,
                    gpointer      user_data)
{
  const char *text = g_value_get_string (from_value);

  g_value_set_string (to_value, text != NULL ? text : "");

  return TRUE;
}

/* An emptied field means "unknown", as a missing header line does. */
static gboolean
transform_from_entry (GBinding     *binding,
                      const GValue *from_value,
                      GValue       *to_value,
                      gpointer      user_data)
{
  const char *text = g_value_get_string (from_value);

  g_value_set_string (to_value, text != NULL && text[0] != '\0' ? text : NULL);

  return TRUE;
}

static void
bind_entry (DmImportDialog *self,
            const char     *property,
            GtkEntry       *entry)
{
  g_binding_group_bind_full (self->bindings, property, entry, "text",
                             G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                             transform_to_entry, transform_from_entry,
                             NULL, NULL);
}

static void
show_message (DmImportDialog *self,
              gboolean        is_error,
              const char     *message)
{
  g_assert (DM_IS_IMPORT_DIALOG (self));

  gtk_image_set_from_icon_name (self->message_image,
                                is_error ? "dialog-error-symbolic" : "dialog-information-symbolic");
  gtk_label_set_label (self->message_label, message);

  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");

  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

static void
hide_message (DmImportDialog *self)
{
  g_assert (DM_IS_IMPORT_DIALOG (self));

  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

static gboolean
paste_buffer_is_blank (DmImportDialog *self)
{
  GtkTextIter iter;

  g_assert (DM_IS_IMPORT_DIALOG (self));

  for (gtk_text_buffer_get_start_iter (self->paste_buffer, &iter);
       !gtk_text_iter_is_end (&iter);
       gtk_text_iter_forward_char (&iter))
    {
      if (!g_unichar_isspace (gtk_text_iter_get_char (&iter)))
        return FALSE;
    }

  return TRUE;
}

static void
update_actions (DmImportDialog *self)
{
  gboolean loading;

  g_assert (DM_IS_IMPORT_DIALOG (self));

  loading = dm_article_importer_get_loading (self->importer);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose-files", !loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.stop", loading);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.import",
                                 !loading && dm_article_importer_count_valid (self->importer) > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.remove",
                                 gtk_single_selection_get_selected_item (self->selection) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.add-text",
                                 !paste_buffer_is_blank (self));
}

static void
update_summary (DmImportDialog *self)
{
  g_autoptr(GString) summary = g_string_new (NULL);
  guint n_items;
  guint n_valid;

  g_assert (DM_IS_IMPORT_DIALOG (self));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->importer));
  n_valid = dm_article_importer_count_valid (self->importer);

  gtk_stack_set_visible_child_name (self->list_stack, n_items > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), n_items > 0);

  g_string_append_printf (summary,
                          g_dngettext (GETTEXT_PACKAGE,
                                       "%u article to import",
                                       "%u articles to import",
                                       n_valid),
                          n_valid);

  if (n_items > n_valid)
    {
      /* Translators: separates the parts of the import summary */
      g_string_append (summary, _(" · "));
      g_string_append_printf (summary,
                              g_dngettext (GETTEXT_PACKAGE,
                                           "%u file will be skipped",
                                           "%u files will be skipped",
                                           n_items - n_valid),
                              n_items - n_valid);
    }

  gtk_label_set_label (self->summary_label, summary->str);
}

static void
set_body_preview (DmImportDialog *self,
                  DmArticle      *article)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  const char *body = dm_article_get_body (article);
  gsize length = body != NULL ? strlen (body) : 0;

  g_assert (DM_IS_IMPORT_DIALOG (self));

  if (length <= PREVIEW_MAX_BYTES)
    {
      gtk_text_buffer_set_text (buffer, body != NULL ? body : "", -1);
    }
  else
    {
      const char *cut = g_utf8_find_prev_char (body, body + PREVIEW_MAX_BYTES);
      g_autofree char *preview = g_strdup_printf ("%.*s…", (int) (cut - body), body);

      gtk_text_buffer_set_text (buffer, preview, -1);
    }
}

static void
update_detail (DmImportDialog *self)
{
  DmPendingArticle *item;

  g_assert (DM_IS_IMPORT_DIALOG (self));

  item = gtk_single_selection_get_selected_item (self->selection);

  if (self->pasting || item == NULL)
    {
      g_binding_group_set_source (self->bindings, NULL);
      gtk_stack_set_visible_child_name (self->detail_stack, "paste");
    }
  else if (dm_pending_article_get_valid (item))
    {
      DmArticle *article = dm_pending_article_get_article (item);

      g_binding_group_set_source (self->bindings, article);
      set_body_preview (self, article);
      gtk_stack_set_visible_child_name (self->detail_stack, "article");
    }
  else
    {
      g_binding_group_set_source (self->bindings, NULL);
      gtk_label_set_label (self->error_label, dm_pending_article_get_error_message (item));
      gtk_stack_set_visible_child_name (self->detail_stack, "error");
    }
}

static void
select_item (DmImportDialog   *self,
             DmPendingArticle *item)
{
  guint n_items;

  g_assert (DM_IS_IMPORT_DIALOG (self));
  g_assert (DM_IS_PENDING_ARTICLE (item));

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->importer));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DmPendingArticle) other = g_list_model_get_item (G_LIST_MODEL (self->importer), i);

      if (other == item)
        {
          self->pasting = FALSE;
          gtk_single_selection_set_selected (self->selection, i);
          update_detail (self);
          return;
        }
    }
}

static void
start_load (DmImportDialog  *self,
            GFile          **files,
            guint            n_files)
{
  GWeakRef *weak_self;

  g_assert (DM_IS_IMPORT_DIALOG (self));

  hide_message (self);

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  /* A weak reference: closing the dialog must dispose it, and so cancel
   * the reading, instead of waiting for the reading to end. */
  weak_self = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak_self, self);

  dm_article_importer_load_async (self->importer, files, n_files,
                                  self->cancellable,
                                  load_done_cb,
                                  weak_self);
  update_actions (self);
}

/* }}} */

/* Callbacks {{{ */

static void
items_changed_cb (DmImportDialog *self,
                  guint           position,
                  guint           removed,
                  guint           added,
                  GListModel     *model)
{
  g_assert (DM_IS_IMPORT_DIALOG (self));

  update_summary (self);
  update_actions (self);
}

static void
loading_changed_cb (DmImportDialog    *self,
                    GParamSpec        *pspec,
                    DmArticleImporter *importer)
{
  g_assert (DM_IS_IMPORT_DIALOG (self));

  update_actions (self);
}

static void
selected_item_changed_cb (DmImportDialog     *self,
                          GParamSpec         *pspec,
                          GtkSingleSelection *selection)
{
  g_assert (DM_IS_IMPORT_DIALOG (self));

  self->pasting = FALSE;
  update_detail (self);
  update_actions (self);
}

static void
paste_changed_cb (DmImportDialog *self,
                  GtkTextBuffer  *buffer)
{
  g_assert (DM_IS_IMPORT_DIALOG (self));

  update_actions (self);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GWeakRef *weak_self = user_data;
  g_autoptr(DmImportDialog) self = g_weak_ref_get (weak_self);
  g_autoptr(GPtrArray) loaded = NULL;
  g_autoptr(GPtrArray) queued = NULL;
  g_autoptr(GError) error = NULL;

  g_assert (DM_IS_ARTICLE_IMPORTER (object));

  g_weak_ref_clear (weak_self);
  g_free (weak_self);

  loaded = dm_article_importer_load_finish (DM_ARTICLE_IMPORTER (object), result, &error);

  if (self == NULL || is_disposed (self))
    return;

  if (loaded == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                "Reading was cancelled after %u of %u file. The files read so far are listed.",
                                                "Reading was cancelled after %u of %u files. The files read so far are listed.",
                                                dm_article_importer_get_n_files (self->importer)),
                                   dm_article_importer_get_n_read (self->importer),
                                   dm_article_importer_get_n_files (self->importer));
      else
        message = g_strdup_printf (_("The files could not be read: %s"), error->message);

      show_message (self, !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED), message);
      g_clear_pointer (&self->queued_files, g_ptr_array_unref);
    }
  else if (loaded->len > 0)
    {
      select_item (self, g_ptr_array_index (loaded, 0));
    }

  update_actions (self);

  /* Files dropped while these were read. */
  if ((queued = g_steal_pointer (&self->queued_files)) != NULL)
    start_load (self, (GFile **) queued->pdata, queued->len);
}

/* More files dropped on the dialog join the list. */
static gboolean
files_dropped_cb (DmImportDialog *self,
                  const GValue   *value,
                  double          x,
                  double          y,
                  GtkDropTarget  *target)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  g_assert (DM_IS_IMPORT_DIALOG (self));
  g_assert (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST));

  for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
    g_ptr_array_add (files, l->data);

  dm_import_dialog_load_files (self, (GFile **) files->pdata, files->len);

  return files->len > 0;
}

static void
chooser_responded_cb (DmImportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GPtrArray) array = NULL;
  guint n_files;

  g_assert (DM_IS_IMPORT_DIALOG (self));
  g_assert (GTK_IS_FILE_CHOOSER_NATIVE (chooser));

  if (response == GTK_RESPONSE_ACCEPT)
    {
      files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      n_files = g_list_model_get_n_items (files);
      array = g_ptr_array_new_full (n_files, g_object_unref);

      for (guint i = 0; i < n_files; i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));

      dm_import_dialog_load_files (self, (GFile **) array->pdata, array->len);
    }

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (chooser));
  g_clear_object (&self->chooser);
}

/* }}} */

/* Actions {{{ */

static void
choose_files_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (widget);
  g_autoptr(GtkFileFilter) text_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  if (self->chooser != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
      return;
    }

  gtk_file_filter_set_name (text_filter, _("Text Files"));
  gtk_file_filter_add_mime_type (text_filter, "text/plain");
  gtk_file_filter_add_suffix (text_filter, "txt");
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");

  self->chooser = gtk_file_chooser_native_new (_("Choose Text Files"),
                                               GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN,
                                               _("_Open"),
                                               _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), text_filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all_filter);
  gtk_file_chooser_set_filter (GTK_FILE_CHOOSER (self->chooser), text_filter);

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (chooser_responded_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
paste_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (widget);

  self->pasting = TRUE;
  update_detail (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->paste_view));
}

static void
add_text_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (widget);
  g_autofree char *text = NULL;
  DmPendingArticle *item;
  GtkTextIter start;
  GtkTextIter end;

  if (paste_buffer_is_blank (self))
    return;

  gtk_text_buffer_get_bounds (self->paste_buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->paste_buffer, &start, &end, FALSE);

  item = dm_article_importer_add_text (self->importer, text, -1, _("Pasted text"));
  gtk_text_buffer_set_text (self->paste_buffer, "", 0);
  select_item (self, item);

  if (dm_pending_article_get_valid (item))
    gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
}

static void
remove_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (widget);
  guint position = gtk_single_selection_get_selected (self->selection);

  if (position != GTK_INVALID_LIST_POSITION)
    dm_article_importer_remove (self->importer, position);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (widget);

  g_cancellable_cancel (self->cancellable);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_saved = 0;

  if (!dm_article_importer_save (self->importer, self->store, &n_saved, &error))
    {
      message = g_strdup_printf (_("Nothing was imported: %s"), error->message);
      show_message (self, TRUE, message);
      return;
    }

  if (g_list_model_get_n_items (G_LIST_MODEL (self->importer)) == 0)
    {
      gtk_window_destroy (GTK_WINDOW (self));
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%u article was imported. The files still listed could not be read and were skipped.",
                                          "%u articles were imported. The files still listed could not be read and were skipped.",
                                          n_saved),
                             n_saved);
  show_message (self, FALSE, message);
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  hide_message (DM_IMPORT_DIALOG (widget));
}

/* }}} */

/* GObject {{{ */

static void
dm_import_dialog_constructed (GObject *object)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (object);

  G_OBJECT_CLASS (dm_import_dialog_parent_class)->constructed (object);

  g_return_if_fail (DM_IS_STORE (self->store));

  update_summary (self);
  update_detail (self);
  update_actions (self);
}

static void
dm_import_dialog_dispose (GObject *object)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (object);

  /* Stops the worker after the file it is reading. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (self->bindings != NULL)
    g_binding_group_set_source (self->bindings, NULL);
  g_clear_object (&self->bindings);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_IMPORT_DIALOG);

  g_clear_pointer (&self->queued_files, g_ptr_array_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dm_import_dialog_parent_class)->dispose (object);
}

static void
dm_import_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (object);

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
dm_import_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DmImportDialog *self = DM_IMPORT_DIALOG (object);

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
dm_import_dialog_class_init (DmImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dm_import_dialog_constructed;
  object_class->dispose = dm_import_dialog_dispose;
  object_class->get_property = dm_import_dialog_get_property;
  object_class->set_property = dm_import_dialog_set_property;

  /**
   * DmImportDialog:store:
   *
   * Where the articles are saved.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* The template instantiates the importer and looks up item properties. */
  g_type_ensure (DM_TYPE_ARTICLE_IMPORTER);
  g_type_ensure (DM_TYPE_PENDING_ARTICLE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, importer);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, selection);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, detail_stack);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, source_entry);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, url_entry);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, language_entry);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, body_view);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, paste_view);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, paste_buffer);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, message_image);
  gtk_widget_class_bind_template_child (widget_class, DmImportDialog, message_label);
  gtk_widget_class_bind_template_callback (widget_class, items_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, loading_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, selected_item_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, paste_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, files_dropped_cb);
  gtk_widget_class_bind_template_callback (widget_class, get_row_icon_name);
  gtk_widget_class_bind_template_callback (widget_class, is_present);
  gtk_widget_class_bind_template_callback (widget_class, format_progress);

  gtk_widget_class_install_action (widget_class, "import.choose-files", NULL, choose_files_action);
  gtk_widget_class_install_action (widget_class, "import.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "import.add-text", NULL, add_text_action);
  gtk_widget_class_install_action (widget_class, "import.remove", NULL, remove_action);
  gtk_widget_class_install_action (widget_class, "import.stop", NULL, stop_action);
  gtk_widget_class_install_action (widget_class, "import.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "import.dismiss", NULL, dismiss_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "import.choose-files", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK, "import.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dm_import_dialog_init (DmImportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  bind_entry (self, "title", self->title_entry);
  bind_entry (self, "source", self->source_entry);
  bind_entry (self, "url", self->url_entry);
  bind_entry (self, "published", self->date_entry);
  bind_entry (self, "language", self->language_entry);
}

/* }}} */

/* Public API {{{ */

/**
 * dm_import_dialog_new:
 * @store: where the articles are imported
 *
 * Returns: (transfer none): a new dialog, owned by GTK like every window
 */
DmImportDialog *
dm_import_dialog_new (DmStore *store)
{
  g_return_val_if_fail (DM_IS_STORE (store), NULL);

  return g_object_new (DM_TYPE_IMPORT_DIALOG,
                       "store", store,
                       NULL);
}

/**
 * dm_import_dialog_get_store:
 *
 * Returns: (transfer none): the store articles are imported into
 */
DmStore *
dm_import_dialog_get_store (DmImportDialog *self)
{
  g_return_val_if_fail (DM_IS_IMPORT_DIALOG (self), NULL);

  return self->store;
}

/**
 * dm_import_dialog_get_importer:
 *
 * Returns: (transfer none): the articles waiting to be imported
 */
DmArticleImporter *
dm_import_dialog_get_importer (DmImportDialog *self)
{
  g_return_val_if_fail (DM_IS_IMPORT_DIALOG (self), NULL);

  return self->importer;
}

/**
 * dm_import_dialog_load_files:
 * @self: a #DmImportDialog
 * @files: (array length=n_files): text files
 * @n_files: the length of @files
 *
 * Reads @files into the list, in the background. Files given while others
 * are read are read next.
 */
void
dm_import_dialog_load_files (DmImportDialog  *self,
                             GFile          **files,
                             guint            n_files)
{
  g_return_if_fail (DM_IS_IMPORT_DIALOG (self));
  g_return_if_fail (files != NULL || n_files == 0);

  if (n_files == 0)
    return;

  if (dm_article_importer_get_loading (self->importer))
    {
      if (self->queued_files == NULL)
        self->queued_files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < n_files; i++)
        g_ptr_array_add (self->queued_files, g_object_ref (files[i]));

      return;
    }

  start_load (self, files, n_files);
}

/**
 * dm_import_dialog_present:
 * @parent: (nullable): the window to keep the dialog over
 * @store: where to import
 *
 * Opens an empty import dialog: choose files or paste a text.
 */
void
dm_import_dialog_present (GtkWindow *parent,
                          DmStore   *store)
{
  DmImportDialog *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (DM_IS_STORE (store));

  self = dm_import_dialog_new (store);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * dm_import_files:
 * @parent: (nullable): the window to keep the dialog over
 * @store: where to import
 * @files: (array length=n_files): files, such as those dropped on @parent
 * @n_files: the length of @files
 *
 * Opens the import dialog and starts reading @files into it.
 */
void
dm_import_files (GtkWindow  *parent,
                 DmStore    *store,
                 GFile     **files,
                 guint       n_files)
{
  DmImportDialog *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (DM_IS_STORE (store));
  g_return_if_fail (files != NULL || n_files == 0);

  self = dm_import_dialog_new (store);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  dm_import_dialog_load_files (self, files, n_files);
  gtk_window_present (GTK_WINDOW (self));
}

/* }}} */
