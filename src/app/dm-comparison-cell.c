/* dm-comparison-cell.c - one side of a topic in the comparison table
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-cell"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-comparison-cell.h"
#include "dm-comparison-quote.h"
#include "dm-comparison-view-state.h"
#include "dm-enum-types.h"

/* A side's stance badge, how its statements split, and its quotes, each
 * a DmComparisonQuote. Activating a quote (a click, or Enter) activates
 * "comparison.open-evidence" with the article and the span, which
 * DmComparisonView turns into its ::open-evidence signal. The cell has no
 * idea which side it shows: the table's column factories bind the -a or
 * -b properties of a DmComparisonItem to it.
 *
 * The quotes are a GtkListBox bound to the model rather than a nested
 * GtkListView: a list view inside a column view's cell sizes its rows
 * from their last allocation, and wrapped quotes came out clipped. A
 * side has a handful of quotes on a topic, so recycling gains nothing. */

struct _DmComparisonCell
{
  GtkWidget    parent_instance;

  GListModel  *quotes;
  char        *tally;
  DmPolarity   polarity;
  gboolean     present;

  /* Template widgets */
  GtkListBox  *list_box;
};

G_DEFINE_FINAL_TYPE (DmComparisonCell, dm_comparison_cell, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_QUOTES,
  PROP_POLARITY,
  PROP_PRESENT,
  PROP_TALLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Formatting {{{ */

static char *
format_polarity (gpointer   unused,
                 DmPolarity polarity)
{
  return g_strdup (dm_comparison_view_state_polarity_label (polarity));
}

static char **
format_badge_classes (gpointer   unused,
                      DmPolarity polarity)
{
  const char *classes[] = { "badge", "stance-badge", dm_comparison_view_state_polarity_class (polarity), NULL };

  return g_strdupv ((char **) classes);
}

static gboolean
invert_boolean (gpointer unused,
                gboolean value)
{
  return !value;
}

/* }}} */

/* Callbacks {{{ */

static GtkWidget *
create_quote_widget (gpointer item,
                 gpointer user_data)
{
  return dm_comparison_quote_new (item);
}

static void
quote_activated_cb (DmComparisonCell *self,
                    GtkListBoxRow    *row,
                    GtkListBox       *list_box)
{
  g_assert (DM_IS_COMPARISON_CELL (self));

  dm_comparison_cell_activate_quote (self, gtk_list_box_row_get_index (row));
}

/* }}} */

/* GObject {{{ */

static void
dm_comparison_cell_dispose (GObject *object)
{
  DmComparisonCell *self = DM_COMPARISON_CELL (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_COMPARISON_CELL);
  /* gtk_widget_dispose_template() unparents only the children bound to
   * fields; the template's other direct children go here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);
  g_clear_object (&self->quotes);

  G_OBJECT_CLASS (dm_comparison_cell_parent_class)->dispose (object);
}

static void
dm_comparison_cell_finalize (GObject *object)
{
  DmComparisonCell *self = DM_COMPARISON_CELL (object);

  g_clear_pointer (&self->tally, g_free);

  G_OBJECT_CLASS (dm_comparison_cell_parent_class)->finalize (object);
}

static void
dm_comparison_cell_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DmComparisonCell *self = DM_COMPARISON_CELL (object);

  switch (prop_id)
    {
    case PROP_QUOTES:
      g_value_set_object (value, self->quotes);
      break;

    case PROP_POLARITY:
      g_value_set_enum (value, self->polarity);
      break;

    case PROP_PRESENT:
      g_value_set_boolean (value, self->present);
      break;

    case PROP_TALLY:
      g_value_set_string (value, self->tally);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_cell_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DmComparisonCell *self = DM_COMPARISON_CELL (object);

  switch (prop_id)
    {
    case PROP_QUOTES:
      dm_comparison_cell_set_quotes (self, g_value_get_object (value));
      break;

    case PROP_POLARITY:
      dm_comparison_cell_set_polarity (self, g_value_get_enum (value));
      break;

    case PROP_PRESENT:
      dm_comparison_cell_set_present (self, g_value_get_boolean (value));
      break;

    case PROP_TALLY:
      dm_comparison_cell_set_tally (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_cell_class_init (DmComparisonCellClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dm_comparison_cell_dispose;
  object_class->finalize = dm_comparison_cell_finalize;
  object_class->get_property = dm_comparison_cell_get_property;
  object_class->set_property = dm_comparison_cell_set_property;

  /**
   * DmComparisonCell:quotes:
   *
   * The side's #DmComparisonEvidence to list, newest first.
   */
  properties[PROP_QUOTES] =
    g_param_spec_object ("quotes", NULL, NULL,
                         G_TYPE_LIST_MODEL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonCell:polarity:
   *
   * The side's dominant polarity, for the badge.
   */
  properties[PROP_POLARITY] =
    g_param_spec_enum ("polarity", NULL, NULL,
                       DM_TYPE_POLARITY, DM_POLARITY_NONE,
                       (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmComparisonCell:present:
   *
   * Whether the side said anything on the topic; if not, the cell says so.
   */
  properties[PROP_PRESENT] =
    g_param_spec_boolean ("present", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TALLY] =
    g_param_spec_string ("tally", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DM_TYPE_COMPARISON_QUOTE);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-comparison-cell.ui");
  gtk_widget_class_bind_template_child (widget_class, DmComparisonCell, list_box);
  gtk_widget_class_bind_template_callback (widget_class, quote_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_polarity);
  gtk_widget_class_bind_template_callback (widget_class, format_badge_classes);
  gtk_widget_class_bind_template_callback (widget_class, invert_boolean);

  gtk_widget_class_set_css_name (widget_class, "comparisoncell");
}

static void
dm_comparison_cell_init (DmComparisonCell *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* }}} */

/* Public API {{{ */

/**
 * dm_comparison_cell_get_quotes:
 *
 * Returns: (transfer none) (nullable): the quotes listed
 */
GListModel *
dm_comparison_cell_get_quotes (DmComparisonCell *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_CELL (self), NULL);

  return self->quotes;
}

void
dm_comparison_cell_set_quotes (DmComparisonCell *self,
                               GListModel       *quotes)
{
  g_return_if_fail (DM_IS_COMPARISON_CELL (self));
  g_return_if_fail (quotes == NULL || G_IS_LIST_MODEL (quotes));

  if (!g_set_object (&self->quotes, quotes))
    return;

  gtk_list_box_bind_model (self->list_box, quotes, create_quote_widget, NULL, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUOTES]);
}

DmPolarity
dm_comparison_cell_get_polarity (DmComparisonCell *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_CELL (self), DM_POLARITY_NONE);

  return self->polarity;
}

void
dm_comparison_cell_set_polarity (DmComparisonCell *self,
                                 DmPolarity        polarity)
{
  g_return_if_fail (DM_IS_COMPARISON_CELL (self));

  if (self->polarity != polarity)
    {
      self->polarity = polarity;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POLARITY]);
    }
}

