/* dm-annotation-panel.c - code the selection: actors, topic, stance
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-annotation-panel"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-actor-choice.h"
#include "dm-actor-picker.h"
#include "dm-annotation-item.h"
#include "dm-annotation-panel.h"

/* The widgets of DmAnnotationPanelState, which holds the logic: fields are
 * bound to its properties, buttons to actions enabled from its can-*
 * properties, and below them the article's annotations as a list that
 * selects in the workspace. */

struct _DmAnnotationPanel
{
  GtkWidget               parent_instance;

  DmWorkspace            *workspace;
  DmAnnotationPanelState *state;
  GListModel             *topics;
  GPtrArray              *bindings;

  /* Template widgets */
  GtkWidget              *content;
  GtkLabel               *title_label;
  GtkLabel               *quote_label;
  GtkWidget              *orphan_box;
  GtkLabel               *orphan_quote_label;
  GtkLabel               *orphan_explanation_label;
  GtkWidget              *place_button;
  GtkWidget              *fields_box;
  GtkListView            *actor_list;
  GtkNoSelection         *choice_selection;
  DmActorPicker          *actor_picker;
  GtkDropDown            *topic_dropdown;
  GtkToggleButton        *new_topic_button;
  GtkEntry               *new_topic_entry;
  GtkCheckButton         *new_topic_nested_check;
  GtkDropDown            *act_dropdown;
  GtkStringList          *act_names;
  GtkDropDown            *mode_dropdown;
  DmActorPicker          *target_picker;
  GtkLabel               *targets_label;
  GtkEntry               *provenance_entry;
  GtkEntry               *note_entry;
  GtkCheckButton         *key_quote_check;
  GtkLabel               *coder_label;
  GtkWidget              *save_button;
  GtkStack               *list_stack;
  GtkLabel               *list_title_label;
  GtkListView            *annotation_list;
  GtkSingleSelection     *annotation_selection;
  GtkMapListModel        *annotation_map;

  GdkFrameClock          *fill_clock;
  guint                   after_frame_id;
  guint                   fill_pending : 1;
  guint                   scroll_pending : 1;

  guint                   syncing : 1;
};

G_DEFINE_FINAL_TYPE (DmAnnotationPanel, dm_annotation_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_STATE,
  PROP_POLARITY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Formatting {{{ */

/* A square of the actor's colour, as markup: GTK 4.8 has no per-row CSS. */
static char *
format_swatch (gpointer    unused,
               const char *colour)
{
  GdkRGBA rgba;

  if (colour == NULL || !gdk_rgba_parse (&rgba, colour))
    colour = "#c0bfbc";

  return g_markup_printf_escaped ("<span background=\"%s\">\u2003</span>", colour);
}

static char *
format_topic (gpointer    unused,
              const char *path,
              const char *name)
{
  return g_strdup (path != NULL ? path : name);
}

static char *
format_quote (gpointer    unused,
              const char *quote)
{
  g_autofree char *flat = g_strdup (quote != NULL ? quote : "");

  /* One paragraph in a list row. */
  g_strdelimit (flat, "\r\n", ' ');

  return g_strdup_printf ("“%s”", flat);
}

static char *
format_mentioned (gpointer unused,
                  gboolean mentioned)
{
  return g_strdup (mentioned ? _("in text") : "");
}

/* }}} */

/* Helpers {{{ */

static void
update_actions (DmAnnotationPanel *self)
{
  gboolean has_target = FALSE;
  gboolean can_save = FALSE;
  gboolean can_update = FALSE;
  gboolean can_delete = FALSE;
  gboolean has_targets = FALSE;

  g_assert (DM_IS_ANNOTATION_PANEL (self));

  if (self->state != NULL)
    {
      has_target = dm_annotation_panel_state_get_has_target (self->state);
      can_save = dm_annotation_panel_state_get_can_save (self->state);
      can_update = dm_annotation_panel_state_get_can_update (self->state);
      can_delete = dm_annotation_panel_state_get_can_delete (self->state);
      has_targets = dm_annotation_panel_state_get_target_uuids (self->state)[0] != NULL;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.save", can_save);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.update", can_update);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.delete", can_delete);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.commit", can_save || can_update);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.pick-actor", has_target);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.polarity", has_target);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.clear-targets", has_targets);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.create-topic", has_target);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.place",
                                 self->state != NULL && dm_annotation_panel_state_get_can_place (self->state));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "annotation.cancel-placing",
                                 self->state != NULL && dm_annotation_panel_state_get_placing (self->state) != NULL);
}

