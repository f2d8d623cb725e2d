/* dm-types.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef struct _DmActor      DmActor;
typedef struct _DmAnnotation DmAnnotation;
typedef struct _DmArticle    DmArticle;
typedef struct _DmStore      DmStore;
typedef struct _DmTopic      DmTopic;

/**
 * DmActorKind:
 *
 * What sort of actor takes a position.
 */
typedef enum
{
  DM_ACTOR_KIND_STATE,
  DM_ACTOR_KIND_ORGANISATION,
  DM_ACTOR_KIND_PERSON,
  DM_ACTOR_KIND_GROUP,
  DM_ACTOR_KIND_MEDIA,
} DmActorKind;

/**
 * DmPolarity:
 *
 * The direction of a stance. %DM_POLARITY_NONE is kept for codings that
 * record an act (a blame, a threat) without a polarity on the topic.
 */
typedef enum
{
  DM_POLARITY_NONE,
  DM_POLARITY_SUPPORTS,
  DM_POLARITY_OPPOSES,
  DM_POLARITY_NEUTRAL,
  DM_POLARITY_MIXED,
} DmPolarity;

/**
 * DmAttributionMode:
 *
 * How the position reached the text.
 */
typedef enum
{
  DM_ATTRIBUTION_UNSPECIFIED,
  DM_ATTRIBUTION_DIRECT_QUOTE,
  DM_ATTRIBUTION_REPORTED_SPEECH,
  DM_ATTRIBUTION_PARAPHRASE,
  DM_ATTRIBUTION_SPOKESPERSON,
} DmAttributionMode;

/**
 * DmStoreTable:
 *
 * The kinds of rows a #DmStore announces changes for.
 */
typedef enum
{
  DM_STORE_TABLE_ARTICLES,
  DM_STORE_TABLE_ACTORS,
  DM_STORE_TABLE_TOPICS,
  DM_STORE_TABLE_ANNOTATIONS,
} DmStoreTable;

/**
 * DmStoreChange:
 *
 * What happened to a row. %DM_STORE_CHANGE_RESET means "many rows changed at
 * once, reload" and is emitted after multi-row transactions so views update
 * in one step.
 */
typedef enum
{
  DM_STORE_CHANGE_ADDED,
  DM_STORE_CHANGE_UPDATED,
  DM_STORE_CHANGE_REMOVED,
  DM_STORE_CHANGE_RESET,
} DmStoreChange;

/**
 * DmProgressFunc:
 * @fraction: how much of the work is done, from 0.0 to 1.0
 * @user_data: the data given with the function
 *
 * Called by long exports and imports, in the thread that runs them, with
 * fractions that only grow; the last call of a successful run is 1.0.
 */
typedef void (*DmProgressFunc) (double   fraction,
                                gpointer user_data);

const char  *dm_actor_kind_to_string        (DmActorKind        kind);
gboolean     dm_actor_kind_from_string      (const char        *str,
                                             DmActorKind       *kind);
const char  *dm_polarity_to_string          (DmPolarity         polarity);
gboolean     dm_polarity_from_string        (const char        *str,
                                             DmPolarity        *polarity);
const char  *dm_attribution_mode_to_string  (DmAttributionMode  mode);
gboolean     dm_attribution_mode_from_string (const char       *str,
                                             DmAttributionMode *mode);

G_END_DECLS
