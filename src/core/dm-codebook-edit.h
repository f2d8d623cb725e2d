/* dm-codebook-edit.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-store.h"

G_BEGIN_DECLS

/* Codebook edits that touch many rows at once: merging one actor or topic
 * into another. Each is one transaction, hence one undo entry. */

guint      dm_codebook_count_actor_uses     (DmStore             *store,
                                             const char          *uuid,
                                             GError             **error);
guint      dm_codebook_count_actor_links    (DmStore             *store,
                                             const char          *uuid,
                                             GError             **error);
gboolean   dm_codebook_merge_actors         (DmStore             *store,
                                             const char          *source_uuid,
                                             const char          *target_uuid,
                                             guint               *n_moved,
                                             GError             **error);

guint      dm_codebook_count_topic_uses     (DmStore             *store,
                                             const char          *uuid,
                                             GError             **error);
guint      dm_codebook_count_topic_children (DmStore             *store,
                                             const char          *uuid,
                                             GError             **error);
gboolean   dm_codebook_merge_topics         (DmStore             *store,
                                             const char          *source_uuid,
                                             const char          *target_uuid,
                                             guint               *n_moved,
                                             GError             **error);

char     **dm_codebook_parse_names          (const char          *text);
char      *dm_codebook_format_names         (const char * const  *names);

G_END_DECLS
