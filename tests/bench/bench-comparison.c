/* bench-comparison.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times the comparison engine (issue 5) on a store of 10,000 articles and
 * 200,000 annotations by 60 actors (50 states and organisations, 10
 * persons who represent one of them for a period) on 100 topics, against
 * two same-run references: a plain SELECT count(*) over the annotations
 * (the floor: one pass over the table) and the naive approach through the
 * public API (load every annotation, keep A's and B's). Building the
 * store is not measured.
 *
 *   meson setup build -Dbenchmarks=true && ninja -C build
 *   ./build/tests/bench/bench-comparison [--articles N] [--runs N]
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <time.h>

#include "demarche-core.h"
#include "dm-store-private.h"

#define N_ORGS            50
#define N_PERSONS         10
#define N_ROOTS           10
#define N_CHILDREN        9
#define PER_ARTICLE       20
#define MATRIX_ACTORS     20
#define TARGET_MS         50.0

static int n_articles = 10000;
static int n_runs = 20;
static char *keep_path = NULL;

static GOptionEntry entries[] = {
  { "articles", 0, 0, G_OPTION_ARG_INT, &n_articles, "Articles to generate (20 annotations each)", "N" },
  { "runs", 0, 0, G_OPTION_ARG_INT, &n_runs, "Timed runs per measurement", "N" },
  { "keep", 0, 0, G_OPTION_ARG_FILENAME, &keep_path, "Build the store in FILE and keep it; reuse FILE if it exists", "FILE" },
  { NULL }
};

typedef struct
{
  const char *label;
  double      median;
  double      min;
  double      max;
  double      cpu;      /* median process CPU time, user + system */
  guint       runs;
} Timing;

