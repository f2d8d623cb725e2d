/* dm-undo-stack.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_UNDO_STACK (dm_undo_stack_get_type ())

G_DECLARE_FINAL_TYPE (DmUndoStack, dm_undo_stack, DM, UNDO_STACK, GObject)

/* Every committed write of a DmStore — an annotation saved, an article
 * deleted with its annotations, an import of many files, a codebook edit —
 * is one entry, undone and redone as a whole, in one transaction. Get the
 * stack with dm_store_get_undo_stack(); a store records nothing until then. */

gboolean    dm_undo_stack_get_can_undo  (DmUndoStack  *self);
gboolean    dm_undo_stack_get_can_redo  (DmUndoStack  *self);
const char *dm_undo_stack_get_undo_label (DmUndoStack *self);
const char *dm_undo_stack_get_redo_label (DmUndoStack *self);
gboolean    dm_undo_stack_undo          (DmUndoStack  *self,
                                         GError      **error);
gboolean    dm_undo_stack_redo          (DmUndoStack  *self,
                                         GError      **error);
void        dm_undo_stack_clear         (DmUndoStack  *self);

G_END_DECLS
