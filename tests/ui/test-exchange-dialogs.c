/* test-exchange-dialogs.c - export, import-set and agreement dialogs on a display
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <json-glib/json-glib.h>

#include "demarche-core.h"
#include "dm-agreement-dialog-private.h"
#include "dm-exchange-dialog-private.h"
#include "dm-screenshot.h"
#include "ui-test-util.h"

#define SAMPLE_ARTICLE_UUID "5d0c7a52-3f5e-5b0a-9c41-6a1b2f8e7d31"
#define EU_UUID             "fa01378b-17bf-5cca-bf76-fce3dc198315"

typedef struct
{
  char         *dir;
  DmStore      *store;
  DmAnnotation *ana;
  DmAnnotation *ben;
} Fixture;

/* Helpers {{{ */

/* The first widget under @root carrying @css_class, such as a row's button. */
static GtkWidget *
find_by_class (GtkWidget  *root,
               const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, css_class))
        return child;

      if ((found = find_by_class (child, css_class)))
        return found;
    }

  return NULL;
}

static DmAnnotation *
add_annotation (DmStore    *store,
                const char *coder,
                guint       start,
                guint       end,
                DmPolarity  polarity)
{
  g_autoptr(GPtrArray) actors = dm_store_dup_actors (store, NULL);
  g_autoptr(GPtrArray) topics = dm_store_dup_topics (store, NULL);
  g_autoptr(DmAnnotation) annotation = dm_annotation_new (SAMPLE_ARTICLE_UUID, start, end);
  g_autoptr(GError) error = NULL;
  const char *actor_uuids[2] = { NULL, NULL };

  g_assert_cmpuint (actors->len, >, 0);
  g_assert_cmpuint (topics->len, >, 0);
  actor_uuids[0] = dm_actor_get_uuid (g_ptr_array_index (actors, 0));

  dm_annotation_set_actor_uuids (annotation, actor_uuids);
  dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (g_ptr_array_index (topics, 0)));
  dm_annotation_set_polarity (annotation, polarity);
  dm_annotation_set_coder (annotation, coder);
  dm_store_add_annotation (store, annotation, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&annotation);
}

static char *
fixture_path (Fixture    *fixture,
              const char *name)
{
  return g_build_filename (fixture->dir, name, NULL);
}

static guint
count_articles (DmStore *store)
{
  g_autoptr(GPtrArray) articles = dm_store_dup_articles (store, NULL);

  return articles->len;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-exchange-XXXXXX", &error);
  g_assert_no_error (error);
  path = fixture_path (fixture, "test.db");
  fixture->store = dm_store_open (path, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (fixture->store, &error);
  g_assert_no_error (error);

  /* Two coders on one passage: overlapping spans, opposite polarity. */
  fixture->ana = add_annotation (fixture->store, "ana", 100, 160, DM_POLARITY_SUPPORTS);
  fixture->ben = add_annotation (fixture->store, "ben", 104, 164, DM_POLARITY_OPPOSES);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_clear_object (&fixture->ana);
  g_clear_object (&fixture->ben);

  g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *) &fixture->store);
  g_object_unref (fixture->store);
  g_assert_null (fixture->store);

  test_util_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* }}} */

/* Export {{{ */

static void
test_export_csv (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "out.csv");
  g_autofree char *contents = NULL;
  g_autofree char *header = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GtkWindow *dialog;
  GtkDropDown *format;
  GtkLabel *status;

  dm_export_dialog_present (NULL, fixture->store);
  dialog = ui_test_find_window (DM_TYPE_EXCHANGE_DIALOG);
  g_assert_nonnull (dialog);

  format = find_widget (dialog, "format_dropdown", GtkDropDown);
  gtk_drop_down_set_selected (format, 1);   /* CSV, as the user picks it */
  ui_test_maybe_save_screenshot (dialog, "export-dialog");

  _dm_exchange_dialog_export_to_path (DM_EXCHANGE_DIALOG (dialog), path);
  wait_for (!_dm_exchange_dialog_get_busy (DM_EXCHANGE_DIALOG (dialog)));

  status = find_widget (dialog, "status_label", GtkLabel);
  g_assert_nonnull (strstr (gtk_label_get_text (status), "out.csv"));
  g_assert_false (gtk_widget_get_visible (find_widget (dialog, "error_label", GtkWidget)));

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);

  header = g_strjoinv (",", (char **) dm_csv_get_columns ());
  g_assert_true (g_str_has_prefix (contents, header));
  g_assert_nonnull (strstr (contents, "ana"));
  g_assert_nonnull (strstr (contents, "ben"));
  lines = g_strsplit (contents, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 3);

  ui_test_destroy_window (dialog);
}

