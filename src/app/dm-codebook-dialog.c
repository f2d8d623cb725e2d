/* dm-codebook-dialog.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-codebook-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-codebook-dialog.h"

/* Shown for an actor without a colour of its own. */
#define NO_COLOUR "#9a9996"

/**
 * DmCodebookDialog:
 *
 * The codebook: actors on one page, topics as a tree on the other. The
 * selected entry is edited in a form on a copy, written back with Save;
 * every write goes through the store, so each is one undo entry in the
 * main window. Merging one entry into another (dm-codebook-edit.c) shows
 * first how many annotations, roles and sub-topics it moves.
 */
struct _DmCodebookDialog
{
  GtkWindow           parent_instance;

  DmStore            *store;
  GListModel         *actors;           /* DmStoreList of DmActor */
  GListModel         *topics;           /* DmStoreList of DmTopic */
  DmActor            *actor;            /* copy of the selected actor, edited */
  DmTopic            *topic;            /* copy of the selected topic, edited */
  guint               selecting;        /* selection changes we make ourselves */
  gboolean            colour_changed;
  gboolean            can_merge_actor;
  gboolean            can_merge_topic;

  /* Template objects */
  GtkRevealer        *message_revealer;
  GtkImage           *message_image;
  GtkLabel           *message_label;
  GtkStack           *pages;
  GtkSearchEntry     *actor_search_entry;
  GtkListView        *actor_list_view;
  GtkSingleSelection *actor_selection;
  GtkFilterListModel *actor_filter_model;
  GtkWidget          *actor_form;
  GtkEntry           *actor_name_entry;
  GtkDropDown        *actor_kind_dropdown;
  GtkColorButton     *actor_colour_button;
  GtkEntry           *actor_code_entry;
  GtkEntry           *actor_capital_entry;
  GtkEntry           *actor_official_name_entry;
  GtkTextView        *actor_aliases_view;
  GtkTextView        *actor_demonyms_view;
  GtkStringList      *role_list;
  GtkSingleSelection *role_selection;
  GtkDropDown        *role_actor_dropdown;
  GtkEntry           *role_entry;
  GtkEntry           *role_from_entry;
  GtkEntry           *role_until_entry;
  GtkDropDown        *actor_merge_dropdown;
  GtkLabel           *actor_merge_label;
  GtkListView        *topic_list_view;
  GtkSingleSelection *topic_selection;
  GtkWidget          *topic_form;
  GtkEntry           *topic_name_entry;
  GtkCheckButton     *topic_parent_check;
  GtkDropDown        *topic_parent_dropdown;
  GtkEntry           *topic_description_entry;
  GtkDropDown        *topic_merge_dropdown;
  GtkLabel           *topic_merge_label;
};

G_DEFINE_FINAL_TYPE (DmCodebookDialog, dm_codebook_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Formatting {{{ */

static char *
format_colour_dot (gpointer    unused,
                   const char *colour)
{
  /* The store keeps colours as #rrggbb, so they are safe in markup. */
  if (colour == NULL)
    return g_markup_printf_escaped ("<span foreground=\"%s\">○</span>", NO_COLOUR);

  return g_markup_printf_escaped ("<span foreground=\"%s\">●</span>", colour);
}

static const char *
get_kind_label (DmActorKind kind)
{
  switch (kind)
    {
    case DM_ACTOR_KIND_STATE:
      return C_("actor kind", "State");
    case DM_ACTOR_KIND_ORGANISATION:
      return C_("actor kind", "Organisation");
    case DM_ACTOR_KIND_PERSON:
      return C_("actor kind", "Person");
    case DM_ACTOR_KIND_GROUP:
      return C_("actor kind", "Group");
    case DM_ACTOR_KIND_MEDIA:
      return C_("actor kind", "Media");
    default:
      return "";
    }
}

static char *
format_actor_kind (gpointer    unused,
                   DmActorKind kind)
{
  return g_strdup (get_kind_label (kind));
}

/* "European Union · High Representative · 2019-12-01 – 2024-11-30" */
static char *
describe_role (DmCodebookDialog       *self,
               const DmRepresentation *rep)
{
  g_autoptr(DmActor) represented = dm_store_lookup_actor (self->store, rep->actor_uuid, NULL);
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

  g_ptr_array_add (parts, g_strdup (represented != NULL ? dm_actor_get_name (represented) : rep->actor_uuid));

  if (rep->role != NULL)
    g_ptr_array_add (parts, g_strdup (rep->role));

  if (rep->from != NULL && rep->until != NULL)
    /* Translators: a period of office, from – until */
    g_ptr_array_add (parts, g_strdup_printf (_("%s – %s"), rep->from, rep->until));
  else if (rep->from != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("since %s"), rep->from));
  else if (rep->until != NULL)
    g_ptr_array_add (parts, g_strdup_printf (_("until %s"), rep->until));

  g_ptr_array_add (parts, NULL);

  /* Translators: separates the parts of a role in the codebook */
  return g_strjoinv (_(" · "), (char **) parts->pdata);
}

/* }}} */

/* Helpers {{{ */

static void
set_entry_text (GtkEntry   *entry,
                const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), text != NULL ? text : "");
}

/* The entry's text without surrounding white space, or NULL if empty. */
static char *
dup_entry_text (GtkEntry *entry)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
set_text_view_text (GtkTextView *view,
                    const char  *text)
{
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), text != NULL ? text : "", -1);
}

