/* dm-comparison-engine.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-engine"

#include "config.h"

#include <string.h>

#include "dm-comparison-private.h"
#include "dm-error.h"
#include "dm-store-private.h"

/* The rules, in one place (see issue 5):
 *
 * - Attribution. An annotation counts for actor X when X is one of its
 *   speakers, or, with roll-up, when a speaker is a person whose
 *   representation of X covers the article's publication date
 *   (dm_representation_covers()). A joint statement counts for each of its
 *   actors, so a statement by "Belarus, China" is on both sides of China vs
 *   Belarus. Roll-up is one level: person → actor.
 *
 * - Undated articles. dm_representation_covers() treats an unknown date as
 *   covered by every period, and so does the comparison: the person counts
 *   for whatever they represented at some time. The article's `created`
 *   stamp is not used instead: it says when the analyst saved the text, not
 *   when the words were said, and an archive of 2019 articles imported
 *   today would otherwise be credited to today's office holders. With a
 *   date filter set, undated articles are excluded before this question
 *   arises.
 *
 * - Dominant polarity. The most frequent of supports, opposes, neutral and
 *   mixed; a tie goes to the polarity of the newest evidence (list order:
 *   newest article first, text order within an article, so the badge
 *   matches the first quote shown). Polarity "none" (a blame, a threat
 *   coded without a stance) is dominant only when it is all there is.
 *
 * - Relation. A side without evidence makes ONLY_A/ONLY_B. Otherwise a
 *   "none"-only side, or a "shifting" side (one that has both supported
 *   and opposed), makes PARTLY; equal dominant polarities AGREE; supports
 *   against opposes DISAGREE; anything else (mixed or neutral against
 *   another stance) is PARTLY.
 *
 * - Agreement. (agree + ½ partly) / (agree + disagree + partly) over the
 *   shared topics; undefined, not 0, when no topic is shared.
 *
 * - Annotations without a topic cannot be compared and are left out.
 *
 * - Orphans (annotations that could not be re-anchored after their
 *   article's text was corrected, issue 6) are left out too: their span no
 *   longer says where the quote is, and the analyst has yet to confirm it.
 *   They are counted per actor instead, so that a comparison says how much
 *   evidence is waiting to be placed.
 */

/* A map from SQLite rowids to small indices: open addressing, linear
 * probing. The engine maps several ids per row (annotation, article,
 * topic, actor), and hashing int64 keys through GHashTable would need a
 * boxed key each. */
typedef struct
{
  gint64 *keys;
  guint  *values;   /* index + 1; 0 is an empty slot */
  guint   mask;
  guint   len;
} IdMap;

static void
id_map_init (IdMap *map,
             guint  capacity)
{
  guint size = 16;

  while (size < capacity * 2)
    size <<= 1;

  map->keys = g_new (gint64, size);
  map->values = g_new0 (guint, size);
  map->mask = size - 1;
  map->len = 0;
}

static void
id_map_clear (IdMap *map)
{
  g_clear_pointer (&map->keys, g_free);
  g_clear_pointer (&map->values, g_free);
}

static guint
id_map_slot (const IdMap *map,
             gint64       key)
{
  /* Fibonacci hashing spreads consecutive rowids. */
  guint64 h = (guint64) key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);
  guint slot = (guint) (h >> 32) & map->mask;

  while (map->values[slot] != 0 && map->keys[slot] != key)
    slot = (slot + 1) & map->mask;

  return slot;
}

/* Returns the index for @key, or G_MAXUINT if absent. */
static guint
id_map_lookup (const IdMap *map,
               gint64       key)
{
  guint slot = id_map_slot (map, key);

  return map->values[slot] != 0 ? map->values[slot] - 1 : G_MAXUINT;
}

static void
id_map_insert (IdMap  *map,
               gint64  key,
               guint   value)
{
  guint slot;

  if ((map->len + 1) * 2 > map->mask + 1)
    {
      IdMap bigger;

      id_map_init (&bigger, map->mask + 1);
      for (guint i = 0; i <= map->mask; i++)
        if (map->values[i] != 0)
          {
            guint to = id_map_slot (&bigger, map->keys[i]);

            bigger.keys[to] = map->keys[i];
            bigger.values[to] = map->values[i];
            bigger.len++;
          }
      id_map_clear (map);
      *map = bigger;
    }

  slot = id_map_slot (map, key);
  if (map->values[slot] == 0)
    map->len++;
  map->keys[slot] = key;
  map->values[slot] = value + 1;
}

typedef struct
{
  guint  item;
  guint  actor;      /* G_MAXUINT once refused */
  gint64 speaker;    /* the person, for a credit through a representation */
} Credit;

typedef struct
{
  guint       item;
  guint       position;
  const char *name;
} Speaker;

