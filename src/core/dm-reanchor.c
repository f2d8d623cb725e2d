/* dm-reanchor.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-reanchor"

#include "config.h"

#include <string.h>

#include "dm-error.h"
#include "dm-reanchor.h"
#include "dm-store-private.h"

/* Re-anchoring (issue 6): when an article's text is corrected, find every
 * annotation's quote again, by the quote itself and the little prefix and
 * suffix stored beside it. Exact first, then a bounded fuzzy search that
 * prefers the old position. The rule throughout is the one the analysts
 * asked for: an annotation that cannot be placed with confidence is kept and
 * marked as an orphan, never moved to a passage that merely looks alike and
 * never deleted.
 *
 * Context is what tells the passage from its look-alikes. A candidate whose
 * stored prefix and suffix both agree in full may be anywhere; one with only
 * part of its context (the text next to it was edited too) must also be
 * where the quote is expected, near its old offsets. Near-duplicate
 * sentences share words around the quote ("… called for a ceasefire and
 * …"), so partial agreement alone proves nothing. The store maps the old
 * offsets through a diff of the old and new text first, so "near" is
 * precise there. */

/* As the store's dup_context(): how much text is kept on each side. */
#define CONTEXT_LENGTH      32

/* Code points of the stored prefix (or suffix) that must agree for that side
 * to vouch for a candidate; shorter stored contexts must agree entirely. A
 * space or a full stop before a quote says nothing, eight characters do. */
#define CONTEXT_SUPPORT     8

/* How far from the expected offsets a candidate vouched for by only part
 * of its context may be: max (NEAR_MIN, quote length) code points. */
#define NEAR_MIN            32

/* A quote at least this long that occurs exactly once is taken even when
 * the text around it was rewritten on both sides. */
#define DISTINCTIVE_LENGTH  32

/* Fuzzy matching: the smallest similarity (1 - edit distance / length)
 * accepted, the search window around the old position, and by how much the
 * best candidate must beat the second best. */
#define MIN_SIMILARITY      0.85
#define WINDOW_MIN          2000
#define WINDOW_FACTOR       10
#define FUZZY_MARGIN        0.05

/* The offset map gives up (and old offsets are used as they are) when the
 * texts differ by more than this many inserted or deleted code points:
 * Myers' diff costs O((n + m) · edits) time and O(edits²) memory. */
#define DIFF_MAX_EDITS      1000

typedef struct
{
  const char *utf8;
  gunichar   *chars;
  guint       len;
} Text;

typedef struct
{
  guint    start;
  guint    end;
  guint    distance;
  guint    prefix_agreement;
  guint    suffix_agreement;
  gboolean supported;     /* at least one side vouches */
  gboolean intact;        /* both sides agree in full */
  gboolean acceptable;    /* intact, or supported and near */
  double   similarity;
  double   context;
  double   score;
} Candidate;

/* One run of text the old and new versions share. */
typedef struct
{
  guint old_start;
  guint new_start;
  guint length;
} Run;

/* Helpers {{{ */

static void
text_init (Text       *text,
           const char *utf8)
{
  glong len = 0;

  text->utf8 = utf8 != NULL ? utf8 : "";
  text->chars = g_utf8_to_ucs4_fast (text->utf8, -1, &len);
  text->len = (guint) len;
}

static void
text_clear (Text *text)
{
  g_clear_pointer (&text->chars, g_free);
  text->len = 0;
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Text, text_clear)

/* Keeps an orphan's span inside the text and non-empty (the store needs
 * end > start), as close to where it was as possible. */
static void
clamp_span (guint  length,
            guint  start,
            guint  end,
            guint *out_start,
            guint *out_end)
{
  end = MIN (end, length);
  start = MIN (start, end);

  if (start == end && length > 0)
    {
      if (end < length)
        end++;
      else
        start--;
    }

  *out_start = start;
  *out_end = end;
}

/* How many code points of @prefix agree with the text just before @start,
 * counted backwards from the quote. */
static guint
prefix_agreement (const Text *body,
                  guint       start,
                  const Text *prefix)
{
  guint n = 0;

  while (n < prefix->len && n < start &&
         body->chars[start - 1 - n] == prefix->chars[prefix->len - 1 - n])
    n++;

  return n;
}

static guint
suffix_agreement (const Text *body,
                  guint       end,
                  const Text *suffix)
{
  guint n = 0;

  while (n < suffix->len && end + n < body->len && body->chars[end + n] == suffix->chars[n])
    n++;

  return n;
}

/* A NULL context is unknown and vouches for nothing; an empty one means the
 * quote touched the start (or end) of the text, and vouches for a candidate
 * that does too. Returns the share of the side that agrees, 0 to 1. */
static double
side_context (const Text *context,
              guint       agreement,
              gboolean    at_boundary,
              gboolean   *vouches,
              gboolean   *full)
{
  *vouches = FALSE;
  *full = FALSE;

  if (context == NULL)
    return 0.0;

  if (context->len == 0)
    {
      *vouches = *full = at_boundary;
      return at_boundary ? 1.0 : 0.0;
    }

  *vouches = agreement >= MIN (CONTEXT_SUPPORT, context->len);
  *full = agreement == context->len;

  return (double) agreement / context->len;
}

