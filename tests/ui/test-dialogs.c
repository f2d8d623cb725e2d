/* test-dialogs.c - the import, codebook and preferences dialogs on a display
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "demarche-core.h"
#include "dm-codebook-dialog.h"
#include "dm-import-dialog.h"
#include "dm-preferences-dialog.h"
#include "dm-screenshot.h"
#include "ui-test-util.h"

#define IMPORT_FIXTURES TEST_FIXTURES_DIR G_DIR_SEPARATOR_S "import"

typedef struct
{
  char    *dir;
  DmStore *store;
} Fixture;

/* Helpers {{{ */

static void
collect_labels (GtkWidget  *widget,
                const char *css_class,
                GPtrArray  *labels)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, css_class) &&
          gtk_widget_get_visible (child))
        g_ptr_array_add (labels, (gpointer) gtk_label_get_text (GTK_LABEL (child)));

      collect_labels (child, css_class, labels);
    }
}

static gboolean
label_count_is (GtkWidget  *root,
                const char *css_class,
                guint       count)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, css_class, labels);

  return labels->len == count;
}

static const char *
get_label (GtkWidget  *root,
           const char *css_class,
           guint       position)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_labels (root, css_class, labels);

  return position < labels->len ? g_ptr_array_index (labels, position) : NULL;
}

/* What GTK does when files are dropped on @window. */
static void
drop_file (GtkWindow  *window,
           const char *path)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_auto(GValue) value = G_VALUE_INIT;
  GSList files = { file, NULL };
  gboolean accepted = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, &files);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        g_signal_emit_by_name (controller, "drop", &value, 10.0, 10.0, &accepted);
    }

  g_assert_true (accepted);
}

static DmActor *
add_actor (DmStore     *store,
           const char  *name,
           DmActorKind  kind)
{
  g_autoptr(GError) error = NULL;
  DmActor *actor = dm_actor_new (name, kind);

  g_assert_true (dm_store_add_actor (store, actor, &error));
  g_assert_no_error (error);

  return actor;
}

static DmTopic *
add_topic (DmStore    *store,
           const char *name,
           DmTopic    *parent)
{
  g_autoptr(GError) error = NULL;
  DmTopic *topic = dm_topic_new (name, parent != NULL ? dm_topic_get_uuid (parent) : NULL);

  g_assert_true (dm_store_add_topic (store, topic, &error));
  g_assert_no_error (error);

  return topic;
}

static void
annotate (DmStore    *store,
          DmArticle  *article,
          const char *quote,
          DmActor    *speaker,
          DmActor    *second_speaker,
          DmTopic    *topic)
{
  g_autoptr(DmAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  const char *speakers[] = { dm_actor_get_uuid (speaker),
                             second_speaker != NULL ? dm_actor_get_uuid (second_speaker) : NULL,
                             NULL };
  guint start, end;

  g_assert_true (dm_article_find_quote (article, quote, 0, &start, &end));
  annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
  dm_annotation_set_actor_uuids (annotation, speakers);
  dm_annotation_set_topic_uuid (annotation, topic != NULL ? dm_topic_get_uuid (topic) : NULL);
  dm_annotation_set_polarity (annotation, DM_POLARITY_SUPPORTS);
  g_assert_true (dm_store_add_annotation (store, annotation, &error));
  g_assert_no_error (error);
}

/* The position of the item with @uuid in a list of actors or topics,
 * looking through GtkTreeListRow. */
static guint
find_position (GListModel *model,
               const char *uuid)
{
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gpointer object = item;
      const char *item_uuid = NULL;

      if (GTK_IS_TREE_LIST_ROW (item))
        object = gtk_tree_list_row_get_item (GTK_TREE_LIST_ROW (item));

      if (DM_IS_ACTOR (object))
        item_uuid = dm_actor_get_uuid (object);
      else if (DM_IS_TOPIC (object))
        item_uuid = dm_topic_get_uuid (object);

      if (object != item)
        g_object_unref (object);

      if (g_strcmp0 (item_uuid, uuid) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* }}} */

/* Fixture {{{ */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-dialogs-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = dm_store_open (path, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *) &fixture->store);
  g_object_unref (fixture->store);
  g_assert_null (fixture->store);

  test_util_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* }}} */

/* Import {{{ */

