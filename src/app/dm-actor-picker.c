/* dm-actor-picker.c - type an actor's name or alias, pick from matches
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-actor-picker"

#include "config.h"

#include <string.h>

#include "dm-actor-picker.h"

/* A search entry over the codebook's actors: typing filters them by name,
 * alias, demonym, capital or code, best match first (DmActorMatcher); Up
 * and Down move in the matches and Enter picks one. The focus stays in the
 * entry throughout, so that several actors are added without the mouse. */

struct _DmActorPicker
{
  GtkWidget           parent_instance;

  DmActorMatcher     *matcher;

  /* Template widgets */
  GtkSearchEntry     *entry;
  GtkPopover         *popover;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
};

G_DEFINE_FINAL_TYPE (DmActorPicker, dm_actor_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_PLACEHOLDER_TEXT,
  N_PROPS
};

enum {
  PICKED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers {{{ */

static gboolean
match_actor (gpointer item,
             gpointer user_data)
{
  DmActorPicker *self = user_data;

  return dm_actor_matcher_score (self->matcher, item) > 0;
}

/* The codebook comes sorted by name; equal scores compare equal, so a
 * stable sort keeps that order among them. */
static int
compare_actors (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  DmActorPicker *self = user_data;

  return gtk_ordering_from_cmpfunc (dm_actor_matcher_compare (self->matcher, (DmActor *) a, (DmActor *) b));
}

static void
move_selection (DmActorPicker *self,
                int            delta)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));
  guint selected = gtk_single_selection_get_selected (self->selection);
  int position;

  if (n_items == 0)
    return;

  position = selected == GTK_INVALID_LIST_POSITION ? 0 : (int) selected + delta;
  position = CLAMP (position, 0, (int) n_items - 1);
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

static void
reset (DmActorPicker *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->entry), "");
  gtk_popover_popdown (self->popover);
}

/* }}} */

/* Callbacks {{{ */

static void
search_changed_cb (DmActorPicker  *self,
                   GtkSearchEntry *entry)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));

  g_assert (DM_IS_ACTOR_PICKER (self));

  if (dm_actor_matcher_set_query (self->matcher, text))
    {
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
    }

  if (!dm_actor_matcher_is_empty (self->matcher) && g_list_model_get_n_items (G_LIST_MODEL (self->filtered)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_popover_popup (self->popover);
    }
  else
    {
      gtk_popover_popdown (self->popover);
    }
}

static void
entry_activated_cb (DmActorPicker  *self,
                    GtkSearchEntry *entry)
{
  g_assert (DM_IS_ACTOR_PICKER (self));

  dm_actor_picker_pick_selected (self);
}

static void
stop_search_cb (DmActorPicker  *self,
                GtkSearchEntry *entry)
{
  g_assert (DM_IS_ACTOR_PICKER (self));

  reset (self);
}

static gboolean
entry_key_pressed_cb (DmActorPicker         *self,
                      guint                  keyval,
                      guint                  keycode,
                      GdkModifierType        state,
                      GtkEventControllerKey *controller)
{
  g_assert (DM_IS_ACTOR_PICKER (self));

  if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move_selection (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_selection (self, -1);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
focus_left_cb (DmActorPicker           *self,
               GtkEventControllerFocus *controller)
{
  g_assert (DM_IS_ACTOR_PICKER (self));

  gtk_popover_popdown (self->popover);
}

static void
row_activated_cb (DmActorPicker *self,
                  guint          position,
                  GtkListView   *list_view)
{
  g_assert (DM_IS_ACTOR_PICKER (self));

  gtk_single_selection_set_selected (self->selection, position);
  dm_actor_picker_pick_selected (self);
}

/* }}} */

/* GtkWidget {{{ */

static void
dm_actor_picker_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  DmActorPicker *self = DM_ACTOR_PICKER (widget);

  gtk_widget_measure (GTK_WIDGET (self->entry), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
dm_actor_picker_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  DmActorPicker *self = DM_ACTOR_PICKER (widget);

  gtk_widget_allocate (GTK_WIDGET (self->entry), width, height, baseline, NULL);

  /* A popover with a plain widget for parent is placed by it. */
  gtk_widget_set_size_request (GTK_WIDGET (self->popover), width, -1);
  gtk_popover_present (self->popover);
}

static gboolean
dm_actor_picker_grab_focus (GtkWidget *widget)
{
  DmActorPicker *self = DM_ACTOR_PICKER (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* }}} */

/* GObject {{{ */

static void
dm_actor_picker_dispose (GObject *object)
{
  DmActorPicker *self = DM_ACTOR_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_ACTOR_PICKER);

  G_OBJECT_CLASS (dm_actor_picker_parent_class)->dispose (object);
}

