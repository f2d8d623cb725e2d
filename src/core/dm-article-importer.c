/* dm-article-importer.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-article-importer"

#include "config.h"

#include "dm-article.h"
#include "dm-article-importer.h"
#include "dm-error.h"
#include "dm-store-private.h"

/**
 * DmArticleImporter:
 *
 * The articles an analyst is about to import, as a #GListModel of
 * #DmPendingArticle. Files are read and parsed in a worker thread; each
 * one read is queued, and the main context takes the queue in one
 * items-changed per wake-up, so a thousand small files do not cost a
 * thousand list updates. Files that cannot be read are items too, carrying
 * the error that names them, so they can be shown and removed.
 *
 * dm_article_importer_save() writes every valid article in one
 * transaction: all are saved or none (issue 4: "nothing half-imported").
 */
struct _DmArticleImporter
{
  GObject    parent_instance;

  GPtrArray *items;     /* DmPendingArticle */
  guint      n_files;   /* in the current or last load */
  guint      n_read;
  guint      loading : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DmArticleImporter, dm_article_importer, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_LOADING,
  PROP_N_FILES,
  PROP_N_READ,
  PROP_FRACTION,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* One call of dm_article_importer_load_async(). The worker fills @ready
 * under @mutex; the main context moves it into the list.
 *
 * The worker's task has no source object: GTask drops the worker's
 * reference from the worker thread some time after the result is in, and
 * that must not keep the importer alive (or finalize it in the wrong
 * thread). */
typedef struct
{
  DmArticleImporter *self;     /* unowned; the caller's task holds it until done */
  gboolean      done;          /* main context only */
  GPtrArray    *files;         /* GFile */
  GMainContext *context;
  GCancellable *cancellable;
  GMutex        mutex;
  GPtrArray    *ready;         /* DmPendingArticle, under mutex */
  gboolean      flush_queued;  /* under mutex */
  GPtrArray    *loaded;        /* DmPendingArticle, main context only */
} Load;

static void
load_free (Load *load)
{
  g_clear_pointer (&load->files, g_ptr_array_unref);
  g_clear_pointer (&load->context, g_main_context_unref);
  g_clear_object (&load->cancellable);
  g_clear_pointer (&load->ready, g_ptr_array_unref);
  g_clear_pointer (&load->loaded, g_ptr_array_unref);
  g_mutex_clear (&load->mutex);
  g_free (load);
}

/* Helpers {{{ */

static char *
dup_display_name (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *basename = NULL;

  /* Local files need no I/O for this; a remote one may ask its backend. */
  if (!g_file_is_native (file) &&
      (info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                                 G_FILE_QUERY_INFO_NONE, NULL, NULL)) != NULL)
    return g_strdup (g_file_info_get_display_name (info));

  basename = g_file_get_basename (file);
  if (basename == NULL)
    return g_file_get_parse_name (file);

  return g_filename_display_name (basename);
}

/* Runs in the worker thread. */
static DmPendingArticle *
read_file (GFile        *file,
           GCancellable *cancellable)
{
  g_autofree char *name = dup_display_name (file);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  if (path != NULL)
    {
      /* Refuses files over the size limit before reading them. */
      article = dm_article_new_from_file (path, &error);
    }
  else
    {
      g_autofree char *parse_name = g_file_get_parse_name (file);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_load_contents (file, cancellable, &contents, &length, NULL, &error))
        article = dm_article_new_from_text (contents, length, parse_name, &error);
      else
        g_prefix_error (&error, "%s: ", parse_name);
    }

  return dm_pending_article_new (name, file, article, error);
}

