/* dm-window-private.h - DmWindow internals, shared with dm-window-actions.c
 * and the UI tests
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-annotation-panel.h"
#include "dm-article-view.h"
#include "dm-window.h"
#include "dm-comparison-view.h"
#include "dm-workspace.h"

G_BEGIN_DECLS

/* The class is split across dm-window.c (layout, state, callbacks) and
 * dm-window-actions.c (the win.* actions), so its struct is shared here. */
struct _DmWindow
{
  GtkApplicationWindow  parent_instance;

  DmStore              *store;
  DmWorkspace          *workspace;
  GListModel           *articles;
  GSettings            *settings;
  DmUndoStack          *undo_stack;

  /* Template widgets */
  GtkMenuButton        *primary_menu_button;
  GtkButton            *undo_button;
  GtkButton            *redo_button;
  GtkInfoBar           *info_bar;
  GtkLabel             *error_label;
  GtkStack             *main_stack;
  GtkBox               *compare_box;
  DmComparisonView     *comparison_view;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkPaned             *outer_paned;
  GtkPaned             *inner_paned;
  GtkStack             *list_stack;
  GtkListView          *article_list_view;
  GtkSingleSelection   *selection;
  GtkImage             *empty_image;
  GtkLabel             *empty_title_label;
  GtkLabel             *empty_description_label;
  DmArticleView        *article_view;
  DmAnnotationPanel    *annotation_panel;

  int                   restored_panel_width;
  gboolean              show_mentions;
};

void                _dm_window_class_init_actions      (GtkWidgetClass *widget_class);
void                _dm_window_update_actions          (DmWindow       *self);
void                _dm_window_select_article_at       (DmWindow       *self,
                                                        int             delta);

GtkListView        *_dm_window_get_article_list_view   (DmWindow       *self);
GtkSearchEntry     *_dm_window_get_search_entry        (DmWindow       *self);
GtkStack           *_dm_window_get_list_stack          (DmWindow       *self);
GtkLabel           *_dm_window_get_empty_title_label   (DmWindow       *self);
GtkStack           *_dm_window_get_main_stack          (DmWindow       *self);
GtkInfoBar         *_dm_window_get_info_bar            (DmWindow       *self);
GtkLabel           *_dm_window_get_error_label         (DmWindow       *self);
DmWorkspace        *_dm_window_get_workspace           (DmWindow       *self);
DmArticleView      *_dm_window_get_article_view        (DmWindow       *self);
DmAnnotationPanel  *_dm_window_get_annotation_panel    (DmWindow       *self);
GtkWidget          *_dm_window_get_undo_button         (DmWindow       *self);

G_END_DECLS
