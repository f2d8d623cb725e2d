/* screenshot-workbench.c - the README's picture of the workbench
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Codes the sample article as samples/belarus-china-peace-talks.coding.md
 * does, in a temporary database, through core; opens the window on it
 * with one annotation selected, and saves what it shows:
 *
 *   xvfb-run -a -s "-screen 0 1400x1000x24" \
 *     build/tests/ui/screenshot-workbench docs/screenshot-window.png
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "demarche-core.h"
#include "dm-screenshot.h"
#include "dm-window.h"
#include "dm-window-private.h"

typedef struct
{
  const char *quote;
  const char *actors[3];
  const char *topic;
  DmPolarity  polarity;
  const char *act;
  const char *targets[3];
  DmAttributionMode mode;
  gboolean    key_quote;
} Coding;

static const Coding codings[] = {
  { "The Ministers of Foreign Affairs of Belarus, Sergei Aleinik, and China, Qin Gang, reinforced this Friday (24) "
    "their support for peace negotiations in Ukraine as the only way to resolve the conflict between Moscow and Kiev.",
    { "Belarus", "China" }, "Peace talks", DM_POLARITY_SUPPORTS, "02", { NULL }, DM_ATTRIBUTION_REPORTED_SPEECH, TRUE },
  /* The same passage, for China alone: overlapping highlights. */
  { "their support for peace negotiations in Ukraine",
    { "China" }, "Peace talks", DM_POLARITY_SUPPORTS, NULL, { NULL }, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "noted the coincidence of their positions on the fact that there are no more alternatives for the solution of the "
    "conflict in Ukraine than the peaceful way",
    { "Belarus", "China" }, "Peace talks", DM_POLARITY_SUPPORTS, NULL, { NULL }, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "if Beijing’s position on the conflict in Ukraine was not listened to, it would lead to “serious consequences”",
    { "Belarus" }, "China's peace position", DM_POLARITY_SUPPORTS, "13", { NULL }, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "Beijing called for a ceasefire and called for the start of peace talks between Russia and Ukraine",
    { "China" }, "Ceasefire", DM_POLARITY_SUPPORTS, "02", { "Russia", "Ukraine" }, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "by presenting a 12-point document in which it endorses the government’s position",
    { "China" }, "China's 12-point peace plan", DM_POLARITY_SUPPORTS, NULL, { NULL }, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "China has not condemned Russia’s military actions in the neighboring country",
    { "China" }, "Condemnation of Russia's invasion", DM_POLARITY_OPPOSES, NULL, { "Russia" }, DM_ATTRIBUTION_PARAPHRASE, FALSE },
  { "has blamed NATO and the United States for being behind the conflict by “failing to take into account legitimate "
    "security concerns” from Moscow",
    { "China" }, "Responsibility for the war", DM_POLARITY_NONE, "11", { "NATO", "United States" }, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "The Chinese peace proposal received criticism from the European Union (EU) High Representative for Foreign "
    "Affairs, Josep Borrell, who pointed out the need for improvement in the text “to be credible”",
    { "European Union" }, "China's 12-point peace plan", DM_POLARITY_OPPOSES, "11", { "China" }, DM_ATTRIBUTION_REPORTED_SPEECH, TRUE },
  { "Borrell also criticized the fact that China has not sent diplomatic missions to Kiev in the same way as it sent to Moscow",
    { "European Union" }, "China's impartiality", DM_POLARITY_OPPOSES, "11", { "China" }, DM_ATTRIBUTION_REPORTED_SPEECH, FALSE },
  { "the proposal “contains interesting elements”, among them the non-recourse to nuclear weapons, the exchange of "
    "prisoners and the grain agreements, but that is not enough",
    { "European Union" }, "China's 12-point peace plan", DM_POLARITY_MIXED, NULL, { "China" }, DM_ATTRIBUTION_DIRECT_QUOTE, FALSE },
};

static gboolean saved;
static int exit_status = EXIT_SUCCESS;

static char **
resolve_actors (DmStore            *store,
                const char * const *names)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DmActor) actor = dm_store_resolve_actor (store, names[i], &error);

      g_assert_no_error (error);
      g_strv_builder_add (builder, dm_actor_get_uuid (actor));
    }

  return g_strv_builder_end (builder);
}

