/* dm-actor-suggest.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-actor-suggest"

#include "config.h"

#include <string.h>

#include "dm-actor-suggest.h"

/* "Did you mean …?" for an actor name that matches nothing (issue 5: an
 * unknown actor name gets a message that suggests the closest codebook
 * names). dm_store_resolve_actor() matches exactly, ignoring ASCII case
 * only; this ranks every actor by how close any of its names comes to what
 * was typed:
 *
 * - names are compared folded: decomposed, without accents, case-folded,
 *   punctuation and spaces as single spaces, so "Cote d'Ivoire" is
 *   "Côte d’Ivoire" and "LUKASHENKO" is "Lukashenko";
 * - an actor's names are its name, official name, code, aliases, demonyms
 *   and capital: whatever dm_store_resolve_actor() accepts;
 * - matches are ranked in tiers: the same folded text (a typo of accents or
 *   case), then a name the query begins ("Chin" for China), then a word of
 *   a name the query begins ("Borr" for Josep Borrell), then a name that
 *   contains the query, then names within a small edit distance of the
 *   query or of one of their words (optimal string alignment, so a swap of
 *   two letters costs one), the limit growing with the query's length;
 *   look-alikes are offered only when nothing matched better, and only
 *   those at most one edit further than the closest;
 * - within a tier: the smaller distance (for completions, the fewer
 *   characters missing), the longer common beginning, a whole name before
 *   one of its words, an actor's own name before its other names, then the
 *   folded name, so the order never depends on the codebook's order. */

/* Queries longer than this are not compared by edit distance: nobody
 * mistypes a paragraph, and the cost grows with the square of the length. */
#define MAX_FUZZY_LENGTH 64

typedef enum
{
  TIER_SAME,
  TIER_PREFIX,
  TIER_WORD_PREFIX,
  TIER_SUBSTRING,
  TIER_FUZZY,
  TIER_NONE,
} Tier;

typedef struct
{
  DmActor  *actor;     /* borrowed */
  char     *sort_key;  /* the actor's folded name */
  Tier      tier;
  guint     distance;
  guint     prefix;
  gboolean  whole;     /* the whole name, not one of its words */
  gboolean  is_name;
} Match;

/* What the query is compared with, computed once. */
typedef struct
{
  char     *folded;
  gunichar *chars;
  glong     length;
} Query;

/* Folding {{{ */

/* Letters that do not decompose into a base letter and a mark. */
static const char *
fold_special (gunichar c)
{
  switch (c)
    {
    case 0x00D8: case 0x00F8: return "o";   /* Ø ø */
    case 0x0141: case 0x0142: return "l";   /* Ł ł */
    case 0x0110: case 0x0111: return "d";   /* Đ đ */
    case 0x00D0: case 0x00F0: return "d";   /* Ð ð */
    case 0x00DE: case 0x00FE: return "th";  /* Þ þ */
    case 0x00C6: case 0x00E6: return "ae";  /* Æ æ */
    case 0x0152: case 0x0153: return "oe";  /* Œ œ */
    case 0x0131:              return "i";   /* ı */
    default:                  return NULL;
    }
}

/**
 * dm_actor_suggest_fold:
 * @text: (nullable): UTF-8 text
 *
 * Folds @text the way names are compared for suggestions: without accents,
 * case-folded, with every run of punctuation and spaces as one space and
 * none at either end. "Côte d’Ivoire" and "COTE D'IVOIRE" both give
 * "cote d ivoire".
 *
 * Returns: (transfer full): the folded text; "" for %NULL or invalid UTF-8
 */
char *
dm_actor_suggest_fold (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr(GString) kept = NULL;
  gboolean space = FALSE;

  if (text == NULL || !(decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD)))
    return g_strdup ("");

  kept = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *special;

      if (g_unichar_ismark (c))
        continue;

      if (!g_unichar_isalnum (c))
        {
          space = kept->len > 0;
          continue;
        }

      if (space)
        {
          g_string_append_c (kept, ' ');
          space = FALSE;
        }

      if ((special = fold_special (c)) != NULL)
        g_string_append (kept, special);
      else
        g_string_append_unichar (kept, c);
    }

  /* Case-folding after the marks are gone: "ß" becomes "ss", "İ" "i̇". */
  {
    g_autofree char *casefolded = g_utf8_casefold (kept->str, kept->len);
    g_autofree char *again = g_utf8_normalize (casefolded, -1, G_NORMALIZE_NFD);
    g_autoptr(GString) out = g_string_sized_new (strlen (again));

    for (const char *p = again; *p != '\0'; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (!g_unichar_ismark (c))
          g_string_append_unichar (out, c);
      }

    return g_string_free (g_steal_pointer (&out), FALSE);
  }
}