static char *
dup_text_view_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start;
  GtkTextIter end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);

  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
show_message (DmCodebookDialog *self,
              gboolean          is_error,
              const char       *message)
{
  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  gtk_image_set_from_icon_name (self->message_image,
                                is_error ? "dialog-error-symbolic" : "dialog-information-symbolic");
  gtk_label_set_label (self->message_label, message);

  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->message_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->message_label), "error");

  gtk_revealer_set_reveal_child (self->message_revealer, TRUE);
}

static void show_error (DmCodebookDialog *self,
                        const char       *format,
                        ...) G_GNUC_PRINTF (2, 3);

static void
show_error (DmCodebookDialog *self,
            const char       *format,
            ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  show_message (self, TRUE, message);
}

static void
hide_message (DmCodebookDialog *self)
{
  gtk_revealer_set_reveal_child (self->message_revealer, FALSE);
}

static void
update_actions (DmCodebookDialog *self)
{
  gboolean has_actor = self->actor != NULL;
  gboolean has_topic = self->topic != NULL;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.delete-actor", has_actor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.save-actor", has_actor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.revert-actor", has_actor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.add-role", has_actor);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.remove-role",
                                 has_actor && gtk_single_selection_get_selected (self->role_selection) != GTK_INVALID_LIST_POSITION);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.merge-actor", has_actor && self->can_merge_actor);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.add-subtopic", has_topic);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.delete-topic", has_topic);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.save-topic", has_topic);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.revert-topic", has_topic);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "codebook.merge-topic", has_topic && self->can_merge_topic);

  gtk_widget_set_sensitive (self->actor_form, has_actor);
  gtk_widget_set_sensitive (self->topic_form, has_topic);
}

/* Actors */

static DmActor *
get_selected_actor (DmCodebookDialog *self)
{
  return gtk_single_selection_get_selected_item (self->actor_selection);
}

static void
update_actor_merge_preview (DmCodebookDialog *self)
{
  DmActor *target = gtk_drop_down_get_selected_item (self->actor_merge_dropdown);
  g_autofree char *text = NULL;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  self->can_merge_actor = FALSE;

  if (self->actor == NULL)
    {
      text = g_strdup ("");
    }
  else if (target == NULL)
    {
      text = g_strdup_printf (_("Choose the actor that “%s” is merged into: its annotations and roles move "
                                "there and its names become aliases."),
                              dm_actor_get_name (self->actor));
    }
  else if (g_strcmp0 (dm_actor_get_uuid (target), dm_actor_get_uuid (self->actor)) == 0)
    {
      text = g_strdup (_("An actor cannot be merged into itself."));
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uses = NULL;
      g_autofree char *links = NULL;
      guint n_uses;
      guint n_links = 0;

      n_uses = dm_codebook_count_actor_uses (self->store, dm_actor_get_uuid (self->actor), &error);
      if (error == NULL)
        n_links = dm_codebook_count_actor_links (self->store, dm_actor_get_uuid (self->actor), &error);

      if (error != NULL)
        {
          text = g_strdup (error->message);
        }
      else
        {
          uses = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation", "%u annotations", n_uses), n_uses);
          links = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u represents link", "%u represents links", n_links),
                                   n_links);
          /* Translators: the merge preview; the first two are counts such as "3 annotations" */
          text = g_strdup_printf (_("Merging moves %s and %s from “%s” to “%s”. “%s” becomes an alias of “%s” "
                                    "and is deleted; Undo in the main window reverses all of it."),
                                  uses, links,
                                  dm_actor_get_name (self->actor), dm_actor_get_name (target),
                                  dm_actor_get_name (self->actor), dm_actor_get_name (target));
          self->can_merge_actor = TRUE;
        }
    }

  gtk_label_set_label (self->actor_merge_label, text);
  update_actions (self);
}

static void
refresh_roles (DmCodebookDialog *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) descriptions = NULL;
  GPtrArray *reps = self->actor != NULL ? dm_actor_get_representations (self->actor) : NULL;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  for (guint i = 0; reps != NULL && i < reps->len; i++)
    {
      g_autofree char *description = describe_role (self, g_ptr_array_index (reps, i));

      g_strv_builder_add (builder, description);
    }

  descriptions = g_strv_builder_end (builder);
  gtk_string_list_splice (self->role_list, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->role_list)),
                          (const char * const *) descriptions);
  gtk_single_selection_set_selected (self->role_selection, GTK_INVALID_LIST_POSITION);
}

