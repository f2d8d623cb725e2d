/* dm-annotation-panel-state.c - what the annotation panel shows and allows
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-annotation-panel-state"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-actor-choice.h"
#include "dm-annotation-panel-state.h"
#include "dm-enum-types.h"

/* The panel's logic without its widgets, so that it is tested without a
 * display: it follows the workspace's selection, keeps the fields being
 * coded, offers actors (those the selected text mentions first, then the
 * ones picked, then those the article's other annotations use most), says
 * which buttons apply, and writes to the store.
 *
 * The topic stays as it was when the selection moves on: an article
 * usually speaks to one question for several sentences running. */

#define MAX_CHOICES 9

struct _DmAnnotationPanelState
{
  GObject            parent_instance;

  DmWorkspace       *workspace;
  GListStore        *choices;
  GPtrArray         *chosen;
  GPtrArray         *targets;
  GPtrArray         *frequent;
  GArray            *uses;
  GHashTable        *use_index;
  GStrv              mentioned;
  GListModel        *annotations;

  /* What the fields describe: the selected annotation, or a new one on
   * the selected span of the article. */
  DmAnnotation      *annotation;
  DmArticle         *article;

  /* An orphan (issue 6) the analyst is placing by hand: chosen in the
   * list, it stays while a span of the text is selected for it. */
  DmAnnotation      *placing;
  guint              start;
  guint              end;

  char              *quote;
  char              *topic_uuid;
  char              *act_code;
  char              *provenance;
  char              *note;
  char              *coder;
  DmPolarity         polarity;
  DmAttributionMode  attribution;

  guint              has_target : 1;
  guint              key_quote : 1;
  guint              dirty : 1;
  guint              loading : 1;
  guint              can_save : 1;
  guint              can_update : 1;
  guint              can_delete : 1;
  guint              can_place : 1;
};

G_DEFINE_FINAL_TYPE (DmAnnotationPanelState, dm_annotation_panel_state, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_HAS_TARGET,
  PROP_EDITING,
  PROP_TITLE,
  PROP_QUOTE,
  PROP_CHOICES,
  PROP_N_ACTORS,
  PROP_TOPIC_UUID,
  PROP_POLARITY,
  PROP_ACT_CODE,
  PROP_ATTRIBUTION,
  PROP_TARGET_UUIDS,
  PROP_TARGETS_LABEL,
  PROP_PROVENANCE,
  PROP_NOTE,
  PROP_KEY_QUOTE,
  PROP_CODER,
  PROP_DIRTY,
  PROP_CAN_SAVE,
  PROP_CAN_UPDATE,
  PROP_CAN_DELETE,
  PROP_PLACING,
  PROP_CAN_PLACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers {{{ */

static gboolean
set_string (char       **field,
            const char  *value)
{
  /* An empty entry means no value. */
  if (value != NULL && value[0] == '\0')
    value = NULL;

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value);

  return TRUE;
}

static gboolean
contains_uuid (GPtrArray  *uuids,
               const char *uuid,
               guint      *index)
{
  return g_ptr_array_find_with_equal_func (uuids, uuid, g_str_equal, index);
}

static void
set_uuids (GPtrArray          *uuids,
           const char * const *values)
{
  g_ptr_array_set_size (uuids, 0);

  for (guint i = 0; values != NULL && values[i] != NULL; i++)
    if (!contains_uuid (uuids, values[i], NULL))
      g_ptr_array_add (uuids, g_strdup (values[i]));
}

static GStrv
dup_uuids (GPtrArray *uuids)
{
  GStrv result = g_new0 (char *, uuids->len + 1);

  for (guint i = 0; i < uuids->len; i++)
    result[i] = g_strdup (g_ptr_array_index (uuids, i));

  return result;
}

static void
update_flags (DmAnnotationPanelState *self)
{
  gboolean editing = self->annotation != NULL;
  gboolean can_save = self->has_target && !editing && self->chosen->len > 0;
  gboolean can_update = self->has_target && editing && self->dirty && self->chosen->len > 0;
  /* An orphan has no span, but may still be deleted. */
  gboolean can_delete = editing && (self->has_target || dm_annotation_get_orphan (self->annotation));
  gboolean can_place = self->placing != NULL && !editing && self->has_target;

  if (self->can_save != can_save)
    {
      self->can_save = can_save;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_SAVE]);
    }

  if (self->can_update != can_update)
    {
      self->can_update = can_update;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UPDATE]);
    }

  if (self->can_delete != can_delete)
    {
      self->can_delete = can_delete;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_DELETE]);
    }

  if (self->can_place != can_place)
    {
      self->can_place = can_place;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_PLACE]);
    }
}

static void
set_placing (DmAnnotationPanelState *self,
             DmAnnotation           *placing)
{
  if (g_set_object (&self->placing, placing))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACING]);
}

/* A field changed: an annotation being edited now differs from the
 * store's. */
static void
field_changed (DmAnnotationPanelState *self,
               guint                   prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);

  if (!self->loading && self->annotation != NULL && !self->dirty)
    {
      self->dirty = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
    }

  update_flags (self);
}

static DmActorChoice *
find_choice (DmAnnotationPanelState *self,
             const char             *actor_uuid)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->choices));

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DmActorChoice) choice = g_list_model_get_item (G_LIST_MODEL (self->choices), i);

      if (g_strcmp0 (dm_actor_choice_get_uuid (choice), actor_uuid) == 0)
        return choice;
    }

  return NULL;
}

/* Offers @actor_uuid next, in the choice that already offers it if there
 * is one (see rebuild_choices()). */