/* }}} */

/* Scoring for pickers {{{ */

/* 4 if @text folds to @needle, 3 if it starts with it, 2 if one of its
 * words does ("gang" in "Qin Gang"), 1 if it holds it anywhere, 0 if not. */
static guint
score_text (const char *text,
            const char *needle)
{
  g_autofree char *folded = NULL;
  const char *found;

  if (text == NULL || text[0] == '\0')
    return 0;

  folded = dm_actor_suggest_fold (text);
  if (!(found = strstr (folded, needle)))
    return 0;
  if (found == folded)
    return strcmp (folded, needle) == 0 ? 4 : 3;

  /* Folded text separates words by single spaces. */
  for (const char *p = found; p != NULL; p = strstr (p + 1, needle))
    if (p[-1] == ' ')
      return 2;

  return 1;
}

static guint
score_texts (const char * const *texts,
             const char         *needle)
{
  guint best = 0;

  for (guint i = 0; texts != NULL && texts[i] != NULL && best < 4; i++)
    best = MAX (best, score_text (texts[i], needle));

  return best;
}

/**
 * dm_actor_suggest_score:
 * @actor: an actor
 * @needle: (nullable): what was typed, folded with dm_actor_suggest_fold()
 *
 * How well @actor matches @needle as it is being typed, to filter and rank
 * a picker's list: 4 for an exact name, alias, code or official name
 * ("EU", "PRC"), 3 for the start of the name, 2 for the start of a word in
 * any of its names, its demonyms or its capital, 1 for a match anywhere in
 * them, 0 for none. Accents, case and punctuation do not count, as for
 * dm_actor_suggest().
 *
 * Returns: the score, 0 if @actor does not match
 */
guint
dm_actor_suggest_score (DmActor    *actor,
                        const char *needle)
{
  guint other;
  guint hint;

  g_return_val_if_fail (DM_IS_ACTOR (actor), 0);

  if (needle == NULL || needle[0] == '\0')
    return 0;

  /* A code, an official name or an alias typed in full is as good as the
   * name; their beginnings rank below the name's, so that "chin" puts
   * China before the actors whose official name mentions it. */
  other = MAX (score_text (dm_actor_get_code (actor), needle),
               MAX (score_text (dm_actor_get_official_name (actor), needle),
                    score_texts (dm_actor_get_aliases (actor), needle)));
  /* Demonyms and capitals are hints, never exact: "Chinese" is not China. */
  hint = MAX (score_texts (dm_actor_get_demonyms (actor), needle),
              score_text (dm_actor_get_capital (actor), needle));

  return MAX (score_text (dm_actor_get_name (actor), needle),
              MAX (other == 4 ? 4 : MIN (other, 2), MIN (hint, 2)));
}

/* }}} */

/* Distance {{{ */

/* Optimal string alignment distance: insertions, deletions, substitutions
 * and swaps of two neighbours each cost one. Three rows of the matrix. */
static guint
osa_distance (const gunichar *a,
              glong           n,
              const gunichar *b,
              glong           m)
{
  g_autofree guint *rows = g_new (guint, 3 * (m + 1));
  guint *before = rows;
  guint *previous = rows + (m + 1);
  guint *current = rows + 2 * (m + 1);

  for (glong j = 0; j <= m; j++)
    previous[j] = (guint) j;

  for (glong i = 1; i <= n; i++)
    {
      current[0] = (guint) i;

      for (glong j = 1; j <= m; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint best = MIN (previous[j] + 1, current[j - 1] + 1);

          best = MIN (best, previous[j - 1] + cost);
          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            best = MIN (best, before[j - 2] + 1);

          current[j] = best;
        }

      {
        guint *recycled = before;

        before = previous;
        previous = current;
        current = recycled;
      }
    }

  return previous[m];
}

/**
 * dm_actor_suggest_distance:
 * @a: UTF-8 text
 * @b: UTF-8 text
 *
 * The optimal string alignment distance between @a and @b, in code points,
 * as they are (fold them first with dm_actor_suggest_fold() to ignore case
 * and accents): the number of insertions, deletions, substitutions and
 * swaps of two neighbouring characters that turn one into the other.
 *
 * Returns: the distance
 */
