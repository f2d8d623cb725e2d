/* dm-article-text-dialog.c - correct an article's text
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-article-text-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-article-text-dialog.h"
#include "dm-format.h"

/**
 * DmArticleTextDialog:
 *
 * The article's title and details above its body in an editable text
 * view (issue 6). Save hands the text to dm_store_update_article_text(),
 * which re-anchors every annotation in the same transaction, one undo
 * entry; the dialog then says how many moved and how many could not be
 * placed.
 *
 * Saving runs on the main thread: the store's connection is not shared
 * between threads, its change signals drive the views, and the work is
 * bounded (the diff gives up beyond 1000 edits, the fuzzy search keeps to
 * a window around the old place), so even a long article takes a moment
 * rather than seconds.
 */
struct _DmArticleTextDialog
{
  GtkWindow    parent_instance;

  DmStore     *store;
  DmArticle   *article;

  /* Template widgets */
  GtkLabel    *title_label;
  GtkLabel    *meta_label;
  GtkTextView *text_view;
  GtkLabel    *error_label;
  GtkWidget   *save_button;
};

G_DEFINE_FINAL_TYPE (DmArticleTextDialog, dm_article_text_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ARTICLE,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers {{{ */

static char *
dup_result_text (guint moved,
                 guint orphaned)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (moved > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "%u annotation moved with the text.",
                                               "%u annotations moved with the text.", moved), moved);
  else
    g_string_append (text, _("No annotation had to move."));

  g_string_append_c (text, ' ');

  if (orphaned > 0)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE,
                                               "%u annotation could not be placed again with confidence: it is "
                                               "kept, marked “Not placed” in the list of annotations, and counts "
                                               "in no comparison until you place it on its passage.",
                                               "%u annotations could not be placed again with confidence: they "
                                               "are kept, marked “Not placed” in the list of annotations, and "
                                               "count in no comparison until you place them on their passages.",
                                               orphaned), orphaned);
  else
    g_string_append (text, _("Every annotation is in place."));

  g_string_append (text, "\n\n");
  g_string_append (text, _("Undo (Ctrl+Z) brings back the old text with its annotations."));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
result_response_cb (GtkDialog *dialog,
                    int        response,
                    gpointer   user_data)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Shown over the main window, once the correction dialog is gone. */
static void
show_result_cb (DmArticleTextDialog *self,
                guint                moved,
                guint                orphaned,
                GtkWindow           *parent)
{
  g_autofree char *text = dup_result_text (moved, orphaned);
  GtkWidget *dialog;

  dialog = gtk_message_dialog_new (parent,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   orphaned > 0 ? GTK_MESSAGE_WARNING : GTK_MESSAGE_INFO,
                                   GTK_BUTTONS_CLOSE,
                                   _("Text corrected"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", text);
  gtk_widget_set_name (dialog, "dm-retext-result");
  g_signal_connect (dialog, "response", G_CALLBACK (result_response_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* }}} */

/* Actions {{{ */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DmArticleTextDialog *self = DM_ARTICLE_TEXT_DIALOG (widget);
  g_autoptr(GError) error = NULL;

  if (!dm_article_text_dialog_save (self, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The text was not saved: %s"), error->message);

      gtk_label_set_label (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

/* }}} */

/* GObject {{{ */

static void
dm_article_text_dialog_constructed (GObject *object)
{
  DmArticleTextDialog *self = DM_ARTICLE_TEXT_DIALOG (object);
  g_autofree char *title = NULL;
  g_autofree char *meta = NULL;
  const char *body;

  G_OBJECT_CLASS (dm_article_text_dialog_parent_class)->constructed (object);

  g_return_if_fail (DM_IS_STORE (self->store));
  g_return_if_fail (DM_IS_ARTICLE (self->article));

  title = dm_format_article_title (dm_article_get_title (self->article));
  {
    g_autoptr(GPtrArray) annotations = dm_store_dup_annotations (self->store, dm_article_get_uuid (self->article), NULL);

    meta = dm_format_article_meta_markup (self->article, annotations != NULL ? annotations->len : 0);
  }
  body = dm_article_get_body (self->article);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->meta_label, meta);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), body != NULL ? body : "", -1);
}

static void
dm_article_text_dialog_dispose (GObject *object)
{
  DmArticleTextDialog *self = DM_ARTICLE_TEXT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_ARTICLE_TEXT_DIALOG);

  g_clear_object (&self->article);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dm_article_text_dialog_parent_class)->dispose (object);
}

static void
dm_article_text_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DmArticleTextDialog *self = DM_ARTICLE_TEXT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_article_text_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DmArticleTextDialog *self = DM_ARTICLE_TEXT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ARTICLE:
      self->article = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_article_text_dialog_class_init (DmArticleTextDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dm_article_text_dialog_constructed;
  object_class->dispose = dm_article_text_dialog_dispose;
  object_class->get_property = dm_article_text_dialog_get_property;
  object_class->set_property = dm_article_text_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DmArticleTextDialog:article:
   *
   * The article corrected, as read when the dialog opened, body included.
   */
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         DM_TYPE_ARTICLE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DmArticleTextDialog::saved:
   * @moved: how many annotations have other offsets now
   * @orphaned: how many of the article's annotations are not placed
   *
   * The corrected text is in the store.
   */
  signals[SAVED] =
    g_signal_new ("saved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-article-text-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DmArticleTextDialog, title_label);
  gtk_widget_class_bind_template_child (widget_class, DmArticleTextDialog, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DmArticleTextDialog, text_view);
  gtk_widget_class_bind_template_child (widget_class, DmArticleTextDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DmArticleTextDialog, save_button);

  gtk_widget_class_install_action (widget_class, "text.save", NULL, save_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "text.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dm_article_text_dialog_init (DmArticleTextDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* }}} */

/* Public API {{{ */

/**
 * dm_article_text_dialog_new:
 * @article_uuid: the article to correct
 *
 * Returns: (transfer full) (nullable): a new dialog, or %NULL if the
 *   article cannot be read
 */
DmArticleTextDialog *
dm_article_text_dialog_new (DmStore     *store,
                            const char  *article_uuid,
                            GError     **error)
{
  g_autoptr(DmArticle) article = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (article_uuid != NULL, NULL);

  if (!(article = dm_store_lookup_article (store, article_uuid, error)))
    return NULL;

  return g_object_new (DM_TYPE_ARTICLE_TEXT_DIALOG,
                       "store", store,
                       "article", article,
                       NULL);
}

/**
 * dm_article_text_dialog_present:
 * @parent: the main window, where the result is shown after saving
 *
 * Returns: (transfer none) (nullable): the dialog shown, owned by GTK's
 *   list of toplevels
 */
DmArticleTextDialog *
dm_article_text_dialog_present (GtkWindow   *parent,
                                DmStore     *store,
                                const char  *article_uuid,
                                GError     **error)
{
  DmArticleTextDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  if (!(self = dm_article_text_dialog_new (store, article_uuid, error)))
    return NULL;

  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  g_signal_connect_object (self, "saved", G_CALLBACK (show_result_cb), parent, 0);
  gtk_window_present (GTK_WINDOW (self));

  return self;
}

/**
 * dm_article_text_dialog_get_text_view:
 *
 * Returns: (transfer none): the text view holding the body
 */
GtkTextView *
dm_article_text_dialog_get_text_view (DmArticleTextDialog *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_TEXT_DIALOG (self), NULL);

  return self->text_view;
}

/**
 * dm_article_text_dialog_save:
 *
 * Saves the text as edited and emits #DmArticleTextDialog::saved. The
 * dialog stays open; its Save action closes it.
 *
 * Returns: %TRUE if the text was saved (or had not changed)
 */
gboolean
dm_article_text_dialog_save (DmArticleTextDialog  *self,
                             GError              **error)
{
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;
  g_autofree char *body = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  const char *uuid;
  guint moved = 0;
  guint orphaned = 0;

  g_return_val_if_fail (DM_IS_ARTICLE_TEXT_DIALOG (self), FALSE);

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  body = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  uuid = dm_article_get_uuid (self->article);

  if (!dm_store_update_article_text (self->store, uuid, body, &moved, NULL, error))
    return FALSE;

  /* Counted again, as the CLI does: an unchanged text leaves the counts
   * at 0, but orphans from before are still there. */
  if (!(annotations = dm_store_dup_annotations (self->store, uuid, error)))
    return FALSE;
  for (guint i = 0; i < annotations->len; i++)
    if (dm_annotation_get_orphan (g_ptr_array_index (annotations, i)))
      orphaned++;

  g_signal_emit (self, signals[SAVED], 0, moved, orphaned);

  return TRUE;
}

/* }}} */
