/* dm-comparison-chart.c - where two actors stand, topic by topic
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-chart"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-comparison-chart.h"
#include "dm-comparison-view-state.h"

/* A dumbbell chart, drawn with GtkSnapshot: one line per topic, in the
 * table's order, with a scale from "opposes" (left) to "supports" (right).
 * Actor A is a filled dot, actor B a ring, each at the side's net position
 * (dm_comparison_view_state_get_position(): supporting statements minus
 * opposing ones over all statements with a stance), and a bar in the
 * relation's colour joins them; the longer the bar, the further apart the
 * two stand. A side that only has statements without a stance (a blame, a
 * threat) sits faded in the middle. Colours come from the theme's
 * dm_side_a, dm_side_b and dm_relation_* colours (dm-comparison-view.css),
 * so they match the table's badges. */

#define PAD_X        14.0
#define HEADER       30.0
#define ROW_HEIGHT   46.0
#define TRACK_OFFSET 31.0
#define DOT_RADIUS    6.0
#define RING_RADIUS   7.5
#define RING_WIDTH    2.5
#define BAR_HEIGHT    4.0

struct _DmComparisonChart
{
  GtkWidget     parent_instance;

  DmComparison *comparison;
  int           hovered;
};

G_DEFINE_FINAL_TYPE (DmComparisonChart, dm_comparison_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMPARISON,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers {{{ */

static guint
get_n_rows (DmComparisonChart *self)
{
  return self->comparison != NULL ? g_list_model_get_n_items (G_LIST_MODEL (self->comparison)) : 0;
}

/* Colours are looked up by name so that a dark theme can redefine them;
 * the fallbacks are the light theme's. */
static void
lookup_colour (GtkWidget  *widget,
               const char *name,
               const char *fallback,
               GdkRGBA    *colour)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);

  if (!gtk_style_context_lookup_color (context, name, colour))
    gdk_rgba_parse (colour, fallback);
}

static void
append_disc (GtkSnapshot   *snapshot,
             double         x,
             double         y,
             double         radius,
             const GdkRGBA *colour)
{
  GskRoundedRect disc;

  gsk_rounded_rect_init_from_rect (&disc, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius),
                                   radius);
  gtk_snapshot_push_rounded_clip (snapshot, &disc);
  gtk_snapshot_append_color (snapshot, colour, &disc.bounds);
  gtk_snapshot_pop (snapshot);
}

static void
append_ring (GtkSnapshot   *snapshot,
             double         x,
             double         y,
             double         radius,
             double         width,
             const GdkRGBA *colour)
{
  const float widths[4] = { width, width, width, width };
  const GdkRGBA colours[4] = { *colour, *colour, *colour, *colour };
  GskRoundedRect ring;

  gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (x - radius, y - radius, 2 * radius, 2 * radius),
                                   radius);
  gtk_snapshot_append_border (snapshot, &ring, widths, colours);
}

static void
append_bar (GtkSnapshot   *snapshot,
            double         x0,
            double         x1,
            double         y,
            const GdkRGBA *colour)
{
  GskRoundedRect bar;
  double left = MIN (x0, x1);
  double right = MAX (x0, x1);

  gsk_rounded_rect_init_from_rect (&bar, &GRAPHENE_RECT_INIT (left, y - BAR_HEIGHT / 2, right - left, BAR_HEIGHT),
                                   BAR_HEIGHT / 2);
  gtk_snapshot_push_rounded_clip (snapshot, &bar);
  gtk_snapshot_append_color (snapshot, colour, &bar.bounds);
  gtk_snapshot_pop (snapshot);
}

/* Draws @text with its top at @y; @xalign 0 puts its left edge at @x, 1
 * its right edge, 0.5 its centre. */
static void
append_text (GtkSnapshot   *snapshot,
             GtkWidget     *widget,
             const char    *text,
             double         x,
             double         y,
             double         xalign,
             double         max_width,
             double         scale,
             gboolean       bold,
             const GdkRGBA *colour)
{
  g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (widget, text);
  PangoAttrList *attrs = pango_attr_list_new ();
  int width;

  pango_attr_list_insert (attrs, pango_attr_scale_new (scale));
  if (bold)
    pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);

  if (max_width > 0)
    {
      pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }

  pango_layout_get_pixel_size (layout, &width, NULL);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x - xalign * width, y));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
}

static const char *
relation_colour_name (DmRelation relation)
{
  switch (relation)
    {
    case DM_RELATION_AGREE:
      return "dm_relation_agree";
    case DM_RELATION_DISAGREE:
      return "dm_relation_disagree";
    case DM_RELATION_PARTLY:
      return "dm_relation_partly";
    case DM_RELATION_ONLY_A:
      return "dm_side_a";
    case DM_RELATION_ONLY_B:
    default:
      return "dm_side_b";
    }
}

