/* dm-article-view.c - the article text with its highlights
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-article-view"

#include "config.h"

#include "dm-annotation-item.h"
#include "dm-article-view.h"
#include "dm-article-view-private.h"
#include "dm-format.h"

/* Lines of about this many characters read best; wider windows get wider
 * margins instead of longer lines. */
#define READABLE_CHARS 72
#define MIN_MARGIN     24

struct _DmArticleView
{
  GtkWidget            parent_instance;

  DmWorkspace         *workspace;
  DmTextBufferAdapter *adapter;
  GListModel          *annotations;
  GtkTextMark         *scroll_mark;

  /* Template widgets */
  GtkStack            *stack;
  GtkWidget           *header;
  GtkLabel            *title_label;
  GtkLabel            *meta_label;
  GtkTextView         *text_view;

  guint                settle_id;
  int                  allocated_width;
  int                  text_margin;
  guint                show_mentions : 1;
};

G_DEFINE_FINAL_TYPE (DmArticleView, dm_article_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_SHOW_MENTIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers {{{ */

static gboolean
get_offset_at_point (DmArticleView *self,
                     double         x,
                     double         y,
                     guint         *offset)
{
  GtkTextIter iter;
  int buffer_x;
  int buffer_y;

  g_assert (DM_IS_ARTICLE_VIEW (self));

  if (self->adapter == NULL)
    return FALSE;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &buffer_x, &buffer_y);

  /* FALSE when the point is in a margin or past the end of a line. */
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, buffer_x, buffer_y))
    return FALSE;

  *offset = dm_text_buffer_adapter_get_offset (self->adapter, &iter);

  return TRUE;
}

static void
update_header (DmArticleView *self)
{
  DmArticle *article;
  g_autofree char *title = NULL;
  g_autofree char *meta = NULL;
  guint n_annotations;

  g_assert (DM_IS_ARTICLE_VIEW (self));

  article = self->workspace != NULL ? dm_workspace_get_article (self->workspace) : NULL;
  if (article == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }

  /* The article was read once; the live list knows the count now. */
  n_annotations = self->annotations != NULL ? g_list_model_get_n_items (self->annotations) : 0;
  title = dm_format_article_title (dm_article_get_title (article));
  meta = dm_format_article_meta_markup (article, n_annotations);

  gtk_label_set_label (self->title_label, title);
  gtk_label_set_label (self->meta_label, meta);
  gtk_stack_set_visible_child_name (self->stack, "article");
}

static void
update_margins (DmArticleView *self,
                int            width)
{
  PangoFontMetrics *metrics;
  int char_width;
  int margin;

  g_assert (DM_IS_ARTICLE_VIEW (self));

  if (width == self->allocated_width)
    return;

  self->allocated_width = width;

  metrics = pango_context_get_metrics (gtk_widget_get_pango_context (GTK_WIDGET (self->text_view)), NULL, NULL);
  char_width = pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);

  margin = MAX (MIN_MARGIN, (width - char_width * READABLE_CHARS) / 2);
  if (margin == self->text_margin)
    return;

  /* Only on a change of width: a new margin re-wraps the whole text. */
  self->text_margin = margin;
  gtk_text_view_set_left_margin (self->text_view, margin);
  gtk_text_view_set_right_margin (self->text_view, margin);
  gtk_widget_set_margin_start (self->header, margin);
  gtk_widget_set_margin_end (self->header, margin);
}

/* }}} */

/* Callbacks {{{ */

static void
buffer_changed_cb (DmArticleView       *self,
                   GParamSpec          *pspec,
                   DmTextBufferAdapter *adapter)
{
  GtkTextBuffer *buffer = dm_text_buffer_adapter_get_buffer (adapter);
  GtkTextIter start;

  g_assert (DM_IS_ARTICLE_VIEW (self));

  g_clear_handle_id (&self->settle_id, g_source_remove);

  gtk_text_buffer_get_start_iter (buffer, &start);
  self->scroll_mark = gtk_text_buffer_create_mark (buffer, "dm-scroll", &start, TRUE);
  gtk_text_view_set_buffer (self->text_view, buffer);
}

static void
annotations_changed_cb (DmArticleView *self,
                        guint          position,
                        guint          removed,
                        guint          added,
                        GListModel    *model)
{
  g_assert (DM_IS_ARTICLE_VIEW (self));

  if (added != removed)
    update_header (self);
}

