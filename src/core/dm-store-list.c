/* dm-store-list.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-store-list"

#include "config.h"

#include <string.h>

#include "dm-enum-types.h"
#include "dm-store-list.h"
#include "dm-store-private.h"

struct _DmStoreList
{
  GObject       parent_instance;

  DmStore      *store;
  GPtrArray    *items;
  /* uuid → item, so that a row is found without a scan: with the item in
   * hand, its place is a binary search in the sorted items. */
  GHashTable   *by_uuid;
  char         *article_uuid;
  char         *query;
  DmStoreTable  table;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (DmStoreList, dm_store_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_STORE,
  PROP_TABLE,
  PROP_ARTICLE_UUID,
  PROP_QUERY,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Orders {{{ */

/* These mirror the ORDER BY clauses in dm-store.c, so that a row can be
 * placed where a reload would put it. SQLite's NOCASE folds ASCII only, as
 * g_ascii_strcasecmp() does. */

static int
compare_nocase (const char *a,
                const char *b)
{
  if (a == NULL || b == NULL)
    return (a != NULL) - (b != NULL);

  return g_ascii_strcasecmp (a, b);
}

static int
compare_articles (gconstpointer a,
                  gconstpointer b)
{
  DmArticle *x = (DmArticle *) a;
  DmArticle *y = (DmArticle *) b;
  const char *px = dm_article_get_published (x);
  const char *py = dm_article_get_published (y);
  int cmp;

  if ((px == NULL) != (py == NULL))
    return px == NULL ? 1 : -1;
  if (px != NULL && (cmp = strcmp (py, px)) != 0)
    return cmp;
  if ((cmp = compare_nocase (dm_article_get_title (x), dm_article_get_title (y))) != 0)
    return cmp;

  return g_strcmp0 (dm_article_get_uuid (x), dm_article_get_uuid (y));
}

static int
compare_actors (gconstpointer a,
                gconstpointer b)
{
  DmActor *x = (DmActor *) a;
  DmActor *y = (DmActor *) b;
  int cmp;

  if ((cmp = compare_nocase (dm_actor_get_name (x), dm_actor_get_name (y))) != 0)
    return cmp;

  return g_strcmp0 (dm_actor_get_uuid (x), dm_actor_get_uuid (y));
}

static int
compare_topics (gconstpointer a,
                gconstpointer b)
{
  DmTopic *x = (DmTopic *) a;
  DmTopic *y = (DmTopic *) b;
  int cmp;

  if ((cmp = compare_nocase (dm_topic_get_path (x), dm_topic_get_path (y))) != 0)
    return cmp;

  return g_strcmp0 (dm_topic_get_uuid (x), dm_topic_get_uuid (y));
}

static int
compare_annotations (gconstpointer a,
                     gconstpointer b)
{
  DmAnnotation *x = (DmAnnotation *) a;
  DmAnnotation *y = (DmAnnotation *) b;
  int cmp;

  if ((cmp = g_strcmp0 (dm_annotation_get_article_uuid (x), dm_annotation_get_article_uuid (y))) != 0)
    return cmp;
  if (dm_annotation_get_start (x) != dm_annotation_get_start (y))
    return dm_annotation_get_start (x) < dm_annotation_get_start (y) ? -1 : 1;
  if (dm_annotation_get_end (x) != dm_annotation_get_end (y))
    return dm_annotation_get_end (x) < dm_annotation_get_end (y) ? -1 : 1;

  return g_strcmp0 (dm_annotation_get_uuid (x), dm_annotation_get_uuid (y));
}

static GCompareFunc
get_compare_func (DmStoreList *self)
{
  switch (self->table)
    {
    case DM_STORE_TABLE_ARTICLES: return compare_articles;
    case DM_STORE_TABLE_ACTORS: return compare_actors;
    case DM_STORE_TABLE_TOPICS: return compare_topics;
    case DM_STORE_TABLE_ANNOTATIONS: return compare_annotations;
    default: g_assert_not_reached ();
    }
}

/* }}} */

/* Helpers {{{ */

static const char *
item_uuid (gpointer item)
{
  if (DM_IS_ARTICLE (item))
    return dm_article_get_uuid (item);
  if (DM_IS_ACTOR (item))
    return dm_actor_get_uuid (item);
  if (DM_IS_TOPIC (item))
    return dm_topic_get_uuid (item);

  return dm_annotation_get_uuid (item);
}

static GPtrArray *
fetch_all (DmStoreList  *self,
           GError      **error)
{
  switch (self->table)
    {
    case DM_STORE_TABLE_ARTICLES:
      return _dm_store_dup_article_summaries (self->store, self->query, error);
    case DM_STORE_TABLE_ACTORS:
      return dm_store_dup_actors (self->store, error);
    case DM_STORE_TABLE_TOPICS:
      return dm_store_dup_topics (self->store, error);
    case DM_STORE_TABLE_ANNOTATIONS:
      return dm_store_dup_annotations (self->store, self->article_uuid, error);
    default:
      g_assert_not_reached ();
    }
}

static gpointer
fetch_one (DmStoreList  *self,
           const char   *uuid,
           GError      **error)
{
  switch (self->table)
    {
    case DM_STORE_TABLE_ARTICLES:
      return dm_store_lookup_article_summary (self->store, uuid, error);
    case DM_STORE_TABLE_ACTORS:
      return dm_store_lookup_actor (self->store, uuid, error);
    case DM_STORE_TABLE_TOPICS:
      return dm_store_lookup_topic (self->store, uuid, error);
    case DM_STORE_TABLE_ANNOTATIONS:
      return dm_store_lookup_annotation (self->store, uuid, error);
    default:
      g_assert_not_reached ();
    }
}

static void
index_items (DmStoreList *self)
{
  g_hash_table_remove_all (self->by_uuid);

  for (guint i = 0; i < self->items->len; i++)
    {
      gpointer item = g_ptr_array_index (self->items, i);

      g_hash_table_insert (self->by_uuid, g_strdup (item_uuid (item)), item);
    }
}

static void
reload (DmStoreList *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  guint removed = self->items->len;

  if (!(items = fetch_all (self, &error)))
    {
      g_warning ("Could not load the list: %s", error->message);
      items = g_ptr_array_new_with_free_func (g_object_unref);
    }

  g_clear_pointer (&self->items, g_ptr_array_unref);
  self->items = g_steal_pointer (&items);
  index_items (self);

  if (removed > 0 || self->items->len > 0)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->items->len);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

/* Binary search for where @item belongs. */
static guint
find_insert_position (DmStoreList *self,
                      gpointer     item)
{
  GCompareFunc compare = get_compare_func (self);
  guint lo = 0;
  guint hi = self->items->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (compare (g_ptr_array_index (self->items, mid), item) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

static gboolean
belongs_here (DmStoreList *self,
              gpointer     item)
{
  if (self->article_uuid != NULL && DM_IS_ANNOTATION (item))
    return g_strcmp0 (dm_annotation_get_article_uuid (item), self->article_uuid) == 0;

  return TRUE;
}

/* Applies one row's change with a single items-changed: a row that moves
 * is announced as the range between its old and new places. */
static void
apply_change (DmStoreList   *self,
              DmStoreChange  change,
              const char    *uuid)
{
  g_autoptr(GError) error = NULL;
  gpointer item = NULL;
  guint old_position = G_MAXUINT;
  guint new_position;
  gboolean had = dm_store_list_find (self, uuid, &old_position);

  if (change != DM_STORE_CHANGE_REMOVED)
    {
      item = fetch_one (self, uuid, &error);
      if (item == NULL)
        {
          g_warning ("Could not load %s: %s", uuid, error->message);
          reload (self);
          return;
        }
      if (!belongs_here (self, item))
        g_clear_object (&item);
    }

  if (had)
    {
      g_hash_table_remove (self->by_uuid, uuid);
      g_ptr_array_remove_index (self->items, old_position);
    }

  if (item == NULL)
    {
      if (had)
        {
          g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 0);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
        }
      return;
    }

  new_position = find_insert_position (self, item);
  g_ptr_array_insert (self->items, new_position, item);
  g_hash_table_insert (self->by_uuid, g_strdup (item_uuid (item)), item);

  if (!had)
    {
      g_list_model_items_changed (G_LIST_MODEL (self), new_position, 0, 1);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
  else
    {
      guint first = MIN (old_position, new_position);
      guint last = MAX (old_position, new_position);

      g_list_model_items_changed (G_LIST_MODEL (self), first, last - first + 1, last - first + 1);
    }
}

/* }}} */

/* Callbacks {{{ */

static void
store_changed_cb (DmStoreList   *self,
                  DmStoreTable   table,
                  DmStoreChange  change,
                  const char    *uuid,
                  const char    *article_uuid,
                  DmStore       *store)
{
  g_assert (DM_IS_STORE_LIST (self));
  g_assert (DM_IS_STORE (store));

  if (table != self->table)
    return;

  if (self->article_uuid != NULL && article_uuid != NULL &&
      g_strcmp0 (self->article_uuid, article_uuid) != 0)
    return;

  /* Whether a changed article still matches a search is for FTS to say. */
  if (change == DM_STORE_CHANGE_RESET || uuid == NULL || self->query != NULL)
    reload (self);
  else
    apply_change (self, change, uuid);
}

/* }}} */

/* GListModel {{{ */

static GType
dm_store_list_get_item_type (GListModel *model)
{
  DmStoreList *self = DM_STORE_LIST (model);

  switch (self->table)
    {
    case DM_STORE_TABLE_ARTICLES: return DM_TYPE_ARTICLE;
    case DM_STORE_TABLE_ACTORS: return DM_TYPE_ACTOR;
    case DM_STORE_TABLE_TOPICS: return DM_TYPE_TOPIC;
    case DM_STORE_TABLE_ANNOTATIONS: return DM_TYPE_ANNOTATION;
    default: g_assert_not_reached ();
    }
}

static guint
dm_store_list_get_n_items (GListModel *model)
{
  return DM_STORE_LIST (model)->items->len;
}

static gpointer
dm_store_list_get_item (GListModel *model,
                        guint       position)
{
  DmStoreList *self = DM_STORE_LIST (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = dm_store_list_get_item_type;
  iface->get_n_items = dm_store_list_get_n_items;
  iface->get_item = dm_store_list_get_item;
}

/* }}} */

/* GObject {{{ */

static void
dm_store_list_constructed (GObject *object)
{
  DmStoreList *self = DM_STORE_LIST (object);

  G_OBJECT_CLASS (dm_store_list_parent_class)->constructed (object);

  g_assert (DM_IS_STORE (self->store));

  g_signal_connect_object (self->store, "changed",
                           G_CALLBACK (store_changed_cb), self,
                           G_CONNECT_SWAPPED);
  reload (self);
}

static void
dm_store_list_dispose (GObject *object)
{
  DmStoreList *self = DM_STORE_LIST (object);

  g_clear_object (&self->store);

  G_OBJECT_CLASS (dm_store_list_parent_class)->dispose (object);
}

static void
dm_store_list_finalize (GObject *object)
{
  DmStoreList *self = DM_STORE_LIST (object);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->by_uuid, g_hash_table_unref);
  g_clear_pointer (&self->article_uuid, g_free);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (dm_store_list_parent_class)->finalize (object);
}

static void
dm_store_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DmStoreList *self = DM_STORE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_TABLE:
      g_value_set_enum (value, self->table);
      break;

    case PROP_ARTICLE_UUID:
      g_value_set_string (value, self->article_uuid);
      break;

    case PROP_QUERY:
      g_value_set_string (value, self->query);
      break;

    case PROP_N_ITEMS:
      g_value_set_uint (value, self->items->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_store_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DmStoreList *self = DM_STORE_LIST (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_TABLE:
      self->table = g_value_get_enum (value);
      break;

    case PROP_ARTICLE_UUID:
      self->article_uuid = g_value_dup_string (value);
      break;

    case PROP_QUERY:
      dm_store_list_set_query (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_store_list_class_init (DmStoreListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dm_store_list_constructed;
  object_class->dispose = dm_store_list_dispose;
  object_class->finalize = dm_store_list_finalize;
  object_class->get_property = dm_store_list_get_property;
  object_class->set_property = dm_store_list_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TABLE] =
    g_param_spec_enum ("table", NULL, NULL,
                       DM_TYPE_STORE_TABLE,
                       DM_STORE_TABLE_ARTICLES,
                       (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_ARTICLE_UUID] =
    g_param_spec_string ("article-uuid", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DmStoreList:query:
   *
   * Full-text filter for article lists: only articles whose title, text,
   * quotes or notes match are listed. %NULL or "" lists all.
   */
  properties[PROP_QUERY] =
    g_param_spec_string ("query", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_store_list_init (DmStoreList *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_uuid = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* }}} */

/* Public API {{{ */

DmStore *
dm_store_list_get_store (DmStoreList *self)
{
  g_return_val_if_fail (DM_IS_STORE_LIST (self), NULL);

  return self->store;
}

DmStoreTable
dm_store_list_get_table (DmStoreList *self)
{
  g_return_val_if_fail (DM_IS_STORE_LIST (self), 0);

  return self->table;
}

const char *
dm_store_list_get_article_uuid (DmStoreList *self)
{
  g_return_val_if_fail (DM_IS_STORE_LIST (self), NULL);

  return self->article_uuid;
}

const char *
dm_store_list_get_query (DmStoreList *self)
{
  g_return_val_if_fail (DM_IS_STORE_LIST (self), NULL);

  return self->query;
}

/**
 * dm_store_list_set_query:
 * @query: (nullable): words to search for, or %NULL for all articles
 *
 * Filters an article list by full-text search and reloads it.
 */
void
dm_store_list_set_query (DmStoreList *self,
                         const char  *query)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (DM_IS_STORE_LIST (self));

  if (query != NULL)
    {
      stripped = g_strstrip (g_strdup (query));
      if (stripped[0] == '\0')
        g_clear_pointer (&stripped, g_free);
    }

  if (g_strcmp0 (stripped, self->query) == 0)
    return;

  g_free (self->query);
  self->query = g_steal_pointer (&stripped);

  if (self->store != NULL)
    reload (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUERY]);
}

/**
 * dm_store_list_find:
 * @position: (out) (optional): where the row is
 *
 * Returns: %TRUE if the row with @uuid is in the list
 */
gboolean
dm_store_list_find (DmStoreList *self,
                    const char  *uuid,
                    guint       *position)
{
  gpointer item;
  guint found;

  g_return_val_if_fail (DM_IS_STORE_LIST (self), FALSE);
  g_return_val_if_fail (uuid != NULL, FALSE);

  if (!(item = g_hash_table_lookup (self->by_uuid, uuid)))
    return FALSE;

  /* The items are in the order of the compare function, so the binary
   * search lands on @item; a scan only if SQL ever sorted otherwise. */
  found = find_insert_position (self, item);
  if ((found >= self->items->len || g_ptr_array_index (self->items, found) != item) &&
      !g_ptr_array_find (self->items, item, &found))
    return FALSE;

  if (position != NULL)
    *position = found;

  return TRUE;
}

/* }}} */