static void
add_choice (DmAnnotationPanelState *self,
            GPtrArray              *items,
            GHashTable             *seen,
            GHashTable             *current,
            const char             *actor_uuid,
            gboolean                mentioned)
{
  DmActor *actor = dm_workspace_lookup_actor (self->workspace, actor_uuid);
  guint number;
  DmActorChoice *choice;

  if (actor == NULL || g_hash_table_contains (seen, actor_uuid))
    return;

  g_hash_table_add (seen, (gpointer) dm_actor_get_uuid (actor));
  number = items->len < MAX_CHOICES ? items->len + 1 : 0;

  /* The same actor object: a renamed or recoloured one is offered anew. */
  choice = g_hash_table_lookup (current, actor_uuid);
  if (choice != NULL && dm_actor_choice_get_actor (choice) == actor)
    {
      g_object_ref (choice);
      dm_actor_choice_set_number (choice, number);
      dm_actor_choice_set_mentioned (choice, mentioned);
    }
  else
    {
      choice = dm_actor_choice_new (actor, number, mentioned);
    }

  dm_actor_choice_set_chosen (choice, contains_uuid (self->chosen, actor_uuid, NULL));
  g_ptr_array_add (items, choice);
}

/* How many of the article's annotations name an actor, and where the
 * first of them is in the list (ties go to the actor named first). */
typedef struct
{
  char  *uuid;
  guint  count;
  guint  first;
} ActorUse;

static void
actor_use_clear (gpointer data)
{
  g_free (((ActorUse *) data)->uuid);
}

static int
compare_uses (gconstpointer a,
              gconstpointer b)
{
  const ActorUse *x = a;
  const ActorUse *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;

  return x->first < y->first ? -1 : x->first > y->first;
}

static void
forget_uses (DmAnnotationPanelState *self)
{
  g_clear_pointer (&self->uses, g_array_unref);
  g_clear_pointer (&self->use_index, g_hash_table_unref);
  g_clear_pointer (&self->frequent, g_ptr_array_unref);
}

static void
count_uses (DmAnnotationPanelState *self,
            DmAnnotation           *annotation,
            guint                   position)
{
  const char * const *actors = dm_annotation_get_actor_uuids (annotation);

  for (guint j = 0; actors != NULL && actors[j] != NULL; j++)
    {
      gpointer index;

      if (g_hash_table_lookup_extended (self->use_index, actors[j], NULL, &index))
        {
          ActorUse *use = &g_array_index (self->uses, ActorUse, GPOINTER_TO_UINT (index));

          use->count++;
          use->first = MIN (use->first, position);
        }
      else
        {
          ActorUse use = { g_strdup (actors[j]), 1, position };

          g_array_append_val (self->uses, use);
          g_hash_table_insert (self->use_index, use.uuid, GUINT_TO_POINTER (self->uses->len - 1));
        }
    }
}

/* Counts the annotations' actors; annotations_changed_cb() keeps the
 * counts as annotations are added, so that a Save does not count 5,000
 * annotations again. */
static void
ensure_uses (DmAnnotationPanelState *self)
{
  GListModel *annotations = dm_workspace_get_annotations (self->workspace);
  guint n_items;

  if (self->uses != NULL)
    return;

  self->uses = g_array_new (FALSE, FALSE, sizeof (ActorUse));
  g_array_set_clear_func (self->uses, actor_use_clear);
  self->use_index = g_hash_table_new (g_str_hash, g_str_equal);
  n_items = annotations != NULL ? g_list_model_get_n_items (annotations) : 0;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DmAnnotation) annotation = g_list_model_get_item (annotations, i);

      count_uses (self, annotation, i);
    }
}

/* The actors the article's annotations name, most used first; kept until
 * the annotations change, as every new selection asks for them. */
static GPtrArray *
get_frequent_actors (DmAnnotationPanelState *self)
{
  g_autoptr(GArray) sorted = NULL;

  if (self->frequent != NULL)
    return self->frequent;

  ensure_uses (self);
  sorted = g_array_sized_new (FALSE, FALSE, sizeof (ActorUse), self->uses->len);
  g_array_append_vals (sorted, self->uses->data, self->uses->len);
  g_array_sort (sorted, compare_uses);

  /* Enough to fill the list whatever the span mentions. */
  self->frequent = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i < sorted->len && i < 2 * MAX_CHOICES; i++)
    g_ptr_array_add (self->frequent, g_strdup (g_array_index (sorted, ActorUse, i).uuid));

  return self->frequent;
}

static gboolean
same_choices (GListModel *choices,
              GPtrArray  *items)
{
  if (g_list_model_get_n_items (choices) != items->len)
    return FALSE;

  for (guint i = 0; i < items->len; i++)
    {
      g_autoptr(DmActorChoice) old = g_list_model_get_item (choices, i);

      if (old != g_ptr_array_index (items, i))
        return FALSE;
    }

  return TRUE;
}

/* The choices are kept as objects per actor: after Save the chosen actors
 * move up and the counts change, and a list whose items only move keeps
 * their rows (GtkListView takes back, within one items-changed, the row
 * of an item removed and added again). Only a newly offered actor makes a
 * row, which costs a GtkBuilder template each. */
