/* dm-comparison-view.c - two actors side by side, topic by topic
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-view"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-comparison-cell.h"
#include "dm-comparison-chart.h"
#include "dm-comparison-columns.h"
#include "dm-comparison-item.h"
#include "dm-comparison-picker.h"
#include "dm-comparison-view.h"
#include "dm-comparison-view-private.h"
#include "dm-comparison-view-state.h"

/* The Compare page (issue 5): two actor pickers, the filters, a summary
 * bar, the table of topics and a chart of positions.
 *
 * The view owns the DmComparison on screen and computes a new one when
 * the actors change (at once), when a filter changes or the store says it
 * changed (after RECOMPUTE_DELAY_MS, so typing a date or importing a
 * batch of articles computes once). A comparison takes milliseconds even
 * on a large store, so it is computed on the main thread.
 *
 * What is shown is declared in dm-comparison-view.ui: the labels bind to
 * a DmComparisonViewState presenter, and the table's rows to
 * DmComparisonItem presenters, one per topic, kept in a GListStore so
 * that a row's expanded state outlives the recycling of its widgets; the
 * set of expanded topics carries over to the next comparison.
 *
 * Actions, on the view: comparison.swap, comparison.export and
 * comparison.open-evidence, which the quotes activate (see
 * DmComparisonCell) and which emits ::open-evidence for the window. */

#define SETTINGS_SCHEMA_ID "org.demarche.Demarche"
#define RECOMPUTE_DELAY_MS 150
#define MESSAGE_TIMEOUT_S 8
#define STYLE_DATA_KEY "dm-comparison-view-style"

struct _DmComparisonView
{
  GtkWidget              parent_instance;

  DmStore               *store;
  GListModel            *actor_list;
  GListModel            *topic_list;
  DmTopic               *all_topics;
  DmActor               *actors[2];
  DmComparison          *comparison;
  GSettings             *settings;
  GHashTable            *expanded;
  GCancellable          *cancellable;
  GtkFileChooserNative  *export_dialog;
  guint                  recompute_source;
  guint                  message_source;
  gboolean               message_from_compute;

  /* Template widgets and objects */
  DmComparisonViewState *state;
  DmComparisonPicker    *picker_a;
  DmComparisonPicker    *picker_b;
  GtkEntry              *from_entry;
  GtkEntry              *to_entry;
  GtkDropDown           *topic_dropdown;
  GListStore            *topic_sources;
  GtkSwitch             *rollup_switch;
  GtkSpinButton         *depth_spin;
  GtkRevealer           *message_revealer;
  GtkLabel              *message_label;
  GtkImage              *message_icon;
  GListStore            *items;
  GtkListView           *list_view;
  DmComparisonChart     *chart;
};

G_DEFINE_FINAL_TYPE (DmComparisonView, dm_comparison_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ACTOR_A,
  PROP_ACTOR_B,
  PROP_COMPARISON,
  N_PROPS
};

enum {
  OPEN_EVIDENCE,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

typedef struct
{
  char *path;
  char *html;
} ExportJob;

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_free (job->path);
  g_free (job->html);
  g_free (job);
}

/* Formatting {{{ */

static gboolean
has_text (gpointer    unused,
          const char *text)
{
  return text != NULL && text[0] != '\0';
}

static gboolean
page_is_table (gpointer    unused,
               const char *page)
{
  return g_strcmp0 (page, "table") == 0;
}

static char *
format_expander_icon (gpointer unused,
                      gboolean expanded)
{
  return g_strdup (expanded ? "pan-down-symbolic" : "pan-end-symbolic");
}

static char *
format_expander_tooltip (gpointer unused,
                         gboolean expanded)
{
  return g_strdup (expanded ? _("Show each side’s newest quote only") : _("Show every quote of both sides"));
}

static char **
format_relation_classes (gpointer   unused,
                         DmRelation relation)
{
  const char *classes[] = { "badge", "relation-badge", dm_comparison_view_state_relation_class (relation), NULL };

  return g_strdupv ((char **) classes);
}

