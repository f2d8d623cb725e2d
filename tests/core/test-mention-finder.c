/* test-mention-finder.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "demarche-core.h"

/* Helpers {{{ */

static DmActor *
make_actor (const char         *name,
            DmActorKind         kind,
            const char         *code,
            const char * const *aliases,
            const char * const *demonyms,
            const char         *capital)
{
  DmActor *actor = dm_actor_new (name, kind);

  dm_actor_set_code (actor, code);
  dm_actor_set_aliases (actor, aliases);
  dm_actor_set_demonyms (actor, demonyms);
  dm_actor_set_capital (actor, capital);

  return actor;
}

#define STRV(...) ((const char * const []) { __VA_ARGS__, NULL })

static DmMentionFinder *
finder_for (GPtrArray *actors)
{
  DmMentionFinder *finder = dm_mention_finder_new (actors);

  g_assert_nonnull (finder);
  return finder;
}

static const char *
uuid_of (GPtrArray  *actors,
         const char *name)
{
  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);

      if (g_strcmp0 (dm_actor_get_name (actor), name) == 0)
        return dm_actor_get_uuid (actor);
    }

  g_error ("No actor named %s", name);
  return NULL;
}

/* The code-point offset of the @nth occurrence of @needle in @text. */
static guint
offset_of (const char *text,
           const char *needle,
           guint       nth)
{
  const char *p = text;

  for (;;)
    {
      p = strstr (p, needle);
      g_assert_nonnull (p);

      if (nth-- == 0)
        return (guint)g_utf8_pointer_to_offset (text, p);

      p++;
    }
}

static void
assert_mention (GPtrArray     *mentions,
                guint          index,
                const char    *text,
                guint          start,
                const char    *actor_uuid,
                DmMentionKind  kind)
{
  const DmMention *mention;

  g_assert_cmpuint (index, <, mentions->len);
  mention = g_ptr_array_index (mentions, index);

  g_assert_cmpstr (mention->text, ==, text);
  g_assert_cmpuint (mention->start, ==, start);
  g_assert_cmpuint (mention->end, ==, start + g_utf8_strlen (text, -1));
  g_assert_cmpstr (mention->actor_uuid, ==, actor_uuid);
  g_assert_cmpint (mention->kind, ==, kind);
}

/* The mentions as "text|text|…", for compact assertions on which words
 * matched. */
static char *
join_texts (GPtrArray *mentions)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < mentions->len; i++)
    {
      const DmMention *mention = g_ptr_array_index (mentions, i);

      if (i > 0)
        g_string_append_c (str, '|');
      g_string_append (str, mention->text);
    }

  return g_string_free (str, FALSE);
}

static char *
find_texts (DmMentionFinder *finder,
            const char      *text)
{
  g_autoptr(GPtrArray) mentions = dm_mention_finder_find (finder, text, -1);

  return join_texts (mentions);
}

/* Offsets must match the text they claim to cover. */
static void
assert_consistent (GPtrArray  *mentions,
                   const char *text)
{
  guint last_end = 0;

  for (guint i = 0; i < mentions->len; i++)
    {
      const DmMention *mention = g_ptr_array_index (mentions, i);
      const char *start = g_utf8_offset_to_pointer (text, mention->start);
      const char *end = g_utf8_offset_to_pointer (text, mention->end);
      g_autofree char *slice = g_strndup (start, end - start);

      g_assert_cmpstr (slice, ==, mention->text);
      g_assert_cmpuint (mention->start, >=, last_end);
      g_assert_cmpuint (mention->start, <, mention->end);
      last_end = mention->end;
    }
}

static GPtrArray *
new_actor_array (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

/* }}} */

/* Unit cases {{{ */

static void
test_empty (void)
{
  g_autoptr(GPtrArray) none = new_actor_array ();
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) empty = NULL;
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  guint n_patterns = 0;

  empty = finder_for (none);
  g_assert_cmpuint (dm_mention_finder_get_n_patterns (empty), ==, 0);
  g_assert_cmpuint (dm_mention_finder_get_n_states (empty), ==, 1);
  mentions = dm_mention_finder_find (empty, "China and Russia", -1);
  g_assert_cmpuint (mentions->len, ==, 0);
  g_clear_pointer (&mentions, g_ptr_array_unref);

  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", NULL,
                                       STRV ("Chinese"), "Beijing"));
  finder = finder_for (actors);
  g_assert_cmpuint (dm_mention_finder_get_n_patterns (finder), ==, 3);
  g_object_get (finder, "n-patterns", &n_patterns, NULL);
  g_assert_cmpuint (n_patterns, ==, 3);
  g_assert_cmpuint (dm_mention_finder_get_n_states (finder), ==,
                    1 + strlen ("China") + strlen ("ese") + strlen ("Beijing"));

  mentions = dm_mention_finder_find (finder, "", -1);
  g_assert_cmpuint (mentions->len, ==, 0);
  g_clear_pointer (&mentions, g_ptr_array_unref);

  mentions = dm_mention_finder_find (finder, "China", 0);
  g_assert_cmpuint (mentions->len, ==, 0);
  g_clear_pointer (&mentions, g_ptr_array_unref);

  mentions = dm_mention_finder_find (finder, NULL, 0);
  g_assert_cmpuint (mentions->len, ==, 0);
  g_clear_pointer (&mentions, g_ptr_array_unref);

  /* An explicit length stops the scan, and the end of the scanned text is a
   * word boundary. */
  mentions = dm_mention_finder_find (finder, "Beijing and Chinese", 13);
  g_assert_cmpuint (mentions->len, ==, 1);
  g_assert_cmpstr (((DmMention *)g_ptr_array_index (mentions, 0))->text, ==, "Beijing");
  g_clear_pointer (&mentions, g_ptr_array_unref);

  mentions = dm_mention_finder_find (finder, "   \n\n  ", -1);
  g_assert_cmpuint (mentions->len, ==, 0);
}

