/* test-workbench.c - annotating in the real window on a display (Xvfb)
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * These drive the widgets the way the analyst does — the click path of the
 * article view, the panel's actions and buttons, the window's undo — and
 * check the outcome where it counts: in the store, and in the text tags
 * the article view paints.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <gtk/gtk.h>

#include "demarche-core.h"
#include "dm-actor-choice.h"
#include "dm-actor-picker.h"
#include "dm-annotation-item.h"
#include "dm-article-text-dialog.h"
#include "dm-window.h"
#include "dm-window-private.h"
#include "ui-test-util.h"

#define FIXTURE_TITLE "Paris and Berlin call for a ceasefire in Sudan"

typedef struct
{
  char        *dir;
  char        *path;
  DmStore     *store;
  DmWindow    *window;
  char        *article_uuid;
} Fixture;

/* Helpers {{{ */

static DmWorkspace *
get_workspace (Fixture *fixture)
{
  return _dm_window_get_workspace (fixture->window);
}

static DmArticleView *
get_article_view (Fixture *fixture)
{
  return _dm_window_get_article_view (fixture->window);
}

static DmTextBufferAdapter *
get_adapter (Fixture *fixture)
{
  return dm_article_view_get_adapter (get_article_view (fixture));
}

static DmAnnotationPanel *
get_panel (Fixture *fixture)
{
  return _dm_window_get_annotation_panel (fixture->window);
}

static DmAnnotationPanelState *
get_state (Fixture *fixture)
{
  return dm_annotation_panel_get_state (get_panel (fixture));
}

static const char *
actor_uuid (Fixture    *fixture,
            const char *name)
{
  g_autoptr(DmActor) actor = NULL;
  g_autoptr(GError) error = NULL;

  actor = dm_store_resolve_actor (fixture->store, name, &error);
  g_assert_no_error (error);

  return dm_actor_get_uuid (dm_workspace_lookup_actor (get_workspace (fixture), dm_actor_get_uuid (actor)));
}

static const DmSentence *
get_sentence (Fixture *fixture,
              guint    index)
{
  GArray *sentences = dm_workspace_get_sentences (get_workspace (fixture));

  g_assert_nonnull (sentences);
  g_assert_cmpuint (index, <, sentences->len);

  return &g_array_index (sentences, DmSentence, index);
}

static GPtrArray *
dup_annotations (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *annotations = dm_store_dup_annotations (fixture->store, fixture->article_uuid, &error);

  g_assert_no_error (error);

  return annotations;
}

static guint
count_annotations (Fixture *fixture)
{
  g_autoptr(GPtrArray) annotations = dup_annotations (fixture);

  return annotations->len;
}

static void
add_annotation (Fixture    *fixture,
                guint       sentence,
                const char *actor)
{
  const DmSentence *span = get_sentence (fixture, sentence);
  g_autoptr(DmAnnotation) annotation = dm_annotation_new (fixture->article_uuid, span->start, span->end);
  const char *actors[] = { actor_uuid (fixture, actor), NULL };
  g_autoptr(GError) error = NULL;

  dm_annotation_set_actor_uuids (annotation, actors);
  dm_store_add_annotation (fixture->store, annotation, &error);
  g_assert_no_error (error);
}

/* Whether the character at @offset carries @tag in the view's buffer. */
static gboolean
has_tag_at (Fixture    *fixture,
            GtkTextTag *tag,
            guint       offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dm_article_view_get_text_view (get_article_view (fixture)));
  GtkTextIter iter;

  g_assert_nonnull (tag);
  g_assert_true (buffer == dm_text_buffer_adapter_get_buffer (get_adapter (fixture)));
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, offset);

  return gtk_text_iter_has_tag (&iter, tag);
}

static gboolean
is_showing_fixture (Fixture *fixture)
{
  DmArticle *article = dm_workspace_get_article (get_workspace (fixture));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dm_article_view_get_text_view (get_article_view (fixture)));

  return article != NULL && g_strcmp0 (dm_article_get_uuid (article), fixture->article_uuid) == 0 &&
         gtk_text_buffer_get_char_count (buffer) == (int) dm_article_get_length (article);
}

static void
open_fixture_article (Fixture *fixture)
{
  GtkSelectionModel *selection = gtk_list_view_get_model (_dm_window_get_article_list_view (fixture->window));
  guint position;

  g_assert_true (dm_store_list_find (DM_STORE_LIST (gtk_single_selection_get_model (GTK_SINGLE_SELECTION (selection))),
                                     fixture->article_uuid, &position));
  gtk_selection_model_select_item (selection, position, TRUE);
  wait_for (is_showing_fixture (fixture));
}

