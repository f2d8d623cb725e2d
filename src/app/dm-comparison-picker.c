/* dm-comparison-picker.c - an entry that holds one actor of a comparison
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-comparison-picker.h"
#include "dm-comparison-view-state.h"

/* The entry shows the actor picked. Typing in it lists the actors whose
 * name, alias, code, official name, demonym or capital matches, best
 * first (dm_actor_suggest_score()): "PRC" or "Beijing" finds
 * China, "EU" the European Union. Up and Down move in the list, Enter or a
 * click picks, Escape or leaving the entry puts the picked actor's name
 * back. The arrow at the end lists every actor.
 *
 * DmActorPicker, the annotation panel's picker, clears itself after each
 * pick to add several actors in a row; this one keeps its actor, which is
 * what a side of a comparison needs. */

struct _DmComparisonPicker
{
  GtkWidget           parent_instance;

  DmActor            *actor;
  DmActorMatcher     *matcher;
  gboolean            show_all;
  gboolean            syncing;

  /* Template widgets */
  GtkEntry           *entry;
  GtkPopover         *popover;
  GtkListView        *list_view;
  GtkSingleSelection *selection;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkCustomSorter    *sorter;
};

G_DEFINE_FINAL_TYPE (DmComparisonPicker, dm_comparison_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_ACTOR,
  PROP_PLACEHOLDER_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Formatting {{{ */

static char *
format_actor_detail (gpointer     unused,
                     const char  *code,
                     DmActorKind  kind)
{
  if (code != NULL && code[0] != '\0')
    return g_strdup (code);

  switch (kind)
    {
    case DM_ACTOR_KIND_STATE:
      return g_strdup (C_("actor kind", "state"));
    case DM_ACTOR_KIND_ORGANISATION:
      return g_strdup (C_("actor kind", "organisation"));
    case DM_ACTOR_KIND_PERSON:
      return g_strdup (C_("actor kind", "person"));
    case DM_ACTOR_KIND_GROUP:
      return g_strdup (C_("actor kind", "group"));
    case DM_ACTOR_KIND_MEDIA:
      return g_strdup (C_("actor kind", "media"));
    default:
      return g_strdup ("");
    }
}

/* }}} */

/* Helpers {{{ */

static gboolean
match_actor (gpointer item,
             gpointer user_data)
{
  DmComparisonPicker *self = user_data;

  if (self->show_all)
    return TRUE;

  return dm_actor_matcher_score (self->matcher, item) > 0;
}

static int
compare_actors (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  DmComparisonPicker *self = user_data;
  /* The list comes sorted by name; a stable sort on the score alone
   * keeps that order among equals. */
  if (self->show_all || dm_actor_matcher_is_empty (self->matcher))
    return GTK_ORDERING_EQUAL;

  return gtk_ordering_from_cmpfunc (dm_actor_matcher_compare (self->matcher, (DmActor *) a, (DmActor *) b));
}

/* Puts the picked actor's name in the entry, without searching. */
static void
sync_entry (DmComparisonPicker *self)
{
  const char *name = self->actor != NULL ? dm_actor_get_name (self->actor) : NULL;

  self->syncing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->entry), name != NULL ? name : "");
  gtk_editable_set_position (GTK_EDITABLE (self->entry), -1);
  self->syncing = FALSE;

  dm_actor_matcher_set_query (self->matcher, NULL);
  self->show_all = FALSE;
}

static void
refilter (DmComparisonPicker *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);

  if ((!dm_actor_matcher_is_empty (self->matcher) || self->show_all) &&
      g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      gtk_single_selection_set_selected (self->selection, 0);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", 0);
      gtk_popover_popup (self->popover);
    }
  else
    {
      gtk_popover_popdown (self->popover);
    }
}

static void
move_selection (DmComparisonPicker *self,
                int                 delta)
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
cancel (DmComparisonPicker *self)
{
  gtk_popover_popdown (self->popover);
  sync_entry (self);
}

/* }}} */

/* Callbacks {{{ */

static void
entry_changed_cb (DmComparisonPicker *self,
                  GtkEditable        *editable)
{
  g_assert (DM_IS_COMPARISON_PICKER (self));

  if (self->syncing)
    return;

  dm_actor_matcher_set_query (self->matcher, gtk_editable_get_text (editable));
  self->show_all = FALSE;

  refilter (self);
}

static void
entry_activated_cb (DmComparisonPicker *self,
                    GtkEntry           *entry)
{
  g_assert (DM_IS_COMPARISON_PICKER (self));

  if (!dm_comparison_picker_pick_selected (self))
    cancel (self);
}

static void
icon_pressed_cb (DmComparisonPicker   *self,
                 GtkEntryIconPosition  position,
                 GtkEntry             *entry)
{
  g_assert (DM_IS_COMPARISON_PICKER (self));

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    {
      cancel (self);
      return;
    }

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  self->show_all = TRUE;
  refilter (self);
}

static gboolean
key_pressed_cb (DmComparisonPicker    *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  g_assert (DM_IS_COMPARISON_PICKER (self));

  switch (keyval)
    {
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
        {
          self->show_all = dm_actor_matcher_is_empty (self->matcher);
          refilter (self);
        }
      else
        move_selection (self, 1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)))
        return GDK_EVENT_PROPAGATE;
      move_selection (self, -1);
      return GDK_EVENT_STOP;

    case GDK_KEY_Escape:
      if (!gtk_widget_get_visible (GTK_WIDGET (self->popover)) && dm_actor_matcher_is_empty (self->matcher))
        return GDK_EVENT_PROPAGATE;
      cancel (self);
      return GDK_EVENT_STOP;

    default:
      return GDK_EVENT_PROPAGATE;
    }
}

