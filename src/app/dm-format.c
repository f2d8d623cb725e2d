/* dm-format.c - dates and article details as the views write them
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-format"

#include "config.h"

#include <stdio.h>

#include <glib/gi18n.h>

#include "dm-format.h"

/* "24 Feb 2023 · Belta · 3 annotations"; each part is escaped for markup
 * when @markup is set. */
static GPtrArray *
collect_meta_parts (const char *published,
                    const char *source,
                    guint       n_annotations,
                    gboolean    markup)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = dm_format_date (published);
  g_autofree char *count = NULL;

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation", "%u annotations", n_annotations),
                           n_annotations);

  if (date != NULL)
    g_ptr_array_add (parts, markup ? g_markup_escape_text (date, -1) : g_steal_pointer (&date));
  if (source != NULL && source[0] != '\0')
    g_ptr_array_add (parts, markup ? g_markup_escape_text (source, -1) : g_strdup (source));
  g_ptr_array_add (parts, markup ? g_markup_escape_text (count, -1) : g_steal_pointer (&count));

  return g_steal_pointer (&parts);
}

static char *
join_meta_parts (GPtrArray *parts)
{
  g_ptr_array_add (parts, NULL);

  /* Translators: separates the date, source and annotation count of an article */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * dm_format_date:
 * @published: (nullable): YYYY, YYYY-MM or YYYY-MM-DD (see DmArticle)
 *
 * Returns: (transfer full) (nullable): the date for people, such as
 *   "24 Feb 2023"
 */
char *
dm_format_date (const char *published)
{
  g_autoptr(GDateTime) date = NULL;
  int year = 0;
  int month = 0;
  int day = 0;

  if (published == NULL || published[0] == '\0')
    return NULL;

  switch (sscanf (published, "%d-%d-%d", &year, &month, &day))
    {
    case 3:
      if ((date = g_date_time_new_utc (year, month, day, 0, 0, 0)))
        /* Translators: a publication date, in g_date_time_format() notation */
        return g_date_time_format (date, _("%-d %b %Y"));
      break;

    case 2:
      if ((date = g_date_time_new_utc (year, month, 1, 0, 0, 0)))
        /* Translators: a publication month, in g_date_time_format() notation */
        return g_date_time_format (date, _("%b %Y"));
      break;

    default:
      break;
    }

  return g_strdup (published);
}

char *
dm_format_article_title (const char *title)
{
  if (title == NULL || title[0] == '\0')
    return g_strdup (_("Untitled article"));

  return g_strdup (title);
}

char *
dm_format_article_meta (const char *published,
                        const char *source,
                        guint       n_annotations)
{
  g_autoptr(GPtrArray) parts = collect_meta_parts (published, source, n_annotations, FALSE);

  return join_meta_parts (parts);
}

/**
 * dm_format_article_meta_markup:
 *
 * Returns: (transfer full): date, source, annotation count and a link to
 *   the article's URL, as Pango markup
 */
char *
dm_format_article_meta_markup (DmArticle *article,
                               guint      n_annotations)
{
  g_autoptr(GPtrArray) parts = NULL;
  const char *url;

  g_return_val_if_fail (DM_IS_ARTICLE (article), NULL);

  url = dm_article_get_url (article);
  parts = collect_meta_parts (dm_article_get_published (article),
                              dm_article_get_source (article),
                              n_annotations,
                              TRUE);

  if (url != NULL && url[0] != '\0')
    {
      g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
      const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

      g_ptr_array_add (parts, g_markup_printf_escaped ("<a href=\"%s\">%s</a>",
                                                      url,
                                                      host != NULL && host[0] != '\0' ? host : url));
    }

  return join_meta_parts (parts);
}
