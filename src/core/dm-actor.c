/* dm-actor.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-actor"

#include "config.h"

#include <string.h>

#include "dm-actor.h"
#include "dm-enum-types.h"

/**
 * DmActor:
 *
 * Who takes a position: a state, an organisation, a person, a group or a
 * media outlet, with the names it goes by in texts (aliases, demonyms, its
 * capital) and a colour for highlights.
 *
 * A person carries #DmRepresentation periods saying which actor they spoke
 * for and when, so that comparisons can roll "Qin Gang said" up to "China
 * said" for an article of 24 February 2023.
 */
struct _DmActor
{
  GObject      parent_instance;

  char        *uuid;
  char        *name;
  char        *code;
  char        *official_name;
  char        *colour;
  char       **aliases;
  char       **demonyms;
  char        *capital;
  char        *created;
  char        *updated;
  GPtrArray   *representations;

  DmActorKind  kind;
};

G_DEFINE_FINAL_TYPE (DmActor, dm_actor, G_TYPE_OBJECT)

G_DEFINE_BOXED_TYPE (DmRepresentation, dm_representation,
                     dm_representation_copy, dm_representation_free)

enum {
  PROP_0,
  PROP_UUID,
  PROP_NAME,
  PROP_KIND,
  PROP_CODE,
  PROP_OFFICIAL_NAME,
  PROP_COLOUR,
  PROP_ALIASES,
  PROP_DEMONYMS,
  PROP_CAPITAL,
  PROP_CREATED,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const empty_strv[] = { NULL };

/* A bound such as "2019-12" becomes a full date: the first day of the period
 * for a start, the last day for an end. "YYYY-MM-DD" strings then compare
 * correctly with strcmp(). */
static void
expand_date (const char *date,
             gboolean    to_end,
             char        out[11])
{
  gsize len = strlen (date);

  if (len == 4)
    {
      g_snprintf (out, 11, "%.4s-%s", date, to_end ? "12-31" : "01-01");
    }
  else if (len == 7)
    {
      guint64 year = g_ascii_strtoull (date, NULL, 10);
      guint64 month = g_ascii_strtoull (date + 5, NULL, 10);
      guint last_day = 31;

      if (year <= G_MAXUINT16 && g_date_valid_year (year) &&
          month <= 12 && g_date_valid_month (month))
        last_day = g_date_get_days_in_month (month, year);

      g_snprintf (out, 11, "%.7s-%02u", date, to_end ? last_day : 1);
    }
  else
    {
      /* "YYYY-MM-DD", possibly followed by a time that does not matter. */
      g_strlcpy (out, date, 11);
    }
}

static void
set_string_property (DmActor     *self,
                     char       **field,
                     const char  *value,
                     guint        prop_id)
{
  g_assert (DM_IS_ACTOR (self));

  if (g_strcmp0 (*field, value) == 0)
    return;

  g_free (*field);
  *field = g_strdup (value);

  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* An empty vector is stored as NULL and read back as empty_strv, so that
 * NULL and { NULL } are the same value and never notify. */
static void
set_strv_property (DmActor             *self,
                   char              ***field,
                   const char * const  *value,
                   guint                prop_id)
{
  g_assert (DM_IS_ACTOR (self));

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
dm_actor_finalize (GObject *object)
{
  DmActor *self = (DmActor *)object;

  g_clear_pointer (&self->uuid, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->official_name, g_free);
  g_clear_pointer (&self->colour, g_free);
  g_clear_pointer (&self->aliases, g_strfreev);
  g_clear_pointer (&self->demonyms, g_strfreev);
  g_clear_pointer (&self->capital, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->updated, g_free);
  g_clear_pointer (&self->representations, g_ptr_array_unref);

  G_OBJECT_CLASS (dm_actor_parent_class)->finalize (object);
}

static void
dm_actor_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DmActor *self = DM_ACTOR (object);

  switch (prop_id)
    {
    case PROP_UUID:
      g_value_set_string (value, self->uuid);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;

    case PROP_OFFICIAL_NAME:
      g_value_set_string (value, self->official_name);
      break;

    case PROP_COLOUR:
      g_value_set_string (value, self->colour);
      break;

    case PROP_ALIASES:
      g_value_set_boxed (value, dm_actor_get_aliases (self));
      break;

    case PROP_DEMONYMS:
      g_value_set_boxed (value, dm_actor_get_demonyms (self));
      break;

    case PROP_CAPITAL:
      g_value_set_string (value, self->capital);
      break;

    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;

    case PROP_UPDATED:
      g_value_set_string (value, self->updated);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_actor_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  DmActor *self = DM_ACTOR (object);

  switch (prop_id)
    {
    case PROP_UUID:
      dm_actor_set_uuid (self, g_value_get_string (value));
      break;

    case PROP_NAME:
      dm_actor_set_name (self, g_value_get_string (value));
      break;

    case PROP_KIND:
      dm_actor_set_kind (self, g_value_get_enum (value));
      break;

    case PROP_CODE:
      dm_actor_set_code (self, g_value_get_string (value));
      break;

    case PROP_OFFICIAL_NAME:
      dm_actor_set_official_name (self, g_value_get_string (value));
      break;

    case PROP_COLOUR:
      dm_actor_set_colour (self, g_value_get_string (value));
      break;

    case PROP_ALIASES:
      dm_actor_set_aliases (self, g_value_get_boxed (value));
      break;

    case PROP_DEMONYMS:
      dm_actor_set_demonyms (self, g_value_get_boxed (value));
      break;

    case PROP_CAPITAL:
      dm_actor_set_capital (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      dm_actor_set_created (self, g_value_get_string (value));
      break;

    case PROP_UPDATED:
      dm_actor_set_updated (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_actor_class_init (DmActorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_actor_finalize;
  object_class->get_property = dm_actor_get_property;
  object_class->set_property = dm_actor_set_property;

  properties[PROP_UUID] =
    g_param_spec_string ("uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL,
                       DM_TYPE_ACTOR_KIND,
                       DM_ACTOR_KIND_STATE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_OFFICIAL_NAME] =
    g_param_spec_string ("official-name", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ALIASES] =
    g_param_spec_boxed ("aliases", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DEMONYMS] =
    g_param_spec_boxed ("demonyms", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAPITAL] =
    g_param_spec_string ("capital", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED] =
    g_param_spec_string ("created", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_UPDATED] =
    g_param_spec_string ("updated", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_actor_init (DmActor *self)
{
  self->kind = DM_ACTOR_KIND_STATE;
  self->representations = g_ptr_array_new_with_free_func ((GDestroyNotify)dm_representation_free);
}

/**
 * dm_representation_new:
 * @actor_uuid: the actor represented
 * @role: (nullable): the office held
 * @from: (nullable): the first day, "YYYY", "YYYY-MM" or "YYYY-MM-DD", or
 *   %NULL if unknown
 * @until: (nullable): the last day, in the same forms, or %NULL if still in
 *   office
 *
 * Returns: (transfer full): a new #DmRepresentation
 */
DmRepresentation *
dm_representation_new (const char *actor_uuid,
                       const char *role,
                       const char *from,
                       const char *until)
{
  DmRepresentation *self;

  g_return_val_if_fail (actor_uuid != NULL, NULL);

  self = g_new0 (DmRepresentation, 1);
  self->actor_uuid = g_strdup (actor_uuid);
  self->role = g_strdup (role);
  self->from = g_strdup (from);
  self->until = g_strdup (until);

  return self;
}

/**
 * dm_representation_copy:
 * @self: a #DmRepresentation
 *
 * Returns: (transfer full): a copy of @self
 */
DmRepresentation *
dm_representation_copy (const DmRepresentation *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return dm_representation_new (self->actor_uuid, self->role, self->from, self->until);
}

/**
 * dm_representation_free:
 * @self: (nullable): a #DmRepresentation
 *
 * Frees @self and its strings.
 */
void
dm_representation_free (DmRepresentation *self)
{
  if (self == NULL)
    return;

  g_free (self->actor_uuid);
  g_free (self->role);
  g_free (self->from);
  g_free (self->until);
  g_free (self);
}

/**
 * dm_representation_covers:
 * @self: a #DmRepresentation
 * @date: (nullable): a date, "YYYY-MM-DD"
 *
 * Whether @date falls within the period, both ends included. A bound of
 * month or year precision covers the whole month or year: "2024-11" as
 * @until covers 2024-11-30. A missing bound is open. A %NULL @date (an
 * article of unknown date) is covered by every period.
 *
 * Returns: %TRUE if the period covers @date
 */
gboolean
dm_representation_covers (const DmRepresentation *self,
                          const char             *date)
{
  char day[11];

  g_return_val_if_fail (self != NULL, FALSE);

  if (date == NULL || date[0] == '\0')
    return TRUE;

  expand_date (date, FALSE, day);

  if (self->from != NULL && self->from[0] != '\0')
    {
      char from[11];

      expand_date (self->from, FALSE, from);
      if (strcmp (day, from) < 0)
        return FALSE;
    }

  if (self->until != NULL && self->until[0] != '\0')
    {
      char until[11];

      expand_date (self->until, TRUE, until);
      if (strcmp (day, until) > 0)
        return FALSE;
    }

  return TRUE;
}

/**
 * dm_actor_new:
 * @name: the name used in lists, such as "China"
 * @kind: what sort of actor it is
 *
 * Creates an actor with a fresh random UUID.
 *
 * Returns: (transfer full): a new #DmActor
 */
DmActor *
dm_actor_new (const char  *name,
              DmActorKind  kind)
{
  g_autofree char *uuid = NULL;

  g_return_val_if_fail (name != NULL, NULL);

  uuid = g_uuid_string_random ();

  return g_object_new (DM_TYPE_ACTOR,
                       "uuid", uuid,
                       "name", name,
                       "kind", kind,
                       NULL);
}

/**
 * dm_actor_copy:
 * @self: a #DmActor
 *
 * Copies every field of @self, the representations included.
 *
 * Returns: (transfer full): a new #DmActor equal to @self
 */
DmActor *
dm_actor_copy (DmActor *self)
{
  DmActor *copy;

  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  copy = g_object_new (DM_TYPE_ACTOR, NULL);
  copy->uuid = g_strdup (self->uuid);
  copy->name = g_strdup (self->name);
  copy->kind = self->kind;
  copy->code = g_strdup (self->code);
  copy->official_name = g_strdup (self->official_name);
  copy->colour = g_strdup (self->colour);
  copy->aliases = g_strdupv (self->aliases);
  copy->demonyms = g_strdupv (self->demonyms);
  copy->capital = g_strdup (self->capital);
  copy->created = g_strdup (self->created);
  copy->updated = g_strdup (self->updated);

  for (guint i = 0; i < self->representations->len; i++)
    g_ptr_array_add (copy->representations,
                     dm_representation_copy (g_ptr_array_index (self->representations, i)));

  return copy;
}

/**
 * dm_actor_get_uuid:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (nullable): the actor's stable identifier
 */
const char *
dm_actor_get_uuid (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  return self->uuid;
}

/**
 * dm_actor_set_uuid:
 * @self: a #DmActor
 * @uuid: (nullable): the identifier
 */
void
dm_actor_set_uuid (DmActor    *self,
                   const char *uuid)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_string_property (self, &self->uuid, uuid, PROP_UUID);
}

/**
 * dm_actor_get_name:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (nullable): the name used in lists
 */
const char *
dm_actor_get_name (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  return self->name;
}

/**
 * dm_actor_set_name:
 * @self: a #DmActor
 * @name: (nullable): the name used in lists
 */
void
dm_actor_set_name (DmActor    *self,
                   const char *name)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_string_property (self, &self->name, name, PROP_NAME);
}

/**
 * dm_actor_get_kind:
 * @self: a #DmActor
 *
 * Returns: what sort of actor @self is
 */
DmActorKind
dm_actor_get_kind (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), DM_ACTOR_KIND_STATE);

  return self->kind;
}

/**
 * dm_actor_set_kind:
 * @self: a #DmActor
 * @kind: a #DmActorKind
 */
void
dm_actor_set_kind (DmActor     *self,
                   DmActorKind  kind)
{
  g_return_if_fail (DM_IS_ACTOR (self));
  g_return_if_fail ((guint)kind <= DM_ACTOR_KIND_MEDIA);

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

/**
 * dm_actor_get_code:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (nullable): a short code, such as the ISO 3166
 *   alpha-3 code "CHN" of a state, or %NULL
 */
const char *
dm_actor_get_code (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  return self->code;
}

/**
 * dm_actor_set_code:
 * @self: a #DmActor
 * @code: (nullable): a short code
 */
void
dm_actor_set_code (DmActor    *self,
                   const char *code)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_string_property (self, &self->code, code, PROP_CODE);
}

/**
 * dm_actor_get_official_name:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (nullable): the formal name, such as "People's
 *   Republic of China", or %NULL
 */
const char *
dm_actor_get_official_name (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  return self->official_name;
}

/**
 * dm_actor_set_official_name:
 * @self: a #DmActor
 * @official_name: (nullable): the formal name
 */
void
dm_actor_set_official_name (DmActor    *self,
                            const char *official_name)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_string_property (self, &self->official_name, official_name, PROP_OFFICIAL_NAME);
}

/**
 * dm_actor_get_colour:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (nullable): the highlight colour, such as
 *   "#c01c28", or %NULL
 */
const char *
dm_actor_get_colour (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  return self->colour;
}

/**
 * dm_actor_set_colour:
 * @self: a #DmActor
 * @colour: (nullable): a CSS colour
 */
void
dm_actor_set_colour (DmActor    *self,
                     const char *colour)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_string_property (self, &self->colour, colour, PROP_COLOUR);
}

/**
 * dm_actor_get_aliases:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (array zero-terminated=1): other names for the
 *   actor, such as "Beijing"; empty, never %NULL, if there are none
 */
const char * const *
dm_actor_get_aliases (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), empty_strv);

  return self->aliases != NULL ? (const char * const *)self->aliases : empty_strv;
}

/**
 * dm_actor_set_aliases:
 * @self: a #DmActor
 * @aliases: (nullable) (array zero-terminated=1): other names
 */
void
dm_actor_set_aliases (DmActor            *self,
                      const char * const *aliases)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_strv_property (self, &self->aliases, aliases, PROP_ALIASES);
}

