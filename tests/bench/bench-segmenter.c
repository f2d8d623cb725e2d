/* bench-segmenter.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Measures dm_segment_sentences() against ICU's sentence BreakIterator
 * (the reference implementation of Unicode sentence boundaries, UAX #29)
 * and Pango's sentence boundaries, in the same run, on the same corpus of
 * English news prose.
 *
 *   meson setup build-bench -Dbenchmarks=true -Dapp=false
 *   meson compile -C build-bench bench-segmenter
 *   ./build-bench/tests/bench/bench-segmenter [--size=MB] [--runs=N]
 *
 * Throughput is always counted in bytes of the UTF-8 input (1 MB = 10^6
 * bytes), whatever encoding an implementation reads, so the figures
 * compare.  ICU is timed on UTF-16 converted beforehand, which is the
 * fairest to ICU (its native encoding); the conversion is timed on its own
 * line, and ICU over the UTF-8 directly (through UText) on another.  Pango
 * computes every logical attribute at once (grapheme, word, line and
 * sentence boundaries), which is its only API; it is slow, so it runs on
 * a slice of the corpus. */

#define G_LOG_DOMAIN "bench-segmenter"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <pango/pango.h>
#include <unicode/uchar.h>
#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>

#include "demarche-core.h"

#define MB 1000000.0

typedef struct
{
  const char *name;
  double      seconds;   /* best of the runs */
  gsize       bytes;     /* UTF-8 bytes the run covered */
  guint       sentences;
} Result;

/* News sentences in the style of wire copy, with the cases the segmenter
 * must get right: titles, dotted abbreviations, numbers, quotations.
 * {P} is a person, {C} a country, {N} a number. */
static const char * const templates[] = {
  "{P}, the foreign minister of {C}, said on Friday that talks with {C} would resume next week.",
  "“We want peace. We want it now,” {P} told reporters in Minsk.",
  "The U.S. State Department said it was reviewing the proposal, which runs to {N} pages.",
  "Mr. {P} and Mrs. {P} arrived at 10 a.m. local time, according to the ministry.",
  "Sanctions imposed by the E.U. in Feb. {N} cover about $1.2 billion of exports.",
  "Growth slowed to 3.5% in the third quarter, the lowest since {N}.",
  "Dr. {P}, a professor at St. Petersburg State University, called the plan “a non-starter.”",
  "Is a ceasefire possible? Officials in {C} say it is too early to tell.",
  "The talks were hosted by Acme Corp. and Globex Ltd. in Geneva.",
  "Gen. {P} said the troops would withdraw “within days.” He gave no timetable.",
  "Trade between the two countries rose {N} percent to $4.7 bln, customs data showed.",
  "The U.N. Security Council will meet on Jan. {N} to discuss the resolution, diplomats said.",
  "“This is not a peace plan,” said {P}. “It is a list of demands.”",
  "The document, No. {N} in the series, was published on the ministry’s website.",
  "Shares of the company fell 2.4 percent in early trading... Analysts blamed the war.",
  "According to Belta, the state news agency, the ministers discussed grain exports, fertiliser, etc.",
  "{P} (J. Borrell’s spokesman) declined to comment.",
  "The summit, which ends on Sept. {N}, is the first since the pandemic!",
  "Officials in Washington D.C. said the U.S. Treasury would announce new measures.",
  "Prices rose by approx. {N} per cent, i.e. faster than wages.",
  "Sen. {P} (R-Texas) called the deal “a mistake” in a post on X.",
  "The ministry said the delegation would travel to {C} and then to {C}.",
  "{C}’s position on the conflict has not changed, the spokeswoman said.",
  "Asked whether {C} would join the talks, {P} said: “Why not?”",
  "The plan has {N} points (see p. {N} of the annex) and no deadline.",
};

static const char * const people[] = {
  "Sergei Aleinik", "Qin Gang", "Josep Borrell", "Alexandr Lukashenko", "Wang Yi",
  "Antony Blinken", "Annalena Baerbock", "Sergei Lavrov", "Dmytro Kuleba", "Jens Stoltenberg",
  "Maria Zakharova", "Ursula von der Leyen", "Xi Jinping", "George W. Bush", "Catherine Colonna",
};