guint
dm_actor_suggest_distance (const char *a,
                           const char *b)
{
  g_autofree gunichar *chars_a = NULL;
  g_autofree gunichar *chars_b = NULL;
  glong n, m;

  g_return_val_if_fail (a != NULL, 0);
  g_return_val_if_fail (b != NULL, 0);

  chars_a = g_utf8_to_ucs4_fast (a, -1, &n);
  chars_b = g_utf8_to_ucs4_fast (b, -1, &m);

  return osa_distance (chars_a, n, chars_b, m);
}

/* }}} */

/* Ranking {{{ */

/* How many edits a query of @length characters may be away from a name:
 * none for one or two letters (anything is two edits from "EU"), one for
 * three, then one more every three letters. */
static guint
fuzzy_limit (glong length)
{
  if (length < 3)
    return 0;
  if (length == 3)
    return 1;

  return (guint) ((length + 2) / 3);
}

static guint
common_prefix (const char *a,
               const char *b)
{
  guint n = 0;

  while (*a != '\0' && *b != '\0' && g_utf8_get_char (a) == g_utf8_get_char (b))
    {
      a = g_utf8_next_char (a);
      b = g_utf8_next_char (b);
      n++;
    }

  return n;
}

static gboolean
begins_a_word (const char *folded,
               const char *query)
{
  for (const char *space = strchr (folded, ' '); space != NULL; space = strchr (space + 1, ' '))
    {
      if (g_str_has_prefix (space + 1, query))
        return TRUE;
    }

  return FALSE;
}

static guint
fuzzy_distance (const Query *query,
                const char  *folded,
                gboolean    *whole)
{
  g_autofree gunichar *chars = NULL;
  glong length;
  guint best;

  chars = g_utf8_to_ucs4_fast (folded, -1, &length);
  best = osa_distance (query->chars, query->length, chars, length);
  *whole = TRUE;

  /* Each word alone too: "Borel" is two edits from "borrell", many more
   * from "josep borrell". */
  if (strchr (folded, ' ') != NULL)
    {
      glong start = 0;

      for (glong i = 0; i <= length; i++)
        {
          if (i < length && chars[i] != ' ')
            continue;

          if (i > start)
            {
              guint distance = osa_distance (query->chars, query->length, chars + start, i - start);

              if (distance < best)
                {
                  best = distance;
                  *whole = FALSE;
                }
            }
          start = i + 1;
        }
    }

  return best;
}

/* 0 if @a and @b rank the same, < 0 if @a is the better match. */
static int
compare_matches (const Match *a,
                 const Match *b)
{
  if (a->tier != b->tier)
    return a->tier < b->tier ? -1 : 1;
  if (a->distance != b->distance)
    return a->distance < b->distance ? -1 : 1;
  if (a->prefix != b->prefix)
    return a->prefix > b->prefix ? -1 : 1;
  if (a->whole != b->whole)
    return a->whole ? -1 : 1;
  if (a->is_name != b->is_name)
    return a->is_name ? -1 : 1;

  return strcmp (a->sort_key, b->sort_key);
}

static int
compare_matches_cb (gconstpointer a,
                    gconstpointer b)
{
  return compare_matches (a, b);
}

/* Rates one of an actor's names; leaves @match untouched when it does not
 * match at all or not better than what @match holds already. */
static void
rate_name (Match       *match,
           const Query *query,
           const char  *name,
           gboolean     is_name)
{
  g_autofree char *folded = NULL;
  Match candidate = *match;
  glong length;

  if (name == NULL || name[0] == '\0')
    return;

  folded = dm_actor_suggest_fold (name);
  if (folded[0] == '\0')
    return;

  length = g_utf8_strlen (folded, -1);
  candidate.is_name = is_name;
  candidate.whole = TRUE;
  candidate.prefix = common_prefix (folded, query->folded);
  candidate.distance = length > query->length ? (guint) (length - query->length) : 0;

  if (g_str_equal (folded, query->folded))
    candidate.tier = TIER_SAME;
  else if (query->length >= 2 && g_str_has_prefix (folded, query->folded))
    candidate.tier = TIER_PREFIX;
  else if (query->length >= 2 && begins_a_word (folded, query->folded))
    {
      candidate.tier = TIER_WORD_PREFIX;
      candidate.whole = FALSE;
    }
  else if (query->length >= 3 && strstr (folded, query->folded) != NULL)
    candidate.tier = TIER_SUBSTRING;
  else if (query->length <= MAX_FUZZY_LENGTH)
    {
      guint distance = fuzzy_distance (query, folded, &candidate.whole);

      /* A distance of the query's whole length is no resemblance at all. */
      if (distance > fuzzy_limit (query->length) || distance >= (guint) query->length)
        return;

      candidate.tier = TIER_FUZZY;
      candidate.distance = distance;
    }
  else
    return;

  if (match->tier == TIER_NONE || compare_matches (&candidate, match) < 0)
    *match = candidate;
}