static void
set_progress (DmArticleImporter *self,
              guint              n_files,
              guint              n_read)
{
  g_assert (DM_IS_ARTICLE_IMPORTER (self));

  if (self->n_files == n_files && self->n_read == n_read)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  if (self->n_files != n_files)
    {
      self->n_files = n_files;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_FILES]);
    }

  if (self->n_read != n_read)
    {
      self->n_read = n_read;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_READ]);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FRACTION]);
  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_loading (DmArticleImporter *self,
             gboolean           loading)
{
  g_assert (DM_IS_ARTICLE_IMPORTER (self));

  loading = !!loading;
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
append_items (DmArticleImporter *self,
              GPtrArray         *items)
{
  guint position = self->items->len;

  g_assert (DM_IS_ARTICLE_IMPORTER (self));

  if (items->len == 0)
    return;

  for (guint i = 0; i < items->len; i++)
    g_ptr_array_add (self->items, g_object_ref (g_ptr_array_index (items, i)));

  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, items->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/* Moves what the worker has read into the list. Runs in the main context.
 * Once the load is cancelled nothing more is added, so what the analyst
 * sees when pressing Cancel is what stays. */
static void
flush_ready (Load *load)
{
  DmArticleImporter *self = load->self;
  g_autoptr(GPtrArray) ready = NULL;

  /* A progress update that comes after the result has nothing to do, and
   * the importer may be gone. */
  if (load->done)
    return;

  g_assert (DM_IS_ARTICLE_IMPORTER (self));

  g_mutex_lock (&load->mutex);
  ready = g_steal_pointer (&load->ready);
  load->ready = g_ptr_array_new_with_free_func (g_object_unref);
  load->flush_queued = FALSE;
  g_mutex_unlock (&load->mutex);

  if (ready->len == 0 || g_cancellable_is_cancelled (load->cancellable))
    return;

  for (guint i = 0; i < ready->len; i++)
    g_ptr_array_add (load->loaded, g_object_ref (g_ptr_array_index (ready, i)));

  append_items (self, ready);
  set_progress (self, self->n_files, self->n_read + ready->len);
}

static gboolean
has_file (DmArticleImporter *self,
          GPtrArray         *files,
          GFile             *file)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      GFile *other = dm_pending_article_get_file (g_ptr_array_index (self->items, i));

      if (other != NULL && g_file_equal (other, file))
        return TRUE;
    }

  for (guint i = 0; i < files->len; i++)
    {
      if (g_file_equal (g_ptr_array_index (files, i), file))
        return TRUE;
    }

  return FALSE;
}

/* }}} */

/* Callbacks {{{ */

static gboolean
ready_queued_cb (gpointer user_data)
{
  GTask *task = user_data;

  g_assert (G_IS_TASK (task));

  flush_ready (g_task_get_task_data (task));

  return G_SOURCE_REMOVE;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Load *load = task_data;

  for (guint i = 0; i < load->files->len; i++)
    {
      DmPendingArticle *item;

      if (g_task_return_error_if_cancelled (task))
        return;

      item = read_file (g_ptr_array_index (load->files, i), cancellable);

      g_mutex_lock (&load->mutex);
      g_ptr_array_add (load->ready, item);
      if (!load->flush_queued)
        {
          g_autoptr(GSource) source = g_idle_source_new ();

          /* Not g_main_context_invoke(): when the main context is idle
           * and unowned, that would run the callback here, in the
           * worker, and emit items-changed from the wrong thread. */
          load->flush_queued = TRUE;
          g_source_set_priority (source, G_PRIORITY_DEFAULT);
          g_source_set_static_name (source, "[demarche] article importer progress");
          g_source_set_callback (source, ready_queued_cb, g_object_ref (task), g_object_unref);
          g_source_attach (source, load->context);
        }
      g_mutex_unlock (&load->mutex);
    }

  g_task_return_boolean (task, TRUE);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  DmArticleImporter *self = g_task_get_source_object (task);
  Load *load = g_task_get_task_data (G_TASK (result));
  GError *error = NULL;

  g_assert (G_IS_TASK (task));
  g_assert (DM_IS_ARTICLE_IMPORTER (self));

  flush_ready (load);
  load->done = TRUE;
  set_loading (self, FALSE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, g_ptr_array_ref (load->loaded), (GDestroyNotify) g_ptr_array_unref);
}

/* }}} */

/* GListModel {{{ */

static GType
dm_article_importer_get_item_type (GListModel *model)
{
  return DM_TYPE_PENDING_ARTICLE;
}

static guint
dm_article_importer_get_n_items (GListModel *model)
{
  return DM_ARTICLE_IMPORTER (model)->items->len;
}

