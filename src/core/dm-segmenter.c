/* dm-segmenter.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-segmenter"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dm-segmenter.h"

/*
 * Sentence segmentation for news prose.
 *
 * One forward pass over the UTF-8 bytes.  A table-driven loop skips every
 * byte that cannot matter (letters, digits, most punctuation) and stops on
 * candidates: '.', '!', '?', line breaks, and the lead bytes of the few
 * multi-byte characters that matter (…, bullets, CJK and other scripts'
 * full stops, U+2028/U+2029).  At a candidate the decision looks at most a
 * bounded distance backwards (the token before the full stop, at most
 * MAX_TOKEN characters) and forwards (the next word), so the whole pass is
 * linear in the length of the text.  Code-point offsets are counted
 * incrementally between sentence edges, which only move forwards.
 *
 * The rules, in brief (the test table has an example of each):
 *
 *  - '!' and '?' end a sentence unless what follows is lower case or is
 *    not separated by white space ("Yahoo! in", "Hello?!").
 *  - '.' ends a sentence before a capital, a digit or a symbol, except
 *    after abbreviations.  Titles, company suffixes, streets and similar
 *    ("Mr.", "Co.", "St.") and dotted abbreviations and initials ("U.S.",
 *    "J.") end one only when the next word is a common sentence starter
 *    ("The", "He", "How", …): "I live in the U.S. How about you?" splits,
 *    "the U.S. Government" does not.  Abbreviations used before numbers
 *    ("No.", "p.", "Feb.", "approx.") never end one before a number;
 *    "etc." ends one before any capital; "e.g.", "i.e.", "vs." never do.
 *    "a.m."/"p.m." end one before a capital unless the sentence so far is
 *    an introductory time phrase ("At 5 a.m. Mr. Smith went…") or a time
 *    zone follows ("10 a.m. GMT", "9 p.m. Moscow time").
 *  - A list marker opening a sentence ("1.", "a)", "2.)", "• 9.") is not a
 *    full stop, and the next marker in sequence starts a new sentence even
 *    without punctuation before it ("1. The first item 2. The second").
 *  - Ellipses ("...", "…", ". . .") end a sentence only before a capital,
 *    and only when attached to the preceding word: a spaced-out ellipsis
 *    marks an omission ("the thing is . . . I didn't"), unless it has four
 *    dots (an ellipsis plus a full stop).  "[...]" never ends one.
 *  - Closing quotes and brackets after a full stop stay with the sentence
 *    ("talks.” He added").  Inside a quotation the same rules apply, so
 *    “We want peace. We want it now,” splits after "peace." (as the usual
 *    benchmarks expect) while “This is great.” she said does not.
 *  - A blank line always ends a sentence.  A single line break ends one
 *    when the line has no final punctuation and does not look continued
 *    (see newline_ends_sentence() for the trade-off).
 *  - CJK 。！？．, Arabic ؟ ۔, Devanagari । ॥, Armenian ։, Ethiopic ። ፧ and
 *    Myanmar ။ end a sentence with no white space after them, together with
 *    any closing quote or bracket that follows (。」).
 *
 * All 52 English "golden rules" of the pragmatic segmenter split as that
 * list expects (rule 41's output there also folds white space, which a
 * segmenter that returns ranges of the stored text does not do).  Misses
 * kept on purpose: a sentence that ends with an abbreviation followed by a
 * capitalised word that is not a common starter ("…in the U.S. Putin
 * said") stays joined, the price of "U.S. Government" and "J. Borrell";
 * "Yahoo! Japan" splits.  tests/core/test-segmenter.c lists the golden
 * rules of other languages that are not followed.
 */

/* How far back a token is read to recognise an abbreviation, in
 * characters; anything longer is an ordinary word (or a URL). */
#define MAX_TOKEN 64

/* Lines at least this long (in bytes) are taken for hard-wrapped prose when
 * a single line break follows them without final punctuation. */
#define WRAPPED_LINE_UPPER 60
#define WRAPPED_LINE_LOWER 40
#define WRAPPED_LINE_MAX   100

#define INVALID_CHAR 0xFFFD

typedef enum
{
  BYTE_PLAIN = 0,
  BYTE_TERMINATOR,
  BYTE_NEWLINE,
  BYTE_PAREN,
  BYTE_MULTI,
} ByteClass;

typedef enum
{
  SPECIAL_NONE,
  SPECIAL_ELLIPSIS,
  SPECIAL_QE,
  SPECIAL_STRONG,
  SPECIAL_BULLET,
  SPECIAL_LINE,
  SPECIAL_PARAGRAPH,
} SpecialKind;

typedef enum
{
  KEY_REGULAR,  /* an ordinary word, a number, a URL: '.' is a full stop */
  KEY_NAME,     /* "Mr.", "Co.", "St.": ends only before a sentence starter */
  KEY_NUMBER,   /* "No.", "p.", "Feb.": never before a number */
  KEY_ALWAYS,   /* "e.g.", "vs.": never ends a sentence */
  KEY_ETC,      /* "etc.": ends before any capital */
  KEY_TIME,     /* "a.m.", "p.m." */
  KEY_DOTTED,   /* "U.S.", "Ph.D." */
  KEY_INITIAL,  /* "J." */
  KEY_LETTER,   /* a lower-case single letter: "v.", "c." */
} KeyKind;

typedef enum
{
  ABBR_LOWER = 1 << 0,  /* the lower-case spelling is an abbreviation too */
  ABBR_TITLE = 1 << 1,  /* precedes a name: "Mr.", "Dr." */
} AbbrFlags;

typedef enum
{
  NEXT_END,
  NEXT_LOWER,
  NEXT_UPPER,
  NEXT_DIGIT,
  NEXT_UNCASED,
  NEXT_OTHER,
} NextKind;

typedef enum
{
  LIST_NONE,
  LIST_DOT,        /* "1." */
  LIST_PAREN,      /* "1)" */
  LIST_DOT_PAREN,  /* "1.)" */
  LIST_PARENS,     /* "(1)" */
} ListStyle;

typedef struct
{
  const char *key;
  guint8      kind;
  guint8      flags;
} Abbreviation;

typedef struct
{
  gsize    token;    /* first byte of the white-space delimited token */
  gsize    key;      /* past leading quotes, brackets and bullets */
  KeyKind  kind;
  gboolean marker;   /* could be a list marker: digits, a letter, i–xiv */
} Key;

typedef struct
{
  NextKind kind;
  gsize    word;       /* first letter, past opening quotes and brackets */
  gsize    word_end;   /* past the ASCII letters of the word */
  gboolean starter;
  gboolean dotted;     /* the word is followed by '.': "No.", "A." */
  gboolean all_caps;
  gboolean roman;
} Next;

typedef struct
{
  const guint8 *text;
  gsize         len;
  GArray       *sentences;

  gsize         start;         /* where the open sentence began */
  gsize         content;       /* its first non-space byte */
  gsize         first_token;   /* past leading bullets */
  gsize         line_start;    /* first byte of the current line */
  gboolean      starts_upper;

  ListStyle     list_style;
  guint         list_next;     /* the value the next list marker must have */
  gboolean      list_letters;

  gsize         cp_byte;       /* code points are counted up to here */
  guint         cp_count;
} Scanner;

#define CANDIDATE_BYTES \
  ['.'] = BYTE_TERMINATOR, ['!'] = BYTE_TERMINATOR, ['?'] = BYTE_TERMINATOR, \
  ['\n'] = BYTE_NEWLINE, ['\r'] = BYTE_NEWLINE, ['\v'] = BYTE_NEWLINE, ['\f'] = BYTE_NEWLINE, \
  [0xC2] = BYTE_MULTI, [0xCD] = BYTE_MULTI, [0xD6] = BYTE_MULTI, [0xD8] = BYTE_MULTI, \
  [0xDB] = BYTE_MULTI, [0xE0] = BYTE_MULTI, [0xE1] = BYTE_MULTI, [0xE2] = BYTE_MULTI, \
  [0xE3] = BYTE_MULTI, [0xEF] = BYTE_MULTI