/**
 * dm_actor_get_demonyms:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (array zero-terminated=1): adjectives and nouns
 *   for the people, such as "Chinese"; empty, never %NULL, if there are none
 */
const char * const *
dm_actor_get_demonyms (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), empty_strv);

  return self->demonyms != NULL ? (const char * const *)self->demonyms : empty_strv;
}

/**
 * dm_actor_set_demonyms:
 * @self: a #DmActor
 * @demonyms: (nullable) (array zero-terminated=1): the demonyms
 */
void
dm_actor_set_demonyms (DmActor            *self,
                       const char * const *demonyms)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_strv_property (self, &self->demonyms, demonyms, PROP_DEMONYMS);
}

/**
 * dm_actor_get_capital:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (nullable): the capital of a state, which texts
 *   use for its government ("Beijing said"), or %NULL
 */
const char *
dm_actor_get_capital (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  return self->capital;
}

/**
 * dm_actor_set_capital:
 * @self: a #DmActor
 * @capital: (nullable): the capital
 */
void
dm_actor_set_capital (DmActor    *self,
                      const char *capital)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_string_property (self, &self->capital, capital, PROP_CAPITAL);
}

/**
 * dm_actor_get_representations:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (element-type DmRepresentation): the periods in
 *   which @self spoke for another actor, in the order they were added
 */