static void
focus_left_cb (DmComparisonPicker      *self,
               GtkEventControllerFocus *controller)
{
  g_assert (DM_IS_COMPARISON_PICKER (self));

  cancel (self);
}

static void
match_activated_cb (DmComparisonPicker *self,
                    guint               position,
                    GtkListView        *list_view)
{
  g_assert (DM_IS_COMPARISON_PICKER (self));

  gtk_single_selection_set_selected (self->selection, position);
  dm_comparison_picker_pick_selected (self);
}

/* }}} */

/* GtkWidget {{{ */

static void
dm_comparison_picker_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  DmComparisonPicker *self = DM_COMPARISON_PICKER (widget);

  gtk_widget_measure (GTK_WIDGET (self->entry), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
dm_comparison_picker_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  DmComparisonPicker *self = DM_COMPARISON_PICKER (widget);

  gtk_widget_allocate (GTK_WIDGET (self->entry), width, height, baseline, NULL);

  /* A popover with a plain widget for parent is placed by it. */
  gtk_widget_set_size_request (GTK_WIDGET (self->popover), width, -1);
  gtk_popover_present (self->popover);
}

static gboolean
dm_comparison_picker_grab_focus (GtkWidget *widget)
{
  DmComparisonPicker *self = DM_COMPARISON_PICKER (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->entry));
}

/* }}} */

/* GObject {{{ */

static void
dm_comparison_picker_dispose (GObject *object)
{
  DmComparisonPicker *self = DM_COMPARISON_PICKER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_COMPARISON_PICKER);
  g_clear_object (&self->actor);

  G_OBJECT_CLASS (dm_comparison_picker_parent_class)->dispose (object);
}

static void
dm_comparison_picker_finalize (GObject *object)
{
  DmComparisonPicker *self = DM_COMPARISON_PICKER (object);

  g_clear_object (&self->matcher);

  G_OBJECT_CLASS (dm_comparison_picker_parent_class)->finalize (object);
}

static void
dm_comparison_picker_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  DmComparisonPicker *self = DM_COMPARISON_PICKER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, dm_comparison_picker_get_model (self));
      break;

    case PROP_ACTOR:
      g_value_set_object (value, self->actor);
      break;

    case PROP_PLACEHOLDER_TEXT:
      g_value_set_string (value, gtk_entry_get_placeholder_text (self->entry));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_picker_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  DmComparisonPicker *self = DM_COMPARISON_PICKER (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      dm_comparison_picker_set_model (self, g_value_get_object (value));
      break;

    case PROP_ACTOR:
      dm_comparison_picker_set_actor (self, g_value_get_object (value));
      break;

    case PROP_PLACEHOLDER_TEXT:
      gtk_entry_set_placeholder_text (self->entry, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_picker_class_init (DmComparisonPickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dm_comparison_picker_dispose;
  object_class->finalize = dm_comparison_picker_finalize;
  object_class->get_property = dm_comparison_picker_get_property;
  object_class->set_property = dm_comparison_picker_set_property;

  widget_class->measure = dm_comparison_picker_measure;
  widget_class->size_allocate = dm_comparison_picker_size_allocate;
  widget_class->grab_focus = dm_comparison_picker_grab_focus;

  /**
   * DmComparisonPicker:model:
   *
   * The actors to pick from, as #DmActor, sorted by name.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonPicker:actor:
   *
   * The actor picked, whose name the entry shows.
   */
  properties[PROP_ACTOR] =
    g_param_spec_object ("actor", NULL, NULL,
                         DM_TYPE_ACTOR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PLACEHOLDER_TEXT] =
    g_param_spec_string ("placeholder-text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DM_TYPE_ACTOR);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-comparison-picker.ui");
  gtk_widget_class_bind_template_child (widget_class, DmComparisonPicker, entry);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonPicker, popover);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonPicker, list_view);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonPicker, selection);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonPicker, filtered);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonPicker, filter);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonPicker, sorter);
  gtk_widget_class_bind_template_callback (widget_class, entry_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, entry_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, icon_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_left_cb);
  gtk_widget_class_bind_template_callback (widget_class, match_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_actor_detail);

  gtk_widget_class_set_css_name (widget_class, "comparisonpicker");
}

