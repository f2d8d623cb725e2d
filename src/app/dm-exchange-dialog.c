/* dm-exchange-dialog.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-exchange-dialog"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "dm-exchange-dialog-private.h"
#include "dm-scope-list.h"


/* The progress bar follows the worker this often. */
#define PROGRESS_INTERVAL_MS 100

/* The count of what a scope selects waits for typing to pause. */
#define COUNT_DELAY_MS 250

/**
 * DmExchangeDialog:
 *
 * Export (a format, a scope, a file) or import of an annotated set, the
 * app's side of issue 6. Both run in a worker thread with a progress bar
 * and Cancel. A SQLite connection belongs to one thread, and the store's
 * is the main thread's, so the worker opens its own on the same file (WAL
 * lets it read or write while the main thread reads); after an import the
 * store is told to reload and takes the worker's undo entry, so Ctrl+Z
 * takes the import back. Core writes an export through a temporary file
 * and applies an import in one transaction, so Cancel leaves no half file
 * and no half import. Every error names the file, and core leaves the
 * store unchanged on one.
 */

/* What a worker thread needs, shared with the dialog for its progress:
 * an atomic refcounted box, so that either side may drop it last. */
typedef struct
{
  char           *db_path;
  char           *path;
  DmExportFormat  format;
  DmExportScope  *scope;
  int             permille;      /* atomic */
  char           *report_text;   /* set by an import worker */
  DmStore        *writer;        /* an import worker's store, once done */
} Job;

static void
job_clear (Job *job)
{
  g_clear_pointer (&job->db_path, g_free);
  g_clear_pointer (&job->path, g_free);
  g_clear_pointer (&job->scope, dm_export_scope_free);
  g_clear_pointer (&job->report_text, g_free);
  g_clear_object (&job->writer);
}

static void
job_unref (Job *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) job_clear);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Job, job_unref)

struct _DmExchangeDialog
{
  GtkWindow             parent_instance;

  DmStore              *store;
  char                 *article_uuid;
  gboolean              importing;
  GCancellable         *cancellable;     /* of the running job */
  GtkFileChooserNative *chooser;
  Job                  *job;             /* the running one, for its progress */
  guint                 progress_id;
  guint                 count_id;
  guint                 busy : 1;
  guint                 disposed : 1;

  /* Template widgets */
  GtkStack             *stack;
  GtkDropDown          *format_dropdown;
  GtkCheckButton       *article_check;
  GtkEntry             *from_entry;
  GtkEntry             *to_entry;
  GtkEntry             *coder_entry;
  DmScopeList          *actor_scope;
  DmScopeList          *topic_scope;
  GtkLabel             *count_label;
  GtkButton            *export_button;
  GtkButton            *choose_button;
  GtkWidget            *progress_box;
  GtkProgressBar       *progress_bar;
  GtkButton            *cancel_button;
  GtkLabel             *status_label;
  GtkLabel             *error_label;
};

G_DEFINE_FINAL_TYPE (DmExchangeDialog, dm_exchange_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ARTICLE_UUID,
  PROP_IMPORTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The rows of format_dropdown are in DmExportFormat's order. */
G_STATIC_ASSERT (DM_EXPORT_GRAPHML_ACTOR_ACTOR == 4);

static const char * const format_file_names[] = {
  "demarche-set.json",
  "demarche-annotations.csv",
  "demarche-annotations.jsonld",
  "demarche-actor-topic.graphml",
  "demarche-actor-actor.graphml",
};

/* Helpers {{{ */

/* Set first thing in dispose: template widgets may emit signals while
 * they go, and a worker may finish after. */
static gboolean
is_disposed (DmExchangeDialog *self)
{
  return self->disposed;
}

static gboolean
progress_tick_cb (gpointer user_data)
{
  DmExchangeDialog *self = user_data;
  int permille = self->job != NULL ? g_atomic_int_get (&self->job->permille) : 0;
  g_autofree char *text = NULL;

  gtk_progress_bar_set_fraction (self->progress_bar, permille / 1000.0);
  /* Translators: progress of an export or import, in percent */
  text = g_strdup_printf (_("%d %%"), permille / 10);
  gtk_progress_bar_set_text (self->progress_bar, text);

  return G_SOURCE_CONTINUE;
}

/* Called in the worker thread. */
static void
job_progress_cb (double   fraction,
                 gpointer user_data)
{
  Job *job = user_data;

  g_atomic_int_set (&job->permille, (int) (fraction * 1000));
}

static void
set_busy (DmExchangeDialog *self,
          gboolean          busy,
          const char       *status)
{
  self->busy = !!busy;
  if (busy)
    {
      gtk_widget_set_visible (self->progress_box, TRUE);
      gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), TRUE);
      progress_tick_cb (self);
      if (self->progress_id == 0)
        self->progress_id = g_timeout_add (PROGRESS_INTERVAL_MS, progress_tick_cb, self);
    }
  else
    {
      g_clear_handle_id (&self->progress_id, g_source_remove);
      /* The bar stays, full, under a success, and goes otherwise. */
      if (self->job != NULL && g_atomic_int_get (&self->job->permille) == 1000)
        progress_tick_cb (self);
      else
        gtk_widget_set_visible (self->progress_box, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->cancel_button), FALSE);
      g_clear_pointer (&self->job, job_unref);
    }
  gtk_widget_set_sensitive (GTK_WIDGET (self->export_button), !busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->choose_button), !busy);
  gtk_label_set_text (self->status_label, status != NULL ? status : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), status != NULL && status[0] != '\0');
}

