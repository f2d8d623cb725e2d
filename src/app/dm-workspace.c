/* dm-workspace.c - what the analyst has on screen
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-workspace"

#include "config.h"

#include "dm-workspace.h"

/* The document is the store; the workspace is the session around it: the
 * article being read with its annotations and sentences, the span or the
 * annotation selected, the sentence under the pointer. Views bind to it
 * and never to each other, and it needs no display, so the panel state
 * and the tests can drive it alone. */

struct _DmWorkspace
{
  GObject          parent_instance;

  DmStore         *store;
  DmArticle       *article;
  GListModel      *annotations;
  GArray          *sentences;
  GListModel      *actors;
  GListModel      *topics;
  GHashTable      *actors_by_uuid;
  GHashTable      *topics_by_uuid;
  GPtrArray       *acts;
  DmMentionFinder *mention_finder;
  DmAnnotation    *selected_annotation;

  guint            selection_start;
  guint            selection_end;
  int              hovered_sentence;
  guint            has_selection : 1;
};

G_DEFINE_FINAL_TYPE (DmWorkspace, dm_workspace, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STORE,
  PROP_ARTICLE,
  PROP_ANNOTATIONS,
  PROP_ACTORS,
  PROP_TOPICS,
  PROP_MENTION_FINDER,
  PROP_HAS_SELECTION,
  PROP_SELECTION_START,
  PROP_SELECTION_END,
  PROP_SELECTED_ANNOTATION,
  PROP_HOVERED_SENTENCE,
  N_PROPS
};

enum {
  ERROR_REPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Helpers {{{ */

static GHashTable *
index_by_uuid (GListModel  *model,
               const char *(*get_uuid) (gpointer))
{
  GHashTable *index = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  guint n_items = g_list_model_get_n_items (model);

  for (guint i = 0; i < n_items; i++)
    {
      gpointer item = g_list_model_get_item (model, i);

      /* The key is owned by the item the table holds. */
      g_hash_table_replace (index, (gpointer) get_uuid (item), item);
    }

  return index;
}

static void
set_selection (DmWorkspace *self,
               gboolean     has_selection,
               guint        start,
               guint        end)
{
  g_assert (DM_IS_WORKSPACE (self));

  if (!has_selection)
    start = end = 0;

  g_object_freeze_notify (G_OBJECT (self));

  if (self->has_selection != !!has_selection)
    {
      self->has_selection = !!has_selection;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_SELECTION]);
    }

  if (self->selection_start != start)
    {
      self->selection_start = start;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_START]);
    }

  if (self->selection_end != end)
    {
      self->selection_end = end;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTION_END]);
    }

  g_object_thaw_notify (G_OBJECT (self));
}

static void
set_selected_annotation (DmWorkspace  *self,
                         DmAnnotation *annotation)
{
  g_assert (DM_IS_WORKSPACE (self));

  if (g_set_object (&self->selected_annotation, annotation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_ANNOTATION]);
}

/* An orphan's stored span is only where it used to be (issue 6): it
 * selects no text, or the analyst would read the wrong passage as its. */
static void
select_annotation_span (DmWorkspace  *self,
                        DmAnnotation *annotation)
{
  if (dm_annotation_get_orphan (annotation))
    set_selection (self, FALSE, 0, 0);
  else
    set_selection (self, TRUE, dm_annotation_get_start (annotation), dm_annotation_get_end (annotation));
}

/* The index of the first sentence that starts at or after @offset. */
static guint
first_sentence_from (DmWorkspace *self,
                     guint        offset)
{
  guint lo = 0;
  guint hi;

  g_assert (DM_IS_WORKSPACE (self));

  if (self->sentences == NULL)
    return 0;

  hi = self->sentences->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->sentences, DmSentence, mid).start < offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static void
clear_article (DmWorkspace *self)
{
  g_assert (DM_IS_WORKSPACE (self));

  g_clear_object (&self->article);
  g_clear_object (&self->annotations);
  g_clear_pointer (&self->sentences, g_array_unref);
  self->hovered_sentence = -1;
}

/* }}} */

/* Callbacks {{{ */

