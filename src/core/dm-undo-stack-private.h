/* dm-undo-stack-private.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-store.h"
#include "dm-undo-stack.h"

G_BEGIN_DECLS

/* One row's change within a transaction: @before is NULL for an added row,
 * @after NULL for a removed one. Both are full rows as the store reads
 * them. */
typedef struct
{
  DmStoreTable  table;
  char         *uuid;
  GObject      *before;
  GObject      *after;
} DmStoreEdit;

void         _dm_store_edit_free     (DmStoreEdit *edit);
DmUndoStack *_dm_undo_stack_new      (DmStore     *store);
void         _dm_undo_stack_push     (DmUndoStack *self,
                                      GPtrArray   *edits);
void         _dm_undo_stack_adopt    (DmUndoStack *self,
                                      DmUndoStack *other);

G_END_DECLS