static void
set_colour (DmCodebookDialog *self,
            const char       *colour)
{
  GdkRGBA rgba;

  if (colour == NULL || !gdk_rgba_parse (&rgba, colour))
    gdk_rgba_parse (&rgba, NO_COLOUR);

  gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->actor_colour_button), &rgba);
  self->colour_changed = FALSE;
}

static char *
dup_colour (DmCodebookDialog *self)
{
  GdkRGBA rgba;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->actor_colour_button), &rgba);

  return g_strdup_printf ("#%02x%02x%02x",
                          (guint) (CLAMP (rgba.red, 0.0, 1.0) * 255.0 + 0.5),
                          (guint) (CLAMP (rgba.green, 0.0, 1.0) * 255.0 + 0.5),
                          (guint) (CLAMP (rgba.blue, 0.0, 1.0) * 255.0 + 0.5));
}

/* Shows @actor (or nothing) in the form, editing a copy. */
static void
load_actor (DmCodebookDialog *self,
            DmActor          *actor)
{
  g_autofree char *aliases = NULL;
  g_autofree char *demonyms = NULL;
  DmActor *copy;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));
  g_assert (actor == NULL || DM_IS_ACTOR (actor));

  copy = actor != NULL ? dm_actor_copy (actor) : NULL;
  g_clear_object (&self->actor);
  self->actor = copy;

  set_entry_text (self->actor_name_entry, copy != NULL ? dm_actor_get_name (copy) : NULL);
  gtk_drop_down_set_selected (self->actor_kind_dropdown, copy != NULL ? dm_actor_get_kind (copy) : 0);
  set_colour (self, copy != NULL ? dm_actor_get_colour (copy) : NULL);
  set_entry_text (self->actor_code_entry, copy != NULL ? dm_actor_get_code (copy) : NULL);
  set_entry_text (self->actor_capital_entry, copy != NULL ? dm_actor_get_capital (copy) : NULL);
  set_entry_text (self->actor_official_name_entry, copy != NULL ? dm_actor_get_official_name (copy) : NULL);

  aliases = dm_codebook_format_names (copy != NULL ? dm_actor_get_aliases (copy) : NULL);
  demonyms = dm_codebook_format_names (copy != NULL ? dm_actor_get_demonyms (copy) : NULL);
  set_text_view_text (self->actor_aliases_view, aliases);
  set_text_view_text (self->actor_demonyms_view, demonyms);

  set_entry_text (self->role_entry, NULL);
  set_entry_text (self->role_from_entry, NULL);
  set_entry_text (self->role_until_entry, NULL);
  refresh_roles (self);

  /* Nothing is preselected: the first actor in the list is no better a
   * guess than any other, and may be this one. */
  self->selecting++;
  gtk_drop_down_set_selected (self->role_actor_dropdown, GTK_INVALID_LIST_POSITION);
  gtk_drop_down_set_selected (self->actor_merge_dropdown, GTK_INVALID_LIST_POSITION);
  self->selecting--;

  update_actor_merge_preview (self);
}

static guint
find_actor_position (DmCodebookDialog *self,
                     const char       *uuid)
{
  GListModel *model = G_LIST_MODEL (self->actor_selection);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DmActor) actor = g_list_model_get_item (model, i);

      if (g_strcmp0 (dm_actor_get_uuid (actor), uuid) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

/* Selects the actor and shows it as the store has it now. */
static void
select_actor (DmCodebookDialog *self,
              const char       *uuid)
{
  guint position;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  position = find_actor_position (self, uuid);

  /* Hidden by the search: clear it rather than lose sight of the actor. */
  if (position == GTK_INVALID_LIST_POSITION &&
      gtk_editable_get_text (GTK_EDITABLE (self->actor_search_entry))[0] != '\0')
    {
      self->selecting++;
      gtk_editable_set_text (GTK_EDITABLE (self->actor_search_entry), "");
      self->selecting--;
      position = find_actor_position (self, uuid);
    }

  self->selecting++;
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (self->actor_selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->actor_list_view), "list.scroll-to-item", "u", position);
    }
  self->selecting--;

  load_actor (self, get_selected_actor (self));
}

/* Topics */

static DmTopic *
dup_selected_topic (DmCodebookDialog *self)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (self->topic_selection);

  if (row == NULL)
    return NULL;

  return gtk_tree_list_row_get_item (row);
}