static void
test_case_rules (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autofree char *found = NULL;

  g_ptr_array_add (actors, make_actor ("Belarus", DM_ACTOR_KIND_STATE, "BLR", NULL,
                                       STRV ("Belarusian"), "Minsk"));
  g_ptr_array_add (actors, make_actor ("Chad", DM_ACTOR_KIND_STATE, "TCD", NULL, NULL, NULL));
  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", NULL, NULL, NULL));
  g_ptr_array_add (actors, make_actor ("Poland", DM_ACTOR_KIND_STATE, "POL", NULL,
                                       STRV ("Polish"), "Warsaw"));
  g_ptr_array_add (actors, make_actor ("Turkey", DM_ACTOR_KIND_STATE, "TUR", STRV ("Türkiye"),
                                       STRV ("Turkish"), "Ankara"));
  finder = finder_for (actors);

  /* Common words in lower case are not the countries, and their names must
   * match exactly: a headline in capitals about turkeys is no mention. */
  found = find_texts (finder, "Roast turkey, not Turkey nor TURKEY; chad or Chad; fine china from "
                              "China; polish the Polish silver.");
  g_assert_cmpstr (found, ==, "Turkey|Chad|China|Polish");
  g_clear_pointer (&found, g_free);

  /* Other names need their capitals but accept a headline in capitals. */
  found = find_texts (finder, "belarus BELARUS Belarus belarusian BELARUSIAN minsk Minsk "
                              "TÜRKIYE türkiye Türkiye turkish Turkish");
  g_assert_cmpstr (found, ==, "BELARUS|Belarus|BELARUSIAN|Minsk|TÜRKIYE|Türkiye|Turkish");
  g_clear_pointer (&found, g_free);

  /* A capital where the name has none is fine (a sentence start, a title),
   * but the name's own capitals are required. */
  found = find_texts (finder, "BeLaRuS belaruS");
  g_assert_cmpstr (found, ==, "BeLaRuS");
}

static void
test_plurals (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autofree char *found = NULL;
  const char *text = "Russians and Ukrainians, the Chinese, Czechs, Iraqis; Russianss and "
                     "Chineses are no words.";

  g_ptr_array_add (actors, make_actor ("Russia", DM_ACTOR_KIND_STATE, "RUS", NULL,
                                       STRV ("Russian"), "Moscow"));
  g_ptr_array_add (actors, make_actor ("Ukraine", DM_ACTOR_KIND_STATE, "UKR", NULL,
                                       STRV ("Ukrainian"), "Kyiv"));
  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", NULL,
                                       STRV ("Chinese"), "Beijing"));
  g_ptr_array_add (actors, make_actor ("Czechia", DM_ACTOR_KIND_STATE, "CZE", NULL,
                                       STRV ("Czech"), "Prague"));
  g_ptr_array_add (actors, make_actor ("Iraq", DM_ACTOR_KIND_STATE, "IRQ", NULL,
                                       STRV ("Iraqi"), "Baghdad"));
  finder = finder_for (actors);

  /* Demonyms in the plural name the actor as well. */
  mentions = dm_mention_finder_find (finder, text, -1);
  found = join_texts (mentions);
  g_assert_cmpstr (found, ==, "Russians|Ukrainians|Chinese|Czechs|Iraqis");
  assert_mention (mentions, 0, "Russians", 0, uuid_of (actors, "Russia"), DM_MENTION_DEMONYM);
  assert_mention (mentions, 1, "Ukrainians", 13, uuid_of (actors, "Ukraine"), DM_MENTION_DEMONYM);
}

static void
test_acronyms (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  const char *text = "Let us ask the US and the EU. The U.S. joined WHO; who knows? Us, eu, "
                     "Eu, USA, Who.";
  const char *us;
  const char *eu;
  const char *who;

  g_ptr_array_add (actors, make_actor ("United States", DM_ACTOR_KIND_STATE, "USA",
                                       STRV ("United States of America", "US", "U.S."),
                                       STRV ("American"), "Washington"));
  g_ptr_array_add (actors, make_actor ("European Union", DM_ACTOR_KIND_ORGANISATION, "EU",
                                       NULL, NULL, "Brussels"));
  g_ptr_array_add (actors, make_actor ("World Health Organization", DM_ACTOR_KIND_ORGANISATION,
                                       "WHO", NULL, NULL, NULL));
  finder = finder_for (actors);
  us = uuid_of (actors, "United States");
  eu = uuid_of (actors, "European Union");
  who = uuid_of (actors, "World Health Organization");

  /* A state's ISO code ("USA") is not a pattern; an organisation's is. */
  mentions = dm_mention_finder_find (finder, text, -1);
  g_assert_cmpuint (mentions->len, ==, 4);
  assert_mention (mentions, 0, "US", offset_of (text, "US", 0), us, DM_MENTION_ACRONYM);
  assert_mention (mentions, 1, "EU", offset_of (text, "EU", 0), eu, DM_MENTION_ACRONYM);
  assert_mention (mentions, 2, "U.S.", offset_of (text, "U.S.", 0), us, DM_MENTION_ACRONYM);
  assert_mention (mentions, 3, "WHO", offset_of (text, "WHO", 0), who, DM_MENTION_ACRONYM);
  assert_consistent (mentions, text);
}

static void
test_possessives (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  const char *text = "China's plan, China’s reply, the People’s Republic of China's envoy and "
                     "Chinas.";
  const char *china;

  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", NULL, NULL, NULL));
  dm_actor_set_official_name (g_ptr_array_index (actors, 0), "People's Republic of China");
  finder = finder_for (actors);
  china = uuid_of (actors, "China");

  mentions = dm_mention_finder_find (finder, text, -1);
  g_assert_cmpuint (mentions->len, ==, 3);
  assert_mention (mentions, 0, "China", 0, china, DM_MENTION_NAME);
  assert_mention (mentions, 1, "China", offset_of (text, "China’s", 0), china, DM_MENTION_NAME);
  /* Curly and straight apostrophes are one. */
  assert_mention (mentions, 2, "People’s Republic of China", offset_of (text, "People’s", 0),
                  china, DM_MENTION_NAME);
  assert_consistent (mentions, text);
}