static void
show_error (DmExchangeDialog *self,
            const char       *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static char *
dup_entry_text (GtkEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return stripped[0] != '\0' ? g_steal_pointer (&stripped) : NULL;
}

/* The scope the widgets describe, checked against the store. */
static DmExportScope *
build_scope (DmExchangeDialog  *self,
             GError           **error)
{
  g_autoptr(DmExportScope) scope = dm_export_scope_new ();
  g_autofree char *from = dup_entry_text (self->from_entry);
  g_autofree char *to = dup_entry_text (self->to_entry);
  g_autofree char *coder = dup_entry_text (self->coder_entry);

  g_auto(GStrv) actors = dm_scope_list_dup_chosen (self->actor_scope);
  g_auto(GStrv) topics = dm_scope_list_dup_chosen (self->topic_scope);

  if (self->article_uuid != NULL && gtk_check_button_get_active (self->article_check))
    {
      const char * const articles[] = { self->article_uuid, NULL };

      dm_export_scope_set_articles (scope, articles);
    }

  dm_export_scope_set_dates (scope, from, to);
  dm_export_scope_set_coder (scope, coder);
  dm_export_scope_set_actors (scope, (const char * const *) actors);
  dm_export_scope_set_topics (scope, (const char * const *) topics);

  if (!dm_export_scope_validate (scope, self->store, error))
    return NULL;

  return g_steal_pointer (&scope);
}

/* What the scope selects, before exporting: one pass over the store,
 * quick next to writing the file. */
static void
update_count (DmExchangeDialog *self)
{
  g_autoptr(DmExportScope) scope = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *n_annotations = NULL;
  g_autofree char *n_articles = NULL;
  g_autofree char *text = NULL;

  if (!(scope = build_scope (self, &error)) ||
      !dm_export_scope_select (scope, self->store, &articles, &annotations, &error))
    {
      gtk_label_set_text (self->count_label, error->message);
      gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "error");
      return;
    }

  n_annotations = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation", "%u annotations",
                                                annotations->len), annotations->len);
  n_articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles",
                                             articles->len), articles->len);
  /* Translators: what an export will hold, e.g. "12 annotations in 3 articles" */
  text = g_strdup_printf (_("%s in %s"), n_annotations, n_articles);
  gtk_label_set_text (self->count_label, text);
  gtk_widget_remove_css_class (GTK_WIDGET (self->count_label), "error");
}

static gboolean
count_timeout_cb (gpointer user_data)
{
  DmExchangeDialog *self = user_data;

  self->count_id = 0;
  update_count (self);

  return G_SOURCE_REMOVE;
}

static void
scope_changed_cb (DmExchangeDialog *self)
{
  if (self->importing || is_disposed (self))
    return;

  g_clear_handle_id (&self->count_id, g_source_remove);
  self->count_id = g_timeout_add (COUNT_DELAY_MS, count_timeout_cb, self);
}

static char *
format_set_report (const DmImportReport *report)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: the outcome of importing an annotated set */
  g_string_append_printf (text, _("%u added, %u updated, %u unchanged, %u conflicts"),
                          report->added, report->updated, report->unchanged,
                          report->conflicts->len);
  for (guint i = 0; i < report->conflicts->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (report->conflicts, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
format_web_annotation_report (const DmWebAnnotationReport *report)
{
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: the outcome of importing W3C Web Annotations */
  g_string_append_printf (text, _("%u added, %u updated, %u unchanged, %u re-anchored, %u skipped, %u conflicts"),
                          report->added, report->updated, report->unchanged,
                          report->reanchored, report->skipped->len, report->conflicts->len);
  for (guint i = 0; i < report->skipped->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (report->skipped, i));
  for (guint i = 0; i < report->conflicts->len; i++)
    g_string_append_printf (text, "\n%s", (const char *) g_ptr_array_index (report->conflicts, i));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* }}} */

