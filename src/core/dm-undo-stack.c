/* dm-undo-stack.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-undo-stack"

#include "config.h"

#include "dm-store-private.h"
#include "dm-undo-stack-private.h"

/* How many entries are kept; the oldest fall off. */
#define MAX_ENTRIES 200

typedef struct
{
  char      *label;
  GPtrArray *edits;
} Entry;

struct _DmUndoStack
{
  GObject  parent_instance;

  DmStore *store;   /* unowned: the store owns us */
  GQueue   undo;    /* Entry*, newest at the head */
  GQueue   redo;
};

G_DEFINE_FINAL_TYPE (DmUndoStack, dm_undo_stack, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
entry_free (Entry *entry)
{
  g_free (entry->label);
  g_ptr_array_unref (entry->edits);
  g_free (entry);
}

void
_dm_store_edit_free (DmStoreEdit *edit)
{
  if (edit == NULL)
    return;

  g_free (edit->uuid);
  g_clear_object (&edit->before);
  g_clear_object (&edit->after);
  g_free (edit);
}

static const char *
table_noun (DmStoreTable table)
{
  switch (table)
    {
    case DM_STORE_TABLE_ARTICLES: return "article";
    case DM_STORE_TABLE_ACTORS: return "actor";
    case DM_STORE_TABLE_TOPICS: return "topic";
    case DM_STORE_TABLE_ANNOTATIONS: return "annotation";
    default: g_assert_not_reached ();
    }
}

/* Names an entry after what the analyst did, for "Undo Delete article". */
static char *
describe (GPtrArray *edits)
{
  const DmStoreEdit *last = g_ptr_array_index (edits, edits->len - 1);
  const char *verb = last->before == NULL ? "Add" : last->after == NULL ? "Delete" : "Edit";
  guint same = 0;

  for (guint i = 0; i < edits->len; i++)
    {
      const DmStoreEdit *edit = g_ptr_array_index (edits, i);

      if (edit->table == last->table && (edit->before == NULL) == (last->before == NULL) &&
          (edit->after == NULL) == (last->after == NULL))
        same++;
    }

  /* An article deleted with its annotations is one deletion. */
  if (same == 1 && last->after == NULL && last->table == DM_STORE_TABLE_ARTICLES)
    return g_strdup ("Delete article");

  if (edits->len == 1 || same == 1)
    return g_strdup_printf ("%s %s", verb, table_noun (last->table));

  if (same == edits->len)
    return g_strdup_printf ("%s %u %ss", verb, same, table_noun (last->table));

  return g_strdup_printf ("%u changes", edits->len);
}

static gboolean
put_row (DmStore      *store,
         DmStoreTable  table,
         GObject      *row,
         gboolean      exists,
         GError      **error)
{
  switch (table)
    {
    case DM_STORE_TABLE_ARTICLES:
      return _dm_store_put_article (store, DM_ARTICLE (row), exists, error);
    case DM_STORE_TABLE_ACTORS:
      return _dm_store_put_actor (store, DM_ACTOR (row), exists, error);
    case DM_STORE_TABLE_TOPICS:
      return _dm_store_put_topic (store, DM_TOPIC (row), exists, error);
    case DM_STORE_TABLE_ANNOTATIONS:
      return _dm_store_put_annotation (store, DM_ANNOTATION (row), exists, error);
    default:
      g_assert_not_reached ();
    }
}

/* Writes one side of every edit: the before images backwards for undo, the
 * after images forwards for redo. Rows are written with their own time
 * stamps, so undo restores exactly what was there. */
static gboolean
replay (DmUndoStack  *self,
        Entry        *entry,
        gboolean      backwards,
        GError      **error)
{
  gboolean ok = TRUE;

  if (!_dm_store_begin (self->store, error))
    return FALSE;

  _dm_store_set_replaying (self->store, TRUE);

  for (guint n = 0; ok && n < entry->edits->len; n++)
    {
      guint i = backwards ? entry->edits->len - 1 - n : n;
      const DmStoreEdit *edit = g_ptr_array_index (entry->edits, i);
      GObject *target = backwards ? edit->before : edit->after;
      GObject *other = backwards ? edit->after : edit->before;

      if (target == NULL)
        ok = _dm_store_delete_row (self->store, edit->table, edit->uuid, error);
      else
        {
          g_autoptr(GObject) copy = NULL;

          /* The store fills in fields of what it writes: keep our image. */
          switch (edit->table)
            {
            case DM_STORE_TABLE_ARTICLES: copy = G_OBJECT (dm_article_copy (DM_ARTICLE (target))); break;
            case DM_STORE_TABLE_ACTORS: copy = G_OBJECT (dm_actor_copy (DM_ACTOR (target))); break;
            case DM_STORE_TABLE_TOPICS: copy = G_OBJECT (dm_topic_copy (DM_TOPIC (target))); break;
            case DM_STORE_TABLE_ANNOTATIONS: copy = G_OBJECT (dm_annotation_copy (DM_ANNOTATION (target))); break;
            default: g_assert_not_reached ();
            }
          ok = put_row (self->store, edit->table, copy, other != NULL, error);
        }
    }

  _dm_store_set_replaying (self->store, FALSE);

  if (!ok)
    {
      _dm_store_rollback (self->store);
      g_prefix_error (error, "cannot %s “%s”: ", backwards ? "undo" : "redo", entry->label);
      return FALSE;
    }

  return _dm_store_commit (self->store, error);
}

static void
notify_all (DmUndoStack *self)
{
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

static void
dm_undo_stack_finalize (GObject *object)
{
  DmUndoStack *self = (DmUndoStack *)object;

  g_queue_clear_full (&self->undo, (GDestroyNotify) entry_free);
  g_queue_clear_full (&self->redo, (GDestroyNotify) entry_free);

  G_OBJECT_CLASS (dm_undo_stack_parent_class)->finalize (object);
}

static void
dm_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DmUndoStack *self = DM_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, dm_undo_stack_get_can_undo (self));
      break;

    case PROP_CAN_REDO:
      g_value_set_boolean (value, dm_undo_stack_get_can_redo (self));
      break;

    case PROP_UNDO_LABEL:
      g_value_set_string (value, dm_undo_stack_get_undo_label (self));
      break;

    case PROP_REDO_LABEL:
      g_value_set_string (value, dm_undo_stack_get_redo_label (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_undo_stack_class_init (DmUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dm_undo_stack_finalize;
  object_class->get_property = dm_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_undo_stack_init (DmUndoStack *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
}

DmUndoStack *
_dm_undo_stack_new (DmStore *store)
{
  DmUndoStack *self = g_object_new (DM_TYPE_UNDO_STACK, NULL);

  self->store = store;
  return self;
}

/* Takes @edits, the journal of one committed transaction. */
void
_dm_undo_stack_push (DmUndoStack *self,
                     GPtrArray   *edits)
{
  Entry *entry;

  g_return_if_fail (DM_IS_UNDO_STACK (self));
  g_return_if_fail (edits != NULL && edits->len > 0);

  entry = g_new0 (Entry, 1);
  entry->edits = g_ptr_array_ref (edits);
  entry->label = describe (edits);

  g_queue_push_head (&self->undo, entry);
  while (self->undo.length > MAX_ENTRIES)
    entry_free (g_queue_pop_tail (&self->undo));

  g_queue_clear_full (&self->redo, (GDestroyNotify) entry_free);
  notify_all (self);
}

/* Moves @other's entries, oldest first, onto @self, as if @self's store
 * had committed them: @other belongs to another store on the same file
 * that has finished writing (see dm_store_reload()). */
void
_dm_undo_stack_adopt (DmUndoStack *self,
                      DmUndoStack *other)
{
  Entry *entry;

  g_return_if_fail (DM_IS_UNDO_STACK (self));
  g_return_if_fail (DM_IS_UNDO_STACK (other));

  while ((entry = g_queue_pop_tail (&other->undo)) != NULL)
    {
      _dm_undo_stack_push (self, entry->edits);
      entry_free (entry);
    }

  g_queue_clear_full (&other->redo, (GDestroyNotify) entry_free);
  notify_all (other);
}

gboolean
dm_undo_stack_get_can_undo (DmUndoStack *self)
{
  g_return_val_if_fail (DM_IS_UNDO_STACK (self), FALSE);

  return self->undo.length > 0;
}

gboolean
dm_undo_stack_get_can_redo (DmUndoStack *self)
{
  g_return_val_if_fail (DM_IS_UNDO_STACK (self), FALSE);

  return self->redo.length > 0;
}

/**
 * dm_undo_stack_get_undo_label:
 *
 * Returns: (nullable): what undo would take back, such as "Add annotation"
 */
const char *
dm_undo_stack_get_undo_label (DmUndoStack *self)
{
  Entry *entry;

  g_return_val_if_fail (DM_IS_UNDO_STACK (self), NULL);

  entry = g_queue_peek_head (&self->undo);
  return entry != NULL ? entry->label : NULL;
}

const char *
dm_undo_stack_get_redo_label (DmUndoStack *self)
{
  Entry *entry;

  g_return_val_if_fail (DM_IS_UNDO_STACK (self), NULL);

  entry = g_queue_peek_head (&self->redo);
  return entry != NULL ? entry->label : NULL;
}

/**
 * dm_undo_stack_undo:
 *
 * Takes back the newest entry in one transaction. If the rows have changed
 * meanwhile behind the store's back (another program), nothing is changed
 * and the entry stays.
 *
 * Returns: %TRUE if something was undone
 */
gboolean
dm_undo_stack_undo (DmUndoStack  *self,
                    GError      **error)
{
  Entry *entry;

  g_return_val_if_fail (DM_IS_UNDO_STACK (self), FALSE);

  if (!(entry = g_queue_peek_head (&self->undo)))
    return FALSE;

  if (!replay (self, entry, TRUE, error))
    return FALSE;

  g_queue_push_head (&self->redo, g_queue_pop_head (&self->undo));
  notify_all (self);
  return TRUE;
}

gboolean
dm_undo_stack_redo (DmUndoStack  *self,
                    GError      **error)
{
  Entry *entry;

  g_return_val_if_fail (DM_IS_UNDO_STACK (self), FALSE);

  if (!(entry = g_queue_peek_head (&self->redo)))
    return FALSE;

  if (!replay (self, entry, FALSE, error))
    return FALSE;

  g_queue_push_head (&self->undo, g_queue_pop_head (&self->redo));
  notify_all (self);
  return TRUE;
}

void
dm_undo_stack_clear (DmUndoStack *self)
{
  g_return_if_fail (DM_IS_UNDO_STACK (self));

  g_queue_clear_full (&self->undo, (GDestroyNotify) entry_free);
  g_queue_clear_full (&self->redo, (GDestroyNotify) entry_free);
  notify_all (self);
}