static void
article_changed_cb (DmArticleView *self,
                    GParamSpec    *pspec,
                    DmWorkspace   *workspace)
{
  GListModel *annotations = dm_workspace_get_annotations (workspace);

  g_assert (DM_IS_ARTICLE_VIEW (self));

  if (self->annotations != annotations)
    {
      if (self->annotations != NULL)
        g_signal_handlers_disconnect_by_func (self->annotations, annotations_changed_cb, self);

      g_set_object (&self->annotations, annotations);

      if (self->annotations != NULL)
        g_signal_connect_object (self->annotations, "items-changed",
                                 G_CALLBACK (annotations_changed_cb), self, G_CONNECT_SWAPPED);
    }

  update_header (self);
}

static void
selection_changed_cb (DmArticleView *self,
                      GParamSpec    *pspec,
                      DmWorkspace   *workspace)
{
  g_assert (DM_IS_ARTICLE_VIEW (self));

  dm_article_view_scroll_to_selection (self);
}

/* Highlights are painted where the text is shown, first. */
static void
scrolled_cb (DmArticleView *self,
             GtkAdjustment *adjustment)
{
  GdkRectangle visible;
  GtkTextIter start;
  GtkTextIter end;

  g_assert (DM_IS_ARTICLE_VIEW (self));

  if (self->adapter == NULL)
    return;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_at_location (self->text_view, &start, visible.x, visible.y);
  gtk_text_view_get_iter_at_location (self->text_view, &end, visible.x + visible.width, visible.y + visible.height);
  gtk_text_iter_forward_line (&end);

  dm_text_buffer_adapter_ensure_painted (self->adapter,
                                         dm_text_buffer_adapter_get_offset (self->adapter, &start),
                                         dm_text_buffer_adapter_get_offset (self->adapter, &end));
}

/* GtkTextView has moved its own cursor or selection by now: a drag made a
 * selection, a click put the cursor where it landed. */
static gboolean
pointer_settled_cb (gpointer user_data)
{
  DmArticleView *self = user_data;
  GtkTextBuffer *buffer;
  GtkTextIter start;
  GtkTextIter end;

  g_assert (DM_IS_ARTICLE_VIEW (self));

  self->settle_id = 0;
  buffer = gtk_text_view_get_buffer (self->text_view);

  if (self->adapter == NULL || buffer != dm_text_buffer_adapter_get_buffer (self->adapter))
    return G_SOURCE_REMOVE;

  if (gtk_text_buffer_get_selection_bounds (buffer, &start, &end))
    {
      dm_workspace_select_span (self->workspace,
                                dm_text_buffer_adapter_get_offset (self->adapter, &start),
                                dm_text_buffer_adapter_get_offset (self->adapter, &end));

      /* The selection tag shows the span from now on, in one style
       * whether the text view has the focus or not. */
      gtk_text_buffer_select_range (buffer, &end, &end);
    }
  else
    {
      gtk_text_buffer_get_iter_at_mark (buffer, &start, gtk_text_buffer_get_insert (buffer));
      dm_article_view_click_offset (self, dm_text_buffer_adapter_get_offset (self->adapter, &start));
    }

  return G_SOURCE_REMOVE;
}

static gboolean
text_event_cb (DmArticleView            *self,
               GdkEvent                 *event,
               GtkEventControllerLegacy *controller)
{
  g_assert (DM_IS_ARTICLE_VIEW (self));

  if (gdk_event_get_event_type (event) == GDK_BUTTON_RELEASE &&
      gdk_button_event_get_button (event) == GDK_BUTTON_PRIMARY &&
      self->settle_id == 0)
    self->settle_id = g_idle_add_full (G_PRIORITY_HIGH, pointer_settled_cb, self, NULL);

  /* GtkTextView handles the event too: it makes the selection. */
  return GDK_EVENT_PROPAGATE;
}

static void
text_motion_cb (DmArticleView            *self,
                double                    x,
                double                    y,
                GtkEventControllerMotion *controller)
{
  guint offset;
  guint index;

  g_assert (DM_IS_ARTICLE_VIEW (self));

  if (self->workspace == NULL)
    return;

  if (get_offset_at_point (self, x, y, &offset) &&
      dm_workspace_find_sentence (self->workspace, offset, &index))
    dm_workspace_set_hovered_sentence (self->workspace, (int) index);
  else
    dm_workspace_set_hovered_sentence (self->workspace, -1);
}