gboolean
dm_comparison_cell_get_present (DmComparisonCell *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_CELL (self), FALSE);

  return self->present;
}

void
dm_comparison_cell_set_present (DmComparisonCell *self,
                                gboolean          present)
{
  g_return_if_fail (DM_IS_COMPARISON_CELL (self));

  present = !!present;
  if (self->present != present)
    {
      self->present = present;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENT]);
    }
}

const char *
dm_comparison_cell_get_tally (DmComparisonCell *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_CELL (self), NULL);

  return self->tally;
}

void
dm_comparison_cell_set_tally (DmComparisonCell *self,
                              const char       *tally)
{
  g_return_if_fail (DM_IS_COMPARISON_CELL (self));

  if (g_strcmp0 (self->tally, tally) != 0)
    {
      g_free (self->tally);
      self->tally = g_strdup (tally);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TALLY]);
    }
}

/**
 * dm_comparison_cell_activate_quote:
 * @position: a quote in #DmComparisonCell:quotes
 *
 * Asks for the quote's article to be opened at the quote, as a click on
 * it does, through the "comparison.open-evidence" action.
 *
 * Returns: %TRUE if there was such a quote and an action to take it
 */
gboolean
dm_comparison_cell_activate_quote (DmComparisonCell *self,
                                   guint             position)
{
  g_autoptr(DmComparisonEvidence) evidence = NULL;
  const char *article_uuid;

  g_return_val_if_fail (DM_IS_COMPARISON_CELL (self), FALSE);

  if (self->quotes == NULL ||
      !(evidence = g_list_model_get_item (self->quotes, position)) ||
      !(article_uuid = dm_comparison_evidence_get_article_uuid (evidence)))
    return FALSE;

  return gtk_widget_activate_action (GTK_WIDGET (self), "comparison.open-evidence", "(suu)",
                                     article_uuid,
                                     dm_comparison_evidence_get_start (evidence),
                                     dm_comparison_evidence_get_end (evidence));
}

/* }}} */