static void
test_import_files (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GFile) good = g_file_new_for_path (IMPORT_FIXTURES G_DIR_SEPARATOR_S "borrell-remarks.txt");
  g_autoptr(GFile) binary = g_file_new_for_path (IMPORT_FIXTURES G_DIR_SEPARATOR_S "scan.bin");
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  GFile *files[] = { good, binary };
  DmArticleImporter *importer;
  GtkSingleSelection *selection;
  GtkWindow *dialog;
  GtkListView *list_view;
  GtkEntry *title_entry;
  GtkButton *import_button;
  DmArticle *article;
  const char *message;

  /* As a drop on the main window does. */
  dm_import_files (NULL, fixture->store, files, G_N_ELEMENTS (files));
  dialog = ui_test_find_window (DM_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  importer = dm_import_dialog_get_importer (DM_IMPORT_DIALOG (dialog));
  list_view = find_widget (dialog, "list_view", GtkListView);
  selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view));

  wait_for (!dm_article_importer_get_loading (importer) &&
            g_list_model_get_n_items (G_LIST_MODEL (importer)) == 2);

  /* Both files are listed; the binary one with why, naming it. */
  wait_for (label_count_is (GTK_WIDGET (list_view), "import-row-title", 2));
  g_assert_cmpstr (get_label (GTK_WIDGET (list_view), "import-row-title", 0), ==,
                   "Borrell: China's plan must improve \"to be credible\"");
  g_assert_cmpstr (get_label (GTK_WIDGET (list_view), "import-row-title", 1), ==, "scan.bin");
  g_assert_true (label_count_is (GTK_WIDGET (list_view), "import-row-error", 1));
  message = get_label (GTK_WIDGET (list_view), "import-row-error", 0);
  g_assert_nonnull (strstr (message, "scan.bin"));
  g_assert_nonnull (strstr (message, "binary"));
  g_assert_cmpstr (gtk_label_get_text (find_widget (dialog, "summary_label", GtkLabel)), ==,
                   "1 article to import · 1 file will be skipped");

  /* Selecting the binary file shows its error. */
  gtk_single_selection_set_selected (selection, 1);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_widget (dialog, "detail_stack", GtkStack)), ==, "error");
  g_assert_nonnull (strstr (gtk_label_get_text (find_widget (dialog, "error_label", GtkLabel)), "scan.bin"));

  /* The good one: its header lines fill the form; edit the title. */
  gtk_single_selection_set_selected (selection, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_widget (dialog, "detail_stack", GtkStack)), ==, "article");
  title_entry = find_widget (dialog, "title_entry", GtkEntry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title_entry)), ==,
                   "Borrell: China's plan must improve \"to be credible\"");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (dialog, "source_entry", GtkEntry))), ==, "EEAS");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (dialog, "date_entry", GtkEntry))), ==, "2023-02-25");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (dialog, "language_entry", GtkEntry))), ==, "en");
  gtk_editable_set_text (GTK_EDITABLE (title_entry), "Borrell: the plan has interesting elements");

  /* The row follows the edit. */
  wait_for (g_strcmp0 (get_label (GTK_WIDGET (list_view), "import-row-title", 0),
                       "Borrell: the plan has interesting elements") == 0);

  /* Reading is over, so its progress bar has gone. */
  wait_for (!gtk_revealer_get_child_revealed (find_widget (dialog, "progress_revealer", GtkRevealer)));

  ui_test_maybe_save_screenshot (dialog, "import-dialog");

  import_button = find_widget (dialog, "import_button", GtkButton);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (import_button)));
  g_signal_emit_by_name (import_button, "clicked");

  /* Exactly that article, with the edited title; the binary file was
   * skipped and stays listed with a message saying so. */
  articles = dm_store_dup_articles (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  article = g_ptr_array_index (articles, 0);
  g_assert_cmpstr (dm_article_get_title (article), ==, "Borrell: the plan has interesting elements");
  g_assert_cmpstr (dm_article_get_source (article), ==, "EEAS");
  g_assert_cmpstr (dm_article_get_published (article), ==, "2023-02-25");
  g_assert_cmpstr (dm_article_get_url (article), ==, "https://example.org/eeas/2023-02-25-borrell-china-plan");

  g_assert_true (ui_test_find_window (DM_TYPE_IMPORT_DIALOG) == dialog);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (importer)), ==, 1);
  g_assert_true (gtk_revealer_get_reveal_child (find_widget (dialog, "message_revealer", GtkRevealer)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (find_widget (dialog, "message_label", GtkLabel)),
                                   "1 article was imported."));
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (import_button)));

  /* A file dropped on the dialog joins the list. */
  drop_file (dialog, IMPORT_FIXTURES G_DIR_SEPARATOR_S "kyiv-ceasefire.txt");
  wait_for (!dm_article_importer_get_loading (importer) &&
            g_list_model_get_n_items (G_LIST_MODEL (importer)) == 2);
  wait_for (label_count_is (GTK_WIDGET (list_view), "import-row-title", 2));
  g_assert_cmpstr (get_label (GTK_WIDGET (list_view), "import-row-title", 1), ==,
                   "Kyiv rejects a ceasefire that freezes the front line");
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (import_button)));

  ui_test_destroy_window (dialog);
}

/* Cancel Reading stops the worker: a FIFO among the files holds it until
 * the test has pressed the button, so the outcome does not depend on
 * timing. */