static guint
distance_from (guint position,
               guint old_start)
{
  return position > old_start ? position - old_start : old_start - position;
}

/* Fills in the context fields of @candidate; @expected is where the quote
 * should start if only the text around it moved. */
static void
score_context (Candidate  *candidate,
               const Text *body,
               const Text *quote,
               const Text *prefix,
               const Text *suffix,
               guint       expected)
{
  gboolean prefix_vouches, prefix_full, suffix_vouches, suffix_full;
  double share;

  candidate->prefix_agreement = prefix != NULL ? prefix_agreement (body, candidate->start, prefix) : 0;
  candidate->suffix_agreement = suffix != NULL ? suffix_agreement (body, candidate->end, suffix) : 0;

  share = side_context (prefix, candidate->prefix_agreement, candidate->start == 0, &prefix_vouches, &prefix_full);
  share += side_context (suffix, candidate->suffix_agreement, candidate->end == body->len, &suffix_vouches, &suffix_full);

  candidate->context = share / 2;
  candidate->supported = prefix_vouches || suffix_vouches;
  candidate->intact = prefix_full && suffix_full;
  candidate->acceptable = candidate->intact ||
                          (candidate->supported &&
                           distance_from (candidate->start, expected) <= MAX (NEAR_MIN, quote->len));
}

static gboolean
reads_at (const Text *body,
          const Text *quote,
          guint       start,
          guint       end)
{
  return start < end && end <= body->len && end - start == quote->len &&
         memcmp (body->chars + start, quote->chars, quote->len * sizeof (gunichar)) == 0;
}

/* }}} */

/* Exact occurrences {{{ */

/* Every occurrence of @quote, overlapping ones included. strstr() on the
 * UTF-8 text is linear; offsets are converted to code points as we go. */
static GArray *
find_occurrences (const Text *body,
                  const Text *quote)
{
  GArray *found = g_array_new (FALSE, TRUE, sizeof (Candidate));
  const char *scanned = body->utf8;
  guint scanned_offset = 0;
  const char *from = body->utf8;
  const char *hit;

  while ((hit = strstr (from, quote->utf8)) != NULL)
    {
      Candidate candidate = { 0 };

      scanned_offset += (guint) g_utf8_strlen (scanned, hit - scanned);
      scanned = hit;

      candidate.start = scanned_offset;
      candidate.end = scanned_offset + quote->len;
      candidate.similarity = 1.0;
      g_array_append_val (found, candidate);

      from = g_utf8_next_char (hit);
    }

  return found;
}

static DmAnchorResult
locate_exact (const Text *body,
              const Text *quote,
              const Text *prefix,
              const Text *suffix,
              guint       expected,
              Candidate  *chosen,
              double     *confidence)
{
  g_autoptr(GArray) found = find_occurrences (body, quote);
  Candidate *best = NULL;
  Candidate *runner_up = NULL;
  guint n_best = 0;

  if (found->len == 0)
    return DM_ANCHOR_ORPHAN;

  /* The acceptable occurrences with the most context agreeing, nearest to
   * the expected position first. */
  for (guint i = 0; i < found->len; i++)
    {
      Candidate *candidate = &g_array_index (found, Candidate, i);
      guint agreement, best_agreement;

      score_context (candidate, body, quote, prefix, suffix, expected);
      if (!candidate->acceptable)
        continue;

      agreement = candidate->prefix_agreement + candidate->suffix_agreement;
      best_agreement = best != NULL ? best->prefix_agreement + best->suffix_agreement : 0;

      if (best == NULL || agreement > best_agreement)
        {
          best = candidate;
          runner_up = NULL;
          n_best = 1;
        }
      else if (agreement == best_agreement)
        {
          n_best++;
          if (distance_from (candidate->start, expected) < distance_from (best->start, expected))
            {
              runner_up = best;
              best = candidate;
            }
          else if (runner_up == NULL ||
                   distance_from (candidate->start, expected) < distance_from (runner_up->start, expected))
            runner_up = candidate;
        }
    }

  if (best != NULL && n_best == 1)
    {
      *chosen = *best;
      *confidence = 0.75 + 0.2 * best->context;
      return DM_ANCHOR_EXACT_QUOTE;
    }

  /* Equally good contexts (a paragraph quoted twice): the expected position
   * decides, but only when one occurrence is strictly nearer. */
  if (best != NULL && runner_up != NULL &&
      distance_from (best->start, expected) < distance_from (runner_up->start, expected))
    {
      *chosen = *best;
      *confidence = 0.9 * (0.75 + 0.2 * best->context);
      return DM_ANCHOR_EXACT_QUOTE;
    }

  if (best != NULL)
    return DM_ANCHOR_ORPHAN;

  /* No context at all, but a long quote that occurs once is distinctive
   * enough on its own. */
  if (found->len == 1 && quote->len >= DISTINCTIVE_LENGTH)
    {
      *chosen = g_array_index (found, Candidate, 0);
      *confidence = 0.7;
      return DM_ANCHOR_EXACT_QUOTE;
    }

  /* Occurrences without enough context: perhaps the quote itself was
   * edited and the real one is a near match; let the fuzzy search look. */
  return DM_ANCHOR_ORPHAN;
}

/* }}} */

/* Fuzzy search {{{ */