static void
rebuild_choices (DmAnnotationPanelState *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) current = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) keep_alive = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *choices = G_LIST_MODEL (self->choices);
  guint n_items = g_list_model_get_n_items (choices);

  for (guint i = 0; i < n_items; i++)
    {
      DmActorChoice *choice = g_list_model_get_item (choices, i);

      g_ptr_array_add (keep_alive, choice);
      g_hash_table_insert (current, (gpointer) dm_actor_choice_get_uuid (choice), choice);
    }

  if (self->has_target)
    {
      GPtrArray *frequent = get_frequent_actors (self);
      const char *body = dm_article_get_body (self->article);

      if (self->mentioned == NULL)
        self->mentioned = dm_mention_finder_suggest_actors (dm_workspace_get_mention_finder (self->workspace),
                                                            body != NULL ? body : "", self->start, self->end);

      for (guint i = 0; self->mentioned[i] != NULL; i++)
        add_choice (self, items, seen, current, self->mentioned[i], TRUE);

      for (guint i = 0; i < self->chosen->len; i++)
        add_choice (self, items, seen, current, g_ptr_array_index (self->chosen, i), FALSE);

      for (guint i = 0; i < frequent->len && items->len < MAX_CHOICES; i++)
        add_choice (self, items, seen, current, g_ptr_array_index (frequent, i), FALSE);
    }
  else
    {
      /* An orphan has no span to find mentions in, but who spoke is still
       * part of its coding. */
      for (guint i = 0; i < self->chosen->len; i++)
        add_choice (self, items, seen, current, g_ptr_array_index (self->chosen, i), FALSE);
    }

  /* The same actors in the same order (as after Save): only their flags
   * changed, in place. */
  if (same_choices (choices, items))
    return;

  g_list_store_splice (self->choices, 0, n_items, items->pdata, items->len);
}

static void
load_fields (DmAnnotationPanelState *self)
{
  DmAnnotation *annotation = self->annotation;

  if (annotation != NULL)
    {
      set_uuids (self->chosen, dm_annotation_get_actor_uuids (annotation));
      set_uuids (self->targets, dm_annotation_get_target_uuids (annotation));
      set_string (&self->topic_uuid, dm_annotation_get_topic_uuid (annotation));
      set_string (&self->act_code, dm_annotation_get_act_code (annotation));
      set_string (&self->provenance, dm_annotation_get_provenance (annotation));
      set_string (&self->note, dm_annotation_get_note (annotation));
      self->polarity = dm_annotation_get_polarity (annotation);
      self->attribution = dm_annotation_get_mode (annotation);
      self->key_quote = dm_annotation_get_key_quote (annotation);
    }
  else
    {
      /* A new annotation starts blank but for the topic (see above). */
      g_ptr_array_set_size (self->chosen, 0);
      g_ptr_array_set_size (self->targets, 0);
      set_string (&self->act_code, NULL);
      set_string (&self->provenance, NULL);
      set_string (&self->note, NULL);
      self->polarity = DM_POLARITY_NONE;
      self->attribution = DM_ATTRIBUTION_UNSPECIFIED;
      self->key_quote = FALSE;
    }

  for (guint prop_id = PROP_N_ACTORS; prop_id <= PROP_KEY_QUOTE; prop_id++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

/* Follows the workspace: a new target loads the selected annotation, or
 * blank fields for a new one. The workspace notifies several properties
 * for one change, so a target already shown is left alone. */
static void
retarget (DmAnnotationPanelState *self)
{
  DmAnnotation *annotation = dm_workspace_get_selected_annotation (self->workspace);
  DmArticle *article = dm_workspace_get_article (self->workspace);
  gboolean has_target = article != NULL && dm_workspace_get_has_selection (self->workspace);
  guint start = has_target ? dm_workspace_get_selection_start (self->workspace) : 0;
  guint end = has_target ? dm_workspace_get_selection_end (self->workspace) : 0;
  gboolean was_editing = self->annotation != NULL;
  gboolean had_target = self->has_target;

  gboolean same_span;

  if (annotation == self->annotation && article == self->article &&
      !!has_target == self->has_target && start == self->start && end == self->end)
    return;

  g_object_freeze_notify (G_OBJECT (self));

  /* Choosing an orphan starts placing it; a span chosen next is where it
   * may go. Another annotation or another article ends it. */
  if (annotation != NULL && dm_annotation_get_orphan (annotation))
    set_placing (self, annotation);
  else if (annotation != NULL || article != self->article)
    set_placing (self, NULL);

  /* A span just saved is edited next: its quote and mentions stay. Both
   * walk the text from its start, which counts in a long article. */
  same_span = article == self->article && !!has_target == self->has_target &&
              start == self->start && end == self->end;

  g_set_object (&self->annotation, annotation);
  g_set_object (&self->article, article);
  self->has_target = has_target;
  self->start = start;
  self->end = end;

  if (!same_span)
    {
      g_clear_pointer (&self->quote, g_free);
      g_clear_pointer (&self->mentioned, g_strfreev);
      if (has_target)
        self->quote = dm_article_dup_text_range (article, start, end);
    }

  self->loading = TRUE;
  load_fields (self);
  rebuild_choices (self);
  self->loading = FALSE;

  if (self->dirty)
    {
      self->dirty = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIRTY]);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  if (had_target != self->has_target)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_TARGET]);
  if (was_editing != (self->annotation != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EDITING]);

  update_flags (self);

  g_object_thaw_notify (G_OBJECT (self));
}

static const char *
get_effective_coder (DmAnnotationPanelState *self)
{
  const char *name;

  if (self->coder != NULL)
    return self->coder;

  /* As the schema says: the user's real name when none is set. */
  name = g_get_real_name ();
  if (name == NULL || name[0] == '\0' || g_strcmp0 (name, "Unknown") == 0)
    name = g_get_user_name ();

  return name;
}

/* }}} */

/* Callbacks {{{ */