static char **
format_pill_classes (gpointer    unused,
                     const char *relation_class,
                     guint       count)
{
  const char *classes[] = { "pill", relation_class, count == 0 ? "empty" : NULL, NULL };

  return g_strdupv ((char **) classes);
}

static char **
format_figure_classes (gpointer    unused,
                       const char *label)
{
  gboolean defined = label != NULL && g_strcmp0 (label, "—") != 0;
  const char *classes[] = { "agreement-figure", "numeric", defined ? NULL : "undefined", NULL };

  return g_strdupv ((char **) classes);
}

/* }}} */

/* Helpers {{{ */

/* Adds dm-comparison-view.css to the display once; the view's styles are
 * its own, not the application's. */
static void
ensure_style (DmComparisonView *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  g_autoptr(GtkCssProvider) provider = NULL;

  if (display == NULL || g_object_get_data (G_OBJECT (display), STYLE_DATA_KEY) != NULL)
    return;

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, "/org/demarche/Demarche/ui/dm-comparison-view.css");
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_set_data_full (G_OBJECT (display), STYLE_DATA_KEY, g_steal_pointer (&provider), g_object_unref);
}

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Without the schema (running from the build tree), the view works
   * and forgets the pair, rather than abort as g_settings_new() would. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);

  if (schema == NULL || !g_settings_schema_has_key (schema, "compare-actor-a") ||
      !g_settings_schema_has_key (schema, "compare-actor-b"))
    {
      g_debug ("Settings schema %s is missing or old; the compared pair is not kept", SETTINGS_SCHEMA_ID);
      return NULL;
    }

  return g_settings_new_full (schema, NULL, NULL);
}

static void
update_actions (DmComparisonView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "comparison.swap",
                                 self->actors[0] != NULL || self->actors[1] != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "comparison.export",
                                 self->comparison != NULL &&
                                 g_list_model_get_n_items (G_LIST_MODEL (self->comparison)) > 0);
}

static gboolean
message_timeout_cb (gpointer user_data)
{
  DmComparisonView *self = user_data;

  self->message_source = 0;
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);

  return G_SOURCE_REMOVE;
}

static void
show_message (DmComparisonView *self,
              const char       *message,
              gboolean          is_error,
              gboolean          from_compute)
{
  GtkWidget *banner = gtk_revealer_get_child (self->message_revealer);

  g_clear_handle_id (&self->message_source, g_source_remove);

  gtk_label_set_text (self->message_label, message);
  gtk_image_set_from_icon_name (self->message_icon, is_error ? "dialog-error-symbolic" : "emblem-ok-symbolic");
  if (is_error)
    gtk_widget_add_css_class (banner, "error");
  else
    gtk_widget_remove_css_class (banner, "error");
  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
  self->message_from_compute = from_compute;

  /* Errors stay until dismissed or resolved; good news goes by itself. */
  if (!is_error)
    self->message_source = g_timeout_add_seconds (MESSAGE_TIMEOUT_S, message_timeout_cb, self);
}

static void
hide_compute_message (DmComparisonView *self)
{
  if (self->message_from_compute)
    {
      gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
      self->message_from_compute = FALSE;
    }
}

/* Marks @entry as holding a date the comparison cannot use. */
static gboolean
check_date_entry (GtkEntry *entry)
{
  g_autoptr(GError) error = NULL;
  gboolean valid = dm_comparison_view_state_check_date (gtk_editable_get_text (GTK_EDITABLE (entry)), &error);

  if (valid)
    {
      gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), _("A date, a month or a year: 2023-02-24, 2023-02 or 2023"));
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (entry), error->message);
    }

  return valid;
}

