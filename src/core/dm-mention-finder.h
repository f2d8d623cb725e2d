/* dm-mention-finder.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_MENTION_FINDER (dm_mention_finder_get_type ())
#define DM_TYPE_MENTION (dm_mention_get_type ())
#define DM_TYPE_MENTION_KIND (dm_mention_kind_get_type ())

G_DECLARE_FINAL_TYPE (DmMentionFinder, dm_mention_finder, DM, MENTION_FINDER, GObject)

/**
 * DmMentionKind:
 * @DM_MENTION_NAME: the actor's name or official name
 * @DM_MENTION_ALIAS: another name, such as "Kiev", "the Kremlin" or a
 *   person's surname
 * @DM_MENTION_ACRONYM: an organisation's code ("NATO", "EU") or an alias
 *   written in capitals ("US", "U.S.")
 * @DM_MENTION_DEMONYM: an adjective or noun for the people ("Chinese")
 * @DM_MENTION_CAPITAL: the capital used as a metonym ("Beijing")
 *
 * Which of the actor's names a #DmMention matched.
 */
typedef enum
{
  DM_MENTION_NAME,
  DM_MENTION_ALIAS,
  DM_MENTION_ACRONYM,
  DM_MENTION_DEMONYM,
  DM_MENTION_CAPITAL,
} DmMentionKind;

/**
 * DmMention:
 * @start: the first code point of the mention
 * @end: the code point after the mention
 * @actor_uuid: the actor mentioned
 * @text: the mention as written in the text, line breaks included
 * @kind: which of the actor's names matched
 *
 * One mention of a codebook actor in a text. A possessive ending is not part
 * of the mention: in "China's" the mention is "China".
 */
typedef struct
{
  guint          start;
  guint          end;
  char          *actor_uuid;
  char          *text;
  DmMentionKind  kind;
} DmMention;

GType            dm_mention_kind_get_type          (void) G_GNUC_CONST;
const char      *dm_mention_kind_to_string         (DmMentionKind    kind);

GType            dm_mention_get_type               (void) G_GNUC_CONST;
DmMention       *dm_mention_new                    (guint            start,
                                                    guint            end,
                                                    const char      *actor_uuid,
                                                    const char      *text,
                                                    DmMentionKind    kind);
DmMention       *dm_mention_copy                   (const DmMention *self);
void             dm_mention_free                   (DmMention       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmMention, dm_mention_free)

DmMentionFinder *dm_mention_finder_new             (GPtrArray       *actors);
GPtrArray       *dm_mention_finder_find            (DmMentionFinder *self,
                                                    const char      *text,
                                                    gssize           length);
GPtrArray       *dm_mention_finder_find_in_span    (DmMentionFinder *self,
                                                    const char      *text,
                                                    guint            start,
                                                    guint            end);
GStrv            dm_mention_finder_suggest_actors  (DmMentionFinder *self,
                                                    const char      *text,
                                                    guint            start,
                                                    guint            end);
guint            dm_mention_finder_get_n_patterns  (DmMentionFinder *self);
guint            dm_mention_finder_get_n_states    (DmMentionFinder *self);

G_END_DECLS