typedef struct
{
  gint64      person;
  gint64      represented;
  const char *from;
  const char *until;
} Period;

typedef struct
{
  DmEvidenceSet *set;
  gboolean       with_text;
  GHashTable    *actor_index;   /* uuid → index + 1, for the actors asked for */
  gint64        *actor_ids;     /* actor index → rowid */
  IdMap          actors;        /* actor rowid → actor index, the actors asked for */
  IdMap          names;         /* actor rowid → index into names_list */
  GPtrArray     *names_list;    /* interned names */
  IdMap          topics;        /* topic rowid → topic index */
  GArray        *periods;       /* Period */
  IdMap          articles;      /* article rowid → article index */
  IdMap          items;         /* annotation rowid → item index */
  GArray        *credits;       /* Credit */
  GArray        *speakers;      /* Speaker */
} Collect;

static const char *
chunk_const (GStringChunk *chunk,
             const char   *value)
{
  return value != NULL ? g_string_chunk_insert_const (chunk, value) : NULL;
}

static const char *
chunk_insert (GStringChunk *chunk,
              const char   *value)
{
  return value != NULL ? g_string_chunk_insert (chunk, value) : NULL;
}

static guint
topic_depth (guint *parents,
             guint *depths,
             guint  topic)
{
  /* Depth 1 is a root. The store refuses cycles; the marker is a guard
   * against a damaged file all the same. */
  if (depths[topic] == 0)
    {
      guint parent = parents[topic];

      depths[topic] = G_MAXUINT;
      if (parent == G_MAXUINT)
        depths[topic] = 1;
      else
        {
          guint above = topic_depth (parents, depths, parent);

          depths[topic] = above == G_MAXUINT ? 1 : above + 1;
        }
    }

  return depths[topic];
}

static gboolean
load_topics (DmEvidenceSet      *set,
             DmStore            *store,
             DmComparisonQuery  *query,
             GError            **error)
{
  g_autofree guint *parents = NULL;
  g_autofree guint *depths = NULL;
  const char * const *wanted;
  guint depth = dm_comparison_query_get_depth (query);
  guint n;

  if (!(set->topics = dm_store_dup_topics (store, error)))
    return FALSE;

  n = set->topics->len;
  set->topic_index = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < n; i++)
    g_hash_table_insert (set->topic_index,
                         (gpointer) dm_topic_get_uuid (g_ptr_array_index (set->topics, i)),
                         GUINT_TO_POINTER (i + 1));

  wanted = dm_comparison_query_get_topics (query);
  for (guint i = 0; wanted[i] != NULL; i++)
    if (!g_hash_table_contains (set->topic_index, wanted[i]))
      {
        g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "no topic with uuid %s", wanted[i]);
        return FALSE;
      }

  parents = g_new (guint, n);
  depths = g_new0 (guint, n);
  set->folded = g_new (guint, n);

  for (guint i = 0; i < n; i++)
    {
      const char *parent = dm_topic_get_parent_uuid (g_ptr_array_index (set->topics, i));
      guint found = parent != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (set->topic_index, parent)) : 0;

      parents[i] = found > 0 ? found - 1 : G_MAXUINT;
    }

  for (guint i = 0; i < n; i++)
    {
      guint folded = i;

      if (depth > 0)
        {
          guint steps = topic_depth (parents, depths, i);

          for (; steps > depth && parents[folded] != G_MAXUINT; steps--)
            folded = parents[folded];
        }

      set->folded[i] = folded;
    }

  return TRUE;
}

static void
context_found_cb (int         kind,
                  gint64      id,
                  gint64      other,
                  const char *uuid,
                  const char *name,
                  gpointer    user_data)
{
  Collect *collect = user_data;
  DmEvidenceSet *set = collect->set;

  switch (kind)
    {
    case 0:  /* an actor */
      {
        guint wanted = GPOINTER_TO_UINT (g_hash_table_lookup (collect->actor_index, uuid));

        if (wanted > 0)
          {
            id_map_insert (&collect->actors, id, wanted - 1);
            collect->actor_ids[wanted - 1] = id;
          }
        id_map_insert (&collect->names, id, collect->names_list->len);
        g_ptr_array_add (collect->names_list, (gpointer) chunk_const (set->strings, name));
      }
      break;

    case 1:  /* a topic */
      {
        guint topic = GPOINTER_TO_UINT (g_hash_table_lookup (set->topic_index, uuid));

        if (topic > 0)
          id_map_insert (&collect->topics, id, topic - 1);
      }
      break;

    case 2:  /* a representation period */
      {
        Period period = { id, other, chunk_const (set->strings, uuid), chunk_const (set->strings, name) };

        g_array_append_val (collect->periods, period);
      }
      break;

    default:
      g_assert_not_reached ();
    }
}

