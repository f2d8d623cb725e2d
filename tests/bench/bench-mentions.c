/* bench-mentions.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures dm_mention_finder_find() with the full default codebook on about
 * 20 MB of news-like text, against two references measured in the same
 * run: a naive search for every name in turn (strstr, on a 1 MB slice, as
 * it would take hours on the whole corpus) and memcpy()/strlen() of the
 * corpus for the memory bandwidth of the machine. Issue #3 asks for at
 * least 50 MB/s.
 *
 *   meson setup build -Dbenchmarks=true && ninja -C build
 *   ./build/tests/bench/bench-mentions [--size MB] [--runs N]
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "demarche-core.h"

#define TARGET_MB_PER_S 50.0
#define NAIVE_SLICE     (1000 * 1000)

static int corpus_mb = 20;
static int runs = 5;

static const GOptionEntry entries[] = {
  { "size", 's', 0, G_OPTION_ARG_INT, &corpus_mb, "Corpus size in MB (default 20)", "MB" },
  { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs per measurement, best kept (default 5)", "N" },
  { NULL }
};

/* Keeps the compiler from dropping work whose result is unused. */
static volatile gsize sink;

/* The corpus {{{ */

/* The sample article as a template: the four states it is about become
 * slots filled with other states, so the corpus has the density of
 * mentions of real diplomatic news without repeating one text. Longer names
 * come first so that "Belarusian" is not taken for "Belarus" + "ian". */
static const struct
{
  const char *word;
  guint       slot;
  char        field;  /* n: name, d: demonym, c: capital */
} slots[] = {
  { "Belarusian", 0, 'd' },
  { "Belarus", 0, 'n' },
  { "Chinese", 1, 'd' },
  { "China", 1, 'n' },
  { "Beijing", 1, 'c' },
  { "Moscow", 2, 'c' },
  { "Russia", 2, 'n' },
  { "Kiev", 3, 'c' },
  { "Ukraine", 3, 'n' },
};

typedef struct
{
  const char *literal;
  gsize       length;
  int         slot;   /* -1 for a literal */
  char        field;
} Segment;

typedef struct
{
  const char *name;
  const char *demonym;
  const char *capital;
} State;

static guint32
next_random (guint32 *seed)
{
  /* A fixed LCG rather than g_random: the corpus must be the same on every
   * machine and every GLib. */
  *seed = *seed * 1664525u + 1013904223u;
  return *seed >> 8;
}

static GArray *
split_template (const char *body)
{
  GArray *segments = g_array_new (FALSE, FALSE, sizeof (Segment));
  const char *p = body;
  const char *literal = body;

  while (*p != '\0')
    {
      gboolean matched = FALSE;

      for (guint i = 0; i < G_N_ELEMENTS (slots); i++)
        {
          gsize len = strlen (slots[i].word);

          if (strncmp (p, slots[i].word, len) == 0)
            {
              Segment text = { literal, p - literal, -1, 0 };
              Segment slot = { NULL, 0, slots[i].slot, slots[i].field };

              if (text.length > 0)
                g_array_append_val (segments, text);
              g_array_append_val (segments, slot);

              p += len;
              literal = p;
              matched = TRUE;
              break;
            }
        }

      if (!matched)
        p++;
    }

  if (p > literal)
    {
      Segment text = { literal, p - literal, -1, 0 };
      g_array_append_val (segments, text);
    }

  return segments;
}

