/* dm-workspace.h - what the analyst has on screen
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_WORKSPACE (dm_workspace_get_type ())

G_DECLARE_FINAL_TYPE (DmWorkspace, dm_workspace, DM, WORKSPACE, GObject)

DmWorkspace     *dm_workspace_new                     (DmStore       *store);
DmStore         *dm_workspace_get_store               (DmWorkspace   *self);
DmArticle       *dm_workspace_get_article             (DmWorkspace   *self);
GListModel      *dm_workspace_get_annotations         (DmWorkspace   *self);
GListModel      *dm_workspace_get_actors              (DmWorkspace   *self);
GListModel      *dm_workspace_get_topics              (DmWorkspace   *self);
GArray          *dm_workspace_get_sentences           (DmWorkspace   *self);
GPtrArray       *dm_workspace_get_acts                (DmWorkspace   *self);
const DmAct     *dm_workspace_lookup_act              (DmWorkspace   *self,
                                                       const char    *code);
DmMentionFinder *dm_workspace_get_mention_finder      (DmWorkspace   *self);
gboolean         dm_workspace_load_article            (DmWorkspace   *self,
                                                       const char    *uuid,
                                                       GError       **error);
gboolean         dm_workspace_get_has_selection       (DmWorkspace   *self);
guint            dm_workspace_get_selection_start     (DmWorkspace   *self);
guint            dm_workspace_get_selection_end       (DmWorkspace   *self);
void             dm_workspace_select_span             (DmWorkspace   *self,
                                                       guint          start,
                                                       guint          end);
void             dm_workspace_clear_selection         (DmWorkspace   *self);
DmAnnotation    *dm_workspace_get_selected_annotation (DmWorkspace   *self);
void             dm_workspace_select_annotation       (DmWorkspace   *self,
                                                       DmAnnotation  *annotation);
gboolean         dm_workspace_select_annotation_by_uuid (DmWorkspace *self,
                                                       const char    *uuid);
int              dm_workspace_get_hovered_sentence    (DmWorkspace   *self);
void             dm_workspace_set_hovered_sentence    (DmWorkspace   *self,
                                                       int            index);
gboolean         dm_workspace_find_sentence           (DmWorkspace   *self,
                                                       guint          offset,
                                                       guint         *index);
gboolean         dm_workspace_select_sentence         (DmWorkspace   *self,
                                                       guint          index);
gboolean         dm_workspace_move_sentence           (DmWorkspace   *self,
                                                       int            direction);
GPtrArray       *dm_workspace_dup_annotations_at      (DmWorkspace   *self,
                                                       guint          offset);
DmActor         *dm_workspace_lookup_actor            (DmWorkspace   *self,
                                                       const char    *uuid);
DmTopic         *dm_workspace_lookup_topic            (DmWorkspace   *self,
                                                       const char    *uuid);
void             dm_workspace_report_error            (DmWorkspace   *self,
                                                       const char    *summary,
                                                       const GError  *error);

G_END_DECLS