/* An orphan (issue 6) has no place in the text: the panel shows its quote
 * as coded and says what to do, instead of a span. */
static void
sync_orphan (DmAnnotationPanel *self)
{
  DmAnnotation *placing = dm_annotation_panel_state_get_placing (self->state);
  g_autofree char *quote = NULL;

  gtk_widget_set_visible (self->orphan_box, placing != NULL);
  /* "Click a sentence…" above an orphan's own quote would confuse. */
  gtk_widget_set_visible (GTK_WIDGET (self->quote_label),
                          placing == NULL || dm_annotation_panel_state_get_has_target (self->state));
  if (placing == NULL)
    return;

  quote = format_quote (NULL, dm_annotation_get_quote (placing));
  gtk_label_set_label (self->orphan_quote_label, quote);

  if (dm_annotation_panel_state_get_can_place (self->state))
    gtk_label_set_label (self->orphan_explanation_label,
                         _("Place on Selection puts this annotation, with its coding, on the passage selected "
                           "in the text. Its quote then becomes the selected text."));
  else
    gtk_label_set_label (self->orphan_explanation_label,
                         _("The article’s text was corrected and this quote could not be found again with "
                           "confidence, so it is kept here and counts in no comparison. Select the passage it "
                           "belongs to in the text, then place it."));
}

static void
report_error (DmAnnotationPanel *self,
              const char        *summary,
              const GError      *error)
{
  g_assert (DM_IS_ANNOTATION_PANEL (self));

  if (self->workspace != NULL)
    dm_workspace_report_error (self->workspace, summary, error);
  else
    g_warning ("%s: %s", summary, error->message);
}

/* Widgets from the state {{{ */

static void
sync_topic (DmAnnotationPanel *self)
{
  const char *uuid = dm_annotation_panel_state_get_topic_uuid (self->state);
  guint position = GTK_INVALID_LIST_POSITION;

  if (uuid == NULL || !dm_store_list_find (DM_STORE_LIST (self->topics), uuid, &position))
    position = GTK_INVALID_LIST_POSITION;

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->topic_dropdown, position);
  self->syncing = FALSE;
}

static void
sync_act (DmAnnotationPanel *self)
{
  const char *code = dm_annotation_panel_state_get_act_code (self->state);
  GPtrArray *acts = dm_workspace_get_acts (self->workspace);
  guint position = 0;

  for (guint i = 0; code != NULL && i < acts->len; i++)
    if (g_strcmp0 (((DmAct *) g_ptr_array_index (acts, i))->code, code) == 0)
      position = i + 1;

  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->act_dropdown, position);
  self->syncing = FALSE;
}

static void
sync_mode (DmAnnotationPanel *self)
{
  self->syncing = TRUE;
  gtk_drop_down_set_selected (self->mode_dropdown, dm_annotation_panel_state_get_attribution (self->state));
  self->syncing = FALSE;
}

static void
sync_targets (DmAnnotationPanel *self)
{
  g_autofree char *label = dm_annotation_panel_state_dup_targets_label (self->state);

  gtk_label_set_label (self->targets_label, label != NULL ? label : _("Nobody in particular"));
  gtk_widget_set_sensitive (GTK_WIDGET (self->targets_label), label != NULL);
}

static void wait_for_frame (DmAnnotationPanel *self);

static void
sync_annotation_selection (DmAnnotationPanel *self)
{
  DmAnnotation *selected = dm_workspace_get_selected_annotation (self->workspace);
  GListModel *annotations = dm_workspace_get_annotations (self->workspace);
  guint position = GTK_INVALID_LIST_POSITION;

  /* The list is filled after the next frame (see fill_list()). */
  if (gtk_map_list_model_get_model (self->annotation_map) != annotations)
    return;

  if (selected != NULL && annotations != NULL &&
      !dm_store_list_find (DM_STORE_LIST (annotations), dm_annotation_get_uuid (selected), &position))
    position = GTK_INVALID_LIST_POSITION;

  if (gtk_single_selection_get_selected (self->annotation_selection) == position)
    return;

  self->syncing = TRUE;
  gtk_single_selection_set_selected (self->annotation_selection, position);
  self->syncing = FALSE;

  /* After the frame: GtkListView scrolls only to rows it has laid out
   * (a list filled in this frame has none yet), and scrolling to a far
   * row makes its rows, which the frame showing a new annotation's
   * highlight need not wait for. */
  if (position != GTK_INVALID_LIST_POSITION)
    {
      self->scroll_pending = TRUE;
      wait_for_frame (self);
    }
}