static void
dm_comparison_picker_init (DmComparisonPicker *self)
{
  self->matcher = dm_actor_matcher_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, match_actor, self, NULL);
  gtk_custom_sorter_set_sort_func (self->sorter, compare_actors, self, NULL);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
dm_comparison_picker_new (void)
{
  return g_object_new (DM_TYPE_COMPARISON_PICKER, NULL);
}

/**
 * dm_comparison_picker_get_model:
 *
 * Returns: (transfer none) (nullable): the actors to pick from
 */
GListModel *
dm_comparison_picker_get_model (DmComparisonPicker *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_PICKER (self), NULL);

  return gtk_filter_list_model_get_model (self->filtered);
}

void
dm_comparison_picker_set_model (DmComparisonPicker *self,
                                GListModel         *actors)
{
  g_return_if_fail (DM_IS_COMPARISON_PICKER (self));
  g_return_if_fail (actors == NULL || G_IS_LIST_MODEL (actors));

  if (actors == gtk_filter_list_model_get_model (self->filtered))
    return;

  gtk_filter_list_model_set_model (self->filtered, actors);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * dm_comparison_picker_get_actor:
 *
 * Returns: (transfer none) (nullable): the actor picked
 */
DmActor *
dm_comparison_picker_get_actor (DmComparisonPicker *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_PICKER (self), NULL);

  return self->actor;
}

/**
 * dm_comparison_picker_set_actor:
 * @actor: (nullable): the actor to show as picked
 *
 * Also ends any search typed in the entry.
 */
void
dm_comparison_picker_set_actor (DmComparisonPicker *self,
                                DmActor            *actor)
{
  g_return_if_fail (DM_IS_COMPARISON_PICKER (self));
  g_return_if_fail (actor == NULL || DM_IS_ACTOR (actor));

  gtk_popover_popdown (self->popover);

  if (!g_set_object (&self->actor, actor))
    {
      sync_entry (self);
      return;
    }

  sync_entry (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR]);
}

/**
 * dm_comparison_picker_get_entry:
 *
 * Returns: (transfer none): where names are typed
 */
GtkEditable *
dm_comparison_picker_get_entry (DmComparisonPicker *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_PICKER (self), NULL);

  return GTK_EDITABLE (self->entry);
}

/**
 * dm_comparison_picker_get_matches:
 *
 * Returns: (transfer none): the actors matching what was typed, best first
 */
GListModel *
dm_comparison_picker_get_matches (DmComparisonPicker *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_PICKER (self), NULL);

  return G_LIST_MODEL (self->selection);
}

/**
 * dm_comparison_picker_pick_selected:
 *
 * Picks the highlighted match, as Enter does.
 *
 * Returns: %TRUE if an actor was picked
 */
gboolean
dm_comparison_picker_pick_selected (DmComparisonPicker *self)
{
  g_autoptr(DmActor) actor = NULL;

  g_return_val_if_fail (DM_IS_COMPARISON_PICKER (self), FALSE);

  if ((dm_actor_matcher_is_empty (self->matcher) && !self->show_all) ||
      !(actor = g_list_model_get_item (G_LIST_MODEL (self->selection),
                                       gtk_single_selection_get_selected (self->selection))))
    return FALSE;

  gtk_popover_popdown (self->popover);
  if (g_set_object (&self->actor, actor))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR]);
  sync_entry (self);

  return TRUE;
}

/* }}} */
