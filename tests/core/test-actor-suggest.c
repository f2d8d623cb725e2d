/* test-actor-suggest.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "demarche-core.h"

/* Helpers {{{ */

static DmActor *
new_actor (const char *name,
           DmActorKind kind,
           const char *code,
           const char *aliases,
           const char *demonyms,
           const char *capital)
{
  DmActor *actor = dm_actor_new (name, kind);

  dm_actor_set_code (actor, code);
  dm_actor_set_capital (actor, capital);
  if (aliases != NULL)
    {
      g_auto(GStrv) list = g_strsplit (aliases, "|", -1);
      dm_actor_set_aliases (actor, (const char * const *) list);
    }
  if (demonyms != NULL)
    {
      g_auto(GStrv) list = g_strsplit (demonyms, "|", -1);
      dm_actor_set_demonyms (actor, (const char * const *) list);
    }

  return actor;
}

/* A small codebook with near neighbours: Chad, Chile, China, Cuba and
 * Ghana are all close to a mistyped "China". */
static GPtrArray *
new_codebook (void)
{
  GPtrArray *actors = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (actors, new_actor ("Chad", DM_ACTOR_KIND_STATE, "TCD", NULL, "Chadian", "N'Djamena"));
  g_ptr_array_add (actors, new_actor ("Chile", DM_ACTOR_KIND_STATE, "CHL", NULL, "Chilean", "Santiago"));
  g_ptr_array_add (actors, new_actor ("China", DM_ACTOR_KIND_STATE, "CHN", "PRC|People's Republic of China",
                                      "Chinese", "Beijing"));
  g_ptr_array_add (actors, new_actor ("Cuba", DM_ACTOR_KIND_STATE, "CUB", NULL, "Cuban", "Havana"));
  g_ptr_array_add (actors, new_actor ("Ghana", DM_ACTOR_KIND_STATE, "GHA", NULL, "Ghanaian", "Accra"));
  g_ptr_array_add (actors, new_actor ("Côte d’Ivoire", DM_ACTOR_KIND_STATE, "CIV", "Ivory Coast", "Ivorian",
                                      "Yamoussoukro"));
  g_ptr_array_add (actors, new_actor ("European Union", DM_ACTOR_KIND_ORGANISATION, "EU", NULL, NULL, "Brussels"));
  g_ptr_array_add (actors, new_actor ("Josep Borrell", DM_ACTOR_KIND_PERSON, NULL, NULL, NULL, NULL));
  g_ptr_array_add (actors, new_actor ("Alexander Lukashenko", DM_ACTOR_KIND_PERSON, NULL, "Alexandr Lukashenko",
                                      NULL, NULL));
  g_ptr_array_add (actors, new_actor ("Sergei Aleinik", DM_ACTOR_KIND_PERSON, NULL, NULL, NULL, NULL));

  return actors;
}

/* The suggestions' names joined with ", ". */
static char *
suggest (GPtrArray  *actors,
         const char *query,
         guint       max_results)
{
  g_autoptr(GPtrArray) found = dm_actor_suggest (actors, query, max_results);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  g_assert_cmpuint (found->len, <=, max_results);
  for (guint i = 0; i < found->len; i++)
    g_strv_builder_add (names, dm_actor_get_name (g_ptr_array_index (found, i)));
  list = g_strv_builder_end (names);

  return g_strjoinv (", ", list);
}

#define assert_suggests(actors, query, max, expected)          \
  G_STMT_START {                                               \
    g_autofree char *__got = suggest ((actors), (query), (max)); \
    g_assert_cmpstr (__got, ==, (expected));                   \
  } G_STMT_END

/* }}} */