static void
update_list_title (DmAnnotationPanel *self)
{
  GListModel *annotations = self->workspace != NULL ? dm_workspace_get_annotations (self->workspace) : NULL;
  guint n_items = annotations != NULL ? g_list_model_get_n_items (annotations) : 0;
  g_autofree char *title = NULL;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u Annotation", "%u Annotations", n_items), n_items);
  gtk_label_set_label (self->list_title_label, title);
  gtk_stack_set_visible_child_name (self->list_stack, n_items > 0 ? "list" : "empty");
}

/* }}} */

/* Binding transforms {{{ */

static gboolean
polarity_to_nick (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  g_value_set_string (to, dm_polarity_to_string (g_value_get_enum (from)));

  return TRUE;
}

static gboolean
nick_to_polarity (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      user_data)
{
  DmPolarity polarity = DM_POLARITY_NONE;

  if (!dm_polarity_from_string (g_value_get_string (from), &polarity))
    return FALSE;

  g_value_set_enum (to, polarity);

  return TRUE;
}

static gboolean
null_to_empty (GBinding     *binding,
               const GValue *from,
               GValue       *to,
               gpointer      user_data)
{
  const char *text = g_value_get_string (from);

  g_value_set_string (to, text != NULL ? text : "");

  return TRUE;
}

static gboolean
quote_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *quote = g_value_get_string (from);

  g_value_take_string (to, quote != NULL ? format_quote (NULL, quote)
                                         : g_strdup (_("Click a sentence or drag over a passage to code it")));

  return TRUE;
}

static gboolean
coder_to_label (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  const char *coder = g_value_get_string (from);

  g_value_take_string (to, g_strdup_printf (_("Coded by %s"), coder != NULL ? coder : g_get_real_name ()));

  return TRUE;
}

/* }}} */

/* }}} */

/* Callbacks {{{ */

static gpointer
map_annotation (gpointer item,
                gpointer user_data)
{
  DmAnnotationPanel *self = user_data;
  g_autoptr(DmAnnotation) annotation = item;

  return dm_annotation_item_new (self->workspace, annotation);
}

static void
state_changed_cb (DmAnnotationPanel      *self,
                  GParamSpec             *pspec,
                  DmAnnotationPanelState *state)
{
  const char *name = g_param_spec_get_name (pspec);

  g_assert (DM_IS_ANNOTATION_PANEL (self));

  if (g_str_equal (name, "topic-uuid"))
    sync_topic (self);
  else if (g_str_equal (name, "act-code"))
    sync_act (self);
  else if (g_str_equal (name, "attribution"))
    sync_mode (self);
  else if (g_str_equal (name, "target-uuids"))
    sync_targets (self);
  else if (g_str_equal (name, "placing") || g_str_equal (name, "can-place") || g_str_equal (name, "has-target"))
    sync_orphan (self);

  update_actions (self);
}

static void frame_painted_cb (GdkFrameClock     *frame_clock,
                              DmAnnotationPanel *self);

static void
stop_waiting_for_frame (DmAnnotationPanel *self)
{
  if (self->fill_clock != NULL)
    g_signal_handlers_disconnect_by_func (self->fill_clock, frame_painted_cb, self);
  g_clear_object (&self->fill_clock);
  g_clear_handle_id (&self->after_frame_id, g_source_remove);
}