static void
workspace_changed_cb (DmAnnotationPanelState *self,
                      GParamSpec             *pspec,
                      DmWorkspace            *workspace)
{
  g_assert (DM_IS_ANNOTATION_PANEL_STATE (self));

  retarget (self);
}

static void
annotations_changed_cb (DmAnnotationPanelState *self,
                        guint                   position,
                        guint                   removed,
                        guint                   added,
                        GListModel             *model)
{
  g_assert (DM_IS_ANNOTATION_PANEL_STATE (self));

  g_clear_pointer (&self->frequent, g_ptr_array_unref);

  if (self->uses == NULL)
    return;

  /* What a removed row named is gone with it: count again when asked. */
  if (removed > 0)
    {
      forget_uses (self);
      return;
    }

  for (guint i = 0; i < self->uses->len; i++)
    {
      ActorUse *use = &g_array_index (self->uses, ActorUse, i);

      if (use->first >= position)
        use->first += added;
    }

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(DmAnnotation) annotation = g_list_model_get_item (model, i);

      count_uses (self, annotation, i);
    }
}

static void
annotations_replaced_cb (DmAnnotationPanelState *self,
                         GParamSpec             *pspec,
                         DmWorkspace            *workspace)
{
  GListModel *annotations = dm_workspace_get_annotations (workspace);

  g_assert (DM_IS_ANNOTATION_PANEL_STATE (self));

  forget_uses (self);

  if (self->annotations == annotations)
    return;

  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_func (self->annotations, annotations_changed_cb, self);
  g_set_object (&self->annotations, annotations);
  if (annotations != NULL)
    g_signal_connect_object (annotations, "items-changed",
                             G_CALLBACK (annotations_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
mention_finder_changed_cb (DmAnnotationPanelState *self,
                           GParamSpec             *pspec,
                           DmWorkspace            *workspace)
{
  g_assert (DM_IS_ANNOTATION_PANEL_STATE (self));

  /* The codebook changed: names, colours and mentions may differ. */
  g_clear_pointer (&self->mentioned, g_strfreev);
  rebuild_choices (self);
}

/* }}} */

/* GObject {{{ */

static void
dm_annotation_panel_state_constructed (GObject *object)
{
  DmAnnotationPanelState *self = DM_ANNOTATION_PANEL_STATE (object);
  static const char * const followed[] = {
    "notify::article", "notify::has-selection", "notify::selection-start",
    "notify::selection-end", "notify::selected-annotation",
  };

  G_OBJECT_CLASS (dm_annotation_panel_state_parent_class)->constructed (object);

  g_return_if_fail (DM_IS_WORKSPACE (self->workspace));

  for (guint i = 0; i < G_N_ELEMENTS (followed); i++)
    g_signal_connect_object (self->workspace, followed[i],
                             G_CALLBACK (workspace_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "notify::mention-finder",
                           G_CALLBACK (mention_finder_changed_cb), self, G_CONNECT_SWAPPED);

  /* The workspace notifies the annotations before the article, so the
   * counts are forgotten before retarget() asks for them. */
  g_signal_connect_object (self->workspace, "notify::annotations",
                           G_CALLBACK (annotations_replaced_cb), self, G_CONNECT_SWAPPED);
  annotations_replaced_cb (self, NULL, self->workspace);

  retarget (self);
}

static void
dm_annotation_panel_state_dispose (GObject *object)
{
  DmAnnotationPanelState *self = DM_ANNOTATION_PANEL_STATE (object);

  g_clear_object (&self->annotation);
  g_clear_object (&self->placing);
  g_clear_object (&self->article);
  g_clear_object (&self->annotations);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (dm_annotation_panel_state_parent_class)->dispose (object);
}

static void
dm_annotation_panel_state_finalize (GObject *object)
{
  DmAnnotationPanelState *self = DM_ANNOTATION_PANEL_STATE (object);

  g_clear_object (&self->choices);
  g_clear_pointer (&self->chosen, g_ptr_array_unref);
  g_clear_pointer (&self->targets, g_ptr_array_unref);
  forget_uses (self);
  g_clear_pointer (&self->mentioned, g_strfreev);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->topic_uuid, g_free);
  g_clear_pointer (&self->act_code, g_free);
  g_clear_pointer (&self->provenance, g_free);
  g_clear_pointer (&self->note, g_free);
  g_clear_pointer (&self->coder, g_free);

  G_OBJECT_CLASS (dm_annotation_panel_state_parent_class)->finalize (object);
}

static void
dm_annotation_panel_state_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  DmAnnotationPanelState *self = DM_ANNOTATION_PANEL_STATE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_HAS_TARGET:
      g_value_set_boolean (value, self->has_target);
      break;

    case PROP_EDITING:
      g_value_set_boolean (value, self->annotation != NULL);
      break;

    case PROP_TITLE:
      g_value_set_string (value, dm_annotation_panel_state_get_title (self));
      break;

    case PROP_QUOTE:
      g_value_set_string (value, self->quote);
      break;

    case PROP_CHOICES:
      g_value_set_object (value, self->choices);
      break;

    case PROP_N_ACTORS:
      g_value_set_uint (value, self->chosen->len);
      break;

    case PROP_TOPIC_UUID:
      g_value_set_string (value, self->topic_uuid);
      break;

    case PROP_POLARITY:
      g_value_set_enum (value, self->polarity);
      break;

    case PROP_ACT_CODE:
      g_value_set_string (value, self->act_code);
      break;

    case PROP_ATTRIBUTION:
      g_value_set_enum (value, self->attribution);
      break;

    case PROP_TARGET_UUIDS:
      g_value_take_boxed (value, dup_uuids (self->targets));
      break;

    case PROP_TARGETS_LABEL:
      g_value_take_string (value, dm_annotation_panel_state_dup_targets_label (self));
      break;

    case PROP_PROVENANCE:
      g_value_set_string (value, self->provenance);
      break;

    case PROP_NOTE:
      g_value_set_string (value, self->note);
      break;

    case PROP_KEY_QUOTE:
      g_value_set_boolean (value, self->key_quote);
      break;

    case PROP_CODER:
      g_value_set_string (value, self->coder);
      break;

    case PROP_DIRTY:
      g_value_set_boolean (value, self->dirty);
      break;

    case PROP_CAN_SAVE:
      g_value_set_boolean (value, self->can_save);
      break;

    case PROP_CAN_UPDATE:
      g_value_set_boolean (value, self->can_update);
      break;

    case PROP_CAN_DELETE:
      g_value_set_boolean (value, self->can_delete);
      break;

    case PROP_PLACING:
      g_value_set_object (value, self->placing);
      break;

    case PROP_CAN_PLACE:
      g_value_set_boolean (value, self->can_place);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_annotation_panel_state_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  DmAnnotationPanelState *self = DM_ANNOTATION_PANEL_STATE (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;

    case PROP_TOPIC_UUID:
      dm_annotation_panel_state_set_topic_uuid (self, g_value_get_string (value));
      break;

    case PROP_POLARITY:
      dm_annotation_panel_state_set_polarity (self, g_value_get_enum (value));
      break;

    case PROP_ACT_CODE:
      dm_annotation_panel_state_set_act_code (self, g_value_get_string (value));
      break;

    case PROP_ATTRIBUTION:
      dm_annotation_panel_state_set_attribution (self, g_value_get_enum (value));
      break;

    case PROP_PROVENANCE:
      dm_annotation_panel_state_set_provenance (self, g_value_get_string (value));
      break;

    case PROP_NOTE:
      dm_annotation_panel_state_set_note (self, g_value_get_string (value));
      break;

    case PROP_KEY_QUOTE:
      dm_annotation_panel_state_set_key_quote (self, g_value_get_boolean (value));
      break;

    case PROP_CODER:
      dm_annotation_panel_state_set_coder (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_annotation_panel_state_class_init (DmAnnotationPanelStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dm_annotation_panel_state_constructed;
  object_class->dispose = dm_annotation_panel_state_dispose;
  object_class->finalize = dm_annotation_panel_state_finalize;
  object_class->get_property = dm_annotation_panel_state_get_property;
  object_class->set_property = dm_annotation_panel_state_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DM_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationPanelState:has-target:
   *
   * Whether there is a span or an annotation to code; without one every
   * field is off.
   */
  properties[PROP_HAS_TARGET] =
    g_param_spec_boolean ("has-target", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationPanelState:editing:
   *
   * Whether the fields are those of an annotation in the store.
   */
  properties[PROP_EDITING] =
    g_param_spec_boolean ("editing", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationPanelState:quote:
   *
   * The text of the span being coded.
   */
  properties[PROP_QUOTE] =
    g_param_spec_string ("quote", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationPanelState:choices:
   *
   * The actors offered, as #DmActorChoice: mentioned in the span first,
   * then those picked, then those the article's annotations use most.
   */
  properties[PROP_CHOICES] =
    g_param_spec_object ("choices", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ACTORS] =
    g_param_spec_uint ("n-actors", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPIC_UUID] =
    g_param_spec_string ("topic-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_POLARITY] =
    g_param_spec_enum ("polarity", NULL, NULL,
                       DM_TYPE_POLARITY, DM_POLARITY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACT_CODE] =
    g_param_spec_string ("act-code", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ATTRIBUTION] =
    g_param_spec_enum ("attribution", NULL, NULL,
                       DM_TYPE_ATTRIBUTION_MODE, DM_ATTRIBUTION_UNSPECIFIED,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGET_UUIDS] =
    g_param_spec_boxed ("target-uuids", NULL, NULL,
                        G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TARGETS_LABEL] =
    g_param_spec_string ("targets-label", NULL, NULL,
                         NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_PROVENANCE] =
    g_param_spec_string ("provenance", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_KEY_QUOTE] =
    g_param_spec_boolean ("key-quote", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationPanelState:coder:
   *
   * Who codes, from the preferences; %NULL for the user's real name.
   */
  properties[PROP_CODER] =
    g_param_spec_string ("coder", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationPanelState:dirty:
   *
   * Whether the annotation being edited was changed since it was loaded.
   */
  properties[PROP_DIRTY] =
    g_param_spec_boolean ("dirty", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_SAVE] =
    g_param_spec_boolean ("can-save", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_UPDATE] =
    g_param_spec_boolean ("can-update", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CAN_DELETE] =
    g_param_spec_boolean ("can-delete", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationPanelState:placing:
   *
   * The orphan being placed by hand: the last one selected, until another
   * annotation or article is.
   */
  properties[PROP_PLACING] =
    g_param_spec_object ("placing", NULL, NULL,
                         DM_TYPE_ANNOTATION,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmAnnotationPanelState:can-place:
   *
   * Whether an orphan is being placed and a span of the text is selected
   * for it.
   */
  properties[PROP_CAN_PLACE] =
    g_param_spec_boolean ("can-place", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_annotation_panel_state_init (DmAnnotationPanelState *self)
{
  self->choices = g_list_store_new (DM_TYPE_ACTOR_CHOICE);
  self->chosen = g_ptr_array_new_with_free_func (g_free);
  self->targets = g_ptr_array_new_with_free_func (g_free);
}

/* }}} */

/* Public API {{{ */

DmAnnotationPanelState *
dm_annotation_panel_state_new (DmWorkspace *workspace)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (workspace), NULL);

  return g_object_new (DM_TYPE_ANNOTATION_PANEL_STATE,
                       "workspace", workspace,
                       NULL);
}

DmWorkspace *
dm_annotation_panel_state_get_workspace (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return self->workspace;
}

gboolean
dm_annotation_panel_state_get_has_target (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  return self->has_target;
}

gboolean
dm_annotation_panel_state_get_editing (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  return self->annotation != NULL;
}

const char *
dm_annotation_panel_state_get_title (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  if (self->annotation != NULL)
    return _("Edit Annotation");
  if (self->has_target)
    return _("New Annotation");

  return _("Nothing Selected");
}

const char *
dm_annotation_panel_state_get_quote (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return self->quote;
}

/**
 * dm_annotation_panel_state_get_choices:
 *
 * Returns: (transfer none): the actors offered, as #DmActorChoice
 */
GListModel *
dm_annotation_panel_state_get_choices (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return G_LIST_MODEL (self->choices);
}

guint
dm_annotation_panel_state_get_n_actors (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), 0);

  return self->chosen->len;
}

/**
 * dm_annotation_panel_state_dup_actor_uuids:
 *
 * Returns: (transfer full): the actors picked, in the order picked
 */
GStrv
dm_annotation_panel_state_dup_actor_uuids (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return dup_uuids (self->chosen);
}

/**
 * dm_annotation_panel_state_toggle_actor:
 *
 * Picks @actor_uuid as a speaker, or drops it if it was picked. An actor
 * not offered yet is added to the choices.
 *
 * Returns: %TRUE if the actor is now picked
 */
gboolean
dm_annotation_panel_state_toggle_actor (DmAnnotationPanelState *self,
                                        const char             *actor_uuid)
{
  DmActorChoice *choice;
  gboolean chosen;
  guint index;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);
  g_return_val_if_fail (actor_uuid != NULL, FALSE);

  if (!self->has_target || dm_workspace_lookup_actor (self->workspace, actor_uuid) == NULL)
    return FALSE;

  if ((chosen = !contains_uuid (self->chosen, actor_uuid, &index)))
    g_ptr_array_add (self->chosen, g_strdup (actor_uuid));
  else
    g_ptr_array_remove_index (self->chosen, index);

  if ((choice = find_choice (self, actor_uuid)) != NULL)
    {
      dm_actor_choice_set_chosen (choice, chosen);
    }
  else
    {
      DmActor *actor = dm_workspace_lookup_actor (self->workspace, actor_uuid);
      guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->choices));
      g_autoptr(DmActorChoice) added = dm_actor_choice_new (actor, n_items < MAX_CHOICES ? n_items + 1 : 0, FALSE);

      dm_actor_choice_set_chosen (added, TRUE);
      g_list_store_append (self->choices, added);
    }

  field_changed (self, PROP_N_ACTORS);

  return chosen;
}

/**
 * dm_annotation_panel_state_pick_choice:
 * @number: the digit shown by a choice, 1 to 9
 *
 * Toggles the actor the digit stands for.
 *
 * Returns: %FALSE if no choice has that digit
 */
gboolean
dm_annotation_panel_state_pick_choice (DmAnnotationPanelState *self,
                                       guint                   number)
{
  guint n_items;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  n_items = g_list_model_get_n_items (G_LIST_MODEL (self->choices));
  for (guint i = 0; number > 0 && i < n_items; i++)
    {
      g_autoptr(DmActorChoice) choice = g_list_model_get_item (G_LIST_MODEL (self->choices), i);

      if (dm_actor_choice_get_number (choice) == number)
        {
          dm_annotation_panel_state_toggle_actor (self, dm_actor_choice_get_uuid (choice));
          return TRUE;
        }
    }

  return FALSE;
}

const char *
dm_annotation_panel_state_get_topic_uuid (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return self->topic_uuid;
}

void
dm_annotation_panel_state_set_topic_uuid (DmAnnotationPanelState *self,
                                          const char             *topic_uuid)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));

  if (set_string (&self->topic_uuid, topic_uuid))
    field_changed (self, PROP_TOPIC_UUID);
}

DmPolarity
dm_annotation_panel_state_get_polarity (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), DM_POLARITY_NONE);

  return self->polarity;
}

void
dm_annotation_panel_state_set_polarity (DmAnnotationPanelState *self,
                                        DmPolarity              polarity)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));
  g_return_if_fail (polarity <= DM_POLARITY_MIXED);

  if (self->polarity != polarity)
    {
      self->polarity = polarity;
      field_changed (self, PROP_POLARITY);
    }
}