static const guint8 candidate_bytes[256] = { CANDIDATE_BYTES };

/* While a sentence opened with "1)" or "(a)", ')' is a candidate too. */
static const guint8 candidate_bytes_list[256] = { CANDIDATE_BYTES, [')'] = BYTE_PAREN };

/* Sorted by key (lower case, ASCII order) for bsearch(). */
static const Abbreviation abbreviations[] = {
  { "adm", KEY_NAME, ABBR_TITLE },
  { "al", KEY_NAME, ABBR_LOWER },
  { "ala", KEY_NAME, 0 },
  { "amb", KEY_NAME, ABBR_TITLE },
  { "approx", KEY_NUMBER, ABBR_LOWER },
  { "apr", KEY_NUMBER, 0 },
  { "ariz", KEY_NAME, 0 },
  { "ark", KEY_NAME, 0 },
  { "art", KEY_NUMBER, ABBR_LOWER },
  { "assn", KEY_NAME, ABBR_LOWER },
  { "asst", KEY_NAME, ABBR_TITLE | ABBR_LOWER },
  { "atty", KEY_NAME, ABBR_TITLE },
  { "aug", KEY_NUMBER, 0 },
  { "ave", KEY_NAME, ABBR_LOWER },
  { "bhd", KEY_NAME, 0 },
  { "blvd", KEY_NAME, ABBR_LOWER },
  { "brig", KEY_NAME, ABBR_TITLE },
  { "bros", KEY_NAME, ABBR_LOWER },
  { "ca", KEY_NUMBER, ABBR_LOWER },
  { "calif", KEY_NAME, 0 },
  { "capt", KEY_NAME, ABBR_TITLE },
  { "cf", KEY_ALWAYS, ABBR_LOWER },
  { "ch", KEY_NUMBER, ABBR_LOWER },
  { "chap", KEY_NUMBER, ABBR_LOWER },
  { "cmdr", KEY_NAME, ABBR_TITLE },
  { "co", KEY_NAME, ABBR_LOWER },
  { "col", KEY_NAME, ABBR_TITLE },
  { "colo", KEY_NAME, 0 },
  { "conn", KEY_NAME, 0 },
  { "corp", KEY_NAME, ABBR_LOWER },
  { "cos", KEY_NAME, 0 },
  { "cpl", KEY_NAME, ABBR_TITLE },
  { "dec", KEY_NUMBER, 0 },
  { "del", KEY_NAME, 0 },
  { "dept", KEY_NAME, ABBR_LOWER },
  { "det", KEY_NAME, ABBR_TITLE },
  { "dr", KEY_NAME, ABBR_TITLE },
  { "dra", KEY_NAME, ABBR_TITLE },
  { "esp", KEY_ALWAYS, ABBR_LOWER },
  { "esq", KEY_NAME, 0 },
  { "est", KEY_NUMBER, ABBR_LOWER },
  { "etc", KEY_ETC, ABBR_LOWER },
  { "ext", KEY_NUMBER, ABBR_LOWER },
  { "feb", KEY_NUMBER, 0 },
  { "fig", KEY_NUMBER, ABBR_LOWER },
  { "figs", KEY_NUMBER, ABBR_LOWER },
  { "fla", KEY_NAME, 0 },
  { "fr", KEY_NAME, ABBR_TITLE },
  { "ft", KEY_NAME, ABBR_LOWER },
  { "ga", KEY_NAME, 0 },
  { "gen", KEY_NAME, ABBR_TITLE },
  { "gov", KEY_NAME, ABBR_TITLE },
  { "hon", KEY_NAME, ABBR_TITLE },
  { "ill", KEY_NAME, 0 },
  { "inc", KEY_NAME, ABBR_LOWER },
  { "incl", KEY_ALWAYS, ABBR_LOWER },
  { "ind", KEY_NAME, 0 },
  { "ing", KEY_NAME, ABBR_TITLE },
  { "insp", KEY_NAME, ABBR_TITLE },
  { "jan", KEY_NUMBER, 0 },
  { "jr", KEY_NAME, ABBR_LOWER },
  { "jul", KEY_NUMBER, 0 },
  { "jun", KEY_NUMBER, 0 },
  { "kan", KEY_NAME, 0 },
  { "ky", KEY_NAME, 0 },
  { "la", KEY_NAME, 0 },
  { "lic", KEY_NAME, ABBR_TITLE },
  { "lt", KEY_NAME, ABBR_TITLE },
  { "ltd", KEY_NAME, ABBR_LOWER },
  { "maj", KEY_NAME, ABBR_TITLE },
  { "mar", KEY_NUMBER, 0 },
  { "mass", KEY_NAME, 0 },
  { "md", KEY_NAME, 0 },
  { "messrs", KEY_NAME, ABBR_TITLE },
  { "mich", KEY_NAME, 0 },
  { "minn", KEY_NAME, 0 },
  { "mlle", KEY_NAME, ABBR_TITLE },
  { "mme", KEY_NAME, ABBR_TITLE },
  { "mmes", KEY_NAME, ABBR_TITLE },
  { "mo", KEY_NAME, 0 },
  { "mont", KEY_NAME, 0 },
  { "mr", KEY_NAME, ABBR_TITLE },
  { "mrs", KEY_NAME, ABBR_TITLE },
  { "ms", KEY_NAME, ABBR_TITLE },
  { "msgr", KEY_NAME, ABBR_TITLE },
  { "mt", KEY_NAME, ABBR_TITLE | ABBR_LOWER },
  { "mts", KEY_NAME, ABBR_TITLE },
  { "neb", KEY_NAME, 0 },
  { "nev", KEY_NAME, 0 },
  { "no", KEY_NUMBER, ABBR_LOWER },
  { "nos", KEY_NUMBER, ABBR_LOWER },
  { "nov", KEY_NUMBER, 0 },
  { "nr", KEY_NUMBER, ABBR_LOWER },
  { "oct", KEY_NUMBER, 0 },
  { "okla", KEY_NAME, 0 },
  { "op", KEY_NUMBER, ABBR_LOWER },
  { "ore", KEY_NAME, 0 },
  { "p", KEY_NUMBER, ABBR_LOWER },
  { "pa", KEY_NAME, 0 },
  { "para", KEY_NUMBER, ABBR_LOWER },
  { "pfc", KEY_NAME, ABBR_TITLE },
  { "plc", KEY_NAME, ABBR_LOWER },
  { "pp", KEY_NUMBER, ABBR_LOWER },
  { "pres", KEY_NAME, ABBR_TITLE },
  { "prof", KEY_NAME, ABBR_TITLE },
  { "pte", KEY_NAME, 0 },
  { "pty", KEY_NAME, 0 },
  { "pvt", KEY_NAME, ABBR_TITLE },
  { "rd", KEY_NAME, ABBR_LOWER },
  { "ref", KEY_NUMBER, ABBR_LOWER },
  { "rep", KEY_NAME, ABBR_TITLE },
  { "reps", KEY_NAME, ABBR_TITLE },
  { "resp", KEY_ALWAYS, ABBR_LOWER },
  { "rev", KEY_NAME, ABBR_TITLE },
  { "rt", KEY_NAME, ABBR_TITLE },
  { "sec", KEY_NUMBER, ABBR_LOWER },
  { "sen", KEY_NAME, ABBR_TITLE },
  { "sens", KEY_NAME, ABBR_TITLE },
  { "sep", KEY_NUMBER, 0 },
  { "sept", KEY_NUMBER, 0 },
  { "sgt", KEY_NAME, ABBR_TITLE },
  { "spc", KEY_NAME, ABBR_TITLE },
  { "sr", KEY_NAME, 0 },
  { "sra", KEY_NAME, ABBR_TITLE },
  { "srta", KEY_NAME, ABBR_TITLE },
  { "st", KEY_NAME, ABBR_TITLE | ABBR_LOWER },
  { "ste", KEY_NAME, ABBR_TITLE },
  { "supt", KEY_NAME, ABBR_TITLE },
  { "tel", KEY_NUMBER, ABBR_LOWER },
  { "tenn", KEY_NAME, 0 },
  { "tex", KEY_NAME, 0 },
  { "univ", KEY_NAME, 0 },
  { "va", KEY_NAME, 0 },
  { "viz", KEY_ALWAYS, ABBR_LOWER },
  { "vol", KEY_NUMBER, ABBR_LOWER },
  { "vols", KEY_NUMBER, ABBR_LOWER },
  { "vs", KEY_ALWAYS, ABBR_LOWER },
  { "vt", KEY_NAME, 0 },
  { "wash", KEY_NAME, 0 },
  { "wis", KEY_NAME, 0 },
  { "wyo", KEY_NAME, 0 },
};