static char *
make_corpus (const char *body,
             GPtrArray  *actors,
             gsize       size,
             gsize      *length)
{
  g_autoptr(GArray) segments = split_template (body);
  g_autoptr(GArray) states = g_array_new (FALSE, FALSE, sizeof (State));
  GString *corpus = g_string_sized_new (size + 4096);
  guint32 seed = 20230224;

  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);
      const char * const *demonyms = dm_actor_get_demonyms (actor);
      State state;

      if (dm_actor_get_kind (actor) != DM_ACTOR_KIND_STATE ||
          demonyms[0] == NULL || dm_actor_get_capital (actor) == NULL)
        continue;

      state.name = dm_actor_get_name (actor);
      state.demonym = demonyms[0];
      state.capital = dm_actor_get_capital (actor);
      g_array_append_val (states, state);
    }

  g_assert_cmpuint (states->len, >, 4);

  while (corpus->len < size)
    {
      const State *chosen[4];

      for (guint i = 0; i < G_N_ELEMENTS (chosen); i++)
        chosen[i] = &g_array_index (states, State, next_random (&seed) % states->len);

      for (guint i = 0; i < segments->len; i++)
        {
          const Segment *segment = &g_array_index (segments, Segment, i);
          const State *state;

          if (segment->slot < 0)
            {
              g_string_append_len (corpus, segment->literal, segment->length);
              continue;
            }

          state = chosen[segment->slot];
          g_string_append (corpus, segment->field == 'n' ? state->name :
                                   segment->field == 'd' ? state->demonym : state->capital);
        }

      g_string_append (corpus, "\n\n");
    }

  *length = corpus->len;
  return g_string_free (corpus, FALSE);
}

/* }}} */

/* A bigger codebook {{{ */

/* Made-up names, to show that the finder's speed does not depend on the
 * size of the codebook while the naive search's does. */
static char *
make_word (guint32 *seed)
{
  static const char * const syllables[] = {
    "ka", "lo", "min", "dar", "vel", "su", "tor", "an", "bre", "nik", "ou", "ret",
    "zan", "pol", "ish", "gra", "mu", "sen", "tal", "vi", "ro", "ech", "lin", "ba",
  };
  GString *word = g_string_new (NULL);
  guint n = 2 + next_random (seed) % 3;

  for (guint i = 0; i < n; i++)
    g_string_append (word, syllables[next_random (seed) % G_N_ELEMENTS (syllables)]);

  word->str[0] = g_ascii_toupper (word->str[0]);
  return g_string_free (word, FALSE);
}

static GPtrArray *
make_big_codebook (GPtrArray *actors,
                   guint      factor)
{
  GPtrArray *big = g_ptr_array_new_with_free_func (g_object_unref);
  guint32 seed = 19450626;
  guint n_extra = actors->len * (factor - 1);

  for (guint i = 0; i < actors->len; i++)
    g_ptr_array_add (big, g_object_ref (g_ptr_array_index (actors, i)));

  for (guint i = 0; i < n_extra; i++)
    {
      g_autofree char *first = make_word (&seed);
      g_autofree char *last = make_word (&seed);
      g_autofree char *place = make_word (&seed);
      g_autofree char *name = g_strdup_printf ("%s %s", first, last);
      g_autofree char *official = g_strdup_printf ("Republic of %s", place);
      g_autofree char *demonym = g_strdup_printf ("%sian", place);
      g_autofree char *capital = make_word (&seed);
      const char *aliases[] = { last, place, NULL };
      const char *demonyms[] = { demonym, NULL };
      DmActor *actor = dm_actor_new (name, DM_ACTOR_KIND_STATE);

      dm_actor_set_official_name (actor, official);
      dm_actor_set_aliases (actor, aliases);
      dm_actor_set_demonyms (actor, demonyms);
      dm_actor_set_capital (actor, capital);
      g_ptr_array_add (big, actor);
    }

  return big;
}

/* }}} */

/* References {{{ */

static void
add_name (GPtrArray  *names,
          GHashTable *seen,
          const char *name)
{
  if (name != NULL && name[0] != '\0' && g_hash_table_add (seen, (gpointer)name))
    g_ptr_array_add (names, (gpointer)name);
}