static char *
code_sample (DmStore *store)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DmArticle) article = NULL;
  char *selected = NULL;

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
      g_auto(GStrv) actors = resolve_actors (store, coding->actors);
      g_auto(GStrv) targets = resolve_actors (store, coding->targets);
      guint start;
      guint end;

      g_assert_true (dm_article_find_quote (article, coding->quote, 0, &start, &end));
      topic = dm_store_resolve_topic (store, coding->topic, &error);
      g_assert_no_error (error);

      annotation = dm_annotation_new (dm_article_get_uuid (article), start, end);
      dm_annotation_set_actor_uuids (annotation, (const char * const *) actors);
      dm_annotation_set_target_uuids (annotation, (const char * const *) targets);
      dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (topic));
      dm_annotation_set_polarity (annotation, coding->polarity);
      dm_annotation_set_act_code (annotation, coding->act);
      dm_annotation_set_mode (annotation, coding->mode);
      dm_annotation_set_key_quote (annotation, coding->key_quote);
      dm_annotation_set_coder (annotation, "A. Analyst");
      dm_store_add_annotation (store, annotation, &error);
      g_assert_no_error (error);

      /* Lukashenko's warning is shown in the panel, below the joint
       * statement and China's own, which overlap. */
      if (g_str_has_prefix (coding->quote, "if Beijing"))
        selected = g_strdup (dm_annotation_get_uuid (annotation));
    }

  return selected;
}

static void
add_other_articles (DmStore *store)
{
  g_autofree char *path = g_build_filename (UI_FIXTURES_DIR, "sudan-ceasefire.txt", NULL);
  g_autoptr(DmArticle) sudan = NULL;
  g_autoptr(DmArticle) older = dm_article_new ();
  g_autoptr(GError) error = NULL;

  sudan = dm_article_new_from_file (path, &error);
  g_assert_no_error (error);
  dm_store_add_article (store, sudan, &error);
  g_assert_no_error (error);

  dm_article_set_title (older, "G7 ministers discuss Ukraine grain corridor");
  dm_article_set_source (older, "Reuters");
  dm_article_set_published (older, "2023-01-18");
  dm_article_set_language (older, "en");
  dm_article_set_body (older, "Foreign ministers of the Group of Seven discussed on Wednesday how to keep "
                              "Ukrainian grain moving through the Black Sea.");
  dm_store_add_article (store, older, &error);
  g_assert_no_error (error);
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
  g_autofree char *selected = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  DmWindow *window;
  DmTextBufferAdapter *adapter;

  if (argc != 2)
    {
      g_printerr ("Usage: %s FILE.png\n", argv[0]);
      return EXIT_FAILURE;
    }

  gtk_init ();

  /* What DmApplication's startup adds to the theme. */
  {
    g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (provider, "/org/demarche/Demarche/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                GTK_STYLE_PROVIDER (provider),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  dir = g_dir_make_tmp ("demarche-screenshot-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "Analyses.db", NULL);
  store = dm_store_open (path, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (store, &error);
  g_assert_no_error (error);
  selected = code_sample (store);
  add_other_articles (store);

  /* The sample is not the newest article any more: open it as the last
   * one read. */
  {
    g_autoptr(GSettings) settings = g_settings_new ("org.demarche.Demarche");
    g_autoptr(DmAnnotation) annotation = dm_store_lookup_annotation (store, selected, &error);

    g_assert_no_error (error);
    g_settings_set_string (settings, "last-article", dm_annotation_get_article_uuid (annotation));
  }

  window = dm_window_new (NULL, store);
  gtk_window_set_default_size (GTK_WINDOW (window), 1360, 860);
  gtk_window_present (GTK_WINDOW (window));
  dm_workspace_select_annotation_by_uuid (_dm_window_get_workspace (window), selected);

  /* Mentions are underlined after the first frame; wait for them. */
  adapter = dm_article_view_get_adapter (_dm_window_get_article_view (window));
  while (dm_text_buffer_adapter_get_mentions_pending (adapter) || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);

  /* The annotation list fills and scrolls to the selection after the
   * first frame; give it a few more. */
  {
    gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

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
