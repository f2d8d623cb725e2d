/* dm-scope-list.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-scope-list"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "demarche-core.h"
#include "dm-scope-list.h"

/**
 * DmScopeList:
 *
 * Some rows checked out of many (the export dialog's actors and topics;
 * the default codebook alone has about 400 actors). Typing filters by
 * name (and, for actors, alias, demonym, code or capital, best match
 * first: DmActorMatcher); Enter in the entry checks or unchecks the first
 * match, so "chi Enter eu Enter" picks China and the European Union
 * without the mouse. What is checked is kept by uuid, apart from the
 * filtered rows, so it survives filtering and store reloads.
 *
 * The model holds objects with "uuid" and "name" properties (#DmActor,
 * #DmTopic).
 */
struct _DmScopeList
{
  GtkWidget           parent_instance;

  GListModel         *model;
  GHashTable         *chosen;           /* uuid */
  DmActorMatcher     *matcher;          /* what was typed */

  /* Template widgets */
  GtkSearchEntry     *search_entry;
  GtkListView        *list_view;
  GtkFilterListModel *filtered;
  GtkCustomFilter    *filter;
  GtkSortListModel   *sorted;
  GtkCustomSorter    *sorter;
  GtkLabel           *summary_label;
};

G_DEFINE_FINAL_TYPE (DmScopeList, dm_scope_list, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_N_CHOSEN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers {{{ */

static char *
dup_uuid (gpointer item)
{
  char *uuid = NULL;

  g_object_get (item, "uuid", &uuid, NULL);
  return uuid;
}

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  DmScopeList *self = user_data;
  g_autofree char *name = NULL;
  g_autofree char *folded = NULL;

  if (dm_actor_matcher_is_empty (self->matcher))
    return TRUE;

  /* "Beijing" or "PRC" finds China, as in the annotation panel. */
  if (DM_IS_ACTOR (item))
    return dm_actor_matcher_score (self->matcher, item) > 0;

  g_object_get (item, "name", &name, NULL);
  folded = dm_actor_suggest_fold (name);
  return strstr (folded, dm_actor_matcher_get_query (self->matcher)) != NULL;
}

/* Best match first, so that Enter checks what was meant: "eu" is the
 * European Union, not the first name that holds those letters. */
static int
sort_func (gconstpointer a,
           gconstpointer b,
           gpointer      user_data)
{
  DmScopeList *self = user_data;

  if (!DM_IS_ACTOR ((gpointer) a) || !DM_IS_ACTOR ((gpointer) b))
    return GTK_ORDERING_EQUAL;

  return gtk_ordering_from_cmpfunc (dm_actor_matcher_compare (self->matcher, (DmActor *) a, (DmActor *) b));
}

static int
compare_strings (const void *a,
                 const void *b)
{
  return strcmp (*(char * const *) a, *(char * const *) b);
}

static void
update_summary (DmScopeList *self)
{
  guint n = g_hash_table_size (self->chosen);
  g_autofree char *text = NULL;

  if (n == 0)
    text = g_strdup (_("None checked: all of them"));
  else
    /* Translators: how many actors or topics are checked */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u checked", "%u checked", n), n);

  gtk_label_set_text (self->summary_label, text);
}

static void
toggle_item (DmScopeList *self,
             gpointer     item)
{
  g_autofree char *uuid = dup_uuid (item);

  dm_scope_list_set_chosen (self, uuid, !g_hash_table_contains (self->chosen, uuid));
}

/* }}} */

/* Rows {{{ */

static void
check_toggled_cb (GtkCheckButton *check,
                  DmScopeList    *self)
{
  const char *uuid = g_object_get_data (G_OBJECT (check), "dm-uuid");

  if (uuid != NULL)
    dm_scope_list_set_chosen (self, uuid, gtk_check_button_get_active (check));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *list_item,
              DmScopeList              *self)
{
  GtkWidget *check = gtk_check_button_new ();

  gtk_widget_add_css_class (check, "dm-scope-check");
  g_signal_connect_object (check, "toggled", G_CALLBACK (check_toggled_cb), self, 0);
  gtk_list_item_set_child (list_item, check);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *list_item,
             DmScopeList              *self)
{
  GtkCheckButton *check = GTK_CHECK_BUTTON (gtk_list_item_get_child (list_item));
  gpointer item = gtk_list_item_get_item (list_item);
  g_autofree char *name = NULL;
  char *uuid = dup_uuid (item);

  g_object_get (item, "name", &name, NULL);

  /* No uuid while the state is set, so that binding is not choosing. */
  g_object_set_data (G_OBJECT (check), "dm-uuid", NULL);
  gtk_check_button_set_label (check, name);
  gtk_check_button_set_active (check, g_hash_table_contains (self->chosen, uuid));
  g_object_set_data_full (G_OBJECT (check), "dm-uuid", uuid, g_free);
}

static void
unbind_row_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item,
               DmScopeList              *self)
{
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (list_item)), "dm-uuid", NULL);
}

/* Checking from outside (or from the keyboard) shows in the visible rows. */
static void
sync_rows (DmScopeList *self)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->list_view));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *check = gtk_widget_get_first_child (row);
      const char *uuid;

      if (!GTK_IS_CHECK_BUTTON (check) || !(uuid = g_object_get_data (G_OBJECT (check), "dm-uuid")))
        continue;

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) != g_hash_table_contains (self->chosen, uuid))
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check), g_hash_table_contains (self->chosen, uuid));
    }
}