/* The names the finder looks for, as plain strings. */
static GPtrArray *
collect_names (GPtrArray *actors)
{
  GPtrArray *names = g_ptr_array_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);
      const char * const *strv;

      add_name (names, seen, dm_actor_get_name (actor));
      add_name (names, seen, dm_actor_get_official_name (actor));
      if (dm_actor_get_kind (actor) == DM_ACTOR_KIND_ORGANISATION)
        add_name (names, seen, dm_actor_get_code (actor));
      for (strv = dm_actor_get_aliases (actor); *strv != NULL; strv++)
        add_name (names, seen, *strv);
      for (strv = dm_actor_get_demonyms (actor); *strv != NULL; strv++)
        add_name (names, seen, *strv);
      add_name (names, seen, dm_actor_get_capital (actor));
    }

  return names;
}

/* What a first attempt would do: search for each name in turn. Exact bytes
 * only, no folding and no word boundaries, so it does less than the finder
 * and is a lower bound on the naive cost. */
static gsize
naive_find (GPtrArray  *names,
            const char *text)
{
  gsize found = 0;

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      gsize len = strlen (name);

      for (const char *p = strstr (text, name); p != NULL; p = strstr (p + len, name))
        found++;
    }

  return found;
}

/* }}} */

static void
remove_tree (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  const char *name;

  while (handle != NULL && (name = g_dir_read_name (handle)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);
      g_remove (file);
    }

  g_rmdir (dir);
}

static double
seconds_since (gint64 start)
{
  return (g_get_monotonic_time () - start) / (double)G_USEC_PER_SEC;
}