static void
open_window (Fixture *fixture)
{
  fixture->window = dm_window_new (NULL, fixture->store);
  g_object_add_weak_pointer (G_OBJECT (fixture->window), (gpointer *) &fixture->window);
  gtk_window_present (GTK_WINDOW (fixture->window));

  wait_for (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
close_window (Fixture *fixture)
{
  if (fixture->window == NULL)
    return;

  gtk_window_close (GTK_WINDOW (fixture->window));
  if (fixture->window != NULL)
    gtk_window_destroy (GTK_WINDOW (fixture->window));

  wait_for (fixture->window == NULL);
}

/* }}} */

/* Fixture {{{ */

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *fixture_path = g_build_filename (UI_FIXTURES_DIR, "sudan-ceasefire.txt", NULL);
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-workbench-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = dm_store_open (fixture->path, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (fixture->store, &error);
  g_assert_no_error (error);

  /* Imported through core as the import dialog does; the file's header
   * gives the metadata, and its text has characters beyond ASCII before
   * the second sentence, so bytes and code points differ. */
  article = dm_article_new_from_file (fixture_path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_title (article), ==, FIXTURE_TITLE);
  dm_store_add_article (fixture->store, article, &error);
  g_assert_no_error (error);
  fixture->article_uuid = g_strdup (dm_article_get_uuid (article));

  open_window (fixture);
  open_fixture_article (fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.demarche.Demarche");
  const char *keys[] = { "window-width", "window-height", "window-maximized", "sidebar-width",
                         "panel-width", "last-article", "show-mentions", "coder-name" };

  close_window (fixture);

  g_object_add_weak_pointer (G_OBJECT (fixture->store), (gpointer *) &fixture->store);
  g_object_unref (fixture->store);
  g_assert_null (fixture->store);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);

  test_util_remove_tree (fixture->dir);
  g_free (fixture->article_uuid);
  g_free (fixture->path);
  g_free (fixture->dir);
}

/* }}} */

/* Tests {{{ */

static void
test_annotate_undo_redo (Fixture       *fixture,
                         gconstpointer  data)
{
  DmArticleView *view = get_article_view (fixture);
  DmAnnotationPanelState *state = get_state (fixture);
  DmTextBufferAdapter *adapter = get_adapter (fixture);
  DmActorPicker *picker = DM_ACTOR_PICKER (dm_annotation_panel_get_actor_picker (get_panel (fixture)));
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(DmActorChoice) first = NULL;
  const char * const *actors;
  const DmSentence *second;
  GtkTextTag *highlight;
  const char *france = actor_uuid (fixture, "France");
  const char *germany = actor_uuid (fixture, "Germany");

  /* The second sentence, by the path a click on it takes. */
  second = get_sentence (fixture, 1);
  g_assert_true (dm_article_view_select_sentence_at_offset (view, second->start + 7));
  g_assert_true (dm_workspace_get_has_selection (get_workspace (fixture)));
  g_assert_cmpuint (dm_workspace_get_selection_start (get_workspace (fixture)), ==, second->start);
  g_assert_cmpuint (dm_workspace_get_selection_end (get_workspace (fixture)), ==, second->end);
  g_assert_true (has_tag_at (fixture, dm_text_buffer_adapter_get_selection_tag (adapter), second->start));
  g_assert_false (has_tag_at (fixture, dm_text_buffer_adapter_get_selection_tag (adapter), second->end));
  g_assert_true (g_str_has_prefix (dm_annotation_panel_state_get_quote (state), "France and Germany called"));

  /* The panel offers the actors the sentence names, France first. */
  g_assert_false (dm_annotation_panel_state_get_can_save (state));
  first = g_list_model_get_item (dm_annotation_panel_state_get_choices (state), 0);
  g_assert_cmpstr (dm_actor_choice_get_uuid (first), ==, france);

  /* France by its row in the list of suggestions… */
  g_signal_emit_by_name (dm_annotation_panel_get_actor_list (get_panel (fixture)), "activate", 0);
  g_assert_cmpuint (dm_annotation_panel_state_get_n_actors (state), ==, 1);
  g_assert_true (dm_annotation_panel_state_get_can_save (state));

  /* Typed names rank the best match first: the code "US" before every
   * name that merely holds those letters. */
  gtk_editable_set_text (dm_actor_picker_get_entry (picker), "us");
  wait_for (g_list_model_get_n_items (dm_actor_picker_get_matches (picker)) > 1);
  {
    g_autoptr(DmActor) best = g_list_model_get_item (dm_actor_picker_get_matches (picker), 0);

    g_assert_cmpstr (dm_actor_get_name (best), ==, "United States");
  }

  /* …Germany by typing part of its name. */
  gtk_editable_set_text (dm_actor_picker_get_entry (picker), "germ");
  wait_for (g_list_model_get_n_items (dm_actor_picker_get_matches (picker)) > 0);
  g_assert_true (dm_actor_picker_pick_selected (picker));
  g_assert_cmpstr (gtk_editable_get_text (dm_actor_picker_get_entry (picker)), ==, "");
  g_assert_cmpuint (dm_annotation_panel_state_get_n_actors (state), ==, 2);

  /* Supports, then Save, as the button does it. */
  gtk_widget_activate_action (GTK_WIDGET (get_panel (fixture)), "annotation.polarity", "s", "supports");
  g_assert_cmpint (dm_annotation_panel_state_get_polarity (state), ==, DM_POLARITY_SUPPORTS);
  g_assert_true (gtk_widget_is_sensitive (dm_annotation_panel_get_save_button (get_panel (fixture))));
  g_signal_emit_by_name (dm_annotation_panel_get_save_button (get_panel (fixture)), "clicked");

  /* The store has it: one annotation, both actors, that span. */
  annotations = dup_annotations (fixture);
  g_assert_cmpuint (annotations->len, ==, 1);
  actors = dm_annotation_get_actor_uuids (g_ptr_array_index (annotations, 0));
  g_assert_cmpuint (g_strv_length ((char **) actors), ==, 2);
  g_assert_cmpstr (actors[0], ==, france);
  g_assert_cmpstr (actors[1], ==, germany);
  g_assert_cmpuint (dm_annotation_get_start (g_ptr_array_index (annotations, 0)), ==, second->start);
  g_assert_cmpuint (dm_annotation_get_end (g_ptr_array_index (annotations, 0)), ==, second->end);
  g_assert_cmpint (dm_annotation_get_polarity (g_ptr_array_index (annotations, 0)), ==, DM_POLARITY_SUPPORTS);
  /* No topic was picked: none is stored (a drop-down given its model must
   * not pick one by itself). */
  g_assert_null (dm_annotation_get_topic_uuid (g_ptr_array_index (annotations, 0)));
  g_assert_cmpstr (dm_annotation_get_quote (g_ptr_array_index (annotations, 0)), ==,
                   "France and Germany called for an immediate ceasefire in Sudan and for talks between the warring parties.");

  /* The text has it: France's colour from the first character to the
   * last, not beyond. */
  highlight = dm_text_buffer_adapter_lookup_actor_tag (adapter, france);
  g_assert_true (has_tag_at (fixture, highlight, second->start));
  g_assert_true (has_tag_at (fixture, highlight, second->end - 1));
  g_assert_false (has_tag_at (fixture, highlight, second->end));
  g_assert_false (has_tag_at (fixture, highlight, second->start - 1));
  g_assert_false (dm_text_buffer_adapter_has_highlight_at (adapter, second->end));

  /* The panel now edits it; the undo button says what it undoes. */
  g_assert_true (dm_annotation_panel_state_get_editing (state));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (_dm_window_get_undo_button (fixture->window)), ==,
                   "Undo Add annotation");

  /* Ctrl+Z's action takes it out of the store and the text… */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL);
  g_assert_cmpuint (count_annotations (fixture), ==, 0);
  g_assert_false (has_tag_at (fixture, highlight, second->start));
  g_assert_false (has_tag_at (fixture, highlight, second->end - 1));
  g_assert_false (dm_text_buffer_adapter_has_highlight_at (adapter, second->start));
  g_assert_false (dm_annotation_panel_state_get_editing (state));

  /* …and Shift+Ctrl+Z's brings it back. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.redo", NULL);
  g_assert_cmpuint (count_annotations (fixture), ==, 1);
  g_assert_true (has_tag_at (fixture, highlight, second->start));
  g_assert_true (has_tag_at (fixture, highlight, second->end - 1));
  g_assert_false (has_tag_at (fixture, highlight, second->end));
}

static void
test_list_selects_span (Fixture       *fixture,
                        gconstpointer  data)
{
  GtkListView *list = dm_annotation_panel_get_annotation_list (get_panel (fixture));
  GtkSelectionModel *selection = gtk_list_view_get_model (list);
  DmTextBufferAdapter *adapter = get_adapter (fixture);
  g_autoptr(GPtrArray) annotations = NULL;
  const DmSentence *third;
  DmAnnotation *selected;

  add_annotation (fixture, 0, "France");
  add_annotation (fixture, 2, "European Union");
  third = get_sentence (fixture, 2);
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (selection)) == 2);

  /* Highlights follow the store, coloured by actor. */
  g_assert_true (has_tag_at (fixture,
                             dm_text_buffer_adapter_lookup_actor_tag (adapter, actor_uuid (fixture, "European Union")),
                             third->start));

  /* Picking the second row selects its span in the text. */
  g_assert_true (gtk_selection_model_select_item (selection, 1, TRUE));
  selected = dm_workspace_get_selected_annotation (get_workspace (fixture));
  g_assert_nonnull (selected);
  g_assert_cmpuint (dm_annotation_get_start (selected), ==, third->start);
  g_assert_cmpuint (dm_workspace_get_selection_start (get_workspace (fixture)), ==, third->start);
  g_assert_cmpuint (dm_workspace_get_selection_end (get_workspace (fixture)), ==, third->end);
  g_assert_true (has_tag_at (fixture, dm_text_buffer_adapter_get_selection_tag (adapter), third->start));
  g_assert_true (has_tag_at (fixture, dm_text_buffer_adapter_get_selection_tag (adapter), third->end - 1));
  g_assert_true (dm_annotation_panel_state_get_editing (get_state (fixture)));

  /* And a selection made in the text selects the row. */
  annotations = dup_annotations (fixture);
  dm_workspace_select_annotation_by_uuid (get_workspace (fixture),
                                          dm_annotation_get_uuid (g_ptr_array_index (annotations, 0)));
  g_assert_cmpuint (gtk_single_selection_get_selected (GTK_SINGLE_SELECTION (selection)), ==, 0);
}