static guint
length_gap (const Candidate *candidate,
            guint            length)
{
  guint span = candidate->end - candidate->start;

  return span > length ? span - length : length - span;
}

/* Sellers' approximate matching with Ukkonen's cut-off: one column of the
 * edit-distance table per code point of the window, computed only down to
 * the last row still within @k, so O(window · k) in practice. Each cell also
 * carries where its alignment starts in the text, so that a match is a span
 * and not only an end. Spans that overlap are one place in the text: the
 * best of each run is kept. */
static GArray *
fuzzy_candidates (const Text *body,
                  const Text *quote,
                  guint       window_start,
                  guint       window_end,
                  guint       k)
{
  const guint m = quote->len;
  g_autofree guint *cost = g_new (guint, m + 1);
  g_autofree guint *origin = g_new (guint, m + 1);
  GArray *places = g_array_new (FALSE, TRUE, sizeof (Candidate));
  guint last_active;
  guint run_end = 0;

  g_assert (k < m);

  for (guint i = 0; i <= m; i++)
    {
      cost[i] = i;
      origin[i] = window_start;
    }
  last_active = k;

  for (guint j = window_start; j < window_end; j++)
    {
      gunichar c = body->chars[j];
      guint diagonal = cost[0];
      guint diagonal_origin = origin[0];
      guint limit = MIN (m, last_active + 1);

      /* A match may begin anywhere: row 0 is free. */
      origin[0] = j + 1;

      for (guint i = 1; i <= limit; i++)
        {
          guint above = cost[i];
          guint above_origin = origin[i];
          guint best = diagonal + (quote->chars[i - 1] != c);
          guint best_origin = diagonal_origin;

          /* Ties go to the diagonal, which keeps spans where the quote's
           * own first and last characters are. */
          if (cost[i - 1] + 1 < best)
            {
              best = cost[i - 1] + 1;
              best_origin = origin[i - 1];
            }
          if (above + 1 < best)
            {
              best = above + 1;
              best_origin = above_origin;
            }

          cost[i] = best;
          origin[i] = best_origin;
          diagonal = above;
          diagonal_origin = above_origin;
        }

      /* Rows below limit were above k and can only have grown. */
      last_active = limit;
      while (last_active > 0 && cost[last_active] > k)
        last_active--;

      if (last_active == m && origin[m] < j + 1)
        {
          Candidate candidate = { 0 };

          candidate.start = origin[m];
          candidate.end = j + 1;
          candidate.distance = cost[m];

          /* Overlapping with the run so far: the same place, keep the
           * closer span (fewer edits, then length nearer the quote's). */
          if (places->len > 0 && candidate.start < run_end)
            {
              Candidate *run = &g_array_index (places, Candidate, places->len - 1);

              if (candidate.distance < run->distance ||
                  (candidate.distance == run->distance &&
                   length_gap (&candidate, m) < length_gap (run, m)))
                *run = candidate;
            }
          else
            g_array_append_val (places, candidate);

          run_end = candidate.end;
        }
    }

  return places;
}

/* Edit distances between @quote and the spans of @body that end at @anchor
 * (@backwards) or start there, for every length up to @max_length:
 * distances[j] is the distance to the span of length j. One Levenshtein
 * table with the anchored end at its origin, O(quote × max_length). */
static void
anchored_distances (const Text *body,
                    const Text *quote,
                    guint       anchor,
                    gboolean    backwards,
                    guint       max_length,
                    guint      *distances)
{
  g_assert (backwards ? max_length <= anchor : anchor + max_length <= body->len);

  for (guint j = 0; j <= max_length; j++)
    distances[j] = j;

  for (guint i = 1; i <= quote->len; i++)
    {
      gunichar q = quote->chars[backwards ? quote->len - i : i - 1];
      guint diagonal = distances[0];

      distances[0] = i;
      for (guint j = 1; j <= max_length; j++)
        {
          gunichar t = body->chars[backwards ? anchor - j : anchor + j - 1];
          guint above = distances[j];
          guint best = diagonal + (q != t);

          best = MIN (best, above + 1);
          best = MIN (best, distances[j - 1] + 1);
          diagonal = above;
          distances[j] = best;
        }
    }
}

/* Equally close spans often differ by a character at either end (the
 * space before "Minsk" costs what the "B" of "Beijing" costs). Among the
 * starts within @slack of the found one that keep the distance lowest,
 * take the one the prefix agrees with best; then the same for the end. */