/* Runs after_frame_cb() once the next frame is on screen. */
static void
wait_for_frame (DmAnnotationPanel *self)
{
  GdkFrameClock *frame_clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (frame_clock == NULL || self->fill_clock == frame_clock)
    return;

  stop_waiting_for_frame (self);
  self->fill_clock = g_object_ref (frame_clock);
  g_signal_connect_object (frame_clock, "after-paint", G_CALLBACK (frame_painted_cb), self, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
fill_list (DmAnnotationPanel *self)
{
  g_assert (DM_IS_ANNOTATION_PANEL (self));

  self->fill_pending = FALSE;
  gtk_map_list_model_set_model (self->annotation_map, dm_workspace_get_annotations (self->workspace));
  update_list_title (self);
  sync_annotation_selection (self);
}

static gboolean
after_frame_cb (gpointer user_data)
{
  DmAnnotationPanel *self = user_data;
  guint position;

  g_assert (DM_IS_ANNOTATION_PANEL (self));

  self->after_frame_id = 0;

  if (self->fill_pending)
    {
      fill_list (self);
    }
  else if (self->scroll_pending)
    {
      self->scroll_pending = FALSE;
      position = gtk_single_selection_get_selected (self->annotation_selection);
      if (position != GTK_INVALID_LIST_POSITION)
        gtk_widget_activate_action (GTK_WIDGET (self->annotation_list), "list.scroll-to-item", "u", position);
    }

  return G_SOURCE_REMOVE;
}

/* Not in after-paint itself: that is still the frame's time, and the
 * frame (the text, with its highlights) should end first. */
static void
frame_painted_cb (GdkFrameClock     *frame_clock,
                  DmAnnotationPanel *self)
{
  g_assert (DM_IS_ANNOTATION_PANEL (self));

  stop_waiting_for_frame (self);
  self->after_frame_id = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, after_frame_cb, self, NULL);
}

static void
workspace_article_changed_cb (DmAnnotationPanel *self,
                              GParamSpec        *pspec,
                              DmWorkspace       *workspace)
{
  g_assert (DM_IS_ANNOTATION_PANEL (self));

  /* GtkListView makes rows for up to 200 items at once: for a long
   * article that is a frame's work of its own, so the list is filled once
   * the text has been drawn. */
  gtk_map_list_model_set_model (self->annotation_map, NULL);
  update_list_title (self);

  self->fill_pending = TRUE;

  /* A window being opened: its rows would be measured before its first
   * frame too. dm_annotation_panel_map() waits for that frame instead. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;

  wait_for_frame (self);
}

static void
workspace_selected_annotation_changed_cb (DmAnnotationPanel *self,
                                          GParamSpec        *pspec,
                                          DmWorkspace       *workspace)
{
  g_assert (DM_IS_ANNOTATION_PANEL (self));

  sync_annotation_selection (self);
}

static void
annotations_changed_cb (DmAnnotationPanel *self,
                        guint              position,
                        guint              removed,
                        guint              added,
                        GListModel        *model)
{
  g_assert (DM_IS_ANNOTATION_PANEL (self));

  update_list_title (self);
  sync_annotation_selection (self);
}

static void
annotation_selected_cb (DmAnnotationPanel  *self,
                        GParamSpec         *pspec,
                        GtkSingleSelection *selection)
{
  DmAnnotationItem *item;

  g_assert (DM_IS_ANNOTATION_PANEL (self));

  if (self->syncing || self->workspace == NULL)
    return;

  if ((item = gtk_single_selection_get_selected_item (selection)))
    dm_workspace_select_annotation (self->workspace, dm_annotation_item_get_annotation (item));
}

static void
choice_activated_cb (DmAnnotationPanel *self,
                     guint              position,
                     GtkListView       *list_view)
{
  g_autoptr(DmActorChoice) choice = NULL;

  g_assert (DM_IS_ANNOTATION_PANEL (self));

  if ((choice = g_list_model_get_item (G_LIST_MODEL (self->choice_selection), position)))
    dm_annotation_panel_state_toggle_actor (self->state, dm_actor_choice_get_uuid (choice));
}

static void
actor_picked_cb (DmAnnotationPanel *self,
                 DmActor           *actor,
                 DmActorPicker     *picker)
{
  g_assert (DM_IS_ANNOTATION_PANEL (self));

  /* Picked by name: picked, not dropped, even if it was picked before. */
  if (!dm_annotation_panel_state_toggle_actor (self->state, dm_actor_get_uuid (actor)))
    dm_annotation_panel_state_toggle_actor (self->state, dm_actor_get_uuid (actor));
}

static void
target_picked_cb (DmAnnotationPanel *self,
                  DmActor           *actor,
                  DmActorPicker     *picker)
{
  g_assert (DM_IS_ANNOTATION_PANEL (self));

  if (!dm_annotation_panel_state_toggle_target (self->state, dm_actor_get_uuid (actor)))
    dm_annotation_panel_state_toggle_target (self->state, dm_actor_get_uuid (actor));
}

static void
topic_selected_cb (DmAnnotationPanel *self,
                   GParamSpec        *pspec,
                   GtkDropDown       *dropdown)
{
  DmTopic *topic;

  g_assert (DM_IS_ANNOTATION_PANEL (self));

  if (self->syncing || self->state == NULL)
    return;

  topic = gtk_drop_down_get_selected_item (dropdown);
  dm_annotation_panel_state_set_topic_uuid (self->state, topic != NULL ? dm_topic_get_uuid (topic) : NULL);
}

static void
act_selected_cb (DmAnnotationPanel *self,
                 GParamSpec        *pspec,
                 GtkDropDown       *dropdown)
{
  GPtrArray *acts;
  guint position;

  g_assert (DM_IS_ANNOTATION_PANEL (self));

  if (self->syncing || self->state == NULL)
    return;

  /* Position 0 is "None". */
  acts = dm_workspace_get_acts (self->workspace);
  position = gtk_drop_down_get_selected (dropdown);
  dm_annotation_panel_state_set_act_code (self->state,
                                          position > 0 && position <= acts->len
                                          ? ((DmAct *) g_ptr_array_index (acts, position - 1))->code
                                          : NULL);
}

static void
mode_selected_cb (DmAnnotationPanel *self,
                  GParamSpec        *pspec,
                  GtkDropDown       *dropdown)
{
  guint position;

  g_assert (DM_IS_ANNOTATION_PANEL (self));

  if (self->syncing || self->state == NULL)
    return;

  position = gtk_drop_down_get_selected (dropdown);
  if (position <= DM_ATTRIBUTION_SPOKESPERSON)
    dm_annotation_panel_state_set_attribution (self->state, position);
}

static void
new_topic_activated_cb (DmAnnotationPanel *self,
                        GtkEntry          *entry)
{
  g_assert (DM_IS_ANNOTATION_PANEL (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "annotation.create-topic", NULL);
}

/* }}} */

/* Actions {{{ */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);
  g_autoptr(GError) error = NULL;

  if (!dm_annotation_panel_state_save (self->state, &error))
    report_error (self, _("Could not save the annotation"), error);
}

