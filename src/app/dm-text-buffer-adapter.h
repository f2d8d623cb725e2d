/* dm-text-buffer-adapter.h - core offsets to GtkTextBuffer iters and tags
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "dm-workspace.h"

G_BEGIN_DECLS

#define DM_TYPE_TEXT_BUFFER_ADAPTER (dm_text_buffer_adapter_get_type ())

G_DECLARE_FINAL_TYPE (DmTextBufferAdapter, dm_text_buffer_adapter, DM, TEXT_BUFFER_ADAPTER, GObject)

DmTextBufferAdapter *dm_text_buffer_adapter_new                (DmWorkspace         *workspace);
DmWorkspace         *dm_text_buffer_adapter_get_workspace      (DmTextBufferAdapter *self);
GtkTextBuffer       *dm_text_buffer_adapter_get_buffer         (DmTextBufferAdapter *self);
gboolean             dm_text_buffer_adapter_get_show_mentions  (DmTextBufferAdapter *self);
void                 dm_text_buffer_adapter_set_show_mentions  (DmTextBufferAdapter *self,
                                                                gboolean             show_mentions);
void                 dm_text_buffer_adapter_get_iter_at_offset (DmTextBufferAdapter *self,
                                                                GtkTextIter         *iter,
                                                                guint                offset);
guint                dm_text_buffer_adapter_get_offset         (DmTextBufferAdapter *self,
                                                                const GtkTextIter   *iter);
void                 dm_text_buffer_adapter_get_span           (DmTextBufferAdapter *self,
                                                                guint                start,
                                                                guint                end,
                                                                GtkTextIter         *start_iter,
                                                                GtkTextIter         *end_iter);
void                 dm_text_buffer_adapter_ensure_painted     (DmTextBufferAdapter *self,
                                                                guint                start,
                                                                guint                end);
gboolean             dm_text_buffer_adapter_get_highlights_pending (DmTextBufferAdapter *self);
GtkTextTag          *dm_text_buffer_adapter_lookup_actor_tag   (DmTextBufferAdapter *self,
                                                                const char          *actor_uuid);
gboolean             dm_text_buffer_adapter_has_highlight_at   (DmTextBufferAdapter *self,
                                                                guint                offset);
gboolean             dm_text_buffer_adapter_is_key_quote_at    (DmTextBufferAdapter *self,
                                                                guint                offset);
GtkTextTag          *dm_text_buffer_adapter_get_selection_tag  (DmTextBufferAdapter *self);
GtkTextTag          *dm_text_buffer_adapter_get_hover_tag      (DmTextBufferAdapter *self);
GtkTextTag          *dm_text_buffer_adapter_get_mention_tag    (DmTextBufferAdapter *self);
gboolean             dm_text_buffer_adapter_get_mentions_pending (DmTextBufferAdapter *self);

G_END_DECLS