static void
test_longest (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  const char *text = "The European Union and the Union; the Eurasian Economic Union's members.";
  const char *eu;
  const char *eaeu;

  g_ptr_array_add (actors, make_actor ("European Union", DM_ACTOR_KIND_ORGANISATION, "EU",
                                       STRV ("Union"), STRV ("European"), NULL));
  g_ptr_array_add (actors, make_actor ("Eurasian Economic Union", DM_ACTOR_KIND_ORGANISATION,
                                       "EAEU", NULL, NULL, NULL));
  finder = finder_for (actors);
  eu = uuid_of (actors, "European Union");
  eaeu = uuid_of (actors, "Eurasian Economic Union");

  mentions = dm_mention_finder_find (finder, text, -1);
  g_assert_cmpuint (mentions->len, ==, 3);
  assert_mention (mentions, 0, "European Union", 4, eu, DM_MENTION_NAME);
  assert_mention (mentions, 1, "Union", offset_of (text, "Union", 1), eu, DM_MENTION_ALIAS);
  assert_mention (mentions, 2, "Eurasian Economic Union", offset_of (text, "Eurasian", 0),
                  eaeu, DM_MENTION_NAME);
  assert_consistent (mentions, text);
}

static void
test_whole_words (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autofree char *found = NULL;
  const char *text = "Chinesee Chinese Chinatown IndoChina Chinese-made 2China China2 "
                     "«China» (Chinese) anti-China G77 G7.";

  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", NULL,
                                       STRV ("Chinese"), NULL));
  g_ptr_array_add (actors, make_actor ("G7", DM_ACTOR_KIND_ORGANISATION, "G7", NULL, NULL, NULL));
  finder = finder_for (actors);

  mentions = dm_mention_finder_find (finder, text, -1);
  found = join_texts (mentions);
  g_assert_cmpstr (found, ==, "Chinese|Chinese|China|Chinese|China|G7");
  g_assert_cmpuint (((DmMention *)g_ptr_array_index (mentions, 0))->start, ==,
                    offset_of (text, "Chinese ", 0));
  g_assert_cmpuint (((DmMention *)g_ptr_array_index (mentions, 1))->start, ==,
                    offset_of (text, "Chinese-made", 0));
  assert_consistent (mentions, text);
}

static void
test_accents (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  /* Precomposed, unaccented, decomposed (u + U+0308), capitals with a
   * dotted İ; then a name stored without accents found in accented text. */
  const char *text = "Türkiye, Turkiye, Tu\xcc\x88rkiye, TÜRKİYE, Cote d’Ivoire and São Tomé "
                     "and Príncipe; Tu\xcc\x88rkiye\xcc\x81 ends on a mark.";
  const char *turkey;
  const char *civ;
  const char *stp;

  g_ptr_array_add (actors, make_actor ("Türkiye", DM_ACTOR_KIND_STATE, "TUR", NULL, NULL, NULL));
  g_ptr_array_add (actors, make_actor ("Côte d'Ivoire", DM_ACTOR_KIND_STATE, "CIV", NULL,
                                       NULL, NULL));
  g_ptr_array_add (actors, make_actor ("Sao Tome and Principe", DM_ACTOR_KIND_STATE, "STP",
                                       NULL, NULL, NULL));
  finder = finder_for (actors);
  turkey = uuid_of (actors, "Türkiye");
  civ = uuid_of (actors, "Côte d'Ivoire");
  stp = uuid_of (actors, "Sao Tome and Principe");

  mentions = dm_mention_finder_find (finder, text, -1);
  g_assert_cmpuint (mentions->len, ==, 7);
  assert_mention (mentions, 0, "Türkiye", 0, turkey, DM_MENTION_NAME);
  assert_mention (mentions, 1, "Turkiye", 9, turkey, DM_MENTION_NAME);
  assert_mention (mentions, 2, "Tu\xcc\x88rkiye", 18, turkey, DM_MENTION_NAME);
  assert_mention (mentions, 3, "TÜRKİYE", 28, turkey, DM_MENTION_NAME);
  assert_mention (mentions, 4, "Cote d’Ivoire", 37, civ, DM_MENTION_NAME);
  assert_mention (mentions, 5, "São Tomé and Príncipe", 55, stp, DM_MENTION_NAME);
  /* The trailing combining mark belongs to the last letter. */
  assert_mention (mentions, 6, "Tu\xcc\x88rkiye\xcc\x81", offset_of (text, "; Tu", 0) + 2,
                  turkey, DM_MENTION_NAME);
  assert_consistent (mentions, text);
}

static void
test_multiword (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autofree char *long_text = NULL;
  const char *text = "Sources in the\nKremlin said. The Kremlin and the  White\n   House agreed; "
                     "the kremlin, a Kremlin, the whitehouse.";
  const char *russia;
  const char *us;

  g_ptr_array_add (actors, make_actor ("Russia", DM_ACTOR_KIND_STATE, "RUS",
                                       STRV ("Kremlin", "the Kremlin"), NULL, "Moscow"));
  g_ptr_array_add (actors, make_actor ("United States", DM_ACTOR_KIND_STATE, "USA",
                                       STRV ("White House", "the White House"), NULL, NULL));
  finder = finder_for (actors);
  russia = uuid_of (actors, "Russia");
  us = uuid_of (actors, "United States");

  mentions = dm_mention_finder_find (finder, text, -1);
  g_assert_cmpuint (mentions->len, ==, 4);
  assert_mention (mentions, 0, "the\nKremlin", 11, russia, DM_MENTION_ALIAS);
  assert_mention (mentions, 1, "The Kremlin", offset_of (text, "The Kremlin", 0), russia,
                  DM_MENTION_ALIAS);
  assert_mention (mentions, 2, "the  White\n   House", offset_of (text, "the  White", 0), us,
                  DM_MENTION_ALIAS);
  assert_mention (mentions, 3, "Kremlin", offset_of (text, "a Kremlin", 0) + 2, russia,
                  DM_MENTION_ALIAS);
  assert_consistent (mentions, text);
  g_clear_pointer (&mentions, g_ptr_array_unref);

  /* A run of white space longer than any name is still one space. */
  long_text = g_strdup_printf ("the%*sKremlin", 1000, "\n");
  mentions = dm_mention_finder_find (finder, long_text, -1);
  g_assert_cmpuint (mentions->len, ==, 1);
  assert_mention (mentions, 0, long_text, 0, russia, DM_MENTION_ALIAS);
}