/* Words that open sentences far more often than they follow "U.S." or an
 * initial inside one.  Sorted (ASCII order) for bsearch().  Deliberately
 * absent: names that are also words ("Will", "May", "Hope"), "First" and
 * "Under" ("U.S. First Lady", "Under Secretary"). */
static const char * const sentence_starters[] = {
  "A", "About", "According", "After", "Again", "Against", "All", "Also",
  "Although", "Among", "An", "And", "Another", "Any", "Are", "As", "At",
  "Because", "Before", "Both", "But", "By", "Could", "Despite", "Did", "Do",
  "Does", "During", "Each", "Earlier", "Even", "Every", "Few", "For", "From",
  "Furthermore", "Had", "Has", "Have", "He", "Her", "Here", "His", "How",
  "However", "I", "If", "In", "Indeed", "Instead", "Is", "It", "Its", "Last",
  "Later", "Let", "Many", "Meanwhile", "Moreover", "Most", "Much", "My",
  "Neither", "Nevertheless", "No", "Nor", "Not", "Now", "On", "Once", "One",
  "Only", "Or", "Other", "Our", "Several", "She", "Should", "Since", "So",
  "Some", "Still", "Such", "That", "The", "Their", "Then", "There", "These",
  "They", "This", "Those", "Though", "Thus", "To", "Today", "Unlike", "Until",
  "Was", "We", "Were", "What", "When", "Where", "Whether", "Which", "While",
  "Who", "Why", "With", "Without", "Would", "Yes", "Yesterday", "Yet", "You",
  "Your",
};

/* First words of an introductory time phrase: "At 5 a.m. Mr. Smith went". */
static const char * const time_intros[] = {
  "About", "After", "Around", "At", "Before", "Beginning", "By", "From", "On",
  "Shortly", "Since", "Starting", "Till", "Until",
};

static const char * const time_zones[] = {
  "Atlantic", "Central", "Eastern", "Greenwich", "Mountain", "Pacific",
};

static inline gboolean
is_continuation (guint8 b)
{
  return (b & 0xC0) == 0x80;
}

/* Decodes the character at @i without reading past the end; a malformed
 * sequence reads as one INVALID_CHAR byte, so the scan always moves on. */