static void
update_topic_merge_preview (DmCodebookDialog *self)
{
  DmTopic *target = gtk_drop_down_get_selected_item (self->topic_merge_dropdown);
  g_autofree char *text = NULL;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  self->can_merge_topic = FALSE;

  if (self->topic == NULL)
    {
      text = g_strdup ("");
    }
  else if (target == NULL)
    {
      text = g_strdup_printf (_("Choose the topic that “%s” is merged into: its annotations and sub-topics "
                                "move there."),
                              dm_topic_get_name (self->topic));
    }
  else if (g_strcmp0 (dm_topic_get_uuid (target), dm_topic_get_uuid (self->topic)) == 0)
    {
      text = g_strdup (_("A topic cannot be merged into itself."));
    }
  else
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uses = NULL;
      g_autofree char *children = NULL;
      guint n_uses;
      guint n_children = 0;

      n_uses = dm_codebook_count_topic_uses (self->store, dm_topic_get_uuid (self->topic), &error);
      if (error == NULL)
        n_children = dm_codebook_count_topic_children (self->store, dm_topic_get_uuid (self->topic), &error);

      if (error != NULL)
        {
          text = g_strdup (error->message);
        }
      else
        {
          uses = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u annotation", "%u annotations", n_uses), n_uses);
          children = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u sub-topic", "%u sub-topics", n_children),
                                      n_children);
          /* Translators: the merge preview; the first two are counts such as "3 annotations" */
          text = g_strdup_printf (_("Merging moves %s and %s from “%s” to “%s”, then deletes “%s”; "
                                    "Undo in the main window reverses all of it."),
                                  uses, children,
                                  dm_topic_get_path (self->topic), dm_topic_get_path (target),
                                  dm_topic_get_name (self->topic));
          self->can_merge_topic = TRUE;
        }
    }

  gtk_label_set_label (self->topic_merge_label, text);
  update_actions (self);
}

static void
load_topic (DmCodebookDialog *self,
            DmTopic          *topic)
{
  const char *parent_uuid;
  DmTopic *copy;
  guint position = GTK_INVALID_LIST_POSITION;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));
  g_assert (topic == NULL || DM_IS_TOPIC (topic));

  copy = topic != NULL ? dm_topic_copy (topic) : NULL;
  g_clear_object (&self->topic);
  self->topic = copy;

  set_entry_text (self->topic_name_entry, copy != NULL ? dm_topic_get_name (copy) : NULL);
  set_entry_text (self->topic_description_entry, copy != NULL ? dm_topic_get_description (copy) : NULL);

  parent_uuid = copy != NULL ? dm_topic_get_parent_uuid (copy) : NULL;
  if (parent_uuid != NULL)
    dm_store_list_find (DM_STORE_LIST (self->topics), parent_uuid, &position);
  gtk_check_button_set_active (self->topic_parent_check, parent_uuid != NULL);
  gtk_drop_down_set_selected (self->topic_parent_dropdown, position);

  self->selecting++;
  gtk_drop_down_set_selected (self->topic_merge_dropdown, GTK_INVALID_LIST_POSITION);
  self->selecting--;

  update_topic_merge_preview (self);
}

static guint
find_topic_row (DmCodebookDialog *self,
                const char       *uuid)
{
  GListModel *model = G_LIST_MODEL (self->topic_selection);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);
      g_autoptr(DmTopic) topic = gtk_tree_list_row_get_item (row);

      if (g_strcmp0 (dm_topic_get_uuid (topic), uuid) == 0)
        return i;
    }

  return GTK_INVALID_LIST_POSITION;
}

static void
select_topic (DmCodebookDialog *self,
              const char       *uuid)
{
  g_autoptr(DmTopic) selected = NULL;
  guint position;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  position = uuid != NULL ? find_topic_row (self, uuid) : GTK_INVALID_LIST_POSITION;

  self->selecting++;
  if (position != GTK_INVALID_LIST_POSITION)
    {
      gtk_single_selection_set_selected (self->topic_selection, position);
      gtk_widget_activate_action (GTK_WIDGET (self->topic_list_view), "list.scroll-to-item", "u", position);
    }
  self->selecting--;

  selected = dup_selected_topic (self);
  load_topic (self, selected);
}

static gboolean
topic_has_parent (gpointer item,
                  gpointer user_data)
{
  return g_strcmp0 (dm_topic_get_parent_uuid (item), user_data) == 0;
}

static GtkFilter *
create_parent_filter (const char *parent_uuid)
{
  return GTK_FILTER (gtk_custom_filter_new (topic_has_parent, g_strdup (parent_uuid), g_free));
}

static GListModel *
create_topic_children (gpointer item,
                          gpointer user_data)
{
  GListModel *topics = user_data;
  const char *uuid = dm_topic_get_uuid (item);
  guint n_items = g_list_model_get_n_items (topics);
  gboolean has_children = FALSE;

  for (guint i = 0; i < n_items && !has_children; i++)
    {
      g_autoptr(DmTopic) topic = g_list_model_get_item (topics, i);

      has_children = g_strcmp0 (dm_topic_get_parent_uuid (topic), uuid) == 0;
    }

  /* Leaves get no expander. */
  if (!has_children)
    return NULL;

  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (topics), create_parent_filter (uuid)));
}

/* A tree row knows its children only when it is created, so the tree is
 * built anew whenever the topics change; topic codebooks are small. */