static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fixture->dir, "slow.txt", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  DmArticleImporter *importer;
  GtkWindow *dialog;
  GtkWidget *stop_button;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_ptr_array_add (files, g_file_new_for_path (IMPORT_FIXTURES G_DIR_SEPARATOR_S "kyiv-ceasefire.txt"));
  g_ptr_array_add (files, g_file_new_for_path (fifo));
  g_ptr_array_add (files, g_file_new_for_path (IMPORT_FIXTURES G_DIR_SEPARATOR_S "borrell-remarks.txt"));
  g_ptr_array_add (files, g_file_new_for_path (IMPORT_FIXTURES G_DIR_SEPARATOR_S "latin1.txt"));
  g_ptr_array_add (files, g_file_new_for_path (IMPORT_FIXTURES G_DIR_SEPARATOR_S "empty.txt"));

  dm_import_files (NULL, fixture->store, (GFile **) files->pdata, files->len);
  dialog = ui_test_find_window (DM_TYPE_IMPORT_DIALOG);
  importer = dm_import_dialog_get_importer (DM_IMPORT_DIALOG (dialog));
  stop_button = find_widget (dialog, "stop_button", GtkWidget);

  /* The first file is listed; the worker waits on the second. */
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (importer)) == 1);
  g_assert_true (dm_article_importer_get_loading (importer));
  g_assert_true (gtk_widget_is_sensitive (stop_button));
  g_assert_false (gtk_widget_is_sensitive (find_widget (dialog, "import_button", GtkWidget)));
  g_assert_false (gtk_widget_is_sensitive (find_widget (dialog, "choose_button", GtkWidget)));
  wait_for (gtk_revealer_get_child_revealed (find_widget (dialog, "progress_revealer", GtkRevealer)));
  g_assert_cmpstr (gtk_label_get_text (find_widget (dialog, "progress_label", GtkLabel)), ==, "Reading 2 of 5 files…");
  ui_test_maybe_save_screenshot (dialog, "import-progress");

  g_signal_emit_by_name (stop_button, "clicked");

  /* Let the worker finish the file it is on, if it got that far. */
  while (dm_article_importer_get_loading (importer))
    {
      int fd = open (fifo, O_WRONLY | O_NONBLOCK);

      if (fd >= 0)
        {
          g_assert_cmpint (write (fd, "Slow\n\nSlow text.", 16), ==, 16);
          close (fd);
          break;
        }

      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  wait_for (!dm_article_importer_get_loading (importer));
  wait_for (gtk_revealer_get_reveal_child (find_widget (dialog, "message_revealer", GtkRevealer)));

  /* Nothing after the cancelled file was read or listed. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (importer)), ==, 1);
  g_assert_cmpstr (gtk_label_get_text (find_widget (dialog, "message_label", GtkLabel)), ==,
                   "Reading was cancelled after 1 of 5 files. The files read so far are listed.");
  g_assert_true (gtk_widget_is_sensitive (find_widget (dialog, "import_button", GtkWidget)));
  g_assert_false (gtk_widget_is_sensitive (stop_button));
  wait_for (!gtk_revealer_get_child_revealed (find_widget (dialog, "progress_revealer", GtkRevealer)));
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 0);

  ui_test_destroy_window (dialog);
}

/* Closing the dialog while files are read stops the reading and frees the
 * dialog once the worker has let go. */
static void
test_import_close_while_reading (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *fifo = g_build_filename (fixture->dir, "slow.txt", NULL);
  g_autoptr(GFile) first = g_file_new_for_path (IMPORT_FIXTURES G_DIR_SEPARATOR_S "kyiv-ceasefire.txt");
  g_autoptr(GFile) slow = g_file_new_for_path (fifo);
  g_autoptr(GFile) last = g_file_new_for_path (IMPORT_FIXTURES G_DIR_SEPARATOR_S "borrell-remarks.txt");
  g_autoptr(DmArticleImporter) importer = NULL;
  GFile *files[] = { first, slow, last };
  GtkWindow *dialog;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);

  dm_import_files (NULL, fixture->store, files, G_N_ELEMENTS (files));
  dialog = ui_test_find_window (DM_TYPE_IMPORT_DIALOG);
  importer = g_object_ref (dm_import_dialog_get_importer (DM_IMPORT_DIALOG (dialog)));
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (importer)) == 1);

  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  gtk_window_close (dialog);

  while (dm_article_importer_get_loading (importer))
    {
      int fd = open (fifo, O_WRONLY | O_NONBLOCK);

      if (fd >= 0)
        {
          g_assert_cmpint (write (fd, "Slow\n\nSlow text.", 16), ==, 16);
          close (fd);
          break;
        }

      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }

  /* The dialog goes at once; the worker stops after the file it was on. */
  wait_for (dialog == NULL);
  wait_for (!dm_article_importer_get_loading (importer));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (importer)), ==, 1);
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 0);
}

