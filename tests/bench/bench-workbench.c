/* bench-workbench.c - the workbench on a 2 MB article with 5,000 annotations
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Not a test: prints figures. Needs a display; under Xvfb:
 *
 *   xvfb-run -a -s "-screen 0 1280x1024x24" meson test -C BUILD --benchmark bench-workbench -v
 *
 * What it measures, each the median of 20 runs, with what the same run
 * measures for references:
 *
 *  - first frame: from opening the window (gtk_window_present() with the
 *    article remembered as the last one read) to the end of the first
 *    frame painted (GdkFrameClock::after-paint) with the article's text and
 *    all its highlights in the buffer on screen; and from selecting the
 *    article in the list of an open window to the next painted frame;
 *    against the same 2 MB text without annotations, and against
 *    gtk_text_buffer_set_text() of the text alone;
 *  - a new annotation: from the panel's Save (store write, list change,
 *    highlights re-tagged) to the end of the next painted frame; against
 *    the same write into a store nobody watches, and the frame against a
 *    frame of the same window where nothing changed (the bench asks for
 *    the whole window to be drawn, so that is the floor a frame costs).
 *
 * Setting up the databases takes minutes (5,000 annotations on a 2 MB
 * text); "--keep DIR" keeps them in DIR and reuses them on the next run.
 * Each new annotation is undone after it is measured, so a kept database
 * stays as it was made.
 */

#include "config.h"

#include <stdlib.h>

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "demarche-core.h"
#include "dm-store-private.h"
#include "dm-window.h"
#include "dm-window-private.h"

#define TARGET_BYTES       (2 * 1024 * 1024)
#define N_ANNOTATIONS      5000
#define N_ACTORS           30
#define N_RUNS             20

typedef struct
{
  const char *name;
  double      values[N_RUNS];
  guint       n_values;
} Series;

static guint64 painted_frames;

/* Helpers {{{ */

static double
now_ms (void)
{
  return g_get_monotonic_time () / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (Series *series)
{
  double sorted[N_RUNS];

  memcpy (sorted, series->values, sizeof (double) * series->n_values);
  qsort (sorted, series->n_values, sizeof (double), compare_doubles);

  return series->n_values % 2 == 1
         ? sorted[series->n_values / 2]
         : (sorted[series->n_values / 2 - 1] + sorted[series->n_values / 2]) / 2;
}

static double
minimum (Series *series)
{
  double value = G_MAXDOUBLE;

  for (guint i = 0; i < series->n_values; i++)
    value = MIN (value, series->values[i]);

  return value;
}

static double
maximum (Series *series)
{
  double value = 0;

  for (guint i = 0; i < series->n_values; i++)
    value = MAX (value, series->values[i]);

  return value;
}

static void
add_value (Series *series,
           double  value)
{
  g_assert_cmpuint (series->n_values, <, N_RUNS);
  series->values[series->n_values++] = value;
}

static void
print_row (Series *series,
           Series *reference)
{
  double value = median (series);
  /* printf pads by bytes; "→" is one column but three bytes. */
  int padding = 58 - (int) g_utf8_strlen (series->name, -1);

  g_print ("| %s%*s | %9.2f | %9.2f | %9.2f |", series->name, MAX (padding, 0), "",
           value, minimum (series), maximum (series));
  if (reference != NULL)
    g_print (" %7.2f× |\n", value / median (reference));
  else
    g_print ("          |\n");
}

static void
after_paint_cb (GdkFrameClock *frame_clock,
                gpointer       user_data)
{
  painted_frames++;
}

static void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data)
{
  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
}

static gboolean
window_mapped (gpointer data)
{
  return gtk_widget_get_mapped (data);
}

/* Runs the main loop until the frame after the current one has been
 * painted, and returns when that was. */
static double
wait_for_next_frame (GtkWidget *widget)
{
  guint64 target = painted_frames + 1;

  gtk_widget_queue_draw (widget);
  while (painted_frames < target)
    g_main_context_iteration (NULL, TRUE);

  return now_ms ();
}