static void
annotations_changed_cb (DmWorkspace *self,
                        guint        position,
                        guint        removed,
                        guint        added,
                        GListModel  *model)
{
  const char *uuid;
  guint found;

  g_assert (DM_IS_WORKSPACE (self));
  g_assert (G_IS_LIST_MODEL (model));

  if (self->selected_annotation == NULL)
    return;

  /* An undone, deleted or edited annotation: keep the span the analyst was
   * looking at, and follow the row if it still exists. */
  uuid = dm_annotation_get_uuid (self->selected_annotation);
  if (dm_store_list_find (DM_STORE_LIST (model), uuid, &found))
    {
      g_autoptr(DmAnnotation) current = g_list_model_get_item (model, found);

      if (current != self->selected_annotation)
        {
          select_annotation_span (self, current);
          set_selected_annotation (self, current);
        }
    }
  else
    {
      set_selected_annotation (self, NULL);
    }
}

/* The article's text was corrected (issue 6), or the correction undone:
 * read it again. Its annotations follow in their own list, which the store
 * announces right after the article. Other changes to the articles table
 * (an import is a reset) leave the article as it is. */
static void
store_changed_cb (DmWorkspace   *self,
                  DmStoreTable   table,
                  DmStoreChange  change,
                  const char    *uuid,
                  const char    *article_uuid,
                  DmStore       *store)
{
  g_autoptr(DmArticle) summary = NULL;
  g_autoptr(DmArticle) article = NULL;
  const char *body;

  g_assert (DM_IS_WORKSPACE (self));

  if (table != DM_STORE_TABLE_ARTICLES || self->article == NULL ||
      (uuid != NULL && g_strcmp0 (uuid, dm_article_get_uuid (self->article)) != 0))
    return;

  /* Every new annotation touches its article's row (the count in the
   * list): look at the time stamp alone, which a correction and its undo
   * change, before reading a long body again. Gone: the window's list
   * selects another article. */
  if (!(summary = dm_store_lookup_article_summary (self->store, dm_article_get_uuid (self->article), NULL)) ||
      g_strcmp0 (dm_article_get_updated (summary), dm_article_get_updated (self->article)) == 0)
    return;

  if (!(article = dm_store_lookup_article (self->store, dm_article_get_uuid (self->article), NULL)))
    return;

  g_object_freeze_notify (G_OBJECT (self));

  /* Offsets into the old text mean nothing in the new one. */
  set_selected_annotation (self, NULL);
  set_selection (self, FALSE, 0, 0);
  if (self->hovered_sentence != -1)
    {
      self->hovered_sentence = -1;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_SENTENCE]);
    }

  body = dm_article_get_body (article);
  g_clear_pointer (&self->sentences, g_array_unref);
  self->sentences = dm_segment_sentences (body != NULL ? body : "", -1);
  g_set_object (&self->article, article);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);

  g_object_thaw_notify (G_OBJECT (self));
}

static void
actors_changed_cb (DmWorkspace *self,
                   guint        position,
                   guint        removed,
                   guint        added,
                   GListModel  *model)
{
  g_assert (DM_IS_WORKSPACE (self));

  g_clear_pointer (&self->actors_by_uuid, g_hash_table_unref);

  if (self->mention_finder != NULL)
    {
      g_clear_object (&self->mention_finder);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTION_FINDER]);
    }
}

static void
topics_changed_cb (DmWorkspace *self,
                   guint        position,
                   guint        removed,
                   guint        added,
                   GListModel  *model)
{
  g_assert (DM_IS_WORKSPACE (self));

  g_clear_pointer (&self->topics_by_uuid, g_hash_table_unref);
}

/* }}} */

/* GObject {{{ */