const char *
dm_annotation_panel_state_get_act_code (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return self->act_code;
}

void
dm_annotation_panel_state_set_act_code (DmAnnotationPanelState *self,
                                        const char             *act_code)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));

  if (set_string (&self->act_code, act_code))
    field_changed (self, PROP_ACT_CODE);
}

DmAttributionMode
dm_annotation_panel_state_get_attribution (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), DM_ATTRIBUTION_UNSPECIFIED);

  return self->attribution;
}

void
dm_annotation_panel_state_set_attribution (DmAnnotationPanelState *self,
                                           DmAttributionMode       attribution)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));
  g_return_if_fail (attribution <= DM_ATTRIBUTION_SPOKESPERSON);

  if (self->attribution != attribution)
    {
      self->attribution = attribution;
      field_changed (self, PROP_ATTRIBUTION);
    }
}

/**
 * dm_annotation_panel_state_get_target_uuids:
 *
 * Returns: (transfer none): the actors the stance is aimed at; valid until
 *   the targets change
 */
const char * const *
dm_annotation_panel_state_get_target_uuids (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  /* Keep the array NULL-terminated for the caller. */
  g_ptr_array_add (self->targets, NULL);
  g_ptr_array_set_size (self->targets, self->targets->len - 1);

  return (const char * const *) self->targets->pdata;
}

