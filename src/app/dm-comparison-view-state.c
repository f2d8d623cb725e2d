/* dm-comparison-view-state.c - what the comparison view shows, without pixels
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-view-state"

#include "config.h"

#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dm-comparison-view-state.h"
#include "dm-format.h"

/* The comparison view's presenter: from the two actors picked and the
 * comparison computed for them, the page to show (a status page or the
 * table), the column titles, the agreement figure and the counts. The view
 * binds its labels to these properties in dm-comparison-view.ui; the pure
 * mappings below (polarity and relation to labels and CSS classes, dates,
 * actor matching) are shared with the cells and the chart. Everything here
 * runs without a display (tests/app/test-comparison-view-state.c). */

#define N_RELATIONS (DM_RELATION_ONLY_B + 1)

struct _DmComparisonViewState
{
  GObject       parent_instance;

  DmActor      *actor_a;
  DmActor      *actor_b;
  DmComparison *comparison;

  /* Derived, recomputed by update() */
  const char   *page;
  char         *status_title;
  char         *status_description;
  char         *name_a;
  char         *name_b;
  char         *agreement_label;
  char         *shared_label;
  char         *count_labels[N_RELATIONS];
  guint         counts[N_RELATIONS];
};

G_DEFINE_FINAL_TYPE (DmComparisonViewState, dm_comparison_view_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ACTOR_A,
  PROP_ACTOR_B,
  PROP_COMPARISON,
  PROP_PAGE,
  PROP_STATUS_TITLE,
  PROP_STATUS_DESCRIPTION,
  PROP_NAME_A,
  PROP_NAME_B,
  PROP_AGREEMENT_LABEL,
  PROP_SHARED_LABEL,
  PROP_AGREE_LABEL,
  PROP_DISAGREE_LABEL,
  PROP_PARTLY_LABEL,
  PROP_ONLY_A_LABEL,
  PROP_ONLY_B_LABEL,
  PROP_N_AGREE,
  PROP_N_DISAGREE,
  PROP_N_PARTLY,
  PROP_N_ONLY_A,
  PROP_N_ONLY_B,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers {{{ */

/* Takes @value; notifies @prop_id only if the text changed. */
static void
take_string (DmComparisonViewState  *self,
             char                  **field,
             char                   *value,
             guint                   prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }

  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static const char *
actor_name (DmActor    *actor,
            const char *fallback)
{
  const char *name = actor != NULL ? dm_actor_get_name (actor) : NULL;

  return name != NULL && name[0] != '\0' ? name : fallback;
}

static gboolean
same_actor (DmActor *a,
            DmActor *b)
{
  return a != NULL && b != NULL && g_strcmp0 (dm_actor_get_uuid (a), dm_actor_get_uuid (b)) == 0;
}

static char *
format_count (DmRelation  relation,
              guint       count,
              const char *name_a,
              const char *name_b)
{
  switch (relation)
    {
    case DM_RELATION_AGREE:
      /* Translators: a count of topics, as in "2 agree" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u agree", "%u agree", count), count);

    case DM_RELATION_DISAGREE:
      /* Translators: a count of topics, as in "1 disagree" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u disagree", "%u disagree", count), count);

    case DM_RELATION_PARTLY:
      /* Translators: a count of topics on which two actors partly agree */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u partly", "%u partly", count), count);

    case DM_RELATION_ONLY_A:
    case DM_RELATION_ONLY_B:
      /* Translators: a count of topics only one actor spoke on, as in "4 only China" */
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u only %s", "%u only %s", count), count,
                              relation == DM_RELATION_ONLY_A ? name_a : name_b);

    default:
      g_return_val_if_reached (NULL);
    }
}

/* One pass from the inputs to every derived property. */
static void
update (DmComparisonViewState *self)
{
  static const guint count_props[N_RELATIONS] = {
    PROP_N_AGREE, PROP_N_DISAGREE, PROP_N_PARTLY, PROP_N_ONLY_A, PROP_N_ONLY_B,
  };
  static const guint label_props[N_RELATIONS] = {
    PROP_AGREE_LABEL, PROP_DISAGREE_LABEL, PROP_PARTLY_LABEL, PROP_ONLY_A_LABEL, PROP_ONLY_B_LABEL,
  };
  DmActor *shown_a = self->actor_a;
  DmActor *shown_b = self->actor_b;
  const char *page = "status";
  char *title = NULL;
  char *description = NULL;
  double agreement = -1;
  guint n_shared = 0;

  /* Column titles and counts follow the comparison on screen, which lags
   * the pickers while a recomputation is pending. */
  if (self->comparison != NULL)
    {
      shown_a = dm_comparison_get_actor (self->comparison, DM_COMPARISON_SIDE_A);
      shown_b = dm_comparison_get_actor (self->comparison, DM_COMPARISON_SIDE_B);
    }

  take_string (self, &self->name_a, g_strdup (actor_name (shown_a, _("First actor"))), PROP_NAME_A);
  take_string (self, &self->name_b, g_strdup (actor_name (shown_b, _("Second actor"))), PROP_NAME_B);

  if (self->actor_a == NULL || self->actor_b == NULL)
    {
      title = g_strdup (_("Compare Two Actors"));
      description = g_strdup (_("Pick an actor on each side — by name, alias or code — to see "
                                "where they agree and where they differ, topic by topic."));
    }
  else if (same_actor (self->actor_a, self->actor_b))
    {
      title = g_strdup (_("Pick Two Different Actors"));
      description = g_strdup_printf (_("%s is on both sides. Pick another actor for one of them."),
                                     actor_name (self->actor_a, ""));
    }
  else if (self->comparison == NULL)
    {
      title = g_strdup (_("Comparing…"));
      description = g_strdup ("");
    }
  else if (g_list_model_get_n_items (G_LIST_MODEL (self->comparison)) == 0)
    {
      title = g_strdup (_("Nothing to Compare"));
      description = g_strdup_printf (_("Neither %s nor %s has a coded statement on a topic that "
                                       "matches the filters."),
                                     self->name_a, self->name_b);
    }
  else
    {
      page = "table";
      title = g_strdup ("");
      description = g_strdup ("");
    }

  if (self->page != page)
    {
      self->page = page;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE]);
    }
  take_string (self, &self->status_title, title, PROP_STATUS_TITLE);
  take_string (self, &self->status_description, description, PROP_STATUS_DESCRIPTION);

  if (self->comparison != NULL &&
      !dm_comparison_get_agreement (self->comparison, &agreement, &n_shared))
    agreement = -1;

  take_string (self, &self->agreement_label, dm_comparison_view_state_format_agreement (agreement),
               PROP_AGREEMENT_LABEL);
  {
    g_autofree char *shared = dm_comparison_view_state_format_shared (n_shared);
    guint n_orphans = 0;

    /* Orphans are no evidence (issue 6); say how many were left out. */
    if (self->comparison != NULL)
      n_orphans = dm_comparison_get_n_orphans (self->comparison, DM_COMPARISON_SIDE_A) +
                  dm_comparison_get_n_orphans (self->comparison, DM_COMPARISON_SIDE_B);

    if (n_orphans > 0)
      take_string (self, &self->shared_label,
                   g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 /* Translators: "on 3 shared topics · 1 unplaced …" */
                                                 "%s · %u unplaced annotation not counted",
                                                 "%s · %u unplaced annotations not counted", n_orphans),
                                    shared, n_orphans),
                   PROP_SHARED_LABEL);
    else
      take_string (self, &self->shared_label, g_steal_pointer (&shared), PROP_SHARED_LABEL);
  }

  for (guint r = 0; r < N_RELATIONS; r++)
    {
      guint count = self->comparison != NULL ? dm_comparison_get_count (self->comparison, r) : 0;

      if (self->counts[r] != count)
        {
          self->counts[r] = count;
          g_object_notify_by_pspec (G_OBJECT (self), properties[count_props[r]]);
        }

      take_string (self, &self->count_labels[r], format_count (r, count, self->name_a, self->name_b),
                   label_props[r]);
    }
}