static void
test_overlap (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  const char *text = "Saint Kitts and Nevis; then Kitts and Nevis.";
  const char *a;
  const char *b;

  /* Two candidates that overlap without nesting: the leftmost wins, and the
   * other is dropped rather than cut. */
  g_ptr_array_add (actors, make_actor ("Alpha", DM_ACTOR_KIND_GROUP, NULL,
                                       STRV ("Saint Kitts"), NULL, NULL));
  g_ptr_array_add (actors, make_actor ("Beta", DM_ACTOR_KIND_GROUP, NULL,
                                       STRV ("Kitts and Nevis"), NULL, NULL));
  finder = finder_for (actors);
  a = uuid_of (actors, "Alpha");
  b = uuid_of (actors, "Beta");

  mentions = dm_mention_finder_find (finder, text, -1);
  g_assert_cmpuint (mentions->len, ==, 2);
  assert_mention (mentions, 0, "Saint Kitts", 0, a, DM_MENTION_ALIAS);
  assert_mention (mentions, 1, "Kitts and Nevis", offset_of (text, "Kitts", 1), b,
                  DM_MENTION_ALIAS);
  g_clear_pointer (&mentions, g_ptr_array_unref);
  g_clear_object (&finder);

  /* A third pattern covering both wins over either. */
  g_ptr_array_add (actors, make_actor ("Saint Kitts and Nevis", DM_ACTOR_KIND_STATE, "KNA",
                                       NULL, NULL, NULL));
  finder = finder_for (actors);
  mentions = dm_mention_finder_find (finder, text, -1);
  g_assert_cmpuint (mentions->len, ==, 2);
  assert_mention (mentions, 0, "Saint Kitts and Nevis", 0,
                  uuid_of (actors, "Saint Kitts and Nevis"), DM_MENTION_NAME);
  assert_mention (mentions, 1, "Kitts and Nevis", offset_of (text, "Kitts", 1), b,
                  DM_MENTION_ALIAS);
}

static void
test_cjk (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  const char *text = "中国和俄罗斯的关系。EU的立场：中国政府说，China’s 中国人。";
  const char *china;
  const char *russia;
  const char *eu;

  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", STRV ("中国"),
                                       NULL, "北京"));
  g_ptr_array_add (actors, make_actor ("Russia", DM_ACTOR_KIND_STATE, "RUS", STRV ("俄罗斯"),
                                       NULL, NULL));
  g_ptr_array_add (actors, make_actor ("European Union", DM_ACTOR_KIND_ORGANISATION, "EU",
                                       NULL, NULL, NULL));
  finder = finder_for (actors);
  china = uuid_of (actors, "China");
  russia = uuid_of (actors, "Russia");
  eu = uuid_of (actors, "European Union");

  /* Chinese has no spaces between words, so a Han name needs no word
   * boundary, and Han characters around a Latin acronym are one. */
  mentions = dm_mention_finder_find (finder, text, -1);
  g_assert_cmpuint (mentions->len, ==, 6);
  assert_mention (mentions, 0, "中国", 0, china, DM_MENTION_ALIAS);
  assert_mention (mentions, 1, "俄罗斯", 3, russia, DM_MENTION_ALIAS);
  assert_mention (mentions, 2, "EU", 10, eu, DM_MENTION_ACRONYM);
  assert_mention (mentions, 3, "中国", 16, china, DM_MENTION_ALIAS);
  assert_mention (mentions, 4, "China", 22, china, DM_MENTION_NAME);
  assert_mention (mentions, 5, "中国", 30, china, DM_MENTION_ALIAS);
  assert_consistent (mentions, text);
}

static void
test_shared_pattern (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  DmActor *first;
  DmActor *second;

  first = make_actor ("European Union", DM_ACTOR_KIND_ORGANISATION, "EU", STRV ("Union"),
                      NULL, NULL);
  second = make_actor ("Soviet Union", DM_ACTOR_KIND_STATE, "SUN", STRV ("Union"), NULL, NULL);

  /* The first actor in the array wins, whatever its name. */
  g_ptr_array_add (actors, g_object_ref (second));
  g_ptr_array_add (actors, g_object_ref (first));
  finder = finder_for (actors);
  mentions = dm_mention_finder_find (finder, "the Union", -1);
  g_assert_cmpuint (mentions->len, ==, 1);
  assert_mention (mentions, 0, "Union", 4, dm_actor_get_uuid (second), DM_MENTION_ALIAS);
  g_clear_pointer (&mentions, g_ptr_array_unref);
  g_clear_object (&finder);

  g_ptr_array_set_size (actors, 0);
  g_ptr_array_add (actors, first);
  g_ptr_array_add (actors, second);
  finder = finder_for (actors);
  mentions = dm_mention_finder_find (finder, "the Union", -1);
  g_assert_cmpuint (mentions->len, ==, 1);
  assert_mention (mentions, 0, "Union", 4, dm_actor_get_uuid (first), DM_MENTION_ALIAS);
}