/* Returns NULL if a filter is not usable as typed. */
static DmComparisonQuery *
build_query (DmComparisonView *self)
{
  g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();
  DmTopic *topic = gtk_drop_down_get_selected_item (self->topic_dropdown);
  g_autoptr(GError) error = NULL;

  if (!check_date_entry (self->from_entry) || !check_date_entry (self->to_entry))
    return NULL;

  dm_comparison_query_set_from (query, gtk_editable_get_text (GTK_EDITABLE (self->from_entry)));
  dm_comparison_query_set_to (query, gtk_editable_get_text (GTK_EDITABLE (self->to_entry)));

  if (topic != NULL && topic != self->all_topics)
    {
      const char *topics[] = { dm_topic_get_uuid (topic), NULL };

      dm_comparison_query_set_topics (query, topics);
    }

  dm_comparison_query_set_rollup (query, gtk_switch_get_active (self->rollup_switch));
  dm_comparison_query_set_depth (query, (guint) gtk_spin_button_get_value_as_int (self->depth_spin));

  /* Each date is fine; the range can still end before it starts. */
  if (!dm_comparison_query_validate (query, &error))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->to_entry), "error");
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->to_entry), _("The period ends before it starts"));
      return NULL;
    }

  return g_steal_pointer (&query);
}

static void
item_expanded_cb (DmComparisonView *self,
                  GParamSpec       *pspec,
                  DmComparisonItem *item)
{
  const char *topic = dm_comparison_item_get_topic_uuid (item);

  g_assert (DM_IS_COMPARISON_VIEW (self));
  g_assert (DM_IS_COMPARISON_ITEM (item));

  if (topic == NULL)
    return;

  if (dm_comparison_item_get_expanded (item))
    g_hash_table_add (self->expanded, g_strdup (topic));
  else
    g_hash_table_remove (self->expanded, topic);
}

static void
set_comparison (DmComparisonView *self,
                DmComparison     *comparison)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_rows;

  if (!g_set_object (&self->comparison, comparison))
    return;

  n_rows = comparison != NULL ? g_list_model_get_n_items (G_LIST_MODEL (comparison)) : 0;
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DmComparisonRow) row = g_list_model_get_item (G_LIST_MODEL (comparison), i);
      DmComparisonItem *item = dm_comparison_item_new (comparison, row);
      const char *topic = dm_comparison_row_get_topic_uuid (row);

      if (topic != NULL && g_hash_table_contains (self->expanded, topic))
        dm_comparison_item_set_expanded (item, TRUE);
      g_signal_connect_object (item, "notify::expanded", G_CALLBACK (item_expanded_cb), self, G_CONNECT_SWAPPED);
      g_ptr_array_add (items, item);
    }

  /* One items-changed for the whole table. */
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);

  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

static void
recompute (DmComparisonView *self)
{
  g_autoptr(DmComparisonQuery) query = NULL;
  g_autoptr(DmComparison) comparison = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->recompute_source, g_source_remove);

  if (self->actors[0] == NULL || self->actors[1] == NULL ||
      g_strcmp0 (dm_actor_get_uuid (self->actors[0]), dm_actor_get_uuid (self->actors[1])) == 0)
    {
      hide_compute_message (self);
      set_comparison (self, NULL);
      return;
    }

  /* A filter typed halfway: keep what is shown until it makes sense. */
  if (!(query = build_query (self)))
    return;

  comparison = dm_comparison_new (self->store,
                                  dm_actor_get_uuid (self->actors[0]),
                                  dm_actor_get_uuid (self->actors[1]),
                                  query, &error);
  if (comparison == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not compare %s and %s: %s"),
                                                  dm_actor_get_name (self->actors[0]),
                                                  dm_actor_get_name (self->actors[1]),
                                                  error->message);

      show_message (self, message, TRUE, TRUE);
      set_comparison (self, NULL);
      return;
    }

  hide_compute_message (self);
  set_comparison (self, comparison);
}

static gboolean
recompute_timeout_cb (gpointer user_data)
{
  DmComparisonView *self = user_data;

  self->recompute_source = 0;
  recompute (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_recompute (DmComparisonView *self)
{
  g_clear_handle_id (&self->recompute_source, g_source_remove);
  self->recompute_source = g_timeout_add (RECOMPUTE_DELAY_MS, recompute_timeout_cb, self);
}

/* Sets both sides, then computes once. */
static void
set_actors (DmComparisonView *self,
            DmActor          *actor_a,
            DmActor          *actor_b)
{
  gboolean changed_a = g_set_object (&self->actors[0], actor_a);
  gboolean changed_b = g_set_object (&self->actors[1], actor_b);

  if (changed_a)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_A]);
  if (changed_b)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ACTOR_B]);

  if (changed_a || changed_b)
    {
      update_actions (self);
      recompute (self);
    }
}