static void
refine_bounds (Candidate  *candidate,
               const Text *body,
               const Text *quote,
               const Text *prefix,
               const Text *suffix,
               guint       slack)
{
  guint length = candidate->end - candidate->start;
  guint max_length = length + slack;
  g_autofree guint *distances = NULL;
  guint best_start = candidate->start;
  guint best_end = candidate->end;
  guint best_distance = candidate->distance;
  guint best_agreement;

  /* Starts, with the end fixed. */
  max_length = MIN (max_length, candidate->end);
  distances = g_new (guint, max_length + 1);
  anchored_distances (body, quote, candidate->end, TRUE, max_length, distances);
  best_agreement = prefix != NULL ? prefix_agreement (body, best_start, prefix) : 0;

  for (guint j = length > slack ? length - slack : 1; j <= max_length; j++)
    {
      guint start = candidate->end - j;
      guint agreement = prefix != NULL ? prefix_agreement (body, start, prefix) : 0;

      if (distances[j] < best_distance ||
          (distances[j] == best_distance && agreement > best_agreement))
        {
          best_start = start;
          best_distance = distances[j];
          best_agreement = agreement;
        }
    }

  /* Ends, with that start fixed. */
  length = candidate->end - best_start;
  max_length = MIN (length + slack, body->len - best_start);
  g_free (distances);
  distances = g_new (guint, max_length + 1);
  anchored_distances (body, quote, best_start, FALSE, max_length, distances);
  best_distance = distances[length];
  best_agreement = suffix != NULL ? suffix_agreement (body, best_end, suffix) : 0;

  for (guint j = length > slack ? length - slack : 1; j <= max_length; j++)
    {
      guint end = best_start + j;
      guint agreement = suffix != NULL ? suffix_agreement (body, end, suffix) : 0;

      if (distances[j] < best_distance ||
          (distances[j] == best_distance && agreement > best_agreement))
        {
          best_end = end;
          best_distance = distances[j];
          best_agreement = agreement;
        }
    }

  candidate->start = best_start;
  candidate->end = best_end;
  candidate->distance = best_distance;
}

static int
compare_scores (gconstpointer a,
                gconstpointer b)
{
  const Candidate *ca = a;
  const Candidate *cb = b;

  if (ca->score != cb->score)
    return ca->score > cb->score ? -1 : 1;

  return ca->start < cb->start ? -1 : ca->start > cb->start;
}

static gboolean
overlaps (const Candidate *candidate,
          guint            start,
          guint            end)
{
  return candidate->start < end && start < candidate->end;
}

/* Refined bounds can make two neighbouring runs one place: keep the
 * better of overlapping candidates. */
static void
add_place (GArray          *places,
           const Candidate *candidate)
{
  for (guint i = 0; i < places->len; i++)
    {
      Candidate *other = &g_array_index (places, Candidate, i);

      if (overlaps (other, candidate->start, candidate->end))
        {
          if (candidate->score > other->score)
            *other = *candidate;
          return;
        }
    }

  g_array_append_val (places, *candidate);
}

static DmAnchorResult
locate_fuzzy (const Text *body,
              const Text *quote,
              const Text *prefix,
              const Text *suffix,
              guint       old_start,
              guint       old_end,
              Candidate  *chosen,
              double     *confidence)
{
  g_autoptr(GArray) places = NULL;
  g_autoptr(GArray) eligible = g_array_new (FALSE, TRUE, sizeof (Candidate));
  guint window = MAX (WINDOW_MIN, WINDOW_FACTOR * quote->len);
  guint window_start = old_start > window ? old_start - window : 0;
  guint window_end = MIN (body->len, old_end + MIN (window, G_MAXUINT - old_end));
  guint k = MAX (2, quote->len * 15 / 100);
  Candidate *best;
  Candidate *second;

  /* Below seven code points a single edit already falls under the
   * similarity floor: only exact matches could be accepted. */
  if ((double) quote->len * (1.0 - MIN_SIMILARITY) < 1.0 || k >= quote->len)
    return DM_ANCHOR_ORPHAN;

  places = fuzzy_candidates (body, quote, window_start, window_end, k);

  for (guint i = 0; i < places->len; i++)
    {
      Candidate candidate = g_array_index (places, Candidate, i);
      guint length = candidate.end - candidate.start;

      /* The distance of the alignment found is that of the span: every
       * cell within k comes from cells within k, never from cut-off ones.
       * Only spans close enough to matter get their bounds refined. */
      if (1.0 - (double) candidate.distance / MAX (quote->len, length) < MIN_SIMILARITY)
        continue;

      refine_bounds (&candidate, body, quote, prefix, suffix, MIN (k, 8));
      length = candidate.end - candidate.start;
      candidate.similarity = 1.0 - (double) candidate.distance / MAX (quote->len, length);
      score_context (&candidate, body, quote, prefix, suffix, old_start);
      candidate.score = candidate.similarity + 0.25 * candidate.context;

      if (candidate.similarity >= MIN_SIMILARITY && candidate.acceptable)
        add_place (eligible, &candidate);
    }

  if (eligible->len == 0)
    return DM_ANCHOR_ORPHAN;

  g_array_sort (eligible, compare_scores);
  best = &g_array_index (eligible, Candidate, 0);

  if (eligible->len > 1)
    {
      second = &g_array_index (eligible, Candidate, 1);

      if (best->score - second->score < FUZZY_MARGIN)
        {
          gboolean best_at_old = overlaps (best, old_start, old_end);
          gboolean second_at_old = overlaps (second, old_start, old_end);

          /* Too close to call, unless exactly one of them is where the
           * quote used to be. */
          if (best_at_old == second_at_old)
            return DM_ANCHOR_ORPHAN;
          if (second_at_old)
            best = second;
        }
    }

  *chosen = *best;
  *confidence = best->similarity * (0.5 + 0.5 * best->context);
  return DM_ANCHOR_FUZZY;
}

/* }}} */