/**
 * dm_annotation_panel_state_toggle_target:
 *
 * Returns: %TRUE if @actor_uuid is now a target
 */
gboolean
dm_annotation_panel_state_toggle_target (DmAnnotationPanelState *self,
                                         const char             *actor_uuid)
{
  gboolean added;
  guint index;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);
  g_return_val_if_fail (actor_uuid != NULL, FALSE);

  if (!self->has_target || dm_workspace_lookup_actor (self->workspace, actor_uuid) == NULL)
    return FALSE;

  if ((added = !contains_uuid (self->targets, actor_uuid, &index)))
    g_ptr_array_add (self->targets, g_strdup (actor_uuid));
  else
    g_ptr_array_remove_index (self->targets, index);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGETS_LABEL]);
  field_changed (self, PROP_TARGET_UUIDS);

  return added;
}

void
dm_annotation_panel_state_clear_targets (DmAnnotationPanelState *self)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));

  if (self->targets->len == 0)
    return;

  g_ptr_array_set_size (self->targets, 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGETS_LABEL]);
  field_changed (self, PROP_TARGET_UUIDS);
}

/**
 * dm_annotation_panel_state_dup_targets_label:
 *
 * Returns: (transfer full) (nullable): the targets' names, or %NULL
 */
char *
dm_annotation_panel_state_dup_targets_label (DmAnnotationPanelState *self)
{
  g_autoptr(GString) label = NULL;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  if (self->targets->len == 0)
    return NULL;

  label = g_string_new (NULL);
  for (guint i = 0; i < self->targets->len; i++)
    {
      DmActor *actor = dm_workspace_lookup_actor (self->workspace, g_ptr_array_index (self->targets, i));

      if (label->len > 0)
        g_string_append (label, _(", "));
      g_string_append (label, actor != NULL ? dm_actor_get_name (actor) : _("Unknown actor"));
    }

  return g_string_free (g_steal_pointer (&label), FALSE);
}