static char *
make_body (void)
{
  g_autofree char *sample = NULL;
  g_autoptr(GString) body = g_string_sized_new (TARGET_BYTES + 4096);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (BENCH_SAMPLES_DIR, "belarus-china-peace-talks.txt", NULL);
  guint round = 0;

  g_file_get_contents (path, &sample, NULL, &error);
  g_assert_no_error (error);
  g_strstrip (sample);

  /* A long dispatch: the sample's paragraphs again and again, numbered. */
  while (body->len < TARGET_BYTES)
    g_string_append_printf (body, "Update %u. %s\n\n", ++round, sample);

  g_string_truncate (body, body->len - 2);

  return g_string_free (g_steal_pointer (&body), FALSE);
}

static DmArticle *
add_article (DmStore    *store,
             const char *title,
             const char *published,
             const char *body)
{
  g_autoptr(DmArticle) article = dm_article_new ();
  g_autoptr(GError) error = NULL;

  dm_article_set_title (article, title);
  dm_article_set_published (article, published);
  dm_article_set_language (article, "en");
  dm_article_set_body (article, body);
  dm_store_add_article (store, article, &error);
  g_assert_no_error (error);

  return g_steal_pointer (&article);
}

static DmArticle *
find_article (DmStore    *store,
              const char *title)
{
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(GError) error = NULL;

  articles = dm_store_dup_articles (store, &error);
  g_assert_no_error (error);

  for (guint i = 0; i < articles->len; i++)
    if (g_strcmp0 (dm_article_get_title (g_ptr_array_index (articles, i)), title) == 0)
      {
        DmArticle *article = dm_store_lookup_article (store, dm_article_get_uuid (g_ptr_array_index (articles, i)),
                                                      &error);

        g_assert_no_error (error);
        return article;
      }

  g_assert_not_reached ();
}

static GPtrArray *
pick_actors (DmStore *store)
{
  g_autoptr(GPtrArray) all = NULL;
  GPtrArray *actors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) colours = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GError) error = NULL;

  all = dm_store_dup_actors (store, &error);
  g_assert_no_error (error);

  /* Thirty actors of thirty colours, as thirty tags. */
  for (guint i = 0; i < all->len && actors->len < N_ACTORS; i++)
    {
      DmActor *actor = g_ptr_array_index (all, i);
      const char *colour = dm_actor_get_colour (actor);

      if (colour == NULL || g_hash_table_contains (colours, colour))
        continue;

      g_hash_table_add (colours, (gpointer) colour);
      g_ptr_array_add (actors, g_strdup (dm_actor_get_uuid (actor)));
    }

  g_assert_cmpuint (actors->len, ==, N_ACTORS);

  return actors;
}

/* 5,000 annotations: most sentences whole, one in six with a phrase
 * inside coded again by someone else (overlaps), one in seven joint; every
 * 13th sentence is left free for the new ones. */
static GArray *
annotate (DmStore    *store,
          DmArticle  *article,
          GPtrArray  *actors,
          gboolean    dry_run)
{
  g_autoptr(GArray) sentences = dm_segment_sentences (dm_article_get_body (article), -1);
  GArray *free_sentences = g_array_new (FALSE, FALSE, sizeof (DmSentence));
  g_autoptr(GError) error = NULL;
  guint count = 0;

  if (!dry_run)
    g_assert_true (_dm_store_begin (store, &error));

  for (guint i = 0; i < sentences->len; i++)
    {
      const DmSentence *sentence = &g_array_index (sentences, DmSentence, i);
      g_autoptr(DmAnnotation) annotation = NULL;
      const char *speakers[3] = { NULL, NULL, NULL };

      if (i % 13 == 0 || count >= N_ANNOTATIONS)
        {
          g_array_append_val (free_sentences, *sentence);
          continue;
        }

      if (dry_run)
        {
          count += (count + 1) % 6 == 0 && count + 1 < N_ANNOTATIONS && sentence->end - sentence->start > 40 ? 2 : 1;
          continue;
        }

      speakers[0] = g_ptr_array_index (actors, count % N_ACTORS);
      if (count % 7 == 0)
        speakers[1] = g_ptr_array_index (actors, (count + 11) % N_ACTORS);

      annotation = dm_annotation_new (dm_article_get_uuid (article), sentence->start, sentence->end);
      dm_annotation_set_actor_uuids (annotation, speakers);
      dm_annotation_set_polarity (annotation, 1 + count % 4);
      dm_annotation_set_key_quote (annotation, count % 50 == 0);
      dm_store_add_annotation (store, annotation, &error);
      g_assert_no_error (error);
      count++;

      if (count % 6 == 0 && count < N_ANNOTATIONS && sentence->end - sentence->start > 40)
        {
          g_autoptr(DmAnnotation) inner = dm_annotation_new (dm_article_get_uuid (article),
                                                             sentence->start + 10, sentence->start + 35);
          const char *other[] = { g_ptr_array_index (actors, (count + 5) % N_ACTORS), NULL };

          dm_annotation_set_actor_uuids (inner, other);
          dm_store_add_annotation (store, inner, &error);
          g_assert_no_error (error);
          count++;
        }
    }

  if (!dry_run)
    g_assert_true (_dm_store_commit (store, &error));
  g_assert_cmpuint (count, ==, N_ANNOTATIONS);

  return free_sentences;
}