static const char * const countries[] = {
  "Belarus", "China", "Russia", "Ukraine", "the United States", "France", "Germany", "Poland",
  "Turkey", "India", "Brazil", "the United Kingdom", "Hungary", "Kazakhstan", "Japan",
};

static const char * const headlines[] = {
  "Belarus, China back peace talks on Ukraine",
  "EU’s Borrell says Chinese plan lacks credibility",
  "Ministers meet in Beijing as war enters second year",
};

static const char * const datelines[] = {
  "MINSK, Feb 24 (Belta) — ", "BEIJING (Reuters) - ", "BRUSSELS, Feb. 25 (AP) — ", "",
};

static void
append_template (GString    *corpus,
                 GRand      *rand,
                 const char *template)
{
  for (const char *p = template; *p != '\0'; p++)
    {
      if (p[0] == '{' && p[1] != '\0' && p[2] == '}')
        {
          switch (p[1])
            {
            case 'P':
              g_string_append (corpus, people[g_rand_int_range (rand, 0, G_N_ELEMENTS (people))]);
              break;
            case 'C':
              g_string_append (corpus, countries[g_rand_int_range (rand, 0, G_N_ELEMENTS (countries))]);
              break;
            case 'N':
            default:
              g_string_append_printf (corpus, "%d", g_rand_int_range (rand, 1, 2024));
              break;
            }
          p += 2;
          continue;
        }
      g_string_append_c (corpus, *p);
    }
}

/* About @size bytes of articles: a headline, a dateline, the sample
 * article's paragraphs and paragraphs of template sentences, shuffled
 * deterministically. */
static GString *
build_corpus (gsize size)
{
  g_autofree char *path = g_build_filename (BENCH_SAMPLES_DIR, "belarus-china-peace-talks.txt", NULL);
  g_autofree char *sample = NULL;
  g_auto(GStrv) paragraphs = NULL;
  g_autoptr(GError) error = NULL;
  GRand *rand = g_rand_new_with_seed (24022023);
  GString *corpus = g_string_sized_new (size + 65536);
  guint n_paragraphs;

  if (!g_file_get_contents (path, &sample, NULL, &error))
    g_error ("%s", error->message);
  paragraphs = g_strsplit (sample, "\n\n", -1);
  n_paragraphs = g_strv_length (paragraphs);

  while (corpus->len < size)
    {
      g_string_append (corpus, headlines[g_rand_int_range (rand, 0, G_N_ELEMENTS (headlines))]);
      g_string_append (corpus, "\n\n");
      g_string_append (corpus, datelines[g_rand_int_range (rand, 0, G_N_ELEMENTS (datelines))]);

      for (guint i = 0; i < 12; i++)
        {
          if (g_rand_int_range (rand, 0, 3) == 0)
            g_string_append (corpus, g_strstrip (paragraphs[g_rand_int_range (rand, 0, n_paragraphs)]));
          else
            {
              guint n = g_rand_int_range (rand, 2, 6);

              for (guint k = 0; k < n; k++)
                {
                  if (k > 0)
                    g_string_append_c (corpus, ' ');
                  append_template (corpus, rand, templates[g_rand_int_range (rand, 0, G_N_ELEMENTS (templates))]);
                }
            }
          g_string_append (corpus, "\n\n");
        }
    }

  g_rand_free (rand);
  return corpus;
}

static double
now (void)
{
  return g_get_monotonic_time () / (double) G_USEC_PER_SEC;
}

static void
keep_best (Result *result,
           double  seconds)
{
  if (result->seconds == 0 || seconds < result->seconds)
    result->seconds = seconds;
}

static void
run_demarche (Result     *result,
              const char *text,
              gsize       len)
{
  double start = now ();
  g_autoptr(GArray) sentences = dm_segment_sentences (text, len);

  keep_best (result, now () - start);
  result->sentences = sentences->len;
}