/* Pasted text, and a dialog that closes once everything is imported. */
static void
test_import_paste (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  GtkTextView *paste_view;
  GtkButton *add_button;

  dm_import_dialog_present (NULL, fixture->store);
  dialog = ui_test_find_window (DM_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);

  /* An empty dialog offers the paste area. */
  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_widget (dialog, "detail_stack", GtkStack)), ==, "paste");
  add_button = find_widget (dialog, "add_text_button", GtkButton);
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (add_button)));
  g_assert_false (gtk_widget_is_sensitive (find_widget (dialog, "import_button", GtkWidget)));

  paste_view = find_widget (dialog, "paste_view", GtkTextView);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (paste_view),
                            "Source: MFA Belarus\nDate: 2023-02-24\n\n"
                            "Aleinik and Qin Gang back peace talks\n\n"
                            "The ministers reinforced their support for negotiations.", -1);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (add_button)));
  ui_test_maybe_save_screenshot (dialog, "import-paste");
  g_signal_emit_by_name (add_button, "clicked");

  g_assert_cmpstr (gtk_stack_get_visible_child_name (find_widget (dialog, "detail_stack", GtkStack)), ==, "article");
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "title_entry", GtkEditable)), ==,
                   "Aleinik and Qin Gang back peace talks");
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "source_entry", GtkEditable)), ==, "MFA Belarus");

  /* An invalid date is refused, naming the article; nothing is saved. */
  gtk_editable_set_text (find_widget (dialog, "date_entry", GtkEditable), "24.02.2023");
  g_signal_emit_by_name (find_widget (dialog, "import_button", GtkButton), "clicked");
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 0);
  g_assert_nonnull (strstr (gtk_label_get_text (find_widget (dialog, "message_label", GtkLabel)), "24.02.2023"));
  g_assert_nonnull (dialog);

  gtk_editable_set_text (find_widget (dialog, "date_entry", GtkEditable), "2023-02-24");
  g_signal_emit_by_name (find_widget (dialog, "import_button", GtkButton), "clicked");

  articles = dm_store_dup_articles (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, ==, 1);
  g_assert_cmpstr (dm_article_get_title (g_ptr_array_index (articles, 0)), ==, "Aleinik and Qin Gang back peace talks");

  wait_for (dialog == NULL);
}

/* }}} */

/* Codebook {{{ */

#define BODY \
  "Beijing called for a ceasefire. China and Beijing said talks must start. " \
  "The EU wants a credible plan."

typedef struct
{
  DmArticle *article;
  DmActor   *china;
  DmActor   *beijing;
  DmActor   *eu;
  DmActor   *qin_gang;
  DmTopic   *war;
  DmTopic   *ceasefire;
  DmTopic   *duplicate;
  DmTopic   *front_line;
} Codebook;

static void
codebook_fill (Codebook *codebook,
               DmStore  *store)
{
  g_autoptr(DmRepresentation) rep = NULL;
  g_autoptr(GError) error = NULL;
  const char *beijing_aliases[] = { "Chinese government", "PRC", NULL };

  codebook->article = dm_article_new ();
  dm_article_set_title (codebook->article, "Peace talks");
  dm_article_set_body (codebook->article, BODY);
  g_assert_true (dm_store_add_article (store, codebook->article, &error));
  g_assert_no_error (error);

  codebook->china = add_actor (store, "China", DM_ACTOR_KIND_STATE);
  codebook->beijing = add_actor (store, "Beijing", DM_ACTOR_KIND_STATE);
  codebook->eu = add_actor (store, "European Union", DM_ACTOR_KIND_ORGANISATION);
  dm_actor_set_colour (codebook->china, "#de2910");
  dm_actor_set_capital (codebook->china, "Beijing");
  g_assert_true (dm_store_update_actor (store, codebook->china, &error));
  dm_actor_set_aliases (codebook->beijing, beijing_aliases);
  g_assert_true (dm_store_update_actor (store, codebook->beijing, &error));
  dm_actor_set_colour (codebook->eu, "#003399");
  g_assert_true (dm_store_update_actor (store, codebook->eu, &error));
  g_assert_no_error (error);
  codebook->qin_gang = dm_actor_new ("Qin Gang", DM_ACTOR_KIND_PERSON);
  rep = dm_representation_new (dm_actor_get_uuid (codebook->beijing), "Minister of Foreign Affairs",
                               "2022-12-30", "2023-07-25");
  dm_actor_add_representation (codebook->qin_gang, rep);
  g_assert_true (dm_store_add_actor (store, codebook->qin_gang, &error));
  g_assert_no_error (error);

  codebook->war = add_topic (store, "Ukraine war", NULL);
  codebook->ceasefire = add_topic (store, "Ceasefire", codebook->war);
  codebook->duplicate = add_topic (store, "Ukraine: ceasefire", NULL);
  codebook->front_line = add_topic (store, "Front line", codebook->duplicate);

  annotate (store, codebook->article, "called for a ceasefire", codebook->beijing, NULL, codebook->duplicate);
  annotate (store, codebook->article, "said talks must start", codebook->china, codebook->beijing, codebook->war);
  annotate (store, codebook->article, "wants a credible plan", codebook->eu, NULL, codebook->ceasefire);
}

static void
codebook_clear (Codebook *codebook)
{
  g_clear_object (&codebook->article);
  g_clear_object (&codebook->china);
  g_clear_object (&codebook->beijing);
  g_clear_object (&codebook->eu);
  g_clear_object (&codebook->qin_gang);
  g_clear_object (&codebook->war);
  g_clear_object (&codebook->ceasefire);
  g_clear_object (&codebook->duplicate);
  g_clear_object (&codebook->front_line);
}

static GtkWindow *
open_codebook (Fixture *fixture)
{
  GtkWindow *dialog;

  dm_codebook_dialog_present (NULL, fixture->store);
  dialog = ui_test_find_window (DM_TYPE_CODEBOOK_DIALOG);
  g_assert_nonnull (dialog);
  wait_for (gtk_widget_get_mapped (GTK_WIDGET (dialog)));

  return dialog;
}

