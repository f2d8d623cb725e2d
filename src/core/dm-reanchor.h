/* dm-reanchor.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-store.h"

G_BEGIN_DECLS

/**
 * DmAnchorResult:
 * @DM_ANCHOR_EXACT_POSITION: the quote still reads at its old offsets
 * @DM_ANCHOR_EXACT_QUOTE: the quote was found unchanged elsewhere, and its
 *   prefix or suffix (or its length and uniqueness) says it is the same one
 * @DM_ANCHOR_FUZZY: a slightly different passage was found near the old
 *   position with the old prefix or suffix around it (a corrected typo)
 * @DM_ANCHOR_ORPHAN: the quote cannot be placed with confidence; the
 *   annotation is kept at its old offsets (clamped into the text) and is to
 *   be placed by hand
 *
 * How an annotation was found again after its article text changed.
 */
typedef enum
{
  DM_ANCHOR_EXACT_POSITION,
  DM_ANCHOR_EXACT_QUOTE,
  DM_ANCHOR_FUZZY,
  DM_ANCHOR_ORPHAN,
} DmAnchorResult;

const char     *dm_anchor_result_to_string    (DmAnchorResult   result);

DmAnchorResult  dm_reanchor_locate            (const char      *body,
                                               const char      *quote,
                                               const char      *prefix,
                                               const char      *suffix,
                                               guint            old_start,
                                               guint            old_end,
                                               guint           *new_start,
                                               guint           *new_end,
                                               double          *confidence);

gboolean        dm_store_update_article_text  (DmStore         *store,
                                               const char      *article_uuid,
                                               const char      *new_body,
                                               guint           *n_moved,
                                               guint           *n_orphaned,
                                               GError         **error);
gboolean        dm_store_place_annotation     (DmStore         *store,
                                               const char      *annotation_uuid,
                                               guint            start,
                                               guint            end,
                                               GError         **error);

G_END_DECLS