/* After a codebook edit: follow a renamed actor, drop a deleted one. */
static void
refresh_actors (DmComparisonView *self)
{
  DmActor *fresh[2] = { NULL, NULL };

  for (guint side = 0; side < 2; side++)
    {
      g_autoptr(DmActor) actor = NULL;

      if (self->actors[side] == NULL)
        continue;

      actor = dm_store_lookup_actor (self->store, dm_actor_get_uuid (self->actors[side]), NULL);
      /* The same name: keep the object, and whatever is being typed. */
      if (actor != NULL && g_strcmp0 (dm_actor_get_name (actor), dm_actor_get_name (self->actors[side])) == 0)
        fresh[side] = g_object_ref (self->actors[side]);
      else
        fresh[side] = g_steal_pointer (&actor);
    }

  set_actors (self, fresh[0], fresh[1]);
  g_clear_object (&fresh[0]);
  g_clear_object (&fresh[1]);
}

static gboolean
actor_from_setting (GValue   *value,
                    GVariant *variant,
                    gpointer  user_data)
{
  DmComparisonView *self = user_data;
  const char *uuid = g_variant_get_string (variant, NULL);

  /* An actor deleted since is forgotten, not an error. */
  g_value_take_object (value, uuid[0] != '\0' ? dm_store_lookup_actor (self->store, uuid, NULL) : NULL);

  return TRUE;
}

static GVariant *
actor_to_setting (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  DmActor *actor = g_value_get_object (value);

  return g_variant_new_string (actor != NULL ? dm_actor_get_uuid (actor) : "");
}

static char *
dup_report_name (DmComparisonView *self)
{
  g_autofree char *name = NULL;

  /* Translators: the suggested file name of a report, "China vs European Union.html" */
  name = g_strdup_printf (_("%s vs %s.html"),
                          dm_actor_get_name (dm_comparison_get_actor (self->comparison, DM_COMPARISON_SIDE_A)),
                          dm_actor_get_name (dm_comparison_get_actor (self->comparison, DM_COMPARISON_SIDE_B)));

  return g_strdelimit (g_steal_pointer (&name), "/\\:", '-');
}

/* }}} */

/* Callbacks {{{ */

static void
store_changed_cb (DmComparisonView *self,
                  DmStoreTable      table,
                  DmStoreChange     change,
                  const char       *uuid,
                  const char       *article_uuid,
                  DmStore          *store)
{
  g_assert (DM_IS_COMPARISON_VIEW (self));

  if (table == DM_STORE_TABLE_ACTORS)
    refresh_actors (self);

  schedule_recompute (self);
}

static void
date_changed_cb (DmComparisonView *self,
                 GtkEditable      *editable)
{
  g_assert (DM_IS_COMPARISON_VIEW (self));

  /* Marked at once, computed once the typing pauses. */
  if (check_date_entry (GTK_ENTRY (editable)))
    schedule_recompute (self);
}

static void
filters_changed_cb (DmComparisonView *self)
{
  g_assert (DM_IS_COMPARISON_VIEW (self));

  schedule_recompute (self);
}

static void
message_closed_cb (DmComparisonView *self,
                   GtkButton        *button)
{
  g_assert (DM_IS_COMPARISON_VIEW (self));

  g_clear_handle_id (&self->message_source, g_source_remove);
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
  self->message_from_compute = FALSE;
}

static void
row_activated_cb (DmComparisonView *self,
                  guint             position,
                  GtkListView      *list_view)
{
  g_autoptr(DmComparisonItem) item = NULL;

  g_assert (DM_IS_COMPARISON_VIEW (self));

  item = g_list_model_get_item (G_LIST_MODEL (self->items), position);
  if (item != NULL && dm_comparison_item_get_expandable (item))
    dm_comparison_item_set_expanded (item, !dm_comparison_item_get_expanded (item));
}