static void
text_leave_cb (DmArticleView            *self,
               GtkEventControllerMotion *controller)
{
  g_assert (DM_IS_ARTICLE_VIEW (self));

  if (self->workspace != NULL)
    dm_workspace_set_hovered_sentence (self->workspace, -1);
}

static gboolean
text_query_tooltip_cb (DmArticleView *self,
                       int            x,
                       int            y,
                       gboolean       keyboard_mode,
                       GtkTooltip    *tooltip,
                       GtkWidget     *widget)
{
  g_autoptr(GPtrArray) annotations = NULL;
  g_autoptr(GString) markup = NULL;
  guint offset;

  g_assert (DM_IS_ARTICLE_VIEW (self));

  if (self->workspace == NULL)
    return FALSE;

  if (keyboard_mode)
    {
      if (!dm_workspace_get_has_selection (self->workspace))
        return FALSE;
      offset = dm_workspace_get_selection_start (self->workspace);
    }
  else if (!get_offset_at_point (self, x, y, &offset))
    {
      return FALSE;
    }

  annotations = dm_workspace_dup_annotations_at (self->workspace, offset);
  if (annotations->len == 0)
    return FALSE;

  markup = g_string_new (NULL);
  for (guint i = 0; i < annotations->len; i++)
    {
      g_autoptr(DmAnnotationItem) item = dm_annotation_item_new (self->workspace, g_ptr_array_index (annotations, i));
      g_autofree char *text = dm_annotation_item_dup_tooltip_markup (item);

      if (i > 0)
        g_string_append (markup, "\n\n");
      g_string_append (markup, text);
    }

  gtk_tooltip_set_markup (tooltip, markup->str);

  return TRUE;
}

/* }}} */

/* Actions {{{ */

static void
next_sentence_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DmArticleView *self = DM_ARTICLE_VIEW (widget);

  if (self->workspace != NULL)
    dm_workspace_move_sentence (self->workspace, 1);
}

static void
previous_sentence_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  DmArticleView *self = DM_ARTICLE_VIEW (widget);

  if (self->workspace != NULL)
    dm_workspace_move_sentence (self->workspace, -1);
}

static void
annotate_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DmArticleView *self = DM_ARTICLE_VIEW (widget);

  if (self->workspace == NULL || dm_workspace_get_article (self->workspace) == NULL)
    return;

  if (!dm_workspace_get_has_selection (self->workspace))
    dm_workspace_move_sentence (self->workspace, 1);

  /* The window knows where the annotation panel is. */
  gtk_widget_activate_action (widget, "win.annotate", NULL);
}

static void
clear_selection_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DmArticleView *self = DM_ARTICLE_VIEW (widget);

  if (self->workspace != NULL)
    dm_workspace_clear_selection (self->workspace);
}

/* }}} */

/* GtkWidget {{{ */

static void
dm_article_view_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  DmArticleView *self = DM_ARTICLE_VIEW (widget);

  gtk_widget_measure (GTK_WIDGET (self->stack), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
dm_article_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  DmArticleView *self = DM_ARTICLE_VIEW (widget);

  update_margins (self, width);
  gtk_widget_allocate (GTK_WIDGET (self->stack), width, height, baseline, NULL);
}

static gboolean
dm_article_view_grab_focus (GtkWidget *widget)
{
  DmArticleView *self = DM_ARTICLE_VIEW (widget);

  return gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* }}} */

/* GObject {{{ */

static void
dm_article_view_dispose (GObject *object)
{
  DmArticleView *self = DM_ARTICLE_VIEW (object);

  g_clear_handle_id (&self->settle_id, g_source_remove);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_ARTICLE_VIEW);

  g_clear_object (&self->annotations);
  g_clear_object (&self->adapter);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (dm_article_view_parent_class)->dispose (object);
}

