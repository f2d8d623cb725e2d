/* dm-comparison-query.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-query"

#include "config.h"

#include <string.h>

#include "dm-comparison-query.h"
#include "dm-error.h"
#include "dm-store-private.h"

/**
 * DmComparisonQuery:
 *
 * What a comparison looks at: the filters (publication dates, sources,
 * topics with their sub-topics, coders, attribution modes), whether
 * persons' statements roll up to the actor they represented, and the topic
 * depth at which to compare.
 *
 * Empty filters mean "everything". A query is a plain value that the
 * window's filter bar can bind to; #DmComparison and #DmComparisonMatrix
 * take a copy, so editing a query never changes a computed result.
 */
struct _DmComparisonQuery
{
  GObject    parent_instance;

  char      *from;
  char      *to;
  char     **sources;
  char     **topics;
  char     **coders;
  guint      modes;
  guint      depth;
  guint      rollup : 1;
};

G_DEFINE_FINAL_TYPE (DmComparisonQuery, dm_comparison_query, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FROM,
  PROP_TO,
  PROP_SOURCES,
  PROP_TOPICS,
  PROP_CODERS,
  PROP_MODES,
  PROP_ROLLUP,
  PROP_DEPTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

/* Every mode DmAttributionMode defines; a mask beyond it is a caller bug. */
#define ALL_MODES ((DM_ATTRIBUTION_MODE_BIT (DM_ATTRIBUTION_SPOKESPERSON) << 1) - 1)

static void
set_string_property (DmComparisonQuery  *self,
                     char              **field,
                     const char         *value,
                     guint               prop_id)
{
  g_assert (DM_IS_COMPARISON_QUERY (self));

  /* "" from an emptied entry means "no bound", like NULL. */
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_strv_property (DmComparisonQuery    *self,
                   char               ***field,
                   const char * const   *value,
                   guint                 prop_id)
{
  g_assert (DM_IS_COMPARISON_QUERY (self));

  if (value == NULL)
    value = empty_strv;

  if (g_strv_equal (*field != NULL ? (const char * const *)*field : empty_strv, value))
    return;

  g_clear_pointer (field, g_strfreev);

  if (value[0] != NULL)
    *field = g_strdupv ((char **)value);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
dm_comparison_query_finalize (GObject *object)
{
  DmComparisonQuery *self = (DmComparisonQuery *)object;

  g_clear_pointer (&self->from, g_free);
  g_clear_pointer (&self->to, g_free);
  g_clear_pointer (&self->sources, g_strfreev);
  g_clear_pointer (&self->topics, g_strfreev);
  g_clear_pointer (&self->coders, g_strfreev);

  G_OBJECT_CLASS (dm_comparison_query_parent_class)->finalize (object);
}

static void
dm_comparison_query_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DmComparisonQuery *self = DM_COMPARISON_QUERY (object);

  switch (prop_id)
    {
    case PROP_FROM:
      g_value_set_string (value, self->from);
      break;

    case PROP_TO:
      g_value_set_string (value, self->to);
      break;

    case PROP_SOURCES:
      g_value_set_boxed (value, dm_comparison_query_get_sources (self));
      break;

    case PROP_TOPICS:
      g_value_set_boxed (value, dm_comparison_query_get_topics (self));
      break;

    case PROP_CODERS:
      g_value_set_boxed (value, dm_comparison_query_get_coders (self));
      break;

    case PROP_MODES:
      g_value_set_uint (value, self->modes);
      break;

    case PROP_ROLLUP:
      g_value_set_boolean (value, self->rollup);
      break;

    case PROP_DEPTH:
      g_value_set_uint (value, self->depth);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_query_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DmComparisonQuery *self = DM_COMPARISON_QUERY (object);

  switch (prop_id)
    {
    case PROP_FROM:
      dm_comparison_query_set_from (self, g_value_get_string (value));
      break;

    case PROP_TO:
      dm_comparison_query_set_to (self, g_value_get_string (value));
      break;

    case PROP_SOURCES:
      dm_comparison_query_set_sources (self, g_value_get_boxed (value));
      break;

    case PROP_TOPICS:
      dm_comparison_query_set_topics (self, g_value_get_boxed (value));
      break;

    case PROP_CODERS:
      dm_comparison_query_set_coders (self, g_value_get_boxed (value));
      break;

    case PROP_MODES:
      dm_comparison_query_set_modes (self, g_value_get_uint (value));
      break;

    case PROP_ROLLUP:
      dm_comparison_query_set_rollup (self, g_value_get_boolean (value));
      break;

    case PROP_DEPTH:
      dm_comparison_query_set_depth (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_query_class_init (DmComparisonQueryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_comparison_query_finalize;
  object_class->get_property = dm_comparison_query_get_property;
  object_class->set_property = dm_comparison_query_set_property;

  /**
   * DmComparisonQuery:from:
   *
   * The first publication date included, ISO 8601 at day, month or year
   * precision, or %NULL for no lower bound.
   */
  properties[PROP_FROM] =
    g_param_spec_string ("from", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonQuery:to:
   *
   * The last publication date included, or %NULL for no upper bound.
   */
  properties[PROP_TO] =
    g_param_spec_string ("to", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SOURCES] =
    g_param_spec_boxed ("sources", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPICS] =
    g_param_spec_boxed ("topics", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CODERS] =
    g_param_spec_boxed ("coders", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonQuery:modes:
   *
   * The attribution modes included, as DM_ATTRIBUTION_MODE_BIT() values
   * or-ed together; 0 includes every mode.
   */
  properties[PROP_MODES] =
    g_param_spec_uint ("modes", NULL, NULL,
                       0, ALL_MODES, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonQuery:rollup:
   *
   * Whether a person's statements count for the actor they represented on
   * the article's date. Off, only statements coded with the actor itself
   * count, which is how two persons are compared.
   */
  properties[PROP_ROLLUP] =
    g_param_spec_boolean ("rollup", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonQuery:depth:
   *
   * 0 compares topics as coded; N folds every topic deeper than N into its
   * ancestor at depth N (root topics are at depth 1).
   */
  properties[PROP_DEPTH] =
    g_param_spec_uint ("depth", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_comparison_query_init (DmComparisonQuery *self)
{
  self->rollup = TRUE;
}

/**
 * dm_comparison_query_new:
 *
 * Creates a query without filters, with roll-up on and depth 0.
 *
 * Returns: (transfer full): a new #DmComparisonQuery
 */
DmComparisonQuery *
dm_comparison_query_new (void)
{
  return g_object_new (DM_TYPE_COMPARISON_QUERY, NULL);
}

/**
 * dm_comparison_query_copy:
 * @self: a #DmComparisonQuery
 *
 * Returns: (transfer full): an independent copy of @self
 */
DmComparisonQuery *
dm_comparison_query_copy (DmComparisonQuery *self)
{
  DmComparisonQuery *copy;

  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), NULL);

  copy = dm_comparison_query_new ();
  copy->from = g_strdup (self->from);
  copy->to = g_strdup (self->to);
  copy->sources = g_strdupv (self->sources);
  copy->topics = g_strdupv (self->topics);
  copy->coders = g_strdupv (self->coders);
  copy->modes = self->modes;
  copy->rollup = self->rollup;
  copy->depth = self->depth;

  return copy;
}

const char *
dm_comparison_query_get_from (DmComparisonQuery *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), NULL);

  return self->from;
}

/**
 * dm_comparison_query_set_from:
 * @self: a #DmComparisonQuery
 * @from: (nullable): the first publication date included, such as
 *   "2023-01-01", "2023-01" or "2023"; %NULL or "" for no bound
 *
 * A bound of month or year precision covers the whole month or year, and
 * so does an article dated at that precision: an article of "2023-02"
 * overlaps a range starting "2023-02-10". With a bound set, undated
 * articles are left out, since nothing says they fall within it.
 */
void
dm_comparison_query_set_from (DmComparisonQuery *self,
                              const char        *from)
{
  g_return_if_fail (DM_IS_COMPARISON_QUERY (self));

  set_string_property (self, &self->from, from, PROP_FROM);
}

const char *
dm_comparison_query_get_to (DmComparisonQuery *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), NULL);

  return self->to;
}

/**
 * dm_comparison_query_set_to:
 * @self: a #DmComparisonQuery
 * @to: (nullable): the last publication date included; %NULL or "" for no
 *   bound
 *
 * See dm_comparison_query_set_from() for partial dates.
 */
void
dm_comparison_query_set_to (DmComparisonQuery *self,
                            const char        *to)
{
  g_return_if_fail (DM_IS_COMPARISON_QUERY (self));

  set_string_property (self, &self->to, to, PROP_TO);
}

/**
 * dm_comparison_query_get_sources:
 * @self: a #DmComparisonQuery
 *
 * Returns: (transfer none) (array zero-terminated=1): the article sources
 *   included; empty, never %NULL, for all sources
 */
const char * const *
dm_comparison_query_get_sources (DmComparisonQuery *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), empty_strv);

  return self->sources != NULL ? (const char * const *)self->sources : empty_strv;
}

/**
 * dm_comparison_query_set_sources:
 * @self: a #DmComparisonQuery
 * @sources: (nullable) (array zero-terminated=1): article sources, compared
 *   exactly; an article from any of them is included
 */
void
dm_comparison_query_set_sources (DmComparisonQuery  *self,
                                 const char * const *sources)
{
  g_return_if_fail (DM_IS_COMPARISON_QUERY (self));

  set_strv_property (self, &self->sources, sources, PROP_SOURCES);
}

/**
 * dm_comparison_query_get_topics:
 * @self: a #DmComparisonQuery
 *
 * Returns: (transfer none) (array zero-terminated=1): the topic uuids
 *   included; empty, never %NULL, for all topics
 */
const char * const *
dm_comparison_query_get_topics (DmComparisonQuery *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), empty_strv);

  return self->topics != NULL ? (const char * const *)self->topics : empty_strv;
}

/**
 * dm_comparison_query_set_topics:
 * @self: a #DmComparisonQuery
 * @topic_uuids: (nullable) (array zero-terminated=1): topics; an annotation
 *   on any of them or on any of their sub-topics is included
 *
 * Names typed by a person are turned into uuids with
 * dm_store_resolve_topic() first.
 */
void
dm_comparison_query_set_topics (DmComparisonQuery  *self,
                                const char * const *topic_uuids)
{
  g_return_if_fail (DM_IS_COMPARISON_QUERY (self));

  set_strv_property (self, &self->topics, topic_uuids, PROP_TOPICS);
}

/**
 * dm_comparison_query_get_coders:
 * @self: a #DmComparisonQuery
 *
 * Returns: (transfer none) (array zero-terminated=1): the coders included;
 *   empty, never %NULL, for all coders
 */
const char * const *
dm_comparison_query_get_coders (DmComparisonQuery *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), empty_strv);

  return self->coders != NULL ? (const char * const *)self->coders : empty_strv;
}