static void
test_click_cycles (Fixture       *fixture,
                   gconstpointer  data)
{
  DmArticleView *view = get_article_view (fixture);
  DmWorkspace *workspace = get_workspace (fixture);
  const DmSentence *first;

  add_annotation (fixture, 0, "France");
  first = get_sentence (fixture, 0);

  /* A click on a highlight selects its annotation; the next click the
   * sentence itself, to code it again. */
  dm_article_view_click_offset (view, first->start + 2);
  g_assert_nonnull (dm_workspace_get_selected_annotation (workspace));
  dm_article_view_click_offset (view, first->start + 2);
  g_assert_null (dm_workspace_get_selected_annotation (workspace));
  g_assert_cmpuint (dm_workspace_get_selection_start (workspace), ==, first->start);
  g_assert_true (dm_annotation_panel_state_get_has_target (get_state (fixture)));
  g_assert_false (dm_annotation_panel_state_get_editing (get_state (fixture)));

  /* A click in the white space between sentences selects nothing new;
   * one just past a full stop takes that sentence. */
  g_assert_true (dm_article_view_select_sentence_at_offset (view, first->end));
  g_assert_cmpuint (dm_workspace_get_selection_end (workspace), ==, first->end);
}

static void
test_keyboard (Fixture       *fixture,
               gconstpointer  data)
{
  DmWorkspace *workspace = get_workspace (fixture);
  GtkWidget *view = GTK_WIDGET (get_article_view (fixture));
  GtkWidget *panel = GTK_WIDGET (get_panel (fixture));
  DmAnnotationPanelState *state = get_state (fixture);
  GtkWidget *focus;

  /* J and K (and Alt+Down, Alt+Up) walk the sentences. */
  gtk_widget_grab_focus (view);
  g_assert_true (gtk_widget_activate_action (view, "article.next-sentence", NULL));
  g_assert_cmpuint (dm_workspace_get_selection_start (workspace), ==, get_sentence (fixture, 0)->start);
  gtk_widget_activate_action (view, "article.next-sentence", NULL);
  gtk_widget_activate_action (view, "article.next-sentence", NULL);
  gtk_widget_activate_action (view, "article.previous-sentence", NULL);
  g_assert_cmpuint (dm_workspace_get_selection_start (workspace), ==, get_sentence (fixture, 1)->start);

  /* Enter moves into the panel, where digits pick and letters set the
   * polarity; Ctrl+Enter saves; Escape goes back to the text. */
  gtk_widget_activate_action (view, "article.annotate", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, panel));
  gtk_widget_activate_action (panel, "annotation.pick-actor", "i", 2);
  gtk_widget_activate_action (panel, "annotation.polarity", "s", "mixed");
  g_assert_cmpuint (dm_annotation_panel_state_get_n_actors (state), ==, 1);
  g_assert_true (gtk_widget_activate_action (panel, "annotation.commit", NULL));
  g_assert_cmpuint (count_annotations (fixture), ==, 1);
  gtk_widget_activate_action (panel, "annotation.back", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (fixture->window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, view));

  /* Escape in the text drops the selection; the panel goes blank. */
  gtk_widget_activate_action (view, "article.clear-selection", NULL);
  g_assert_false (dm_workspace_get_has_selection (workspace));
  g_assert_false (dm_annotation_panel_state_get_has_target (state));

  /* Ctrl+PageUp and Ctrl+PageDown go through the articles. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.next-article", NULL);
  g_assert_cmpstr (dm_article_get_title (dm_workspace_get_article (workspace)), ==,
                   "Belarus and China back peace talks on Ukraine");
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.previous-article", NULL);
  g_assert_cmpstr (dm_article_get_uuid (dm_workspace_get_article (workspace)), ==, fixture->article_uuid);
}

static void
test_error_banner (Fixture       *fixture,
                   gconstpointer  data)
{
  DmAnnotationPanelState *state = get_state (fixture);
  g_autoptr(DmActor) actor = dm_actor_new ("Short-lived Actor", DM_ACTOR_KIND_GROUP);
  g_autoptr(GError) error = NULL;
  g_autofree char *uuid = NULL;
  const char *message;

  g_assert_false (gtk_info_bar_get_revealed (_dm_window_get_info_bar (fixture->window)));

  /* The actor picked is deleted from the codebook (by another window,
   * say) before the annotation is saved: saving fails, the window says
   * so and why, and what was coded stays in the panel. */
  dm_store_add_actor (fixture->store, actor, &error);
  g_assert_no_error (error);
  uuid = g_strdup (dm_actor_get_uuid (actor));
  dm_workspace_select_sentence (get_workspace (fixture), 1);
  g_assert_true (dm_annotation_panel_state_toggle_actor (state, uuid));
  dm_store_remove_actor (fixture->store, uuid, &error);
  g_assert_no_error (error);

  g_signal_emit_by_name (dm_annotation_panel_get_save_button (get_panel (fixture)), "clicked");
  g_assert_cmpuint (count_annotations (fixture), ==, 0);
  g_assert_true (gtk_info_bar_get_revealed (_dm_window_get_info_bar (fixture->window)));
  message = gtk_label_get_text (_dm_window_get_error_label (fixture->window));
  g_test_message ("The banner says: %s", message);
  g_assert_true (g_str_has_prefix (message, "Could not save the annotation\n"));
  g_assert_nonnull (strstr (message, uuid));

  g_assert_cmpuint (dm_annotation_panel_state_get_n_actors (state), ==, 1);
  g_assert_true (dm_annotation_panel_state_get_can_save (state));

  /* The banner closes. */
  g_signal_emit_by_name (_dm_window_get_info_bar (fixture->window), "response", GTK_RESPONSE_CLOSE);
  g_assert_false (gtk_info_bar_get_revealed (_dm_window_get_info_bar (fixture->window)));
}