typedef void (*BenchFunc) (gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* CPU time stays meaningful on a shared machine, where wall time also
 * counts the other tenants. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static Timing
time_runs (const char *label,
           guint       runs,
           BenchFunc   func,
           gpointer    data)
{
  g_autofree double *ms = g_new (double, runs);
  g_autofree double *cpu = g_new (double, runs);
  Timing timing = { label, 0, 0, 0, 0, runs };

  func (data);  /* warm the statement paths */
  for (guint i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      double cpu_start = cpu_ms ();

      func (data);
      ms[i] = (g_get_monotonic_time () - start) / 1000.0;
      cpu[i] = cpu_ms () - cpu_start;
    }

  timing.median = median (ms, runs);
  timing.min = ms[0];
  timing.max = ms[runs - 1];
  timing.cpu = median (cpu, runs);

  return timing;
}

/* Store {{{ */

typedef struct
{
  DmStore   *store;
  GPtrArray *actors;   /* DmActor: organisations first, then persons */
  GPtrArray *topics;   /* DmTopic */
} Bench;

static const char * const sources[] = {
  "Reuters", "AFP", "Xinhua", "TASS", "Belta", "EU EEAS", "Ministry of Foreign Affairs", "AP",
};
static const char * const coders[] = { "ana", "ben", "cai", "dee" };

static void
check (gboolean    ok,
       GError     *error,
       const char *what)
{
  if (!ok)
    g_error ("%s: %s", what, error != NULL ? error->message : "failed");
}

static char *
random_date (GRand *rand)
{
  int year = g_rand_int_range (rand, 2015, 2025);
  int month = g_rand_int_range (rand, 1, 13);
  int day = g_rand_int_range (rand, 1, 29);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* Each actor leans one way on each topic, so that pairs have something to
 * agree or disagree about; 40 % of statements depart from the lean. */
static DmPolarity
pick_polarity (GRand *rand,
               guint  actor,
               guint  topic)
{
  guint lean = (actor * 7 + topic * 13) % 5;

  if (g_rand_int_range (rand, 0, 100) < 60)
    return lean;

  return g_rand_int_range (rand, 0, 5);
}

static void
build_store (Bench *bench,
             GRand *rand)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  /* One transaction per 50 articles rather than one for everything: the
   * store queues a change notice per row and deduplicates the queue by a
   * linear scan, which is quadratic over 200,000 rows in one transaction. */
  check (_dm_store_begin (bench->store, &error), error, "begin");

  for (guint i = 0; i < N_ORGS; i++)
    {
      g_autofree char *name = g_strdup_printf ("State %02u", i);
      DmActor *actor = dm_actor_new (name, i % 10 == 9 ? DM_ACTOR_KIND_ORGANISATION : DM_ACTOR_KIND_STATE);

      check (dm_store_add_actor (bench->store, actor, &error), error, "actor");
      g_ptr_array_add (bench->actors, actor);
    }

  /* Persons speak for the first ten actors, half of them for a term. */
  for (guint i = 0; i < N_PERSONS; i++)
    {
      g_autofree char *name = g_strdup_printf ("Minister %02u", i);
      g_autoptr(DmRepresentation) term = NULL;
      DmActor *actor = dm_actor_new (name, DM_ACTOR_KIND_PERSON);

      term = dm_representation_new (dm_actor_get_uuid (g_ptr_array_index (bench->actors, i)), "Minister",
                                    i % 2 ? "2018-01-01" : NULL, i % 2 ? "2021-12-31" : NULL);
      dm_actor_add_representation (actor, term);
      check (dm_store_add_actor (bench->store, actor, &error), error, "person");
      g_ptr_array_add (bench->actors, actor);
    }

  for (guint r = 0; r < N_ROOTS; r++)
    {
      g_autofree char *name = g_strdup_printf ("Issue %u", r);
      DmTopic *root = dm_topic_new (name, NULL);

      check (dm_store_add_topic (bench->store, root, &error), error, "topic");
      g_ptr_array_add (bench->topics, root);

      for (guint c = 0; c < N_CHILDREN; c++)
        {
          g_autofree char *child_name = g_strdup_printf ("Issue %u.%u", r, c);
          DmTopic *child = dm_topic_new (child_name, dm_topic_get_uuid (root));

          check (dm_store_add_topic (bench->store, child, &error), error, "sub-topic");
          g_ptr_array_add (bench->topics, child);
        }
    }

  for (int a = 0; a < n_articles; a++)
    {
      g_autoptr(DmArticle) article = dm_article_new ();

      if (a > 0 && a % 50 == 0)
        {
          check (_dm_store_commit (bench->store, &error), error, "commit");
          check (_dm_store_begin (bench->store, &error), error, "begin");
        }

      g_autoptr(GString) body = g_string_new (NULL);
      g_autofree char *title = g_strdup_printf ("Article %05d", a);
      g_autofree char *date = random_date (rand);
      guint offsets[PER_ARTICLE + 1];

      for (guint s = 0; s < PER_ARTICLE; s++)
        {
          offsets[s] = body->len;
          g_string_append_printf (body, "Sentence %02u of article %05d states a position on the matter. ", s, a);
        }
      offsets[PER_ARTICLE] = body->len;

      dm_article_set_title (article, title);
      dm_article_set_source (article, sources[g_rand_int_range (rand, 0, G_N_ELEMENTS (sources))]);
      dm_article_set_published (article, g_rand_int_range (rand, 0, 100) < 2 ? NULL : date);
      dm_article_set_body (article, body->str);
      check (dm_store_add_article (bench->store, article, &error), error, "article");

      for (guint s = 0; s < PER_ARTICLE; s++)
        {
          g_autoptr(DmAnnotation) annotation = NULL;
          guint speaker = g_rand_int_range (rand, 0, bench->actors->len);
          guint topic = g_rand_int_range (rand, 0, bench->topics->len);
          const char *speakers[3] = { dm_actor_get_uuid (g_ptr_array_index (bench->actors, speaker)), NULL, NULL };

          /* One statement in twenty is joint. */
          if (g_rand_int_range (rand, 0, 20) == 0)
            {
              guint other = (speaker + 1 + g_rand_int_range (rand, 0, N_ORGS - 1)) % N_ORGS;

              if (other != speaker)
                speakers[1] = dm_actor_get_uuid (g_ptr_array_index (bench->actors, other));
            }

          /* Trailing blank excluded: ASCII, so bytes are code points. */
          annotation = dm_annotation_new (dm_article_get_uuid (article), offsets[s], offsets[s + 1] - 1);
          dm_annotation_set_actor_uuids (annotation, speakers);
          dm_annotation_set_topic_uuid (annotation, dm_topic_get_uuid (g_ptr_array_index (bench->topics, topic)));
          dm_annotation_set_polarity (annotation, pick_polarity (rand, speaker, topic));
          dm_annotation_set_mode (annotation, g_rand_int_range (rand, 0, 5));
          dm_annotation_set_coder (annotation, coders[g_rand_int_range (rand, 0, G_N_ELEMENTS (coders))]);
          check (dm_store_add_annotation (bench->store, annotation, &error), error, "annotation");
        }
    }

  check (_dm_store_commit (bench->store, &error), error, "commit");

  g_print ("Built %d articles, %d annotations, %u actors, %u topics in %.1f s (not measured)\n\n",
           n_articles, n_articles * PER_ARTICLE, bench->actors->len, bench->topics->len,
           (g_get_monotonic_time () - start) / 1e6);
}

/* A store kept from an earlier run (--keep): find its actors again. */
static void
reuse_store (Bench *bench)
{
  for (guint i = 0; i < N_ORGS + N_PERSONS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *name = i < N_ORGS ? g_strdup_printf ("State %02u", i) : g_strdup_printf ("Minister %02u", i - N_ORGS);
      DmActor *actor = dm_store_resolve_actor (bench->store, name, &error);

      check (actor != NULL, error, name);
      g_ptr_array_add (bench->actors, actor);
    }

  g_print ("Reusing %s: %u articles (not rebuilt)\n\n", dm_store_get_path (bench->store),
           dm_store_count_articles (bench->store));
}

/* }}} */

/* Measured operations {{{ */

typedef struct
{
  Bench             *bench;
  const char        *a;
  const char        *b;
  DmComparisonQuery *query;
  const char       **matrix;
  DmComparison      *last;
  sqlite3           *db;
  guint              kept;
} Run;

static void
run_comparison (gpointer data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;

  g_clear_object (&run->last);
  run->last = dm_comparison_new (run->bench->store, run->a, run->b, run->query, &error);
  check (run->last != NULL, error, "comparison");
}

static void
run_html (gpointer data)
{
  Run *run = data;
  g_autofree char *html = dm_comparison_to_html (run->last);

  g_assert (html != NULL);
}

static void
run_json (gpointer data)
{
  Run *run = data;
  g_autofree char *json = dm_comparison_to_json (run->last);

  g_assert (json != NULL);
}

static void
run_matrix (gpointer data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DmComparisonMatrix) matrix = NULL;

  matrix = dm_comparison_matrix_new (run->bench->store, run->matrix, NULL, &error);
  check (matrix != NULL, error, "matrix");
}