static void
test_span (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_auto(GStrv) suggested = NULL;
  const char *text = "Zürich: Sergei Aleinik met Qin Gang in Beijing; China and Belarus agreed.";
  const char *aleinik;
  const char *qin;
  const char *china;
  const char *belarus;
  guint qin_start = offset_of (text, "Qin", 0);
  guint beijing_start = offset_of (text, "Beijing", 0);

  g_ptr_array_add (actors, make_actor ("Sergei Aleinik", DM_ACTOR_KIND_PERSON, NULL,
                                       STRV ("Aleinik"), NULL, NULL));
  g_ptr_array_add (actors, make_actor ("Qin Gang", DM_ACTOR_KIND_PERSON, NULL, NULL, NULL, NULL));
  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", NULL, NULL,
                                       "Beijing"));
  g_ptr_array_add (actors, make_actor ("Belarus", DM_ACTOR_KIND_STATE, "BLR", NULL, NULL,
                                       "Minsk"));
  finder = finder_for (actors);
  aleinik = uuid_of (actors, "Sergei Aleinik");
  qin = uuid_of (actors, "Qin Gang");
  china = uuid_of (actors, "China");
  belarus = uuid_of (actors, "Belarus");

  /* The span cuts "Sergei Aleinik" and "Qin Gang": the surname alone is a
   * mention, the cut full name is not. Offsets stay those of the text. */
  mentions = dm_mention_finder_find_in_span (finder, text, offset_of (text, "ei Aleinik", 0),
                                             qin_start + 5);
  g_assert_cmpuint (mentions->len, ==, 1);
  assert_mention (mentions, 0, "Aleinik", offset_of (text, "Aleinik", 0), aleinik,
                  DM_MENTION_ALIAS);
  g_clear_pointer (&mentions, g_ptr_array_unref);

  /* A span starting inside a word does not make its tail a word. */
  mentions = dm_mention_finder_find_in_span (finder, text, beijing_start + 1, beijing_start + 7);
  g_assert_cmpuint (mentions->len, ==, 0);
  g_clear_pointer (&mentions, g_ptr_array_unref);

  mentions = dm_mention_finder_find_in_span (finder, text, beijing_start, beijing_start + 7);
  g_assert_cmpuint (mentions->len, ==, 1);
  assert_mention (mentions, 0, "Beijing", beijing_start, china, DM_MENTION_CAPITAL);
  g_clear_pointer (&mentions, g_ptr_array_unref);

  /* Beyond the end of the text: clamped, or empty. */
  mentions = dm_mention_finder_find_in_span (finder, text, beijing_start, 100000);
  g_assert_cmpuint (mentions->len, ==, 3);
  g_clear_pointer (&mentions, g_ptr_array_unref);
  mentions = dm_mention_finder_find_in_span (finder, text, 5000, 6000);
  g_assert_cmpuint (mentions->len, ==, 0);
  g_clear_pointer (&mentions, g_ptr_array_unref);

  suggested = dm_mention_finder_suggest_actors (finder, text, 0, g_utf8_strlen (text, -1));
  g_assert_cmpuint (g_strv_length (suggested), ==, 4);
  g_assert_cmpstr (suggested[0], ==, aleinik);
  g_assert_cmpstr (suggested[1], ==, qin);
  g_assert_cmpstr (suggested[2], ==, china);
  g_assert_cmpstr (suggested[3], ==, belarus);
  g_clear_pointer (&suggested, g_strfreev);

  suggested = dm_mention_finder_suggest_actors (finder, text, 0, 6);
  g_assert_nonnull (suggested);
  g_assert_cmpuint (g_strv_length (suggested), ==, 0);
}

static void
test_kinds (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(DmMention) copy = NULL;
  const char *text = "NATO, the North Atlantic Treaty Organization, Beijing, Chinese, PRC and "
                     "the People's Republic of China.";

  g_ptr_array_add (actors, make_actor ("NATO", DM_ACTOR_KIND_ORGANISATION, "NATO",
                                       STRV ("North Atlantic Treaty Organization"), NULL, NULL));
  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", STRV ("PRC"),
                                       STRV ("Chinese"), "Beijing"));
  dm_actor_set_official_name (g_ptr_array_index (actors, 1), "People's Republic of China");
  finder = finder_for (actors);

  /* "NATO" is both name and code: listed once, as the name. "Chinese"
   * takes no plural. */
  g_assert_cmpuint (dm_mention_finder_get_n_patterns (finder), ==, 7);

  mentions = dm_mention_finder_find (finder, text, -1);
  g_assert_cmpuint (mentions->len, ==, 6);
  g_assert_cmpint (((DmMention *)g_ptr_array_index (mentions, 0))->kind, ==, DM_MENTION_NAME);
  g_assert_cmpint (((DmMention *)g_ptr_array_index (mentions, 1))->kind, ==, DM_MENTION_ALIAS);
  g_assert_cmpint (((DmMention *)g_ptr_array_index (mentions, 2))->kind, ==, DM_MENTION_CAPITAL);
  g_assert_cmpint (((DmMention *)g_ptr_array_index (mentions, 3))->kind, ==, DM_MENTION_DEMONYM);
  g_assert_cmpint (((DmMention *)g_ptr_array_index (mentions, 4))->kind, ==, DM_MENTION_ACRONYM);
  g_assert_cmpint (((DmMention *)g_ptr_array_index (mentions, 5))->kind, ==, DM_MENTION_NAME);

  g_assert_cmpstr (dm_mention_kind_to_string (DM_MENTION_DEMONYM), ==, "demonym");
  g_assert_true (G_TYPE_IS_ENUM (DM_TYPE_MENTION_KIND));
  g_assert_true (G_TYPE_IS_BOXED (DM_TYPE_MENTION));

  copy = dm_mention_copy (g_ptr_array_index (mentions, 2));
  g_assert_cmpstr (copy->text, ==, "Beijing");
  g_assert_cmpstr (copy->actor_uuid, ==, uuid_of (actors, "China"));
  g_assert_cmpuint (copy->start, ==, offset_of (text, "Beijing", 0));
  g_assert_cmpint (copy->kind, ==, DM_MENTION_CAPITAL);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GPtrArray) mentions = NULL;
  /* Stray bytes each count as one character and break no scan. */
  const char text[] = "\xff\xfe China \xc3 Chin\xe2\x80 China\xf0\x9f";

  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", NULL, NULL, NULL));
  finder = finder_for (actors);

  mentions = dm_mention_finder_find (finder, text, sizeof text - 1);
  g_assert_cmpuint (mentions->len, ==, 2);
  assert_mention (mentions, 0, "China", 3, uuid_of (actors, "China"), DM_MENTION_NAME);
  assert_mention (mentions, 1, "China", 18, uuid_of (actors, "China"), DM_MENTION_NAME);
}

/* Random texts against a reference: a brute-force leftmost-longest
 * selection over every substring that is, on its own, an occurrence of one
 * single name and sits between word boundaries. Each name gets a finder of
 * its own, so the reference shares the finder's folding and case rules but
 * none of its multi-pattern machinery: the leftmost-longest selection and
 * the word boundaries are checked independently. Squeezing the white space
 * of the text, which must not change what is found, checks the walk back
 * over runs of spaces. */
typedef struct
{
  DmMentionFinder *finder;
  char            *actor_uuid;
} NameFinder;

static void
name_finder_clear (gpointer data)
{
  NameFinder *name = data;

  g_clear_object (&name->finder);
  g_clear_pointer (&name->actor_uuid, g_free);
}

/* A finder for one of @actor's names alone: an actor whose name, having no
 * letter, is no pattern, and who has only that name besides. */
