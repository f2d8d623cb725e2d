/* dm-article-import.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-article-import"

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "dm-article.h"
#include "dm-error.h"

/* Reading a plain-text article.
 *
 * Annotations point into the body by code-point offsets, so the text must
 * come out of here the same way every time it is read: a BOM is dropped,
 * line ends become LF and the whole text is put in NFC (a "é" typed as e +
 * U+0301 would otherwise count two code points in one copy and one in
 * another).
 *
 * A file may open with a block of "Key: value" lines giving the metadata:
 *
 *   Title: Belarus and China back peace talks on Ukraine
 *   Source: Belta
 *   Date: 2023-02-24
 *
 *   The Ministers of Foreign Affairs of Belarus, …
 */

#define MAX_TEXT_SIZE   (G_GUINT64_CONSTANT (64) * 1024 * 1024)
#define MAX_TITLE_CHARS 120
#define STDIN_NAME      "standard input"

typedef enum
{
  HEADER_TITLE,
  HEADER_SOURCE,
  HEADER_URL,
  HEADER_DATE,
  HEADER_LANGUAGE,
} HeaderKey;

typedef struct
{
  const char *name;
  HeaderKey   key;
} HeaderName;

static const HeaderName header_names[] = {
  { "Title", HEADER_TITLE },
  { "Source", HEADER_SOURCE },
  { "URL", HEADER_URL },
  { "Date", HEADER_DATE },
  { "Published", HEADER_DATE },
  { "Language", HEADER_LANGUAGE },
  { "Lang", HEADER_LANGUAGE },
};

static gboolean
is_stdin (const char *origin)
{
  return origin == NULL || g_strcmp0 (origin, "-") == 0;
}

static char *
dup_display_origin (const char *origin)
{
  if (is_stdin (origin))
    return g_strdup (STDIN_NAME);

  return g_filename_display_name (origin);
}

static gboolean
is_blank (const char *start,
          const char *end)
{
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    {
      if (!g_unichar_isspace (g_utf8_get_char (p)))
        return FALSE;
    }

  return TRUE;
}

static const char *
find_line_end (const char *line)
{
  const char *eol = strchr (line, '\n');

  return eol != NULL ? eol : line + strlen (line);
}

/* Returns a copy of [start, end) without Unicode white space at either end. */
static char *
dup_trimmed (const char *start,
             const char *end)
{
  while (start < end && g_unichar_isspace (g_utf8_get_char (start)))
    start = g_utf8_next_char (start);

  while (end > start)
    {
      const char *prev = g_utf8_find_prev_char (start, end);

      if (prev == NULL || !g_unichar_isspace (g_utf8_get_char (prev)))
        break;

      end = prev;
    }

  return g_strndup (start, end - start);
}

/* CRLF and lone CR both become LF. */
static char *
normalize_line_ends (const char *text,
                     gsize       length)
{
  GString *out = g_string_sized_new (length + 1);

  for (gsize i = 0; i < length; i++)
    {
      if (text[i] == '\r')
        {
          g_string_append_c (out, '\n');

          if (i + 1 < length && text[i + 1] == '\n')
            i++;
        }
      else
        {
          g_string_append_c (out, text[i]);
        }
    }

  return g_string_free (out, FALSE);
}

static gboolean
parse_header_line (const char  *line,
                   const char  *line_end,
                   HeaderKey   *key,
                   char       **value)
{
  const char *colon = memchr (line, ':', line_end - line);
  g_autofree char *name = NULL;

  if (colon == NULL)
    return FALSE;

  name = dup_trimmed (line, colon);

  for (guint i = 0; i < G_N_ELEMENTS (header_names); i++)
    {
      if (g_ascii_strcasecmp (name, header_names[i].name) == 0)
        {
          *key = header_names[i].key;
          *value = dup_trimmed (colon + 1, line_end);
          return TRUE;
        }
    }

  return FALSE;
}

static gboolean
parse_digits (const char *str,
              guint       n_digits,
              int        *value)
{
  *value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (str[i]))
        return FALSE;

      *value = *value * 10 + g_ascii_digit_value (str[i]);
    }

  return TRUE;
}

/* Accepts "YYYY-MM-DD", or a full ISO 8601 date-time of which the calendar
 * date, as written, is kept. g_date_set_parse() is not used: it guesses
 * from the locale and would read "03/04/2023" differently on two machines. */
