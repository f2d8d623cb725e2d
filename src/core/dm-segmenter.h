/* dm-segmenter.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DmSentence:
 * @start: offset of the first character, in Unicode code points
 * @end: offset just past the last character, in code points
 * @byte_start: the same position as @start, in bytes
 * @byte_end: the same position as @end, in bytes
 *
 * One sentence of a text.  The range is trimmed of surrounding white space,
 * so that selecting it selects exactly the sentence.
 */
typedef struct
{
  guint start;
  guint end;
  gsize byte_start;
  gsize byte_end;
} DmSentence;

GArray *dm_segment_sentences    (const char *text,
                                 gssize      length);
char   *dm_segment_format_lines (const char *text,
                                 gssize      length);

G_END_DECLS