static void
test_export_scope_error (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "out.json");
  GtkWindow *dialog;
  GtkLabel *error_label;

  dm_export_dialog_present_for_article (NULL, fixture->store, SAMPLE_ARTICLE_UUID);
  dialog = ui_test_find_window (DM_TYPE_EXCHANGE_DIALOG);
  g_assert_true (gtk_check_button_get_active (find_widget (dialog, "article_check", GtkCheckButton)));

  gtk_editable_set_text (find_widget (dialog, "from_entry", GtkEditable), "not a date");
  _dm_exchange_dialog_export_to_path (DM_EXCHANGE_DIALOG (dialog), path);
  wait_for (!_dm_exchange_dialog_get_busy (DM_EXCHANGE_DIALOG (dialog)));

  error_label = find_widget (dialog, "error_label", GtkLabel);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "out.json"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  ui_test_destroy_window (dialog);
}

/* The mapped check button under @root labelled @label, such as a row. */
static GtkWidget *
find_check_labelled (GtkWidget  *root,
                     const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_CHECK_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (child)), label) == 0)
        return child;

      if ((found = find_check_labelled (child, label)))
        return found;
    }

  return NULL;
}

static void
test_export_actor_scope (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "eu.json");
  g_autoptr(DmAnnotation) eu = dm_annotation_new (SAMPLE_ARTICLE_UUID, 200, 240);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonArray *annotations;
  JsonArray *actors;
  GtkWindow *dialog;
  GtkWidget *actor_scope;
  GtkEditable *search;
  GtkLabel *count;
  GtkWidget *check;

  /* Ana and Ben coded the first actor of the codebook; Cy the EU. */
  dm_annotation_set_actor_uuids (eu, (const char * const []) { EU_UUID, NULL });
  dm_annotation_set_coder (eu, "cy");
  dm_store_add_annotation (fixture->store, eu, &error);
  g_assert_no_error (error);

  dm_export_dialog_present (NULL, fixture->store);
  dialog = ui_test_find_window (DM_TYPE_EXCHANGE_DIALOG);
  g_assert_nonnull (dialog);
  count = find_widget (dialog, "count_label", GtkLabel);
  g_assert_cmpstr (gtk_label_get_text (count), ==, "3 annotations in 1 article");

  /* From the keyboard: type, Enter checks the best match: "EU" is the
   * European Union, not the first name that holds those letters. */
  actor_scope = find_widget (dialog, "actor_scope", GtkWidget);
  search = find_widget (actor_scope, "search_entry", GtkEditable);
  gtk_editable_set_text (search, "EU");
  g_signal_emit_by_name (search, "activate");
  g_assert_cmpstr (gtk_editable_get_text (search), ==, "");

  /* The row shows it checked once the search is typed again. */
  gtk_editable_set_text (search, "European Union");
  g_signal_emit_by_name (search, "search-changed");
  wait_for ((check = find_check_labelled (actor_scope, "European Union")) != NULL);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));

  wait_for (g_str_equal (gtk_label_get_text (count), "1 annotation in 1 article"));
  ui_test_maybe_save_screenshot (dialog, "export-actor-scope");

  _dm_exchange_dialog_export_to_path (DM_EXCHANGE_DIALOG (dialog), path);
  g_assert_true (gtk_widget_get_visible (find_widget (dialog, "progress_box", GtkWidget)));
  wait_for (!_dm_exchange_dialog_get_busy (DM_EXCHANGE_DIALOG (dialog)));
  g_assert_false (gtk_widget_get_visible (find_widget (dialog, "error_label", GtkWidget)));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (find_widget (dialog, "progress_bar", GtkProgressBar)), ==, 1.0);

  /* Only the EU's annotation, and the rest of the set as usual. */
  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);
  annotations = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "annotations");
  g_assert_cmpuint (json_array_get_length (annotations), ==, 1);
  actors = json_object_get_array_member (json_array_get_object_element (annotations, 0), "actors");
  g_assert_cmpuint (json_array_get_length (actors), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (actors, 0), ==, EU_UUID);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (annotations, 0), "coder"), ==, "cy");

  /* Unchecking by clicking the row's check button widens it again. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
  wait_for (g_str_equal (gtk_label_get_text (count), "3 annotations in 1 article"));

  ui_test_destroy_window (dialog);
}

/* }}} */

/* Import {{{ */