static void
test_mentions_setting (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.demarche.Demarche");
  DmTextBufferAdapter *adapter = get_adapter (fixture);
  GtkTextTag *mention = dm_text_buffer_adapter_get_mention_tag (adapter);
  const DmSentence *second = get_sentence (fixture, 1);

  /* "France" opens the second sentence. */
  g_assert_true (g_settings_get_boolean (settings, "show-mentions"));
  wait_for (!dm_text_buffer_adapter_get_mentions_pending (adapter));
  g_assert_true (has_tag_at (fixture, mention, second->start));
  g_assert_false (has_tag_at (fixture, mention, second->start + 6));

  /* The menu's toggle is the setting. */
  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.show-mentions", NULL);
  g_assert_false (g_settings_get_boolean (settings, "show-mentions"));
  wait_for (!dm_article_view_get_show_mentions (get_article_view (fixture)));
  g_assert_false (has_tag_at (fixture, mention, second->start));

  g_settings_set_boolean (settings, "show-mentions", TRUE);
  wait_for (!dm_text_buffer_adapter_get_mentions_pending (adapter) && has_tag_at (fixture, mention, second->start));
}

static void
test_long_article (Fixture       *fixture,
                   gconstpointer  data)
{
  DmTextBufferAdapter *adapter = get_adapter (fixture);
  DmArticle *fixture_article = dm_workspace_get_article (get_workspace (fixture));
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  GArray *sentences;
  guint far;

  /* Long enough that its highlights are painted block by block. */
  for (guint i = 0; i < 160; i++)
    g_string_append_printf (body, "%s%s", i > 0 ? "\n\n" : "", dm_article_get_body (fixture_article));
  article = dm_article_new ();
  dm_article_set_title (article, "A long dispatch");
  dm_article_set_published (article, "2023-06-01");
  dm_article_set_body (article, body->str);
  dm_store_add_article (fixture->store, article, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dm_article_get_length (article), >, 40000);

  g_free (fixture->article_uuid);
  fixture->article_uuid = g_strdup (dm_article_get_uuid (article));
  open_fixture_article (fixture);

  sentences = dm_workspace_get_sentences (get_workspace (fixture));
  far = sentences->len - 2;
  add_annotation (fixture, 1, "France");
  add_annotation (fixture, far, "Germany");

  /* All of it is highlighted once idle, the far end included… */
  wait_for (!dm_text_buffer_adapter_get_highlights_pending (adapter));
  g_assert_true (has_tag_at (fixture, dm_text_buffer_adapter_lookup_actor_tag (adapter, actor_uuid (fixture, "Germany")),
                             get_sentence (fixture, far)->start));
  g_assert_true (has_tag_at (fixture, dm_text_buffer_adapter_lookup_actor_tag (adapter, actor_uuid (fixture, "France")),
                             get_sentence (fixture, 1)->end - 1));
  g_assert_false (dm_text_buffer_adapter_has_highlight_at (adapter, get_sentence (fixture, far)->end));

  /* …and a change there is painted where it happens. */
  dm_workspace_select_sentence (get_workspace (fixture), far - 1);
  dm_annotation_panel_state_pick_choice (get_state (fixture), 1);
  g_assert_true (dm_annotation_panel_state_save (get_state (fixture), &error));
  g_assert_no_error (error);
  g_assert_true (dm_text_buffer_adapter_has_highlight_at (adapter, get_sentence (fixture, far - 1)->start));
  g_assert_true (has_tag_at (fixture, dm_text_buffer_adapter_get_selection_tag (adapter), get_sentence (fixture, far - 1)->start));
}