static DmWindow *
open_window (DmStore     *store,
             GSettings   *settings,
             const char  *article_uuid,
             double      *first_frame_ms)
{
  DmWindow *window;
  GdkFrameClock *frame_clock;
  double start;

  g_settings_set_string (settings, "last-article", article_uuid);

  painted_frames = 0;
  start = now_ms ();
  window = dm_window_new (NULL, store);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (window_mapped, window);

  frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (frame_clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);

  /* The first frame is painted in the iteration that maps the window;
   * this waits for the end of the next one if it has not ended yet. */
  while (painted_frames == 0)
    g_main_context_iteration (NULL, TRUE);
  *first_frame_ms = now_ms () - start;

  g_assert_cmpstr (dm_article_get_uuid (dm_workspace_get_article (_dm_window_get_workspace (window))), ==, article_uuid);

  return window;
}

static void
close_window (DmWindow *window)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (frame_clock != NULL)
    g_signal_handlers_disconnect_by_func (frame_clock, after_paint_cb, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *quiet_path = NULL;
  g_autofree char *body = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autoptr(DmStore) quiet_store = NULL;
  g_autoptr(DmArticle) annotated = NULL;
  g_autoptr(DmArticle) plain = NULL;
  g_autoptr(DmArticle) quiet_article = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GArray) free_sentences = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  Series set_text = { "reference: gtk_text_buffer_set_text (2 MB), no view", { 0 }, 0 };
  Series open_plain = { "reference: open window → first frame, no annotations", { 0 }, 0 };
  Series open_annotated = { "open window → first frame, 5,000 annotations", { 0 }, 0 };
  Series switch_plain = { "reference: select article → frame, no annotations", { 0 }, 0 };
  Series switch_annotated = { "select article → frame, 5,000 annotations", { 0 }, 0 };
  Series switch_complete = { "  select → all 5,000 highlights painted (idle)", { 0 }, 0 };
  Series quiet_write = { "reference: store write, nobody watching", { 0 }, 0 };
  Series save_tagged = { "new annotation: Save → store + list + tags updated", { 0 }, 0 };
  Series save_frame = { "new annotation: Save → next frame painted", { 0 }, 0 };
  Series frame_only = { "  of which the frame (layout + paint)", { 0 }, 0 };
  Series idle_frame = { "reference: redraw → next frame, nothing changed", { 0 }, 0 };
  double setup_start;
  gboolean reuse;
  DmWindow *window;

  gtk_init ();
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  settings = g_settings_new ("org.demarche.Demarche");

  /* Set-up {{{ */

  setup_start = now_ms ();
  if (argc == 3 && g_str_equal (argv[1], "--keep"))
    {
      dir = g_strdup (argv[2]);
      g_mkdir_with_parents (dir, 0755);
    }
  else
    {
      dir = g_dir_make_tmp ("demarche-bench-workbench-XXXXXX", &error);
      g_assert_no_error (error);
    }
  path = g_build_filename (dir, "bench.db", NULL);
  quiet_path = g_build_filename (dir, "quiet.db", NULL);
  reuse = argc == 3 && g_file_test (quiet_path, G_FILE_TEST_EXISTS);

  store = dm_store_open (path, &error);
  g_assert_no_error (error);
  quiet_store = dm_store_open (quiet_path, &error);
  g_assert_no_error (error);

  if (reuse)
    {
      annotated = find_article (store, "Annotated dispatch");
      plain = find_article (store, "Plain dispatch");
      quiet_article = find_article (quiet_store, "Annotated dispatch");
      body = g_strdup (dm_article_get_body (annotated));
      actors = pick_actors (store);
      free_sentences = annotate (store, annotated, actors, TRUE);
    }
  else
    {
      g_autoptr(GPtrArray) quiet_actors = NULL;
      g_autoptr(GArray) quiet_free = NULL;

      dm_store_seed_defaults (store, &error);
      g_assert_no_error (error);
      dm_store_seed_defaults (quiet_store, &error);
      g_assert_no_error (error);

      body = make_body ();
      annotated = add_article (store, "Annotated dispatch", "2023-03-02", body);
      plain = add_article (store, "Plain dispatch", "2023-03-01", body);
      quiet_article = add_article (quiet_store, "Annotated dispatch", "2023-03-02", body);
      actors = pick_actors (store);
      free_sentences = annotate (store, annotated, actors, FALSE);

      /* The same annotations where no window watches (the default
       * codebook has the same uuids in every database). */
      quiet_actors = pick_actors (quiet_store);
      quiet_free = annotate (quiet_store, quiet_article, quiet_actors, FALSE);
      g_assert_cmpuint (quiet_free->len, ==, free_sentences->len);
    }

  /* Record for undo from here: each new annotation is undone. */
  dm_store_get_undo_stack (store);

  g_print ("# %u bytes, %u code points, %u annotations by %u actors (%u free sentences); set-up %.1f s\n",
           (guint) strlen (body), dm_article_get_length (annotated), N_ANNOTATIONS, N_ACTORS,
           free_sentences->len, (now_ms () - setup_start) / 1000.0);
  g_print ("# renderer: GSK_RENDERER=%s\n", g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "(default)");

  /* }}} */

  /* The text alone {{{ */

  for (guint run = 0; run < N_RUNS; run++)
    {
      g_autoptr(GtkTextBuffer) buffer = gtk_text_buffer_new (NULL);
      double start = now_ms ();

      gtk_text_buffer_set_text (buffer, body, -1);
      add_value (&set_text, now_ms () - start);
    }

  /* }}} */

  /* Opening the window on each article, alternately {{{ */

  for (guint run = 0; run < N_RUNS; run++)
    {
      double first_frame;

      window = open_window (store, settings, dm_article_get_uuid (plain), &first_frame);
      add_value (&open_plain, first_frame);
      close_window (window);

      window = open_window (store, settings, dm_article_get_uuid (annotated), &first_frame);
      add_value (&open_annotated, first_frame);
      g_assert_cmpuint (g_list_model_get_n_items (dm_workspace_get_annotations (_dm_window_get_workspace (window))),
                        ==, N_ANNOTATIONS);
      close_window (window);
    }

  /* }}} */

  /* Switching articles in an open window {{{ */

  window = open_window (store, settings, dm_article_get_uuid (plain), &(double) { 0 });
  {
    GtkSingleSelection *selection =
      GTK_SINGLE_SELECTION (gtk_list_view_get_model (_dm_window_get_article_list_view (window)));
    GListModel *articles = gtk_single_selection_get_model (selection);
    guint annotated_position;
    guint plain_position;

    g_assert_true (dm_store_list_find (DM_STORE_LIST (articles), dm_article_get_uuid (annotated), &annotated_position));
    g_assert_true (dm_store_list_find (DM_STORE_LIST (articles), dm_article_get_uuid (plain), &plain_position));

    for (guint run = 0; run < N_RUNS; run++)
      {
        DmTextBufferAdapter *adapter = dm_article_view_get_adapter (_dm_window_get_article_view (window));
        double start = now_ms ();

        gtk_single_selection_set_selected (selection, annotated_position);
        add_value (&switch_annotated, wait_for_next_frame (GTK_WIDGET (window)) - start);

        /* The blocks off screen are highlighted in idle time. */
        while (dm_text_buffer_adapter_get_highlights_pending (adapter))
          g_main_context_iteration (NULL, TRUE);
        add_value (&switch_complete, now_ms () - start);

        start = now_ms ();
        gtk_single_selection_set_selected (selection, plain_position);
        add_value (&switch_plain, wait_for_next_frame (GTK_WIDGET (window)) - start);
      }

    gtk_single_selection_set_selected (selection, annotated_position);
    wait_for_next_frame (GTK_WIDGET (window));
  }

  /* }}} */

  /* New annotations {{{ */

  {
    DmWorkspace *workspace = _dm_window_get_workspace (window);
    DmAnnotationPanelState *state = dm_annotation_panel_get_state (_dm_window_get_annotation_panel (window));
    DmTextBufferAdapter *adapter = dm_article_view_get_adapter (_dm_window_get_article_view (window));

    /* Let the mentions finish so that they do not fall into a sample. */
    while (dm_text_buffer_adapter_get_mentions_pending (adapter))
      g_main_context_iteration (NULL, TRUE);
    wait_for_next_frame (GTK_WIDGET (window));

    for (guint run = 0; run < N_RUNS; run++)
      {
        /* Spread over the article: some on screen, most not. */
        const DmSentence *sentence = &g_array_index (free_sentences, DmSentence,
                                                     run * (free_sentences->len / N_RUNS));
        g_autoptr(DmAnnotation) quiet = NULL;
        const char *speakers[] = { g_ptr_array_index (actors, run % N_ACTORS), NULL };
        double start;
        double tagged;
        double painted;
        guint64 frames_before;

        /* The reference: the same write where nothing listens. */
        quiet = dm_annotation_new (dm_article_get_uuid (quiet_article), sentence->start, sentence->end);
        dm_annotation_set_actor_uuids (quiet, speakers);
        start = now_ms ();
        dm_store_add_annotation (quiet_store, quiet, &error);
        g_assert_no_error (error);
        add_value (&quiet_write, now_ms () - start);

        /* The analyst's way: a sentence, an actor, Save. */
        dm_workspace_select_span (workspace, sentence->start, sentence->end);
        dm_annotation_panel_state_toggle_actor (state, speakers[0]);
        wait_for_next_frame (GTK_WIDGET (window));

        /* The reference: the same window drawn again, nothing changed. */
        start = now_ms ();
        add_value (&idle_frame, wait_for_next_frame (GTK_WIDGET (window)) - start);

        frames_before = painted_frames;
        start = now_ms ();
        g_assert_true (dm_annotation_panel_state_save (state, &error));
        g_assert_no_error (error);
        tagged = now_ms ();
        g_assert_true (dm_text_buffer_adapter_has_highlight_at (adapter, sentence->start));
        g_assert_cmpuint (painted_frames, ==, frames_before);
        painted = wait_for_next_frame (GTK_WIDGET (window));

        add_value (&save_tagged, tagged - start);
        add_value (&save_frame, painted - start);
        add_value (&frame_only, painted - tagged);

        /* Leave both databases as they were. */
        g_assert_true (dm_undo_stack_undo (dm_store_get_undo_stack (store), &error));
        g_assert_no_error (error);
        dm_store_remove_annotation (quiet_store, dm_annotation_get_uuid (quiet), &error);
        g_assert_no_error (error);
      }
  }

  close_window (window);

  /* }}} */

  g_print ("\n| %-58s | %9s | %9s | %9s | %8s |\n", "ms, median of 20", "median", "min", "max", "ratio");
  g_print ("|%s|%s|%s|%s|%s|\n", "------------------------------------------------------------",
           "-----------", "-----------", "-----------", "----------");
  print_row (&set_text, NULL);
  print_row (&open_plain, &set_text);
  print_row (&open_annotated, &open_plain);
  print_row (&switch_plain, &set_text);
  print_row (&switch_annotated, &switch_plain);
  print_row (&switch_complete, &switch_plain);
  print_row (&quiet_write, NULL);
  print_row (&save_tagged, &quiet_write);
  print_row (&save_frame, &quiet_write);
  print_row (&idle_frame, NULL);
  print_row (&frame_only, &idle_frame);
  g_print ("\n# ratios: open and select with annotations against the same text without; "
           "the others against the row named as their reference.\n");
  g_print ("# targets: first frame < 200 ms; new annotation < 16 ms.\n");

  g_clear_object (&store);
  g_clear_object (&quiet_store);
  if (argc != 3)
    {
      for (guint i = 0; i < 2; i++)
        for (guint j = 0; j < 3; j++)
          {
            static const char * const suffixes[] = { "", "-wal", "-shm" };
            g_autofree char *file = g_strconcat (i == 0 ? path : quiet_path, suffixes[j], NULL);

            g_remove (file);
          }
      g_rmdir (dir);
    }

  return EXIT_SUCCESS;
}