/* In the topic column's factory, where the list item is "this". */
static void
expander_toggled_cb (GtkToggleButton *button,
                     GtkListItem     *list_item)
{
  DmComparisonItem *item;

  g_assert (GTK_IS_TOGGLE_BUTTON (button));
  g_assert (GTK_IS_LIST_ITEM (list_item));

  if ((item = gtk_list_item_get_item (list_item)) && DM_IS_COMPARISON_ITEM (item))
    dm_comparison_item_set_expanded (item, gtk_toggle_button_get_active (button));
}

static void
exported_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  DmComparisonView *self = DM_COMPARISON_VIEW (object);
  g_autoptr(GFile) file = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *message = NULL;

  if (!dm_comparison_view_export_finish (self, result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* Translators: the file, then GIO's explanation */
      message = g_strdup_printf (_("Could not export the report to “%s”: %s"), name, error->message);
      show_message (self, message, TRUE, FALSE);
      return;
    }

  message = g_strdup_printf (_("Report saved as “%s”"), name);
  show_message (self, message, FALSE, FALSE);
}

static void
export_dialog_responded_cb (DmComparisonView     *self,
                    int                   response,
                    GtkFileChooserNative *dialog)
{
  g_autoptr(GFile) file = NULL;

  g_assert (DM_IS_COMPARISON_VIEW (self));

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (dialog));
  g_clear_object (&self->export_dialog);

  if (file != NULL)
    dm_comparison_view_export (self, file);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  /* CONSISTENT: a reader sees the old report or the new one, never half. */
  if (!g_file_set_contents_full (job->path, job->html, -1,
                                 G_FILE_SET_CONTENTS_CONSISTENT, 0644, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/* }}} */

/* Actions {{{ */

static void
swap_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dm_comparison_view_swap (DM_COMPARISON_VIEW (widget));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DmComparisonView *self = DM_COMPARISON_VIEW (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = NULL;
  g_autofree char *name = NULL;

  if (self->comparison == NULL)
    return;

  if (self->export_dialog != NULL)
    {
      gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_dialog));
      return;
    }

  self->export_dialog = gtk_file_chooser_native_new (_("Export Comparison Report"),
                                                     GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                     GTK_FILE_CHOOSER_ACTION_SAVE,
                                                     _("_Export"),
                                                     _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->export_dialog), TRUE);

  name = dup_report_name (self);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->export_dialog), name);

  filter = gtk_file_filter_new ();
  gtk_file_filter_set_name (filter, _("HTML Documents"));
  gtk_file_filter_add_mime_type (filter, "text/html");
  gtk_file_filter_add_suffix (filter, "html");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->export_dialog), filter);

  g_signal_connect_object (self->export_dialog, "response", G_CALLBACK (export_dialog_responded_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->export_dialog));
}

static void
open_evidence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  const char *article_uuid = NULL;
  guint32 start = 0;
  guint32 end = 0;

  g_variant_get (parameter, "(&suu)", &article_uuid, &start, &end);
  g_signal_emit (widget, signals[OPEN_EVIDENCE], 0, article_uuid, (guint) start, (guint) end);
}

/* }}} */

/* GObject {{{ */