static void
rebuild_topic_tree (DmCodebookDialog *self)
{
  g_autoptr(GtkTreeListModel) tree = NULL;
  g_autofree char *uuid = NULL;
  GtkFilterListModel *roots;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  if (self->topic != NULL)
    uuid = g_strdup (dm_topic_get_uuid (self->topic));

  roots = gtk_filter_list_model_new (g_object_ref (self->topics), create_parent_filter (NULL));
  tree = gtk_tree_list_model_new (G_LIST_MODEL (roots), FALSE, TRUE,
                                  create_topic_children,
                                  g_object_ref (self->topics), g_object_unref);

  self->selecting++;
  gtk_single_selection_set_model (self->topic_selection, G_LIST_MODEL (tree));
  self->selecting--;

  select_topic (self, uuid);
}

/* }}} */

/* Callbacks {{{ */

static void
actor_selected_cb (DmCodebookDialog   *self,
                   GParamSpec         *pspec,
                   GtkSingleSelection *selection)
{
  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  if (self->selecting > 0)
    return;

  load_actor (self, get_selected_actor (self));
}

static void
actor_colour_set_cb (DmCodebookDialog *self,
                     GtkColorButton   *button)
{
  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  self->colour_changed = TRUE;
}

static void
role_selected_cb (DmCodebookDialog   *self,
                  GParamSpec         *pspec,
                  GtkSingleSelection *selection)
{
  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  update_actions (self);
}

static void
actor_merge_target_changed_cb (DmCodebookDialog *self,
                               GParamSpec       *pspec,
                               GtkDropDown      *dropdown)
{
  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  if (self->selecting > 0)
    return;

  update_actor_merge_preview (self);
}

static void
topic_selected_cb (DmCodebookDialog   *self,
                   GParamSpec         *pspec,
                   GtkSingleSelection *selection)
{
  g_autoptr(DmTopic) topic = NULL;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  if (self->selecting > 0)
    return;

  topic = dup_selected_topic (self);
  load_topic (self, topic);
}

static void
topic_merge_target_changed_cb (DmCodebookDialog *self,
                               GParamSpec       *pspec,
                               GtkDropDown      *dropdown)
{
  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  if (self->selecting > 0)
    return;

  update_topic_merge_preview (self);
}

static void
topics_changed_cb (DmCodebookDialog *self,
                   guint             position,
                   guint             removed,
                   guint             added,
                   GListModel       *topics)
{
  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  rebuild_topic_tree (self);
}

/* }}} */

/* Actions {{{ */

static void
add_actor_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  g_autoptr(DmActor) actor = dm_actor_new (_("New actor"), DM_ACTOR_KIND_STATE);
  g_autoptr(GError) error = NULL;

  if (!dm_store_add_actor (self->store, actor, &error))
    {
      show_error (self, _("Could not add “%s”: %s"), dm_actor_get_name (actor), error->message);
      return;
    }

  hide_message (self);
  select_actor (self, dm_actor_get_uuid (actor));
  gtk_stack_set_visible_child_name (self->pages, "actors");
  gtk_widget_grab_focus (GTK_WIDGET (self->actor_name_entry));
}

static void
delete_actor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  g_autoptr(DmActor) actor = NULL;
  g_autoptr(GError) error = NULL;

  if (self->actor == NULL)
    return;

  actor = g_object_ref (self->actor);

  if (!dm_store_remove_actor (self->store, dm_actor_get_uuid (actor), &error))
    {
      show_error (self, _("“%s” cannot be deleted: %s"), dm_actor_get_name (actor), error->message);
      return;
    }

  hide_message (self);
  load_actor (self, get_selected_actor (self));
}

static void
save_actor_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  g_autoptr(DmActor) actor = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *code = NULL;
  g_autofree char *capital = NULL;
  g_autofree char *official_name = NULL;
  g_autofree char *aliases_text = NULL;
  g_autofree char *demonyms_text = NULL;
  g_auto(GStrv) aliases = NULL;
  g_auto(GStrv) demonyms = NULL;
  guint kind;

  if (self->actor == NULL)
    return;

  /* The store's change signal reloads the form, and self->actor with it. */
  actor = g_object_ref (self->actor);

  name = dup_entry_text (self->actor_name_entry);
  code = dup_entry_text (self->actor_code_entry);
  capital = dup_entry_text (self->actor_capital_entry);
  official_name = dup_entry_text (self->actor_official_name_entry);
  aliases_text = dup_text_view_text (self->actor_aliases_view);
  demonyms_text = dup_text_view_text (self->actor_demonyms_view);
  aliases = dm_codebook_parse_names (aliases_text);
  demonyms = dm_codebook_parse_names (demonyms_text);
  kind = gtk_drop_down_get_selected (self->actor_kind_dropdown);

  dm_actor_set_name (actor, name);
  if (kind != GTK_INVALID_LIST_POSITION)
    dm_actor_set_kind (actor, (DmActorKind) kind);
  dm_actor_set_code (actor, code);
  dm_actor_set_capital (actor, capital);
  dm_actor_set_official_name (actor, official_name);
  dm_actor_set_aliases (actor, (const char * const *) aliases);
  dm_actor_set_demonyms (actor, (const char * const *) demonyms);

  if (self->colour_changed)
    {
      g_autofree char *colour = dup_colour (self);

      dm_actor_set_colour (actor, colour);
    }

  if (!dm_store_update_actor (self->store, actor, &error))
    {
      show_error (self, _("Could not save “%s”: %s"), name != NULL ? name : "", error->message);
      return;
    }

  hide_message (self);
  select_actor (self, dm_actor_get_uuid (actor));
}