/**
 * dm_comparison_query_set_coders:
 * @self: a #DmComparisonQuery
 * @coders: (nullable) (array zero-terminated=1): coder names, compared
 *   exactly
 */
void
dm_comparison_query_set_coders (DmComparisonQuery  *self,
                                const char * const *coders)
{
  g_return_if_fail (DM_IS_COMPARISON_QUERY (self));

  set_strv_property (self, &self->coders, coders, PROP_CODERS);
}

guint
dm_comparison_query_get_modes (DmComparisonQuery *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), 0);

  return self->modes;
}

/**
 * dm_comparison_query_set_modes:
 * @self: a #DmComparisonQuery
 * @modes: DM_ATTRIBUTION_MODE_BIT() values or-ed together, 0 for all
 */
void
dm_comparison_query_set_modes (DmComparisonQuery *self,
                               guint              modes)
{
  g_return_if_fail (DM_IS_COMPARISON_QUERY (self));
  g_return_if_fail ((modes & ~ALL_MODES) == 0);

  if (self->modes == modes)
    return;

  self->modes = modes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODES]);
}

/**
 * dm_comparison_query_add_mode:
 * @self: a #DmComparisonQuery
 * @mode: an attribution mode to include
 *
 * Adds @mode to the modes included; convenient for a repeated command-line
 * option.
 */