static void
dm_comparison_view_constructed (GObject *object)
{
  DmComparisonView *self = DM_COMPARISON_VIEW (object);
  g_autoptr(GListStore) all = g_list_store_new (DM_TYPE_TOPIC);

  G_OBJECT_CLASS (dm_comparison_view_parent_class)->constructed (object);

  g_assert (DM_IS_STORE (self->store));

  self->actor_list = dm_store_list_actors (self->store);
  dm_comparison_picker_set_model (self->picker_a, self->actor_list);
  dm_comparison_picker_set_model (self->picker_b, self->actor_list);

  /* "All topics" heads the topic filter: a stand-in topic, told apart by
   * identity. */
  self->all_topics = dm_topic_new (_("All topics"), NULL);
  dm_topic_set_path (self->all_topics, _("All topics"));
  g_list_store_append (all, self->all_topics);
  self->topic_list = dm_store_list_topics (self->store);
  g_list_store_append (self->topic_sources, all);
  g_list_store_append (self->topic_sources, self->topic_list);
  gtk_drop_down_set_selected (self->topic_dropdown, 0);

  g_signal_connect_object (self->store, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);

  /* The last pair is read once, then written at every change: a second
   * window comparing another pair must not take this one's over. */
  if ((self->settings = create_settings ()))
    {
      GSettingsBindFlags flags = G_SETTINGS_BIND_GET | G_SETTINGS_BIND_GET_NO_CHANGES |
                                 G_SETTINGS_BIND_SET | G_SETTINGS_BIND_NO_SENSITIVITY;

      g_settings_bind_with_mapping (self->settings, "compare-actor-a", self, "actor-a", flags,
                                    actor_from_setting, actor_to_setting, self, NULL);
      g_settings_bind_with_mapping (self->settings, "compare-actor-b", self, "actor-b", flags,
                                    actor_from_setting, actor_to_setting, self, NULL);
    }

  /* Selecting "All topics" above asked for a computation, which the
   * remembered pair, if any, has just made. */
  g_clear_handle_id (&self->recompute_source, g_source_remove);

  update_actions (self);
}

static void
dm_comparison_view_dispose (GObject *object)
{
  DmComparisonView *self = DM_COMPARISON_VIEW (object);
  GtkWidget *child;

  /* Before the actors go, or the settings would forget the pair. */
  if (self->settings != NULL)
    {
      g_settings_unbind (self, "actor-a");
      g_settings_unbind (self, "actor-b");
    }

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->recompute_source, g_source_remove);
  g_clear_handle_id (&self->message_source, g_source_remove);

  if (self->export_dialog != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->export_dialog));
      g_clear_object (&self->export_dialog);
    }

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_COMPARISON_VIEW);
  /* gtk_widget_dispose_template() unparents only the children bound to
   * fields; the template's other direct children go here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->comparison);
  g_clear_object (&self->actors[0]);
  g_clear_object (&self->actors[1]);
  g_clear_object (&self->all_topics);
  g_clear_object (&self->topic_list);
  g_clear_object (&self->actor_list);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dm_comparison_view_parent_class)->dispose (object);
}

static void
dm_comparison_view_finalize (GObject *object)
{
  DmComparisonView *self = DM_COMPARISON_VIEW (object);

  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (dm_comparison_view_parent_class)->finalize (object);
}

static void
dm_comparison_view_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DmComparisonView *self = DM_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ACTOR_A:
      g_value_set_object (value, self->actors[0]);
      break;

    case PROP_ACTOR_B:
      g_value_set_object (value, self->actors[1]);
      break;

    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_view_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DmComparisonView *self = DM_COMPARISON_VIEW (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_ACTOR_A:
      set_actors (self, g_value_get_object (value), self->actors[1]);
      break;

    case PROP_ACTOR_B:
      set_actors (self, self->actors[0], g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_view_class_init (DmComparisonViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dm_comparison_view_constructed;
  object_class->dispose = dm_comparison_view_dispose;
  object_class->finalize = dm_comparison_view_finalize;
  object_class->get_property = dm_comparison_view_get_property;
  object_class->set_property = dm_comparison_view_set_property;

  /**
   * DmComparisonView:store:
   *
   * The store the actors, topics and statements come from.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonView:actor-a:
   *
   * The actor on the left; remembered in the compare-actor-a setting.
   */
  properties[PROP_ACTOR_A] =
    g_param_spec_object ("actor-a", NULL, NULL,
                         DM_TYPE_ACTOR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonView:actor-b:
   *
   * The actor on the right; remembered in the compare-actor-b setting.
   */
  properties[PROP_ACTOR_B] =
    g_param_spec_object ("actor-b", NULL, NULL,
                         DM_TYPE_ACTOR,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonView:comparison:
   *
   * The comparison on screen, or %NULL while two different actors are
   * not picked.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         DM_TYPE_COMPARISON,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DmComparisonView::open-evidence:
   * @article_uuid: the article the quote is in
   * @start: the quote's first character, in code points
   * @end: the position after its last character
   *
   * A quote was activated: open the article with that span selected.
   */
  signals[OPEN_EVIDENCE] =
    g_signal_new ("open-evidence",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 3,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE,
                  G_TYPE_UINT,
                  G_TYPE_UINT);

  gtk_widget_class_install_action (widget_class, "comparison.swap", NULL, swap_action);
  gtk_widget_class_install_action (widget_class, "comparison.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "comparison.open-evidence", "(suu)", open_evidence_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "comparison.swap", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "comparison.export", NULL);

  g_type_ensure (DM_TYPE_COMPARISON_CELL);
  g_type_ensure (DM_TYPE_COMPARISON_CHART);
  g_type_ensure (DM_TYPE_COMPARISON_COLUMNS);
  g_type_ensure (DM_TYPE_COMPARISON_ITEM);
  g_type_ensure (DM_TYPE_COMPARISON_PICKER);
  g_type_ensure (DM_TYPE_COMPARISON_VIEW_STATE);
  g_type_ensure (DM_TYPE_TOPIC);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-comparison-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, state);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, picker_a);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, picker_b);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, from_entry);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, to_entry);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, topic_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, topic_sources);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, rollup_switch);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, depth_spin);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, message_label);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, message_icon);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, items);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, list_view);
  gtk_widget_class_bind_template_child (widget_class, DmComparisonView, chart);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, message_closed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, expander_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, has_text);
  gtk_widget_class_bind_template_callback (widget_class, page_is_table);
  gtk_widget_class_bind_template_callback (widget_class, format_expander_icon);
  gtk_widget_class_bind_template_callback (widget_class, format_expander_tooltip);
  gtk_widget_class_bind_template_callback (widget_class, format_relation_classes);
  gtk_widget_class_bind_template_callback (widget_class, format_pill_classes);
  gtk_widget_class_bind_template_callback (widget_class, format_figure_classes);

  gtk_widget_class_set_css_name (widget_class, "comparisonview");
}

