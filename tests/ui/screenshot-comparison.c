/* screenshot-comparison.c - the README's picture of the Compare view
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Codes the sample article as samples/belarus-china-peace-talks.coding.md
 * does (Josep Borrell and Alexander Lukashenko as themselves, rolled up to
 * the European Union and Belarus), in a temporary database, through core;
 * shows China against the European Union in a 1200×800 window with the
 * peace plan's row expanded, and saves what it shows:
 *
 *   xvfb-run -a -s "-screen 0 1280x1024x24" \
 *     build/tests/ui/screenshot-comparison docs/screenshot-compare.png
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "demarche-core.h"
#include "dm-comparison-item.h"
#include "dm-comparison-view.h"
#include "dm-comparison-view-private.h"
#include "dm-screenshot.h"

typedef struct
{
  const char        *quote;
  const char        *actors[3];
  const char        *topic;
  DmPolarity         polarity;
  DmAttributionMode  mode;
  gboolean           key_quote;
} Coding;

static const Coding codings[] = {
  { "The Ministers of Foreign Affairs of Belarus, Sergei Aleinik, and China, Qin Gang, reinforced this Friday (24) "
    "their support for peace negotiations in Ukraine as the only way to resolve the conflict between Moscow and Kiev.",
    { "Belarus", "China" }, "Peace talks", DM_POLARITY_SUPPORTS, DM_ATTRIBUTION_REPORTED_SPEECH, TRUE },
  { "noted the coincidence of their positions on the fact that there are no more alternatives for the solution of the "
    "conflict in Ukraine than the peaceful way",
    { "Belarus", "China" }, "Peace talks", DM_POLARITY_SUPPORTS, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "if Beijing’s position on the conflict in Ukraine was not listened to, it would lead to “serious consequences”",
    { "Alexander Lukashenko" }, "China's peace position", DM_POLARITY_SUPPORTS, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "Beijing called for a ceasefire and called for the start of peace talks between Russia and Ukraine",
    { "China" }, "Ceasefire", DM_POLARITY_SUPPORTS, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "by presenting a 12-point document in which it endorses the government’s position",
    { "China" }, "China's 12-point peace plan", DM_POLARITY_SUPPORTS, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "China has not condemned Russia’s military actions in the neighboring country",
    { "China" }, "Condemnation of Russia's invasion", DM_POLARITY_OPPOSES, DM_ATTRIBUTION_PARAPHRASE, FALSE },
  { "has blamed NATO and the United States for being behind the conflict by “failing to take into account legitimate "
    "security concerns” from Moscow",
    { "China" }, "Responsibility for the war", DM_POLARITY_NONE, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "The Chinese peace proposal received criticism from the European Union (EU) High Representative for Foreign "
    "Affairs, Josep Borrell, who pointed out the need for improvement in the text “to be credible”",
    { "Josep Borrell" }, "China's 12-point peace plan", DM_POLARITY_OPPOSES, DM_ATTRIBUTION_REPORTED_SPEECH, TRUE },
  { "Borrell also criticized the fact that China has not sent diplomatic missions to Kiev in the same way as it sent to Moscow",
    { "Josep Borrell" }, "China's impartiality", DM_POLARITY_OPPOSES, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "the proposal “contains interesting elements”, among them the non-recourse to nuclear weapons, the exchange of "
    "prisoners and the grain agreements, but that is not enough",
    { "Josep Borrell" }, "China's 12-point peace plan", DM_POLARITY_MIXED, DM_ATTRIBUTION_DIRECT_QUOTE, FALSE },
};

static gboolean saved;
static int exit_status = EXIT_SUCCESS;

static void
code_sample (DmStore *store)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = NULL;

  articles = dm_store_dup_articles (store, &error);
  g_assert_no_error (error);
  article = dm_store_lookup_article (store, dm_article_get_uuid (g_ptr_array_index (articles, 0)), &error);
  g_assert_no_error (error);
  dm_article_set_source (article, "Brasil de Fato");
  dm_store_update_article (store, article, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (codings); i++)
    {
      const Coding *coding = &codings[i];
      g_autoptr(DmAnnotation) annotation = NULL;
      g_autoptr(DmTopic) topic = NULL;
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      g_auto(GStrv) actors = NULL;
      guint start;
      guint end;

      for (guint a = 0; coding->actors[a] != NULL; a++)
        {
          g_autoptr(DmActor) actor = dm_store_resolve_actor (store, coding->actors[a], &error);

          g_assert_no_error (error);
          g_strv_builder_add (builder, dm_actor_get_uuid (actor));
        }
      actors = g_strv_builder_end (builder);

      g_assert_true (dm_article_find_quote (article, coding->quote, 0, &start, &end));
      topic = dm_store_resolve_topic (store, coding->topic, &error);
      g_assert_no_error (error);

      annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
      dm_annotation_set_actor_uuids (annotation, (const char * const *) actors);
      dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (topic));
      dm_annotation_set_polarity (annotation, coding->polarity);
      dm_annotation_set_mode (annotation, coding->mode);
      dm_annotation_set_key_quote (annotation, coding->key_quote);
      dm_annotation_set_coder (annotation, "A. Analyst");
      dm_store_add_annotation (store, annotation, &error);
      g_assert_no_error (error);
    }
}

static void
screenshot_saved_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!dm_screenshot_save_finish (GTK_WINDOW (object), result, &error))
    {
      g_printerr ("Could not save the screenshot: %s\n", error->message);
      exit_status = EXIT_FAILURE;
    }

  saved = TRUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *window;
  GtkWidget *header;
  GtkWidget *view;
  GListModel *items;

  if (argc != 2)
    {
      g_printerr ("Usage: %s FILE.png\n", argv[0]);
      return EXIT_FAILURE;
    }

  gtk_init ();

  dir = g_dir_make_tmp ("demarche-screenshot-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "Analyses.db", NULL);
  store = dm_store_open (path, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (store, &error);
  g_assert_no_error (error);
  code_sample (store);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  header = gtk_header_bar_new ();
  gtk_header_bar_set_title_widget (GTK_HEADER_BAR (header), gtk_label_new ("Demarche — Compare"));
  gtk_widget_add_css_class (gtk_header_bar_get_title_widget (GTK_HEADER_BAR (header)), "title");
  gtk_window_set_titlebar (GTK_WINDOW (window), header);

  view = dm_comparison_view_new (store);
  gtk_window_set_child (GTK_WINDOW (window), view);
  dm_comparison_view_set_actors (DM_COMPARISON_VIEW (view), "China", "European Union");
  gtk_window_present (GTK_WINDOW (window));

  /* The peace plan's row, expanded: both of the EU's quotes. */
  items = G_LIST_MODEL (gtk_list_view_get_model (_dm_comparison_view_get_list_view (DM_COMPARISON_VIEW (view))));
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(DmComparisonItem) item = g_list_model_get_item (items, i);

      if (dm_comparison_item_get_expandable (item))
        dm_comparison_item_set_expanded (item, TRUE);
    }

  while (!gtk_widget_get_mapped (window))
    g_main_context_iteration (NULL, TRUE);

  /* The table sizes its rows over a few frames; the focus would
   * highlight the first picker's text. */
  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  {
    gint64 until = g_get_monotonic_time () + 500 * 1000;

    while (g_get_monotonic_time () < until)
      g_main_context_iteration (NULL, FALSE);
  }

  file = g_file_new_for_commandline_arg (argv[1]);
  dm_screenshot_save_async (GTK_WINDOW (window), file, NULL, screenshot_saved_cb, NULL);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&store);
  for (guint i = 0; i < 3; i++)
    {
      static const char * const suffixes[] = { "", "-wal", "-shm" };
      g_autofree char *file_path = g_strconcat (path, suffixes[i], NULL);

      g_remove (file_path);
    }
  g_rmdir (dir);

  return exit_status;
}
