/* dm-types.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-types"

#include "config.h"

#include <string.h>

#include "dm-types.h"

/* These strings are written to the database and to every exchange format,
 * so they are spelt out here rather than taken from the GEnum nicks: renaming
 * an enum value must never change a file format. */

typedef struct
{
  int         value;
  const char *name;
} DmTypeName;

static const DmTypeName actor_kind_names[] = {
  { DM_ACTOR_KIND_STATE, "state" },
  { DM_ACTOR_KIND_ORGANISATION, "organisation" },
  { DM_ACTOR_KIND_PERSON, "person" },
  { DM_ACTOR_KIND_GROUP, "group" },
  { DM_ACTOR_KIND_MEDIA, "media" },
  /* Accepted on input only, for American spelling in hand-written files. */
  { DM_ACTOR_KIND_ORGANISATION, "organization" },
};

static const DmTypeName polarity_names[] = {
  { DM_POLARITY_NONE, "none" },
  { DM_POLARITY_SUPPORTS, "supports" },
  { DM_POLARITY_OPPOSES, "opposes" },
  { DM_POLARITY_NEUTRAL, "neutral" },
  { DM_POLARITY_MIXED, "mixed" },
};

static const DmTypeName attribution_mode_names[] = {
  { DM_ATTRIBUTION_UNSPECIFIED, "unspecified" },
  { DM_ATTRIBUTION_DIRECT_QUOTE, "direct-quote" },
  { DM_ATTRIBUTION_REPORTED_SPEECH, "reported-speech" },
  { DM_ATTRIBUTION_PARAPHRASE, "paraphrase" },
  { DM_ATTRIBUTION_SPOKESPERSON, "spokesperson" },
};

static const char *
lookup_name (const DmTypeName *names,
             gsize             n_names,
             int               value)
{
  for (gsize i = 0; i < n_names; i++)
    {
      if (names[i].value == value)
        return names[i].name;
    }

  return NULL;
}

static gboolean
lookup_value (const DmTypeName *names,
              gsize             n_names,
              const char       *str,
              int              *value)
{
  if (str == NULL)
    return FALSE;

  for (gsize i = 0; i < n_names; i++)
    {
      if (strcmp (names[i].name, str) == 0)
        {
          *value = names[i].value;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * dm_actor_kind_to_string:
 * @kind: a #DmActorKind
 *
 * Returns: (transfer none) (nullable): the name stored in files for @kind,
 *   such as "state", or %NULL if @kind is not a #DmActorKind
 */
const char *
dm_actor_kind_to_string (DmActorKind kind)
{
  return lookup_name (actor_kind_names, G_N_ELEMENTS (actor_kind_names), kind);
}

/**
 * dm_actor_kind_from_string:
 * @str: (nullable): a name such as "organisation"
 * @kind: (out): where to store the kind
 *
 * Reads the names written by dm_actor_kind_to_string(); "organization" is
 * accepted as well.
 *
 * Returns: %TRUE if @str names a kind; @kind is left untouched otherwise
 */
gboolean
dm_actor_kind_from_string (const char  *str,
                           DmActorKind *kind)
{
  int value;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!lookup_value (actor_kind_names, G_N_ELEMENTS (actor_kind_names), str, &value))
    return FALSE;

  *kind = value;
  return TRUE;
}

/**
 * dm_polarity_to_string:
 * @polarity: a #DmPolarity
 *
 * Returns: (transfer none) (nullable): the name stored in files for
 *   @polarity, such as "supports", or %NULL if @polarity is not a #DmPolarity
 */
const char *
dm_polarity_to_string (DmPolarity polarity)
{
  return lookup_name (polarity_names, G_N_ELEMENTS (polarity_names), polarity);
}

/**
 * dm_polarity_from_string:
 * @str: (nullable): a name such as "opposes"
 * @polarity: (out): where to store the polarity
 *
 * Returns: %TRUE if @str names a polarity; @polarity is left untouched
 *   otherwise
 */
gboolean
dm_polarity_from_string (const char *str,
                         DmPolarity *polarity)
{
  int value;

  g_return_val_if_fail (polarity != NULL, FALSE);

  if (!lookup_value (polarity_names, G_N_ELEMENTS (polarity_names), str, &value))
    return FALSE;

  *polarity = value;
  return TRUE;
}

/**
 * dm_attribution_mode_to_string:
 * @mode: a #DmAttributionMode
 *
 * Returns: (transfer none) (nullable): the name stored in files for @mode,
 *   such as "direct-quote", or %NULL if @mode is not a #DmAttributionMode
 */
const char *
dm_attribution_mode_to_string (DmAttributionMode mode)
{
  return lookup_name (attribution_mode_names, G_N_ELEMENTS (attribution_mode_names), mode);
}

/**
 * dm_attribution_mode_from_string:
 * @str: (nullable): a name such as "reported-speech"
 * @mode: (out): where to store the mode
 *
 * Returns: %TRUE if @str names a mode; @mode is left untouched otherwise
 */
gboolean
dm_attribution_mode_from_string (const char        *str,
                                 DmAttributionMode *mode)
{
  int value;

  g_return_val_if_fail (mode != NULL, FALSE);

  if (!lookup_value (attribution_mode_names, G_N_ELEMENTS (attribution_mode_names), str, &value))
    return FALSE;

  *mode = value;
  return TRUE;
}