static DmAnchorResult
locate (const Text *body,
        const char *quote_utf8,
        const char *prefix_utf8,
        const char *suffix_utf8,
        guint       old_start,
        guint       old_end,
        guint      *new_start,
        guint      *new_end,
        double     *confidence)
{
  Text quote = { 0 };
  Text prefix = { 0 };
  Text suffix = { 0 };
  Candidate chosen = { 0 };
  DmAnchorResult result = DM_ANCHOR_ORPHAN;
  double certainty = 0.0;
  guint start, end;

  clamp_span (body->len, MIN (old_start, old_end), old_end, &start, &end);

  if (quote_utf8 == NULL || quote_utf8[0] == '\0' || !g_utf8_validate (quote_utf8, -1, NULL) ||
      (prefix_utf8 != NULL && !g_utf8_validate (prefix_utf8, -1, NULL)) ||
      (suffix_utf8 != NULL && !g_utf8_validate (suffix_utf8, -1, NULL)))
    goto out;

  text_init (&quote, quote_utf8);
  if (prefix_utf8 != NULL)
    text_init (&prefix, prefix_utf8);
  if (suffix_utf8 != NULL)
    text_init (&suffix, suffix_utf8);

  if (reads_at (body, &quote, old_start, old_end))
    {
      chosen.start = old_start;
      chosen.end = old_end;
      certainty = 1.0;
      result = DM_ANCHOR_EXACT_POSITION;
    }

  if (result == DM_ANCHOR_ORPHAN)
    result = locate_exact (body, &quote, prefix_utf8 ? &prefix : NULL, suffix_utf8 ? &suffix : NULL,
                           start, &chosen, &certainty);

  if (result == DM_ANCHOR_ORPHAN)
    result = locate_fuzzy (body, &quote, prefix_utf8 ? &prefix : NULL, suffix_utf8 ? &suffix : NULL,
                           start, end, &chosen, &certainty);

  if (result != DM_ANCHOR_ORPHAN)
    {
      start = chosen.start;
      end = chosen.end;
    }

out:
  text_clear (&quote);
  text_clear (&prefix);
  text_clear (&suffix);

  if (new_start != NULL)
    *new_start = start;
  if (new_end != NULL)
    *new_end = end;
  if (confidence != NULL)
    *confidence = result == DM_ANCHOR_ORPHAN ? 0.0 : CLAMP (certainty, 0.0, 1.0);

  return result;
}

/* Offset map {{{ */

/* The runs of text shared by @a and @b, in order, from Myers' greedy diff
 * over code points; NULL when they differ by more than DIFF_MAX_EDITS.
 * Each round d keeps the furthest-reaching paths of d edits (the V array);
 * the rounds are kept so the path can be traced back into runs. */
static GArray *
diff_runs (const Text *a,
           const Text *b)
{
  const gint n = (gint) a->len;
  const gint m = (gint) b->len;
  const gint max = (gint) MIN ((guint) n + (guint) m, DIFF_MAX_EDITS);
  const gint offset = max + 1;
  g_autofree gint *v = g_new0 (gint, 2 * max + 3);
  g_autoptr(GPtrArray) rounds = g_ptr_array_new_with_free_func (g_free);
  GArray *runs;
  gint found = -1;
  gint x, y;

  for (gint d = 0; d <= max && found < 0; d++)
    {
      /* V as it stood before this round, from k = -d - 1 to d + 1. */
      g_ptr_array_add (rounds, g_memdup2 (v + offset - d - 1, (2 * d + 3) * sizeof (gint)));

      for (gint k = -d; k <= d; k += 2)
        {
          if (k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]))
            x = v[offset + k + 1];
          else
            x = v[offset + k - 1] + 1;
          y = x - k;

          while (x < n && y < m && a->chars[x] == b->chars[y])
            x++, y++;

          v[offset + k] = x;
          if (x >= n && y >= m)
            {
              found = d;
              break;
            }
        }
    }

  if (found < 0)
    return NULL;

  runs = g_array_new (FALSE, FALSE, sizeof (Run));
  x = n;
  y = m;

  for (gint d = found; d >= 0; d--)
    {
      const gint *before = g_ptr_array_index (rounds, d);
      gint k = x - y;
      gint prev_k, prev_x, mid_x;

#define V(i) (before[(i) + d + 1])
      if (k == -d || (k != d && V (k - 1) < V (k + 1)))
        prev_k = k + 1;
      else
        prev_k = k - 1;
      prev_x = V (prev_k);
#undef V

      /* After the edit (an insertion keeps x, a deletion moves it on by
       * one) comes the diagonal run that ends at (x, y). */
      mid_x = prev_k == k + 1 ? prev_x : prev_x + 1;
      if (d == 0)
        mid_x = 0;

      if (x > mid_x)
        {
          Run run = { (guint) mid_x, (guint) (mid_x - k), (guint) (x - mid_x) };
          g_array_prepend_val (runs, run);
        }

      x = prev_x;
      y = prev_x - prev_k;
    }

  return runs;
}

/* Where the boundary @offset of the old text lies in the new one. Inside a
 * shared run it moves with the run; in text that was replaced, a start
 * goes to where the replacement begins and an end to where it ends. */