static void
update_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);
  g_autoptr(GError) error = NULL;

  if (!dm_annotation_panel_state_update (self->state, &error))
    report_error (self, _("Could not update the annotation"), error);
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);
  g_autoptr(GError) error = NULL;

  if (!dm_annotation_panel_state_delete (self->state, &error))
    report_error (self, _("Could not delete the annotation"), error);
}

static void
commit_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);

  if (dm_annotation_panel_state_get_can_save (self->state))
    save_action (widget, "annotation.save", NULL);
  else if (dm_annotation_panel_state_get_can_update (self->state))
    update_action (widget, "annotation.update", NULL);
}

static void
pick_actor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);
  int number = g_variant_get_int32 (parameter);

  if (number > 0)
    dm_annotation_panel_state_pick_choice (self->state, (guint) number);
}

static void
focus_actors_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);

  gtk_widget_grab_focus (GTK_WIDGET (self->actor_picker));
}

static void
clear_targets_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);

  dm_annotation_panel_state_clear_targets (self->state);
}

static void
create_topic_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->new_topic_entry));
  const char *parent = NULL;
  g_autoptr(GError) error = NULL;

  if (gtk_check_button_get_active (self->new_topic_nested_check))
    parent = dm_annotation_panel_state_get_topic_uuid (self->state);

  if (!dm_annotation_panel_state_create_topic (self->state, name, parent, &error))
    {
      report_error (self, _("Could not add the topic"), error);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->new_topic_entry), "");
  gtk_toggle_button_set_active (self->new_topic_button, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_dropdown));
}

static void
place_response_cb (DmAnnotationPanel *self,
                   int                response,
                   GtkDialog         *dialog)
{
  g_autoptr(GError) error = NULL;

  g_assert (DM_IS_ANNOTATION_PANEL (self));

  gtk_window_destroy (GTK_WINDOW (dialog));

  if (response == GTK_RESPONSE_ACCEPT &&
      !dm_annotation_panel_state_place (self->state, &error))
    report_error (self, _("Could not place the annotation"), error);
}