/* Floor: one pass over the annotations table, nothing returned. */
static void
run_count (gpointer data)
{
  Run *run = data;
  sqlite3_stmt *stmt = NULL;

  if (sqlite3_prepare_v2 (run->db, "SELECT count(*) FROM annotations", -1, &stmt, NULL) != SQLITE_OK ||
      sqlite3_step (stmt) != SQLITE_ROW)
    g_error ("count: %s", sqlite3_errmsg (run->db));
  run->kept = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
}

/* What a caller without the engine would do with the public API: fetch
 * every annotation and keep those spoken by A or B (no roll-up, no
 * grouping, so it does less than the engine). */
static void
run_naive (gpointer data)
{
  Run *run = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = dm_store_dup_annotations (run->bench->store, NULL, &error);
  guint kept = 0;

  check (all != NULL, error, "annotations");
  for (guint i = 0; i < all->len; i++)
    {
      const char * const *speakers = dm_annotation_get_actor_uuids (g_ptr_array_index (all, i));

      for (guint s = 0; speakers[s] != NULL; s++)
        if (g_str_equal (speakers[s], run->a) || g_str_equal (speakers[s], run->b))
          {
            kept++;
            break;
          }
    }
  run->kept = kept;
}

/* }}} */

static void
print_row (const Timing *timing,
           const Timing *reference)
{
  g_autofree char *ratio = NULL;

  if (reference != NULL)
    ratio = g_strdup_printf ("%8.1fx", timing->median / reference->median);

  g_print ("%-58s %9.2f %9.2f %9.2f %9.2f %5u  %s\n",
           timing->label, timing->median, timing->min, timing->max, timing->cpu, timing->runs, ratio ? ratio : "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the comparison engine");
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260524);
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GPtrArray) matrix = g_ptr_array_new ();
  g_autoptr(DmComparisonQuery) filtered = dm_comparison_query_new ();
  const char *two_sources[] = { "Reuters", "Xinhua", NULL };
  Bench bench = { 0 };
  Run run = { 0 };
  Timing comparison, filtered_cmp, folded, html, json, matrix_timing, count, naive, cached, cached_matrix;
  guint quotes = 0;
  guint n_rows;
  double agreement = -1;
  guint shared = 0;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    g_error ("%s", error->message);

  dir = g_dir_make_tmp ("demarche-bench-XXXXXX", &error);
  path = keep_path != NULL ? g_strdup (keep_path) : g_build_filename (dir, "bench.db", NULL);
  if (!(bench.store = dm_store_open (path, &error)))
    g_error ("%s", error->message);
  bench.actors = g_ptr_array_new_with_free_func (g_object_unref);
  bench.topics = g_ptr_array_new_with_free_func (g_object_unref);

  if (keep_path != NULL && dm_store_count_articles (bench.store) > 0)
    reuse_store (&bench);
  else
    build_store (&bench, rand);

  /* A: the first state (represented by Minister 00 throughout), B: the
   * second (Minister 01, for a term). */
  run.bench = &bench;
  run.a = dm_actor_get_uuid (g_ptr_array_index (bench.actors, 0));
  run.b = dm_actor_get_uuid (g_ptr_array_index (bench.actors, 1));
  for (guint i = 0; i < MATRIX_ACTORS; i++)
    g_ptr_array_add (matrix, (gpointer) dm_actor_get_uuid (g_ptr_array_index (bench.actors, i)));
  g_ptr_array_add (matrix, NULL);
  run.matrix = (const char **) matrix->pdata;
  if (sqlite3_open_v2 (path, &run.db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    g_error ("%s", sqlite3_errmsg (run.db));

  /* First with SQLite's default page cache (2 MiB), which a store of this
   * size outgrows; the store itself opens with 64 MiB (see below). */
  _dm_store_set_cache_size (bench.store, 2 * 1024);
  comparison = time_runs ("comparison A vs B (no filters, roll-up on)", n_runs, run_comparison, &run);
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (run.last));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DmComparisonRow) row = g_list_model_get_item (G_LIST_MODEL (run.last), i);

      quotes += g_list_model_get_n_items (dm_comparison_row_get_evidence (row, DM_COMPARISON_SIDE_A));
      quotes += g_list_model_get_n_items (dm_comparison_row_get_evidence (row, DM_COMPARISON_SIDE_B));
    }
  dm_comparison_get_agreement (run.last, &agreement, &shared);

  html = time_runs ("  render it as the HTML report", MAX (n_runs / 4, 3), run_html, &run);
  json = time_runs ("  render it as JSON", MAX (n_runs / 4, 3), run_json, &run);

  dm_comparison_query_set_from (filtered, "2018-01-01");
  dm_comparison_query_set_to (filtered, "2020-12-31");
  dm_comparison_query_set_sources (filtered, two_sources);
  run.query = filtered;
  filtered_cmp = time_runs ("comparison A vs B, 2018-2020, two sources", n_runs, run_comparison, &run);

  run.query = dm_comparison_query_new ();
  dm_comparison_query_set_depth (run.query, 1);
  folded = time_runs ("comparison A vs B, topics folded to depth 1", n_runs, run_comparison, &run);
  g_clear_object (&run.query);
  g_clear_object (&run.last);

  matrix_timing = time_runs ("matrix of 20 actors (190 pairs)", MAX (n_runs / 2, 3), run_matrix, &run);

  count = time_runs ("reference: SELECT count(*) FROM annotations", n_runs, run_count, &run);
  naive = time_runs ("reference: public API, every annotation, keep A's and B's", 3, run_naive, &run);

  /* SQLite's default page cache (2 MiB) is smaller than the pages one
   * comparison reads on this store, so each run above re-reads them from
   * the operating system. The same with the 64 MiB cache the store opens
   * with, which is what the app and the CLI get: */
  _dm_store_set_cache_size (bench.store, 64 * 1024);
  run.query = NULL;
  cached = time_runs ("comparison A vs B, 64 MiB page cache", n_runs, run_comparison, &run);
  g_clear_object (&run.last);
  cached_matrix = time_runs ("matrix of 20 actors, 64 MiB page cache", MAX (n_runs / 2, 3), run_matrix, &run);

  {
    g_autofree char *load = NULL;

    /* Wall times on a shared machine depend on its load: say what it was. */
    if (g_file_get_contents ("/proc/loadavg", &load, NULL, NULL))
      g_print ("Load average: %s", load);
  }
  g_print ("%-58s %9s %9s %9s %9s %5s  %s\n", "operation (ms)", "median", "min", "max", "cpu", "runs",
           "median / count");
  print_row (&comparison, &count);
  print_row (&html, &count);
  print_row (&json, &count);
  print_row (&filtered_cmp, &count);
  print_row (&folded, &count);
  print_row (&matrix_timing, &count);
  print_row (&count, &count);
  print_row (&naive, &count);
  print_row (&cached, &count);
  print_row (&cached_matrix, &count);

  g_print ("\nComparison: %u topic rows, %u quotes, agreement %.0f %% on %u shared topics.\n",
           n_rows, quotes, agreement * 100, shared);
  g_print ("The naive approach kept %u annotations and is %.0fx slower than the comparison.\n",
           run.kept, naive.median / comparison.median);
  g_print ("Target: one comparison under %.0f ms, as the store opens (64 MiB page cache): %s "
           "(median %.2f ms; %.2f ms with SQLite's default 2 MiB cache).\n",
           TARGET_MS, cached.median < TARGET_MS ? "met" : "NOT MET", cached.median, comparison.median);

  sqlite3_close (run.db);
  g_clear_object (&bench.store);
  g_ptr_array_unref (bench.actors);
  g_ptr_array_unref (bench.topics);
  {
    g_autofree char *wal = g_strconcat (path, "-wal", NULL);
    g_autofree char *shm = g_strconcat (path, "-shm", NULL);

    if (keep_path == NULL)
      {
        g_remove (path);
        g_remove (wal);
        g_remove (shm);
      }
    g_rmdir (dir);
  }

  /* A benchmark reports; it does not fail. */
  return 0;
}