static guint
map_offset (GArray   *runs,
            guint     offset,
            gboolean  is_end,
            guint     new_length)
{
  guint lo = 0;
  guint hi;

  if (runs == NULL)
    return MIN (offset, new_length);

  /* The last run starting at or before @offset. */
  hi = runs->len;
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (runs, Run, mid).old_start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  if (lo > 0)
    {
      const Run *run = &g_array_index (runs, Run, lo - 1);

      if (offset <= run->old_start + run->length)
        return run->new_start + (offset - run->old_start);

      if (!is_end || lo == runs->len)
        return is_end ? new_length : run->new_start + run->length;
    }
  else if (runs->len == 0)
    return is_end ? new_length : 0;
  else if (!is_end)
    return 0;

  return g_array_index (runs, Run, lo).new_start;
}

/* }}} */

/* Storing {{{ */

static char *
dup_range (const Text *text,
           guint       start,
           guint       end)
{
  return g_ucs4_to_utf8 (text->chars + start, end - start, NULL, NULL, NULL);
}

/* The same normal form as imported articles (dm-article-import.c): LF line
 * ends and NFC, so that offsets count what the analyst sees. */
static char *
normalize_text (const char *text)
{
  g_autoptr(GString) unix_text = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p[0] == '\r')
        {
          g_string_append_c (unix_text, '\n');
          if (p[1] == '\n')
            p++;
        }
      else
        g_string_append_c (unix_text, *p);
    }

  return g_utf8_normalize (unix_text->str, unix_text->len, G_NORMALIZE_NFC);
}

static gboolean
same_anchor (DmAnnotation *a,
             DmAnnotation *b)
{
  return dm_annotation_get_start (a) == dm_annotation_get_start (b) &&
         dm_annotation_get_end (a) == dm_annotation_get_end (b) &&
         dm_annotation_get_orphan (a) == dm_annotation_get_orphan (b) &&
         g_strcmp0 (dm_annotation_get_quote (a), dm_annotation_get_quote (b)) == 0 &&
         g_strcmp0 (dm_annotation_get_prefix (a), dm_annotation_get_prefix (b)) == 0 &&
         g_strcmp0 (dm_annotation_get_suffix (a), dm_annotation_get_suffix (b)) == 0;
}

/* Whether @annotation, as stored, would be a valid row under both the old
 * and the new text: inside both, and (unless an orphan) reading as its quote
 * in the new one. */
static gboolean
valid_in_both (DmAnnotation *annotation,
               const Text   *new_text,
               guint         common_length)
{
  g_autofree char *text = NULL;
  guint start = dm_annotation_get_start (annotation);
  guint end = dm_annotation_get_end (annotation);

  if (end > common_length)
    return FALSE;

  if (dm_annotation_get_orphan (annotation))
    return TRUE;

  text = dup_range (new_text, start, end);
  return g_strcmp0 (text, dm_annotation_get_quote (annotation)) == 0;
}

/* Runs inside the caller's transaction; any failure is rolled back there.
 *
 * The text and the annotations change together, but the store writes rows
 * one at a time and checks each against the text as it then is; so does
 * the undo stack when it replays this change backwards or forwards. So the
 * change is made in three steps, each leaving valid rows behind:
 *
 *  1. detach: every annotation that would not read as its quote under the
 *     new text (or lies beyond the shorter text) is first written as an
 *     orphan clamped into both texts, which the store accepts under either;
 *  2. the article gets its new text, which the store allows because no
 *     non-orphan annotation is now misplaced;
 *  3. re-attach: every annotation whose anchor changed is written where it
 *     was found, or as an orphan if it was not.
 *
 * That is why no private way around check_body_keeps_annotations() is
 * needed: undo replays step 3, 2, 1 backwards and redo 1, 2, 3, and every
 * row is valid when it is written. */