static guint
find_article (Collect *collect,
              gint64   id)
{
  DmEvidenceSet *set = collect->set;
  guint article = id_map_lookup (&collect->articles, id);

  /* Filled in by article_found_cb() once all rows are in. */
  if (article == G_MAXUINT)
    {
      DmEvidenceArticle entry = { .id = id };

      article = set->articles->len;
      g_array_append_val (set->articles, entry);
      id_map_insert (&collect->articles, id, article);
    }

  return article;
}

static void
evidence_found_cb (const DmEvidenceRecord *record,
                   gpointer                user_data)
{
  Collect *collect = user_data;
  DmEvidenceSet *set = collect->set;
  Credit credit;
  guint topic;

  if ((topic = id_map_lookup (&collect->topics, record->topic_id)) == G_MAXUINT ||
      (credit.actor = id_map_lookup (&collect->actors, record->credited_id)) == G_MAXUINT)
    return;

  credit.speaker = record->via_representation ? record->speaker_id : 0;

  /* One item per annotation, however many actors, persons and speakers it
   * comes through. */
  credit.item = id_map_lookup (&collect->items, record->annotation_id);
  if (credit.item == G_MAXUINT)
    {
      DmEvidenceItem item = {
        .id = record->annotation_id,
        .article = find_article (collect, record->article_id),
        .start = record->start,
        .end = record->end,
        .topic = topic,
        .folded = set->folded[topic],
        .polarity = record->polarity,
        .mode = record->mode,
        .key_quote = record->key_quote,
        .orphan = record->orphan,
      };

      if (collect->with_text)
        {
          item.annotation_uuid = chunk_insert (set->strings, record->annotation_uuid);
          item.quote = chunk_insert (set->strings, record->quote);
          item.coder = chunk_insert (set->strings, record->coder);
        }

      credit.item = set->items->len;
      g_array_append_val (set->items, item);
      id_map_insert (&collect->items, record->annotation_id, credit.item);
    }

  g_array_append_val (collect->credits, credit);

  /* With text, each row also carries one of the annotation's speakers; a
   * joint statement repeats per credit, which build_speakers() folds. */
  if (collect->with_text)
    {
      guint name = id_map_lookup (&collect->names, record->co_speaker_id);
      Speaker speaker = {
        credit.item,
        record->co_speaker_position,
        name != G_MAXUINT ? g_ptr_array_index (collect->names_list, name) : NULL,
      };

      g_array_append_val (collect->speakers, speaker);
    }
}

static void
article_found_cb (gint64      id,
                  const char *published,
                  const char *source,
                  const char *uuid,
                  const char *title,
                  gpointer    user_data)
{
  Collect *collect = user_data;
  DmEvidenceSet *set = collect->set;
  guint index = id_map_lookup (&collect->articles, id);
  DmEvidenceArticle *article;

  if (index == G_MAXUINT)
    return;

  article = &g_array_index (set->articles, DmEvidenceArticle, index);
  article->published = chunk_const (set->strings, published);
  if (collect->with_text)
    {
      article->source = chunk_const (set->strings, source);
      article->uuid = chunk_insert (set->strings, uuid);
      article->title = chunk_insert (set->strings, title);
    }
}