static void
revert_actor_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  g_autofree char *uuid = NULL;

  if (self->actor == NULL)
    return;

  uuid = g_strdup (dm_actor_get_uuid (self->actor));
  hide_message (self);
  select_actor (self, uuid);
}

static void
add_role_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  DmActor *represented = gtk_drop_down_get_selected_item (self->role_actor_dropdown);
  g_autoptr(DmRepresentation) rep = NULL;
  g_autofree char *role = NULL;
  g_autofree char *from = NULL;
  g_autofree char *until = NULL;

  if (self->actor == NULL)
    return;

  if (represented == NULL)
    {
      show_message (self, TRUE, _("Choose the actor represented first."));
      return;
    }

  if (g_strcmp0 (dm_actor_get_uuid (represented), dm_actor_get_uuid (self->actor)) == 0)
    {
      show_message (self, TRUE, _("An actor cannot represent itself."));
      return;
    }

  role = dup_entry_text (self->role_entry);
  from = dup_entry_text (self->role_from_entry);
  until = dup_entry_text (self->role_until_entry);
  rep = dm_representation_new (dm_actor_get_uuid (represented), role, from, until);
  dm_actor_add_representation (self->actor, rep);

  set_entry_text (self->role_entry, NULL);
  set_entry_text (self->role_from_entry, NULL);
  set_entry_text (self->role_until_entry, NULL);
  hide_message (self);
  refresh_roles (self);
}

static void
remove_role_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  guint position = gtk_single_selection_get_selected (self->role_selection);
  g_autoptr(GPtrArray) kept = NULL;
  GPtrArray *reps;

  if (self->actor == NULL || position == GTK_INVALID_LIST_POSITION)
    return;

  reps = dm_actor_get_representations (self->actor);
  kept = g_ptr_array_new_with_free_func ((GDestroyNotify) dm_representation_free);

  for (guint i = 0; reps != NULL && i < reps->len; i++)
    {
      if (i != position)
        g_ptr_array_add (kept, dm_representation_copy (g_ptr_array_index (reps, i)));
    }

  dm_actor_clear_representations (self->actor);
  for (guint i = 0; i < kept->len; i++)
    dm_actor_add_representation (self->actor, g_ptr_array_index (kept, i));

  refresh_roles (self);
}

static void
merge_actor_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  DmActor *selected_target = gtk_drop_down_get_selected_item (self->actor_merge_dropdown);
  g_autoptr(DmActor) source = NULL;
  g_autoptr(DmActor) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_moved = 0;

  if (self->actor == NULL || selected_target == NULL || !self->can_merge_actor)
    return;

  source = g_object_ref (self->actor);
  target = g_object_ref (selected_target);

  if (!dm_codebook_merge_actors (self->store,
                                 dm_actor_get_uuid (source),
                                 dm_actor_get_uuid (target),
                                 &n_moved, &error))
    {
      show_error (self, _("“%s” could not be merged: %s"), dm_actor_get_name (source), error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Merged “%s” into “%s”: %u annotation moved.",
                                          "Merged “%s” into “%s”: %u annotations moved.",
                                          n_moved),
                             dm_actor_get_name (source), dm_actor_get_name (target), n_moved);
  show_message (self, FALSE, message);
  select_actor (self, dm_actor_get_uuid (target));
}

static void
add_topic (DmCodebookDialog *self,
           const char       *parent_uuid)
{
  g_autoptr(DmTopic) topic = dm_topic_new (_("New topic"), parent_uuid);
  g_autoptr(GError) error = NULL;

  g_assert (DM_IS_CODEBOOK_DIALOG (self));

  if (!dm_store_add_topic (self->store, topic, &error))
    {
      show_error (self, _("Could not add “%s”: %s"), dm_topic_get_name (topic), error->message);
      return;
    }

  hide_message (self);
  select_topic (self, dm_topic_get_uuid (topic));
  gtk_stack_set_visible_child_name (self->pages, "topics");
  gtk_widget_grab_focus (GTK_WIDGET (self->topic_name_entry));
}

static void
add_topic_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  add_topic (DM_CODEBOOK_DIALOG (widget), NULL);
}

static void
add_subtopic_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  g_autofree char *parent_uuid = NULL;

  if (self->topic == NULL)
    return;

  parent_uuid = g_strdup (dm_topic_get_uuid (self->topic));
  add_topic (self, parent_uuid);
}