static gboolean
update_text (DmStore     *store,
             const char  *article_uuid,
             const char  *new_body,
             guint       *n_moved,
             guint       *n_orphaned,
             GError     **error)
{
  g_autoptr(DmArticle) article = NULL;
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GPtrArray) finals = NULL;
  g_autoptr(GArray) runs = NULL;
  g_autofree char *now = NULL;
  g_auto(Text) old_text = { 0 };
  g_auto(Text) new_text = { 0 };
  guint common_length;

  if (!(article = dm_store_lookup_article (store, article_uuid, error)))
    return FALSE;

  if (g_strcmp0 (dm_article_get_body (article), new_body) == 0)
    return TRUE;

  if (!(annotations = dm_store_dup_annotations (store, article_uuid, error)))
    return FALSE;

  text_init (&old_text, dm_article_get_body (article));
  text_init (&new_text, new_body);
  common_length = MIN (old_text.len, new_text.len);

  /* Where each annotation is expected now, if only the text around it
   * changed; without a map (texts too different), the old offsets. */
  runs = diff_runs (&old_text, &new_text);
  now = _dm_now_iso8601 ();
  finals = g_ptr_array_new_full (annotations->len, g_object_unref);

  for (guint i = 0; i < annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (annotations, i);
      g_autoptr(DmAnnotation) final = dm_annotation_copy (annotation);
      DmAnchorResult result;
      guint expected_start, expected_end;
      guint start, end;

      expected_start = map_offset (runs, dm_annotation_get_start (annotation), FALSE, new_text.len);
      expected_end = map_offset (runs, dm_annotation_get_end (annotation), TRUE, new_text.len);
      result = locate (&new_text,
                       dm_annotation_get_quote (annotation),
                       dm_annotation_get_prefix (annotation),
                       dm_annotation_get_suffix (annotation),
                       expected_start, MAX (expected_start, expected_end),
                       &start, &end, NULL);

      if (result == DM_ANCHOR_ORPHAN)
        {
          /* Kept as coded, where it was: the quote stays what the coder
           * highlighted, the offsets are the old ones clamped into the
           * text (not the mapped ones, which may have shrunk to nothing). */
          clamp_span (new_text.len, dm_annotation_get_start (annotation), dm_annotation_get_end (annotation),
                      &start, &end);
          dm_annotation_set_span (final, start, end);
          dm_annotation_set_orphan (final, TRUE);
          (*n_orphaned)++;
        }
      else
        {
          g_autofree char *quote = dup_range (&new_text, start, end);
          g_autofree char *prefix = dup_range (&new_text, start > CONTEXT_LENGTH ? start - CONTEXT_LENGTH : 0, start);
          g_autofree char *suffix = dup_range (&new_text, end, MIN (new_text.len, end + CONTEXT_LENGTH));

          if (dm_annotation_get_orphan (annotation) ||
              start != dm_annotation_get_start (annotation) || end != dm_annotation_get_end (annotation))
            (*n_moved)++;

          dm_annotation_set_span (final, start, end);
          dm_annotation_set_quote (final, quote);
          dm_annotation_set_prefix (final, prefix);
          dm_annotation_set_suffix (final, suffix);
          dm_annotation_set_orphan (final, FALSE);
        }

      g_debug ("%s: %s", dm_annotation_get_uuid (annotation), dm_anchor_result_to_string (result));

      /* Step 1. */
      if (!valid_in_both (annotation, &new_text, common_length))
        {
          g_autoptr(DmAnnotation) detached = dm_annotation_copy (annotation);

          clamp_span (common_length, dm_annotation_get_start (annotation), dm_annotation_get_end (annotation),
                      &start, &end);
          dm_annotation_set_span (detached, start, end);
          dm_annotation_set_orphan (detached, TRUE);
          if (!_dm_store_put_annotation (store, detached, TRUE, error))
            return FALSE;
        }

      if (same_anchor (annotation, final))
        continue;

      dm_annotation_set_updated (final, now);
      g_ptr_array_add (finals, g_steal_pointer (&final));
    }

  /* Step 2. */
  dm_article_set_body (article, new_body);
  dm_article_set_updated (article, now);
  if (!_dm_store_put_article (store, article, TRUE, error))
    return FALSE;

  /* Step 3. */
  for (guint i = 0; i < finals->len; i++)
    if (!_dm_store_put_annotation (store, g_ptr_array_index (finals, i), TRUE, error))
      return FALSE;

  return TRUE;
}

/* }}} */

/* Public API {{{ */

/**
 * dm_anchor_result_to_string:
 * @result: a #DmAnchorResult
 *
 * Returns: (transfer none): a stable lower-case name ("exact-position",
 *   "exact-quote", "fuzzy", "orphan") for logs and machine output
 */
const char *
dm_anchor_result_to_string (DmAnchorResult result)
{
  switch (result)
    {
    case DM_ANCHOR_EXACT_POSITION: return "exact-position";
    case DM_ANCHOR_EXACT_QUOTE: return "exact-quote";
    case DM_ANCHOR_FUZZY: return "fuzzy";
    case DM_ANCHOR_ORPHAN: return "orphan";
    default: g_return_val_if_reached (NULL);
    }
}

/**
 * dm_reanchor_locate:
 * @body: the new text, UTF-8
 * @quote: (nullable): the text the annotation highlighted
 * @prefix: (nullable): the text that stood just before it; %NULL if
 *   unknown, "" if the quote began the text
 * @suffix: (nullable): the text that stood just after it; %NULL if unknown,
 *   "" if the quote ended the text
 * @old_start: where the quote began, in code points; or, better, where it
 *   is expected to begin now if the caller can map old offsets through the
 *   edit, as dm_store_update_article_text() does
 * @old_end: the code point after it
 * @new_start: (out) (optional): where the quote is now
 * @new_end: (out) (optional): the code point after it
 * @confidence: (out) (optional): 1 for %DM_ANCHOR_EXACT_POSITION, lower for
 *   the other finds, 0 for an orphan
 *
 * Finds @quote again in @body, in this order:
 *
 * 1. at its old offsets (%DM_ANCHOR_EXACT_POSITION);
 * 2. elsewhere, exactly (%DM_ANCHOR_EXACT_QUOTE). An occurrence may be taken
 *    if both @prefix and @suffix agree in full with the text around it, or
 *    if one of them vouches for it (8 code points agree, or the whole
 *    stored side if shorter) and it starts within max (32, length) code
 *    points of @old_start. Of those, the one with the most code points of
 *    context agreeing is taken; equally good ones are settled by the old
 *    position only if one is strictly nearer. Failing all that, a quote of
 *    32 code points or more that occurs exactly once is taken;
 * 3. approximately, within max (2000, 10 × length) code points of the old
 *    position (%DM_ANCHOR_FUZZY): the spans closest to @quote in edit
 *    distance (Levenshtein over code points, bounded by max (2, 15 % of the
 *    length)), kept if their similarity is at least 0.85 and their context
 *    passes the test of step 2; the best (similarity plus a quarter of the
 *    share of context agreeing) must beat the next by 0.05, or be the only
 *    one over the old span.
 *
 * Anything else is %DM_ANCHOR_ORPHAN: a look-alike passage without the old
 * context is never taken. An empty @quote is always an orphan. For an
 * orphan, @new_start and @new_end receive the old offsets clamped into
 * @body (and widened to one code point if they became empty), which is
 * where the store keeps orphans.
 *
 * Returns: how the quote was found
 */