static char *
parse_date (const char *value)
{
  g_autoptr(GTimeZone) utc = NULL;
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;

  if (strlen (value) == 10 &&
      parse_digits (value, 4, &year) && value[4] == '-' &&
      parse_digits (value + 5, 2, &month) && value[7] == '-' &&
      parse_digits (value + 8, 2, &day))
    {
      if (year < 1 || month < 1 || month > 12 || day < 1 ||
          !g_date_valid_dmy (day, month, year))
        return NULL;

      return g_strdup (value);
    }

  /* Without an offset the time is read as UTC; only the date is kept, in
   * the offset the string was written in. */
  utc = g_time_zone_new_utc ();
  date_time = g_date_time_new_from_iso8601 (value, utc);

  if (date_time == NULL)
    return NULL;

  g_date_time_get_ymd (date_time, &year, &month, &day);

  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/* The first line, trimmed, and cut at a word boundary if longer than
 * MAX_TITLE_CHARS (the ellipsis included). */
static char *
make_headline (const char *line,
               const char *line_end)
{
  g_autofree char *title = dup_trimmed (line, line_end);
  const char *limit;
  const char *cut;

  if (g_utf8_strlen (title, -1) <= MAX_TITLE_CHARS)
    return g_steal_pointer (&title);

  limit = g_utf8_offset_to_pointer (title, MAX_TITLE_CHARS - 1);

  /* If the first character left out is a space, the cut is already at a
   * word boundary; otherwise back up to the last space. */
  cut = limit;
  while (cut > title && !g_unichar_isspace (g_utf8_get_char (cut)))
    cut = g_utf8_prev_char (cut);

  /* One word longer than the limit: cut inside it. */
  if (cut == title)
    cut = limit;

  /* "…" after a comma or a colon reads badly. */
  while (cut > title)
    {
      const char *prev = g_utf8_prev_char (cut);
      gunichar ch = g_utf8_get_char (prev);

      if (!g_unichar_isspace (ch) && (ch > 0x7F || strchr (",;:-", (int)ch) == NULL))
        break;

      cut = prev;
    }

  return g_strdup_printf ("%.*s…", (int)(cut - title), title);
}

static char *
dup_title_from_origin (const char *origin)
{
  g_autofree char *basename = NULL;
  g_autofree char *display = NULL;
  char *dot;

  if (is_stdin (origin))
    return NULL;

  basename = g_path_get_basename (origin);
  dot = strrchr (basename, '.');

  /* Keep ".hidden" whole: the dot there is not an extension. */
  if (dot != NULL && dot != basename)
    *dot = '\0';

  display = g_filename_display_name (basename);

  if (display[0] == '\0' || strcmp (display, ".") == 0 || strcmp (display, G_DIR_SEPARATOR_S) == 0)
    return NULL;

  return g_steal_pointer (&display);
}

static gboolean
check_size (guint64      size,
            const char  *display_origin,
            GError     **error)
{
  if (size <= MAX_TEXT_SIZE)
    return TRUE;

  g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT,
               "%s: too large (%" G_GUINT64_FORMAT " MiB; the limit is %" G_GUINT64_FORMAT " MiB)",
               display_origin,
               (size + 1024 * 1024 - 1) / (1024 * 1024),
               MAX_TEXT_SIZE / (1024 * 1024));

  return FALSE;
}

/**
 * dm_article_new_from_text:
 * @text: the bytes read
 * @length: the length of @text in bytes, or -1 if it is NUL-terminated
 * @origin: (nullable): the path the text was read from, or %NULL or "-" for
 *   standard input; used in error messages and as the fallback title
 * @error: return location for a #GError
 *
 * Makes an article of a plain-text file. The text must be UTF-8 without NUL
 * bytes and at most 64 MiB long; a BOM is dropped, line ends become LF and
 * the text is normalised to NFC, so that offsets into the body are the same
 * every time the same file is read.
 *
 * The text may start with header lines "Title:", "Source:", "URL:", "Date:"
 * (or "Published:") and "Language:" (or "Lang:"), in any case; the first
 * other line ends them. Without a Title header, a first line followed by a
 * blank line is taken as the headline, shortened to 120 characters;
 * otherwise the file name without its extension is used.
 *
 * The body is the text after the header lines, without blank lines at the
 * start and white space at the end. The returned article has a new UUID.
 *
 * Returns: (transfer full): a new #DmArticle, or %NULL with @error set to a
 *   %DM_ERROR_BAD_TEXT naming @origin and the problem
 */
