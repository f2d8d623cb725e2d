/* dm-mention-finder.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-mention-finder"

#include "config.h"

#include <string.h>

#include "dm-actor.h"
#include "dm-mention-finder.h"

/**
 * DmMentionFinder:
 *
 * Finds the mentions of codebook actors in a text, so that an analyst who
 * highlights "Beijing called for a ceasefire" is offered China without
 * scrolling through 250 actors (issue #3).
 *
 * Every actor contributes its name, its official name, its code when it is
 * an organisation (for a state the ISO code is no word of running text),
 * its aliases, its demonyms and its capital. All of them go into one
 * Aho–Corasick automaton, built once in dm_mention_finder_new(), so a text
 * is read once whatever the size of the codebook.
 *
 * Matching rules:
 *
 * - Whole words: the characters around a mention are not letters or digits
 *   (g_unichar_isalnum()). A possessive stays outside: "China's" and
 *   "China’s" give the mention "China". Han, kana, Hangul, Thai and other
 *   scripts written without spaces between words need no boundary, or "中国"
 *   would never match inside "中国政府".
 * - Accents and case are folded: each character is decomposed (NFD), its
 *   combining marks are dropped and it is lower-cased, one character at a
 *   time as the text is read, so offsets stay exact. "Turkiye" finds
 *   "Türkiye" and the other way round. Curly and straight apostrophes are the
 *   same, and any run of white space (a line break included) matches the
 *   single space of "the Kremlin".
 * - Demonyms also match in the plural: "Russians", "Ukrainians".
 * - Capitals are kept where they carry meaning: wherever a name has a capital
 *   letter the text must have one too, so "turkey", "chad", "china" and
 *   "polish" are no mentions while "TÜRKIYE" in a headline is. Acronyms
 *   (organisation codes, and names in capitals such as "US", "EU", "WHO")
 *   and names that are common English words in lower case ("Turkey",
 *   "Chad", "Polish", "Union") must match exactly, capitals and small
 *   letters alike, so "us" and "TURKEY" are no mentions either.
 * - Leftmost-longest: mentions never overlap; of overlapping candidates the
 *   one that starts first wins, then the longest ("European Union" over a
 *   "Union" alias).
 * - When two actors share a name (the default codebook has none, but a user
 *   may create one) the mention goes to the first of them in the array
 *   given to dm_mention_finder_new(): the store returns actors in name
 *   order.
 *
 * A finder is immutable once built, so one instance may be used from
 * several threads at once. Build a new one when the codebook changes.
 */
struct _DmMentionFinder
{
  GObject       parent_instance;

  /* The automaton, states in breadth-first order; state 0 is the root.
   * The scanner holds a state as a code (see CODE_SPARSE). */
  guint32       *rows;
  guint32       *sparse;
  struct _StateInfo *info;
  guint32       *out_patterns;
  guint          n_states;
  guint          n_dense;
  guint          n_classes;

  /* What the characters of a text are to the automaton. */
  guint16       *class_table;
  GHashTable    *high_classes;

  struct _Pattern *patterns;
  guint          n_patterns;

  char         **actor_uuids;
};