static void
rate_names (Match              *match,
            const Query        *query,
            const char * const *names)
{
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    rate_name (match, query, names[i], FALSE);
}

/**
 * dm_actor_suggest:
 * @actors: (element-type DmActor): the codebook's actors
 * @query: what was typed
 * @max_results: how many suggestions at most, such as 3
 *
 * Ranks @actors by how close their names, official names, codes, aliases,
 * demonyms or capitals come to @query, ignoring case and accents (see the
 * top of dm-actor-suggest.c), for a "did you mean …?" after
 * dm_store_resolve_actor() found nothing. Actors that do not come close
 * are left out, so the result may be empty.
 *
 * Returns: (transfer full) (element-type DmActor): the best matches,
 *   best first; each actor at most once
 */
GPtrArray *
dm_actor_suggest (GPtrArray  *actors,
                  const char *query,
                  guint       max_results)
{
  g_autoptr(GArray) matches = g_array_new (FALSE, FALSE, sizeof (Match));
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  Query q = { 0 };

  g_return_val_if_fail (actors != NULL, result);
  g_return_val_if_fail (query != NULL, result);

  q.folded = dm_actor_suggest_fold (query);
  if (q.folded[0] == '\0' || max_results == 0)
    {
      g_free (q.folded);
      return result;
    }
  q.chars = g_utf8_to_ucs4_fast (q.folded, -1, &q.length);

  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);
      Match match = { actor, NULL, TIER_NONE, 0, 0, FALSE, FALSE };

      g_assert (DM_IS_ACTOR (actor));

      /* Set first: it breaks ties between names of one actor too. */
      match.sort_key = dm_actor_suggest_fold (dm_actor_get_name (actor));

      rate_name (&match, &q, dm_actor_get_name (actor), TRUE);
      rate_name (&match, &q, dm_actor_get_official_name (actor), FALSE);
      rate_name (&match, &q, dm_actor_get_code (actor), FALSE);
      rate_names (&match, &q, dm_actor_get_aliases (actor));
      rate_names (&match, &q, dm_actor_get_demonyms (actor));
      rate_name (&match, &q, dm_actor_get_capital (actor), FALSE);

      if (match.tier == TIER_NONE)
        {
          g_free (match.sort_key);
          continue;
        }

      g_array_append_val (matches, match);
    }

  g_array_sort (matches, compare_matches_cb);

  for (guint i = 0; i < matches->len; i++)
    {
      Match *match = &g_array_index (matches, Match, i);
      const Match *best = &g_array_index (matches, Match, 0);

      /* Look-alikes only when nothing better was found, and only those
       * nearly as close as the closest: "chin" is China, not also Chile. */
      if (result->len < max_results &&
          (match->tier != TIER_FUZZY ||
           (best->tier == TIER_FUZZY && match->distance <= best->distance + 1)))
        g_ptr_array_add (result, g_object_ref (match->actor));
    }

  for (guint i = 0; i < matches->len; i++)
    g_free (g_array_index (matches, Match, i).sort_key);

  g_free (q.chars);
  g_free (q.folded);

  return result;
}

/**
 * dm_actor_suggest_for_store:
 * @store: a #DmStore
 * @query: what was typed
 * @max_results: how many suggestions at most
 * @error: return location for an error
 *
 * dm_actor_suggest() over the codebook of @store.
 *
 * Returns: (transfer full) (element-type DmActor) (nullable): the best
 *   matches, best first, or %NULL with @error set if the store could not
 *   be read
 */
GPtrArray *
dm_actor_suggest_for_store (DmStore     *store,
                            const char  *query,
                            guint        max_results,
                            GError     **error)
{
  g_autoptr(GPtrArray) actors = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(actors = dm_store_dup_actors (store, error)))
    return NULL;

  return dm_actor_suggest (actors, query, max_results);
}

/* }}} */