static void
dm_article_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DmArticleView *self = DM_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_SHOW_MENTIONS:
      g_value_set_boolean (value, self->show_mentions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_article_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DmArticleView *self = DM_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      dm_article_view_set_workspace (self, g_value_get_object (value));
      break;

    case PROP_SHOW_MENTIONS:
      dm_article_view_set_show_mentions (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_article_view_class_init (DmArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dm_article_view_dispose;
  object_class->get_property = dm_article_view_get_property;
  object_class->set_property = dm_article_view_set_property;

  widget_class->measure = dm_article_view_measure;
  widget_class->size_allocate = dm_article_view_size_allocate;
  widget_class->grab_focus = dm_article_view_grab_focus;

  /**
   * DmArticleView:workspace:
   *
   * The workspace whose article is shown; set once by the window.
   */
  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DM_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmArticleView:show-mentions:
   *
   * Whether the codebook's actors are underlined where the text names
   * them.
   */
  properties[PROP_SHOW_MENTIONS] =
    g_param_spec_boolean ("show-mentions", NULL, NULL,
                          TRUE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, DmArticleView, stack);
  gtk_widget_class_bind_template_child (widget_class, DmArticleView, header);
  gtk_widget_class_bind_template_child (widget_class, DmArticleView, title_label);
  gtk_widget_class_bind_template_child (widget_class, DmArticleView, meta_label);
  gtk_widget_class_bind_template_child (widget_class, DmArticleView, text_view);
  gtk_widget_class_bind_template_callback (widget_class, text_event_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_motion_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, text_query_tooltip_cb);

  gtk_widget_class_install_action (widget_class, "article.next-sentence", NULL, next_sentence_action);
  gtk_widget_class_install_action (widget_class, "article.previous-sentence", NULL, previous_sentence_action);
  gtk_widget_class_install_action (widget_class, "article.annotate", NULL, annotate_action);
  gtk_widget_class_install_action (widget_class, "article.clear-selection", NULL, clear_selection_action);

  gtk_widget_class_set_css_name (widget_class, "articleview");
}

static void
dm_article_view_init (DmArticleView *self)
{
  GtkAdjustment *vadjustment;

  self->show_mentions = TRUE;
  self->allocated_width = -1;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Set by the scrolled window when the template put the view in it. */
  if ((vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view))))
    g_signal_connect_object (vadjustment, "value-changed",
                             G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
}

/* }}} */

/* Public API {{{ */

DmArticleView *
dm_article_view_new (DmWorkspace *workspace)
{
  g_return_val_if_fail (workspace == NULL || DM_IS_WORKSPACE (workspace), NULL);

  return g_object_new (DM_TYPE_ARTICLE_VIEW,
                       "workspace", workspace,
                       NULL);
}

/**
 * dm_article_view_get_workspace:
 *
 * Returns: (transfer none) (nullable): the workspace shown
 */
DmWorkspace *
dm_article_view_get_workspace (DmArticleView *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_VIEW (self), NULL);

  return self->workspace;
}

/**
 * dm_article_view_set_workspace:
 *
 * Shows @workspace's article. A view is given its workspace once, right
 * after its window has made it.
 */
void
dm_article_view_set_workspace (DmArticleView *self,
                               DmWorkspace   *workspace)
{
  g_return_if_fail (DM_IS_ARTICLE_VIEW (self));
  g_return_if_fail (workspace == NULL || DM_IS_WORKSPACE (workspace));
  g_return_if_fail (self->workspace == NULL || workspace == self->workspace);

  if (workspace == NULL || workspace == self->workspace)
    return;

  self->workspace = g_object_ref (workspace);
  self->adapter = dm_text_buffer_adapter_new (workspace);
  dm_text_buffer_adapter_set_show_mentions (self->adapter, self->show_mentions);

  g_signal_connect_object (self->adapter, "notify::buffer",
                           G_CALLBACK (buffer_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::article",
                           G_CALLBACK (article_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::selection-start",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (workspace, "notify::selection-end",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  buffer_changed_cb (self, NULL, self->adapter);
  article_changed_cb (self, NULL, workspace);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WORKSPACE]);
}

/**
 * dm_article_view_get_adapter:
 *
 * Returns: (transfer none) (nullable): what maps offsets to the buffer
 */
DmTextBufferAdapter *
dm_article_view_get_adapter (DmArticleView *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_VIEW (self), NULL);

  return self->adapter;
}

/**
 * dm_article_view_get_text_view:
 *
 * Returns: (transfer none): the text view
 */
GtkTextView *
dm_article_view_get_text_view (DmArticleView *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_VIEW (self), NULL);

  return self->text_view;
}