static void
select_in_list (GtkWindow  *dialog,
                const char *list_id,
                const char *uuid)
{
  GtkListView *list_view = find_widget (dialog, list_id, GtkListView);
  GtkSingleSelection *selection = GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view));
  guint position = find_position (G_LIST_MODEL (selection), uuid);

  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (selection, position);
}

static void
select_in_dropdown (GtkWindow  *dialog,
                    const char *dropdown_id,
                    const char *uuid)
{
  GtkDropDown *dropdown = find_widget (dialog, dropdown_id, GtkDropDown);
  guint position = find_position (gtk_drop_down_get_model (dropdown), uuid);

  g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (dropdown, position);
}

static void
test_codebook_merge_actors (Fixture       *fixture,
                            gconstpointer  data)
{
  DmUndoStack *undo;
  g_autofree char *before = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(DmActor) china = NULL;
  g_autoptr(DmActor) qin_gang = NULL;
  g_autoptr(DmActor) gone = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GError) error = NULL;
  Codebook codebook = { 0 };
  GtkWindow *dialog;
  GtkLabel *preview;
  GtkWidget *merge_button;
  GtkSearchEntry *search;
  GtkListView *list_view;

  codebook_fill (&codebook, fixture->store);
  /* Recording starts here: the set-up is not undoable. */
  undo = dm_store_get_undo_stack (fixture->store);
  before = dm_json_set_export (fixture->store, NULL, &error);
  g_assert_no_error (error);
  dialog = open_codebook (fixture);
  preview = find_widget (dialog, "actor_merge_label", GtkLabel);
  merge_button = find_widget (dialog, "actor_merge_button", GtkWidget);
  list_view = find_widget (dialog, "actor_list_view", GtkListView);

  /* Find the source by searching, and select it. */
  search = find_widget (dialog, "actor_search_entry", GtkSearchEntry);
  gtk_editable_set_text (GTK_EDITABLE (search), "bei");
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view))) == 1);
  select_in_list (dialog, "actor_list_view", dm_actor_get_uuid (codebook.beijing));
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "actor_name_entry", GtkEditable)), ==, "Beijing");

  /* Clearing the search keeps the selection. */
  gtk_editable_set_text (GTK_EDITABLE (search), "");
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view))) == 4);
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "actor_name_entry", GtkEditable)), ==, "Beijing");
  g_assert_cmpstr (dm_actor_get_uuid (gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view)))),
                   ==, dm_actor_get_uuid (codebook.beijing));
  g_assert_false (gtk_widget_is_sensitive (merge_button));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (preview), "Choose the actor that “Beijing” is merged into"));

  /* Merging into itself is refused before anything is done. */
  select_in_dropdown (dialog, "actor_merge_dropdown", dm_actor_get_uuid (codebook.beijing));
  g_assert_cmpstr (gtk_label_get_text (preview), ==, "An actor cannot be merged into itself.");
  g_assert_false (gtk_widget_is_sensitive (merge_button));

  /* The preview counts what moves before anything moves. */
  select_in_dropdown (dialog, "actor_merge_dropdown", dm_actor_get_uuid (codebook.china));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (preview),
                                   "Merging moves 2 annotations and 1 represents link from “Beijing” to “China”."));
  g_assert_true (gtk_widget_is_sensitive (merge_button));
  g_assert_cmpuint (dm_store_count_articles (fixture->store), ==, 1);
  g_assert_false (dm_undo_stack_get_can_undo (undo));

  ui_test_maybe_save_screenshot (dialog, "codebook-dialog");

  g_signal_emit_by_name (merge_button, "clicked");

  /* Beijing is gone; its annotations, its minister and its name are
   * China's; the dialog says so and shows China. */
  gone = dm_store_lookup_actor (fixture->store, dm_actor_get_uuid (codebook.beijing), &error);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_assert_null (gone);
  g_clear_error (&error);

  annotations = dm_store_dup_annotations (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (annotations->len, ==, 3);
  for (guint i = 0; i < annotations->len; i++)
    {
      const char * const *speakers = dm_annotation_get_actor_uuids (g_ptr_array_index (annotations, i));

      g_assert_false (g_strv_contains (speakers, dm_actor_get_uuid (codebook.beijing)));
      g_assert_cmpuint (g_strv_length ((char **) speakers), ==, 1);
    }
  g_assert_cmpuint (dm_codebook_count_actor_uses (fixture->store, dm_actor_get_uuid (codebook.china), &error), ==, 2);

  china = dm_store_lookup_actor (fixture->store, dm_actor_get_uuid (codebook.china), &error);
  g_assert_no_error (error);
  g_assert_true (g_strv_contains (dm_actor_get_aliases (china), "Beijing"));
  qin_gang = dm_store_lookup_actor (fixture->store, dm_actor_get_uuid (codebook.qin_gang), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((DmRepresentation *) g_ptr_array_index (dm_actor_get_representations (qin_gang), 0))->actor_uuid,
                   ==, dm_actor_get_uuid (codebook.china));

  g_assert_cmpstr (gtk_label_get_text (find_widget (dialog, "message_label", GtkLabel)), ==,
                   "Merged “Beijing” into “China”: 2 annotations moved.");
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "actor_name_entry", GtkEditable)), ==, "China");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (list_view))), ==, 3);

  /* One undo brings all of it back, and the list shows Beijing again. */
  g_assert_true (dm_undo_stack_undo (undo, &error));
  g_assert_no_error (error);
  g_assert_false (dm_undo_stack_get_can_undo (undo));
  undone = dm_json_set_export (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (undone, ==, before);
  g_assert_cmpuint (find_position (G_LIST_MODEL (gtk_list_view_get_model (list_view)),
                                   dm_actor_get_uuid (codebook.beijing)), !=, GTK_INVALID_LIST_POSITION);

  ui_test_destroy_window (dialog);
  codebook_clear (&codebook);
}