static gboolean
panel_width_is (Fixture *fixture,
                int      width)
{
  int actual = gtk_widget_get_width (GTK_WIDGET (get_panel (fixture)));

  return ABS (actual - width) <= 2;
}

static void
test_remembers_article (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.demarche.Demarche");
  g_autofree char *last_article = NULL;
  GtkPaned *inner;
  int paned_width;

  /* The panel is made 400 pixels wide, by its pane's handle. */
  inner = GTK_PANED (gtk_widget_get_parent (GTK_WIDGET (get_panel (fixture))));
  wait_for ((paned_width = gtk_widget_get_width (GTK_WIDGET (inner))) > 800);
  gtk_paned_set_position (inner, paned_width - 400);
  wait_for (panel_width_is (fixture, 400));

  /* The sample article comes first in the list (newer); the fixture is
   * the one open when the window closes. */
  close_window (fixture);
  last_article = g_settings_get_string (settings, "last-article");
  g_assert_cmpstr (last_article, ==, fixture->article_uuid);
  g_assert_cmpint (ABS (g_settings_get_int (settings, "panel-width") - 400), <=, 2);

  open_window (fixture);
  wait_for (is_showing_fixture (fixture));
  wait_for (panel_width_is (fixture, g_settings_get_int (settings, "panel-width")));
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = NULL;
  GtkWindow *overlay;
  gboolean mapped = FALSE;

  /* Every accelerator the Keyboard Shortcuts window lists parses (GTK
   * warns otherwise, and warnings fail this test). */
  builder = gtk_builder_new_from_resource ("/org/demarche/Demarche/gtk/help-overlay.ui");
  overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  g_assert_true (GTK_IS_SHORTCUTS_WINDOW (overlay));
  gtk_window_present (overlay);
  wait_for ((mapped = gtk_widget_get_mapped (GTK_WIDGET (overlay))));
  g_assert_true (mapped);
  gtk_window_destroy (overlay);
}