static void
add_name_finder (GArray             *names,
                 DmActor            *actor,
                 DmActorKind         kind,
                 const char         *code,
                 const char * const *aliases,
                 const char * const *demonyms,
                 const char         *capital)
{
  g_autoptr(GPtrArray) one = new_actor_array ();
  NameFinder name;

  g_ptr_array_add (one, make_actor ("—", kind, code, aliases, demonyms, capital));
  name.finder = finder_for (one);
  name.actor_uuid = g_strdup (dm_actor_get_uuid (actor));
  g_array_append_val (names, name);
}

static GArray *
make_name_finders (GPtrArray *actors)
{
  GArray *names = g_array_new (FALSE, FALSE, sizeof (NameFinder));

  g_array_set_clear_func (names, name_finder_clear);

  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);
      DmActorKind kind = dm_actor_get_kind (actor);
      const char * const *strv;

      add_name_finder (names, actor, kind, NULL, STRV (dm_actor_get_name (actor)), NULL, NULL);
      if (kind == DM_ACTOR_KIND_ORGANISATION)
        add_name_finder (names, actor, kind, dm_actor_get_code (actor), NULL, NULL, NULL);
      for (strv = dm_actor_get_aliases (actor); *strv != NULL; strv++)
        add_name_finder (names, actor, kind, NULL, STRV (*strv), NULL, NULL);
      for (strv = dm_actor_get_demonyms (actor); *strv != NULL; strv++)
        add_name_finder (names, actor, kind, NULL, NULL, STRV (*strv), NULL);
      if (dm_actor_get_capital (actor) != NULL)
        add_name_finder (names, actor, kind, NULL, NULL, NULL, dm_actor_get_capital (actor));
    }

  return names;
}

static gboolean
reference_word_char (gunichar c)
{
  return g_unichar_isalnum (c) && g_unichar_get_script (c) != G_UNICODE_SCRIPT_HAN;
}

/* Which actor the whole of @sub names, or NULL. */
static const char *
reference_match (GArray     *names,
                 const char *sub,
                 gsize       length,
                 guint       n_chars)
{
  for (guint k = 0; k < names->len; k++)
    {
      const NameFinder *name = &g_array_index (names, NameFinder, k);
      g_autoptr(GPtrArray) alone = dm_mention_finder_find (name->finder, sub, length);

      if (alone->len == 1 &&
          ((DmMention *)g_ptr_array_index (alone, 0))->start == 0 &&
          ((DmMention *)g_ptr_array_index (alone, 0))->end == n_chars)
        return name->actor_uuid;
    }

  return NULL;
}

/* Runs of white space made single spaces. */
static char *
squeeze_spaces (const char *text)
{
  GString *str = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          if (str->len == 0 || str->str[str->len - 1] != ' ')
            g_string_append_c (str, ' ');
        }
      else
        {
          g_string_append_c (str, *p);
        }
    }

  return g_string_free (str, FALSE);
}

#define REFERENCE_MAX_CHARS 24

static GArray *
reference_find (GArray     *names,
                const char *text)
{
  g_autofree gunichar *chars = NULL;
  GArray *found = g_array_new (FALSE, FALSE, sizeof (DmMention));
  glong n = 0;
  glong last_end = 0;

  chars = g_utf8_to_ucs4_fast (text, -1, &n);

  for (glong i = 0; i < n; i++)
    {
      if (i < last_end)
        continue;

      /* The longest mention starting at i. */
      for (glong j = MIN (n, i + REFERENCE_MAX_CHARS); j > i; j--)
        {
          const char *from = g_utf8_offset_to_pointer (text, i);
          const char *to = g_utf8_offset_to_pointer (text, j);
          const char *actor_uuid;
          DmMention mention = { 0 };

          if (i > 0 && reference_word_char (chars[i - 1]) &&
              g_unichar_get_script (chars[i]) != G_UNICODE_SCRIPT_HAN)
            continue;

          if (j < n && reference_word_char (chars[j]) &&
              g_unichar_get_script (chars[j - 1]) != G_UNICODE_SCRIPT_HAN)
            continue;

          actor_uuid = reference_match (names, from, to - from, j - i);
          if (actor_uuid == NULL)
            continue;

          mention.start = i;
          mention.end = j;
          mention.actor_uuid = (char *)actor_uuid;
          g_array_append_val (found, mention);
          last_end = j;
          break;
        }
    }

  return found;
}