static void
dm_workspace_constructed (GObject *object)
{
  DmWorkspace *self = DM_WORKSPACE (object);

  G_OBJECT_CLASS (dm_workspace_parent_class)->constructed (object);

  g_return_if_fail (DM_IS_STORE (self->store));

  self->actors = dm_store_list_actors (self->store);
  self->topics = dm_store_list_topics (self->store);
  g_signal_connect_object (self->actors, "items-changed",
                           G_CALLBACK (actors_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->topics, "items-changed",
                           G_CALLBACK (topics_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
dm_workspace_dispose (GObject *object)
{
  DmWorkspace *self = DM_WORKSPACE (object);

  clear_article (self);
  g_clear_object (&self->selected_annotation);
  g_clear_object (&self->mention_finder);
  g_clear_pointer (&self->actors_by_uuid, g_hash_table_unref);
  g_clear_pointer (&self->topics_by_uuid, g_hash_table_unref);
  g_clear_pointer (&self->acts, g_ptr_array_unref);
  g_clear_object (&self->actors);
  g_clear_object (&self->topics);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dm_workspace_parent_class)->dispose (object);
}

static void
dm_workspace_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DmWorkspace *self = DM_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;

    case PROP_ANNOTATIONS:
      g_value_set_object (value, self->annotations);
      break;

    case PROP_ACTORS:
      g_value_set_object (value, self->actors);
      break;

    case PROP_TOPICS:
      g_value_set_object (value, self->topics);
      break;

    case PROP_MENTION_FINDER:
      g_value_set_object (value, dm_workspace_get_mention_finder (self));
      break;

    case PROP_HAS_SELECTION:
      g_value_set_boolean (value, self->has_selection);
      break;

    case PROP_SELECTION_START:
      g_value_set_uint (value, self->selection_start);
      break;

    case PROP_SELECTION_END:
      g_value_set_uint (value, self->selection_end);
      break;

    case PROP_SELECTED_ANNOTATION:
      g_value_set_object (value, self->selected_annotation);
      break;

    case PROP_HOVERED_SENTENCE:
      g_value_set_int (value, self->hovered_sentence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_workspace_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DmWorkspace *self = DM_WORKSPACE (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_SELECTED_ANNOTATION:
      dm_workspace_select_annotation (self, g_value_get_object (value));
      break;

    case PROP_HOVERED_SENTENCE:
      dm_workspace_set_hovered_sentence (self, g_value_get_int (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_workspace_class_init (DmWorkspaceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dm_workspace_constructed;
  object_class->dispose = dm_workspace_dispose;
  object_class->get_property = dm_workspace_get_property;
  object_class->set_property = dm_workspace_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DmWorkspace:article:
   *
   * The article being read, body included, or %NULL.
   */
  properties[PROP_ARTICLE] =
    g_param_spec_object ("article", NULL, NULL,
                         DM_TYPE_ARTICLE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmWorkspace:annotations:
   *
   * The live list of the article's annotations, by position, or %NULL.
   */
  properties[PROP_ANNOTATIONS] =
    g_param_spec_object ("annotations", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ACTORS] =
    g_param_spec_object ("actors", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  properties[PROP_TOPICS] =
    g_param_spec_object ("topics", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  /**
   * DmWorkspace:mention-finder:
   *
   * Finds the codebook's actors in text; replaced when the codebook
   * changes.
   */
  properties[PROP_MENTION_FINDER] =
    g_param_spec_object ("mention-finder", NULL, NULL,
                         DM_TYPE_MENTION_FINDER,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_HAS_SELECTION] =
    g_param_spec_boolean ("has-selection", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmWorkspace:selection-start:
   *
   * The first selected code point of the article body.
   */
  properties[PROP_SELECTION_START] =
    g_param_spec_uint ("selection-start", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmWorkspace:selection-end:
   *
   * The code point after the selection.
   */
  properties[PROP_SELECTION_END] =
    g_param_spec_uint ("selection-end", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmWorkspace:selected-annotation:
   *
   * The annotation being looked at or edited; its span is the selection.
   */
  properties[PROP_SELECTED_ANNOTATION] =
    g_param_spec_object ("selected-annotation", NULL, NULL,
                         DM_TYPE_ANNOTATION,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmWorkspace:hovered-sentence:
   *
   * The index of the sentence under the pointer, or -1.
   */
  properties[PROP_HOVERED_SENTENCE] =
    g_param_spec_int ("hovered-sentence", NULL, NULL,
                      -1, G_MAXINT, -1,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DmWorkspace::error-reported:
   * @summary: what failed, for the analyst ("Could not save the annotation")
   * @error: why
   *
   * A view's write failed; the window shows it.
   */
  signals[ERROR_REPORTED] =
    g_signal_new ("error-reported",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0,
                  NULL, NULL,
                  NULL,
                  G_TYPE_NONE, 2,
                  G_TYPE_STRING, G_TYPE_ERROR);
}

static void
dm_workspace_init (DmWorkspace *self)
{
  self->hovered_sentence = -1;
}

/* }}} */

/* Public API {{{ */

DmWorkspace *
dm_workspace_new (DmStore *store)
{
  g_return_val_if_fail (DM_IS_STORE (store), NULL);

  return g_object_new (DM_TYPE_WORKSPACE,
                       "store", store,
                       NULL);
}

DmStore *
dm_workspace_get_store (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  return self->store;
}

/**
 * dm_workspace_get_article:
 *
 * Returns: (transfer none) (nullable): the article being read, with its body
 */
DmArticle *
dm_workspace_get_article (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  return self->article;
}

/**
 * dm_workspace_get_annotations:
 *
 * Returns: (transfer none) (nullable): a live #DmStoreList of the article's
 *   annotations
 */
GListModel *
dm_workspace_get_annotations (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  return self->annotations;
}

GListModel *
dm_workspace_get_actors (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  return self->actors;
}

GListModel *
dm_workspace_get_topics (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  return self->topics;
}

/**
 * dm_workspace_get_sentences:
 *
 * Returns: (transfer none) (nullable) (element-type DmSentence): the
 *   article's sentences, in order
 */
GArray *
dm_workspace_get_sentences (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  return self->sentences;
}

/**
 * dm_workspace_get_acts:
 *
 * The CAMEO acts, read once: the codebook does not edit them.
 *
 * Returns: (transfer none) (element-type DmAct): the acts, by code
 */
GPtrArray *
dm_workspace_get_acts (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  if (self->acts == NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!(self->acts = dm_store_dup_acts (self->store, &error)))
        {
          g_warning ("Could not read the CAMEO acts: %s", error->message);
          self->acts = g_ptr_array_new_with_free_func ((GDestroyNotify) dm_act_free);
        }
    }

  return self->acts;
}

/**
 * dm_workspace_lookup_act:
 *
 * Returns: (transfer none) (nullable): the act with CAMEO root @code
 */
const DmAct *
dm_workspace_lookup_act (DmWorkspace *self,
                         const char  *code)
{
  GPtrArray *acts;

  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  if (code == NULL)
    return NULL;

  acts = dm_workspace_get_acts (self);
  for (guint i = 0; i < acts->len; i++)
    {
      const DmAct *act = g_ptr_array_index (acts, i);

      if (g_strcmp0 (act->code, code) == 0)
        return act;
    }

  return NULL;
}

/**
 * dm_workspace_get_mention_finder:
 *
 * Returns: (transfer none): a finder for the codebook as it is now
 */
DmMentionFinder *
dm_workspace_get_mention_finder (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  if (self->mention_finder == NULL)
    {
      g_autoptr(GPtrArray) actors = g_ptr_array_new_with_free_func (g_object_unref);
      guint n_items = g_list_model_get_n_items (self->actors);

      for (guint i = 0; i < n_items; i++)
        g_ptr_array_add (actors, g_list_model_get_item (self->actors, i));

      self->mention_finder = dm_mention_finder_new (actors);
    }

  return self->mention_finder;
}

/**
 * dm_workspace_load_article:
 * @uuid: (nullable): the article to read, or %NULL for none
 *
 * Reads the article with its body and annotations and segments it into
 * sentences. The selection is cleared.
 *
 * Returns: %TRUE if the article was loaded (or @uuid was %NULL)
 */
gboolean
dm_workspace_load_article (DmWorkspace  *self,
                           const char   *uuid,
                           GError      **error)
{
  g_autoptr(DmArticle) article = NULL;

  g_return_val_if_fail (DM_IS_WORKSPACE (self), FALSE);

  if (uuid != NULL && self->article != NULL &&
      g_strcmp0 (uuid, dm_article_get_uuid (self->article)) == 0)
    return TRUE;

  if (uuid != NULL && !(article = dm_store_lookup_article (self->store, uuid, error)))
    return FALSE;

  g_object_freeze_notify (G_OBJECT (self));

  set_selected_annotation (self, NULL);
  set_selection (self, FALSE, 0, 0);
  if (self->hovered_sentence != -1)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_SENTENCE]);

  clear_article (self);

  if (article != NULL)
    {
      const char *body = dm_article_get_body (article);

      self->article = g_steal_pointer (&article);
      self->sentences = dm_segment_sentences (body != NULL ? body : "", -1);
      self->annotations = dm_store_list_annotations (self->store, uuid);

      /* After the views' own models (a GtkMapListModel, its selection)
       * have taken the change in, so that they see a consistent list when
       * the selected annotation is replaced or dropped. */
      g_signal_connect_object (self->annotations, "items-changed",
                               G_CALLBACK (annotations_changed_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANNOTATIONS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);

  g_object_thaw_notify (G_OBJECT (self));

  return TRUE;
}

gboolean
dm_workspace_get_has_selection (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), FALSE);

  return self->has_selection;
}

guint
dm_workspace_get_selection_start (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), 0);

  return self->selection_start;
}

guint
dm_workspace_get_selection_end (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), 0);

  return self->selection_end;
}

/**
 * dm_workspace_select_span:
 * @start: the first code point
 * @end: the code point after the span
 *
 * Selects a new span to annotate: no annotation is selected any more. An
 * empty span, or one outside the article, clears the selection.
 */
void
dm_workspace_select_span (DmWorkspace *self,
                          guint        start,
                          guint        end)
{
  guint length;

  g_return_if_fail (DM_IS_WORKSPACE (self));

  length = self->article != NULL ? dm_article_get_length (self->article) : 0;
  end = MIN (end, length);

  g_object_freeze_notify (G_OBJECT (self));
  set_selected_annotation (self, NULL);
  set_selection (self, start < end, start, end);
  g_object_thaw_notify (G_OBJECT (self));
}

void
dm_workspace_clear_selection (DmWorkspace *self)
{
  g_return_if_fail (DM_IS_WORKSPACE (self));

  g_object_freeze_notify (G_OBJECT (self));
  set_selected_annotation (self, NULL);
  set_selection (self, FALSE, 0, 0);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * dm_workspace_get_selected_annotation:
 *
 * Returns: (transfer none) (nullable): the selected annotation
 */
DmAnnotation *
dm_workspace_get_selected_annotation (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  return self->selected_annotation;
}

/**
 * dm_workspace_select_annotation:
 * @annotation: (nullable): one of the article's annotations
 *
 * Selects @annotation and its span; %NULL keeps the span but no longer
 * edits an annotation.
 */
void
dm_workspace_select_annotation (DmWorkspace  *self,
                                DmAnnotation *annotation)
{
  g_return_if_fail (DM_IS_WORKSPACE (self));
  g_return_if_fail (annotation == NULL || DM_IS_ANNOTATION (annotation));

  g_object_freeze_notify (G_OBJECT (self));
  if (annotation != NULL)
    select_annotation_span (self, annotation);
  set_selected_annotation (self, annotation);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * dm_workspace_select_annotation_by_uuid:
 *
 * Returns: %TRUE if the article has an annotation @uuid
 */
gboolean
dm_workspace_select_annotation_by_uuid (DmWorkspace *self,
                                        const char  *uuid)
{
  g_autoptr(DmAnnotation) annotation = NULL;
  guint position;

  g_return_val_if_fail (DM_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (self->annotations == NULL ||
      !dm_store_list_find (DM_STORE_LIST (self->annotations), uuid, &position))
    return FALSE;

  annotation = g_list_model_get_item (self->annotations, position);
  dm_workspace_select_annotation (self, annotation);

  return TRUE;
}

int
dm_workspace_get_hovered_sentence (DmWorkspace *self)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), -1);

  return self->hovered_sentence;
}

void
dm_workspace_set_hovered_sentence (DmWorkspace *self,
                                   int          index)
{
  g_return_if_fail (DM_IS_WORKSPACE (self));

  if (self->sentences == NULL || index < 0 || (guint) index >= self->sentences->len)
    index = -1;

  if (self->hovered_sentence != index)
    {
      self->hovered_sentence = index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HOVERED_SENTENCE]);
    }
}

/**
 * dm_workspace_find_sentence:
 * @offset: a code point of the article
 * @index: (out) (optional): the sentence holding @offset
 *
 * Returns: %FALSE if @offset is in the space between sentences
 */
gboolean
dm_workspace_find_sentence (DmWorkspace *self,
                            guint        offset,
                            guint       *index)
{
  guint next;

  g_return_val_if_fail (DM_IS_WORKSPACE (self), FALSE);

  if (self->sentences == NULL)
    return FALSE;

  /* The sentence holding @offset is the last one starting at or before it. */
  next = first_sentence_from (self, offset + 1);
  if (next == 0 || offset >= g_array_index (self->sentences, DmSentence, next - 1).end)
    return FALSE;

  if (index != NULL)
    *index = next - 1;

  return TRUE;
}

/**
 * dm_workspace_select_sentence:
 *
 * Selects the sentence @index as a new span to annotate.
 *
 * Returns: %FALSE if there is no such sentence
 */
gboolean
dm_workspace_select_sentence (DmWorkspace *self,
                              guint        index)
{
  const DmSentence *sentence;

  g_return_val_if_fail (DM_IS_WORKSPACE (self), FALSE);

  if (self->sentences == NULL || index >= self->sentences->len)
    return FALSE;

  sentence = &g_array_index (self->sentences, DmSentence, index);
  dm_workspace_select_span (self, sentence->start, sentence->end);

  return TRUE;
}

/**
 * dm_workspace_move_sentence:
 * @direction: 1 for the next sentence, -1 for the previous one
 *
 * Selects the sentence after (or before) the selection; without a
 * selection, the first (or last) sentence.
 *
 * Returns: %FALSE at either end of the article
 */
gboolean
dm_workspace_move_sentence (DmWorkspace *self,
                            int          direction)
{
  guint index;

  g_return_val_if_fail (DM_IS_WORKSPACE (self), FALSE);
  g_return_val_if_fail (direction == 1 || direction == -1, FALSE);

  if (self->sentences == NULL || self->sentences->len == 0)
    return FALSE;

  if (!self->has_selection)
    return dm_workspace_select_sentence (self, direction > 0 ? 0 : self->sentences->len - 1);

  if (direction > 0)
    {
      /* The first sentence ending after the selection: a selection inside
       * a sentence moves to the next one. */
      index = first_sentence_from (self, self->selection_end);
      if (index < self->sentences->len)
        return dm_workspace_select_sentence (self, index);
      return FALSE;
    }

  index = first_sentence_from (self, self->selection_start);
  if (index == 0)
    return FALSE;

  return dm_workspace_select_sentence (self, index - 1);
}

/**
 * dm_workspace_dup_annotations_at:
 * @offset: a code point of the article
 *
 * Returns: (transfer full) (element-type DmAnnotation): the annotations
 *   covering @offset, innermost first
 */
GPtrArray *
dm_workspace_dup_annotations_at (DmWorkspace *self,
                                 guint        offset)
{
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_items;

  g_return_val_if_fail (DM_IS_WORKSPACE (self), found);

  if (self->annotations == NULL)
    return found;

  /* The list is sorted by start: stop at the first one after @offset. */
  n_items = g_list_model_get_n_items (self->annotations);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DmAnnotation) annotation = g_list_model_get_item (self->annotations, i);

      if (dm_annotation_get_start (annotation) > offset)
        break;

      /* Orphans are not painted, so a click cannot land on one. */
      if (dm_annotation_get_end (annotation) > offset && !dm_annotation_get_orphan (annotation))
        g_ptr_array_insert (found, 0, g_steal_pointer (&annotation));
    }

  return found;
}

/**
 * dm_workspace_lookup_actor:
 *
 * Returns: (transfer none) (nullable): the codebook's actor @uuid
 */
DmActor *
dm_workspace_lookup_actor (DmWorkspace *self,
                           const char  *uuid)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  if (uuid == NULL)
    return NULL;

  if (self->actors_by_uuid == NULL)
    self->actors_by_uuid = index_by_uuid (self->actors, (const char *(*) (gpointer)) dm_actor_get_uuid);

  return g_hash_table_lookup (self->actors_by_uuid, uuid);
}

/**
 * dm_workspace_lookup_topic:
 *
 * Returns: (transfer none) (nullable): the codebook's topic @uuid
 */
DmTopic *
dm_workspace_lookup_topic (DmWorkspace *self,
                           const char  *uuid)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (self), NULL);

  if (uuid == NULL)
    return NULL;

  if (self->topics_by_uuid == NULL)
    self->topics_by_uuid = index_by_uuid (self->topics, (const char *(*) (gpointer)) dm_topic_get_uuid);

  return g_hash_table_lookup (self->topics_by_uuid, uuid);
}

/**
 * dm_workspace_report_error:
 * @summary: what failed, as a short sentence for the analyst
 * @error: why
 *
 * Hands a failure to whoever shows them (the window's banner).
 */
void
dm_workspace_report_error (DmWorkspace  *self,
                           const char   *summary,
                           const GError *error)
{
  g_return_if_fail (DM_IS_WORKSPACE (self));
  g_return_if_fail (summary != NULL);
  g_return_if_fail (error != NULL);

  g_signal_emit (self, signals[ERROR_REPORTED], 0, summary, error);
}

/* }}} */