static void
test_codebook_edit_actor (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(DmActor) eu = NULL;
  g_autoptr(DmActor) borrell = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringObject) role = NULL;
  Codebook codebook = { 0 };
  const DmRepresentation *rep;
  GListModel *roles;
  GtkTextView *aliases;
  GtkWindow *dialog;
  GtkListView *list_view;
  DmActor *selected;

  codebook_fill (&codebook, fixture->store);
  dialog = open_codebook (fixture);
  list_view = find_widget (dialog, "actor_list_view", GtkListView);

  /* Rename the EU, give it aliases and a kind. */
  select_in_list (dialog, "actor_list_view", dm_actor_get_uuid (codebook.eu));
  gtk_editable_set_text (find_widget (dialog, "actor_name_entry", GtkEditable), "EU");
  gtk_editable_set_text (find_widget (dialog, "actor_official_name_entry", GtkEditable), "European Union");
  gtk_editable_set_text (find_widget (dialog, "actor_code_entry", GtkEditable), "EUR");
  aliases = find_widget (dialog, "actor_aliases_view", GtkTextView);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (aliases), "Brussels\n\n  the Union  \nBrussels\n", -1);
  g_signal_emit_by_name (find_widget (dialog, "save_actor_button", GtkButton), "clicked");

  eu = dm_store_lookup_actor (fixture->store, dm_actor_get_uuid (codebook.eu), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_actor_get_name (eu), ==, "EU");
  g_assert_cmpstr (dm_actor_get_official_name (eu), ==, "European Union");
  g_assert_cmpstr (dm_actor_get_code (eu), ==, "EUR");
  g_assert_cmpuint (g_strv_length ((char **) dm_actor_get_aliases (eu)), ==, 2);
  g_assert_cmpstr (dm_actor_get_aliases (eu)[0], ==, "Brussels");
  g_assert_cmpstr (dm_actor_get_aliases (eu)[1], ==, "the Union");
  g_assert_cmpint (dm_actor_get_kind (eu), ==, DM_ACTOR_KIND_ORGANISATION);
  g_assert_cmpstr (dm_actor_get_colour (eu), ==, "#003399");

  /* The saved actor stays selected, as saved. */
  selected = gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (gtk_list_view_get_model (list_view)));
  g_assert_cmpstr (dm_actor_get_uuid (selected), ==, dm_actor_get_uuid (codebook.eu));
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "actor_name_entry", GtkEditable)), ==, "EU");

  /* Add a person who represents the EU for a period. */
  g_signal_emit_by_name (find_widget (dialog, "add_actor_button", GtkButton), "clicked");
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "actor_name_entry", GtkEditable)), ==, "New actor");
  gtk_editable_set_text (find_widget (dialog, "actor_name_entry", GtkEditable), "Josep Borrell");
  gtk_drop_down_set_selected (find_widget (dialog, "actor_kind_dropdown", GtkDropDown), DM_ACTOR_KIND_PERSON);
  select_in_dropdown (dialog, "role_actor_dropdown", dm_actor_get_uuid (codebook.eu));
  gtk_editable_set_text (find_widget (dialog, "role_entry", GtkEditable), "High Representative");
  gtk_editable_set_text (find_widget (dialog, "role_from_entry", GtkEditable), "2019-12-01");
  gtk_editable_set_text (find_widget (dialog, "role_until_entry", GtkEditable), "2024-11-30");
  g_signal_emit_by_name (find_widget (dialog, "add_role_button", GtkButton), "clicked");
  roles = G_LIST_MODEL (gtk_list_view_get_model (find_widget (dialog, "role_list_view", GtkListView)));
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, 1);
  role = g_list_model_get_item (roles, 0);
  g_assert_cmpstr (gtk_string_object_get_string (role), ==,
                   "EU · High Representative · 2019-12-01 – 2024-11-30");
  g_signal_emit_by_name (find_widget (dialog, "save_actor_button", GtkButton), "clicked");

  borrell = dm_store_resolve_actor (fixture->store, "Josep Borrell", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dm_actor_get_kind (borrell), ==, DM_ACTOR_KIND_PERSON);
  g_assert_cmpuint (dm_actor_get_representations (borrell)->len, ==, 1);
  rep = g_ptr_array_index (dm_actor_get_representations (borrell), 0);
  g_assert_cmpstr (rep->actor_uuid, ==, dm_actor_get_uuid (codebook.eu));
  g_assert_cmpstr (rep->role, ==, "High Representative");
  g_assert_cmpstr (rep->from, ==, "2019-12-01");
  g_assert_cmpstr (rep->until, ==, "2024-11-30");

  /* Deleting an actor in use is refused, and the dialog says why. */
  select_in_list (dialog, "actor_list_view", dm_actor_get_uuid (codebook.china));
  g_signal_emit_by_name (find_widget (dialog, "delete_actor_button", GtkButton), "clicked");
  g_assert_true (gtk_revealer_get_reveal_child (find_widget (dialog, "message_revealer", GtkRevealer)));
  g_assert_true (g_str_has_prefix (gtk_label_get_text (find_widget (dialog, "message_label", GtkLabel)),
                                   "“China” cannot be deleted: the actor is used by 1 annotation(s)"));
  g_assert_true (gtk_widget_has_css_class (find_widget (dialog, "message_label", GtkWidget), "error"));

  ui_test_destroy_window (dialog);
  codebook_clear (&codebook);
}