void
dm_comparison_query_add_mode (DmComparisonQuery *self,
                              DmAttributionMode  mode)
{
  g_return_if_fail (DM_IS_COMPARISON_QUERY (self));
  g_return_if_fail (mode <= DM_ATTRIBUTION_SPOKESPERSON);

  dm_comparison_query_set_modes (self, self->modes | DM_ATTRIBUTION_MODE_BIT (mode));
}

gboolean
dm_comparison_query_get_rollup (DmComparisonQuery *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), TRUE);

  return self->rollup;
}

void
dm_comparison_query_set_rollup (DmComparisonQuery *self,
                                gboolean           rollup)
{
  g_return_if_fail (DM_IS_COMPARISON_QUERY (self));

  rollup = !!rollup;
  if (self->rollup == (guint)rollup)
    return;

  self->rollup = rollup;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROLLUP]);
}

guint
dm_comparison_query_get_depth (DmComparisonQuery *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), 0);

  return self->depth;
}

void
dm_comparison_query_set_depth (DmComparisonQuery *self,
                               guint              depth)
{
  g_return_if_fail (DM_IS_COMPARISON_QUERY (self));

  if (self->depth == depth)
    return;

  self->depth = depth;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DEPTH]);
}

/**
 * dm_comparison_query_validate:
 * @self: a #DmComparisonQuery
 * @error: return location for a %DM_ERROR_INVALID error
 *
 * Checks what a setter cannot refuse: that the dates are ISO 8601 dates and
 * in order. Topic uuids are checked against the store when the comparison
 * runs.
 *
 * Returns: %TRUE if the query can be run
 */
gboolean
dm_comparison_query_validate (DmComparisonQuery  *self,
                              GError            **error)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUERY (self), FALSE);

  if (self->from != NULL && !_dm_date_is_valid (self->from))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "“%s” is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)", self->from);
      return FALSE;
    }

  if (self->to != NULL && !_dm_date_is_valid (self->to))
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "“%s” is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)", self->to);
      return FALSE;
    }

  /* Compare the widest reading of both bounds: "2023" to "2023-06" is a
   * valid range, "2023-07" to "2023-06" is not. */
  if (self->from != NULL && self->to != NULL &&
      strncmp (self->from, self->to, MIN (strlen (self->from), strlen (self->to))) > 0)
    {
      g_set_error (error, DM_ERROR, DM_ERROR_INVALID,
                   "the range %s to %s ends before it starts", self->from, self->to);
      return FALSE;
    }

  return TRUE;
}