static void
test_import_cancel (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *other_db = fixture_path (fixture, "other.db");
  g_autofree char *path = fixture_path (fixture, "many.json");
  g_autoptr(DmStore) other = NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  GtkWindow *dialog;
  GtkLabel *status;

  /* Enough rows that the worker is still at it when Cancel is pressed. */
  other = dm_store_open (other_db, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (other, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *text = g_strdup_printf ("Title: Talks, day %u\nDate: 2024-03-02\n\n"
                                               "Ministers met in Geneva on day %u and agreed to talk again.\n", i, i);

      g_ptr_array_add (articles, dm_article_new_from_text (text, -1, "many", &error));
      g_assert_no_error (error);
    }
  dm_store_add_articles (other, articles, &error);
  g_assert_no_error (error);
  dm_export_to_file (other, DM_EXPORT_JSON_SET, NULL, path, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  before = dm_json_set_export (fixture->store, NULL, &error);
  g_assert_no_error (error);

  dm_import_set_dialog_present (NULL, fixture->store);
  dialog = ui_test_find_window (DM_TYPE_EXCHANGE_DIALOG);

  _dm_exchange_dialog_import_path (DM_EXCHANGE_DIALOG (dialog), path);
  g_assert_true (gtk_widget_get_visible (find_widget (dialog, "progress_box", GtkWidget)));
  g_signal_emit_by_name (find_widget (dialog, "cancel_button", GtkButton), "clicked");
  wait_for (!_dm_exchange_dialog_get_busy (DM_EXCHANGE_DIALOG (dialog)));

  status = find_widget (dialog, "status_label", GtkLabel);
  g_test_message ("status: %s", gtk_label_get_text (status));
  g_assert_nonnull (strstr (gtk_label_get_text (status), "cancelled"));
  g_assert_false (gtk_widget_get_visible (find_widget (dialog, "progress_box", GtkWidget)));

  after = dm_json_set_export (fixture->store, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after, ==, before);

  /* And the same file imports in full afterwards, through the same dialog. */
  _dm_exchange_dialog_import_path (DM_EXCHANGE_DIALOG (dialog), path);
  wait_for (!_dm_exchange_dialog_get_busy (DM_EXCHANGE_DIALOG (dialog)));
  g_assert_nonnull (strstr (gtk_label_get_text (status), "300 added"));
  g_assert_cmpuint (count_articles (fixture->store), ==, 301);

  ui_test_destroy_window (dialog);
}

static void
test_import_set (Fixture       *fixture,
                 gconstpointer  data)
{
  static const char text[] = "Title: A second article\nDate: 2024-03-02\n\nMinisters met in Geneva and agreed to talk again.\n";
  g_autofree char *other_db = fixture_path (fixture, "other.db");
  g_autofree char *path = fixture_path (fixture, "other-set.json");
  g_autoptr(DmStore) other = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  guint n_before = count_articles (fixture->store);
  GtkWindow *dialog;
  GtkLabel *status;

  other = dm_store_open (other_db, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (other, &error);
  g_assert_no_error (error);
  article = dm_article_new_from_text (text, -1, "second", &error);
  g_assert_no_error (error);
  dm_store_add_article (other, article, &error);
  g_assert_no_error (error);
  json = dm_json_set_export (other, NULL, &error);
  g_assert_no_error (error);
  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);

  /* Recording starts as the window starts it. */
  g_assert_false (dm_undo_stack_get_can_undo (dm_store_get_undo_stack (fixture->store)));

  dm_import_set_dialog_present (NULL, fixture->store);
  dialog = ui_test_find_window (DM_TYPE_EXCHANGE_DIALOG);
  g_assert_nonnull (dialog);

  _dm_exchange_dialog_import_path (DM_EXCHANGE_DIALOG (dialog), path);
  wait_for (!_dm_exchange_dialog_get_busy (DM_EXCHANGE_DIALOG (dialog)));

  status = find_widget (dialog, "status_label", GtkLabel);
  g_test_message ("report: %s", gtk_label_get_text (status));
  g_assert_nonnull (strstr (gtk_label_get_text (status), "added"));
  g_assert_false (gtk_widget_get_visible (find_widget (dialog, "error_label", GtkWidget)));
  g_assert_cmpuint (count_articles (fixture->store), ==, n_before + 1);
  {
    g_autoptr(DmArticle) imported = dm_store_lookup_article (fixture->store, dm_article_get_uuid (article), &error);

    g_assert_no_error (error);
    g_assert_nonnull (imported);
  }
  ui_test_maybe_save_screenshot (dialog, "import-set-dialog");

  /* The worker's import is one step of the window's undo. */
  {
    DmUndoStack *undo = dm_store_get_undo_stack (fixture->store);
    g_autoptr(DmArticle) gone = NULL;

    g_assert_true (dm_undo_stack_get_can_undo (undo));
    g_assert_true (dm_undo_stack_undo (undo, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (count_articles (fixture->store), ==, n_before);
    gone = dm_store_lookup_article (fixture->store, dm_article_get_uuid (article), &error);
    g_assert_null (gone);
    g_clear_error (&error);
  }

  ui_test_destroy_window (dialog);
}

static void
test_import_malformed (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = fixture_path (fixture, "broken-set.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) annotations_before = dm_store_dup_annotations (fixture->store, NULL, NULL);
  g_autoptr(GPtrArray) annotations_after = NULL;
  guint n_before = count_articles (fixture->store);
  GtkWindow *dialog;
  GtkLabel *error_label;

  g_file_set_contents (path, "{ \"format\": \"demarche-annotated-set\", \"version\": 1, \"articles\": [", -1, &error);
  g_assert_no_error (error);

  dm_import_set_dialog_present (NULL, fixture->store);
  dialog = ui_test_find_window (DM_TYPE_EXCHANGE_DIALOG);

  _dm_exchange_dialog_import_path (DM_EXCHANGE_DIALOG (dialog), path);
  wait_for (!_dm_exchange_dialog_get_busy (DM_EXCHANGE_DIALOG (dialog)));

  error_label = find_widget (dialog, "error_label", GtkLabel);
  g_test_message ("error: %s", gtk_label_get_text (error_label));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (error_label)));
  g_assert_nonnull (strstr (gtk_label_get_text (error_label), "broken-set.json"));

  annotations_after = dm_store_dup_annotations (fixture->store, NULL, NULL);
  g_assert_cmpuint (count_articles (fixture->store), ==, n_before);
  g_assert_cmpuint (annotations_after->len, ==, annotations_before->len);
  ui_test_maybe_save_screenshot (dialog, "import-set-error");

  ui_test_destroy_window (dialog);
}

/* }}} */

/* Agreement {{{ */

static void
test_agreement_keep (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(DmAnnotation) kept = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *dialog;
  GtkLabel *polarity;
  GtkWidget *keep_a;

  dm_agreement_dialog_present (NULL, fixture->store);
  dialog = ui_test_find_window (DM_TYPE_AGREEMENT_DIALOG);
  g_assert_nonnull (dialog);

  gtk_editable_set_text (find_widget (dialog, "coder_a_entry", GtkEditable), "ana");
  gtk_editable_set_text (find_widget (dialog, "coder_b_entry", GtkEditable), "ben");
  g_signal_emit_by_name (find_widget (dialog, "compare_button", GtkButton), "clicked");

  g_assert_nonnull (_dm_agreement_dialog_get_agreement (DM_AGREEMENT_DIALOG (dialog)));
  g_assert_false (gtk_widget_get_visible (find_widget (dialog, "error_label", GtkWidget)));
  polarity = find_widget (dialog, "polarity_percent_label", GtkLabel);
  g_assert_cmpstr (gtk_label_get_text (polarity), ==, "0 % (0 of 1)");
  g_assert_cmpstr (gtk_label_get_text (find_widget (dialog, "polarity_units_label", GtkLabel)), ==, "1");

  /* The rows exist once the list view has been laid out. */
  wait_for ((keep_a = find_by_class (GTK_WIDGET (dialog), "dm-keep-a")) != NULL &&
            gtk_widget_get_mapped (keep_a));
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (keep_a)), ==, "Keep ana");
  ui_test_maybe_save_screenshot (dialog, "agreement-dialog");

  g_signal_emit_by_name (keep_a, "clicked");

  kept = dm_store_lookup_annotation (fixture->store, dm_annotation_get_uuid (fixture->ben), &error);
  g_assert_no_error (error);
  g_assert_cmpint (dm_annotation_get_polarity (kept), ==, DM_POLARITY_SUPPORTS);
  g_assert_cmpstr (dm_annotation_get_coder (kept), ==, "ben");

  /* Recomputed: the polarity now agrees. */
  g_assert_cmpstr (gtk_label_get_text (polarity), ==, "100 % (1 of 1)");

  ui_test_destroy_window (dialog);
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/ui/ExchangeDialog/export-csv", test_export_csv);
  ADD_TEST ("/ui/ExchangeDialog/export-scope-error", test_export_scope_error);
  ADD_TEST ("/ui/ExchangeDialog/export-actor-scope", test_export_actor_scope);
  ADD_TEST ("/ui/ExchangeDialog/import-set", test_import_set);
  ADD_TEST ("/ui/ExchangeDialog/import-malformed", test_import_malformed);
  ADD_TEST ("/ui/ExchangeDialog/import-cancel", test_import_cancel);
  ADD_TEST ("/ui/AgreementDialog/keep", test_agreement_keep);

#undef ADD_TEST

  return g_test_run ();
}
