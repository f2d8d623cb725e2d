/* dm-comparison-columns.c - the comparison table's four columns
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-columns"

#include "config.h"

#include "dm-comparison-columns.h"

/* Lays out its four children as the comparison table's columns: the
 * topic, actor A, the relation and actor B. The topic and the relation
 * get fixed widths; A and B share the rest equally, whatever their quotes
 * say, so that the two sides line up from row to row and with the header
 * (which is one of these too).
 *
 * A GtkColumnView would draw the same table, but in GTK 4.8 it measures
 * the height of a cell at the column's fixed width rather than at the
 * width it is given, and the wrapped quotes of an expanding column came
 * out with a large gap under them; a GtkListView of these rows measures
 * each child at the width it will get. */

#define TOPIC_WIDTH    210
#define RELATION_WIDTH 130
#define SIDE_MIN_WIDTH 170
#define N_COLUMNS      4

struct _DmComparisonColumns
{
  GtkWidget parent_instance;
};

G_DEFINE_FINAL_TYPE (DmComparisonColumns, dm_comparison_columns, GTK_TYPE_WIDGET)

/* Helpers {{{ */

/* The width of each column for a row @width wide; a column is never
 * narrower than its child allows. */
static void
compute_widths (DmComparisonColumns *self,
                int                  width,
                int                  widths[N_COLUMNS])
{
  int sides;
  int i = 0;

  sides = MAX (width - TOPIC_WIDTH - RELATION_WIDTH, 2 * SIDE_MIN_WIDTH);
  widths[0] = TOPIC_WIDTH;
  widths[1] = sides / 2;
  widths[2] = RELATION_WIDTH;
  widths[3] = sides - sides / 2;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));
       child != NULL && i < N_COLUMNS;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      int minimum = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
      widths[i] = MAX (widths[i], minimum);
    }
}

/* }}} */

/* GtkWidget {{{ */

static GtkSizeRequestMode
dm_comparison_columns_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
dm_comparison_columns_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  DmComparisonColumns *self = DM_COMPARISON_COLUMNS (widget);
  int widths[N_COLUMNS];
  int i = 0;

  *minimum = *natural = 0;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* Asks for the least: a wider row only widens the sides. */
      compute_widths (self, 0, widths);
      for (i = 0; i < N_COLUMNS; i++)
        *minimum += widths[i];
      *natural = *minimum;
      return;
    }

  compute_widths (self, for_size, widths);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && i < N_COLUMNS;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      int child_minimum = 0;
      int child_natural = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, widths[i], &child_minimum, &child_natural, NULL, NULL);
      *minimum = MAX (*minimum, child_minimum);
      *natural = MAX (*natural, child_natural);
    }
}

static void
dm_comparison_columns_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  DmComparisonColumns *self = DM_COMPARISON_COLUMNS (widget);
  int widths[N_COLUMNS];
  int x = 0;
  int i = 0;

  compute_widths (self, width, widths);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL && i < N_COLUMNS;
       child = gtk_widget_get_next_sibling (child), i++)
    {
      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_size_allocate (child, &(GtkAllocation) { x, 0, widths[i], height }, -1);
      x += widths[i];
    }
}

/* }}} */

/* GObject {{{ */

static void
dm_comparison_columns_dispose (GObject *object)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))))
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dm_comparison_columns_parent_class)->dispose (object);
}

static void
dm_comparison_columns_class_init (DmComparisonColumnsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dm_comparison_columns_dispose;

  widget_class->get_request_mode = dm_comparison_columns_get_request_mode;
  widget_class->measure = dm_comparison_columns_measure;
  widget_class->size_allocate = dm_comparison_columns_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "comparisoncolumns");
}

static void
dm_comparison_columns_init (DmComparisonColumns *self)
{
}

/* }}} */

/* Public API {{{ */

/**
 * dm_comparison_columns_new:
 *
 * Returns: a row of columns, to which the topic, A, relation and B
 *   widgets are added in that order (gtk_widget_set_parent(), or <child>
 *   in a .ui file)
 */
GtkWidget *
dm_comparison_columns_new (void)
{
  return g_object_new (DM_TYPE_COMPARISON_COLUMNS, NULL);
}

/* }}} */