/* Worker threads {{{ */

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(DmStore) store = NULL;
  GError *error = NULL;

  if (!(store = dm_store_open (job->db_path, &error)) ||
      !dm_export_to_file (store, job->format, job->scope, job->path,
                          job_progress_cb, job, cancellable, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(DmStore) store = NULL;
  g_autofree char *data = NULL;
  GError *error = NULL;
  GStatBuf info;
  gsize length = 0;

  if (g_stat (job->path, &info) == 0 && info.st_size > DM_SET_MAX_SIZE)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("too large (%" G_GOFFSET_FORMAT " MiB; the limit is %" G_GOFFSET_FORMAT " MiB)"),
                               (goffset) info.st_size / (1024 * 1024), DM_SET_MAX_SIZE / (1024 * 1024));
      return;
    }

  if (!g_file_get_contents (job->path, &data, &length, &error) ||
      !(store = dm_store_open (job->db_path, &error)))
    {
      g_task_return_error (task, error);
      return;
    }

  /* Record the import, for the window's undo (dm_store_reload()). */
  dm_store_get_undo_stack (store);

  /* Core names the file in its own messages; all or nothing is applied. */
  if (dm_web_annotation_detect (data, length))
    {
      g_autoptr(DmWebAnnotationReport) report = dm_web_annotation_report_new ();

      if (!dm_web_annotation_import_data (store, data, length, job->path, report, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      job->report_text = format_web_annotation_report (report);
      job_progress_cb (1.0, job);
    }
  else
    {
      g_autoptr(DmImportReport) report = dm_import_report_new ();

      /* Core reads the file again, with progress; free this copy first. */
      g_clear_pointer (&data, g_free);
      if (!dm_json_set_import_file_full (store, job->path, report, job_progress_cb, job, cancellable, &error))
        {
          g_task_return_error (task, error);
          return;
        }
      job->report_text = format_set_report (report);
    }

  /* Handed to the main thread, which takes its undo entry. */
  job->writer = g_steal_pointer (&store);
  g_task_return_boolean (task, TRUE);
}

/* }}} */

/* Callbacks {{{ */

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(DmExchangeDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_filename_display_basename (job->path);
  g_autofree char *status = NULL;
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  if (is_disposed (self))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      status = g_strdup_printf (_("Export to “%s” cancelled; nothing was written."), name);
      set_busy (self, FALSE, status);
      return;
    }

  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);

      set_busy (self, FALSE, NULL);
      show_error (self, message);
      return;
    }

  status = g_strdup_printf (_("Exported to “%s”."), name);
  set_busy (self, FALSE, status);
}

static void
imported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(DmExchangeDialog) self = user_data;
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *name = g_filename_display_basename (job->path);
  g_autofree char *status = NULL;
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);

  /* Written through another connection: let the views know, and make
   * the import one step of the window's undo, as any other change. */
  if (error == NULL)
    dm_store_reload (self->store, job->writer);

  if (is_disposed (self))
    return;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      status = g_strdup_printf (_("Import of “%s” cancelled; nothing was changed."), name);
      set_busy (self, FALSE, status);
      return;
    }

  if (error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not import “%s”: %s"), name, error->message);

      set_busy (self, FALSE, NULL);
      show_error (self, message);
      return;
    }

  status = g_strdup_printf (_("Imported “%s”: %s"), name, job->report_text);
  set_busy (self, FALSE, status);
}

static void
chooser_response_cb (DmExchangeDialog     *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  g_assert (DM_IS_EXCHANGE_DIALOG (self));

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      if (self->importing)
        _dm_exchange_dialog_import_path (self, path);
      else
        _dm_exchange_dialog_export_to_path (self, path);
    }

  g_clear_object (&self->chooser);
}

static void
choose_file (DmExchangeDialog *self)
{
  g_assert (DM_IS_EXCHANGE_DIALOG (self));

  if (self->chooser != NULL)
    return;

  if (self->importing)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      self->chooser = gtk_file_chooser_native_new (_("Import Annotated Set"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_OPEN,
                                                   _("_Import"), _("_Cancel"));
      gtk_file_filter_set_name (filter, _("JSON annotated sets and Web Annotations"));
      gtk_file_filter_add_suffix (filter, "json");
      gtk_file_filter_add_suffix (filter, "jsonld");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
    }
  else
    {
      guint format = gtk_drop_down_get_selected (self->format_dropdown);

      self->chooser = gtk_file_chooser_native_new (_("Export Annotations"), GTK_WINDOW (self),
                                                   GTK_FILE_CHOOSER_ACTION_SAVE,
                                                   _("_Export"), _("_Cancel"));
      if (format < G_N_ELEMENTS (format_file_names))
        gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), format_file_names[format]);
    }

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_clicked_cb (DmExchangeDialog *self)
{
  choose_file (self);
}