static void
test_random_texts (void)
{
  static const char * const tokens[] = {
    "China", "china", "Chin", "Chinese", "Chineses", "European", "Union", "European Union",
    "Saint", "Kitts", "and", "Nevis", "the", "The", "Kremlin", "US", "us", "U.S.", "USA",
    "'s", "’s", "-", "x", "2", "Türkiye", "Turkiye", "TÜRKIYE", "中国", "政府", "Russians",
    "Russian", "Ulan", "Bator", ".", "(",
    /* Names of several words, "_" standing for random white space. */
    "the_Kremlin", "Saint_Kitts_and_Nevis", "Kitts_and_Nevis", "European_Union", "Ulan_Bator",
    "The_Kremlin",
  };
  static const char * const spaces[] = { " ", "  ", "\n", " \n ", "\t" };
  static const char * const separators[] = { " ", " ", " ", "", "  ", "\n", " \n ", ", " };
  g_autoptr(GPtrArray) actors = new_actor_array ();
  g_autoptr(DmMentionFinder) finder = NULL;
  g_autoptr(GArray) names = NULL;
  GRand *rand = g_rand_new_with_seed (24022023);
  guint n_mentions = 0;

  g_ptr_array_add (actors, make_actor ("China", DM_ACTOR_KIND_STATE, "CHN", STRV ("中国"),
                                       STRV ("Chinese"), NULL));
  g_ptr_array_add (actors, make_actor ("European Union", DM_ACTOR_KIND_ORGANISATION, "EU",
                                       STRV ("Union"), STRV ("European"), NULL));
  g_ptr_array_add (actors, make_actor ("Alpha", DM_ACTOR_KIND_GROUP, NULL,
                                       STRV ("Saint Kitts", "Nevis"), NULL, NULL));
  g_ptr_array_add (actors, make_actor ("Beta", DM_ACTOR_KIND_GROUP, NULL,
                                       STRV ("Kitts and Nevis", "the Kremlin"), NULL, NULL));
  g_ptr_array_add (actors, make_actor ("Russia", DM_ACTOR_KIND_STATE, "RUS", STRV ("Kremlin"),
                                       STRV ("Russian"), NULL));
  g_ptr_array_add (actors, make_actor ("United States", DM_ACTOR_KIND_STATE, "USA",
                                       STRV ("US", "U.S."), NULL, NULL));
  g_ptr_array_add (actors, make_actor ("Türkiye", DM_ACTOR_KIND_STATE, "TUR", NULL, NULL, NULL));
  g_ptr_array_add (actors, make_actor ("Mongolia", DM_ACTOR_KIND_STATE, "MNG", NULL, NULL,
                                       "Ulan Bator"));
  finder = finder_for (actors);
  names = make_name_finders (actors);

  for (guint round = 0; round < 200; round++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GPtrArray) mentions = NULL;
      g_autoptr(GPtrArray) squeezed_mentions = NULL;
      g_autoptr(GArray) expected = NULL;
      g_autofree char *squeezed = NULL;
      guint n_tokens = g_rand_int_range (rand, 1, 12);

      for (guint i = 0; i < n_tokens; i++)
        {
          if (i > 0)
            g_string_append (text, separators[g_rand_int_range (rand, 0, G_N_ELEMENTS (separators))]);
          for (const char *p = tokens[g_rand_int_range (rand, 0, G_N_ELEMENTS (tokens))]; *p; p++)
            {
              if (*p == '_')
                g_string_append (text, spaces[g_rand_int_range (rand, 0, G_N_ELEMENTS (spaces))]);
              else
                g_string_append_c (text, *p);
            }
        }

      mentions = dm_mention_finder_find (finder, text->str, -1);
      assert_consistent (mentions, text->str);
      expected = reference_find (names, text->str);

      if (mentions->len != expected->len)
        g_test_message ("text: %s", text->str);
      g_assert_cmpuint (mentions->len, ==, expected->len);
      n_mentions += mentions->len;

      for (guint i = 0; i < expected->len; i++)
        {
          DmMention *want = &g_array_index (expected, DmMention, i);
          const DmMention *got = g_ptr_array_index (mentions, i);

          g_assert_cmpuint (got->start, ==, want->start);
          g_assert_cmpuint (got->end, ==, want->end);
          g_assert_cmpstr (got->actor_uuid, ==, want->actor_uuid);
        }

      /* White space does not change what is found, only where. */
      squeezed = squeeze_spaces (text->str);
      squeezed_mentions = dm_mention_finder_find (finder, squeezed, -1);
      g_assert_cmpuint (squeezed_mentions->len, ==, mentions->len);

      for (guint i = 0; i < mentions->len; i++)
        {
          const DmMention *got = g_ptr_array_index (mentions, i);
          const DmMention *want = g_ptr_array_index (squeezed_mentions, i);
          g_autofree char *got_text = squeeze_spaces (got->text);

          g_assert_cmpstr (got->actor_uuid, ==, want->actor_uuid);
          g_assert_cmpstr (got_text, ==, want->text);
        }
    }

  /* The texts are dense enough in names to mean something. */
  g_assert_cmpuint (n_mentions, >, 200);

  g_rand_free (rand);
}

/* }}} */

/* The default codebook {{{ */

typedef struct
{
  char            *dir;
  char            *path;
  DmStore         *store;
  GPtrArray       *actors;
  DmArticle       *article;
  DmMentionFinder *finder;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) articles = NULL;
  DmArticle *listed;

  fixture->dir = g_dir_make_tmp ("demarche-test-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->store = dm_store_open (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (dm_store_seed_defaults (fixture->store, &error));
  g_assert_no_error (error);

  fixture->actors = dm_store_dup_actors (fixture->store, &error);
  g_assert_no_error (error);
  fixture->finder = finder_for (fixture->actors);

  articles = dm_store_dup_articles (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (articles->len, >=, 1);

  for (guint i = 0; i < articles->len && fixture->article == NULL; i++)
    {
      listed = g_ptr_array_index (articles, i);

      if (g_str_has_prefix (dm_article_get_title (listed), "Belarus and China"))
        fixture->article = dm_store_lookup_article (fixture->store, dm_article_get_uuid (listed),
                                                    &error);
    }

  g_assert_no_error (error);
  g_assert_nonnull (fixture->article);
  g_assert_true (dm_article_has_body (fixture->article));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->finder);
  g_clear_object (&fixture->article);
  g_clear_pointer (&fixture->actors, g_ptr_array_unref);
  g_clear_object (&fixture->store);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_remove (path);
    }
  g_rmdir (fixture->dir);

  g_free (fixture->path);
  g_free (fixture->dir);
}

static gboolean
has_mention (GPtrArray  *mentions,
             const char *text,
             const char *actor_uuid)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const DmMention *mention = g_ptr_array_index (mentions, i);

      if (g_strcmp0 (mention->text, text) == 0 && g_strcmp0 (mention->actor_uuid, actor_uuid) == 0)
        return TRUE;
    }

  return FALSE;
}

static const DmMention *
mention_at (GPtrArray *mentions,
            guint      start)
{
  for (guint i = 0; i < mentions->len; i++)
    {
      const DmMention *mention = g_ptr_array_index (mentions, i);

      if (mention->start == start)
        return mention;
    }

  return NULL;
}

static void
assert_quote_mention (Fixture    *fixture,
                      GPtrArray  *mentions,
                      const char *quote,
                      guint       from,
                      const char *actor_name)
{
  const DmMention *mention;
  guint start = 0;
  guint end = 0;

  g_assert_true (dm_article_find_quote (fixture->article, quote, from, &start, &end));

  mention = mention_at (mentions, start);
  g_assert_nonnull (mention);
  g_assert_cmpuint (mention->end, ==, end);
  g_assert_cmpstr (mention->text, ==, quote);
  g_assert_cmpstr (mention->actor_uuid, ==, uuid_of (fixture->actors, actor_name));
}

