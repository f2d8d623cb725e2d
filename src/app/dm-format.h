/* dm-format.h - dates and article details as the views write them
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "demarche-core.h"

G_BEGIN_DECLS

char *dm_format_date                (const char *published);
char *dm_format_article_title       (const char *title);
char *dm_format_article_meta        (const char *published,
                                     const char *source,
                                     guint       n_annotations);
char *dm_format_article_meta_markup (DmArticle  *article,
                                     guint       n_annotations);

G_END_DECLS
