/* dm-comparison-quote.c - one quote of a side, with where it comes from
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-comparison-quote"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-comparison-quote.h"
#include "dm-comparison-view-state.h"

/* The quote in full, then its own stance (which may differ from the
 * side's dominant one), who said it, when and where. DmComparisonCell
 * lists these in a GtkListBox, whose rows size to their wrapped text;
 * activating a row opens the article at the quote. */

struct _DmComparisonQuote
{
  GtkWidget             parent_instance;

  DmComparisonEvidence *evidence;
};

G_DEFINE_FINAL_TYPE (DmComparisonQuote, dm_comparison_quote, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EVIDENCE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Formatting {{{ */

static char *
format_quote (gpointer    unused,
              const char *quote)
{
  g_autofree char *flat = g_strdup (quote != NULL ? quote : "");

  /* A quote may span paragraphs; in a table cell it reads as one. */
  g_strdelimit (flat, "\r\n\t", ' ');

  /* Translators: a quotation from an article */
  return g_strdup_printf (_("“%s”"), g_strstrip (flat));
}

static char *
format_polarity (gpointer   unused,
                 DmPolarity polarity)
{
  return g_strdup (dm_comparison_view_state_polarity_label (polarity));
}

static char **
format_chip_classes (gpointer   unused,
                     DmPolarity polarity)
{
  const char *classes[] = { "stance-chip", dm_comparison_view_state_polarity_class (polarity), NULL };

  return g_strdupv ((char **) classes);
}

static char *
format_meta (gpointer    unused,
             const char *speakers,
             const char *published,
             const char *source,
             gboolean    key_quote)
{
  g_autofree char *meta = dm_comparison_view_state_format_evidence_meta (speakers, published, source);

  /* Translators: marks a key quote before its speaker and date */
  return key_quote ? g_strdup_printf (_("★ %s"), meta) : g_steal_pointer (&meta);
}

static char *
format_tooltip (gpointer    unused,
                const char *title,
                gboolean    key_quote)
{
  g_autoptr(GString) tooltip = g_string_new (NULL);

  if (title != NULL && title[0] != '\0')
    /* Translators: the article a quote comes from */
    g_string_append_printf (tooltip, _("From “%s”"), title);
  if (key_quote)
    g_string_append_printf (tooltip, "%s%s", tooltip->len > 0 ? "\n" : "", _("★ A key quote"));
  g_string_append_printf (tooltip, "%s%s", tooltip->len > 0 ? "\n" : "", _("Click to open the article at this quote"));

  return g_string_free (g_steal_pointer (&tooltip), FALSE);
}

/* }}} */

/* GObject {{{ */

static void
dm_comparison_quote_dispose (GObject *object)
{
  DmComparisonQuote *self = DM_COMPARISON_QUOTE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_COMPARISON_QUOTE);
  /* gtk_widget_dispose_template() unparents only the children bound to
   * fields; the template's other direct children go here. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))))
    gtk_widget_unparent (child);

  g_clear_object (&self->evidence);

  G_OBJECT_CLASS (dm_comparison_quote_parent_class)->dispose (object);
}

static void
dm_comparison_quote_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DmComparisonQuote *self = DM_COMPARISON_QUOTE (object);

  switch (prop_id)
    {
    case PROP_EVIDENCE:
      g_value_set_object (value, self->evidence);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_quote_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DmComparisonQuote *self = DM_COMPARISON_QUOTE (object);

  switch (prop_id)
    {
    case PROP_EVIDENCE:
      dm_comparison_quote_set_evidence (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_comparison_quote_class_init (DmComparisonQuoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dm_comparison_quote_dispose;
  object_class->get_property = dm_comparison_quote_get_property;
  object_class->set_property = dm_comparison_quote_set_property;

  /**
   * DmComparisonQuote:evidence:
   *
   * The statement shown.
   */
  properties[PROP_EVIDENCE] =
    g_param_spec_object ("evidence", NULL, NULL,
                         DM_TYPE_COMPARISON_EVIDENCE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-comparison-quote.ui");
  gtk_widget_class_bind_template_callback (widget_class, format_quote);
  gtk_widget_class_bind_template_callback (widget_class, format_polarity);
  gtk_widget_class_bind_template_callback (widget_class, format_chip_classes);
  gtk_widget_class_bind_template_callback (widget_class, format_meta);
  gtk_widget_class_bind_template_callback (widget_class, format_tooltip);

  gtk_widget_class_set_css_name (widget_class, "comparisonquote");
}

static void
dm_comparison_quote_init (DmComparisonQuote *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* }}} */

/* Public API {{{ */

GtkWidget *
dm_comparison_quote_new (DmComparisonEvidence *evidence)
{
  g_return_val_if_fail (evidence == NULL || DM_IS_COMPARISON_EVIDENCE (evidence), NULL);

  return g_object_new (DM_TYPE_COMPARISON_QUOTE,
                       "evidence", evidence,
                       NULL);
}

/**
 * dm_comparison_quote_get_evidence:
 *
 * Returns: (transfer none) (nullable): the statement shown
 */
DmComparisonEvidence *
dm_comparison_quote_get_evidence (DmComparisonQuote *self)
{
  g_return_val_if_fail (DM_IS_COMPARISON_QUOTE (self), NULL);

  return self->evidence;
}

void
dm_comparison_quote_set_evidence (DmComparisonQuote    *self,
                                  DmComparisonEvidence *evidence)
{
  g_return_if_fail (DM_IS_COMPARISON_QUOTE (self));
  g_return_if_fail (evidence == NULL || DM_IS_COMPARISON_EVIDENCE (evidence));

  if (g_set_object (&self->evidence, evidence))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVIDENCE]);
}

/* }}} */