static void
choose_clicked_cb (DmExchangeDialog *self)
{
  choose_file (self);
}

static void
cancel_clicked_cb (DmExchangeDialog *self)
{
  g_cancellable_cancel (self->cancellable);
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), FALSE);
}

/* }}} */

/* GObject {{{ */

static void
dm_exchange_dialog_constructed (GObject *object)
{
  DmExchangeDialog *self = DM_EXCHANGE_DIALOG (object);

  G_OBJECT_CLASS (dm_exchange_dialog_parent_class)->constructed (object);

  gtk_stack_set_visible_child_name (self->stack, self->importing ? "import" : "export");
  gtk_window_set_title (GTK_WINDOW (self),
                        self->importing ? _("Import Annotated Set") : _("Export Annotations"));
  gtk_widget_set_visible (GTK_WIDGET (self->article_check), self->article_uuid != NULL);
  gtk_check_button_set_active (self->article_check, self->article_uuid != NULL);

  if (!self->importing)
    {
      g_autoptr(GListModel) actors = dm_store_list_actors (self->store);
      g_autoptr(GListModel) topics = dm_store_list_topics (self->store);

      dm_scope_list_set_model (self->actor_scope, actors);
      dm_scope_list_set_model (self->topic_scope, topics);
      g_clear_handle_id (&self->count_id, g_source_remove);
      update_count (self);
    }
}

static void
dm_exchange_dialog_dispose (GObject *object)
{
  DmExchangeDialog *self = DM_EXCHANGE_DIALOG (object);

  self->disposed = TRUE;
  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  g_clear_handle_id (&self->count_id, g_source_remove);
  g_clear_pointer (&self->job, job_unref);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_EXCHANGE_DIALOG);

  G_OBJECT_CLASS (dm_exchange_dialog_parent_class)->dispose (object);
}

static void
dm_exchange_dialog_finalize (GObject *object)
{
  DmExchangeDialog *self = DM_EXCHANGE_DIALOG (object);

  /* Kept until here: an import that ends after the dialog closed still
   * tells the store to reload. */
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->article_uuid, g_free);

  G_OBJECT_CLASS (dm_exchange_dialog_parent_class)->finalize (object);
}