/* }}} */

/* Issue 6 {{{ */

static GtkWindow *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_items = g_list_model_get_n_items (toplevels);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }

  return NULL;
}

/* A label reading @text, shown, somewhere under @widget. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_visible (widget) &&
      g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static guint
offset_of (const char *body,
           const char *passage)
{
  const char *found = strstr (body, passage);

  g_assert_nonnull (found);

  return (guint) g_utf8_pointer_to_offset (body, found);
}

static DmAnnotation *
lookup (Fixture    *fixture,
        const char *uuid)
{
  g_autoptr(GError) error = NULL;
  DmAnnotation *annotation = dm_store_lookup_annotation (fixture->store, uuid, &error);

  g_assert_no_error (error);

  return annotation;
}

static char *
dup_buffer_text (Fixture *fixture)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dm_article_view_get_text_view (get_article_view (fixture)));
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Correct the text through the real dialog so that one annotation moves
 * and one is orphaned, place the orphan by hand, and undo it all. */
static void
test_retext_and_place (Fixture       *fixture,
                       gconstpointer  data)
{
  DmWorkspace *workspace = get_workspace (fixture);
  DmTextBufferAdapter *adapter = get_adapter (fixture);
  DmAnnotationPanel *panel = get_panel (fixture);
  DmAnnotationPanelState *state = get_state (fixture);
  GtkListView *list = dm_annotation_panel_get_annotation_list (panel);
  GtkSelectionModel *selection = gtk_list_view_get_model (list);
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(DmAnnotation) moved = NULL;
  g_autoptr(DmAnnotation) orphan = NULL;
  g_autoptr(DmAnnotation) placed = NULL;
  g_autoptr(DmAnnotation) restored = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *old_body = NULL;
  g_autofree char *new_body = NULL;
  g_autofree char *moved_uuid = NULL;
  g_autofree char *orphan_uuid = NULL;
  g_autofree char *secondary = NULL;
  g_autofree char *shown = NULL;
  g_autoptr(DmAnnotationItem) item = NULL;
  DmArticleTextDialog *dialog;
  GtkWindow *result;
  GtkWindow *confirm;
  const DmSentence *second;
  const DmSentence *fourth;
  guint old_second_start;
  guint old_fourth_start;
  guint new_second_start;
  guint silent_start;
  guint silent_end;

  add_annotation (fixture, 1, "France");
  add_annotation (fixture, 3, "Russia");
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (selection)) == 2);
  second = get_sentence (fixture, 1);
  fourth = get_sentence (fixture, 3);
  old_second_start = second->start;
  old_fourth_start = fourth->start;

  annotations = dup_annotations (fixture);
  moved_uuid = g_strdup (dm_annotation_get_uuid (g_ptr_array_index (annotations, 0)));
  orphan_uuid = g_strdup (dm_annotation_get_uuid (g_ptr_array_index (annotations, 1)));
  old_body = g_strdup (dm_article_get_body (dm_workspace_get_article (workspace)));

  /* A sentence is inserted before the second, and the last is rewritten
   * out of recognition. */
  new_body = g_strdup_printf ("%.*sBoth spoke to reporters. %s",
                              (int) (g_utf8_offset_to_pointer (old_body, old_second_start) - old_body), old_body,
                              g_utf8_offset_to_pointer (old_body, old_second_start));
  *strstr (new_body, "Russia did not comment.") = '\0';
  {
    g_autofree char *head = g_steal_pointer (&new_body);

    new_body = g_strconcat (head, "Moscow kept silent.", NULL);
  }
  new_second_start = offset_of (new_body, "France and Germany called");
  silent_start = offset_of (new_body, "Moscow kept silent.");
  silent_end = silent_start + g_utf8_strlen ("Moscow kept silent.", -1);

  /* The real dialog, opened by the window's action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.edit-article-text", NULL));
  wait_for ((dialog = (DmArticleTextDialog *) find_toplevel (DM_TYPE_ARTICLE_TEXT_DIALOG)) != NULL);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (dm_article_text_dialog_get_text_view (dialog));
    GtkTextIter start, end;
    g_autofree char *text = NULL;

    gtk_text_buffer_get_bounds (buffer, &start, &end);
    text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
    g_assert_cmpstr (text, ==, old_body);
    gtk_text_buffer_set_text (buffer, new_body, -1);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "text.save", NULL));

  /* The dialog closes and the window says what happened. */
  wait_for (find_toplevel (DM_TYPE_ARTICLE_TEXT_DIALOG) == NULL && find_toplevel (GTK_TYPE_MESSAGE_DIALOG) != NULL);
  result = find_toplevel (GTK_TYPE_MESSAGE_DIALOG);
  g_object_get (result, "secondary-text", &secondary, NULL);
  g_assert_nonnull (strstr (secondary, "1 annotation moved with the text."));
  g_assert_nonnull (strstr (secondary, "1 annotation could not be placed again with confidence"));
  gtk_dialog_response (GTK_DIALOG (result), GTK_RESPONSE_CLOSE);
  wait_for (find_toplevel (GTK_TYPE_MESSAGE_DIALOG) == NULL);

  /* The store: one moved with its sentence, one kept as an orphan. */
  moved = lookup (fixture, moved_uuid);
  orphan = lookup (fixture, orphan_uuid);
  g_assert_false (dm_annotation_get_orphan (moved));
  g_assert_cmpuint (dm_annotation_get_start (moved), ==, new_second_start);
  g_assert_true (dm_annotation_get_orphan (orphan));
  g_assert_cmpstr (dm_annotation_get_quote (orphan), ==, "Russia did not comment.");

  /* The view shows the new text, highlighted at the new offsets; the
   * orphan is painted nowhere. */
  wait_for (is_showing_fixture (fixture) &&
            dm_article_get_length (dm_workspace_get_article (workspace)) == g_utf8_strlen (new_body, -1));
  shown = dup_buffer_text (fixture);
  g_assert_cmpstr (shown, ==, new_body);
  g_assert_true (has_tag_at (fixture, dm_text_buffer_adapter_lookup_actor_tag (adapter, actor_uuid (fixture, "France")),
                             new_second_start));
  g_assert_false (dm_text_buffer_adapter_has_highlight_at (adapter, new_second_start - 1));
  for (guint offset = silent_start; offset < silent_end; offset++)
    g_assert_false (dm_text_buffer_adapter_has_highlight_at (adapter, offset));
  {
    g_autoptr(GPtrArray) clicked = dm_workspace_dup_annotations_at (workspace, dm_annotation_get_start (orphan));

    g_assert_cmpuint (clicked->len, ==, 0);
  }

  /* The list row says "Not placed", in words. */
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (selection)) == 2 &&
            find_label (GTK_WIDGET (list), "Not placed") != NULL);
  item = g_list_model_get_item (G_LIST_MODEL (selection), 1);
  g_assert_true (g_strcmp0 (dm_annotation_get_uuid (dm_annotation_item_get_annotation (item)), orphan_uuid) == 0);
  g_assert_cmpstr (dm_annotation_item_get_status_label (item), ==, "Not placed");
  g_clear_object (&item);
  item = g_list_model_get_item (G_LIST_MODEL (selection), 0);
  g_assert_cmpstr (dm_annotation_item_get_status_label (item), ==, "");

  /* Choosing it shows its quote, with no span selected in the text. */
  g_assert_true (gtk_selection_model_select_item (selection, 1, TRUE));
  g_assert_nonnull (dm_annotation_panel_state_get_placing (state));
  g_assert_false (dm_workspace_get_has_selection (workspace));
  g_assert_nonnull (find_label (GTK_WIDGET (panel), "“Russia did not comment.”"));
  g_assert_false (gtk_widget_is_sensitive (dm_annotation_panel_get_place_button (panel)));

  /* Who spoke is shown with it, chosen, though there is no span. */
  {
    GListModel *choices = dm_annotation_panel_state_get_choices (state);
    const char * const *speakers = dm_annotation_get_actor_uuids (orphan);
    g_autoptr(DmActorChoice) choice = NULL;

    g_assert_cmpuint (g_list_model_get_n_items (choices), ==, g_strv_length ((char **) speakers));
    choice = g_list_model_get_item (choices, 0);
    g_assert_cmpstr (dm_actor_choice_get_uuid (choice), ==, speakers[0]);
    g_assert_true (dm_actor_choice_get_chosen (choice));
  }

  /* The analyst selects the right passage and places it, confirming. */
  dm_workspace_select_span (workspace, silent_start, silent_end);
  g_assert_true (dm_annotation_panel_state_get_can_place (state));
  wait_for (gtk_widget_is_sensitive (dm_annotation_panel_get_place_button (panel)));
  g_signal_emit_by_name (dm_annotation_panel_get_place_button (panel), "clicked");
  wait_for ((confirm = find_toplevel (GTK_TYPE_MESSAGE_DIALOG)) != NULL);
  gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
  wait_for (find_toplevel (GTK_TYPE_MESSAGE_DIALOG) == NULL);

  placed = lookup (fixture, orphan_uuid);
  g_assert_false (dm_annotation_get_orphan (placed));
  g_assert_cmpuint (dm_annotation_get_start (placed), ==, silent_start);
  g_assert_cmpuint (dm_annotation_get_end (placed), ==, silent_end);
  g_assert_cmpstr (dm_annotation_get_quote (placed), ==, "Moscow kept silent.");
  g_assert_true (dm_text_buffer_adapter_has_highlight_at (adapter, silent_start));
  g_assert_null (dm_annotation_panel_state_get_placing (state));
  wait_for (find_label (GTK_WIDGET (list), "Not placed") == NULL);

  /* Undo the placing, then the whole correction, as Ctrl+Z does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));
  g_clear_object (&placed);
  placed = lookup (fixture, orphan_uuid);
  g_assert_true (dm_annotation_get_orphan (placed));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.undo", NULL));

  article = dm_store_lookup_article (fixture->store, fixture->article_uuid, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dm_article_get_body (article), ==, old_body);
  g_clear_object (&moved);
  moved = lookup (fixture, moved_uuid);
  restored = lookup (fixture, orphan_uuid);
  g_assert_cmpuint (dm_annotation_get_start (moved), ==, old_second_start);
  g_assert_false (dm_annotation_get_orphan (moved));
  g_assert_cmpuint (dm_annotation_get_start (restored), ==, old_fourth_start);
  g_assert_false (dm_annotation_get_orphan (restored));
  g_assert_cmpstr (dm_annotation_get_quote (restored), ==, "Russia did not comment.");

  /* And the view follows. */
  wait_for (is_showing_fixture (fixture) &&
            dm_article_get_length (dm_workspace_get_article (workspace)) == g_utf8_strlen (old_body, -1));
  g_clear_pointer (&shown, g_free);
  shown = dup_buffer_text (fixture);
  g_assert_cmpstr (shown, ==, old_body);
  g_assert_true (has_tag_at (fixture, dm_text_buffer_adapter_lookup_actor_tag (adapter, actor_uuid (fixture, "Russia")),
                             old_fourth_start));
  g_assert_true (has_tag_at (fixture, dm_text_buffer_adapter_lookup_actor_tag (adapter, actor_uuid (fixture, "France")),
                             old_second_start));
  wait_for (g_list_model_get_n_items (G_LIST_MODEL (selection)) == 2);
  g_assert_null (find_label (GTK_WIDGET (list), "Not placed"));
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

#define ADD_TEST(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD_TEST ("/ui/Workbench/annotate-undo-redo", test_annotate_undo_redo);
  ADD_TEST ("/ui/Workbench/list-selects-span", test_list_selects_span);
  ADD_TEST ("/ui/Workbench/click-cycles", test_click_cycles);
  ADD_TEST ("/ui/Workbench/keyboard", test_keyboard);
  ADD_TEST ("/ui/Workbench/error-banner", test_error_banner);
  ADD_TEST ("/ui/Workbench/mentions-setting", test_mentions_setting);
  ADD_TEST ("/ui/Workbench/long-article", test_long_article);
  ADD_TEST ("/ui/Workbench/remembers-article", test_remembers_article);
  ADD_TEST ("/ui/Workbench/retext-and-place", test_retext_and_place);

#undef ADD_TEST

  g_test_add_func ("/ui/Workbench/shortcuts-window", test_shortcuts_window);

  return g_test_run ();
}