const char *
dm_annotation_panel_state_get_provenance (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return self->provenance;
}

void
dm_annotation_panel_state_set_provenance (DmAnnotationPanelState *self,
                                          const char             *provenance)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));

  if (set_string (&self->provenance, provenance))
    field_changed (self, PROP_PROVENANCE);
}

const char *
dm_annotation_panel_state_get_note (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return self->note;
}

void
dm_annotation_panel_state_set_note (DmAnnotationPanelState *self,
                                    const char             *note)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));

  if (set_string (&self->note, note))
    field_changed (self, PROP_NOTE);
}

gboolean
dm_annotation_panel_state_get_key_quote (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  return self->key_quote;
}

void
dm_annotation_panel_state_set_key_quote (DmAnnotationPanelState *self,
                                         gboolean                key_quote)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));

  key_quote = !!key_quote;
  if (self->key_quote != key_quote)
    {
      self->key_quote = key_quote;
      field_changed (self, PROP_KEY_QUOTE);
    }
}

const char *
dm_annotation_panel_state_get_coder (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return self->coder;
}

/**
 * dm_annotation_panel_state_set_coder:
 * @coder: (nullable): the coder's name; %NULL or "" for the user's
 *
 * Who codes new annotations. Not a field of the annotation being edited:
 * editing keeps its coder.
 */
void
dm_annotation_panel_state_set_coder (DmAnnotationPanelState *self,
                                     const char             *coder)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));

  if (set_string (&self->coder, coder))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CODER]);
}

gboolean
dm_annotation_panel_state_get_dirty (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  return self->dirty;
}

gboolean
dm_annotation_panel_state_get_can_save (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  return self->can_save;
}

gboolean
dm_annotation_panel_state_get_can_update (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  return self->can_update;
}

gboolean
dm_annotation_panel_state_get_can_delete (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  return self->can_delete;
}

/**
 * dm_annotation_panel_state_build_annotation:
 *
 * Returns: (transfer full) (nullable): the annotation the fields describe:
 *   a copy of the one being edited with the fields applied, or a new one
 *   on the selected span; %NULL without a target
 */
DmAnnotation *
dm_annotation_panel_state_build_annotation (DmAnnotationPanelState *self)
{
  g_autoptr(DmAnnotation) annotation = NULL;
  g_auto(GStrv) actors = NULL;
  g_auto(GStrv) targets = NULL;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  if (!self->has_target)
    return NULL;

  if (self->annotation != NULL)
    {
      annotation = dm_annotation_copy (self->annotation);
    }
  else
    {
      annotation = dm_annotation_new (dm_article_get_uuid (self->article), self->start, self->end);
      dm_annotation_set_coder (annotation, get_effective_coder (self));
    }

  actors = dup_uuids (self->chosen);
  targets = dup_uuids (self->targets);

  dm_annotation_set_actor_uuids (annotation, (const char * const *) actors);
  dm_annotation_set_target_uuids (annotation, (const char * const *) targets);
  dm_annotation_set_topic_uuid (annotation, self->topic_uuid);
  dm_annotation_set_polarity (annotation, self->polarity);
  dm_annotation_set_act_code (annotation, self->act_code);
  dm_annotation_set_mode (annotation, self->attribution);
  dm_annotation_set_provenance (annotation, self->provenance);
  dm_annotation_set_note (annotation, self->note);
  dm_annotation_set_key_quote (annotation, self->key_quote);

  return g_steal_pointer (&annotation);
}