static void
test_default_codebook (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GPtrArray) mentions = NULL;
  const char *body = dm_article_get_body (fixture->article);
  const char *belarus = uuid_of (fixture->actors, "Belarus");
  const char *china = uuid_of (fixture->actors, "China");
  const char *russia = uuid_of (fixture->actors, "Russia");
  const char *ukraine = uuid_of (fixture->actors, "Ukraine");
  const char *eu = uuid_of (fixture->actors, "European Union");
  guint from = 0;

  /* Every actor contributes several names. */
  g_assert_cmpuint (dm_mention_finder_get_n_patterns (fixture->finder), >, fixture->actors->len);

  mentions = dm_mention_finder_find (fixture->finder, body, -1);
  assert_consistent (mentions, body);

  g_assert_true (has_mention (mentions, "Belarus", belarus));
  g_assert_true (has_mention (mentions, "Belarusian", belarus));
  g_assert_true (has_mention (mentions, "China", china));
  g_assert_true (has_mention (mentions, "Chinese", china));
  g_assert_true (has_mention (mentions, "Beijing", china));
  g_assert_true (has_mention (mentions, "Moscow", russia));
  g_assert_true (has_mention (mentions, "Russia", russia));
  g_assert_true (has_mention (mentions, "Ukraine", ukraine));
  g_assert_true (has_mention (mentions, "Kiev", ukraine));
  g_assert_true (has_mention (mentions, "NATO", uuid_of (fixture->actors, "NATO")));
  g_assert_true (has_mention (mentions, "United States", uuid_of (fixture->actors, "United States")));
  g_assert_true (has_mention (mentions, "European Union", eu));
  g_assert_true (has_mention (mentions, "EU", eu));

  /* Persons are reported as themselves; rolling them up to the state they
   * speak for is the comparison's business. */
  g_assert_true (has_mention (mentions, "Sergei Aleinik", uuid_of (fixture->actors, "Sergei Aleinik")));
  g_assert_true (has_mention (mentions, "Qin Gang", uuid_of (fixture->actors, "Qin Gang")));
  g_assert_true (has_mention (mentions, "Alexandr Lukashenko",
                              uuid_of (fixture->actors, "Alexander Lukashenko")));
  g_assert_true (has_mention (mentions, "Josep Borrell", uuid_of (fixture->actors, "Josep Borrell")));
  g_assert_true (has_mention (mentions, "Borrell", uuid_of (fixture->actors, "Josep Borrell")));

  /* Exact offsets, from the article's own quote search. */
  assert_quote_mention (fixture, mentions, "Belarus", 0, "Belarus");
  assert_quote_mention (fixture, mentions, "Sergei Aleinik", 0, "Sergei Aleinik");
  assert_quote_mention (fixture, mentions, "Kiev", 0, "Ukraine");
  assert_quote_mention (fixture, mentions, "European Union", 0, "European Union");
  assert_quote_mention (fixture, mentions, "EU", 0, "European Union");
  assert_quote_mention (fixture, mentions, "Josep Borrell", 0, "Josep Borrell");

  /* "Beijing’s" with a curly apostrophe: the mention is "Beijing". */
  g_assert_true (dm_article_find_quote (fixture->article, "Beijing’s", 0, &from, NULL));
  assert_quote_mention (fixture, mentions, "Beijing", from, "China");
  g_assert_true (dm_article_find_quote (fixture->article, "Russia’s", 0, &from, NULL));
  assert_quote_mention (fixture, mentions, "Russia", from, "Russia");

  /* "the Belarusian dictator": a demonym, not "Belarus" plus letters. */
  g_assert_true (dm_article_find_quote (fixture->article, "Belarusian dictator", 0, &from, NULL));
  assert_quote_mention (fixture, mentions, "Belarusian", from, "Belarus");
}

static void
test_default_codebook_suggest (Fixture       *fixture,
                               gconstpointer  data)
{
  g_auto(GStrv) suggested = NULL;
  const char *sentence = "The Ministers of Foreign Affairs of Belarus, Sergei Aleinik, and China, "
                         "Qin Gang, reinforced this Friday (24) their support for peace "
                         "negotiations in Ukraine as the only way to resolve the conflict between "
                         "Moscow and Kiev.";
  guint start = 0;
  guint end = 0;

  g_assert_true (dm_article_find_quote (fixture->article, sentence, 0, &start, &end));

  suggested = dm_mention_finder_suggest_actors (fixture->finder,
                                                dm_article_get_body (fixture->article),
                                                start, end);
  g_assert_cmpuint (g_strv_length (suggested), ==, 6);
  g_assert_cmpstr (suggested[0], ==, uuid_of (fixture->actors, "Belarus"));
  g_assert_cmpstr (suggested[1], ==, uuid_of (fixture->actors, "Sergei Aleinik"));
  g_assert_cmpstr (suggested[2], ==, uuid_of (fixture->actors, "China"));
  g_assert_cmpstr (suggested[3], ==, uuid_of (fixture->actors, "Qin Gang"));
  g_assert_cmpstr (suggested[4], ==, uuid_of (fixture->actors, "Ukraine"));
  g_assert_cmpstr (suggested[5], ==, uuid_of (fixture->actors, "Russia"));
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/MentionFinder/empty", test_empty);
  g_test_add_func ("/core/MentionFinder/case-rules", test_case_rules);
  g_test_add_func ("/core/MentionFinder/plurals", test_plurals);
  g_test_add_func ("/core/MentionFinder/acronyms", test_acronyms);
  g_test_add_func ("/core/MentionFinder/possessives", test_possessives);
  g_test_add_func ("/core/MentionFinder/longest", test_longest);
  g_test_add_func ("/core/MentionFinder/whole-words", test_whole_words);
  g_test_add_func ("/core/MentionFinder/accents", test_accents);
  g_test_add_func ("/core/MentionFinder/multiword", test_multiword);
  g_test_add_func ("/core/MentionFinder/overlap", test_overlap);
  g_test_add_func ("/core/MentionFinder/cjk", test_cjk);
  g_test_add_func ("/core/MentionFinder/shared-pattern", test_shared_pattern);
  g_test_add_func ("/core/MentionFinder/span", test_span);
  g_test_add_func ("/core/MentionFinder/kinds", test_kinds);
  g_test_add_func ("/core/MentionFinder/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/core/MentionFinder/random-texts", test_random_texts);
  g_test_add ("/core/MentionFinder/default-codebook", Fixture, NULL,
              fixture_set_up, test_default_codebook, fixture_tear_down);
  g_test_add ("/core/MentionFinder/default-codebook-suggest", Fixture, NULL,
              fixture_set_up, test_default_codebook_suggest, fixture_tear_down);

  return g_test_run ();
}