static double
mb_per_s (gsize  bytes,
          double seconds)
{
  return seconds > 0 ? bytes / 1e6 / seconds : 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GPtrArray) actors = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(DmMentionFinder) big_finder = NULL;
  g_autoptr(GPtrArray) big_actors = NULL;
  g_autoptr(GPtrArray) names = NULL;
  g_autoptr(GPtrArray) big_names = NULL;
  g_autofree char *corpus = NULL;
  g_autofree char *slice = NULL;
  g_autofree char *copy = NULL;
  double build_s = G_MAXDOUBLE;
  double find_s = G_MAXDOUBLE;
  double naive_s = G_MAXDOUBLE;
  double big_build_s = G_MAXDOUBLE;
  double big_find_s = G_MAXDOUBLE;
  double big_naive_s = G_MAXDOUBLE;
  double memcpy_s = G_MAXDOUBLE;
  double strlen_s = G_MAXDOUBLE;
  double find_mbs;
  gsize corpus_len = 0;
  gsize slice_len;
  guint n_mentions = 0;
  guint n_big_mentions = 0;
  gsize n_naive = 0;

  context = g_option_context_new ("- measure actor-mention finding");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  corpus_mb = CLAMP (corpus_mb, 1, 4000);
  runs = CLAMP (runs, 1, 100);

  /* The default codebook, exactly as a new user gets it. */
  dir = g_dir_make_tmp ("demarche-bench-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (dir, "bench.db", NULL);
  store = dm_store_open (path, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (store, &error);
  g_assert_no_error (error);
  actors = dm_store_dup_actors (store, &error);
  g_assert_no_error (error);
  articles = dm_store_dup_articles (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, >=, 1);
  article = dm_store_lookup_article (store,
                                    dm_article_get_uuid (g_ptr_array_index (articles, 0)),
                                    &error);
  g_assert_no_error (error);

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(DmMentionFinder) built = dm_mention_finder_new (actors);

      build_s = MIN (build_s, seconds_since (start));
      g_set_object (&finder, built);
    }

  corpus = make_corpus (dm_article_get_body (article), actors,
                        (gsize)corpus_mb * 1000 * 1000, &corpus_len);

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) mentions = dm_mention_finder_find (finder, corpus, corpus_len);

      find_s = MIN (find_s, seconds_since (start));
      n_mentions = mentions->len;
    }

  big_actors = make_big_codebook (actors, 10);

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(DmMentionFinder) built = dm_mention_finder_new (big_actors);

      big_build_s = MIN (big_build_s, seconds_since (start));
      g_set_object (&big_finder, built);
    }

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) mentions = dm_mention_finder_find (big_finder, corpus, corpus_len);

      big_find_s = MIN (big_find_s, seconds_since (start));
      n_big_mentions = mentions->len;
    }

  /* A slice ending on a line break, so that no character is cut. */
  slice_len = MIN (corpus_len, NAIVE_SLICE);
  while (slice_len > 0 && corpus[slice_len - 1] != '\n')
    slice_len--;
  slice = g_strndup (corpus, slice_len);
  names = collect_names (actors);

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      n_naive = naive_find (names, slice);
      naive_s = MIN (naive_s, seconds_since (start));
    }

  big_names = collect_names (big_actors);

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      sink += naive_find (big_names, slice);
      big_naive_s = MIN (big_naive_s, seconds_since (start));
    }

  copy = g_malloc (corpus_len + 1);
  memcpy (copy, corpus, corpus_len + 1);

  for (int i = 0; i < runs; i++)
    {
      gint64 start = g_get_monotonic_time ();

      memcpy (copy, corpus, corpus_len + 1);
      sink += (guchar)copy[corpus_len / 2];
      memcpy_s = MIN (memcpy_s, seconds_since (start));

      start = g_get_monotonic_time ();
      sink += strlen (copy);
      strlen_s = MIN (strlen_s, seconds_since (start));
    }

  find_mbs = mb_per_s (corpus_len, find_s);

  g_print ("Default codebook: %u actors, %u patterns, %u automaton states, built in %.2f ms\n",
           actors->len, dm_mention_finder_get_n_patterns (finder),
           dm_mention_finder_get_n_states (finder), build_s * 1000);
  g_print ("Codebook x10 (made-up actors added): %u actors, %u patterns, %u automaton states, "
           "built in %.2f ms\n",
           big_actors->len, dm_mention_finder_get_n_patterns (big_finder),
           dm_mention_finder_get_n_states (big_finder), big_build_s * 1000);
  g_print ("Corpus: %.1f MB, %u mentions found (%u with the x10 codebook); naive reference "
           "on a %.1f MB slice (%" G_GSIZE_FORMAT " raw hits); best of %d runs; "
           "MB = 10^6 bytes\n\n",
           corpus_len / 1e6, n_mentions, n_big_mentions, slice_len / 1e6, n_naive, runs);

  g_print ("| %-38s | %10s | %8s |\n", "implementation", "MB/s", "ratio");
  g_print ("|%s|%s|%s|\n", "----------------------------------------", "------------",
           "----------");
  g_print ("| %-38s | %10.1f | %8.3f |\n", "dm_mention_finder_find", find_mbs, 1.0);
  g_print ("| %-38s | %10.1f | %8.3f |\n", "dm_mention_finder_find, codebook x10",
           mb_per_s (corpus_len, big_find_s), mb_per_s (corpus_len, big_find_s) / find_mbs);
  g_print ("| %-38s | %10.2f | %8.4f |\n", "naive strstr per name (1 MB slice)",
           mb_per_s (slice_len, naive_s), mb_per_s (slice_len, naive_s) / find_mbs);
  g_print ("| %-38s | %10.2f | %8.4f |\n", "naive strstr per name, codebook x10",
           mb_per_s (slice_len, big_naive_s), mb_per_s (slice_len, big_naive_s) / find_mbs);
  g_print ("| %-38s | %10.1f | %8.3f |\n", "memcpy (memory bandwidth)",
           mb_per_s (corpus_len, memcpy_s), mb_per_s (corpus_len, memcpy_s) / find_mbs);
  g_print ("| %-38s | %10.1f | %8.3f |\n", "strlen",
           mb_per_s (corpus_len, strlen_s), mb_per_s (corpus_len, strlen_s) / find_mbs);
  g_print ("\nratio: MB/s relative to dm_mention_finder_find\n");
  g_print ("Target %.0f MB/s for dm_mention_finder_find: %s\n", TARGET_MB_PER_S,
           find_mbs >= TARGET_MB_PER_S ? "met" : "NOT met");

  g_clear_object (&store);
  remove_tree (dir);

  return 0;
}