static void
test_fold (void)
{
  static const struct { const char *in; const char *out; } cases[] = {
    { "Côte d’Ivoire", "cote d ivoire" },
    { "COTE D'IVOIRE", "cote d ivoire" },
    { "  Łódź -- Straße  ", "lodz strasse" },
    { "Søren Kierkegaard", "soren kierkegaard" },
    { "Alicia Bárcena", "alicia barcena" },
    { "Ελλάδα", "ελλαδα" },
    { "Guinea-Bissau", "guinea bissau" },
    { "!!!", "" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = dm_actor_suggest_fold (cases[i].in);
      g_assert_cmpstr (folded, ==, cases[i].out);
    }

  {
    g_autofree char *folded = dm_actor_suggest_fold (NULL);
    g_assert_cmpstr (folded, ==, "");
  }
  {
    g_autofree char *folded = dm_actor_suggest_fold ("bad \xff byte");
    g_assert_cmpstr (folded, ==, "");
  }
}

static void
test_distance (void)
{
  g_assert_cmpuint (dm_actor_suggest_distance ("", ""), ==, 0);
  g_assert_cmpuint (dm_actor_suggest_distance ("", "abc"), ==, 3);
  g_assert_cmpuint (dm_actor_suggest_distance ("abc", ""), ==, 3);
  g_assert_cmpuint (dm_actor_suggest_distance ("kitten", "sitting"), ==, 3);
  g_assert_cmpuint (dm_actor_suggest_distance ("chna", "china"), ==, 1);
  g_assert_cmpuint (dm_actor_suggest_distance ("chna", "chad"), ==, 2);
  /* A swap of neighbours is one edit, not two. */
  g_assert_cmpuint (dm_actor_suggest_distance ("cnh", "chn"), ==, 1);
  g_assert_cmpuint (dm_actor_suggest_distance ("borrel", "borrell"), ==, 1);
  /* Code points, not bytes. */
  g_assert_cmpuint (dm_actor_suggest_distance ("é", "e"), ==, 1);
  g_assert_cmpuint (dm_actor_suggest_distance ("北京", "东京"), ==, 1);
  /* Symmetric. */
  g_assert_cmpuint (dm_actor_suggest_distance ("lukashenko", "lukachenko"), ==,
                    dm_actor_suggest_distance ("lukachenko", "lukashenko"));
}

static void
test_ranking (void)
{
  g_autoptr(GPtrArray) actors = new_codebook ();

  /* A typo: the closest first, then at the same distance the longer
   * common beginning (Chile by its code, CHL, two edits away like Chad and
   * Cuba, but beginning "ch" like Chad); an actor's own name wins a tie. */
  assert_suggests (actors, "Chna", 3, "China, Chad, Chile");
  assert_suggests (actors, "Chna", 4, "China, Chad, Chile, Cuba");
  assert_suggests (actors, "Chna", 1, "China");
  assert_suggests (actors, "Chnia", 3, "China");

  /* Completions: a name begun, a word of a name begun, a part of a name;
   * look-alikes (Chile and Chad are two edits from "chin") are not offered
   * beside them. */
  assert_suggests (actors, "chin", 3, "China");
  assert_suggests (actors, "cha", 3, "Chad");
  assert_suggests (actors, "Borr", 3, "Josep Borrell");
  assert_suggests (actors, "kashenk", 3, "Alexander Lukashenko");

  /* Case and accents do not count; nor do spaces and punctuation. */
  assert_suggests (actors, "COTE D IVOIRE", 3, "Côte d’Ivoire");
  assert_suggests (actors, "cote divoire", 3, "Côte d’Ivoire");

  /* Every kind of name leads to its actor: alias, demonym, capital, code. */
  assert_suggests (actors, "Ivory Cost", 3, "Côte d’Ivoire");
  assert_suggests (actors, "Ghanaan", 3, "Ghana");
  assert_suggests (actors, "Bejing", 3, "China");
  assert_suggests (actors, "CNH", 3, "China");
  assert_suggests (actors, "Lukashenka", 3, "Alexander Lukashenko");
  assert_suggests (actors, "Borel", 3, "Josep Borrell");
  assert_suggests (actors, "Aleinick", 3, "Sergei Aleinik");

  /* An actor comes once, with its best name: "Chinese" is a demonym of
   * China and begins no other name. */
  assert_suggests (actors, "Chinese", 3, "China");

  /* Look-alikes at most one edit further than the closest: "Ghanian" is
   * one edit from Ghana's "Ghanaian", two from Chad's "Chadian"; "Hvana"
   * one from Cuba's Havana, two from Ghana, more from the rest. */
  assert_suggests (actors, "Ghanian", 3, "Ghana, Chad");
  assert_suggests (actors, "Hvana", 3, "Cuba, Ghana");

  /* Nothing close: no suggestion rather than a wild guess. */
  assert_suggests (actors, "Atlantis", 3, "");
  assert_suggests (actors, "xy", 3, "");
  assert_suggests (actors, "", 3, "");
  assert_suggests (actors, "--", 3, "");
  assert_suggests (actors, "Chna", 0, "");
}

static void
test_order_independent (void)
{
  g_autoptr(GPtrArray) actors = new_codebook ();
  g_autoptr(GPtrArray) reversed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *forward = NULL;
  g_autofree char *backward = NULL;

  for (guint i = actors->len; i > 0; i--)
    g_ptr_array_add (reversed, g_object_ref (g_ptr_array_index (actors, i - 1)));

  forward = suggest (actors, "Cha", 5);
  backward = suggest (reversed, "Cha", 5);
  g_assert_cmpstr (forward, ==, backward);
  g_assert_true (g_str_has_prefix (forward, "Chad"));
}

/* Pickers filter and rank with dm_actor_suggest_score() as one types. */
static void
test_score (void)
{
  g_autoptr(DmActor) china = new_actor ("China", DM_ACTOR_KIND_STATE, "CHN", "People's Republic of China|PRC",
                                        "Chinese", "Beijing");
  g_autoptr(DmActor) taiwan = new_actor ("Taiwan", DM_ACTOR_KIND_STATE, "TWN", NULL, NULL, "Taipei");
  g_autoptr(DmActor) eu = new_actor ("European Union", DM_ACTOR_KIND_ORGANISATION, "EU", "E.U.", NULL, "Brussels");
  g_autoptr(DmActor) reuters = new_actor ("Reuters", DM_ACTOR_KIND_MEDIA, NULL, NULL, NULL, NULL);
  g_autoptr(DmActor) qin = new_actor ("Qin Gang", DM_ACTOR_KIND_PERSON, NULL, NULL, NULL, NULL);
  g_autoptr(DmActor) ivory = new_actor ("Côte d’Ivoire", DM_ACTOR_KIND_STATE, "CIV", NULL, "Ivorian", NULL);

  dm_actor_set_official_name (taiwan, "Republic of China");

  /* Exact names, codes and aliases first. */
  g_assert_cmpuint (dm_actor_suggest_score (china, "china"), ==, 4);
  g_assert_cmpuint (dm_actor_suggest_score (china, "prc"), ==, 4);
  g_assert_cmpuint (dm_actor_suggest_score (china, "chn"), ==, 4);
  g_assert_cmpuint (dm_actor_suggest_score (eu, "eu"), ==, 4);

  /* Then the start of the name, then the start of a word anywhere. */
  g_assert_cmpuint (dm_actor_suggest_score (china, "chin"), ==, 3);
  g_assert_cmpuint (dm_actor_suggest_score (taiwan, "chin"), ==, 2);
  g_assert_cmpuint (dm_actor_suggest_score (eu, "union"), ==, 2);
  g_assert_cmpuint (dm_actor_suggest_score (qin, "gang"), ==, 2);
  g_assert_cmpuint (dm_actor_suggest_score (china, "beij"), ==, 2);

  /* A demonym is a hint, never an exact match. */
  g_assert_cmpuint (dm_actor_suggest_score (china, "chinese"), ==, 2);

  /* Accents, case and punctuation as dm_actor_suggest_fold() takes them. */
  {
    g_autofree char *typed = dm_actor_suggest_fold ("COTE D'IV");

    g_assert_cmpuint (dm_actor_suggest_score (ivory, typed), ==, 3);
  }
  g_assert_cmpuint (dm_actor_suggest_score (ivory, "ivoire"), ==, 2);

  /* A word start later in the text counts even after an inner match. */
  g_assert_cmpuint (dm_actor_suggest_score (reuters, "ers"), ==, 1);
  g_assert_cmpuint (dm_actor_suggest_score (qin, "ang"), ==, 1);
  {
    g_autoptr(DmActor) nana = new_actor ("Banana Ana", DM_ACTOR_KIND_PERSON, NULL, NULL, NULL, NULL);

    g_assert_cmpuint (dm_actor_suggest_score (nana, "ana"), ==, 2);
  }

  /* Anywhere, last; nothing, not at all. */
  g_assert_cmpuint (dm_actor_suggest_score (reuters, "eu"), ==, 1);
  g_assert_cmpuint (dm_actor_suggest_score (china, "zzz"), ==, 0);
  g_assert_cmpuint (dm_actor_suggest_score (china, ""), ==, 0);
  g_assert_cmpuint (dm_actor_suggest_score (china, NULL), ==, 0);
}

/* The default codebook, as demarche-cli sees it. */
static void
test_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("demarche-suggest-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autofree char *wal = NULL;
  g_autofree char *shm = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GPtrArray) found = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "suggest.db", NULL);
  wal = g_strconcat (path, "-wal", NULL);
  shm = g_strconcat (path, "-shm", NULL);

  store = dm_store_open (path, &error);
  g_assert_no_error (error);
  dm_store_seed_defaults (store, &error);
  g_assert_no_error (error);

  found = dm_actor_suggest_for_store (store, "Chna", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 3);
  g_assert_cmpstr (dm_actor_get_name (g_ptr_array_index (found, 0)), ==, "China");
  g_clear_pointer (&found, g_ptr_array_unref);

  found = dm_actor_suggest_for_store (store, "Lukashenko", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, >=, 1);
  g_assert_cmpstr (dm_actor_get_name (g_ptr_array_index (found, 0)), ==, "Alexander Lukashenko");
  g_clear_pointer (&found, g_ptr_array_unref);

  found = dm_actor_suggest_for_store (store, "Josep Borel", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, >=, 1);
  g_assert_cmpstr (dm_actor_get_name (g_ptr_array_index (found, 0)), ==, "Josep Borrell");

  g_clear_object (&store);
  g_remove (wal);
  g_remove (shm);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/actor-suggest/fold", test_fold);
  g_test_add_func ("/core/actor-suggest/distance", test_distance);
  g_test_add_func ("/core/actor-suggest/ranking", test_ranking);
  g_test_add_func ("/core/actor-suggest/order-independent", test_order_independent);
  g_test_add_func ("/core/actor-suggest/score", test_score);
  g_test_add_func ("/core/actor-suggest/store", test_store);

  return g_test_run ();
}