static void
test_codebook_topics (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(DmTopic) front_line = NULL;
  g_autoptr(DmTopic) ceasefire = NULL;
  g_autoptr(DmTopic) gone = NULL;
  g_autoptr(GError) error = NULL;
  Codebook codebook = { 0 };
  GtkWindow *dialog;
  GtkListView *tree_view;
  GtkLabel *preview;

  codebook_fill (&codebook, fixture->store);
  dialog = open_codebook (fixture);
  gtk_stack_set_visible_child_name (find_widget (dialog, "pages", GtkStack), "topics");
  tree_view = find_widget (dialog, "topic_list_view", GtkListView);

  /* The tree: two roots, each with its sub-topic, expanded. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (tree_view))), ==, 4);
  wait_for (label_count_is (GTK_WIDGET (tree_view), "codebook-topic-name", 4));

  /* Rename a sub-topic. */
  select_in_list (dialog, "topic_list_view", dm_topic_get_uuid (codebook.ceasefire));
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "topic_name_entry", GtkEditable)), ==, "Ceasefire");
  g_assert_true (gtk_check_button_get_active (find_widget (dialog, "topic_parent_check", GtkCheckButton)));
  gtk_editable_set_text (find_widget (dialog, "topic_name_entry", GtkEditable), "Ceasefire and front line");
  g_signal_emit_by_name (find_widget (dialog, "save_topic_button", GtkButton), "clicked");
  ceasefire = dm_store_lookup_topic (fixture->store, dm_topic_get_uuid (codebook.ceasefire), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_topic_get_path (ceasefire), ==, "Ukraine war › Ceasefire and front line");
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "topic_name_entry", GtkEditable)), ==,
                   "Ceasefire and front line");

  /* Merge the duplicate root into it: one annotation, one sub-topic. */
  select_in_list (dialog, "topic_list_view", dm_topic_get_uuid (codebook.duplicate));
  select_in_dropdown (dialog, "topic_merge_dropdown", dm_topic_get_uuid (codebook.ceasefire));
  preview = find_widget (dialog, "topic_merge_label", GtkLabel);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (preview),
                                   "Merging moves 1 annotation and 1 sub-topic from “Ukraine: ceasefire” to "
                                   "“Ukraine war › Ceasefire and front line”"));
  ui_test_maybe_save_screenshot (dialog, "codebook-topics");
  g_signal_emit_by_name (find_widget (dialog, "topic_merge_button", GtkButton), "clicked");

  gone = dm_store_lookup_topic (fixture->store, dm_topic_get_uuid (codebook.duplicate), &error);
  g_assert_error (error, DM_ERROR, DM_ERROR_NOT_FOUND);
  g_clear_error (&error);
  front_line = dm_store_lookup_topic (fixture->store, dm_topic_get_uuid (codebook.front_line), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_topic_get_parent_uuid (front_line), ==, dm_topic_get_uuid (codebook.ceasefire));
  g_assert_cmpuint (dm_codebook_count_topic_uses (fixture->store, dm_topic_get_uuid (codebook.ceasefire), &error), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (find_widget (dialog, "message_label", GtkLabel)), ==,
                   "Merged “Ukraine: ceasefire” into “Ceasefire and front line”: 1 annotation moved.");

  /* The tree follows: Ukraine war › Ceasefire… › Front line. */
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (tree_view))) == 3);
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "topic_name_entry", GtkEditable)), ==,
                   "Ceasefire and front line");

  /* Move a sub-topic to another parent, then to the top level. */
  select_in_list (dialog, "topic_list_view", dm_topic_get_uuid (codebook.front_line));
  select_in_dropdown (dialog, "topic_parent_dropdown", dm_topic_get_uuid (codebook.war));
  g_signal_emit_by_name (find_widget (dialog, "save_topic_button", GtkButton), "clicked");
  g_clear_object (&front_line);
  front_line = dm_store_lookup_topic (fixture->store, dm_topic_get_uuid (codebook.front_line), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_topic_get_path (front_line), ==, "Ukraine war › Front line");

  gtk_check_button_set_active (find_widget (dialog, "topic_parent_check", GtkCheckButton), FALSE);
  g_assert_false (gtk_widget_get_sensitive (find_widget (dialog, "topic_parent_dropdown", GtkWidget)));
  g_signal_emit_by_name (find_widget (dialog, "save_topic_button", GtkButton), "clicked");
  g_clear_object (&front_line);
  front_line = dm_store_lookup_topic (fixture->store, dm_topic_get_uuid (codebook.front_line), &error);
  g_assert_no_error (error);
  g_assert_null (dm_topic_get_parent_uuid (front_line));
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "topic_name_entry", GtkEditable)), ==, "Front line");
  g_assert_false (gtk_check_button_get_active (find_widget (dialog, "topic_parent_check", GtkCheckButton)));

  /* A topic cannot go under its own sub-topic; the dialog says so. */
  select_in_list (dialog, "topic_list_view", dm_topic_get_uuid (codebook.war));
  gtk_check_button_set_active (find_widget (dialog, "topic_parent_check", GtkCheckButton), TRUE);
  select_in_dropdown (dialog, "topic_parent_dropdown", dm_topic_get_uuid (codebook.ceasefire));
  g_signal_emit_by_name (find_widget (dialog, "save_topic_button", GtkButton), "clicked");
  g_assert_true (gtk_widget_has_css_class (find_widget (dialog, "message_label", GtkWidget), "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (find_widget (dialog, "message_label", GtkLabel)),
                            "cannot be placed under itself or one of its sub-topics"));
  g_signal_emit_by_name (find_widget (dialog, "revert_topic_button", GtkButton), "clicked");
  g_assert_false (gtk_check_button_get_active (find_widget (dialog, "topic_parent_check", GtkCheckButton)));

  select_in_list (dialog, "topic_list_view", dm_topic_get_uuid (codebook.ceasefire));

  /* A sub-topic through the button, then a topic in use cannot go. */
  g_signal_emit_by_name (find_widget (dialog, "add_subtopic_button", GtkButton), "clicked");
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (tree_view))) == 4);
  g_assert_cmpstr (gtk_editable_get_text (find_widget (dialog, "topic_name_entry", GtkEditable)), ==, "New topic");
  select_in_list (dialog, "topic_list_view", dm_topic_get_uuid (codebook.war));
  g_signal_emit_by_name (find_widget (dialog, "delete_topic_button", GtkButton), "clicked");
  g_assert_true (gtk_widget_has_css_class (find_widget (dialog, "message_label", GtkWidget), "error"));
  g_assert_nonnull (strstr (gtk_label_get_text (find_widget (dialog, "message_label", GtkLabel)), "“Ukraine war” cannot be deleted"));

  ui_test_destroy_window (dialog);
  codebook_clear (&codebook);
}