/* }}} */

/* GObject {{{ */

static void
dm_comparison_view_state_dispose (GObject *object)
{
  DmComparisonViewState *self = DM_COMPARISON_VIEW_STATE (object);

  g_clear_object (&self->actor_a);
  g_clear_object (&self->actor_b);
  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (dm_comparison_view_state_parent_class)->dispose (object);
}

static void
dm_comparison_view_state_finalize (GObject *object)
{
  DmComparisonViewState *self = DM_COMPARISON_VIEW_STATE (object);

  g_clear_pointer (&self->status_title, g_free);
  g_clear_pointer (&self->status_description, g_free);
  g_clear_pointer (&self->name_a, g_free);
  g_clear_pointer (&self->name_b, g_free);
  g_clear_pointer (&self->agreement_label, g_free);
  g_clear_pointer (&self->shared_label, g_free);
  for (guint r = 0; r < N_RELATIONS; r++)
    g_clear_pointer (&self->count_labels[r], g_free);

  G_OBJECT_CLASS (dm_comparison_view_state_parent_class)->finalize (object);
}

static void
dm_comparison_view_state_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DmComparisonViewState *self = DM_COMPARISON_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_ACTOR_A:
      g_value_set_object (value, self->actor_a);
      break;

    case PROP_ACTOR_B:
      g_value_set_object (value, self->actor_b);
      break;

    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    case PROP_PAGE:
      g_value_set_string (value, self->page);
      break;

    case PROP_STATUS_TITLE:
      g_value_set_string (value, self->status_title);
      break;

    case PROP_STATUS_DESCRIPTION:
      g_value_set_string (value, self->status_description);
      break;

    case PROP_NAME_A:
      g_value_set_string (value, self->name_a);
      break;

    case PROP_NAME_B:
      g_value_set_string (value, self->name_b);
      break;

    case PROP_AGREEMENT_LABEL:
      g_value_set_string (value, self->agreement_label);
      break;

    case PROP_SHARED_LABEL:
      g_value_set_string (value, self->shared_label);
      break;

    case PROP_AGREE_LABEL:
    case PROP_DISAGREE_LABEL:
    case PROP_PARTLY_LABEL:
    case PROP_ONLY_A_LABEL:
    case PROP_ONLY_B_LABEL:
      g_value_set_string (value, self->count_labels[prop_id - PROP_AGREE_LABEL]);
      break;

    case PROP_N_AGREE:
    case PROP_N_DISAGREE:
    case PROP_N_PARTLY:
    case PROP_N_ONLY_A:
    case PROP_N_ONLY_B:
      g_value_set_uint (value, self->counts[prop_id - PROP_N_AGREE]);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_view_state_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DmComparisonViewState *self = DM_COMPARISON_VIEW_STATE (object);

  switch (prop_id)
    {
    case PROP_ACTOR_A:
      dm_comparison_view_state_set_actor_a (self, g_value_get_object (value));
      break;

    case PROP_ACTOR_B:
      dm_comparison_view_state_set_actor_b (self, g_value_get_object (value));
      break;

    case PROP_COMPARISON:
      dm_comparison_view_state_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_view_state_class_init (DmComparisonViewStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dm_comparison_view_state_dispose;
  object_class->finalize = dm_comparison_view_state_finalize;
  object_class->get_property = dm_comparison_view_state_get_property;
  object_class->set_property = dm_comparison_view_state_set_property;

  properties[PROP_ACTOR_A] =
    g_param_spec_object ("actor-a", NULL, NULL,
                         DM_TYPE_ACTOR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTOR_B] =
    g_param_spec_object ("actor-b", NULL, NULL,
                         DM_TYPE_ACTOR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         DM_TYPE_COMPARISON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonViewState:page:
   *
   * "table" when there are rows to show, else "status".
   */
  properties[PROP_PAGE] =
    g_param_spec_string ("page", NULL, NULL,
                         "status",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS_TITLE] =
    g_param_spec_string ("status-title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATUS_DESCRIPTION] =
    g_param_spec_string ("status-description", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME_A] =
    g_param_spec_string ("name-a", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_NAME_B] =
    g_param_spec_string ("name-b", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonViewState:agreement-label:
   *
   * The agreement as a percentage, such as "67 %", or "—" when the actors
   * share no topic.
   */
  properties[PROP_AGREEMENT_LABEL] =
    g_param_spec_string ("agreement-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHARED_LABEL] =
    g_param_spec_string ("shared-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_AGREE_LABEL] =
    g_param_spec_string ("agree-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_DISAGREE_LABEL] =
    g_param_spec_string ("disagree-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_PARTLY_LABEL] =
    g_param_spec_string ("partly-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ONLY_A_LABEL] =
    g_param_spec_string ("only-a-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_ONLY_B_LABEL] =
    g_param_spec_string ("only-b-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_AGREE] =
    g_param_spec_uint ("n-agree", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_DISAGREE] =
    g_param_spec_uint ("n-disagree", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_PARTLY] =
    g_param_spec_uint ("n-partly", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ONLY_A] =
    g_param_spec_uint ("n-only-a", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ONLY_B] =
    g_param_spec_uint ("n-only-b", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_comparison_view_state_init (DmComparisonViewState *self)
{
  update (self);
}

/* }}} */

/* Public API {{{ */

DmComparisonViewState *
dm_comparison_view_state_new (void)
{
  return g_object_new (DM_TYPE_COMPARISON_VIEW_STATE, NULL);
}

/**
 * dm_comparison_view_state_get_actor_a:
 *
 * Returns: (transfer none) (nullable): the actor picked for side A
 */
DmActor *
dm_comparison_view_state_get_actor_a (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->actor_a;
}

void
dm_comparison_view_state_set_actor_a (DmComparisonViewState *self,
                                      DmActor               *actor)
{
  g_return_if_fail (DM_IS_COMPARISON_VIEW_STATE (self));
  g_return_if_fail (actor == NULL || DM_IS_ACTOR (actor));

  if (g_set_object (&self->actor_a, actor))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_A]);
    }
}

/**
 * dm_comparison_view_state_get_actor_b:
 *
 * Returns: (transfer none) (nullable): the actor picked for side B
 */
DmActor *
dm_comparison_view_state_get_actor_b (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->actor_b;
}

void
dm_comparison_view_state_set_actor_b (DmComparisonViewState *self,
                                      DmActor               *actor)
{
  g_return_if_fail (DM_IS_COMPARISON_VIEW_STATE (self));
  g_return_if_fail (actor == NULL || DM_IS_ACTOR (actor));

  if (g_set_object (&self->actor_b, actor))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_B]);
    }
}

/**
 * dm_comparison_view_state_get_comparison:
 *
 * Returns: (transfer none) (nullable): the comparison on screen
 */
DmComparison *
dm_comparison_view_state_get_comparison (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->comparison;
}

void
dm_comparison_view_state_set_comparison (DmComparisonViewState *self,
                                         DmComparison          *comparison)
{
  g_return_if_fail (DM_IS_COMPARISON_VIEW_STATE (self));
  g_return_if_fail (comparison == NULL || DM_IS_COMPARISON (comparison));

  if (g_set_object (&self->comparison, comparison))
    {
      update (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
    }
}

/**
 * dm_comparison_view_state_get_page:
 *
 * Returns: "table" when there are rows to show, else "status"
 */
const char *
dm_comparison_view_state_get_page (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->page;
}

const char *
dm_comparison_view_state_get_status_title (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->status_title;
}

const char *
dm_comparison_view_state_get_status_description (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->status_description;
}

/**
 * dm_comparison_view_state_get_name_a:
 *
 * Returns: the name of the comparison's actor A, or of the actor picked
 *   while no comparison is shown
 */
const char *
dm_comparison_view_state_get_name_a (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->name_a;
}

const char *
dm_comparison_view_state_get_name_b (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->name_b;
}

const char *
dm_comparison_view_state_get_agreement_label (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->agreement_label;
}

const char *
dm_comparison_view_state_get_shared_label (DmComparisonViewState *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);

  return self->shared_label;
}

/**
 * dm_comparison_view_state_get_count_label:
 *
 * Returns: the count of topics in @relation for a pill, such as "1 disagree"
 *   or "4 only China"
 */
const char *
dm_comparison_view_state_get_count_label (DmComparisonViewState *self,
                                          DmRelation             relation)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), NULL);
  g_return_val_if_fail (relation < N_RELATIONS, NULL);

  return self->count_labels[relation];
}

guint
dm_comparison_view_state_get_count (DmComparisonViewState *self,
                                    DmRelation             relation)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW_STATE (self), 0);
  g_return_val_if_fail (relation < N_RELATIONS, 0);

  return self->counts[relation];
}

/**
 * dm_comparison_view_state_polarity_label:
 *
 * Returns: a side's stance for a badge, such as "Supports"
 */
const char *
dm_comparison_view_state_polarity_label (DmPolarity polarity)
{
  switch (polarity)
    {
    case DM_POLARITY_SUPPORTS:
      return C_("stance", "Supports");
    case DM_POLARITY_OPPOSES:
      return C_("stance", "Opposes");
    case DM_POLARITY_NEUTRAL:
      return C_("stance", "Neutral");
    case DM_POLARITY_MIXED:
      return C_("stance", "Mixed");
    case DM_POLARITY_NONE:
      /* Translators: a side coded only with acts (a blame, a threat) that take no stance */
      return C_("stance", "No stance");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * dm_comparison_view_state_polarity_class:
 *
 * Returns: the CSS class for @polarity's colour, such as "polarity-supports"
 */
const char *
dm_comparison_view_state_polarity_class (DmPolarity polarity)
{
  switch (polarity)
    {
    case DM_POLARITY_SUPPORTS:
      return "polarity-supports";
    case DM_POLARITY_OPPOSES:
      return "polarity-opposes";
    case DM_POLARITY_NEUTRAL:
      return "polarity-neutral";
    case DM_POLARITY_MIXED:
      return "polarity-mixed";
    case DM_POLARITY_NONE:
      return "polarity-none";
    default:
      g_return_val_if_reached ("polarity-none");
    }
}

/**
 * dm_comparison_view_state_relation_class:
 *
 * Returns: the CSS class for @relation's colour, such as "relation-agree"
 */
const char *
dm_comparison_view_state_relation_class (DmRelation relation)
{
  switch (relation)
    {
    case DM_RELATION_AGREE:
      return "relation-agree";
    case DM_RELATION_DISAGREE:
      return "relation-disagree";
    case DM_RELATION_PARTLY:
      return "relation-partly";
    case DM_RELATION_ONLY_A:
      return "relation-only-a";
    case DM_RELATION_ONLY_B:
      return "relation-only-b";
    default:
      g_return_val_if_reached ("relation-partly");
    }
}

/**
 * dm_comparison_view_state_format_relation:
 * @name_a: actor A's name
 * @name_b: actor B's name
 *
 * Returns: (transfer full): @relation for a badge: "Agree", "Disagree",
 *   "Partly", or "Only China"
 */
char *
dm_comparison_view_state_format_relation (DmRelation  relation,
                                          const char *name_a,
                                          const char *name_b)
{
  switch (relation)
    {
    case DM_RELATION_AGREE:
      return g_strdup (C_("relation", "Agree"));
    case DM_RELATION_DISAGREE:
      return g_strdup (C_("relation", "Disagree"));
    case DM_RELATION_PARTLY:
      return g_strdup (C_("relation", "Partly"));
    case DM_RELATION_ONLY_A:
      /* Translators: only this actor spoke on the topic */
      return g_strdup_printf (C_("relation", "Only %s"), name_a != NULL ? name_a : "A");
    case DM_RELATION_ONLY_B:
      return g_strdup_printf (C_("relation", "Only %s"), name_b != NULL ? name_b : "B");
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/**
 * dm_comparison_view_state_format_agreement:
 * @agreement: in 0..1, or negative when undefined
 *
 * Returns: (transfer full): "67 %", or "—" when undefined
 */
char *
dm_comparison_view_state_format_agreement (double agreement)
{
  if (agreement < 0 || isnan (agreement))
    return g_strdup ("—");

  /* Translators: the agreement figure; %.0f is the percentage */
  return g_strdup_printf (_("%.0f %%"), CLAMP (agreement, 0.0, 1.0) * 100.0);
}

/**
 * dm_comparison_view_state_format_shared:
 *
 * Returns: (transfer full): what the figure rests on, "on 3 shared topics"
 */
char *
dm_comparison_view_state_format_shared (guint n_shared)
{
  if (n_shared == 0)
    return g_strdup (_("no shared topics"));

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "on %u shared topic", "on %u shared topics", n_shared),
                          n_shared);
}

/**
 * dm_comparison_view_state_format_tally:
 *
 * Returns: (transfer full): how @side's statements on the topic split,
 *   such as "1 opposes · 1 mixed", or how many there are when they all
 *   take one stance ("2 statements": the badge says which)
 */
char *
dm_comparison_view_state_format_tally (DmComparisonRow  *row,
                                       DmComparisonSide  side)
{
  static const DmPolarity order[] = {
    DM_POLARITY_SUPPORTS, DM_POLARITY_OPPOSES, DM_POLARITY_MIXED, DM_POLARITY_NEUTRAL, DM_POLARITY_NONE,
  };
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  guint total = 0;

  g_return_val_if_fail (DM_IS_COMPARISON_ROW (row), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      guint n = dm_comparison_row_get_n_polarity (row, side, order[i]);
      g_autofree char *label = NULL;

      if (n == 0)
        continue;

      total += n;
      label = g_utf8_strdown (dm_comparison_view_state_polarity_label (order[i]), -1);
      g_ptr_array_add (parts, g_strdup_printf ("%u %s", n, label));
    }

  if (parts->len <= 1)
    return total == 0 ? g_strdup ("") :
           g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u statement", "%u statements", total), total);

  g_ptr_array_add (parts, NULL);

  /* Translators: separates the parts of a tally, "1 opposes · 1 mixed" */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * dm_comparison_view_state_format_evidence_meta:
 * @speakers: (nullable): who said it, as the comparison credits them
 * @published: (nullable): the article's date, ISO 8601
 * @source: (nullable): the article's source
 *
 * Returns: (transfer full): the line under a quote, such as
 *   "Josep Borrell · 24 Feb 2023 · Brasil de Fato"
 */
char *
dm_comparison_view_state_format_evidence_meta (const char *speakers,
                                               const char *published,
                                               const char *source)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = dm_format_date (published);

  if (speakers != NULL && speakers[0] != '\0')
    g_ptr_array_add (parts, g_strdup (speakers));
  g_ptr_array_add (parts, date != NULL ? g_steal_pointer (&date) : g_strdup (_("Undated")));
  if (source != NULL && source[0] != '\0')
    g_ptr_array_add (parts, g_strdup (source));
  g_ptr_array_add (parts, NULL);

  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/**
 * dm_comparison_view_state_get_position:
 * @position: (out): from -1 (every statement opposes) to +1 (every one
 *   supports); neutral and mixed statements pull towards 0
 *
 * Where @side stands on the row's topic, for the chart.
 *
 * Returns: %FALSE if the side has no statement with a polarity (none at
 *   all, or only acts such as a blame)
 */
gboolean
dm_comparison_view_state_get_position (DmComparisonRow  *row,
                                       DmComparisonSide  side,
                                       double           *position)
{
  guint supports;
  guint opposes;
  guint total;

  g_return_val_if_fail (DM_IS_COMPARISON_ROW (row), FALSE);
  g_return_val_if_fail (position != NULL, FALSE);

  supports = dm_comparison_row_get_n_polarity (row, side, DM_POLARITY_SUPPORTS);
  opposes = dm_comparison_row_get_n_polarity (row, side, DM_POLARITY_OPPOSES);
  total = supports + opposes +
          dm_comparison_row_get_n_polarity (row, side, DM_POLARITY_NEUTRAL) +
          dm_comparison_row_get_n_polarity (row, side, DM_POLARITY_MIXED);

  if (total == 0)
    {
      *position = 0;
      return FALSE;
    }

  *position = ((double) supports - (double) opposes) / total;
  return TRUE;
}

/**
 * dm_comparison_view_state_check_date:
 * @text: what was typed in a date filter
 *
 * Accepts what the comparison query does: empty (no bound), or an ISO 8601
 * date at year, month or day precision ("2023", "2023-02", "2023-02-24").
 *
 * Returns: %TRUE if @text is a usable bound
 */
gboolean
dm_comparison_view_state_check_date (const char  *text,
                                     GError     **error)
{
  g_autoptr(DmComparisonQuery) query = NULL;

  if (text == NULL || text[0] == '\0')
    return TRUE;

  /* The query is the one judge of dates, so the view cannot accept a date
   * the engine would reject. */
  query = dm_comparison_query_new ();
  dm_comparison_query_set_from (query, text);
  if (dm_comparison_query_validate (query, NULL))
    return TRUE;

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
               _("“%s” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY"), text);
  return FALSE;
}

/* }}} */