static void
dm_exchange_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DmExchangeDialog *self = DM_EXCHANGE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    case PROP_ARTICLE_UUID:
      g_value_set_string (value, self->article_uuid);
      break;
    case PROP_IMPORTING:
      g_value_set_boolean (value, self->importing);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_exchange_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DmExchangeDialog *self = DM_EXCHANGE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    case PROP_ARTICLE_UUID:
      self->article_uuid = g_value_dup_string (value);
      break;
    case PROP_IMPORTING:
      self->importing = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_exchange_dialog_class_init (DmExchangeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dm_exchange_dialog_constructed;
  object_class->dispose = dm_exchange_dialog_dispose;
  object_class->finalize = dm_exchange_dialog_finalize;
  object_class->get_property = dm_exchange_dialog_get_property;
  object_class->set_property = dm_exchange_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ARTICLE_UUID] =
    g_param_spec_string ("article-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_IMPORTING] =
    g_param_spec_boolean ("importing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DM_TYPE_SCOPE_LIST);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-exchange-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, format_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, article_check);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, from_entry);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, to_entry);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, coder_entry);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, actor_scope);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, topic_scope);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, count_label);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, choose_button);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, progress_box);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, DmExchangeDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, choose_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, cancel_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, scope_changed_cb);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dm_exchange_dialog_init (DmExchangeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
}

/* }}} */

/* Private API {{{ */

/* A job for a worker, with a fresh cancellable: Cancel stops this one. */
static GTask *
start_job (DmExchangeDialog    *self,
           Job                 *job,
           GAsyncReadyCallback  callback)
{
  GTask *task;

  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  gtk_widget_set_sensitive (GTK_WIDGET (self->cancel_button), TRUE);

  g_clear_pointer (&self->job, job_unref);
  self->job = g_atomic_rc_box_acquire (job);

  /* No source object: GTask may drop its references in the worker, and a
   * widget must be finalized in the main thread. The callback gets one. */
  task = g_task_new (NULL, self->cancellable, callback, g_object_ref (self));
  g_task_set_task_data (task, g_atomic_rc_box_acquire (job), (GDestroyNotify) job_unref);

  return task;
}

void
_dm_exchange_dialog_export_to_path (DmExchangeDialog *self,
                                    const char       *path)
{
  g_autoptr(DmExportScope) scope = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  g_autoptr(Job) job = NULL;
  g_autofree char *name = NULL;
  g_autofree char *status = NULL;

  g_return_if_fail (DM_IS_EXCHANGE_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (!self->busy);

  name = g_filename_display_basename (path);
  show_error (self, NULL);

  /* The scope is checked here, where the store is: a typing error is
   * reported at once, without a thread. */
  if (!(scope = build_scope (self, &error)))
    {
      g_autofree char *message = g_strdup_printf (_("Could not export to “%s”: %s"), name, error->message);

      set_busy (self, FALSE, NULL);
      show_error (self, message);
      return;
    }

  job = g_atomic_rc_box_new0 (Job);
  job->db_path = g_strdup (dm_store_get_path (self->store));
  job->path = g_strdup (path);
  job->format = (DmExportFormat) gtk_drop_down_get_selected (self->format_dropdown);
  job->scope = g_steal_pointer (&scope);

  task = start_job (self, job, exported_cb);
  g_task_set_source_tag (task, _dm_exchange_dialog_export_to_path);

  status = g_strdup_printf (_("Writing “%s”…"), name);
  set_busy (self, TRUE, status);
  g_task_run_in_thread (task, export_thread);
}

void
_dm_exchange_dialog_import_path (DmExchangeDialog *self,
                                 const char       *path)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(Job) job = NULL;
  g_autofree char *name = NULL;
  g_autofree char *status = NULL;

  g_return_if_fail (DM_IS_EXCHANGE_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (!self->busy);

  name = g_filename_display_basename (path);
  show_error (self, NULL);

  job = g_atomic_rc_box_new0 (Job);
  job->db_path = g_strdup (dm_store_get_path (self->store));
  job->path = g_strdup (path);

  task = start_job (self, job, imported_cb);
  g_task_set_source_tag (task, _dm_exchange_dialog_import_path);

  status = g_strdup_printf (_("Reading “%s”…"), name);
  set_busy (self, TRUE, status);
  g_task_run_in_thread (task, import_thread);
}

gboolean
_dm_exchange_dialog_get_busy (DmExchangeDialog *self)
{
  g_return_val_if_fail (DM_IS_EXCHANGE_DIALOG (self), FALSE);

  return self->busy;
}

/* }}} */

/* Public API {{{ */

/**
 * dm_exchange_dialog_get_store:
 * @self: a #DmExchangeDialog
 *
 * Returns: (transfer none): the store exported from or imported into
 */
DmStore *
dm_exchange_dialog_get_store (DmExchangeDialog *self)
{
  g_return_val_if_fail (DM_IS_EXCHANGE_DIALOG (self), NULL);

  return self->store;
}

static void
present (GtkWindow  *parent,
         DmStore    *store,
         gboolean    importing,
         const char *article_uuid)
{
  GtkWindow *self;

  self = g_object_new (DM_TYPE_EXCHANGE_DIALOG,
                       "store", store,
                       "importing", importing,
                       "article-uuid", article_uuid,
                       "transient-for", parent,
                       NULL);
  gtk_window_present (self);
}

/**
 * dm_export_dialog_present:
 * @parent: (nullable): the window to keep the dialog over
 * @store: what to export
 *
 * Opens the export dialog: a format, a scope, then a file.
 */
void
dm_export_dialog_present (GtkWindow *parent,
                          DmStore   *store)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (DM_IS_STORE (store));

  present (parent, store, FALSE, NULL);
}

/**
 * dm_export_dialog_present_for_article:
 * @parent: (nullable): the window to keep the dialog over
 * @store: what to export
 * @article_uuid: (nullable): the article on screen
 *
 * Like dm_export_dialog_present(), with "only the current article" offered
 * and checked.
 */
void
dm_export_dialog_present_for_article (GtkWindow  *parent,
                                      DmStore    *store,
                                      const char *article_uuid)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (DM_IS_STORE (store));

  present (parent, store, FALSE, article_uuid);
}

/**
 * dm_import_set_dialog_present:
 * @parent: (nullable): the window to keep the dialog over
 * @store: where to import
 *
 * Opens the dialog that imports a Demarche annotated set or W3C Web
 * Annotations, telling the two apart by their content.
 */
void
dm_import_set_dialog_present (GtkWindow *parent,
                              DmStore   *store)
{
  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (DM_IS_STORE (store));

  present (parent, store, TRUE, NULL);
}

/* }}} */