static char *
describe_side (DmComparisonRow  *row,
               DmComparisonSide  side,
               const char       *name)
{
  g_autofree char *tally = NULL;
  double position;

  if (!dm_comparison_row_has_side (row, side))
    /* Translators: in the chart's tooltip, an actor without statements on the topic */
    return g_strdup_printf (_("%s: nothing on this topic"), name);

  tally = dm_comparison_view_state_format_tally (row, side);
  if (!dm_comparison_view_state_get_position (row, side, &position))
    return g_strdup_printf ("%s: %s", name, tally);

  /* Translators: an actor, its statements' tally, and its net position
   * from -1 (opposes) to +1 (supports) */
  return g_strdup_printf (_("%s: %s (position %+.1f)"), name, tally, position);
}

/* }}} */

/* Callbacks {{{ */

static void
pointer_moved_cb (DmComparisonChart        *self,
                  double                    x,
                  double                    y,
                  GtkEventControllerMotion *controller)
{
  int row = dm_comparison_chart_get_row_at (self, y);

  g_assert (DM_IS_COMPARISON_CHART (self));

  if (row != self->hovered)
    {
      self->hovered = row;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

static void
pointer_left_cb (DmComparisonChart        *self,
                 GtkEventControllerMotion *controller)
{
  g_assert (DM_IS_COMPARISON_CHART (self));

  if (self->hovered >= 0)
    {
      self->hovered = -1;
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
}

/* }}} */

/* GtkWidget {{{ */

static void
dm_comparison_chart_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  DmComparisonChart *self = DM_COMPARISON_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 180;
      *natural = 280;
    }
  else
    {
      guint n_rows = get_n_rows (self);

      *minimum = *natural = n_rows > 0 ? (int) (HEADER + n_rows * ROW_HEIGHT + 8) : 0;
    }
}

static void
dm_comparison_chart_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  DmComparisonChart *self = DM_COMPARISON_CHART (widget);
  double width = gtk_widget_get_width (widget);
  double height = gtk_widget_get_height (widget);
  double x0 = PAD_X + RING_RADIUS;
  double x1 = width - PAD_X - RING_RADIUS;
  double centre = (x0 + x1) / 2;
  guint n_rows = get_n_rows (self);
  GdkRGBA foreground;
  GdkRGBA dim;
  GdkRGBA grid;
  GdkRGBA hover;
  GdkRGBA side_colours[2];

  if (n_rows == 0 || x1 <= x0)
    return;

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &foreground);
  dim = foreground;
  dim.alpha *= 0.6;
  grid = foreground;
  grid.alpha *= 0.12;
  hover = foreground;
  hover.alpha *= 0.05;
  lookup_colour (widget, "dm_side_a", "#3f51b5", &side_colours[0]);
  lookup_colour (widget, "dm_side_b", "#a0522d", &side_colours[1]);

  /* The scale */
  append_text (snapshot, widget, C_("chart scale", "Opposes"), x0 - RING_RADIUS, 6, 0, 0, PANGO_SCALE_SMALL, FALSE, &dim);
  append_text (snapshot, widget, C_("chart scale", "Mixed"), centre, 6, 0.5, 0, PANGO_SCALE_SMALL, FALSE, &dim);
  append_text (snapshot, widget, C_("chart scale", "Supports"), x1 + RING_RADIUS, 6, 1, 0, PANGO_SCALE_SMALL, FALSE, &dim);

  for (guint i = 0; i < 3; i++)
    {
      double x = i == 0 ? x0 : i == 1 ? centre : x1;

      gtk_snapshot_append_color (snapshot, &grid,
                                 &GRAPHENE_RECT_INIT (x - 0.5, HEADER - 4, 1, height - HEADER));
    }

  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DmComparisonRow) row = g_list_model_get_item (G_LIST_MODEL (self->comparison), i);
      double top = HEADER + i * ROW_HEIGHT;
      double track = top + TRACK_OFFSET;
      double positions[2] = { 0, 0 };
      gboolean placed[2] = { FALSE, FALSE };
      gboolean present[2];
      GdkRGBA relation;

      if ((int) i == self->hovered)
        {
          GskRoundedRect band;

          gsk_rounded_rect_init_from_rect (&band, &GRAPHENE_RECT_INIT (4, top, width - 8, ROW_HEIGHT), 6);
          gtk_snapshot_push_rounded_clip (snapshot, &band);
          gtk_snapshot_append_color (snapshot, &hover, &band.bounds);
          gtk_snapshot_pop (snapshot);
        }

      append_text (snapshot, widget, dm_comparison_row_get_topic_name (row), PAD_X, top + 4, 0,
                   width - 2 * PAD_X, 0.9, FALSE, &foreground);

      gtk_snapshot_append_color (snapshot, &grid, &GRAPHENE_RECT_INIT (x0, track - 0.5, x1 - x0, 1));

      for (guint side = 0; side < 2; side++)
        {
          present[side] = dm_comparison_row_has_side (row, side);
          placed[side] = present[side] &&
                         dm_comparison_view_state_get_position (row, side, &positions[side]);
          positions[side] = x0 + (positions[side] + 1) / 2 * (x1 - x0);
        }

      lookup_colour (widget, relation_colour_name (dm_comparison_row_get_relation (row)), "#888888", &relation);
      relation.alpha *= 0.55;
      if (present[0] && present[1])
        append_bar (snapshot, positions[0], positions[1], track, &relation);

      for (guint side = 0; side < 2; side++)
        {
          GdkRGBA colour = side_colours[side];

          if (!present[side])
            continue;

          /* No stance to place: faded in the middle. */
          if (!placed[side])
            colour.alpha *= 0.4;

          if (side == DM_COMPARISON_SIDE_A)
            append_disc (snapshot, positions[side], track, DOT_RADIUS, &colour);
          else
            append_ring (snapshot, positions[side], track, RING_RADIUS, RING_WIDTH, &colour);
        }
    }
}