static gpointer
dm_article_importer_get_item (GListModel *model,
                              guint       position)
{
  DmArticleImporter *self = DM_ARTICLE_IMPORTER (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dm_article_importer_get_item_type;
  iface->get_n_items = dm_article_importer_get_n_items;
  iface->get_item = dm_article_importer_get_item;
}

/* }}} */

/* GObject {{{ */

static void
dm_article_importer_dispose (GObject *object)
{
  DmArticleImporter *self = (DmArticleImporter *)object;

  if (self->items != NULL)
    g_ptr_array_set_size (self->items, 0);

  G_OBJECT_CLASS (dm_article_importer_parent_class)->dispose (object);
}

static void
dm_article_importer_finalize (GObject *object)
{
  DmArticleImporter *self = (DmArticleImporter *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);

  G_OBJECT_CLASS (dm_article_importer_parent_class)->finalize (object);
}

static void
dm_article_importer_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DmArticleImporter *self = DM_ARTICLE_IMPORTER (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;

    case PROP_N_FILES:
      g_value_set_uint (value, self->n_files);
      break;

    case PROP_N_READ:
      g_value_set_uint (value, self->n_read);
      break;

    case PROP_FRACTION:
      g_value_set_double (value, dm_article_importer_get_fraction (self));
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_article_importer_class_init (DmArticleImporterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dm_article_importer_dispose;
  object_class->finalize = dm_article_importer_finalize;
  object_class->get_property = dm_article_importer_get_property;

  /**
   * DmArticleImporter:loading:
   *
   * Whether files are being read.
   */
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DmArticleImporter:n-files:
   *
   * How many files the current (or last) load reads.
   */
  properties[PROP_N_FILES] =
    g_param_spec_uint ("n-files", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DmArticleImporter:n-read:
   *
   * How many of them are in the list so far.
   */
  properties[PROP_N_READ] =
    g_param_spec_uint ("n-read", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DmArticleImporter:fraction:
   *
   * n-read / n-files, for a progress bar.
   */
  properties[PROP_FRACTION] =
    g_param_spec_double ("fraction", NULL, NULL,
                         0.0, 1.0, 0.0,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  /**
   * DmArticleImporter:n-items:
   *
   * The number of pending articles, for bindings.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_article_importer_init (DmArticleImporter *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
}

/* }}} */

/* Public API {{{ */

DmArticleImporter *
dm_article_importer_new (void)
{
  return g_object_new (DM_TYPE_ARTICLE_IMPORTER, NULL);
}

gboolean
dm_article_importer_get_loading (DmArticleImporter *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_IMPORTER (self), FALSE);

  return self->loading;
}

guint
dm_article_importer_get_n_files (DmArticleImporter *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_IMPORTER (self), 0);

  return self->n_files;
}

guint
dm_article_importer_get_n_read (DmArticleImporter *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_IMPORTER (self), 0);

  return self->n_read;
}

double
dm_article_importer_get_fraction (DmArticleImporter *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_IMPORTER (self), 0.0);

  if (self->n_files == 0)
    return 0.0;

  return CLAMP ((double) self->n_read / self->n_files, 0.0, 1.0);
}

/**
 * dm_article_importer_count_valid:
 *
 * Returns: how many pending articles can be saved
 */
guint
dm_article_importer_count_valid (DmArticleImporter *self)
{
  guint n_valid = 0;

  g_return_val_if_fail (DM_IS_ARTICLE_IMPORTER (self), 0);

  for (guint i = 0; i < self->items->len; i++)
    {
      if (dm_pending_article_get_valid (g_ptr_array_index (self->items, i)))
        n_valid++;
    }

  return n_valid;
}

/**
 * dm_article_importer_load_async:
 * @self: a #DmArticleImporter
 * @files: (array length=n_files): text files to read
 * @n_files: the length of @files
 * @cancellable: (nullable): stops reading: files read after it is
 *   cancelled are not added
 * @callback: called once every file is read, or on cancellation
 * @user_data: data for @callback
 *
 * Reads @files in a worker thread and appends a #DmPendingArticle for each
 * as it is read, in the order given, progress showing in
 * #DmArticleImporter:n-read. Files already in the list are skipped. Only
 * one load runs at a time.
 */
void
dm_article_importer_load_async (DmArticleImporter    *self,
                                GFile               **files,
                                guint                 n_files,
                                GCancellable         *cancellable,
                                GAsyncReadyCallback   callback,
                                gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GTask) worker = NULL;
  Load *load;

  g_return_if_fail (DM_IS_ARTICLE_IMPORTER (self));
  g_return_if_fail (files != NULL || n_files == 0);
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  for (guint i = 0; i < n_files; i++)
    g_return_if_fail (G_IS_FILE (files[i]));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dm_article_importer_load_async);

  if (self->loading)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_PENDING,
                               "files are still being read");
      return;
    }

  load = g_new0 (Load, 1);
  load->self = self;
  g_mutex_init (&load->mutex);
  load->files = g_ptr_array_new_with_free_func (g_object_unref);
  load->context = g_main_context_ref_thread_default ();
  load->cancellable = cancellable != NULL ? g_object_ref (cancellable) : g_cancellable_new ();
  load->ready = g_ptr_array_new_with_free_func (g_object_unref);
  load->loaded = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_files; i++)
    {
      if (!has_file (self, load->files, files[i]))
        g_ptr_array_add (load->files, g_object_ref (files[i]));
    }

  set_loading (self, TRUE);
  set_progress (self, load->files->len, 0);

  worker = g_task_new (NULL, load->cancellable, load_done_cb, g_steal_pointer (&task));
  g_task_set_source_tag (worker, dm_article_importer_load_async);
  g_task_set_name (worker, "[demarche] read articles");
  g_task_set_task_data (worker, load, (GDestroyNotify) load_free);
  g_task_run_in_thread (worker, load_thread);
}