static int
compare_int64 (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static int
compare_periods (gconstpointer a,
                 gconstpointer b)
{
  const Period *x = a;
  const Period *y = b;

  return (x->person > y->person) - (x->person < y->person);
}

/* A person's statement counts for the actor only if one of their periods
 * representing it covers the article's date; refused credits are marked. */
static void
check_periods (Collect *collect)
{
  DmEvidenceSet *set = collect->set;
  GArray *periods = collect->periods;
  IdMap first;

  g_array_sort (periods, compare_periods);
  id_map_init (&first, periods->len);
  for (guint i = periods->len; i > 0; i--)
    id_map_insert (&first, g_array_index (periods, Period, i - 1).person, i - 1);

  for (guint i = 0; i < collect->credits->len; i++)
    {
      Credit *credit = &g_array_index (collect->credits, Credit, i);
      const DmEvidenceItem *item;
      const char *published;
      gboolean covered = FALSE;

      if (credit->speaker == 0)
        continue;

      item = &g_array_index (set->items, DmEvidenceItem, credit->item);
      published = g_array_index (set->articles, DmEvidenceArticle, item->article).published;

      for (guint p = id_map_lookup (&first, credit->speaker);
           !covered && p < periods->len && g_array_index (periods, Period, p).person == credit->speaker;
           p++)
        {
          const Period *period = &g_array_index (periods, Period, p);
          DmRepresentation representation = {
            .from = (char *) period->from,
            .until = (char *) period->until,
          };

          covered = period->represented == collect->actor_ids[credit->actor] &&
                    dm_representation_covers (&representation, published);
        }

      if (!covered)
        credit->actor = G_MAXUINT;
    }

  id_map_clear (&first);
}

static int
compare_dates (gconstpointer a,
               gconstpointer b)
{
  /* Newest first; month and year precision sort before the days they
   * contain, as in SQL. */
  return -g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

static int
compare_articles (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GArray *articles = user_data;
  const DmEvidenceArticle *x = &g_array_index (articles, DmEvidenceArticle, *(const guint *) a);
  const DmEvidenceArticle *y = &g_array_index (articles, DmEvidenceArticle, *(const guint *) b);

  /* Newest first (undated last); on one day the later-added article. */
  if (x->rank != y->rank)
    return x->rank < y->rank ? -1 : 1;
  return (x->id < y->id) - (x->id > y->id);
}

static gboolean
item_precedes (const DmEvidenceItem *x,
               const DmEvidenceItem *y)
{
  /* Text order within an article; the rowid makes it total. */
  if (x->start != y->start)
    return x->start < y->start;
  if (x->end != y->end)
    return x->end < y->end;
  return x->id < y->id;
}

/* Puts the items in display order and files each under its actors.
 * Returns where each item moved. */
static guint *
sort_items (DmEvidenceSet *set,
            GArray        *credits)
{
  g_autoptr(GHashTable) ranks = g_hash_table_new (g_direct_hash, g_direct_equal);
  g_autoptr(GPtrArray) dates = g_ptr_array_new ();
  g_autofree guint *article_order = NULL;
  g_autofree guint *article_position = NULL;
  g_autofree guint *begins = NULL;
  g_autofree guint *ends = NULL;
  g_autofree guint *order = NULL;
  g_autoptr(GArray) sorted = NULL;
  guint *moved_to;
  guint n = set->items->len;

  /* Dates are interned, so a rank per distinct pointer; undated last. */
  for (guint i = 0; i < set->articles->len; i++)
    {
      const char *published = g_array_index (set->articles, DmEvidenceArticle, i).published;

      if (published != NULL && g_hash_table_add (ranks, (gpointer) published))
        g_ptr_array_add (dates, (gpointer) published);
    }
  g_ptr_array_sort (dates, compare_dates);
  for (guint i = 0; i < dates->len; i++)
    g_hash_table_insert (ranks, g_ptr_array_index (dates, i), GUINT_TO_POINTER (i));
  for (guint i = 0; i < set->articles->len; i++)
    {
      DmEvidenceArticle *article = &g_array_index (set->articles, DmEvidenceArticle, i);

      article->rank = article->published != NULL
                      ? GPOINTER_TO_UINT (g_hash_table_lookup (ranks, article->published))
                      : G_MAXUINT;
    }

  /* Articles in order, then each article's items in text order: the
   * items of one article are few, so this is a sort of the articles and
   * a bucket pass, not a sort of every item. */
  article_order = g_new (guint, MAX (set->articles->len, 1));
  article_position = g_new (guint, MAX (set->articles->len, 1));
  for (guint i = 0; i < set->articles->len; i++)
    article_order[i] = i;
  g_qsort_with_data (article_order, set->articles->len, sizeof (guint), compare_articles, set->articles);
  for (guint i = 0; i < set->articles->len; i++)
    article_position[article_order[i]] = i;

  begins = g_new0 (guint, set->articles->len + 1);
  ends = g_new (guint, set->articles->len + 1);
  order = g_new (guint, MAX (n, 1));
  for (guint i = 0; i < n; i++)
    begins[article_position[g_array_index (set->items, DmEvidenceItem, i).article] + 1]++;
  for (guint i = 0; i < set->articles->len; i++)
    begins[i + 1] += begins[i];
  memcpy (ends, begins, (set->articles->len + 1) * sizeof (guint));
  for (guint i = 0; i < n; i++)
    {
      const DmEvidenceItem *item = &g_array_index (set->items, DmEvidenceItem, i);
      guint bucket = article_position[item->article];
      guint j = ends[bucket]++;

      /* Insertion into the article's bucket, in text order. */
      while (j > begins[bucket] &&
             item_precedes (item, &g_array_index (set->items, DmEvidenceItem, order[j - 1])))
        {
          order[j] = order[j - 1];
          j--;
        }
      order[j] = i;
    }

  moved_to = g_new (guint, MAX (n, 1));
  sorted = g_array_sized_new (FALSE, FALSE, sizeof (DmEvidenceItem), n);
  for (guint i = 0; i < n; i++)
    {
      g_array_append_val (sorted, g_array_index (set->items, DmEvidenceItem, order[i]));
      moved_to[order[i]] = i;
    }
  g_array_unref (set->items);
  set->items = g_steal_pointer (&sorted);

  /* File each credit under its actor in display order: a counting sort on
   * the new item index, then one pass. An annotation credited twice to
   * one actor (two periods, or the actor and its own minister on one joint
   * statement) counts once. */
  {
    g_autofree guint *starts = g_new0 (guint, n + 1);
    g_autofree guint *placed = g_new (guint, MAX (credits->len, 1));
    g_autofree guint *last_orphan = g_new (guint, MAX (set->actor_uuids->len, 1));

    for (guint i = 0; i < set->actor_uuids->len; i++)
      last_orphan[i] = G_MAXUINT;

    for (guint i = 0; i < credits->len; i++)
      starts[moved_to[g_array_index (credits, Credit, i).item] + 1]++;
    for (guint i = 0; i < n; i++)
      starts[i + 1] += starts[i];
    for (guint i = 0; i < credits->len; i++)
      placed[starts[moved_to[g_array_index (credits, Credit, i).item]]++] = i;

    for (guint i = 0; i < credits->len; i++)
      {
        const Credit *credit = &g_array_index (credits, Credit, placed[i]);
        guint item = moved_to[credit->item];
        GArray *credited;

        if (credit->actor == G_MAXUINT)
          continue;

        /* Credits come in item order, so a repeat follows its first. */
        if (g_array_index (set->items, DmEvidenceItem, item).orphan)
          {
            if (last_orphan[credit->actor] != item)
              set->n_orphans[credit->actor]++;
            last_orphan[credit->actor] = item;
            continue;
          }

        credited = set->credited[credit->actor];
        if (credited->len == 0 || g_array_index (credited, guint, credited->len - 1) != item)
          g_array_append_val (credited, item);
      }
  }

  return moved_to;
}

/* Joins each item's speakers' names in coded order. Rows arrive in any
 * order, a joint statement's once per credit: bucket them by item, then
 * order the few of each item by position and drop repeats. */
static void
build_speakers (DmEvidenceSet *set,
                GArray        *speakers,
                const guint   *moved_to)
{
  g_autoptr(GString) joined = g_string_new (NULL);
  g_autofree guint *starts = g_new0 (guint, set->items->len + 1);
  g_autofree Speaker *placed = g_new (Speaker, MAX (speakers->len, 1));
  guint n_items = set->items->len;

  for (guint i = 0; i < speakers->len; i++)
    starts[moved_to[g_array_index (speakers, Speaker, i).item] + 1]++;
  for (guint i = 0; i < n_items; i++)
    starts[i + 1] += starts[i];
  for (guint i = 0; i < speakers->len; i++)
    {
      Speaker speaker = g_array_index (speakers, Speaker, i);

      speaker.item = moved_to[speaker.item];
      placed[starts[speaker.item]++] = speaker;
    }

  /* starts[i] is now the end of item i's bucket. */
  for (guint item = 0, begin = 0; item < n_items; begin = starts[item], item++)
    {
      guint end = starts[item];

      if (end == begin)
        continue;

      /* One speaker, the usual case, shares the interned name. */
      if (end - begin == 1)
        {
          g_array_index (set->items, DmEvidenceItem, item).speakers = placed[begin].name;
          continue;
        }

      for (guint i = begin + 1; i < end; i++)
        for (guint j = i; j > begin && placed[j - 1].position > placed[j].position; j--)
          {
            Speaker swap = placed[j];

            placed[j] = placed[j - 1];
            placed[j - 1] = swap;
          }

      g_string_truncate (joined, 0);
      for (guint i = begin; i < end; i++)
        {
          if (i > begin && placed[i - 1].position == placed[i].position)
            continue;
          if (joined->len > 0)
            g_string_append (joined, ", ");
          g_string_append (joined, placed[i].name != NULL ? placed[i].name : "");
        }
      g_array_index (set->items, DmEvidenceItem, item).speakers =
        g_string_chunk_insert_const (set->strings, joined->str);
    }
}

static void
evidence_set_clear (DmEvidenceSet *set)
{
  for (guint i = 0; set->objects != NULL && i < set->items->len; i++)
    g_clear_object (&set->objects[i]);
  g_clear_pointer (&set->objects, g_free);

  for (guint i = 0; set->actor_uuids != NULL && i < set->actor_uuids->len; i++)
    g_clear_pointer (&set->credited[i], g_array_unref);
  g_clear_pointer (&set->credited, g_free);
  g_clear_pointer (&set->n_orphans, g_free);
  g_clear_pointer (&set->actor_uuids, g_ptr_array_unref);
  g_clear_pointer (&set->items, g_array_unref);
  g_clear_pointer (&set->articles, g_array_unref);
  g_clear_pointer (&set->folded, g_free);
  g_clear_pointer (&set->topic_index, g_hash_table_unref);
  g_clear_pointer (&set->topics, g_ptr_array_unref);
  g_clear_pointer (&set->strings, g_string_chunk_free);
}

/*
 * _dm_evidence_set_new:
 * @store: the store
 * @actor_uuids: the actors, at least one, each once
 * @query: filters, roll-up and depth
 * @with_text: whether items carry quotes, titles, speakers and the like
 *
 * Fetches every annotation that counts for one of @actor_uuids, with the
 * codebook's topics: four statements (topics, codebook rowids, evidence,
 * articles) whatever the number of actors and topics.
 *
 * Returns: (transfer full) (nullable): the set
 */
DmEvidenceSet *
_dm_evidence_set_new (DmStore             *store,
                      const char * const  *actor_uuids,
                      DmComparisonQuery   *query,
                      gboolean             with_text,
                      GError             **error)
{
  g_autoptr(DmEvidenceSet) set = g_rc_box_new0 (DmEvidenceSet);
  g_autoptr(GHashTable) actor_index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) credits = g_array_new (FALSE, FALSE, sizeof (Credit));
  g_autoptr(GArray) speakers = g_array_new (FALSE, FALSE, sizeof (Speaker));
  g_autoptr(GArray) periods = g_array_new (FALSE, FALSE, sizeof (Period));
  g_autoptr(GPtrArray) names_list = g_ptr_array_new ();
  g_autofree gint64 *actor_ids = NULL;
  g_autofree gint64 *article_ids = NULL;
  Collect collect = { 0 };
  gboolean ok;
  guint n_actors;

  g_assert (DM_IS_STORE (store));
  g_assert (DM_IS_COMPARISON_QUERY (query));

  n_actors = g_strv_length ((char **) actor_uuids);
  actor_ids = g_new0 (gint64, MAX (n_actors, 1));

  set->strings = g_string_chunk_new (64 * 1024);
  set->articles = g_array_new (FALSE, FALSE, sizeof (DmEvidenceArticle));
  set->items = g_array_new (FALSE, FALSE, sizeof (DmEvidenceItem));
  set->actor_uuids = g_ptr_array_new_with_free_func (g_free);
  set->credited = g_new0 (GArray *, n_actors);
  set->n_orphans = g_new0 (guint, MAX (n_actors, 1));

  for (guint i = 0; i < n_actors; i++)
    {
      g_ptr_array_add (set->actor_uuids, g_strdup (actor_uuids[i]));
      g_hash_table_insert (actor_index, g_ptr_array_index (set->actor_uuids, i), GUINT_TO_POINTER (i + 1));
      set->credited[i] = g_array_new (FALSE, FALSE, sizeof (guint));
    }

  if (!load_topics (set, store, query, error))
    return NULL;

  collect.set = set;
  collect.with_text = with_text;
  collect.actor_index = actor_index;
  collect.actor_ids = actor_ids;
  collect.names_list = names_list;
  collect.periods = periods;
  collect.credits = credits;
  collect.speakers = speakers;
  id_map_init (&collect.actors, n_actors);
  id_map_init (&collect.names, 256);
  id_map_init (&collect.topics, set->topics->len);
  id_map_init (&collect.articles, 1024);
  id_map_init (&collect.items, 4096);

  /* Three statements: the codebook's rowids, the evidence, its articles. */
  ok = _dm_store_foreach_evidence_context (store, context_found_cb, &collect, error) &&
       _dm_store_foreach_evidence (store, actor_uuids, query, with_text, evidence_found_cb, &collect, error);

  if (ok)
    {
      article_ids = g_new (gint64, MAX (set->articles->len, 1));
      for (guint i = 0; i < set->articles->len; i++)
        article_ids[i] = g_array_index (set->articles, DmEvidenceArticle, i).id;
      /* In rowid order the seeks walk the index forwards. */
      qsort (article_ids, set->articles->len, sizeof (gint64), compare_int64);
      ok = _dm_store_foreach_evidence_article (store, article_ids, set->articles->len,
                                               article_found_cb, &collect, error);
    }

  if (ok)
    {
      g_autofree guint *moved_to = NULL;

      check_periods (&collect);
      moved_to = sort_items (set, credits);
      if (with_text)
        build_speakers (set, speakers, moved_to);
    }

  id_map_clear (&collect.actors);
  id_map_clear (&collect.names);
  id_map_clear (&collect.topics);
  id_map_clear (&collect.articles);
  id_map_clear (&collect.items);

  if (!ok)
    return NULL;

  return g_steal_pointer (&set);
}

DmEvidenceSet *
_dm_evidence_set_ref (DmEvidenceSet *set)
{
  return g_rc_box_acquire (set);
}

void
_dm_evidence_set_unref (DmEvidenceSet *set)
{
  if (set != NULL)
    g_rc_box_release_full (set, (GDestroyNotify) evidence_set_clear);
}

/*
 * _dm_evidence_set_get_evidence:
 * @item: an item index
 *
 * Made on first use: a comparison of two busy actors holds thousands of
 * quotes, of which a view shows a screenful.
 *
 * Returns: (transfer none): the evidence object for @item
 */
DmComparisonEvidence *
_dm_evidence_set_get_evidence (DmEvidenceSet *set,
                               guint          item)
{
  g_assert (set != NULL);
  g_assert (item < set->items->len);

  if (set->objects == NULL)
    set->objects = g_new0 (DmComparisonEvidence *, set->items->len);

  if (set->objects[item] == NULL)
    {
      const DmEvidenceItem *entry = &g_array_index (set->items, DmEvidenceItem, item);

      set->objects[item] = _dm_comparison_evidence_new (entry,
                                                        &g_array_index (set->articles, DmEvidenceArticle, entry->article),
                                                        g_ptr_array_index (set->topics, entry->topic));
    }

  return set->objects[item];
}

void
_dm_stance_tally_finish (DmStanceTally *tally)
{
  static const DmPolarity stances[] = {
    DM_POLARITY_SUPPORTS, DM_POLARITY_OPPOSES, DM_POLARITY_NEUTRAL, DM_POLARITY_MIXED,
  };
  DmPolarity best = DM_POLARITY_NONE;

  for (guint i = 0; i < G_N_ELEMENTS (stances); i++)
    {
      DmPolarity polarity = stances[i];

      if (tally->count[polarity] == 0)
        continue;

      /* Smaller positions are newer: items are listed newest first. */
      if (best == DM_POLARITY_NONE ||
          tally->count[polarity] > tally->count[best] ||
          (tally->count[polarity] == tally->count[best] && tally->newest[polarity] < tally->newest[best]))
        best = polarity;
    }

  tally->dominant = best;
  tally->shifting = tally->count[DM_POLARITY_SUPPORTS] > 0 && tally->count[DM_POLARITY_OPPOSES] > 0;
}

/*
 * _dm_evidence_set_tally:
 *
 * Returns: (transfer full): one finished #DmStanceTally per topic of the
 *   set (index = topic index; evidence sits at its folded topic)
 */
DmStanceTally *
_dm_evidence_set_tally (DmEvidenceSet *set,
                        guint          actor)
{
  DmStanceTally *tallies;
  GArray *credited;

  g_assert (set != NULL);
  g_assert (actor < set->actor_uuids->len);

  tallies = g_new0 (DmStanceTally, set->topics->len);
  credited = set->credited[actor];

  for (guint i = 0; i < credited->len; i++)
    {
      guint index = g_array_index (credited, guint, i);
      const DmEvidenceItem *item = &g_array_index (set->items, DmEvidenceItem, index);
      DmStanceTally *tally = &tallies[item->folded];

      if (tally->count[item->polarity]++ == 0)
        tally->newest[item->polarity] = index;
      tally->total++;
    }

  for (guint t = 0; t < set->topics->len; t++)
    if (tallies[t].total > 0)
      _dm_stance_tally_finish (&tallies[t]);

  return tallies;
}

/*
 * _dm_evidence_set_get_n_orphans:
 *
 * Returns: how many orphaned annotations would have counted for @actor,
 *   under the set's filters, had they been placed
 */
guint
_dm_evidence_set_get_n_orphans (DmEvidenceSet *set,
                                guint          actor)
{
  g_assert (set != NULL);
  g_assert (actor < set->actor_uuids->len);

  return set->n_orphans[actor];
}

static gboolean
is_clear (DmPolarity polarity)
{
  return polarity == DM_POLARITY_SUPPORTS || polarity == DM_POLARITY_OPPOSES;
}

DmRelation
_dm_relation_between (const DmStanceTally *a,
                      const DmStanceTally *b)
{
  g_assert (a->total > 0 || b->total > 0);

  if (a->total == 0)
    return DM_RELATION_ONLY_B;
  if (b->total == 0)
    return DM_RELATION_ONLY_A;

  if (a->dominant == DM_POLARITY_NONE || b->dominant == DM_POLARITY_NONE)
    return DM_RELATION_PARTLY;

  if (a->shifting || b->shifting)
    return DM_RELATION_PARTLY;

  if (a->dominant == b->dominant)
    return DM_RELATION_AGREE;

  if (is_clear (a->dominant) && is_clear (b->dominant))
    return DM_RELATION_DISAGREE;

  return DM_RELATION_PARTLY;
}

/*
 * _dm_agreement_from_counts:
 * @counts: DM_N_RELATIONS counts
 * @n_shared: (out) (optional): topics on which both sides have evidence
 *
 * Returns: the agreement in 0..1, or -1 when no topic is shared
 */
double
_dm_agreement_from_counts (const guint *counts,
                           guint       *n_shared)
{
  guint shared = counts[DM_RELATION_AGREE] + counts[DM_RELATION_DISAGREE] + counts[DM_RELATION_PARTLY];

  if (n_shared != NULL)
    *n_shared = shared;

  if (shared == 0)
    return -1.0;

  return (counts[DM_RELATION_AGREE] + 0.5 * counts[DM_RELATION_PARTLY]) / shared;
}

/*
 * _dm_evidence_set_dup_filter_paths:
 *
 * Returns: (transfer full) (element-type utf8): the paths of the topics the
 *   query is filtered to, for describing it
 */
GPtrArray *
_dm_evidence_set_dup_filter_paths (DmEvidenceSet     *set,
                                   DmComparisonQuery *query)
{
  const char * const *wanted = dm_comparison_query_get_topics (query);
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; wanted[i] != NULL; i++)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (set->topic_index, wanted[i]));
      DmTopic *topic = index > 0 ? g_ptr_array_index (set->topics, index - 1) : NULL;

      g_ptr_array_add (paths, g_strdup (topic != NULL ? dm_topic_get_path (topic) : wanted[i]));
    }

  return paths;
}