/**
 * dm_annotation_panel_state_save:
 *
 * Adds the new annotation to the store and selects it.
 *
 * Returns: %TRUE if it was saved
 */
gboolean
dm_annotation_panel_state_save (DmAnnotationPanelState  *self,
                                GError                 **error)
{
  g_autoptr(DmAnnotation) annotation = NULL;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  if (!self->can_save)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID,
                           self->has_target ? _("Pick at least one actor first")
                                            : _("Select a passage first"));
      return FALSE;
    }

  annotation = dm_annotation_panel_state_build_annotation (self);
  if (!dm_store_add_annotation (dm_workspace_get_store (self->workspace), annotation, error))
    return FALSE;

  dm_workspace_select_annotation_by_uuid (self->workspace, dm_annotation_get_uuid (annotation));

  return TRUE;
}

/**
 * dm_annotation_panel_state_update:
 *
 * Writes the edited fields to the annotation being edited.
 *
 * Returns: %TRUE if it was written
 */
gboolean
dm_annotation_panel_state_update (DmAnnotationPanelState  *self,
                                  GError                 **error)
{
  g_autoptr(DmAnnotation) annotation = NULL;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  if (!self->can_update)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID,
                           self->annotation == NULL ? _("No annotation is selected")
                                                    : _("An annotation needs at least one actor"));
      return FALSE;
    }

  annotation = dm_annotation_panel_state_build_annotation (self);

  return dm_store_update_annotation (dm_workspace_get_store (self->workspace), annotation, error);
}

/**
 * dm_annotation_panel_state_delete:
 *
 * Removes the annotation being edited; its span stays selected.
 *
 * Returns: %TRUE if it was removed
 */
gboolean
dm_annotation_panel_state_delete (DmAnnotationPanelState  *self,
                                  GError                 **error)
{
  g_autoptr(DmAnnotation) annotation = NULL;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  if (!self->can_delete)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID, _("No annotation is selected"));
      return FALSE;
    }

  /* The store's change clears self->annotation under our feet. */
  annotation = g_object_ref (self->annotation);

  return dm_store_remove_annotation (dm_workspace_get_store (self->workspace),
                                     dm_annotation_get_uuid (annotation), error);
}

/**
 * dm_annotation_panel_state_get_placing:
 *
 * Returns: (transfer none) (nullable): the orphan being placed
 */
DmAnnotation *
dm_annotation_panel_state_get_placing (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), NULL);

  return self->placing;
}

gboolean
dm_annotation_panel_state_get_can_place (DmAnnotationPanelState *self)
{
  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  return self->can_place;
}

/**
 * dm_annotation_panel_state_cancel_placing:
 *
 * Stops placing the orphan; it stays an orphan.
 */
void
dm_annotation_panel_state_cancel_placing (DmAnnotationPanelState *self)
{
  g_return_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self));

  set_placing (self, NULL);
  update_flags (self);
}

/**
 * dm_annotation_panel_state_place:
 *
 * Places the orphan on the selected span, as `demarche-cli place` does
 * (dm_store_place_annotation()): its quote, prefix and suffix become the
 * text there, its coding stays. The caller has had the analyst confirm
 * the new quote. The placed annotation is selected.
 *
 * Returns: %TRUE if it was placed
 */
gboolean
dm_annotation_panel_state_place (DmAnnotationPanelState  *self,
                                 GError                 **error)
{
  g_autoptr(DmAnnotation) placing = NULL;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);

  if (!self->can_place)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID,
                           self->placing == NULL ? _("No unplaced annotation is chosen")
                                                 : _("Select the passage the annotation belongs to first"));
      return FALSE;
    }

  /* The store's change retargets the state under our feet. */
  placing = g_object_ref (self->placing);

  if (!dm_store_place_annotation (dm_workspace_get_store (self->workspace), dm_annotation_get_uuid (placing),
                                  self->start, self->end, error))
    return FALSE;

  set_placing (self, NULL);
  dm_workspace_select_annotation_by_uuid (self->workspace, dm_annotation_get_uuid (placing));
  update_flags (self);

  return TRUE;
}

/**
 * dm_annotation_panel_state_create_topic:
 * @name: the new topic's name
 * @parent_uuid: (nullable): the topic it belongs under
 *
 * Adds a topic to the codebook and codes the annotation with it.
 *
 * Returns: %TRUE if the topic was added
 */
gboolean
dm_annotation_panel_state_create_topic (DmAnnotationPanelState  *self,
                                        const char              *name,
                                        const char              *parent_uuid,
                                        GError                 **error)
{
  g_autoptr(DmTopic) topic = NULL;
  g_autofree char *stripped = NULL;

  g_return_val_if_fail (DM_IS_ANNOTATION_PANEL_STATE (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  stripped = g_strstrip (g_strdup (name));
  if (stripped[0] == '\0')
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID, _("A topic needs a name"));
      return FALSE;
    }

  topic = dm_topic_new (stripped, parent_uuid);
  if (!dm_store_add_topic (dm_workspace_get_store (self->workspace), topic, error))
    return FALSE;

  dm_annotation_panel_state_set_topic_uuid (self, dm_topic_get_uuid (topic));

  return TRUE;
}

/* }}} */