/* }}} */

/* Callbacks {{{ */

static void
search_changed_cb (DmScopeList *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (dm_actor_matcher_set_query (self->matcher, text))
    {
      gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
      gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
    }
}

static void
search_activate_cb (DmScopeList *self)
{
  g_autoptr(GObject) first = NULL;

  /* Search entries filter after a short delay: filter now. */
  search_changed_cb (self);

  if (dm_actor_matcher_is_empty (self->matcher) ||
      !(first = g_list_model_get_item (G_LIST_MODEL (self->sorted), 0)))
    return;

  toggle_item (self, first);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
list_activate_cb (DmScopeList *self,
                  guint        position)
{
  g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->sorted), position);

  if (item != NULL)
    toggle_item (self, item);
}

/* }}} */

/* GObject {{{ */

static void
dm_scope_list_dispose (GObject *object)
{
  DmScopeList *self = DM_SCOPE_LIST (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_SCOPE_LIST);
  /* The template's box has no id, so dispose_template() leaves it. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (dm_scope_list_parent_class)->dispose (object);
}

static void
dm_scope_list_finalize (GObject *object)
{
  DmScopeList *self = DM_SCOPE_LIST (object);

  g_clear_pointer (&self->chosen, g_hash_table_unref);
  g_clear_object (&self->matcher);

  G_OBJECT_CLASS (dm_scope_list_parent_class)->finalize (object);
}

static void
dm_scope_list_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  DmScopeList *self = DM_SCOPE_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_N_CHOSEN:
      g_value_set_uint (value, dm_scope_list_get_n_chosen (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_scope_list_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  DmScopeList *self = DM_SCOPE_LIST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      dm_scope_list_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_scope_list_class_init (DmScopeListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dm_scope_list_dispose;
  object_class->finalize = dm_scope_list_finalize;
  object_class->get_property = dm_scope_list_get_property;
  object_class->set_property = dm_scope_list_set_property;

  /**
   * DmScopeList:model:
   *
   * The rows, objects with "uuid" and "name" properties.
   */
  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmScopeList:n-chosen:
   *
   * How many rows are checked.
   */
  properties[PROP_N_CHOSEN] =
    g_param_spec_uint ("n-chosen", NULL, NULL,
                       0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-scope-list.ui");
  gtk_widget_class_bind_template_child (widget_class, DmScopeList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DmScopeList, list_view);
  gtk_widget_class_bind_template_child (widget_class, DmScopeList, filtered);
  gtk_widget_class_bind_template_child (widget_class, DmScopeList, sorted);
  gtk_widget_class_bind_template_child (widget_class, DmScopeList, sorter);
  gtk_widget_class_bind_template_child (widget_class, DmScopeList, filter);
  gtk_widget_class_bind_template_child (widget_class, DmScopeList, summary_label);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
}

static void
dm_scope_list_init (DmScopeList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  self->chosen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->matcher = dm_actor_matcher_new ();

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->filter, filter_func, self, NULL);
  gtk_custom_sorter_set_sort_func (self->sorter, sort_func, self, NULL);
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, 0);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);

  update_summary (self);
}

/* }}} */

/* Public API {{{ */

GListModel *
dm_scope_list_get_model (DmScopeList *self)
{
  g_return_val_if_fail (DM_IS_SCOPE_LIST (self), NULL);

  return self->model;
}

void
dm_scope_list_set_model (DmScopeList *self,
                         GListModel  *model)
{
  g_return_if_fail (DM_IS_SCOPE_LIST (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (!g_set_object (&self->model, model))
    return;

  gtk_filter_list_model_set_model (self->filtered, model);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

guint
dm_scope_list_get_n_chosen (DmScopeList *self)
{
  g_return_val_if_fail (DM_IS_SCOPE_LIST (self), 0);

  return g_hash_table_size (self->chosen);
}

/**
 * dm_scope_list_dup_chosen:
 * @self: a #DmScopeList
 *
 * Returns: (transfer full): the uuids checked, sorted; empty for none
 */
char **
dm_scope_list_dup_chosen (DmScopeList *self)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree const char **keys = NULL;
  char **strv;
  guint n = 0;

  g_return_val_if_fail (DM_IS_SCOPE_LIST (self), NULL);

  /* Sorted: the same choice gives the same scope, whatever the order. */
  keys = (const char **) g_hash_table_get_keys_as_array (self->chosen, &n);
  for (guint i = 0; i < n; i++)
    g_strv_builder_add (builder, keys[i]);
  strv = g_strv_builder_end (builder);
  qsort (strv, n, sizeof (char *), compare_strings);

  return strv;
}

/**
 * dm_scope_list_set_chosen:
 * @self: a #DmScopeList
 * @uuid: a row's uuid
 * @chosen: whether it is checked
 */
void
dm_scope_list_set_chosen (DmScopeList *self,
                          const char  *uuid,
                          gboolean     chosen)
{
  gboolean changed;

  g_return_if_fail (DM_IS_SCOPE_LIST (self));
  g_return_if_fail (uuid != NULL);

  if (chosen)
    changed = g_hash_table_add (self->chosen, g_strdup (uuid));
  else
    changed = g_hash_table_remove (self->chosen, uuid);

  if (!changed)
    return;

  sync_rows (self);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_CHOSEN]);
}

/* }}} */