static guint
count_icu (UBreakIterator *iterator)
{
  guint count = 0;

  ubrk_first (iterator);
  while (ubrk_next (iterator) != UBRK_DONE)
    count++;

  return count;
}

/* Segments that hold more than white space, counted outside the timing. */
static guint
count_icu_with_text (const UChar *text,
                     int32_t      len)
{
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open (UBRK_SENTENCE, "en", text, len, &status);
  guint count = 0;
  int32_t start, end;

  if (U_FAILURE (status))
    g_error ("ubrk_open: %s", u_errorName (status));

  for (start = ubrk_first (iterator), end = ubrk_next (iterator);
       end != UBRK_DONE;
       start = end, end = ubrk_next (iterator))
    {
      for (int32_t i = start; i < end; i++)
        if (!u_isspace (text[i]))
          {
            count++;
            break;
          }
    }

  ubrk_close (iterator);
  return count;
}

static void
run_icu_utf16 (Result      *result,
               const UChar *text,
               int32_t      len)
{
  UErrorCode status = U_ZERO_ERROR;
  double start = now ();
  UBreakIterator *iterator = ubrk_open (UBRK_SENTENCE, "en", text, len, &status);

  if (U_FAILURE (status))
    g_error ("ubrk_open: %s", u_errorName (status));
  result->sentences = count_icu (iterator);
  ubrk_close (iterator);
  keep_best (result, now () - start);
}

static void
run_icu_utf8 (Result     *result,
              const char *text,
              gsize       len)
{
  UErrorCode status = U_ZERO_ERROR;
  double start = now ();
  UText *utext = utext_openUTF8 (NULL, text, len, &status);
  UBreakIterator *iterator = ubrk_open (UBRK_SENTENCE, "en", NULL, 0, &status);

  ubrk_setUText (iterator, utext, &status);
  if (U_FAILURE (status))
    g_error ("ICU over UTF-8: %s", u_errorName (status));
  result->sentences = count_icu (iterator);
  ubrk_close (iterator);
  utext_close (utext);
  keep_best (result, now () - start);
}

static UChar *
to_utf16 (Result     *result,
          const char *text,
          gsize       len,
          int32_t    *out_len)
{
  UErrorCode status = U_ZERO_ERROR;
  double start = now ();
  UChar *utf16 = g_new (UChar, len + 1);

  u_strFromUTF8 (utf16, len + 1, out_len, text, len, &status);
  if (U_FAILURE (status))
    g_error ("u_strFromUTF8: %s", u_errorName (status));
  keep_best (result, now () - start);

  return utf16;
}

static void
run_pango (Result        *result,
           const char    *text,
           gsize          len,
           PangoLogAttr  *attrs,
           int            n_attrs)
{
  double start = now ();
  guint count = 0;

  pango_get_log_attrs (text, len, -1, pango_language_from_string ("en"), attrs, n_attrs);
  for (int i = 0; i < n_attrs; i++)
    count += attrs[i].is_sentence_start;

  keep_best (result, now () - start);
  result->sentences = count;
}