DmArticle *
dm_article_new_from_text (const char  *text,
                          gssize       length,
                          const char  *origin,
                          GError     **error)
{
  g_autoptr(DmArticle) article = NULL;
  g_autofree char *display_origin = NULL;
  g_autofree char *unix_text = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *title = NULL;
  g_autofree char *source = NULL;
  g_autofree char *url = NULL;
  g_autofree char *published = NULL;
  g_autofree char *language = NULL;
  g_autofree char *body = NULL;
  const char *invalid = NULL;
  const char *p;
  const char *body_start;
  const char *body_end;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (text == NULL)
    text = "";

  if (length < 0)
    length = strlen (text);

  display_origin = dup_display_origin (origin);

  if (!check_size (length, display_origin, error))
    return NULL;

  if (memchr (text, '\0', length) != NULL)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT,
                   "%s: this looks like a binary file, not text",
                   display_origin);
      return NULL;
    }

  if (!g_utf8_validate_len (text, length, &invalid))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT,
                   "%s: not valid UTF-8 text (invalid byte at offset %" G_GSIZE_FORMAT ")",
                   display_origin, (gsize)(invalid - text));
      return NULL;
    }

  if (length >= 3 && memcmp (text, "\xEF\xBB\xBF", 3) == 0)
    {
      text += 3;
      length -= 3;
    }

  unix_text = normalize_line_ends (text, length);
  normal = g_utf8_normalize (unix_text, -1, G_NORMALIZE_NFC);
  g_clear_pointer (&unix_text, g_free);

  if (normal == NULL || is_blank (normal, normal + strlen (normal)))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT,
                   "%s: the file is empty",
                   display_origin);
      return NULL;
    }

  /* Blank lines before the header block do not hide it. */
  p = normal;
  while (*p != '\0')
    {
      const char *eol = find_line_end (p);

      if (*eol == '\0' || !is_blank (p, eol))
        break;

      p = eol + 1;
    }

  /* The header block. */
  while (*p != '\0')
    {
      const char *eol = find_line_end (p);
      g_autofree char *value = NULL;
      HeaderKey key;

      if (!parse_header_line (p, eol, &key, &value))
        break;

      /* An empty value says nothing; it does not clear an earlier one. */
      if (value[0] != '\0')
        {
          switch (key)
            {
            case HEADER_TITLE:
              g_free (title);
              title = g_steal_pointer (&value);
              break;

            case HEADER_SOURCE:
              g_free (source);
              source = g_steal_pointer (&value);
              break;

            case HEADER_URL:
              g_free (url);
              url = g_steal_pointer (&value);
              break;

            case HEADER_DATE:
              g_free (published);
              published = parse_date (value);
              if (published == NULL)
                {
                  g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT,
                               "%s: header Date: cannot read \"%s\" as a date (use YYYY-MM-DD)",
                               display_origin, value);
                  return NULL;
                }
              break;

            case HEADER_LANGUAGE:
              g_free (language);
              language = g_steal_pointer (&value);
              break;

            default:
              g_assert_not_reached ();
            }
        }

      p = *eol != '\0' ? eol + 1 : eol;
    }

  /* The body: whole blank lines at the start and white space at the end go;
   * everything in between is kept byte for byte. */
  body_start = p;
  while (*body_start != '\0')
    {
      const char *eol = find_line_end (body_start);

      if (!is_blank (body_start, eol))
        break;

      body_start = *eol != '\0' ? eol + 1 : eol;
    }

  body_end = body_start + strlen (body_start);
  while (body_end > body_start)
    {
      const char *prev = g_utf8_find_prev_char (body_start, body_end);

      if (prev == NULL || !g_unichar_isspace (g_utf8_get_char (prev)))
        break;

      body_end = prev;
    }

  if (body_end == body_start)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_BAD_TEXT,
                   "%s: there is no text after the header lines",
                   display_origin);
      return NULL;
    }

  body = g_strndup (body_start, body_end - body_start);

  if (title == NULL)
    {
      const char *first_end = find_line_end (body);

      if (*first_end == '\n')
        {
          const char *second = first_end + 1;
          const char *second_end = find_line_end (second);

          /* The body has no trailing white space, so a blank second line
           * always has text after it: the first line is a headline. */
          if (*second_end == '\n' && is_blank (second, second_end))
            title = make_headline (body, first_end);
        }
    }

  if (title == NULL)
    title = dup_title_from_origin (origin);

  article = dm_article_new ();
  dm_article_set_title (article, title);
  dm_article_set_source (article, source);
  dm_article_set_url (article, url);
  dm_article_set_published (article, published);
  dm_article_set_language (article, language);
  dm_article_set_body (article, body);

  return g_steal_pointer (&article);
}

/**
 * dm_article_new_from_file:
 * @path: a file name in the GLib file name encoding
 * @error: return location for a #GError
 *
 * Reads @path with dm_article_new_from_text(). A file larger than 64 MiB is
 * refused before it is read.
 *
 * Returns: (transfer full): a new #DmArticle, or %NULL with @error set; the
 *   message names @path
 */
DmArticle *
dm_article_new_from_file (const char  *path,
                          GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *display_path = NULL;
  g_autoptr(GError) local_error = NULL;
  GStatBuf buf;
  gsize length = 0;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  display_path = g_filename_display_name (path);

  /* Only regular files report a meaningful size; for anything else (a
   * pipe, a missing file) g_file_get_contents() gives the answer. */
  if (g_stat (path, &buf) == 0 && S_ISREG (buf.st_mode) &&
      !check_size (buf.st_size, display_path, error))
    return NULL;

  if (!g_file_get_contents (path, &contents, &length, &local_error))
    {
      if (strstr (local_error->message, display_path) == NULL)
        g_prefix_error (&local_error, "%s: ", display_path);

      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return dm_article_new_from_text (contents, length, path, error);
}