static void
dm_comparison_view_init (DmComparisonView *self)
{
  self->expanded = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);

  ensure_style (self);
}

/* }}} */

/* Private API {{{ */

DmComparisonViewState *
_dm_comparison_view_get_state (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->state;
}

DmComparisonPicker *
_dm_comparison_view_get_picker (DmComparisonView *self,
                                DmComparisonSide  side)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return side == DM_COMPARISON_SIDE_A ? self->picker_a : self->picker_b;
}

GtkEditable *
_dm_comparison_view_get_date_entry (DmComparisonView *self,
                                    gboolean          to)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return GTK_EDITABLE (to ? self->to_entry : self->from_entry);
}

GtkDropDown *
_dm_comparison_view_get_topic_dropdown (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->topic_dropdown;
}

GtkSwitch *
_dm_comparison_view_get_rollup_switch (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->rollup_switch;
}

GtkSpinButton *
_dm_comparison_view_get_depth_spin (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->depth_spin;
}

GtkListView *
_dm_comparison_view_get_list_view (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->list_view;
}

DmComparisonChart *
_dm_comparison_view_get_chart (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->chart;
}

GtkLabel *
_dm_comparison_view_get_message_label (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return gtk_revealer_get_reveal_child (self->message_revealer) ? self->message_label : NULL;
}

gboolean
_dm_comparison_view_get_recompute_pending (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), FALSE);

  return self->recompute_source != 0;
}

/* }}} */

/* Public API {{{ */

/**
 * dm_comparison_view_new:
 * @store: the store to compare in
 *
 * Returns: (transfer floating): a new comparison view, showing the pair
 *   compared last if the settings remember one
 */
GtkWidget *
dm_comparison_view_new (DmStore *store)
{
  g_return_val_if_fail (DM_IS_STORE (store), NULL);

  return g_object_new (DM_TYPE_COMPARISON_VIEW,
                       "store", store,
                       NULL);
}

/**
 * dm_comparison_view_get_store:
 *
 * Returns: (transfer none): the store
 */
DmStore *
dm_comparison_view_get_store (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->store;
}

/**
 * dm_comparison_view_get_actor_a:
 *
 * Returns: (transfer none) (nullable): the actor on the left
 */