/* The quote changes to the text selected: the analyst confirms it first,
 * with both in view. */
static void
place_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);
  DmAnnotation *placing = dm_annotation_panel_state_get_placing (self->state);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autofree char *old_quote = NULL;
  g_autofree char *new_quote = NULL;
  GtkWidget *dialog;

  if (placing == NULL || !dm_annotation_panel_state_get_can_place (self->state))
    return;

  old_quote = format_quote (NULL, dm_annotation_get_quote (placing));
  new_quote = format_quote (NULL, dm_annotation_panel_state_get_quote (self->state));

  dialog = gtk_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_QUESTION, GTK_BUTTONS_NONE,
                                   _("Place the annotation on the selected text?"));
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog),
                                            _("Its quote becomes %s\n(it was %s).\n\nIts coding stays as it is. "
                                              "This can be undone."),
                                            new_quote, old_quote);
  gtk_dialog_add_buttons (GTK_DIALOG (dialog),
                          _("_Cancel"), GTK_RESPONSE_CANCEL,
                          _("_Place"), GTK_RESPONSE_ACCEPT,
                          NULL);
  gtk_dialog_set_default_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT);
  gtk_widget_add_css_class (gtk_dialog_get_widget_for_response (GTK_DIALOG (dialog), GTK_RESPONSE_ACCEPT),
                            "suggested-action");
  g_signal_connect_object (dialog, "response", G_CALLBACK (place_response_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
cancel_placing_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);

  dm_annotation_panel_state_cancel_placing (self->state);
}

static void
back_to_text_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  gtk_widget_activate_action (widget, "win.focus-text", NULL);
}

/* }}} */

/* GtkWidget {{{ */

static gboolean
dm_annotation_panel_grab_focus (GtkWidget *widget)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);

  /* The numbered actors first, so that digits pick them; the name entry
   * when there is nothing to number. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->choice_selection)) > 0 &&
      gtk_widget_grab_focus (GTK_WIDGET (self->actor_list)))
    return TRUE;

  return gtk_widget_grab_focus (GTK_WIDGET (self->actor_picker));
}

/* }}} */

/* GObject {{{ */

static void
dm_annotation_panel_dispose (GObject *object)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (object);

  stop_waiting_for_frame (self);

  /* Before the template goes: the bindings' targets are in it. */
  for (guint i = 0; self->bindings != NULL && i < self->bindings->len; i++)
    g_binding_unbind (g_ptr_array_index (self->bindings, i));
  g_clear_pointer (&self->bindings, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_ANNOTATION_PANEL);

  g_clear_object (&self->topics);
  g_clear_object (&self->state);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (dm_annotation_panel_parent_class)->dispose (object);
}

static void
dm_annotation_panel_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_STATE:
      g_value_set_object (value, self->state);
      break;

    case PROP_POLARITY:
      g_value_set_string (value, self->state != NULL
                                 ? dm_polarity_to_string (dm_annotation_panel_state_get_polarity (self->state))
                                 : "none");
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_annotation_panel_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      dm_annotation_panel_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_POLARITY:
      {
        DmPolarity polarity;

        if (self->state != NULL && dm_polarity_from_string (g_value_get_string (value), &polarity))
          dm_annotation_panel_state_set_polarity (self->state, polarity);
      }
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_annotation_panel_map (GtkWidget *widget)
{
  DmAnnotationPanel *self = DM_ANNOTATION_PANEL (widget);

  GTK_WIDGET_CLASS (dm_annotation_panel_parent_class)->map (widget);

  if (self->fill_pending)
    wait_for_frame (self);
}