static char *
join_ptr_array (GPtrArray  *values,
                const char *separator)
{
  g_autoptr(GString) joined = g_string_new (NULL);

  for (guint i = 0; i < values->len; i++)
    g_string_append_printf (joined, "%s%s", i > 0 ? separator : "", (const char *) g_ptr_array_index (values, i));

  return g_string_free (g_steal_pointer (&joined), FALSE);
}

static void
add_pair (GPtrArray  *pairs,
          const char *label,
          char       *value)
{
  g_ptr_array_add (pairs, g_strdup (label));
  g_ptr_array_add (pairs, value);
}

/*
 * _dm_comparison_query_describe:
 * @topic_paths: from _dm_evidence_set_dup_filter_paths()
 *
 * The filters in words, for people: label, value, label, value… Every
 * filter is listed, set or not, so a printed report says what it covers.
 *
 * Returns: (transfer full) (element-type utf8): labels and values
 */
GPtrArray *
_dm_comparison_query_describe (DmComparisonQuery *query,
                               GPtrArray         *topic_paths)
{
  GPtrArray *pairs = g_ptr_array_new_with_free_func (g_free);
  const char *from = dm_comparison_query_get_from (query);
  const char *to = dm_comparison_query_get_to (query);
  const char * const *sources = dm_comparison_query_get_sources (query);
  const char * const *coders = dm_comparison_query_get_coders (query);
  guint modes = dm_comparison_query_get_modes (query);
  guint depth = dm_comparison_query_get_depth (query);

  if (from != NULL && to != NULL)
    add_pair (pairs, "Dates", g_strdup_printf ("%s to %s", from, to));
  else if (from != NULL)
    add_pair (pairs, "Dates", g_strdup_printf ("from %s", from));
  else if (to != NULL)
    add_pair (pairs, "Dates", g_strdup_printf ("until %s", to));
  else
    add_pair (pairs, "Dates", g_strdup ("all, undated articles included"));

  add_pair (pairs, "Sources", sources[0] != NULL ? g_strjoinv (", ", (char **) sources) : g_strdup ("all"));
  add_pair (pairs, "Topics",
            topic_paths != NULL && topic_paths->len > 0 ? join_ptr_array (topic_paths, ", ") : g_strdup ("all"));
  add_pair (pairs, "Coders", coders[0] != NULL ? g_strjoinv (", ", (char **) coders) : g_strdup ("all"));

  if (modes != 0)
    {
      g_autoptr(GPtrArray) names = g_ptr_array_new ();

      for (DmAttributionMode mode = DM_ATTRIBUTION_UNSPECIFIED; mode <= DM_ATTRIBUTION_SPOKESPERSON; mode++)
        if (modes & DM_ATTRIBUTION_MODE_BIT (mode))
          g_ptr_array_add (names, (gpointer) dm_attribution_mode_to_string (mode));
      add_pair (pairs, "Modes", join_ptr_array (names, ", "));
    }
  else
    add_pair (pairs, "Modes", g_strdup ("all"));

  add_pair (pairs, "Roll-up",
            g_strdup (dm_comparison_query_get_rollup (query)
                      ? "on (persons count for the actor they represented on the article's date)"
                      : "off (only statements coded with the actor itself)"));
  add_pair (pairs, "Topic depth",
            depth == 0 ? g_strdup ("as coded") : g_strdup_printf ("folded to level %u", depth));

  return pairs;
}
