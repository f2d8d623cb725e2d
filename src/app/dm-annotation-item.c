/* dm-annotation-item.c - an annotation as lists and tooltips show it
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-annotation-item"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-annotation-item.h"

/* A DmAnnotation names its actors and topic by uuid; list rows and
 * tooltips want names. The item resolves them through the workspace's
 * codebook when asked, so a list of 5,000 annotations costs nothing until
 * its rows are shown. */

#define SUMMARY_QUOTE_CHARS 80

struct _DmAnnotationItem
{
  GObject       parent_instance;

  DmWorkspace  *workspace;
  DmAnnotation *annotation;
  char         *colour;
};

G_DEFINE_FINAL_TYPE (DmAnnotationItem, dm_annotation_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_ANNOTATION,
  PROP_ACTORS_LABEL,
  PROP_DETAILS_LABEL,
  PROP_QUOTE,
  PROP_SUMMARY,
  PROP_COLOUR,
  PROP_KEY_QUOTE,
  PROP_ORPHAN,
  PROP_STATUS_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers {{{ */

static char *
join_actor_names (DmAnnotationItem   *self,
                  const char * const *uuids)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; uuids != NULL && uuids[i] != NULL; i++)
    {
      DmActor *actor = dm_workspace_lookup_actor (self->workspace, uuids[i]);

      if (names->len > 0)
        /* Translators: separates actor names, as in "China, Belarus" */
        g_string_append (names, _(", "));
      g_string_append (names, actor != NULL ? dm_actor_get_name (actor) : _("Unknown actor"));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
append_escaped (GString    *markup,
                const char *before,
                const char *text,
                const char *after)
{
  g_autofree char *escaped = g_markup_escape_text (text != NULL ? text : "", -1);

  g_string_append (markup, before);
  g_string_append (markup, escaped);
  g_string_append (markup, after);
}

/* }}} */

/* GObject {{{ */

static void
dm_annotation_item_dispose (GObject *object)
{
  DmAnnotationItem *self = DM_ANNOTATION_ITEM (object);

  g_clear_object (&self->annotation);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (dm_annotation_item_parent_class)->dispose (object);
}

static void
dm_annotation_item_finalize (GObject *object)
{
  DmAnnotationItem *self = DM_ANNOTATION_ITEM (object);

  g_clear_pointer (&self->colour, g_free);

  G_OBJECT_CLASS (dm_annotation_item_parent_class)->finalize (object);
}

static void
dm_annotation_item_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DmAnnotationItem *self = DM_ANNOTATION_ITEM (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_ANNOTATION:
      g_value_set_object (value, self->annotation);
      break;

    case PROP_ACTORS_LABEL:
      g_value_take_string (value, dm_annotation_item_dup_actors_label (self));
      break;

    case PROP_DETAILS_LABEL:
      g_value_take_string (value, dm_annotation_item_dup_details_label (self));
      break;

    case PROP_QUOTE:
      g_value_set_string (value, dm_annotation_get_quote (self->annotation));
      break;

    case PROP_SUMMARY:
      g_value_take_string (value, dm_annotation_item_dup_summary (self));
      break;

    case PROP_COLOUR:
      g_value_set_string (value, dm_annotation_item_get_colour (self));
      break;

    case PROP_KEY_QUOTE:
      g_value_set_boolean (value, dm_annotation_get_key_quote (self->annotation));
      break;

    case PROP_ORPHAN:
      g_value_set_boolean (value, dm_annotation_get_orphan (self->annotation));
      break;

    case PROP_STATUS_LABEL:
      g_value_set_string (value, dm_annotation_item_get_status_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_annotation_item_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DmAnnotationItem *self = DM_ANNOTATION_ITEM (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;

    case PROP_ANNOTATION:
      self->annotation = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_annotation_item_class_init (DmAnnotationItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dm_annotation_item_dispose;
  object_class->finalize = dm_annotation_item_finalize;
  object_class->get_property = dm_annotation_item_get_property;
  object_class->set_property = dm_annotation_item_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DM_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ANNOTATION] =
    g_param_spec_object ("annotation", NULL, NULL,
                         DM_TYPE_ANNOTATION,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationItem:actors-label:
   *
   * The speaking actors' names, such as "Belarus, China".
   */
  properties[PROP_ACTORS_LABEL] =
    g_param_spec_string ("actors-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationItem:details-label:
   *
   * Stance and topic, such as "Supports · Ukraine war › Peace talks".
   */
  properties[PROP_DETAILS_LABEL] =
    g_param_spec_string ("details-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationItem:summary:
   *
   * Stance, topic and the start of the quote on one line, for a list row.
   */
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationItem:colour:
   *
   * The first actor's colour, as CSS understands it.
   */
  properties[PROP_COLOUR] =
    g_param_spec_string ("colour", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEY_QUOTE] =
    g_param_spec_boolean ("key-quote", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationItem:orphan:
   *
   * Whether the annotation could not be placed again after its article's
   * text was corrected.
   */
  properties[PROP_ORPHAN] =
    g_param_spec_boolean ("orphan", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationItem:status-label:
   *
   * "Not placed" for an orphan, empty otherwise: rows say it in words, not
   * only with an icon or a colour.
   */
  properties[PROP_STATUS_LABEL] =
    g_param_spec_string ("status-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_annotation_item_init (DmAnnotationItem *self)
{
}

/* }}} */

/* Public API {{{ */

DmAnnotationItem *
dm_annotation_item_new (DmWorkspace  *workspace,
                        DmAnnotation *annotation)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (workspace), NULL);
  g_return_val_if_fail (DM_IS_ANNOTATION (annotation), NULL);

  return g_object_new (DM_TYPE_ANNOTATION_ITEM,
                       "workspace", workspace,
                       "annotation", annotation,
                       NULL);
}

/**
 * dm_annotation_item_get_annotation:
 *
 * Returns: (transfer none): the annotation shown
 */
DmAnnotation *
dm_annotation_item_get_annotation (DmAnnotationItem *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_ITEM (self), NULL);

  return self->annotation;
}

/**
 * dm_annotation_item_get_status_label:
 *
 * Returns: (transfer none): "Not placed" for an orphan, "" otherwise
 */
const char *
dm_annotation_item_get_status_label (DmAnnotationItem *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_ITEM (self), NULL);

  return dm_annotation_get_orphan (self->annotation) ? _("Not placed") : "";
}

char *
dm_annotation_item_dup_actors_label (DmAnnotationItem *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_ITEM (self), NULL);

  return join_actor_names (self, dm_annotation_get_actor_uuids (self->annotation));
}

char *
dm_annotation_item_dup_details_label (DmAnnotationItem *self)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  DmPolarity polarity;
  DmTopic *topic;
  const DmAct *act;

  g_return_val_if_fail (DM_IS_ANNOTATION_ITEM (self), NULL);

  polarity = dm_annotation_get_polarity (self->annotation);
  topic = dm_workspace_lookup_topic (self->workspace, dm_annotation_get_topic_uuid (self->annotation));
  act = dm_workspace_lookup_act (self->workspace, dm_annotation_get_act_code (self->annotation));

  if (polarity != DM_POLARITY_NONE)
    g_ptr_array_add (parts, (gpointer) dm_polarity_get_label (polarity));
  if (topic != NULL)
    g_ptr_array_add (parts, (gpointer) (dm_topic_get_path (topic) != NULL ? dm_topic_get_path (topic)
                                                                          : dm_topic_get_name (topic)));
  if (act != NULL)
    g_ptr_array_add (parts, act->name);

  if (parts->len == 0)
    return g_strdup (_("No stance coded"));

  g_ptr_array_add (parts, NULL);

  /* Translators: separates polarity, topic and act */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * dm_annotation_item_dup_summary:
 *
 * Returns: (transfer full): "Supports · Peace talks · “The Ministers of…”",
 *   short: a list shows hundreds of rows at once
 */
char *
dm_annotation_item_dup_summary (DmAnnotationItem *self)
{
  g_autofree char *details = NULL;
  g_autofree char *quote = NULL;
  const char *text;

  g_return_val_if_fail (DM_IS_ANNOTATION_ITEM (self), NULL);

  details = dm_annotation_item_dup_details_label (self);
  text = dm_annotation_get_quote (self->annotation);
  if (text == NULL)
    return g_steal_pointer (&details);

  /* The row ellipsizes anyway; shaping a whole paragraph for it would
   * cost more than the rest of the row. */
  if (g_utf8_strlen (text, SUMMARY_QUOTE_CHARS + 1) > SUMMARY_QUOTE_CHARS)
    {
      g_autofree char *start = g_utf8_substring (text, 0, SUMMARY_QUOTE_CHARS);

      quote = g_strconcat (start, "…", NULL);
    }
  else
    {
      quote = g_strdup (text);
    }

  g_strdelimit (quote, "\r\n", ' ');

  /* Translators: stance and topic, then the quote, in a list row */
  return g_strdup_printf (_("%s · “%s”"), details, quote);
}

/**
 * dm_annotation_item_dup_tooltip_markup:
 *
 * Returns: (transfer full): who, on what, which stance, for a tooltip
 */
char *
dm_annotation_item_dup_tooltip_markup (DmAnnotationItem *self)
{
  g_autofree char *actors = NULL;
  g_autofree char *details = NULL;
  const char * const *target_uuids;
  DmAttributionMode mode;
  GString *markup;

  g_return_val_if_fail (DM_IS_ANNOTATION_ITEM (self), NULL);

  actors = dm_annotation_item_dup_actors_label (self);
  details = dm_annotation_item_dup_details_label (self);
  target_uuids = dm_annotation_get_target_uuids (self->annotation);
  mode = dm_annotation_get_mode (self->annotation);

  /* Names come from the codebook: every part is escaped. */
  markup = g_string_new (NULL);
  append_escaped (markup, "<b>", actors, "</b>");
  if (dm_annotation_get_key_quote (self->annotation))
    append_escaped (markup, " <small>(", _("key quote"), ")</small>");
  append_escaped (markup, "\n", details, "");

  if (target_uuids != NULL && target_uuids[0] != NULL)
    {
      g_autofree char *targets = join_actor_names (self, target_uuids);
      /* Translators: the actors a stance is aimed at */
      g_autofree char *aimed = g_strdup_printf (_("Aimed at %s"), targets);

      append_escaped (markup, "\n", aimed, "");
    }

  if (mode != DM_ATTRIBUTION_UNSPECIFIED)
    append_escaped (markup, "\n<small>", dm_attribution_mode_get_label (mode), "</small>");

  return g_string_free (markup, FALSE);
}

/**
 * dm_annotation_item_get_colour:
 *
 * Returns: (transfer none) (nullable): the first actor's colour
 */
const char *
dm_annotation_item_get_colour (DmAnnotationItem *self)
{
  const char * const *actors;
  DmActor *actor;

  g_return_val_if_fail (DM_IS_ANNOTATION_ITEM (self), NULL);

  if (self->colour == NULL)
    {
      actors = dm_annotation_get_actor_uuids (self->annotation);
      actor = actors != NULL ? dm_workspace_lookup_actor (self->workspace, actors[0]) : NULL;
      self->colour = g_strdup (actor != NULL && dm_actor_get_colour (actor) != NULL
                               ? dm_actor_get_colour (actor) : "#c0bfbc");
    }

  return self->colour;
}

/**
 * dm_polarity_get_label:
 *
 * Returns: (transfer none): the polarity for people, such as "Supports"
 */
const char *
dm_polarity_get_label (DmPolarity polarity)
{
  switch (polarity)
    {
    case DM_POLARITY_SUPPORTS: return _("Supports");
    case DM_POLARITY_OPPOSES: return _("Opposes");
    case DM_POLARITY_NEUTRAL: return _("Neutral");
    case DM_POLARITY_MIXED: return _("Mixed");
    case DM_POLARITY_NONE:
    default: return _("No polarity");
    }
}

/**
 * dm_attribution_mode_get_label:
 *
 * Returns: (transfer none): how the position was made, for people
 */
const char *
dm_attribution_mode_get_label (DmAttributionMode mode)
{
  switch (mode)
    {
    case DM_ATTRIBUTION_DIRECT_QUOTE: return _("Direct quote");
    case DM_ATTRIBUTION_REPORTED_SPEECH: return _("Reported speech");
    case DM_ATTRIBUTION_PARAPHRASE: return _("Paraphrase by the outlet");
    case DM_ATTRIBUTION_SPOKESPERSON: return _("Spokesperson on behalf");
    case DM_ATTRIBUTION_UNSPECIFIED:
    default: return _("Unspecified");
    }
}

/* }}} */