/* }}} */

/* Preferences {{{ */

static void
test_preferences (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.demarche.Demarche");
  g_autofree char *coder_name = NULL;
  GtkWindow *dialog;
  GtkSwitch *mentions;
  GtkEditable *coder;

  g_settings_reset (settings, "show-mentions");
  g_settings_reset (settings, "coder-name");

  dm_preferences_dialog_present (NULL);
  dialog = ui_test_find_window (DM_TYPE_PREFERENCES_DIALOG);
  g_assert_nonnull (dialog);
  mentions = find_widget (dialog, "mentions_switch", GtkSwitch);
  coder = find_widget (dialog, "coder_entry", GtkEditable);

  /* The widgets show the settings and write them back. */
  g_assert_true (gtk_switch_get_active (mentions));
  g_assert_cmpstr (gtk_editable_get_text (coder), ==, "");

  gtk_switch_set_active (mentions, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "show-mentions"));
  gtk_editable_set_text (coder, "A. Analyst");
  coder_name = g_settings_get_string (settings, "coder-name");
  g_assert_cmpstr (coder_name, ==, "A. Analyst");

  /* And follow changes made elsewhere. */
  g_settings_set_boolean (settings, "show-mentions", TRUE);
  g_assert_true (gtk_switch_get_active (mentions));

  ui_test_maybe_save_screenshot (dialog, "preferences-dialog");

  ui_test_destroy_window (dialog);
  g_settings_reset (settings, "show-mentions");
  g_settings_reset (settings, "coder-name");
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/ui/ImportDialog/files", test_import_files);
  ADD_TEST ("/ui/ImportDialog/paste", test_import_paste);
  ADD_TEST ("/ui/ImportDialog/cancel", test_import_cancel);
  ADD_TEST ("/ui/ImportDialog/close-while-reading", test_import_close_while_reading);
  ADD_TEST ("/ui/CodebookDialog/merge-actors", test_codebook_merge_actors);
  ADD_TEST ("/ui/CodebookDialog/edit-actor", test_codebook_edit_actor);
  ADD_TEST ("/ui/CodebookDialog/topics", test_codebook_topics);
  ADD_TEST ("/ui/PreferencesDialog/settings", test_preferences);

#undef ADD_TEST

  return g_test_run ();
}