static void
delete_topic_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  g_autoptr(DmTopic) topic = NULL;
  g_autoptr(GError) error = NULL;

  if (self->topic == NULL)
    return;

  topic = g_object_ref (self->topic);

  if (!dm_store_remove_topic (self->store, dm_topic_get_uuid (topic), &error))
    {
      show_error (self, _("“%s” cannot be deleted: %s"), dm_topic_get_name (topic), error->message);
      return;
    }

  hide_message (self);
}

static void
save_topic_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  g_autoptr(DmTopic) topic = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *description = NULL;
  const char *parent_uuid = NULL;

  if (self->topic == NULL)
    return;

  /* The store's change signal rebuilds the tree and reloads the form. */
  topic = g_object_ref (self->topic);

  if (gtk_check_button_get_active (self->topic_parent_check))
    {
      DmTopic *parent = gtk_drop_down_get_selected_item (self->topic_parent_dropdown);

      if (parent == NULL)
        {
          show_message (self, TRUE, _("Choose the topic this one belongs under, or untick “Sub-topic of”."));
          return;
        }

      parent_uuid = dm_topic_get_uuid (parent);
    }

  name = dup_entry_text (self->topic_name_entry);
  description = dup_entry_text (self->topic_description_entry);
  dm_topic_set_name (topic, name);
  dm_topic_set_description (topic, description);
  dm_topic_set_parent_uuid (topic, parent_uuid);

  if (!dm_store_update_topic (self->store, topic, &error))
    {
      show_error (self, _("Could not save “%s”: %s"), name != NULL ? name : "", error->message);
      return;
    }

  hide_message (self);
  select_topic (self, dm_topic_get_uuid (topic));
}

static void
revert_topic_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  g_autofree char *uuid = NULL;

  if (self->topic == NULL)
    return;

  uuid = g_strdup (dm_topic_get_uuid (self->topic));
  hide_message (self);
  select_topic (self, uuid);
}

static void
merge_topic_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (widget);
  DmTopic *selected_target = gtk_drop_down_get_selected_item (self->topic_merge_dropdown);
  g_autoptr(DmTopic) source = NULL;
  g_autoptr(DmTopic) target = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint n_moved = 0;

  if (self->topic == NULL || selected_target == NULL || !self->can_merge_topic)
    return;

  source = g_object_ref (self->topic);
  target = g_object_ref (selected_target);

  if (!dm_codebook_merge_topics (self->store,
                                 dm_topic_get_uuid (source),
                                 dm_topic_get_uuid (target),
                                 &n_moved, &error))
    {
      show_error (self, _("“%s” could not be merged: %s"), dm_topic_get_name (source), error->message);
      return;
    }

  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "Merged “%s” into “%s”: %u annotation moved.",
                                          "Merged “%s” into “%s”: %u annotations moved.",
                                          n_moved),
                             dm_topic_get_name (source), dm_topic_get_name (target), n_moved);
  show_message (self, FALSE, message);
  select_topic (self, dm_topic_get_uuid (target));
}

static void
dismiss_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  hide_message (DM_CODEBOOK_DIALOG (widget));
}

/* }}} */

/* GObject {{{ */

static void
dm_codebook_dialog_constructed (GObject *object)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (object);

  G_OBJECT_CLASS (dm_codebook_dialog_parent_class)->constructed (object);

  g_return_if_fail (DM_IS_STORE (self->store));

  self->actors = dm_store_list_actors (self->store);
  self->topics = dm_store_list_topics (self->store);

  self->selecting++;
  gtk_filter_list_model_set_model (self->actor_filter_model, self->actors);
  gtk_drop_down_set_model (self->role_actor_dropdown, self->actors);
  gtk_drop_down_set_model (self->actor_merge_dropdown, self->actors);
  gtk_drop_down_set_model (self->topic_parent_dropdown, self->topics);
  gtk_drop_down_set_model (self->topic_merge_dropdown, self->topics);
  self->selecting--;

  g_signal_connect_object (self->topics, "items-changed",
                           G_CALLBACK (topics_changed_cb),
                           self, G_CONNECT_SWAPPED);

  load_actor (self, get_selected_actor (self));
  rebuild_topic_tree (self);
}

static void
dm_codebook_dialog_dispose (GObject *object)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_CODEBOOK_DIALOG);

  g_clear_object (&self->actor);
  g_clear_object (&self->topic);
  g_clear_object (&self->actors);
  g_clear_object (&self->topics);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dm_codebook_dialog_parent_class)->dispose (object);
}