static void
dm_annotation_panel_class_init (DmAnnotationPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dm_annotation_panel_dispose;
  object_class->get_property = dm_annotation_panel_get_property;
  object_class->set_property = dm_annotation_panel_set_property;

  widget_class->grab_focus = dm_annotation_panel_grab_focus;
  widget_class->map = dm_annotation_panel_map;

  /**
   * DmAnnotationPanel:workspace:
   *
   * The workspace whose selection is coded; set once by the window.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DM_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_STATE] =
    g_param_spec_object ("state", NULL, NULL,
                         DM_TYPE_ANNOTATION_PANEL_STATE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationPanel:polarity:
   *
   * The state's polarity by name ("supports"), for the
   * annotation.polarity action the toggle buttons use.
   */
  properties[PROP_POLARITY] =
    g_param_spec_string ("polarity", NULL, NULL,
                         "none",
                         (G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DM_TYPE_ACTOR_CHOICE);
  g_type_ensure (DM_TYPE_ACTOR_PICKER);
  g_type_ensure (DM_TYPE_ANNOTATION_ITEM);
  g_type_ensure (DM_TYPE_TOPIC);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-annotation-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, content);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, title_label);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, quote_label);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, orphan_box);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, orphan_quote_label);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, orphan_explanation_label);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, place_button);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, fields_box);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, actor_list);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, choice_selection);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, actor_picker);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, topic_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, new_topic_button);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, new_topic_entry);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, new_topic_nested_check);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, act_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, act_names);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, mode_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, target_picker);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, targets_label);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, provenance_entry);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, note_entry);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, key_quote_check);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, coder_label);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, save_button);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, list_stack);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, list_title_label);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, annotation_list);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, annotation_selection);
  gtk_widget_class_bind_template_child (widget_class, DmAnnotationPanel, annotation_map);
  gtk_widget_class_bind_template_callback (widget_class, format_swatch);
  gtk_widget_class_bind_template_callback (widget_class, format_topic);
  gtk_widget_class_bind_template_callback (widget_class, format_quote);
  gtk_widget_class_bind_template_callback (widget_class, format_mentioned);
  gtk_widget_class_bind_template_callback (widget_class, annotation_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, choice_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_picked_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, act_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, mode_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, new_topic_activated_cb);

  gtk_widget_class_install_action (widget_class, "annotation.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "annotation.update", NULL, update_action);
  gtk_widget_class_install_action (widget_class, "annotation.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "annotation.commit", NULL, commit_action);
  gtk_widget_class_install_action (widget_class, "annotation.pick-actor", "i", pick_actor_action);
  gtk_widget_class_install_action (widget_class, "annotation.focus-actors", NULL, focus_actors_action);
  gtk_widget_class_install_action (widget_class, "annotation.clear-targets", NULL, clear_targets_action);
  gtk_widget_class_install_action (widget_class, "annotation.create-topic", NULL, create_topic_action);
  gtk_widget_class_install_action (widget_class, "annotation.back", NULL, back_to_text_action);
  gtk_widget_class_install_action (widget_class, "annotation.place", NULL, place_action);
  gtk_widget_class_install_action (widget_class, "annotation.cancel-placing", NULL, cancel_placing_action);
  gtk_widget_class_install_property_action (widget_class, "annotation.polarity", "polarity");

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationpanel");
}

static void
dm_annotation_panel_init (DmAnnotationPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_map_list_model_set_map_func (self->annotation_map, map_annotation, self, NULL);

  update_actions (self);
}

/* }}} */

/* Public API {{{ */

DmAnnotationPanel *
dm_annotation_panel_new (DmWorkspace *workspace)
{
  g_return_val_if_fail (workspace == NULL || DM_IS_WORKSPACE (workspace), NULL);

  return g_object_new (DM_TYPE_ANNOTATION_PANEL,
                       "workspace", workspace,
                       NULL);
}

/**
 * dm_annotation_panel_get_workspace:
 *
 * Returns: (transfer none) (nullable): the workspace coded
 */
DmWorkspace *
dm_annotation_panel_get_workspace (DmAnnotationPanel *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL (self), NULL);

  return self->workspace;
}

/**
 * dm_annotation_panel_set_workspace:
 *
 * Codes @workspace's selection. A panel is given its workspace once,
 * right after its window has made it.
 */