G_DEFINE_FINAL_TYPE (DmMentionFinder, dm_mention_finder, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (DmMention, dm_mention, dm_mention_copy, dm_mention_free)

G_DEFINE_ENUM_TYPE (DmMentionKind, dm_mention_kind,
                    G_DEFINE_ENUM_VALUE (DM_MENTION_NAME, "name"),
                    G_DEFINE_ENUM_VALUE (DM_MENTION_ALIAS, "alias"),
                    G_DEFINE_ENUM_VALUE (DM_MENTION_ACRONYM, "acronym"),
                    G_DEFINE_ENUM_VALUE (DM_MENTION_DEMONYM, "demonym"),
                    G_DEFINE_ENUM_VALUE (DM_MENTION_CAPITAL, "capital"))

enum {
  PROP_0,
  PROP_N_PATTERNS,
  PROP_N_STATES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

#define NO_STATE          G_MAXUINT32
#define FOLD_DROP         ((gunichar)-1)

/* Character classes: the automaton's alphabet is the set of folded
 * characters that occur in some pattern, numbered from 2. Everything else
 * is CLASS_OTHER, which no edge carries, so it sends the automaton back to
 * the root without a look-up. */
#define CLASS_OTHER       0
#define CLASS_SPACE       1
#define CLASS_DROP        G_MAXUINT16

/* Characters below this have their class in a table; the rest (CJK mostly)
 * are folded and looked up in a hash table. The range covers Latin, Greek,
 * Cyrillic, Arabic and the General Punctuation block with its curly
 * quotes, which news text is full of. */
#define CLASS_TABLE_SIZE  0x3000

/* A pattern is at most this many folded characters ("units") long; the
 * scanner walks back that far at most to find where a match starts. "United
 * Kingdom of Great Britain and Northern Ireland" is 52. */
#define MAX_PATTERN_UNITS 255

/* Shallow states, where a scan spends most of its time, get a full row of
 * transitions so that a step is one load; deeper states keep their few
 * edges and a failure link. The budget keeps the rows in the CPU's second
 * level cache and bounds memory for big codebooks. */
#define DENSE_ROW_BUDGET  (128 * 1024)

/* The scanner's state is a code that says how to take the next step
 * without touching any other array: a dense state's code is the offset of
 * its row, so a step is rows[code / 4 + class]; a sparse state's code is
 * the offset of its record (below) with CODE_SPARSE set. CODE_REPORTS marks
 * states where a pattern ends, so the loop tests one bit to know it has
 * nothing to do. */
#define CODE_SPARSE       1u
#define CODE_REPORTS      2u
#define CODE_SHIFT        2

/* A sparse state is a record in one array of words, so that a step from it
 * touches one cache line or two: its failure code, its number, how many
 * edges it has, then (class, code) for each edge. Its code is the offset of
 * the record. */
#define SPARSE_FAIL       0
#define SPARSE_STATE      1
#define SPARSE_N_EDGES    2
#define SPARSE_EDGES      3

/* What a match needs to know about a state, in one record so that a
 * report costs one cache miss rather than one per array. */
typedef struct _StateInfo
{
  guint32 out_first;    /* patterns ending here: out_patterns[out_first…] */
  guint32 dict;         /* the longest proper suffix ending a pattern */
  guint16 n_out;
  guint16 depth;        /* units from the root */
  guint8  bounded_end;  /* every pattern reported here needs a boundary */
} StateInfo;

typedef enum
{
  CASE_ANY,
  CASE_UPPER,
  CASE_LOWER,
} CaseRule;

typedef struct _Pattern
{
  guint          actor;
  guint          n_units;
  guint8        *case_rules;   /* one CaseRule per unit, or NULL for none */
  DmMentionKind  kind;
  guint          bounded_start : 1;
  guint          bounded_end : 1;
} Pattern;

/* A match that passed the boundary and case checks and waits for the
 * leftmost-longest selection. */
typedef struct
{
  gsize  start_byte;
  gsize  end_byte;
  guint  start_cp;
  guint  end_cp;
  guint  actor;
  guint  pattern;
} Candidate;

typedef struct
{
  const DmMentionFinder *self;
  const guchar          *text;
  gsize                  text_len;
  GArray                *pending;
  gsize                  last_end;
  GPtrArray             *mentions;
} Scan;

/* Building: a trie whose children are sibling lists. */
typedef struct
{
  guint32 first_child;
  guint32 next_sibling;
  guint32 out_first;  /* patterns ending here, linked through out_next */
  guint16 class;
} BuildNode;

typedef struct
{
  GArray     *nodes;        /* BuildNode */
  GArray     *patterns;     /* Pattern */
  GArray     *out_next;     /* guint32 per pattern */
  GHashTable *classes;      /* folded gunichar -> class */
  GHashTable *seen;         /* pattern key -> TRUE */
} Builder;

/* Names of actors that are ordinary words in lower case, which must match
 * with their exact capitalisation: "TURKEY PRICES SOAR" is about birds. */
static const char * const common_words[] = {
  "bath", "chad", "chile", "china", "commonwealth", "cook", "danish",
  "dutch", "finn", "french", "guinea", "jersey", "japan", "jordan",
  "kremlin", "lima", "male", "man", "nice", "panama", "pentagon", "pole",
  "polish", "quad", "reading", "sucre", "swede", "turkey", "union",
  "victoria", "wales",
};

/* Folding {{{ */

static gunichar
fold_special (gunichar c)
{
  switch (c)
    {
    /* Curly quotes and the modifier letter apostrophe: "People’s". */
    case 0x2018: case 0x2019: case 0x02BC: case 0xFF07:
      return '\'';

    /* Unicode hyphens, as in "Guinea‐Bissau". */
    case 0x2010: case 0x2011:
      return '-';

    /* Letters with a stroke have no decomposition, but writers drop the
     * stroke as they drop accents ("Lodz" for "Łódź"). */
    case 0x0141: case 0x0142:
      return 'l';
    case 0x00D8: case 0x00F8:
      return 'o';
    case 0x0110: case 0x0111:
      return 'd';
    case 0x0131:
      return 'i';

    default:
      return c;
    }
}

/* One character in, at most one out: NFD, drop the marks, lower-case. The
 * one-to-one mapping keeps code-point offsets exact without a second pass;
 * what it cannot express (Hangul syllables decomposing into jamo, "ß" to
 * "ss") is left alone. */
static gunichar
fold_char_slow (gunichar c)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  if (g_unichar_isspace (c))
    return ' ';

  /* A soft hyphen is invisible: "Bela­rus" is "Belarus". */
  if (c == 0x00AD || g_unichar_ismark (c))
    return FOLD_DROP;

  n = g_unichar_fully_decompose (c, FALSE, decomposed, G_N_ELEMENTS (decomposed));

  if (n >= 1 && decomposed[0] != c)
    {
      gboolean only_marks = TRUE;

      /* g_unichar_ismark() returns a mask, not a gboolean: no "&=". */
      for (gsize i = 1; i < n && only_marks; i++)
        only_marks = g_unichar_ismark (decomposed[i]) != 0;

      if (only_marks)
        c = decomposed[0];
    }

  return g_unichar_tolower (fold_special (c));
}

static inline gunichar
fold_char (gunichar c)
{
  if (c < 0x80)
    {
      if (c >= 'A' && c <= 'Z')
        return c + ('a' - 'A');

      /* As g_ascii_isspace(). */
      if (c == ' ' || (c >= '\t' && c <= '\r'))
        return ' ';

      return c;
    }

  return fold_char_slow (c);
}

static inline gboolean
is_upper (gunichar c)
{
  if (c < 0x80)
    return c >= 'A' && c <= 'Z';

  return g_unichar_isupper (c) || g_unichar_istitle (c);
}

/* Scripts whose words are not separated by spaces. */
static gboolean
is_continuous_script (gunichar c)
{
  switch (g_unichar_get_script (c))
    {
    case G_UNICODE_SCRIPT_HAN:
    case G_UNICODE_SCRIPT_HIRAGANA:
    case G_UNICODE_SCRIPT_KATAKANA:
    case G_UNICODE_SCRIPT_BOPOMOFO:
    case G_UNICODE_SCRIPT_HANGUL:
    case G_UNICODE_SCRIPT_THAI:
    case G_UNICODE_SCRIPT_LAO:
    case G_UNICODE_SCRIPT_KHMER:
    case G_UNICODE_SCRIPT_MYANMAR:
    case G_UNICODE_SCRIPT_TIBETAN:
    case G_UNICODE_SCRIPT_YI:
      return TRUE;

    default:
      return FALSE;
    }
}

static inline gboolean
is_word_char (gunichar c)
{
  if (c < 0x80)
    return g_ascii_isalnum (c);

  return g_unichar_isalnum (c) && !is_continuous_script (c);
}

/* Decodes one character. Stored text is valid UTF-8, but a malformed byte
 * must not derail the scan: it counts as one U+FFFD, which never matches. */
static inline gunichar
decode_char (const guchar *p,
             const guchar *end,
             guint        *len)
{
  guchar b = p[0];
  gsize avail = end - p;
  gunichar c;

  if (b < 0x80)
    {
      *len = 1;
      return b;
    }

  if (b >= 0xC2 && b < 0xE0 && avail >= 2 && (p[1] & 0xC0) == 0x80)
    {
      *len = 2;
      return ((gunichar)(b & 0x1F) << 6) | (p[1] & 0x3F);
    }

  if (b >= 0xE0 && b < 0xF0 && avail >= 3 &&
      (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
    {
      c = ((gunichar)(b & 0x0F) << 12) | ((gunichar)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);

      if (c >= 0x800 && (c < 0xD800 || c > 0xDFFF))
        {
          *len = 3;
          return c;
        }
    }

  if (b >= 0xF0 && b < 0xF5 && avail >= 4 &&
      (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80 && (p[3] & 0xC0) == 0x80)
    {
      c = ((gunichar)(b & 0x07) << 18) | ((gunichar)(p[1] & 0x3F) << 12) |
          ((gunichar)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);

      if (c >= 0x10000 && c <= 0x10FFFF)
        {
          *len = 4;
          return c;
        }
    }

  *len = 1;
  return 0xFFFD;
}

static inline guint
class_of (const DmMentionFinder *self,
          gunichar               c)
{
  gunichar folded;

  if (c < CLASS_TABLE_SIZE)
    return self->class_table[c];

  folded = fold_char (c);

  if (folded == FOLD_DROP)
    return CLASS_DROP;

  if (folded < CLASS_TABLE_SIZE)
    return self->class_table[folded];

  return GPOINTER_TO_UINT (g_hash_table_lookup (self->high_classes, GUINT_TO_POINTER (folded)));
}

/* }}} */

/* Building {{{ */

static guint
builder_class (Builder  *builder,
               gunichar  folded)
{
  gpointer value;
  guint class;

  if (folded == ' ')
    return CLASS_SPACE;

  if (g_hash_table_lookup_extended (builder->classes, GUINT_TO_POINTER (folded), NULL, &value))
    return GPOINTER_TO_UINT (value);

  class = g_hash_table_size (builder->classes) + 2;

  /* Edges store classes in 16 bits. A codebook with 65,000 distinct
   * letters is not a codebook; its extra names simply never match. */
  if (class >= CLASS_DROP)
    return CLASS_OTHER;

  g_hash_table_insert (builder->classes, GUINT_TO_POINTER (folded), GUINT_TO_POINTER (class));

  return class;
}

static guint32
builder_child (Builder *builder,
               guint32  node,
               guint    class)
{
  guint32 child = g_array_index (builder->nodes, BuildNode, node).first_child;

  while (child != NO_STATE)
    {
      const BuildNode *n = &g_array_index (builder->nodes, BuildNode, child);

      if (n->class == class)
        return child;

      child = n->next_sibling;
    }

  return NO_STATE;
}

static guint32
builder_add_child (Builder *builder,
                   guint32  node,
                   guint    class)
{
  BuildNode child = { NO_STATE, NO_STATE, NO_STATE, class };
  guint32 id = builder->nodes->len;

  child.next_sibling = g_array_index (builder->nodes, BuildNode, node).first_child;
  g_array_append_val (builder->nodes, child);
  g_array_index (builder->nodes, BuildNode, node).first_child = id;

  return id;
}

static gboolean
is_common_word (const char *folded)
{
  for (guint i = 0; i < G_N_ELEMENTS (common_words); i++)
    {
      if (strcmp (folded, common_words[i]) == 0)
        return TRUE;
    }

  return FALSE;
}

static void
builder_add_pattern (Builder       *builder,
                     guint          actor,
                     const char    *str,
                     DmMentionKind  kind)
{
  g_autoptr(GArray) units = NULL;
  g_autoptr(GArray) originals = NULL;
  g_autoptr(GString) key = NULL;
  g_autoptr(GString) folded_str = NULL;
  g_autofree guint8 *rules = NULL;
  gboolean prev_space = TRUE;
  gboolean has_alnum = FALSE;
  gboolean all_upper = TRUE;
  gboolean has_rule = FALSE;
  guint n_letters = 0;
  gboolean exact;
  Pattern pattern = { 0 };
  guint32 node = 0;
  guint32 id;

  if (str == NULL || str[0] == '\0')
    return;

  if (!g_utf8_validate (str, -1, NULL))
    {
      g_debug ("Ignoring a name that is not UTF-8");
      return;
    }

  units = g_array_new (FALSE, FALSE, sizeof (gunichar));
  originals = g_array_new (FALSE, FALSE, sizeof (gunichar));

  /* Fold exactly as the scanner will: marks vanish, white space collapses
   * to one space, and the ends are trimmed. */
  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar f = fold_char (c);

      if (f == FOLD_DROP)
        continue;

      if (f == ' ')
        {
          if (prev_space)
            continue;
          prev_space = TRUE;
        }
      else
        {
          prev_space = FALSE;
        }

      if (g_unichar_isalnum (c))
        has_alnum = TRUE;

      if (g_unichar_isalpha (c))
        {
          n_letters++;
          if (!is_upper (c))
            all_upper = FALSE;
        }

      g_array_append_val (units, f);
      g_array_append_val (originals, c);
    }

  if (units->len > 0 && g_array_index (units, gunichar, units->len - 1) == ' ')
    {
      g_array_set_size (units, units->len - 1);
      g_array_set_size (originals, originals->len - 1);
    }

  if (!has_alnum || units->len == 0)
    return;

  if (units->len > MAX_PATTERN_UNITS)
    {
      g_debug ("Ignoring a name of %u characters", units->len);
      return;
    }

  folded_str = g_string_new (NULL);
  for (guint i = 0; i < units->len; i++)
    g_string_append_unichar (folded_str, g_array_index (units, gunichar, i));

  /* "US" and "U.S." are acronyms even when the codebook lists them as
   * aliases; an organisation's code always is one. */
  if (kind == DM_MENTION_ALIAS && n_letters >= 2 && all_upper)
    kind = DM_MENTION_ACRONYM;

  exact = kind == DM_MENTION_ACRONYM ||
          (n_letters > 0 && all_upper) ||
          is_common_word (folded_str->str);

  rules = g_new0 (guint8, units->len);
  for (guint i = 0; i < units->len; i++)
    {
      gunichar c = g_array_index (originals, gunichar, i);

      if (is_upper (c))
        rules[i] = CASE_UPPER;
      else if (exact && g_unichar_islower (c))
        rules[i] = CASE_LOWER;
      else
        rules[i] = CASE_ANY;

      has_rule |= rules[i] != CASE_ANY;
    }

  /* The same name twice (an alias repeating the official name, or two
   * actors sharing it): the first one wins. */
  key = g_string_new (folded_str->str);
  g_string_append_c (key, '\x1f');
  for (guint i = 0; i < units->len; i++)
    g_string_append_c (key, '0' + rules[i]);

  if (!g_hash_table_add (builder->seen, g_strdup (key->str)))
    return;

  for (guint i = 0; i < units->len; i++)
    {
      guint class = builder_class (builder, g_array_index (units, gunichar, i));
      guint32 child = builder_child (builder, node, class);

      if (child == NO_STATE)
        child = builder_add_child (builder, node, class);

      node = child;
    }

  pattern.actor = actor;
  pattern.n_units = units->len;
  pattern.case_rules = has_rule ? g_steal_pointer (&rules) : NULL;
  pattern.kind = kind;
  pattern.bounded_start = !is_continuous_script (g_array_index (originals, gunichar, 0));
  pattern.bounded_end = !is_continuous_script (g_array_index (originals, gunichar, originals->len - 1));

  id = builder->patterns->len;
  g_array_append_val (builder->patterns, pattern);

  /* Patterns ending at one node keep their order: the first actor's is
   * tried first. */
  {
    guint32 link = NO_STATE;
    guint32 *tail = &g_array_index (builder->nodes, BuildNode, node).out_first;

    while (*tail != NO_STATE)
      tail = &g_array_index (builder->out_next, guint32, *tail);

    *tail = id;
    g_array_append_val (builder->out_next, link);
  }
}

/* Whether an English demonym takes a plural in -s: "Russian", "Iraqi",
 * "Czech", but not "Chinese", "Swiss" or "British". The odd wrong guess
 * ("Frenchs") costs a pattern that never matches. */
static gboolean
has_plural (const char *demonym)
{
  gsize len = strlen (demonym);

  if (len < 2 || !g_ascii_isalpha (demonym[len - 1]))
    return FALSE;

  return !g_str_has_suffix (demonym, "s") &&
         !g_str_has_suffix (demonym, "ese") &&
         !g_str_has_suffix (demonym, "sh");
}

static void
builder_add_actor (Builder *builder,
                   guint    index,
                   DmActor *actor)
{
  const char * const *strv;

  builder_add_pattern (builder, index, dm_actor_get_name (actor), DM_MENTION_NAME);
  builder_add_pattern (builder, index, dm_actor_get_official_name (actor), DM_MENTION_NAME);

  /* A state's ISO code ("CHN", "USA") is a column in a table, not how
   * texts name it; an organisation's code ("NATO") is its name. */
  if (dm_actor_get_kind (actor) == DM_ACTOR_KIND_ORGANISATION)
    builder_add_pattern (builder, index, dm_actor_get_code (actor), DM_MENTION_ACRONYM);

  strv = dm_actor_get_aliases (actor);
  for (guint i = 0; strv[i] != NULL; i++)
    builder_add_pattern (builder, index, strv[i], DM_MENTION_ALIAS);

  strv = dm_actor_get_demonyms (actor);
  for (guint i = 0; strv[i] != NULL; i++)
    {
      builder_add_pattern (builder, index, strv[i], DM_MENTION_DEMONYM);

      /* "the Russians", "Ukrainians": a plural names the actor too, and
       * whole-word matching would miss it. */
      if (has_plural (strv[i]))
        {
          g_autofree char *plural = g_strconcat (strv[i], "s", NULL);

          builder_add_pattern (builder, index, plural, DM_MENTION_DEMONYM);
        }
    }

  builder_add_pattern (builder, index, dm_actor_get_capital (actor), DM_MENTION_CAPITAL);
}

/* The automaton's move from @state on @class, following failure links
 * through the build trie. Only used while building. */
static guint32
builder_next (Builder       *builder,
              const guint32 *fail,
              guint32        state,
              guint          class)
{
  for (;;)
    {
      guint32 child = builder_child (builder, state, class);

      if (child != NO_STATE)
        return child;

      if (state == 0)
        return 0;

      state = fail[state];
    }
}

static inline guint32
state_of_code (const DmMentionFinder *self,
               guint32                code)
{
  return (code & CODE_SPARSE) ? self->sparse[(code >> CODE_SHIFT) + SPARSE_STATE]
                               : (code >> CODE_SHIFT) / self->n_classes;
}

static void
dm_mention_finder_build (DmMentionFinder *self,
                         Builder         *builder)
{
  guint n = builder->nodes->len;
  g_autofree guint32 *fail = g_new (guint32, n);
  g_autofree guint32 *order = g_new (guint32, n);
  g_autofree guint32 *rank = g_new (guint32, n);
  g_autofree guint32 *codes = g_new (guint32, n);
  g_autofree guint32 *n_edges = g_new0 (guint32, n);
  g_autofree guint16 *depth = g_new0 (guint16, n);
  g_autofree guint8 *bounded_end = g_new0 (guint8, n);
  g_autofree guint32 *dict = g_new (guint32, n);
  g_autofree guint32 *out_first = g_new (guint32, n + 1);
  gsize n_words = 0;
  guint n_out = 0;
  guint head = 0;
  guint tail = 0;

  g_assert (DM_IS_MENTION_FINDER (self));

  self->n_classes = g_hash_table_size (builder->classes) + 2;

  /* Breadth-first order gives the failure links (a suffix is always
   * shallower) and puts the busy shallow states together in memory. */
  fail[0] = 0;
  order[tail++] = 0;

  while (head < tail)
    {
      guint32 state = order[head++];

      for (guint32 child = g_array_index (builder->nodes, BuildNode, state).first_child;
           child != NO_STATE;
           child = g_array_index (builder->nodes, BuildNode, child).next_sibling)
        {
          guint class = g_array_index (builder->nodes, BuildNode, child).class;

          fail[child] = state == 0 ? 0 : builder_next (builder, fail, fail[state], class);
          order[tail++] = child;
          n_edges[state]++;

          /* A state entered on a space loops on further spaces: "the\n
           * Kremlin" has one space to the automaton. */
          if (class == CLASS_SPACE)
            n_edges[child]++;
        }
    }

  g_assert (tail == n);

  for (guint i = 0; i < n; i++)
    rank[order[i]] = i;

  self->n_states = n;
  self->n_dense = CLAMP (DENSE_ROW_BUDGET / (self->n_classes * sizeof (guint32)), 1, n);
  self->rows = g_new (guint32, (gsize)self->n_dense * self->n_classes);
  self->out_patterns = g_new (guint32, MAX (builder->patterns->len, 1));

  /* Outputs and dictionary links (the longest proper suffix that
   * ends a pattern, so that "Union" is reported inside "European Union"),
   * all in breadth-first numbering. */
  for (guint i = 0; i < n; i++)
    {
      const BuildNode *node = &g_array_index (builder->nodes, BuildNode, order[i]);

      out_first[i] = n_out;
      for (guint32 p = node->out_first;
           p != NO_STATE;
           p = g_array_index (builder->out_next, guint32, p))
        self->out_patterns[n_out++] = p;
    }
  out_first[n] = n_out;

  dict[0] = NO_STATE;
  codes[0] = 0;

  for (guint i = 1; i < n; i++)
    {
      guint32 f = rank[fail[order[i]]];
      gboolean reports;

      dict[i] = out_first[f + 1] > out_first[f] ? f : dict[f];
      reports = out_first[i + 1] > out_first[i] || dict[i] != NO_STATE;

      /* Suffixes come first in breadth-first order, so dict's flag is set. */
      bounded_end[i] = dict[i] == NO_STATE || bounded_end[dict[i]];
      for (guint32 o = out_first[i]; o < out_first[i + 1]; o++)
        {
          const Pattern *pattern = &g_array_index (builder->patterns, Pattern,
                                                   self->out_patterns[o]);

          if (!pattern->bounded_end)
            bounded_end[i] = FALSE;
        }

      if (i < self->n_dense)
        {
          codes[i] = ((i * self->n_classes) << CODE_SHIFT) | (reports ? CODE_REPORTS : 0);
        }
      else
        {
          codes[i] = (n_words << CODE_SHIFT) | CODE_SPARSE | (reports ? CODE_REPORTS : 0);
          n_words += SPARSE_EDGES + 2 * n_edges[order[i]];
        }
    }

  /* How many units a state stands for, to walk back from a match. */
  for (guint i = 0; i < n; i++)
    {
      for (guint32 child = g_array_index (builder->nodes, BuildNode, order[i]).first_child;
           child != NO_STATE;
           child = g_array_index (builder->nodes, BuildNode, child).next_sibling)
        depth[rank[child]] = depth[i] + 1;
    }

  /* Codes are 30-bit offsets. */
  g_assert ((gsize)self->n_dense * self->n_classes < (1u << 30) && n_words < (1u << 30));
  self->sparse = g_new (guint32, MAX (n_words, 1));

  for (guint i = 0; i < n; i++)
    {
      const BuildNode *node = &g_array_index (builder->nodes, BuildNode, order[i]);
      guint32 f = rank[fail[order[i]]];

      if (i < self->n_dense)
        {
          guint32 *row = &self->rows[(gsize)i * self->n_classes];

          /* A dense state's failure target comes earlier in breadth-first
           * order, so its row is ready to be inherited. */
          if (i == 0)
            memset (row, 0, self->n_classes * sizeof (guint32));
          else
            memcpy (row, &self->rows[(gsize)f * self->n_classes],
                    self->n_classes * sizeof (guint32));

          for (guint32 child = node->first_child;
               child != NO_STATE;
               child = g_array_index (builder->nodes, BuildNode, child).next_sibling)
            row[g_array_index (builder->nodes, BuildNode, child).class] = codes[rank[child]];

          if (i > 0 && node->class == CLASS_SPACE)
            row[CLASS_SPACE] = codes[i];
        }
      else
        {
          guint32 *record = &self->sparse[codes[i] >> CODE_SHIFT];
          guint32 *edge = record + SPARSE_EDGES;

          record[SPARSE_FAIL] = codes[f];
          record[SPARSE_STATE] = i;
          record[SPARSE_N_EDGES] = n_edges[order[i]];

          for (guint32 child = node->first_child;
               child != NO_STATE;
               child = g_array_index (builder->nodes, BuildNode, child).next_sibling)
            {
              *edge++ = g_array_index (builder->nodes, BuildNode, child).class;
              *edge++ = codes[rank[child]];
            }

          if (node->class == CLASS_SPACE)
            {
              *edge++ = CLASS_SPACE;
              *edge++ = codes[i];
            }

          g_assert (edge == record + SPARSE_EDGES + 2 * record[SPARSE_N_EDGES]);
        }
    }

  self->info = g_new (StateInfo, n);
  for (guint i = 0; i < n; i++)
    {
      self->info[i].out_first = out_first[i];
      self->info[i].n_out = out_first[i + 1] - out_first[i];
      self->info[i].dict = dict[i];
      self->info[i].depth = depth[i];
      self->info[i].bounded_end = bounded_end[i];
    }

  self->n_patterns = builder->patterns->len;
  self->patterns = (Pattern *)(gpointer)g_array_free (g_steal_pointer (&builder->patterns), FALSE);

  /* Classes of the characters a text is made of, folded once here rather
   * than for every character scanned. */
  self->class_table = g_new (guint16, CLASS_TABLE_SIZE);
  for (gunichar c = 0; c < CLASS_TABLE_SIZE; c++)
    {
      gunichar f = fold_char (c);

      if (f == FOLD_DROP)
        self->class_table[c] = CLASS_DROP;
      else if (f == ' ')
        self->class_table[c] = CLASS_SPACE;
      else
        self->class_table[c] = GPOINTER_TO_UINT (g_hash_table_lookup (builder->classes,
                                                                      GUINT_TO_POINTER (f)));
    }

  self->high_classes = g_hash_table_new (NULL, NULL);
  {
    GHashTableIter iter;
    gpointer key, value;

    g_hash_table_iter_init (&iter, builder->classes);
    while (g_hash_table_iter_next (&iter, &key, &value))
      {
        if (GPOINTER_TO_UINT (key) >= CLASS_TABLE_SIZE)
          g_hash_table_insert (self->high_classes, key, value);
      }
  }

  g_debug ("%u patterns, %u states (%u dense), %u classes",
           self->n_patterns, self->n_states, self->n_dense, self->n_classes);
}

/* }}} */

/* Scanning {{{ */

/* A step from a sparse state: its own edges, then its failure links until a
 * dense state, whose row has the answer. */
static G_GNUC_NO_INLINE guint32
sparse_step (const DmMentionFinder *self,
             guint32                code,
             guint                  class)
{
  do
    {
      const guint32 *record = &self->sparse[code >> CODE_SHIFT];
      const guint32 *edge = record + SPARSE_EDGES;
      const guint32 *edges_end = edge + 2 * record[SPARSE_N_EDGES];

      for (; edge < edges_end; edge += 2)
        {
          if (edge[0] == class)
            return edge[1];
        }

      code = record[SPARSE_FAIL];
    }
  while (code & CODE_SPARSE);

  return self->rows[(code >> CODE_SHIFT) + class];
}

static int
compare_candidates (const Candidate *a,
                    const Candidate *b)
{
  if (a->start_byte != b->start_byte)
    return a->start_byte < b->start_byte ? -1 : 1;

  /* Longest first. */
  if (a->end_byte != b->end_byte)
    return a->end_byte > b->end_byte ? -1 : 1;

  if (a->actor != b->actor)
    return a->actor < b->actor ? -1 : 1;

  return a->pattern < b->pattern ? -1 : (a->pattern > b->pattern ? 1 : 0);
}

static void
emit_candidate (Scan            *scan,
                const Candidate *candidate)
{
  DmMention *mention = g_new0 (DmMention, 1);

  mention->start = candidate->start_cp;
  mention->end = candidate->end_cp;
  mention->actor_uuid = g_strdup (scan->self->actor_uuids[candidate->actor]);
  mention->text = g_strndup ((const char *)scan->text + candidate->start_byte,
                             candidate->end_byte - candidate->start_byte);
  mention->kind = scan->self->patterns[candidate->pattern].kind;

  g_ptr_array_add (scan->mentions, mention);
}

/* Leftmost-longest selection as the matches come, in order of their end.
 * Every match still to come starts at @bound or after it, so a pending
 * candidate that starts before @bound can no longer be beaten by a match
 * starting earlier or by a longer one at its start: the greedy choice
 * (earliest start, then longest) is final for it. */
static void
settle (Scan  *scan,
        gsize  bound)
{
  guint n = 0;

  while (n < scan->pending->len)
    {
      const Candidate *candidate = &g_array_index (scan->pending, Candidate, n);

      if (candidate->start_byte >= bound)
        break;

      if (candidate->start_byte >= scan->last_end)
        {
          emit_candidate (scan, candidate);
          scan->last_end = candidate->end_byte;
        }

      n++;
    }

  if (n > 0)
    g_array_remove_range (scan->pending, 0, n);
}

static void
add_candidate (Scan            *scan,
               const Candidate *candidate)
{
  guint pos = scan->pending->len;

  /* Matches arrive nearly in start order, so the place is near the end. */
  while (pos > 0 &&
         compare_candidates (&g_array_index (scan->pending, Candidate, pos - 1), candidate) > 0)
    pos--;

  g_array_insert_val (scan->pending, pos, *candidate);
}

/* Checks what the automaton cannot see: word boundaries around the match
 * and capitals. Moves @end over combining marks that belong to the last
 * letter. */
static gboolean
validate (const Scan    *scan,
          const Pattern *pattern,
          gsize          start,
          gsize         *end,
          guint         *end_cp)
{
  const guchar *text = scan->text;
  const guchar *text_end = text + scan->text_len;
  guint len;
  gunichar c;

  if (pattern->bounded_start && start > 0 && text[start - 1] < 0x80)
    {
      if (g_ascii_isalnum (text[start - 1]))
        return FALSE;
    }
  else if (pattern->bounded_start)
    {
      const char *p = (const char *)text + start;

      while ((p = g_utf8_find_prev_char ((const char *)text, p)) != NULL)
        {
          c = decode_char ((const guchar *)p, text_end, &len);

          if (g_unichar_ismark (c))
            continue;

          if (is_word_char (c))
            return FALSE;

          break;
        }
    }

  while (*end < scan->text_len && text[*end] >= 0x80)
    {
      c = decode_char (text + *end, text_end, &len);

      if (!g_unichar_ismark (c))
        break;

      *end += len;
      *end_cp += 1;
    }

  if (pattern->bounded_end && *end < scan->text_len)
    {
      c = decode_char (text + *end, text_end, &len);

      if (is_word_char (c))
        return FALSE;
    }

  if (pattern->case_rules != NULL)
    {
      gboolean prev_space = FALSE;
      gsize pos = start;
      guint unit = 0;

      while (unit < pattern->n_units)
        {
          gunichar f;

          g_assert (pos < *end);

          c = decode_char (text + pos, text_end, &len);
          pos += len;
          f = fold_char (c);

          if (f == FOLD_DROP)
            continue;

          if (f == ' ')
            {
              if (prev_space)
                continue;
              prev_space = TRUE;
            }
          else
            {
              prev_space = FALSE;
            }

          switch (pattern->case_rules[unit++])
            {
            case CASE_UPPER:
              if (!is_upper (c))
                return FALSE;
              break;

            case CASE_LOWER:
              if (is_upper (c))
                return FALSE;
              break;

            default:
              break;
            }
        }
    }

  return TRUE;
}

/* Walks back from @end over @depth units, noting where each non-space
 * unit starts. Rather than having the scanner remember the position of
 * every character, this is done only where a pattern ends. The text walked
 * over is what took the automaton to its state, so it is valid UTF-8. */
static void
walk_back (const Scan *scan,
           gsize       end,
           guint       end_cp,
           guint       depth,
           gsize      *starts,
           guint      *start_cps)
{
  const guchar *text = scan->text;
  gboolean after_space = FALSE;
  gsize pos = end;
  guint cp = end_cp;
  guint units = 0;

  while (units < depth)
    {
      gunichar f;
      guint len;

      g_assert (pos > 0);

      do
        pos--;
      while (pos > 0 && (text[pos] & 0xC0) == 0x80);

      cp--;
      f = fold_char (decode_char (text + pos, text + scan->text_len, &len));

      if (f == FOLD_DROP)
        continue;

      /* A run of white space is one unit. */
      if (f == ' ')
        {
          if (!after_space)
            units++;
          after_space = TRUE;
          continue;
        }

      after_space = FALSE;
      units++;
      starts[units] = pos;
      start_cps[units] = cp;
    }
}

static G_GNUC_NO_INLINE void
report (Scan    *scan,
        guint32  code,
        gsize    end,
        guint    end_cp)
{
  const DmMentionFinder *self = scan->self;
  const StateInfo *info = &self->info[state_of_code (self, code)];
  guint depth = info->depth;
  gsize starts[MAX_PATTERN_UNITS + 1];
  guint start_cps[MAX_PATTERN_UNITS + 1];

  /* Most failed matches are words that go on: "un" in "until", "Serb" in
   * "Serbia". One byte says so before any walking back. */
  if (info->bounded_end && end < scan->text_len && g_ascii_isalnum (scan->text[end]))
    return;

  walk_back (scan, end, end_cp, depth, starts, start_cps);

  /* Every later match is a suffix of what the automaton holds now or
   * extends it, so none starts before starts[depth]. */
  settle (scan, starts[depth]);

  if (info->n_out == 0)
    info = &self->info[info->dict];

  for (;;)
    {
      for (guint32 i = info->out_first; i < info->out_first + info->n_out; i++)
        {
          guint32 p = self->out_patterns[i];
          const Pattern *pattern = &self->patterns[p];
          Candidate candidate;

          candidate.start_byte = starts[pattern->n_units];
          candidate.start_cp = start_cps[pattern->n_units];
          candidate.end_byte = end;
          candidate.end_cp = end_cp;
          candidate.actor = pattern->actor;
          candidate.pattern = p;

          if (validate (scan, pattern, candidate.start_byte, &candidate.end_byte, &candidate.end_cp))
            add_candidate (scan, &candidate);
        }

      if (info->dict == NO_STATE)
        break;

      info = &self->info[info->dict];
    }
}

/* Scans bytes @from to @to of @text, whose first character is code point
 * @from_cp. Boundaries are checked against the whole text, so a span that
 * cuts a word in two finds no mention in either half. */
static GPtrArray *
scan_text (const DmMentionFinder *self,
           const char            *text,
           gsize                  text_len,
           gsize                  from,
           gsize                  to,
           guint                  from_cp)
{
  const guint16 *class_table = self->class_table;
  const guint32 *rows = self->rows;
  const guchar *base = (const guchar *)text;
  const guchar *end = base + to;
  const guchar *p = base + from;
  guint32 code = 0;
  guint cp = from_cp;
  Scan scan;

  scan.self = self;
  scan.text = base;
  scan.text_len = text_len;
  scan.pending = g_array_sized_new (FALSE, FALSE, sizeof (Candidate), 16);
  scan.last_end = 0;
  scan.mentions = g_ptr_array_new_with_free_func ((GDestroyNotify)dm_mention_free);

  /* The hot loop: one table look-up for the class of an ASCII byte, one
   * for the next state, one bit test. Everything else is out of line. */
  while (p < end)
    {
      guint class;

      if (G_LIKELY (*p < 0x80))
        {
          class = class_table[*p];
          p++;
        }
      else
        {
          guint len;

          class = class_of (self, decode_char (p, end, &len));
          p += len;

          if (class == CLASS_DROP)
            {
              cp++;
              continue;
            }
        }

      cp++;

      if (G_LIKELY (!(code & CODE_SPARSE)))
        code = rows[(code >> CODE_SHIFT) + class];
      else
        code = sparse_step (self, code, class);

      if (G_UNLIKELY (code & CODE_REPORTS))
        report (&scan, code, p - base, cp);
    }

  settle (&scan, G_MAXSIZE);
  g_array_unref (scan.pending);

  return scan.mentions;
}

/* }}} */

/* GObject {{{ */

static void
dm_mention_finder_finalize (GObject *object)
{
  DmMentionFinder *self = (DmMentionFinder *)object;

  for (guint i = 0; i < self->n_patterns; i++)
    g_free (self->patterns[i].case_rules);

  g_clear_pointer (&self->patterns, g_free);
  g_clear_pointer (&self->rows, g_free);
  g_clear_pointer (&self->sparse, g_free);
  g_clear_pointer (&self->info, g_free);
  g_clear_pointer (&self->out_patterns, g_free);
  g_clear_pointer (&self->class_table, g_free);
  g_clear_pointer (&self->high_classes, g_hash_table_unref);
  g_clear_pointer (&self->actor_uuids, g_strfreev);

  G_OBJECT_CLASS (dm_mention_finder_parent_class)->finalize (object);
}

static void
dm_mention_finder_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  DmMentionFinder *self = DM_MENTION_FINDER (object);

  switch (prop_id)
    {
    case PROP_N_PATTERNS:
      g_value_set_uint (value, self->n_patterns);
      break;

    case PROP_N_STATES:
      g_value_set_uint (value, self->n_states);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_mention_finder_class_init (DmMentionFinderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_mention_finder_finalize;
  object_class->get_property = dm_mention_finder_get_property;

  /**
   * DmMentionFinder:n-patterns:
   *
   * How many distinct names the finder looks for.
   */
  properties[PROP_N_PATTERNS] =
    g_param_spec_uint ("n-patterns", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmMentionFinder:n-states:
   *
   * How many states the automaton has, the root included.
   */
  properties[PROP_N_STATES] =
    g_param_spec_uint ("n-states", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_mention_finder_init (DmMentionFinder *self)
{
}

/* }}} */

/* Public API {{{ */

/**
 * dm_mention_kind_to_string:
 * @kind: a #DmMentionKind
 *
 * Returns: (transfer none) (nullable): the nick of @kind ("name", "alias",
 *   "acronym", "demonym", "capital"), or %NULL if @kind is not valid
 */
const char *
dm_mention_kind_to_string (DmMentionKind kind)
{
  switch (kind)
    {
    case DM_MENTION_NAME: return "name";
    case DM_MENTION_ALIAS: return "alias";
    case DM_MENTION_ACRONYM: return "acronym";
    case DM_MENTION_DEMONYM: return "demonym";
    case DM_MENTION_CAPITAL: return "capital";
    default: return NULL;
    }
}

/**
 * dm_mention_new:
 * @start: the first code point
 * @end: the code point after the mention
 * @actor_uuid: the actor mentioned
 * @text: (nullable): the mention as written
 * @kind: which name matched
 *
 * Returns: (transfer full): a new #DmMention
 */
DmMention *
dm_mention_new (guint          start,
                guint          end,
                const char    *actor_uuid,
                const char    *text,
                DmMentionKind  kind)
{
  DmMention *self;

  g_return_val_if_fail (start <= end, NULL);
  g_return_val_if_fail (actor_uuid != NULL, NULL);

  self = g_new0 (DmMention, 1);
  self->start = start;
  self->end = end;
  self->actor_uuid = g_strdup (actor_uuid);
  self->text = g_strdup (text);
  self->kind = kind;

  return self;
}

/**
 * dm_mention_copy:
 * @self: a #DmMention
 *
 * Returns: (transfer full): a copy of @self
 */
DmMention *
dm_mention_copy (const DmMention *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return dm_mention_new (self->start, self->end, self->actor_uuid, self->text, self->kind);
}

/**
 * dm_mention_free:
 * @self: (nullable): a #DmMention
 *
 * Frees @self.
 */
void
dm_mention_free (DmMention *self)
{
  if (self == NULL)
    return;

  g_free (self->actor_uuid);
  g_free (self->text);
  g_free (self);
}

/**
 * dm_mention_finder_new:
 * @actors: (element-type DmActor) (transfer none): the codebook
 *
 * Builds the automaton for every name of every actor in @actors. The
 * finder keeps the actors' uuids, not the actors: build a new finder when
 * the codebook changes. Actors without a uuid are skipped.
 *
 * Returns: (transfer full): a new #DmMentionFinder
 */
DmMentionFinder *
dm_mention_finder_new (GPtrArray *actors)
{
  g_autoptr(DmMentionFinder) self = NULL;
  g_autoptr(GStrvBuilder) uuids = NULL;
  Builder builder = { 0 };
  BuildNode root = { NO_STATE, NO_STATE, NO_STATE, 0 };
  guint n_actors = 0;

  g_return_val_if_fail (actors != NULL, NULL);

  for (guint i = 0; i < actors->len; i++)
    g_return_val_if_fail (DM_IS_ACTOR (g_ptr_array_index (actors, i)), NULL);

  self = g_object_new (DM_TYPE_MENTION_FINDER, NULL);
  uuids = g_strv_builder_new ();

  builder.nodes = g_array_new (FALSE, FALSE, sizeof (BuildNode));
  builder.patterns = g_array_new (FALSE, FALSE, sizeof (Pattern));
  builder.out_next = g_array_new (FALSE, FALSE, sizeof (guint32));
  builder.classes = g_hash_table_new (NULL, NULL);
  builder.seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_array_append_val (builder.nodes, root);

  for (guint i = 0; i < actors->len; i++)
    {
      DmActor *actor = g_ptr_array_index (actors, i);
      const char *uuid = dm_actor_get_uuid (actor);

      if (uuid == NULL)
        continue;

      g_strv_builder_add (uuids, uuid);
      builder_add_actor (&builder, n_actors++, actor);
    }

  self->actor_uuids = g_strv_builder_end (uuids);

  dm_mention_finder_build (self, &builder);

  g_array_unref (builder.nodes);
  g_array_unref (builder.out_next);
  g_hash_table_unref (builder.classes);
  g_hash_table_unref (builder.seen);

  return g_steal_pointer (&self);
}

/**
 * dm_mention_finder_find:
 * @self: a #DmMentionFinder
 * @text: UTF-8 text
 * @length: the length of @text in bytes, or -1 if it is nul-terminated
 *
 * Finds every mention of an actor in @text in one pass. Offsets are code
 * points from the start of @text. A byte that is not valid UTF-8 counts as
 * one code point and is part of no mention.
 *
 * Returns: (transfer full) (element-type DmMention): the mentions in text
 *   order, not overlapping
 */
GPtrArray *
dm_mention_finder_find (DmMentionFinder *self,
                        const char      *text,
                        gssize           length)
{
  gsize len;

  g_return_val_if_fail (DM_IS_MENTION_FINDER (self), NULL);
  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (text == NULL)
    return g_ptr_array_new_with_free_func ((GDestroyNotify)dm_mention_free);

  len = length < 0 ? strlen (text) : (gsize)length;

  return scan_text (self, text, len, 0, len, 0);
}

/**
 * dm_mention_finder_find_in_span:
 * @self: a #DmMentionFinder
 * @text: nul-terminated UTF-8 text, such as an article body
 * @start: the first code point of the span
 * @end: the code point after the span; clamped to the length of @text
 *
 * Finds the mentions that lie wholly inside a span of @text, such as the
 * passage an analyst highlighted. A mention that the span cuts is not
 * reported; whole words are judged on the whole text, so a span that starts
 * inside a word does not turn its tail into a mention.
 *
 * Returns: (transfer full) (element-type DmMention): the mentions in text
 *   order, offsets counted from the start of @text
 */
GPtrArray *
dm_mention_finder_find_in_span (DmMentionFinder *self,
                                const char      *text,
                                guint            start,
                                guint            end)
{
  const char *p;
  gsize from;
  gsize to;
  gsize len;

  g_return_val_if_fail (DM_IS_MENTION_FINDER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  len = strlen (text);

  /* Walk by hand instead of g_utf8_offset_to_pointer(), which runs past the
   * end of the string for an offset beyond it. */
  p = text;
  for (guint i = 0; i < start && *p != '\0'; i++)
    p = g_utf8_next_char (p);
  from = MIN ((gsize)(p - text), len);

  if (from == len)
    return g_ptr_array_new_with_free_func ((GDestroyNotify)dm_mention_free);

  p = text + from;
  for (guint i = start; i < end && *p != '\0'; i++)
    p = g_utf8_next_char (p);
  to = MIN ((gsize)(p - text), len);

  return scan_text (self, text, len, from, to, start);
}

/**
 * dm_mention_finder_suggest_actors:
 * @self: a #DmMentionFinder
 * @text: nul-terminated UTF-8 text
 * @start: the first code point of the span
 * @end: the code point after the span
 *
 * The actors to offer for an annotation of the span: those mentioned in it,
 * each once, in the order of their first mention.
 *
 * Returns: (transfer full) (array zero-terminated=1): actor uuids; empty,
 *   never %NULL, if the span mentions none
 */
GStrv
dm_mention_finder_suggest_actors (DmMentionFinder *self,
                                  const char      *text,
                                  guint            start,
                                  guint            end)
{
  g_autoptr(GPtrArray) mentions = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GStrvBuilder) builder = NULL;

  g_return_val_if_fail (DM_IS_MENTION_FINDER (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (start <= end, NULL);

  mentions = dm_mention_finder_find_in_span (self, text, start, end);
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  builder = g_strv_builder_new ();

  for (guint i = 0; i < mentions->len; i++)
    {
      const DmMention *mention = g_ptr_array_index (mentions, i);

      if (g_hash_table_add (seen, mention->actor_uuid))
        g_strv_builder_add (builder, mention->actor_uuid);
    }

  return g_strv_builder_end (builder);
}

/**
 * dm_mention_finder_get_n_patterns:
 * @self: a #DmMentionFinder
 *
 * Returns: how many distinct names the finder looks for
 */
guint
dm_mention_finder_get_n_patterns (DmMentionFinder *self)
{
  g_return_val_if_fail (DM_IS_MENTION_FINDER (self), 0);

  return self->n_patterns;
}

/**
 * dm_mention_finder_get_n_states:
 * @self: a #DmMentionFinder
 *
 * Returns: how many states the automaton has, the root included
 */
guint
dm_mention_finder_get_n_states (DmMentionFinder *self)
{
  g_return_val_if_fail (DM_IS_MENTION_FINDER (self), 0);

  return self->n_states;
}

/* }}} */