static inline gunichar
decode_at (const Scanner *s,
           gsize          i,
           guint         *n)
{
  const guint8 *p = s->text + i;
  gsize avail = s->len - i;
  guint8 c = p[0];

  if (c < 0x80)
    {
      *n = 1;
      return c;
    }
  if (c >= 0xC2 && c < 0xE0 && avail >= 2 && is_continuation (p[1]))
    {
      *n = 2;
      return ((gunichar) (c & 0x1F) << 6) | (p[1] & 0x3F);
    }
  if (c >= 0xE0 && c < 0xF0 && avail >= 3 && is_continuation (p[1]) && is_continuation (p[2]))
    {
      *n = 3;
      return ((gunichar) (c & 0x0F) << 12) | ((gunichar) (p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
  if (c >= 0xF0 && c < 0xF5 && avail >= 4 && is_continuation (p[1]) &&
      is_continuation (p[2]) && is_continuation (p[3]))
    {
      *n = 4;
      return ((gunichar) (c & 0x07) << 18) | ((gunichar) (p[1] & 0x3F) << 12) |
             ((gunichar) (p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }

  *n = 1;
  return INVALID_CHAR;
}

/* The start of the character that ends at @i, never before @lo. */
static inline gsize
prev_start (const Scanner *s,
            gsize          lo,
            gsize          i)
{
  gsize p = i - 1;

  while (p > lo && i - p < 4 && is_continuation (s->text[p]))
    p--;

  return p;
}

static inline gunichar
decode_before (const Scanner *s,
               gsize          lo,
               gsize          i,
               gsize         *start)
{
  guint n;

  *start = prev_start (s, lo, i);
  return decode_at (s, *start, &n);
}

/* White space, plus the byte-order mark: an invisible character that must
 * not end up at the edge of a sentence. */
static inline gboolean
is_space (gunichar c)
{
  if (c < 0x80)
    return c == ' ' || (c >= '\t' && c <= '\r');

  switch (c)
    {
    case 0x0085: case 0x00A0: case 0x1680: case 0x2028: case 0x2029:
    case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return TRUE;
    default:
      return c >= 0x2000 && c <= 0x200A;
    }
}

static inline gboolean
is_ascii_space_byte (guint8 b)
{
  return b == ' ' || (b >= '\t' && b <= '\r');
}

static inline guint8
ascii_lower (guint8 b)
{
  return (b >= 'A' && b <= 'Z') ? b + ('a' - 'A') : b;
}

static SpecialKind
classify_special (gunichar c)
{
  switch (c)
    {
    case 0x2026:
      return SPECIAL_ELLIPSIS;
    case 0x203C: case 0x2047: case 0x2048: case 0x2049:
      return SPECIAL_QE;
    case 0x037E: case 0x0589: case 0x061F: case 0x06D4: case 0x0964:
    case 0x0965: case 0x104B: case 0x1362: case 0x1367: case 0x3002:
    case 0xFF01: case 0xFF0E: case 0xFF1F: case 0xFF61:
      return SPECIAL_STRONG;
    case 0x2022: case 0x2023: case 0x2043: case 0x25AA: case 0x25CF:
    case 0x25E6:
      return SPECIAL_BULLET;
    case 0x0085: case 0x2028:
      return SPECIAL_LINE;
    case 0x2029:
      return SPECIAL_PARAGRAPH;
    default:
      return SPECIAL_NONE;
    }
}

static inline gboolean
is_opener (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case '(': case '[': case '{': case '`':
    case 0x00A1: case 0x00AB: case 0x00BF: case 0x2018: case 0x201A:
    case 0x201C: case 0x201E: case 0x2039: case 0x3008: case 0x300A:
    case 0x300C: case 0x300E: case 0x3010: case 0x3014: case 0xFF02:
    case 0xFF07: case 0xFF08: case 0xFF3B:
      return TRUE;
    default:
      return FALSE;
    }
}

/* U+201C is included for German „…“ quotes; it only counts as a closer
 * right after the terminator. */
static inline gboolean
is_closer (gunichar c)
{
  switch (c)
    {
    case '"': case '\'': case ')': case ']': case '}': case '`':
    case 0x00BB: case 0x2019: case 0x201C: case 0x201D: case 0x203A:
    case 0x3009: case 0x300B: case 0x300D: case 0x300F: case 0x3011:
    case 0x3015: case 0xFF02: case 0xFF07: case 0xFF09: case 0xFF3D:
    case 0xFF63:
      return TRUE;
    default:
      return FALSE;
    }
}

static inline gboolean
is_bullet (gunichar c)
{
  return classify_special (c) == SPECIAL_BULLET;
}

/* What may precede the letters of an abbreviation inside its token. */
static inline gboolean
is_key_prefix (gunichar c)
{
  return is_opener (c) || is_bullet (c) || c == '*' || c == '-' || c == '_' ||
         c == '<' || c == 0x2013 || c == 0x2014 || c == 0x2015;
}

static inline gboolean
is_cjk (gunichar c)
{
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
}

/* "Vol. II", "Art. XIV" */
static inline gboolean
is_roman_letter (guint8 b)
{
  return b == 'I' || b == 'V' || b == 'X' || b == 'L' || b == 'C';
}

/* "iv." opening a list item */
static inline gboolean
is_roman_marker_letter (guint8 b)
{
  b = ascii_lower (b);
  return b == 'i' || b == 'v' || b == 'x';
}

static inline gboolean
is_digit_char (gunichar c)
{
  return (c >= '0' && c <= '9') || (c >= 0xFF10 && c <= 0xFF19);
}

/* Words are compared packed into two integers, first letter in the most
 * significant byte, so that the tables, sorted as strings, are sorted as
 * packed keys too and a lookup is a binary search over integers (bsearch()
 * with strcmp() was a tenth of the run time). */
typedef struct
{
  guint64 hi;
  guint64 lo;
} Packed;

#define MAX_PACKED 16

static Packed packed_abbreviations[G_N_ELEMENTS (abbreviations)];
static Packed packed_starters[G_N_ELEMENTS (sentence_starters)];
static Packed packed_time_intros[G_N_ELEMENTS (time_intros)];
static Packed packed_time_zones[G_N_ELEMENTS (time_zones)];

static inline Packed
pack_word (const guint8 *word,
           gsize         len,
           gboolean      fold)
{
  Packed packed = { 0, 0 };

  for (gsize i = 0; i < len; i++)
    {
      guint64 b = fold ? ascii_lower (word[i]) : word[i];

      if (i < 8)
        packed.hi |= b << (8 * (7 - i));
      else
        packed.lo |= b << (8 * (15 - i));
    }

  return packed;
}

static inline int
compare_packed (Packed a,
                Packed b)
{
  if (a.hi != b.hi)
    return a.hi < b.hi ? -1 : 1;
  if (a.lo != b.lo)
    return a.lo < b.lo ? -1 : 1;
  return 0;
}

/* Returns the index of @key in @set, or -1. */
static inline int
find_packed (const Packed *set,
             gsize         n,
             Packed        key)
{
  gsize lo = 0, hi = n;

  while (lo < hi)
    {
      gsize mid = (lo + hi) / 2;
      int cmp = compare_packed (key, set[mid]);

      if (cmp == 0)
        return mid;
      if (cmp < 0)
        hi = mid;
      else
        lo = mid + 1;
    }

  return -1;
}

static void
pack_table (const char * const *words,
            gsize               stride,
            gsize               n,
            Packed             *packed)
{
  for (gsize i = 0; i < n; i++)
    {
      const char *word = *(const char * const *) ((const char *) words + i * stride);

      g_assert (strlen (word) <= MAX_PACKED);
      packed[i] = pack_word ((const guint8 *) word, strlen (word), FALSE);
      /* The tables are hand-sorted; keep them so. */
      g_assert (i == 0 || compare_packed (packed[i - 1], packed[i]) < 0);
    }
}

static void
ensure_tables (void)
{
  static gsize initialized = 0;

  if (g_once_init_enter (&initialized))
    {
      pack_table (&abbreviations[0].key, sizeof abbreviations[0],
                  G_N_ELEMENTS (abbreviations), packed_abbreviations);
      pack_table (sentence_starters, sizeof sentence_starters[0],
                  G_N_ELEMENTS (sentence_starters), packed_starters);
      pack_table (time_intros, sizeof time_intros[0],
                  G_N_ELEMENTS (time_intros), packed_time_intros);
      pack_table (time_zones, sizeof time_zones[0],
                  G_N_ELEMENTS (time_zones), packed_time_zones);
      g_once_init_leave (&initialized, 1);
    }
}

static inline gboolean
word_in (const guint8 *word,
         gsize         len,
         const Packed *set,
         gsize         n)
{
  if (len == 0 || len > MAX_PACKED)
    return FALSE;

  return find_packed (set, n, pack_word (word, len, FALSE)) >= 0;
}

static const Abbreviation *
lookup_abbreviation (const guint8 *word,
                     gsize         len)
{
  const Abbreviation *abbr;
  int index;

  /* no abbreviation in the table is longer */
  if (len == 0 || len > 6)
    return NULL;

  index = find_packed (packed_abbreviations, G_N_ELEMENTS (abbreviations),
                       pack_word (word, len, TRUE));
  if (index < 0)
    return NULL;

  abbr = &abbreviations[index];

  /* "mass." and "ill." are words; "Mass." and "Ill." are states. */
  if (g_ascii_islower (word[0]) && !(abbr->flags & ABBR_LOWER))
    return NULL;

  return abbr;
}

/* Code points in @n bytes: the bytes that are not UTF-8 continuation
 * bytes (10xxxxxx), eight at a time. */
static inline guint
count_code_points (const guint8 *p,
                   gsize         n)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  guint count = 0;
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 w;
      guint64 continuation;

      memcpy (&w, p + i, 8);
      /* bit 7 set and bit 6 clear, per byte; then the eight 0/1 bytes are
       * summed into the top byte by one multiplication (no popcount
       * instruction is assumed). */
      continuation = (w & ~(w << 1) & highs) >> 7;
      count += 8 - (guint) ((continuation * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
    }

  for (; i < n; i++)
    count += !is_continuation (p[i]);

  return count;
}

static guint
code_point_at (Scanner *s,
               gsize    byte)
{
  g_assert (byte >= s->cp_byte);

  s->cp_count += count_code_points (s->text + s->cp_byte, byte - s->cp_byte);
  s->cp_byte = byte;

  return s->cp_count;
}

/* Skips white space from @i; *@breaks counts the line breaks passed (a
 * paragraph separator or form feed counts as two, a blank line). */
static gsize
skip_space (const Scanner *s,
            gsize          i,
            guint         *breaks)
{
  *breaks = 0;

  while (i < s->len)
    {
      guint8 b = s->text[i];

      if (b < 0x80)
        {
          if (b == ' ' || b == '\t')
            i++;
          else if (b == '\n' || b == '\v')
            (*breaks)++, i++;
          else if (b == '\r')
            {
              (*breaks)++, i++;
              if (i < s->len && s->text[i] == '\n')
                i++;
            }
          else if (b == '\f')
            *breaks += 2, i++;
          else
            break;
        }
      else
        {
          guint n;
          gunichar c = decode_at (s, i, &n);

          if (!is_space (c))
            break;
          if (c == 0x2028 || c == 0x0085)
            (*breaks)++;
          else if (c == 0x2029)
            *breaks += 2;
          i += n;
        }
    }

  return i;
}

static void
emit (Scanner *s,
      gsize    from,
      gsize    to)
{
  DmSentence sentence;

  while (from < to)
    {
      guint n;

      if (!is_space (decode_at (s, from, &n)))
        break;
      from += n;
    }

  while (to > from)
    {
      gsize p;

      if (!is_space (decode_before (s, from, to, &p)))
        break;
      to = p;
    }

  if (from >= to)
    return;

  sentence.byte_start = from;
  sentence.byte_end = to;
  sentence.start = code_point_at (s, from);
  sentence.end = code_point_at (s, to);
  g_array_append_val (s->sentences, sentence);
}

/* Reads a list marker at @i: "12.", "b)", "3.)", "(iv)"-less "(c)".
 * Returns the byte after it, or 0 when there is none. */
static gsize
read_list_marker (const Scanner *s,
                  gsize          i,
                  ListStyle     *style,
                  guint         *value,
                  gboolean      *letters)
{
  const guint8 *t = s->text;
  gboolean open = FALSE;
  gsize p = i;
  guint v = 0;

  if (p < s->len && t[p] == '(')
    open = TRUE, p++;

  if (p < s->len && g_ascii_isdigit (t[p]))
    {
      gsize digits = p;

      while (p < s->len && g_ascii_isdigit (t[p]) && p - digits < 3)
        v = v * 10 + (t[p++] - '0');
      if (p < s->len && g_ascii_isdigit (t[p]))
        return 0;
      *letters = FALSE;
    }
  else if (p < s->len && g_ascii_isalpha (t[p]) && p + 1 < s->len && !g_ascii_isalpha (t[p + 1]))
    {
      v = t[p++];
      *letters = TRUE;
    }
  else
    return 0;

  if (open)
    {
      if (p >= s->len || t[p] != ')')
        return 0;
      *style = LIST_PARENS, p++;
    }
  else if (p < s->len && t[p] == ')')
    *style = LIST_PAREN, p++;
  else if (p + 1 < s->len && t[p] == '.' && t[p + 1] == ')')
    *style = LIST_DOT_PAREN, p += 2;
  else if (p < s->len && t[p] == '.')
    *style = LIST_DOT, p++;
  else
    return 0;

  if (p >= s->len || !is_ascii_space_byte (t[p]))
    return 0;

  *value = v;
  return p;
}

static gboolean
starts_with_bullet (const Scanner *s,
                    gsize          i)
{
  guint n;
  gunichar c = decode_at (s, i, &n);

  if (is_bullet (c))
    return TRUE;

  /* "- item", "* item" */
  return (c == '-' || c == '*' || c == '+') && i + 1 < s->len && s->text[i + 1] == ' ';
}

/* A bullet or a list marker: starts a new item when it opens a line. */
static gboolean
starts_with_line_item (const Scanner *s,
                       gsize          i)
{
  ListStyle style;
  gboolean letters;
  guint value;

  return starts_with_bullet (s, i) || read_list_marker (s, i, &style, &value, &letters) != 0;
}

static void
begin_sentence (Scanner *s,
                gsize    pos)
{
  ListStyle style = LIST_NONE;
  gboolean letters = FALSE;
  guint breaks;
  guint value = 0;
  gsize p;

  p = skip_space (s, pos, &breaks);
  if (breaks > 0)
    s->line_start = p;

  s->start = pos;
  s->content = p;

  /* Bullets do not count as the first word of the item. */
  while (p < s->len && starts_with_bullet (s, p))
    {
      guint n;

      decode_at (s, p, &n);
      p = skip_space (s, p + n, &breaks);
    }
  s->first_token = p;

  s->list_style = LIST_NONE;
  s->list_next = 0;
  if (read_list_marker (s, p, &style, &value, &letters) != 0)
    {
      s->list_style = style;
      s->list_next = value + 1;
      s->list_letters = letters;
    }

  s->starts_upper = FALSE;
  for (guint k = 0; k < 4 && p < s->len; k++)
    {
      guint n;
      gunichar c = decode_at (s, p, &n);

      if (is_opener (c))
        {
          p += n;
          continue;
        }
      s->starts_upper = c < 0x80 ? !g_ascii_islower (c) : !g_unichar_islower (c);
      break;
    }
}

static void
read_key (const Scanner *s,
          gsize          t,
          Key           *key)
{
  const guint8 *text = s->text;
  guint digits = 0, dots = 0, others = 0, roman = 0;
  gboolean dotted_ok = TRUE;
  guint segment = 0;
  gsize tok = t;
  gsize k, n;

  memset (key, 0, sizeof *key);
  key->kind = KEY_REGULAR;

  for (guint steps = 0; tok > s->content; steps++)
    {
      guint8 b = text[tok - 1];
      gsize p = tok - 1;

      if (b < 0x80)
        {
          if (is_ascii_space_byte (b))
            break;
        }
      else if (is_space (decode_before (s, s->content, tok, &p)))
        break;
      if (steps == MAX_TOKEN)
        {
          key->token = key->key = tok;
          return;
        }
      tok = p;
    }
  key->token = tok;

  for (k = tok; k < t;)
    {
      guint len;
      gunichar c;

      if (g_ascii_isalnum (text[k]))
        break;
      c = decode_at (s, k, &len);
      if (!is_key_prefix (c))
        break;
      k += len;
    }
  key->key = k;
  n = t - k;

  if (n == 0 || n > 16)
    return;

  for (gsize i = k; i < t; i++)
    {
      guint8 b = text[i];

      if (g_ascii_isalpha (b))
        {
          segment++;
          if (is_roman_marker_letter (b))
            roman++;
        }
      else if (g_ascii_isdigit (b))
        digits++;
      else if (b == '.')
        {
          dots++;
          if (segment == 0 || segment > 2)
            dotted_ok = FALSE;
          segment = 0;
        }
      else
        others++;
    }
  if (segment == 0 || segment > 2)
    dotted_ok = FALSE;

  if (digits == n)
    {
      key->marker = n <= 3;
      return;
    }

  /* "N°. 1026" */
  if ((n == 3 && (text[k] == 'N' || text[k] == 'n') && text[k + 1] == 0xC2 &&
       (text[k + 2] == 0xB0 || text[k + 2] == 0xBA)) ||
      (n == 3 && memcmp (text + k, "\xE2\x84\x96", 3) == 0))
    {
      key->kind = KEY_NUMBER;
      return;
    }

  /* A single letter of another alphabet is an initial too: "В. Путин",
   * "г. Минск". */
  if (others > 0 && text[k] >= 0x80)
    {
      guint len;
      gunichar c = decode_at (s, k, &len);

      if (len == n && g_unichar_isalpha (c))
        {
          /* uncased scripts too: "د. ديفيد" */
          key->kind = g_unichar_islower (c) ? KEY_LETTER : KEY_INITIAL;
          return;
        }
    }

  if (others > 0 || digits > 0)
    return;

  if (dots > 0)
    {
      char buf[17];

      if (!dotted_ok)
        return;

      for (gsize i = 0; i < n; i++)
        buf[i] = ascii_lower (text[k + i]);
      buf[n] = '\0';

      if (strcmp (buf, "a.m") == 0 || strcmp (buf, "p.m") == 0)
        key->kind = KEY_TIME;
      else if (strcmp (buf, "e.g") == 0 || strcmp (buf, "i.e") == 0 ||
               strcmp (buf, "a.k.a") == 0 || strcmp (buf, "n.b") == 0)
        key->kind = KEY_ALWAYS;
      else
        key->kind = KEY_DOTTED;
      return;
    }

  key->marker = n == 1 || (roman == n && n <= 4);

  if (n == 1 && g_ascii_isupper (text[k]))
    {
      /* "P. Smith" is an initial, whatever "p." means. */
      key->kind = KEY_INITIAL;
      return;
    }

  {
    const Abbreviation *abbr = lookup_abbreviation (text + k, n);

    if (abbr != NULL)
      key->kind = abbr->kind;
    else if (n == 1)
      key->kind = KEY_LETTER;
  }
}

static void
read_next (const Scanner *s,
           gsize          i,
           Next          *next)
{
  const guint8 *text = s->text;
  guint n = 0;
  gunichar c = 0;
  gsize w;

  memset (next, 0, sizeof *next);
  next->kind = NEXT_END;

  for (guint k = 0; k < 4 && i < s->len; k++)
    {
      c = decode_at (s, i, &n);
      if (!is_opener (c))
        break;
      i += n;
    }

  if (i >= s->len)
    return;

  c = decode_at (s, i, &n);
  next->word = i;
  next->word_end = i;

  if (c < 0x80)
    {
      if (g_ascii_islower (c))
        {
          /* "iPhone", "eBay": a capital in second place starts a name. */
          if (i + 1 < s->len && g_ascii_isupper (text[i + 1]))
            next->kind = NEXT_UPPER;
          else
            next->kind = NEXT_LOWER;
          return;
        }
      if (g_ascii_isdigit (c))
        {
          next->kind = NEXT_DIGIT;
          return;
        }
      if (!g_ascii_isupper (c))
        {
          next->kind = NEXT_OTHER;
          return;
        }

      next->kind = NEXT_UPPER;
      next->all_caps = TRUE;
      next->roman = TRUE;
      for (w = i; w < s->len && w - i < 16 && g_ascii_isalpha (text[w]); w++)
        {
          if (!g_ascii_isupper (text[w]))
            next->all_caps = FALSE;
          if (!is_roman_letter (text[w]))
            next->roman = FALSE;
        }
      next->word_end = w;
      if (w < s->len && g_ascii_isalpha (text[w]))
        {
          /* longer than any word we compare with */
          next->roman = next->all_caps = FALSE;
          return;
        }
      next->dotted = w < s->len && text[w] == '.';
      next->starter = !next->dotted &&
                      word_in (text + i, w - i, packed_starters, G_N_ELEMENTS (packed_starters));
      if (w - i > 5)
        next->roman = FALSE;
      return;
    }

  if (g_unichar_isupper (c) || g_unichar_istitle (c))
    next->kind = NEXT_UPPER;
  else if (g_unichar_islower (c))
    next->kind = NEXT_LOWER;
  else if (g_unichar_isdigit (c))
    next->kind = NEXT_DIGIT;
  else if (g_unichar_isalpha (c))
    next->kind = NEXT_UNCASED;
  else
    next->kind = NEXT_OTHER;
}

/* "At 5 a.m. Mr. Smith went to the bank." */
static gboolean
is_time_intro (const Scanner *s,
               gsize          t)
{
  gsize w = s->first_token;

  if (t - s->content > 40)
    return FALSE;

  while (w < t && g_ascii_isalpha (s->text[w]))
    w++;

  return word_in (s->text + s->first_token, w - s->first_token,
                  packed_time_intros, G_N_ELEMENTS (packed_time_intros));
}

/* "10 a.m. GMT", "9 p.m. Eastern", "9 p.m. Moscow time" */
static gboolean
is_time_zone (const Scanner *s,
              const Next    *next)
{
  const guint8 *text = s->text;
  gsize len = next->word_end - next->word;
  gsize w = next->word_end;

  if (next->all_caps && len >= 2 && len <= 4)
    return TRUE;
  if (word_in (text + next->word, len, packed_time_zones, G_N_ELEMENTS (packed_time_zones)))
    return TRUE;

  while (w < s->len && text[w] == ' ')
    w++;

  return s->len - w >= 4 && g_ascii_strncasecmp ((const char *) text + w, "time", 4) == 0 &&
         (s->len - w == 4 || !g_ascii_isalpha (text[w + 4]));
}

static gboolean
is_title_word (const Scanner *s,
               const Next    *next)
{
  const Abbreviation *abbr;

  if (!next->dotted)
    return FALSE;

  abbr = lookup_abbreviation (s->text + next->word, next->word_end - next->word);

  return abbr != NULL && (abbr->flags & ABBR_TITLE) != 0;
}

/* Does a full stop after @key end the sentence before @next? */
static gboolean
full_stop_ends_sentence (const Scanner *s,
                         gsize          t,
                         const Key     *key,
                         const Next    *next)
{
  switch (next->kind)
    {
    case NEXT_END:
      return TRUE;

    case NEXT_LOWER:
      return FALSE;

    case NEXT_DIGIT:
      /* "10:30 a.m. (0730 GMT)", "the U.S. 10-year yield", "Feb. 24" */
      return key->kind == KEY_REGULAR || key->kind == KEY_ETC;

    case NEXT_OTHER:
    case NEXT_UNCASED:
      return key->kind == KEY_REGULAR || key->kind == KEY_ETC ||
             (key->kind == KEY_TIME && next->kind == NEXT_UNCASED);

    case NEXT_UPPER:
    default:
      break;
    }

  switch (key->kind)
    {
    case KEY_REGULAR:
    case KEY_ETC:
      return TRUE;
    case KEY_ALWAYS:
      return FALSE;
    case KEY_NUMBER:
      /* "Vol. II", "Art. IV" */
      return !next->roman;
    case KEY_TIME:
      if (is_time_intro (s, t))
        return FALSE;
      if (next->starter || is_title_word (s, next))
        return TRUE;
      return !is_time_zone (s, next);
    case KEY_NAME:
    case KEY_DOTTED:
    case KEY_INITIAL:
    case KEY_LETTER:
    default:
      return next->starter;
    }
}

/* "Hello world.Today is Tuesday.Mr. Smith" — a missing space after a full
 * stop, told apart from "example.Com"-like names by requiring a lower-case
 * letter or digit before, a capitalised word after, and no further dot,
 * '@' or '/' in either token. */
static gboolean
is_glued_sentence (const Scanner *s,
                   gsize          t,
                   const Key     *key)
{
  const guint8 *text = s->text;
  gsize w;

  if (key->kind != KEY_REGULAR || t - key->key < 2 || t + 2 >= s->len)
    return FALSE;
  if (!g_ascii_islower (text[t - 1]) && !g_ascii_isdigit (text[t - 1]))
    return FALSE;
  if (!g_ascii_isupper (text[t + 1]) || !g_ascii_islower (text[t + 2]))
    return FALSE;

  for (gsize i = key->token; i < t; i++)
    if (text[i] == '.' || text[i] == '@' || text[i] == '/' || text[i] == ':')
      return FALSE;

  for (w = t + 1; w < s->len && w - t < MAX_TOKEN && !is_ascii_space_byte (text[w]); w++)
    {
      if (text[w] == '@' || text[w] == '/' || text[w] == ':')
        return FALSE;
      if (text[w] == '.' && w + 1 < s->len && !is_ascii_space_byte (text[w + 1]))
        return FALSE;
    }

  return w - t < MAX_TOKEN;
}

/* Is the token ending at @end, starting after white space, the next list
 * marker ("2" after "1.", "c" after "b)")? */
static gboolean
is_next_marker (const Scanner *s,
                gsize          start,
                gsize          end)
{
  const guint8 *text = s->text;
  guint value = 0;

  if (start <= s->content || !is_ascii_space_byte (text[start - 1]))
    return FALSE;

  if (s->list_style == LIST_PARENS)
    {
      if (text[start] != '(')
        return FALSE;
      start++;
    }

  if (start >= end)
    return FALSE;

  if (s->list_letters)
    {
      if (end - start != 1)
        return FALSE;
      value = text[start];
    }
  else
    {
      if (end - start > 3)
        return FALSE;
      for (gsize i = start; i < end; i++)
        {
          if (!g_ascii_isdigit (text[i]))
            return FALSE;
          value = value * 10 + (text[i] - '0');
        }
    }

  return value == s->list_next;
}

static gsize
token_start (const Scanner *s,
             gsize          i)
{
  while (i > s->content && !is_ascii_space_byte (s->text[i - 1]))
    i--;

  return i;
}

/* Does the line starting at @i end (or the text) within @width bytes? */
static gboolean
line_fits (const Scanner *s,
           gsize          i,
           gsize          width)
{
  for (gsize p = i; p < s->len; p++)
    {
      if (s->text[p] == '\n' || s->text[p] == '\r')
        return TRUE;
      if (p - i >= width)
        return FALSE;
    }

  return TRUE;
}

/* After a single line break that follows no final punctuation, does the
 * sentence end?  Two conventions collide here: PDF-like and hard-wrapped
 * text breaks lines inside sentences ("This is a sentence\ncut off…"),
 * while lists, headlines and datelines put one item per line
 * ("features\ncontact manager\n").  We join when the next line looks like a
 * continuation: the line ends with a comma, dash or colon; or the next line
 * starts in lower case and the sentence so far starts with a capital
 * (prose), or the line ended in a space or is long; or, before a capital,
 * both lines have the width of hard-wrapped prose (60 to 100 bytes); or
 * the break falls between two ideographs.  A bullet or list marker always
 * starts a new item.  @end is the end of the line's text, @newline the
 * position of the break. */
static gboolean
newline_ends_sentence (const Scanner *s,
                       gsize          end,
                       gsize          newline,
                       gsize          next_pos)
{
  gsize line = MAX (s->line_start, s->content);
  gsize length = end - (s->line_start > end ? end : s->line_start);
  gunichar last = 0;
  gsize p;
  Next next;

  if (starts_with_line_item (s, next_pos))
    return TRUE;

  if (end > line)
    last = decode_before (s, line, end, &p);

  /* Chinese and Japanese have no spaces to wrap at: a line break between
   * two ideographs is a wrap ("これは父の\n家です。"). */
  if (is_cjk (last))
    {
      guint n;

      if (is_cjk (decode_at (s, next_pos, &n)))
        return FALSE;
    }
  switch (last)
    {
    case ',': case ';': case ':': case '-': case '(': case '/': case '&':
    case 0x2013: case 0x2014:
      return FALSE;
    default:
      break;
    }

  read_next (s, next_pos, &next);

  if (next.kind == NEXT_LOWER)
    return !(s->starts_upper || newline > end || length >= WRAPPED_LINE_LOWER);

  /* Before a capital, only hard-wrapped prose continues: a line of typical
   * wrapping width followed by another.  A headline over a paragraph that
   * fills one long line ends here. */
  return length < WRAPPED_LINE_UPPER || length > WRAPPED_LINE_MAX ||
         !line_fits (s, next_pos, WRAPPED_LINE_MAX);
}

static gsize
handle_newline (Scanner *s,
                gsize    i)
{
  gsize end = i;
  guint breaks;
  gsize next;

  while (end > s->content)
    {
      gsize p;

      if (!is_space (decode_before (s, s->content, end, &p)))
        break;
      end = p;
    }

  next = skip_space (s, i, &breaks);

  if (end <= s->content)
    {
      begin_sentence (s, next);
      return next;
    }

  if (next >= s->len)
    return s->len;

  if (breaks >= 2 || newline_ends_sentence (s, end, i, next))
    {
      emit (s, s->start, end);
      begin_sentence (s, next);
    }

  s->line_start = next;
  return next;
}

/* A '.', '!', '?' or '…' at @t. */
static gsize
handle_terminator (Scanner *s,
                   gsize    t)
{
  const guint8 *text = s->text;
  guint dots = 0, qe = 0, ellipses = 0;
  gboolean spaced = FALSE, detached, bracketed, breaks_here;
  gsize j = t, after_first = 0;
  guint dots_before_space = 0;
  guint breaks, n;
  gsize next_pos, p;
  gunichar c;
  Key key;
  Next next;

  /* The run of terminators: "?!", "....", "…", ". . ." */
  while (j < s->len)
    {
      guint8 b = text[j];

      if (b == '.')
        dots++, j++;
      else if (b == '!' || b == '?')
        qe++, j++;
      else if (b == ' ' && qe == 0 && dots + ellipses > 0 && j + 1 < s->len && text[j + 1] == '.' &&
               (j + 2 >= s->len || text[j + 2] == ' ' ||
                is_closer (decode_at (s, j + 2, &n)) || is_space (decode_at (s, j + 2, &n))))
        {
          if (!spaced)
            {
              after_first = j;
              dots_before_space = dots;
            }
          spaced = TRUE;
          j++;
        }
      else if (b >= 0x80)
        {
          SpecialKind kind = classify_special (decode_at (s, j, &n));

          if (kind == SPECIAL_ELLIPSIS)
            ellipses++, j += n;
          else if (kind == SPECIAL_QE)
            qe++, j += n;
          else
            break;
        }
      else
        break;
    }

  /* ". ." alone is not a spaced ellipsis: keep only the first stop. */
  if (spaced && dots < 3 && ellipses == 0)
    {
      j = after_first;
      dots = dots_before_space;
      spaced = FALSE;
    }

  /* In a list like "1. The first item 2. The second item" the marker
   * starts the next item. */
  if (s->list_next != 0 && dots == 1 && qe == 0 && ellipses == 0 &&
      (s->list_style == LIST_DOT || s->list_style == LIST_DOT_PAREN))
    {
      gsize after = t + 1;

      if (s->list_style == LIST_DOT_PAREN)
        after = (after < s->len && text[after] == ')') ? after + 1 : 0;

      if (after != 0 && (after >= s->len || is_ascii_space_byte (text[after])))
        {
          gsize tok = token_start (s, t);

          if (is_next_marker (s, tok, t))
            {
              emit (s, s->start, tok);
              begin_sentence (s, tok);
              return after;
            }
        }
    }

  /* Closing quotes and brackets belong to the sentence; an apostrophe
   * followed by a letter does not close anything ("Jr.'s"). */
  while (j < s->len)
    {
      c = decode_at (s, j, &n);
      if (c == '[')
        {
          /* a reference: "…in 2019.[12] It" */
          gsize r = j + 1;

          while (r < s->len && r - j <= 4 && g_ascii_isalnum (text[r]))
            r++;
          if (r > j + 1 && r < s->len && text[r] == ']')
            {
              j = r + 1;
              continue;
            }
          break;
        }
      if (!is_closer (c))
        break;
      if ((c == '\'' || c == 0x2019) && j + n < s->len && g_ascii_isalnum (s->text[j + n]))
        break;
      j += n;
    }

  if (j >= s->len)
    return s->len;

  next_pos = skip_space (s, j, &breaks);
  if (breaks > 0)
    s->line_start = next_pos;

  if (next_pos >= s->len)
    return s->len;

  if (next_pos == j)
    {
      /* No space after: "3.5", "U.S.A", "example.com", "Yahoo!J" — but
       * "你好?我" and "Hello world.Today" are two sentences. */
      gboolean glued = FALSE;

      c = decode_at (s, j, &n);
      if (qe > 0)
        glued = is_cjk (c);
      else if (dots == 1 && ellipses == 0 && j == t + 1 && g_ascii_isupper (c))
        {
          read_key (s, t, &key);
          glued = is_glued_sentence (s, t, &key);
        }

      if (glued)
        {
          emit (s, s->start, j);
          begin_sentence (s, j);
        }
      return j;
    }

  if (breaks >= 2)
    {
      emit (s, s->start, j);
      begin_sentence (s, next_pos);
      return next_pos;
    }

  if (breaks == 1 && starts_with_line_item (s, next_pos))
    {
      emit (s, s->start, j);
      begin_sentence (s, next_pos);
      return next_pos;
    }

  read_next (s, next_pos, &next);

  detached = t == s->content || is_space (decode_before (s, s->content, t, &p));
  bracketed = t > s->content && (text[t - 1] == '[' || text[t - 1] == '(');

  if (qe > 0)
    breaks_here = next.kind != NEXT_LOWER;
  else if (dots >= 3 || ellipses > 0)
    {
      /* Ellipses: only before a capital, only when attached to the word
       * before, or when a fourth dot adds a full stop. */
      if (bracketed || next.kind != NEXT_UPPER)
        breaks_here = FALSE;
      else if (!detached && spaced && t + 1 < s->len && text[t + 1] == ' ')
        {
          /* "compounds. . . . The practice": a full stop, then an ellipsis
           * that opens the next sentence. */
          emit (s, s->start, t + 1);
          begin_sentence (s, t + 1);
          return next_pos;
        }
      else
        breaks_here = !detached || dots + ellipses * 3 >= 4;
    }
  else
    {
      read_key (s, t, &key);

      if (key.marker && key.key == s->first_token)
        breaks_here = FALSE; /* "1. The first item", "Q. What is his name?", "⁃9. The" */
      else
        breaks_here = full_stop_ends_sentence (s, t, &key, &next);
    }

  if (breaks_here)
    {
      emit (s, s->start, j);
      begin_sentence (s, next_pos);
    }

  return next_pos;
}

/* CJK and other scripts' full stops end a sentence even without a space,
 * with any closing quotes and brackets after them: "。」" */
static gsize
handle_strong (Scanner *s,
               gsize    t,
               guint    n)
{
  gsize j = t + n;
  gsize p;

  /* "１．５" is a number */
  if (j < s->len && t > s->content)
    {
      guint m;
      gunichar after = decode_at (s, j, &m);
      gunichar before = decode_before (s, s->content, t, &p);

      if (is_digit_char (before) && is_digit_char (after))
        return j;
    }

  while (j < s->len)
    {
      guint m;
      gunichar c = decode_at (s, j, &m);
      SpecialKind kind = c < 0x80 ? SPECIAL_NONE : classify_special (c);

      if (c == '.' || c == '!' || c == '?' || kind == SPECIAL_STRONG ||
          kind == SPECIAL_QE || kind == SPECIAL_ELLIPSIS || is_closer (c))
        j += m;
      else
        break;
    }

  emit (s, s->start, j);
  begin_sentence (s, j);

  return s->content;
}

/* A bullet after white space inside a sentence starts a new item:
 * "• 9. The first item • 10. The second item" */
static gsize
handle_bullet (Scanner *s,
               gsize    i,
               guint    n)
{
  if (i > s->content && is_ascii_space_byte (s->text[i - 1]))
    {
      emit (s, s->start, i);
      begin_sentence (s, i);
    }

  return i + n;
}

/* ')' while a sentence opened with "1)" or "(a)". */
static gsize
handle_paren (Scanner *s,
              gsize    i)
{
  if (s->list_next != 0 && (s->list_style == LIST_PAREN || s->list_style == LIST_PARENS) &&
      i + 1 < s->len && is_ascii_space_byte (s->text[i + 1]))
    {
      gsize tok = token_start (s, i);

      if (is_next_marker (s, tok, i))
        {
          emit (s, s->start, tok);
          begin_sentence (s, tok);
        }
    }

  return i + 1;
}

/* The next candidate byte at or after @i.  Eight bytes at a time, a word
 * is skipped when it has no byte below 0x0E (line breaks), none above 0x7F
 * (multi-byte characters) and no '.', '!' or '?'; most words of prose are. */
static inline gsize
find_candidate (const guint8 *text,
                gsize         len,
                gsize         i,
                const guint8 *classes)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);

#define HAS_ZERO_BYTE(x) (((x) - ones) & ~(x) & highs)
#define HAS_BYTE_BELOW(x, n) (((x) - ones * (n)) & ~(x) & highs)

  for (;;)
    {
      gsize stop;

      /* ')' matters in lists: leave those to the byte loop. */
      if (classes == candidate_bytes)
        {
          for (; i + 8 <= len; i += 8)
            {
              guint64 w;

              memcpy (&w, text + i, 8);
              if ((w & highs) || HAS_BYTE_BELOW (w, 0x0E) ||
                  HAS_ZERO_BYTE (w ^ (ones * '.')) || HAS_ZERO_BYTE (w ^ (ones * '!')) ||
                  HAS_ZERO_BYTE (w ^ (ones * '?')))
                break;
            }
        }

      stop = MIN (i + 8, len);
      for (; i < stop; i++)
        if (classes[text[i]] != BYTE_PLAIN)
          return i;

      if (i >= len)
        return len;
    }

#undef HAS_ZERO_BYTE
#undef HAS_BYTE_BELOW
}

static void
segment (Scanner *s)
{
  const guint8 *text = s->text;
  gsize len = s->len;
  gsize i;

  s->line_start = 0;
  begin_sentence (s, 0);
  i = s->content;

  while (i < len)
    {
      const guint8 *classes = s->list_next != 0 ? candidate_bytes_list : candidate_bytes;
      guint n;
      gunichar c;

      i = find_candidate (text, len, i, classes);
      if (i >= len)
        break;

      switch (classes[text[i]])
        {
        case BYTE_TERMINATOR:
          i = handle_terminator (s, i);
          break;

        case BYTE_NEWLINE:
          i = handle_newline (s, i);
          break;

        case BYTE_PAREN:
          i = handle_paren (s, i);
          break;

        case BYTE_MULTI:
        default:
          c = decode_at (s, i, &n);
          switch (classify_special (c))
            {
            case SPECIAL_ELLIPSIS:
            case SPECIAL_QE:
              i = handle_terminator (s, i);
              break;
            case SPECIAL_STRONG:
              i = handle_strong (s, i, n);
              break;
            case SPECIAL_BULLET:
              i = handle_bullet (s, i, n);
              break;
            case SPECIAL_LINE:
            case SPECIAL_PARAGRAPH:
              i = handle_newline (s, i);
              break;
            case SPECIAL_NONE:
            default:
              i += n;
              break;
            }
          break;
        }
    }

  emit (s, s->start, len);
}

/**
 * dm_segment_sentences:
 * @text: (array length=length): UTF-8 text
 * @length: the length of @text in bytes, or -1 if it is NUL-terminated
 *
 * Splits @text into sentences, for news prose in English and for the
 * sentence-final punctuation of other scripts (CJK, Arabic, Devanagari,
 * Armenian, Ethiopic).  Each sentence is trimmed of surrounding white space;
 * white-space-only stretches yield nothing.  A blank line always ends a
 * sentence.
 *
 * Runs in one pass, in time linear in @length; the result takes
 * `sizeof (DmSentence)` bytes per sentence.  @text must be valid UTF-8;
 * malformed input is not rejected (that would cost a second pass) but is
 * read safely, one byte per malformed sequence.
 *
 * Returns: (transfer full) (element-type DmSentence): the sentences, in order
 */
GArray *
dm_segment_sentences (const char *text,
                      gssize      length)
{
  Scanner s = { 0 };

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (text);

  ensure_tables ();

  s.text = (const guint8 *) text;
  s.len = length;
  s.sentences = g_array_new (FALSE, FALSE, sizeof (DmSentence));

  if (length > 0)
    segment (&s);

  return s.sentences;
}

/**
 * dm_segment_format_lines:
 * @text: (array length=length): UTF-8 text
 * @length: the length of @text in bytes, or -1 if it is NUL-terminated
 *
 * Formats the sentences of @text one per line, each exactly as in @text
 * except that every line break inside a sentence (LF, CR, CRLF, U+0085,
 * U+2028, vertical tab) becomes one space.  This is what
 * `demarche-cli segment` prints.
 *
 * Returns: (transfer full): the lines, each ending in '\n'; empty if @text
 *   has no sentence
 */
char *
dm_segment_format_lines (const char *text,
                         gssize      length)
{
  g_autoptr(GArray) sentences = NULL;
  GString *out;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length < 0)
    length = strlen (text);

  sentences = dm_segment_sentences (text, length);
  out = g_string_sized_new (length + sentences->len + 1);

  for (guint i = 0; i < sentences->len; i++)
    {
      const DmSentence *sentence = &g_array_index (sentences, DmSentence, i);
      const char *p = text + sentence->byte_start;
      const char *end = text + sentence->byte_end;
      const char *run = p;

      while (p < end)
        {
          gsize skip = 0;

          if (*p == '\n' || *p == '\v')
            skip = 1;
          else if (*p == '\r')
            skip = (p + 1 < end && p[1] == '\n') ? 2 : 1;
          else if ((guint8) *p == 0xC2 && p + 1 < end && (guint8) p[1] == 0x85)
            skip = 2;
          else if ((guint8) *p == 0xE2 && p + 2 < end && (guint8) p[1] == 0x80 && (guint8) p[2] == 0xA8)
            skip = 3;

          if (skip == 0)
            {
              p++;
              continue;
            }

          g_string_append_len (out, run, p - run);
          g_string_append_c (out, ' ');
          p += skip;
          run = p;
        }

      g_string_append_len (out, run, end - run);
      g_string_append_c (out, '\n');
    }

  return g_string_free (out, FALSE);
}