void
dm_annotation_panel_set_workspace (DmAnnotationPanel *self,
                                   DmWorkspace       *workspace)
{
  GPtrArray *acts;

  g_return_if_fail (DM_IS_ANNOTATION_PANEL (self));
  g_return_if_fail (workspace == NULL || DM_IS_WORKSPACE (workspace));
  g_return_if_fail (self->workspace == NULL || workspace == self->workspace);

  if (workspace == NULL || workspace == self->workspace)
    return;

  self->workspace = g_object_ref (workspace);
  self->state = dm_annotation_panel_state_new (workspace);
  self->topics = g_object_ref (dm_workspace_get_topics (workspace));
  self->bindings = g_ptr_array_new ();

  /* The acts are fixed; "None" comes first. */
  acts = dm_workspace_get_acts (workspace);
  for (guint i = 0; i < acts->len; i++)
    gtk_string_list_append (self->act_names, ((DmAct *) g_ptr_array_index (acts, i))->name);

  /* A drop-down selects its first item when it gets a model; that is not
   * the analyst choosing a topic. */
  self->syncing = TRUE;
  gtk_drop_down_set_model (self->topic_dropdown, self->topics);
  self->syncing = FALSE;
  gtk_no_selection_set_model (self->choice_selection, dm_annotation_panel_state_get_choices (self->state));
  dm_actor_picker_set_model (self->actor_picker, dm_workspace_get_actors (workspace));
  dm_actor_picker_set_model (self->target_picker, dm_workspace_get_actors (workspace));

#define BIND(source, target, prop, flags) \
  g_ptr_array_add (self->bindings, g_object_bind_property (self->state, source, target, prop, flags))
#define BIND_FULL(source, target, prop, flags, to, from) \
  g_ptr_array_add (self->bindings, g_object_bind_property_full (self->state, source, target, prop, flags, to, from, NULL, NULL))

  BIND ("title", self->title_label, "label", G_BINDING_SYNC_CREATE);
  BIND ("has-target", self->fields_box, "sensitive", G_BINDING_SYNC_CREATE);
  BIND ("key-quote", self->key_quote_check, "active", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL);
  BIND_FULL ("quote", self->quote_label, "label", G_BINDING_SYNC_CREATE, quote_to_label, NULL);
  BIND_FULL ("coder", self->coder_label, "label", G_BINDING_SYNC_CREATE, coder_to_label, NULL);
  BIND_FULL ("polarity", self, "polarity", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
             polarity_to_nick, nick_to_polarity);
  BIND_FULL ("provenance", self->provenance_entry, "text", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
             null_to_empty, NULL);
  BIND_FULL ("note", self->note_entry, "text", G_BINDING_SYNC_CREATE | G_BINDING_BIDIRECTIONAL,
             null_to_empty, NULL);

#undef BIND
#undef BIND_FULL

  g_signal_connect_object (self->state, "notify",
                           G_CALLBACK (state_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::annotations",
                           G_CALLBACK (workspace_article_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::selected-annotation",
                           G_CALLBACK (workspace_selected_annotation_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->annotation_map, "items-changed",
                           G_CALLBACK (annotations_changed_cb), self, G_CONNECT_SWAPPED);

  workspace_article_changed_cb (self, NULL, workspace);
  sync_topic (self);
  sync_act (self);
  sync_mode (self);
  sync_targets (self);
  sync_orphan (self);
  update_actions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATE]);
}

/**
 * dm_annotation_panel_get_state:
 *
 * Returns: (transfer none) (nullable): the panel's logic
 */
DmAnnotationPanelState *
dm_annotation_panel_get_state (DmAnnotationPanel *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL (self), NULL);

  return self->state;
}

/**
 * dm_annotation_panel_get_actor_list:
 *
 * Returns: (transfer none): the numbered actors offered
 */
GtkListView *
dm_annotation_panel_get_actor_list (DmAnnotationPanel *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL (self), NULL);

  return self->actor_list;
}

/**
 * dm_annotation_panel_get_actor_picker:
 *
 * Returns: (transfer none): the entry that adds actors by name
 */
GtkWidget *
dm_annotation_panel_get_actor_picker (DmAnnotationPanel *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL (self), NULL);

  return GTK_WIDGET (self->actor_picker);
}

/**
 * dm_annotation_panel_get_annotation_list:
 *
 * Returns: (transfer none): the list of the article's annotations
 */
GtkListView *
dm_annotation_panel_get_annotation_list (DmAnnotationPanel *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL (self), NULL);

  return self->annotation_list;
}

/**
 * dm_annotation_panel_get_save_button:
 *
 * Returns: (transfer none): the Save button
 */
GtkWidget *
dm_annotation_panel_get_save_button (DmAnnotationPanel *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL (self), NULL);

  return self->save_button;
}

/**
 * dm_annotation_panel_get_place_button:
 *
 * Returns: (transfer none): the Place on Selection button, for the tests
 */
GtkWidget *
dm_annotation_panel_get_place_button (DmAnnotationPanel *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL (self), NULL);

  return self->place_button;
}

/* }}} */