/**
 * dm_article_importer_load_finish:
 *
 * Returns: (transfer container) (element-type DmPendingArticle): the items
 *   this load added, in the order of the files, or %NULL with @error set
 *   (%G_IO_ERROR_CANCELLED if it was cancelled; what was read before that
 *   stays in the list)
 */
GPtrArray *
dm_article_importer_load_finish (DmArticleImporter  *self,
                                 GAsyncResult       *result,
                                 GError            **error)
{
  g_return_val_if_fail (DM_IS_ARTICLE_IMPORTER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dm_article_importer_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * dm_article_importer_add_text:
 * @self: a #DmArticleImporter
 * @text: pasted text, with header lines or not
 * @length: its length in bytes, or -1 if NUL-terminated
 * @name: what to call it, such as "Pasted text"; also the fallback title
 *
 * Parses @text as dm_article_new_from_text() does and appends the result.
 *
 * Returns: (transfer none): the new item, an article or an error
 */
DmPendingArticle *
dm_article_importer_add_text (DmArticleImporter *self,
                              const char        *text,
                              gssize             length,
                              const char        *name)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  DmPendingArticle *item;

  g_return_val_if_fail (DM_IS_ARTICLE_IMPORTER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (name != NULL, NULL);

  article = dm_article_new_from_text (text, length, name, &error);
  item = dm_pending_article_new (name, NULL, article, error);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (items, item);
  append_items (self, items);

  return item;
}

void
dm_article_importer_remove (DmArticleImporter *self,
                            guint              position)
{
  g_return_if_fail (DM_IS_ARTICLE_IMPORTER (self));
  g_return_if_fail (position < self->items->len);

  g_ptr_array_remove_index (self->items, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

void
dm_article_importer_clear (DmArticleImporter *self)
{
  guint removed;

  g_return_if_fail (DM_IS_ARTICLE_IMPORTER (self));

  if ((removed = self->items->len) == 0)
    return;

  g_ptr_array_set_size (self->items, 0);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

/**
 * dm_article_importer_save:
 * @self: a #DmArticleImporter
 * @store: where to save
 * @n_saved: (out) (optional): how many articles were saved
 * @error: return location for a #GError
 *
 * Saves every pending article in one transaction, with the metadata as
 * edited, and takes them out of the list; the files that could not be read
 * stay in it. If any article cannot be saved, none is, and the list is
 * left as it was.
 *
 * Returns: %TRUE if the articles were saved
 */
gboolean
dm_article_importer_save (DmArticleImporter  *self,
                          DmStore            *store,
                          guint              *n_saved,
                          GError            **error)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GPtrArray) kept = NULL;
  guint removed;

  g_return_val_if_fail (DM_IS_ARTICLE_IMPORTER (self), FALSE);
  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (n_saved != NULL)
    *n_saved = 0;

  if (self->loading)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PENDING,
                           "files are still being read");
      return FALSE;
    }

  articles = g_ptr_array_new ();
  kept = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < self->items->len; i++)
    {
      DmPendingArticle *item = g_ptr_array_index (self->items, i);
      DmArticle *article = dm_pending_article_get_article (item);
      const char *published;

      if (article == NULL)
        {
          g_ptr_array_add (kept, g_object_ref (item));
          continue;
        }

      /* The store would refuse the whole set without saying which
       * article was at fault. */
      published = dm_article_get_published (article);
      if (published != NULL && !_dm_date_is_valid (published))
        {
          g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                       "%s: the date “%s” is not of the form YYYY-MM-DD",
                       dm_pending_article_get_title (item), published);
          return FALSE;
        }

      g_ptr_array_add (articles, article);
    }

  if (articles->len == 0)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID,
                           "there is no article to import");
      return FALSE;
    }

  if (!dm_store_add_articles (store, articles, error))
    return FALSE;

  if (n_saved != NULL)
    *n_saved = articles->len;

  removed = self->items->len;
  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = g_steal_pointer (&kept);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);

  return TRUE;
}

/* }}} */