static void
dm_codebook_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_codebook_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DmCodebookDialog *self = DM_CODEBOOK_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_codebook_dialog_class_init (DmCodebookDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dm_codebook_dialog_constructed;
  object_class->dispose = dm_codebook_dialog_dispose;
  object_class->get_property = dm_codebook_dialog_get_property;
  object_class->set_property = dm_codebook_dialog_set_property;

  /**
   * DmCodebookDialog:store:
   *
   * The database whose codebook is edited.
   */
  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* <lookup type="..."> in the template and its list rows. */
  g_type_ensure (DM_TYPE_ACTOR);
  g_type_ensure (DM_TYPE_TOPIC);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-codebook-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, message_revealer);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, message_image);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, message_label);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, pages);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_search_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_list_view);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_selection);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_filter_model);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_form);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_name_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_kind_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_colour_button);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_code_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_capital_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_official_name_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_aliases_view);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_demonyms_view);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, role_list);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, role_selection);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, role_actor_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, role_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, role_from_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, role_until_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_merge_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, actor_merge_label);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, topic_list_view);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, topic_selection);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, topic_form);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, topic_name_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, topic_parent_check);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, topic_parent_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, topic_description_entry);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, topic_merge_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DmCodebookDialog, topic_merge_label);
  gtk_widget_class_bind_template_callback (widget_class, actor_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_colour_set_cb);
  gtk_widget_class_bind_template_callback (widget_class, role_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, actor_merge_target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, topic_merge_target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_colour_dot);
  gtk_widget_class_bind_template_callback (widget_class, format_actor_kind);

  gtk_widget_class_install_action (widget_class, "codebook.add-actor", NULL, add_actor_action);
  gtk_widget_class_install_action (widget_class, "codebook.delete-actor", NULL, delete_actor_action);
  gtk_widget_class_install_action (widget_class, "codebook.save-actor", NULL, save_actor_action);
  gtk_widget_class_install_action (widget_class, "codebook.revert-actor", NULL, revert_actor_action);
  gtk_widget_class_install_action (widget_class, "codebook.add-role", NULL, add_role_action);
  gtk_widget_class_install_action (widget_class, "codebook.remove-role", NULL, remove_role_action);
  gtk_widget_class_install_action (widget_class, "codebook.merge-actor", NULL, merge_actor_action);
  gtk_widget_class_install_action (widget_class, "codebook.add-topic", NULL, add_topic_action);
  gtk_widget_class_install_action (widget_class, "codebook.add-subtopic", NULL, add_subtopic_action);
  gtk_widget_class_install_action (widget_class, "codebook.delete-topic", NULL, delete_topic_action);
  gtk_widget_class_install_action (widget_class, "codebook.save-topic", NULL, save_topic_action);
  gtk_widget_class_install_action (widget_class, "codebook.revert-topic", NULL, revert_topic_action);
  gtk_widget_class_install_action (widget_class, "codebook.merge-topic", NULL, merge_topic_action);
  gtk_widget_class_install_action (widget_class, "codebook.dismiss", NULL, dismiss_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dm_codebook_dialog_init (DmCodebookDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* }}} */

/* Public API {{{ */

/**
 * dm_codebook_dialog_new:
 * @store: the database whose codebook to edit
 *
 * Returns: (transfer none): a new dialog, owned by GTK like every window
 */
DmCodebookDialog *
dm_codebook_dialog_new (DmStore *store)
{
  g_return_val_if_fail (DM_IS_STORE (store), NULL);

  return g_object_new (DM_TYPE_CODEBOOK_DIALOG,
                       "store", store,
                       NULL);
}

/**
 * dm_codebook_dialog_get_store:
 *
 * Returns: (transfer none): the store whose codebook is edited
 */
DmStore *
dm_codebook_dialog_get_store (DmCodebookDialog *self)
{
  g_return_val_if_fail (DM_IS_CODEBOOK_DIALOG (self), NULL);

  return self->store;
}

/**
 * dm_codebook_dialog_select_actor:
 * @self: a #DmCodebookDialog
 * @uuid: an actor
 *
 * Shows the actor's page with the actor selected, as "Edit in Codebook"
 * from an annotation would.
 */
void
dm_codebook_dialog_select_actor (DmCodebookDialog *self,
                                 const char       *uuid)
{
  g_return_if_fail (DM_IS_CODEBOOK_DIALOG (self));
  g_return_if_fail (uuid != NULL);

  gtk_stack_set_visible_child_name (self->pages, "actors");
  select_actor (self, uuid);
}

/**
 * dm_codebook_dialog_select_topic:
 * @self: a #DmCodebookDialog
 * @uuid: a topic
 *
 * Shows the topics page with the topic selected.
 */
void
dm_codebook_dialog_select_topic (DmCodebookDialog *self,
                                 const char       *uuid)
{
  g_return_if_fail (DM_IS_CODEBOOK_DIALOG (self));
  g_return_if_fail (uuid != NULL);

  gtk_stack_set_visible_child_name (self->pages, "topics");
  select_topic (self, uuid);
}

/**
 * dm_codebook_dialog_present:
 * @parent: (nullable): the window to keep the dialog over
 * @store: the database whose codebook to edit
 *
 * Opens the codebook.
 */
void
dm_codebook_dialog_present (GtkWindow *parent,
                            DmStore   *store)
{
  DmCodebookDialog *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (DM_IS_STORE (store));

  self = dm_codebook_dialog_new (store);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}

/* }}} */