gboolean
dm_article_view_get_show_mentions (DmArticleView *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_VIEW (self), FALSE);

  return self->show_mentions;
}

void
dm_article_view_set_show_mentions (DmArticleView *self,
                                   gboolean       show_mentions)
{
  g_return_if_fail (DM_IS_ARTICLE_VIEW (self));

  show_mentions = !!show_mentions;
  if (self->show_mentions == show_mentions)
    return;

  self->show_mentions = show_mentions;
  if (self->adapter != NULL)
    dm_text_buffer_adapter_set_show_mentions (self->adapter, show_mentions);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_MENTIONS]);
}

/**
 * dm_article_view_select_sentence_at_offset:
 * @offset: a code point of the article, where the pointer was
 *
 * Selects the sentence holding @offset, as a click does. An offset just
 * past a sentence (a click on the right half of its full stop) counts as
 * in it.
 *
 * Returns: %TRUE if a sentence was selected
 */
gboolean
dm_article_view_select_sentence_at_offset (DmArticleView *self,
                                           guint          offset)
{
  guint index;

  g_return_val_if_fail (DM_IS_ARTICLE_VIEW (self), FALSE);

  if (self->workspace == NULL)
    return FALSE;

  if (!dm_workspace_find_sentence (self->workspace, offset, &index) &&
      (offset == 0 || !dm_workspace_find_sentence (self->workspace, offset - 1, &index)))
    return FALSE;

  return dm_workspace_select_sentence (self->workspace, index);
}

/**
 * dm_article_view_click_offset:
 * @offset: where a click landed
 *
 * What a click on the text does: on a highlight, select its annotation,
 * and the next one under the pointer on each further click, then the
 * sentence itself; elsewhere, select the sentence.
 */
void
dm_article_view_click_offset (DmArticleView *self,
                              guint          offset)
{
  g_autoptr(GPtrArray) annotations = NULL;
  DmAnnotation *selected;
  guint next = 0;

  g_return_if_fail (DM_IS_ARTICLE_VIEW (self));

  if (self->workspace == NULL)
    return;

  annotations = dm_workspace_dup_annotations_at (self->workspace, offset);
  selected = dm_workspace_get_selected_annotation (self->workspace);

  for (guint i = 0; selected != NULL && i < annotations->len; i++)
    if (g_strcmp0 (dm_annotation_get_uuid (g_ptr_array_index (annotations, i)),
                   dm_annotation_get_uuid (selected)) == 0)
      {
        next = i + 1;
        break;
      }

  if (next < annotations->len)
    dm_workspace_select_annotation (self->workspace, g_ptr_array_index (annotations, next));
  else
    dm_article_view_select_sentence_at_offset (self, offset);
}

/**
 * dm_article_view_scroll_to_selection:
 *
 * Scrolls the least needed to show the start of the selection.
 */
void
dm_article_view_scroll_to_selection (DmArticleView *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter;

  g_return_if_fail (DM_IS_ARTICLE_VIEW (self));

  if (self->workspace == NULL || self->scroll_mark == NULL ||
      !dm_workspace_get_has_selection (self->workspace))
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  dm_text_buffer_adapter_ensure_painted (self->adapter,
                                         dm_workspace_get_selection_start (self->workspace),
                                         dm_workspace_get_selection_end (self->workspace));
  dm_text_buffer_adapter_get_iter_at_offset (self->adapter, &iter,
                                             dm_workspace_get_selection_start (self->workspace));
  gtk_text_buffer_move_mark (buffer, self->scroll_mark, &iter);

  /* A mark, not an iter: the view may not have laid out that far yet.
   * The margin keeps the passage clear of the edges, with its context. */
  gtk_text_view_scroll_to_mark (self->text_view, self->scroll_mark, 0.2, FALSE, 0.0, 0.0);
}

/* }}} */

/* Private API {{{ */

GtkStack *
_dm_article_view_get_stack (DmArticleView *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_VIEW (self), NULL);

  return self->stack;
}

GtkLabel *
_dm_article_view_get_title_label (DmArticleView *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_VIEW (self), NULL);

  return self->title_label;
}

GtkLabel *
_dm_article_view_get_meta_label (DmArticleView *self)
{
  g_return_val_if_fail (DM_IS_ARTICLE_VIEW (self), NULL);

  return self->meta_label;
}

/* }}} */