static void
dm_actor_picker_finalize (GObject *object)
{
  DmActorPicker *self = DM_ACTOR_PICKER (object);

  g_clear_object (&self->matcher);

  G_OBJECT_CLASS (dm_actor_picker_parent_class)->finalize (object);
}

static void
dm_actor_picker_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DmActorPicker *self = DM_ACTOR_PICKER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, dm_actor_picker_get_model (self));
      break;

    case PROP_PLACEHOLDER_TEXT:
      g_object_get_property (G_OBJECT (self->entry), "placeholder-text", value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_actor_picker_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DmActorPicker *self = DM_ACTOR_PICKER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      dm_actor_picker_set_model (self, g_value_get_object (value));
      break;

    case PROP_PLACEHOLDER_TEXT:
      g_object_set_property (G_OBJECT (self->entry), "placeholder-text", value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_actor_picker_class_init (DmActorPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dm_actor_picker_dispose;
  object_class->finalize = dm_actor_picker_finalize;
  object_class->get_property = dm_actor_picker_get_property;
  object_class->set_property = dm_actor_picker_set_property;

  widget_class->measure = dm_actor_picker_measure;
  widget_class->size_allocate = dm_actor_picker_size_allocate;
  widget_class->grab_focus = dm_actor_picker_grab_focus;

  /**
   * DmActorPicker:model:
   *
   * The actors to pick from, as #DmActor.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DmActorPicker::picked:
   * @actor: the actor picked
   *
   * An actor was picked from the matches; the entry is cleared.
   */
  signals[PICKED] =
    g_signal_new ("picked",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 1,
                  DM_TYPE_ACTOR);

  g_type_ensure (DM_TYPE_ACTOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-actor-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, DmActorPicker, entry);
  gtk_widget_class_bind_template_child (widget_class, DmActorPicker, popover);
  gtk_widget_class_bind_template_child (widget_class, DmActorPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, DmActorPicker, selection);
  gtk_widget_class_bind_template_child (widget_class, DmActorPicker, filtered);
  gtk_widget_class_bind_template_child (widget_class, DmActorPicker, filter);
  gtk_widget_class_bind_template_child (widget_class, DmActorPicker, sorter);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_left_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_set_css_name (widget_class, "actorpicker");
}

static void
dm_actor_picker_init (DmActorPicker *self)
{
  self->matcher = dm_actor_matcher_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, match_actor, self, NULL);
  gtk_custom_sorter_set_sort_func (self->sorter, compare_actors, self, NULL);
}

/* }}} */

/* Public API {{{ */

/**
 * dm_actor_picker_get_model:
 *
 * Returns: (transfer none) (nullable): the actors to pick from
 */
GListModel *
dm_actor_picker_get_model (DmActorPicker *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_PICKER (self), NULL);

  return gtk_filter_list_model_get_model (self->filtered);
}

void
dm_actor_picker_set_model (DmActorPicker *self,
                           GListModel    *actors)
{
  g_return_if_fail (DM_IS_ACTOR_PICKER (self));
  g_return_if_fail (actors == NULL || G_IS_LIST_MODEL (actors));

  if (actors == gtk_filter_list_model_get_model (self->filtered))
    return;

  gtk_filter_list_model_set_model (self->filtered, actors);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * dm_actor_picker_get_entry:
 *
 * Returns: (transfer none): where the name is typed
 */
GtkEditable *
dm_actor_picker_get_entry (DmActorPicker *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_PICKER (self), NULL);

  return GTK_EDITABLE (self->entry);
}

/**
 * dm_actor_picker_get_matches:
 *
 * Returns: (transfer none): the actors matching what was typed
 */
GListModel *
dm_actor_picker_get_matches (DmActorPicker *self)
{
  g_return_val_if_fail (DM_IS_ACTOR_PICKER (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * dm_actor_picker_pick_selected:
 *
 * Picks the highlighted match, as Enter does.
 *
 * Returns: %TRUE if an actor was picked
 */
gboolean
dm_actor_picker_pick_selected (DmActorPicker *self)
{
  g_autoptr(DmActor) actor = NULL;

  g_return_val_if_fail (DM_IS_ACTOR_PICKER (self), FALSE);

  if (dm_actor_matcher_is_empty (self->matcher) ||
      !(actor = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                       gtk_single_selection_get_selected (self->selection))))
    return FALSE;

  reset (self);
  g_signal_emit (self, signals[PICKED], 0, actor);

  return TRUE;
}

/* }}} */