GPtrArray *
dm_actor_get_representations (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  return self->representations;
}

/**
 * dm_actor_add_representation:
 * @self: a #DmActor
 * @representation: the period to add; it is copied
 */
void
dm_actor_add_representation (DmActor                *self,
                             const DmRepresentation *representation)
{
  g_return_if_fail (DM_IS_ACTOR (self));
  g_return_if_fail (representation != NULL);

  g_ptr_array_add (self->representations, dm_representation_copy (representation));
}

/**
 * dm_actor_clear_representations:
 * @self: a #DmActor
 *
 * Removes every representation from @self.
 */
void
dm_actor_clear_representations (DmActor *self)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  g_ptr_array_set_size (self->representations, 0);
}

/**
 * dm_actor_get_created:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (nullable): when the row was created, ISO 8601
 */
const char *
dm_actor_get_created (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  return self->created;
}

/**
 * dm_actor_set_created:
 * @self: a #DmActor
 * @created: (nullable): an ISO 8601 timestamp
 */
void
dm_actor_set_created (DmActor    *self,
                      const char *created)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_string_property (self, &self->created, created, PROP_CREATED);
}

/**
 * dm_actor_get_updated:
 * @self: a #DmActor
 *
 * Returns: (transfer none) (nullable): when the row last changed, ISO 8601
 */
const char *
dm_actor_get_updated (DmActor *self)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  return self->updated;
}

/**
 * dm_actor_set_updated:
 * @self: a #DmActor
 * @updated: (nullable): an ISO 8601 timestamp
 */
void
dm_actor_set_updated (DmActor    *self,
                      const char *updated)
{
  g_return_if_fail (DM_IS_ACTOR (self));

  set_string_property (self, &self->updated, updated, PROP_UPDATED);
}

/**
 * dm_actor_lookup_represented:
 * @self: a #DmActor
 * @date: (nullable): the date of a statement, "YYYY-MM-DD"
 *
 * Finds whom @self spoke for on @date.
 *
 * Returns: (transfer none) (nullable): the UUID of the actor of the first
 *   representation covering @date, or %NULL if there is none
 */
const char *
dm_actor_lookup_represented (DmActor    *self,
                             const char *date)
{
  g_return_val_if_fail (DM_IS_ACTOR (self), NULL);

  for (guint i = 0; i < self->representations->len; i++)
    {
      const DmRepresentation *representation = g_ptr_array_index (self->representations, i);

      if (dm_representation_covers (representation, date))
        return representation->actor_uuid;
    }

  return NULL;
}