static gboolean
dm_comparison_chart_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_tooltip,
                                   GtkTooltip *tooltip)
{
  DmComparisonChart *self = DM_COMPARISON_CHART (widget);
  g_autoptr(DmComparisonRow) row = NULL;
  g_autofree char *relation = NULL;
  g_autofree char *side_a = NULL;
  g_autofree char *side_b = NULL;
  g_autofree char *text = NULL;
  const char *name_a;
  const char *name_b;
  int index = dm_comparison_chart_get_row_at (self, y);

  if (index < 0)
    return FALSE;

  row = g_list_model_get_item (G_LIST_MODEL (self->comparison), index);
  name_a = dm_actor_get_name (dm_comparison_get_actor (self->comparison, DM_COMPARISON_SIDE_A));
  name_b = dm_actor_get_name (dm_comparison_get_actor (self->comparison, DM_COMPARISON_SIDE_B));
  relation = dm_comparison_view_state_format_relation (dm_comparison_row_get_relation (row), name_a, name_b);
  side_a = describe_side (row, DM_COMPARISON_SIDE_A, name_a);
  side_b = describe_side (row, DM_COMPARISON_SIDE_B, name_b);
  text = g_strdup_printf ("%s — %s\n● %s\n○ %s", dm_comparison_row_get_topic_path (row), relation, side_a, side_b);

  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

/* }}} */

/* GObject {{{ */

static void
dm_comparison_chart_dispose (GObject *object)
{
  DmComparisonChart *self = DM_COMPARISON_CHART (object);

  g_clear_object (&self->comparison);

  G_OBJECT_CLASS (dm_comparison_chart_parent_class)->dispose (object);
}

static void
dm_comparison_chart_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DmComparisonChart *self = DM_COMPARISON_CHART (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      g_value_set_object (value, self->comparison);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_chart_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DmComparisonChart *self = DM_COMPARISON_CHART (object);

  switch (prop_id)
    {
    case PROP_COMPARISON:
      dm_comparison_chart_set_comparison (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_chart_class_init (DmComparisonChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dm_comparison_chart_dispose;
  object_class->get_property = dm_comparison_chart_get_property;
  object_class->set_property = dm_comparison_chart_set_property;

  widget_class->measure = dm_comparison_chart_measure;
  widget_class->snapshot = dm_comparison_chart_snapshot;
  widget_class->query_tooltip = dm_comparison_chart_query_tooltip;

  /**
   * DmComparisonChart:comparison:
   *
   * The comparison drawn, or %NULL for nothing.
   */
  properties[PROP_COMPARISON] =
    g_param_spec_object ("comparison", NULL, NULL,
                         DM_TYPE_COMPARISON,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "comparisonchart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dm_comparison_chart_init (DmComparisonChart *self)
{
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->hovered = -1;

  g_signal_connect_object (motion, "motion", G_CALLBACK (pointer_moved_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (motion, "leave", G_CALLBACK (pointer_left_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Positions by topic: each actor's net stance, from opposes to supports"),
                                  -1);
}

/* }}} */

/* Public API {{{ */

GtkWidget *
dm_comparison_chart_new (void)
{
  return g_object_new (DM_TYPE_COMPARISON_CHART, NULL);
}

/**
 * dm_comparison_chart_get_comparison:
 *
 * Returns: (transfer none) (nullable): the comparison drawn
 */
DmComparison *
dm_comparison_chart_get_comparison (DmComparisonChart *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_CHART (self), NULL);

  return self->comparison;
}

void
dm_comparison_chart_set_comparison (DmComparisonChart *self,
                                    DmComparison      *comparison)
{
  g_return_if_fail (DM_IS_COMPARISON_CHART (self));
  g_return_if_fail (comparison == NULL || DM_IS_COMPARISON (comparison));

  /* A comparison never changes once computed (see DmComparison), so a
   * new one is the only update there is. */
  if (!g_set_object (&self->comparison, comparison))
    return;

  self->hovered = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COMPARISON]);
}

/**
 * dm_comparison_chart_get_row_at:
 * @y: a height in the chart's coordinates
 *
 * Returns: the index of the topic drawn at @y, or -1
 */
int
dm_comparison_chart_get_row_at (DmComparisonChart *self,
                                double             y)
{
  double index;

  g_return_val_if_fail (DM_IS_COMPARISON_CHART (self), -1);

  if (y < HEADER)
    return -1;

  index = (y - HEADER) / ROW_HEIGHT;

  return index < get_n_rows (self) ? (int) index : -1;
}

/* }}} */