static void
print_row (const Result *result,
           const Result *icu,
           const Result *pango)
{
  double speed = result->bytes / MB / result->seconds;
  double icu_speed = icu->bytes / MB / icu->seconds;
  double pango_speed = pango->bytes / MB / pango->seconds;

  g_print ("| %-34s | %8.1f | %6.2fx | %7.2fx | %10u | %6.1f |\n",
           result->name, speed, speed / icu_speed, speed / pango_speed,
           result->sentences, result->bytes / MB);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = g_option_context_new ("— sentence segmentation benchmark");
  g_autoptr(GError) error = NULL;
  int size_mb = 20;
  int pango_mb = 2;
  int runs = 5;
  const GOptionEntry entries[] = {
    { "size", 's', 0, G_OPTION_ARG_INT, &size_mb, "Corpus size in MB (default 20)", "MB" },
    { "pango-size", 'p', 0, G_OPTION_ARG_INT, &pango_mb, "Slice for Pango in MB (default 2)", "MB" },
    { "runs", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs of each, best kept (default 5)", "N" },
    { NULL }
  };
  Result demarche = { "Demarche dm_segment_sentences", 0, 0, 0 };
  Result demarche_slice = { "Demarche, on the Pango slice", 0, 0, 0 };
  Result icu16 = { "ICU BreakIterator (UTF-16)", 0, 0, 0 };
  Result icu8 = { "ICU BreakIterator (UTF-8 UText)", 0, 0, 0 };
  Result conversion = { "(UTF-8 to UTF-16 conversion)", 0, 0, 0 };
  Result pango = { "Pango pango_get_log_attrs", 0, 0, 0 };
  g_autoptr(GString) corpus = NULL;
  g_autofree UChar *utf16 = NULL;
  g_autofree PangoLogAttr *attrs = NULL;
  gsize slice;
  int32_t utf16_len = 0;
  guint icu_with_text;
  int n_attrs;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  size_mb = CLAMP (size_mb, 1, 1000);
  pango_mb = CLAMP (pango_mb, 1, size_mb);
  runs = CLAMP (runs, 1, 100);

  corpus = build_corpus ((gsize) size_mb * 1000000);

  /* The Pango slice ends at a paragraph boundary. */
  {
    const char *cut = strstr (corpus->str + (gsize) pango_mb * 1000000 - MIN ((gsize) pango_mb * 1000000, 4096), "\n\n");

    slice = cut != NULL ? (gsize) (cut - corpus->str) : corpus->len;
  }
  n_attrs = g_utf8_strlen (corpus->str, slice) + 1;
  attrs = g_new (PangoLogAttr, n_attrs);

  demarche.bytes = icu16.bytes = icu8.bytes = conversion.bytes = corpus->len;
  pango.bytes = demarche_slice.bytes = slice;

  for (int run = 0; run < runs; run++)
    {
      g_clear_pointer (&utf16, g_free);
      utf16 = to_utf16 (&conversion, corpus->str, corpus->len, &utf16_len);

      run_demarche (&demarche, corpus->str, corpus->len);
      run_icu_utf16 (&icu16, utf16, utf16_len);
      run_icu_utf8 (&icu8, corpus->str, corpus->len);
      run_demarche (&demarche_slice, corpus->str, slice);
      run_pango (&pango, corpus->str, slice, attrs, n_attrs);
    }

  icu_with_text = count_icu_with_text (utf16, utf16_len);

  g_print ("Corpus: %.1f MB of UTF-8 news prose (%u UTF-16 units); best of %d runs; "
           "MB/s counted in UTF-8 input bytes.\n\n",
           corpus->len / MB, (guint) utf16_len, runs);
  g_print ("| %-34s | %8s | %7s | %8s | %10s | %6s |\n",
           "implementation", "MB/s", "x ICU", "x Pango", "sentences", "MB");
  g_print ("|%s|%s|%s|%s|%s|%s|\n", "------------------------------------",
           "----------", "---------", "----------", "------------", "--------");
  print_row (&demarche, &icu16, &pango);
  print_row (&icu16, &icu16, &pango);
  print_row (&icu8, &icu16, &pango);
  print_row (&conversion, &icu16, &pango);
  print_row (&demarche_slice, &icu16, &pango);
  print_row (&pango, &icu16, &pango);

  /* The result is the only allocation the segmenter makes. */
  g_print ("\nMemory: the result array holds %zu bytes per sentence (%u sentences, %.2f MB for "
           "%.1f MB of text); GArray's doubling can reserve up to twice that while it grows. "
           "The segmenter allocates nothing else and never copies the text.\n",
           sizeof (DmSentence), demarche.sentences,
           demarche.sentences * sizeof (DmSentence) / MB, corpus->len / MB);
  g_print ("Counts differ by design: ICU and Pango follow UAX #29, which splits after "
           "\"Mr.\", \"U.S.\" and \"Feb.\" before a capital and after every line break; "
           "ICU's count includes the %u white-space-only segments between paragraphs "
           "(%u segments with text).\n",
           icu16.sentences - icu_with_text, icu_with_text);

  return 0;
}
