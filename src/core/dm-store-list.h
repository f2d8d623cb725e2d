/* dm-store-list.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_STORE_LIST (dm_store_list_get_type ())

G_DECLARE_FINAL_TYPE (DmStoreList, dm_store_list, DM, STORE_LIST, GObject)

/* A live GListModel over one table of a DmStore, kept in the store's order:
 * articles newest first, actors by name, topics by path, annotations by
 * position in their article. Create it with dm_store_list_articles() and
 * friends. */

DmStore      *dm_store_list_get_store        (DmStoreList *self);
DmStoreTable  dm_store_list_get_table        (DmStoreList *self);
const char   *dm_store_list_get_article_uuid (DmStoreList *self);
const char   *dm_store_list_get_query        (DmStoreList *self);
void          dm_store_list_set_query        (DmStoreList *self,
                                              const char  *query);
gboolean      dm_store_list_find             (DmStoreList *self,
                                              const char  *uuid,
                                              guint       *position);

G_END_DECLS