DmAnchorResult
dm_reanchor_locate (const char *body,
                    const char *quote,
                    const char *prefix,
                    const char *suffix,
                    guint       old_start,
                    guint       old_end,
                    guint      *new_start,
                    guint      *new_end,
                    double     *confidence)
{
  g_auto(Text) text = { 0 };

  g_return_val_if_fail (body != NULL, DM_ANCHOR_ORPHAN);
  g_return_val_if_fail (g_utf8_validate (body, -1, NULL), DM_ANCHOR_ORPHAN);

  text_init (&text, body);

  return locate (&text, quote, prefix, suffix, old_start, old_end, new_start, new_end, confidence);
}

/**
 * dm_store_update_article_text:
 * @store: a #DmStore
 * @article_uuid: the article whose text is corrected
 * @new_body: the corrected text, UTF-8; line ends become LF and the text is
 *   put in NFC, as for imported articles
 * @n_moved: (out) (optional): how many annotations now have other offsets
 *   (orphans placed again included)
 * @n_orphaned: (out) (optional): how many of the article's annotations are
 *   orphans afterwards (those that already were and still cannot be placed
 *   included)
 * @error: return location for an error
 *
 * Changes an article's text and re-anchors every annotation of it with
 * dm_reanchor_locate(), in one transaction: either the text and all the
 * annotations change, or nothing does. An annotation found again gets its
 * new offsets, its quote as the new text reads there (which differs from
 * the old quote after a fuzzy match) and a freshly taken prefix and suffix.
 * One that cannot be placed is kept, with its old offsets clamped into the
 * new text, its quote as coded and #DmAnnotation:orphan set; it is never
 * deleted. Orphans already there are tried again.
 *
 * Old offsets are first mapped through a diff of the two texts (Myers,
 * over code points, given up beyond 1000 inserted or deleted code points),
 * so that "near the old position" means near where the quote should now
 * be.
 *
 * The change is one undo entry.
 *
 * Returns: %TRUE if the text was saved (or was already the same)
 */
gboolean
dm_store_update_article_text (DmStore     *store,
                              const char  *article_uuid,
                              const char  *new_body,
                              guint       *n_moved,
                              guint       *n_orphaned,
                              GError     **error)
{
  g_autofree char *normal = NULL;
  guint moved = 0;
  guint orphaned = 0;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (article_uuid != NULL, FALSE);
  g_return_val_if_fail (new_body != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (new_body, -1, NULL))
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_BAD_TEXT,
                           "the new text is not valid UTF-8; the text was not changed");
      return FALSE;
    }

  normal = normalize_text (new_body);
  if (normal == NULL || normal[0] == '\0')
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID,
                           "the article text must not be empty; the text was not changed");
      return FALSE;
    }

  if (!_dm_store_begin (store, error))
    return FALSE;

  if (!update_text (store, article_uuid, normal, &moved, &orphaned, error))
    {
      _dm_store_rollback (store);
      return FALSE;
    }

  /* A failed commit has rolled back already. */
  if (!_dm_store_commit (store, error))
    return FALSE;

  if (n_moved != NULL)
    *n_moved = moved;
  if (n_orphaned != NULL)
    *n_orphaned = orphaned;

  return TRUE;
}

/**
 * dm_store_place_annotation:
 * @store: a #DmStore
 * @annotation_uuid: the annotation, typically an orphan
 * @start: the first code point of the span chosen by the analyst
 * @end: the code point after it
 * @error: return location for an error
 *
 * Places an annotation by hand: the span moves to @start–@end, its quote,
 * prefix and suffix are taken from the article text there and
 * #DmAnnotation:orphan is cleared. The coding is left as it is.
 *
 * Returns: %TRUE if the annotation was saved
 */
gboolean
dm_store_place_annotation (DmStore     *store,
                           const char  *annotation_uuid,
                           guint        start,
                           guint        end,
                           GError     **error)
{
  g_autoptr(DmAnnotation) annotation = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (annotation_uuid != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (start >= end)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID, "span %u–%u is empty", start, end);
      return FALSE;
    }

  if (!(annotation = dm_store_lookup_annotation (store, annotation_uuid, error)))
    return FALSE;

  /* NULL quote and context make the store take them from the text. */
  dm_annotation_set_span (annotation, start, end);
  dm_annotation_set_quote (annotation, NULL);
  dm_annotation_set_prefix (annotation, NULL);
  dm_annotation_set_suffix (annotation, NULL);
  dm_annotation_set_orphan (annotation, FALSE);

  return dm_store_update_annotation (store, annotation, error);
}

/* }}} */