DmActor *
dm_comparison_view_get_actor_a (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->actors[0];
}

/**
 * dm_comparison_view_get_actor_b:
 *
 * Returns: (transfer none) (nullable): the actor on the right
 */
DmActor *
dm_comparison_view_get_actor_b (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->actors[1];
}

/**
 * dm_comparison_view_set_actors:
 * @actor_a_uuid: (nullable): actor A's uuid (or any reference that
 *   dm_store_resolve_actor() accepts), %NULL to clear the side
 * @actor_b_uuid: (nullable): actor B's
 *
 * Shows the two actors in the pickers and compares them at once. An actor
 * the store does not know leaves its side empty.
 */
void
dm_comparison_view_set_actors (DmComparisonView *self,
                               const char       *actor_a_uuid,
                               const char       *actor_b_uuid)
{
  g_autoptr(DmActor) actor_a = NULL;
  g_autoptr(DmActor) actor_b = NULL;

  g_return_if_fail (DM_IS_COMPARISON_VIEW (self));

  if (actor_a_uuid != NULL && !(actor_a = dm_store_resolve_actor (self->store, actor_a_uuid, NULL)))
    g_debug ("No actor %s to compare", actor_a_uuid);
  if (actor_b_uuid != NULL && !(actor_b = dm_store_resolve_actor (self->store, actor_b_uuid, NULL)))
    g_debug ("No actor %s to compare", actor_b_uuid);

  set_actors (self, actor_a, actor_b);
}

/**
 * dm_comparison_view_swap:
 *
 * Puts actor A on the right and actor B on the left, and compares them
 * that way round; the filters and expanded topics stay.
 */
void
dm_comparison_view_swap (DmComparisonView *self)
{
  g_autoptr(DmActor) actor_a = NULL;
  g_autoptr(DmActor) actor_b = NULL;

  g_return_if_fail (DM_IS_COMPARISON_VIEW (self));

  g_set_object (&actor_a, self->actors[0]);
  g_set_object (&actor_b, self->actors[1]);
  set_actors (self, actor_b, actor_a);
}

/**
 * dm_comparison_view_get_comparison:
 *
 * Returns: (transfer none) (nullable): the comparison on screen
 */
DmComparison *
dm_comparison_view_get_comparison (DmComparisonView *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), NULL);

  return self->comparison;
}

/**
 * dm_comparison_view_export_async:
 * @file: where to write the report; a local file
 *
 * Writes the report of the comparison on screen (dm_comparison_to_html())
 * to @file, atomically, in a worker thread.
 */
void
dm_comparison_view_export_async (DmComparisonView    *self,
                                 GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;

  g_return_if_fail (DM_IS_COMPARISON_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, dm_comparison_view_export_async);

  if (self->comparison == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("There is no comparison to export"));
      return;
    }

  job = g_new0 (ExportJob, 1);
  job->path = g_file_get_path (file);
  job->html = dm_comparison_to_html (self->comparison);
  g_task_set_task_data (task, job, export_job_free);

  if (job->path == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Reports can only be saved to local files"));
      return;
    }

  g_task_run_in_thread (task, export_thread);
}

/**
 * dm_comparison_view_export_finish:
 *
 * Returns: %TRUE if the report was written
 */
gboolean
dm_comparison_view_export_finish (DmComparisonView  *self,
                                  GAsyncResult      *result,
                                  GError           **error)
{
  g_return_val_if_fail (DM_IS_COMPARISON_VIEW (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == dm_comparison_view_export_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * dm_comparison_view_export:
 * @file: where to write the report
 *
 * Writes the report as dm_comparison_view_export_async() does, and tells
 * the user in the view how that went, naming the file. The "Export
 * Report…" button does this with the file chosen in its dialog.
 */
void
dm_comparison_view_export (DmComparisonView *self,
                           GFile            *file)
{
  g_return_if_fail (DM_IS_COMPARISON_VIEW (self));
  g_return_if_fail (G_IS_FILE (file));

  dm_comparison_view_export_async (self, file, self->cancellable, exported_cb, g_object_ref (file));
}

/* }}} */
