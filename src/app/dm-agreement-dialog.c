/* dm-agreement-dialog.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-agreement-dialog"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>

#include "dm-agreement-dialog-private.h"
#include "dm-disagreement-item.h"

/**
 * DmAgreementDialog:
 *
 * The app's side of `demarche-cli agreement` (issue 6): two coders of one
 * database, their agreement on actors, topic and polarity (percentage,
 * Cohen's kappa, Krippendorff's alpha, each with the units it rests on),
 * and the disagreements, each of which the analyst settles by keeping one
 * side's coding. Every Keep recomputes the figures.
 */
struct _DmAgreementDialog
{
  GtkWindow     parent_instance;

  DmStore      *store;
  DmAgreement  *agreement;
  char         *coder_a;
  char         *coder_b;

  /* Template objects */
  GtkEntry     *coder_a_entry;
  GtkEntry     *coder_b_entry;
  GtkButton    *compare_button;
  GtkLabel     *summary_label;
  GtkLabel     *error_label;
  GtkGrid      *figures_grid;
  GListStore   *disagreements;
  GtkLabel     *figure_labels[DM_AGREEMENT_N_FIELDS][4];
};

G_DEFINE_FINAL_TYPE (DmAgreementDialog, dm_agreement_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_STORE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The columns of the figures grid, after the field's name. */
enum {
  COLUMN_UNITS,
  COLUMN_PERCENT,
  COLUMN_KAPPA,
  COLUMN_ALPHA,
};

static const char * const field_ids[DM_AGREEMENT_N_FIELDS] = { "actors", "topic", "polarity" };
static const char * const column_ids[4] = { "units", "percent", "kappa", "alpha" };

/* Formatting {{{ */

static char *
format_percent (const DmAgreementFigures *figures)
{
  if (figures->n_units == 0)
    return g_strdup (_("undefined"));

  /* Translators: percentage agreement, then how many units agree */
  return g_strdup_printf (_("%.0f %% (%u of %u)"),
                          figures->observed * 100.0, figures->n_agree, figures->n_units);
}

static char *
format_coefficient (gboolean defined,
                    double   value)
{
  if (!defined || isnan (value))
    return g_strdup (_("undefined"));

  return g_strdup_printf ("%.2f", value);
}

static char *
format_alpha (const DmAgreementFigures *figures)
{
  g_autofree char *value = format_coefficient (figures->alpha_defined, figures->alpha);

  /* Translators: Krippendorff's alpha, then the units it rests on */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s (%u unit)", "%s (%u units)", figures->alpha_units),
                          value, figures->alpha_units);
}

static const char *
describe_topic (DmStore    *store,
                const char *uuid,
                DmTopic   **topic)
{
  if (uuid == NULL)
    return _("no topic");
  if ((*topic = dm_store_lookup_topic (store, uuid, NULL)) == NULL)
    return uuid;
  return dm_topic_get_name (*topic);
}

static char *
format_disagreement (DmStore              *store,
                     const DmDisagreement *disagreement)
{
  DmAnnotation *any = disagreement->a != NULL ? disagreement->a : disagreement->b;
  g_autoptr(DmArticle) article = dm_store_lookup_article (store, disagreement->article_uuid, NULL);
  g_autoptr(GString) text = g_string_new (NULL);
  const char *quote = dm_annotation_get_quote (any);

  g_string_append_printf (text, "“%s”", quote != NULL ? quote : "");
  if (article != NULL && dm_article_get_title (article) != NULL)
    g_string_append_printf (text, " — %s", dm_article_get_title (article));
  g_string_append_c (text, '\n');

  switch (disagreement->kind)
    {
    case DM_DISAGREEMENT_ONLY_A:
    case DM_DISAGREEMENT_ONLY_B:
      /* Translators: a passage only one of the two coders annotated */
      g_string_append_printf (text, _("Only %s coded this passage"), dm_annotation_get_coder (any));
      break;

    case DM_DISAGREEMENT_CODING:
    default:
      {
        g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);

        if (disagreement->differences & DM_AGREEMENT_DIFFERS_ACTORS)
          g_ptr_array_add (parts, g_strdup (_("actors differ")));
        if (disagreement->differences & DM_AGREEMENT_DIFFERS_TOPIC)
          {
            g_autoptr(DmTopic) topic_a = NULL;
            g_autoptr(DmTopic) topic_b = NULL;

            g_ptr_array_add (parts, g_strdup_printf (_("topic: %s / %s"),
                                                     describe_topic (store, dm_annotation_get_topic_uuid (disagreement->a), &topic_a),
                                                     describe_topic (store, dm_annotation_get_topic_uuid (disagreement->b), &topic_b)));
          }
        if (disagreement->differences & DM_AGREEMENT_DIFFERS_POLARITY)
          g_ptr_array_add (parts, g_strdup_printf (_("polarity: %s / %s"),
                                                   dm_polarity_to_string (dm_annotation_get_polarity (disagreement->a)),
                                                   dm_polarity_to_string (dm_annotation_get_polarity (disagreement->b))));
        if (disagreement->differences & DM_AGREEMENT_DIFFERS_SPAN)
          g_ptr_array_add (parts, g_strdup (_("spans differ")));

        for (guint i = 0; i < parts->len; i++)
          g_string_append_printf (text, "%s%s", i > 0 ? "; " : "", (const char *) g_ptr_array_index (parts, i));
      }
      break;
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* }}} */

/* Helpers {{{ */

static void
show_error (DmAgreementDialog *self,
            const char        *message)
{
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
show_figures (DmAgreementDialog *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *disagreements;
  double spans;
  g_autofree char *spans_text = NULL;
  g_autofree char *summary = NULL;
  g_autofree char *keep_a = NULL;
  g_autofree char *keep_b = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->figures_grid), self->agreement != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->summary_label), self->agreement != NULL);

  if (self->agreement == NULL)
    {
      g_list_store_remove_all (self->disagreements);
      return;
    }

  for (guint field = 0; field < DM_AGREEMENT_N_FIELDS; field++)
    {
      const DmAgreementFigures *figures = dm_agreement_get_figures (self->agreement, field);
      g_autofree char *units = g_strdup_printf ("%u", figures->n_units);
      g_autofree char *percent = format_percent (figures);
      g_autofree char *kappa = format_coefficient (figures->kappa_defined, figures->kappa);
      g_autofree char *alpha = format_alpha (figures);

      gtk_label_set_text (self->figure_labels[field][COLUMN_UNITS], units);
      gtk_label_set_text (self->figure_labels[field][COLUMN_PERCENT], percent);
      gtk_label_set_text (self->figure_labels[field][COLUMN_KAPPA], kappa);
      gtk_label_set_text (self->figure_labels[field][COLUMN_ALPHA], alpha);
    }

  spans = dm_agreement_get_span_agreement (self->agreement);
  spans_text = isnan (spans) ? g_strdup (_("undefined")) : g_strdup_printf ("%.0f %%", spans * 100.0);
  /* Translators: the two coders, then counts of articles and spans */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                          "%s and %s both coded %u article. Spans matched: %u; only by %s: %u; only by %s: %u (span agreement %s).",
                                          "%s and %s both coded %u articles. Spans matched: %u; only by %s: %u; only by %s: %u (span agreement %s).",
                                          dm_agreement_get_n_articles (self->agreement)),
                             self->coder_a, self->coder_b,
                             dm_agreement_get_n_articles (self->agreement),
                             dm_agreement_get_n_matched (self->agreement),
                             self->coder_a, dm_agreement_get_n_unmatched (self->agreement, DM_AGREEMENT_SIDE_A),
                             self->coder_b, dm_agreement_get_n_unmatched (self->agreement, DM_AGREEMENT_SIDE_B),
                             spans_text);
  gtk_label_set_text (self->summary_label, summary);

  /* Translators: a button that keeps this coder's coding */
  keep_a = g_strdup_printf (_("Keep %s"), self->coder_a);
  keep_b = g_strdup_printf (_("Keep %s"), self->coder_b);

  disagreements = dm_agreement_get_disagreements (self->agreement);
  for (guint i = 0; i < disagreements->len; i++)
    {
      g_autofree char *text = format_disagreement (self->store, g_ptr_array_index (disagreements, i));

      g_ptr_array_add (items, dm_disagreement_item_new (i, text, keep_a, keep_b));
    }

  /* One items-changed for the whole new list. */
  g_list_store_splice (self->disagreements, 0,
                       g_list_model_get_n_items (G_LIST_MODEL (self->disagreements)),
                       items->pdata, items->len);
}

static char *
dup_coder (GtkEntry *entry)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));

  g_strstrip (text);
  return text[0] != '\0' ? g_steal_pointer (&text) : NULL;
}

static void
compare (DmAgreementDialog *self)
{
  g_autoptr(DmAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;

  show_error (self, NULL);

  if (self->coder_a == NULL || self->coder_b == NULL)
    {
      show_error (self, _("Enter the names of the two coders to compare."));
      g_clear_object (&self->agreement);
      show_figures (self);
      return;
    }

  if (!(agreement = dm_agreement_new_for_coders (self->store, self->coder_a, self->coder_b, &error)))
    {
      g_autofree char *message = g_strdup_printf (_("Could not compare %s and %s: %s"),
                                                  self->coder_a, self->coder_b, error->message);

      show_error (self, message);
    }

  g_set_object (&self->agreement, agreement);
  show_figures (self);
}

/* Offers the first two coders found, so that the common case is one
 * click. */
static void
guess_coders (DmAgreementDialog *self)
{
  g_autoptr(GPtrArray) annotations = dm_store_dup_annotations (self->store, NULL, NULL);
  g_autoptr(GPtrArray) coders = g_ptr_array_new ();

  for (guint i = 0; annotations != NULL && i < annotations->len && coders->len < 2; i++)
    {
      const char *coder = dm_annotation_get_coder (g_ptr_array_index (annotations, i));

      if (coder != NULL && coder[0] != '\0' &&
          !g_ptr_array_find_with_equal_func (coders, coder, g_str_equal, NULL))
        g_ptr_array_add (coders, (gpointer) coder);
    }

  if (coders->len == 2)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->coder_a_entry), g_ptr_array_index (coders, 0));
      gtk_editable_set_text (GTK_EDITABLE (self->coder_b_entry), g_ptr_array_index (coders, 1));
    }
}

/* }}} */

/* Callbacks {{{ */

static void
compare_clicked_cb (DmAgreementDialog *self)
{
  g_assert (DM_IS_AGREEMENT_DIALOG (self));

  g_clear_pointer (&self->coder_a, g_free);
  g_clear_pointer (&self->coder_b, g_free);
  self->coder_a = dup_coder (self->coder_a_entry);
  self->coder_b = dup_coder (self->coder_b_entry);

  compare (self);
}

static void
keep_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DmAgreementDialog *self = DM_AGREEMENT_DIALOG (widget);
  DmAgreementSide side = g_str_equal (action_name, "agreement.keep-a") ? DM_AGREEMENT_SIDE_A : DM_AGREEMENT_SIDE_B;
  guint position = g_variant_get_uint32 (parameter);
  g_autoptr(DmAgreement) agreement = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *disagreements;

  if (self->agreement == NULL)
    return;

  disagreements = dm_agreement_get_disagreements (self->agreement);
  if (position >= disagreements->len)
    return;

  /* The disagreement belongs to the agreement: hold it across the keep. */
  agreement = g_object_ref (self->agreement);
  if (!dm_agreement_keep (self->store, g_ptr_array_index (disagreements, position), side, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not keep this coding: %s"), error->message);

      show_error (self, message);
      return;
    }

  compare (self);
}

/* }}} */

/* GObject {{{ */

static void
dm_agreement_dialog_constructed (GObject *object)
{
  DmAgreementDialog *self = DM_AGREEMENT_DIALOG (object);

  G_OBJECT_CLASS (dm_agreement_dialog_parent_class)->constructed (object);

  guess_coders (self);
  show_figures (self);
}

static void
dm_agreement_dialog_dispose (GObject *object)
{
  DmAgreementDialog *self = DM_AGREEMENT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_AGREEMENT_DIALOG);

  g_clear_object (&self->agreement);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (dm_agreement_dialog_parent_class)->dispose (object);
}

static void
dm_agreement_dialog_finalize (GObject *object)
{
  DmAgreementDialog *self = DM_AGREEMENT_DIALOG (object);

  g_clear_pointer (&self->coder_a, g_free);
  g_clear_pointer (&self->coder_b, g_free);

  G_OBJECT_CLASS (dm_agreement_dialog_parent_class)->finalize (object);
}

static void
dm_agreement_dialog_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DmAgreementDialog *self = DM_AGREEMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_agreement_dialog_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DmAgreementDialog *self = DM_AGREEMENT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_agreement_dialog_class_init (DmAgreementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dm_agreement_dialog_constructed;
  object_class->dispose = dm_agreement_dialog_dispose;
  object_class->finalize = dm_agreement_dialog_finalize;
  object_class->get_property = dm_agreement_dialog_get_property;
  object_class->set_property = dm_agreement_dialog_set_property;

  properties[PROP_STORE] =
    g_param_spec_object ("store", NULL, NULL,
                         DM_TYPE_STORE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (DM_TYPE_DISAGREEMENT_ITEM);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-agreement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DmAgreementDialog, coder_a_entry);
  gtk_widget_class_bind_template_child (widget_class, DmAgreementDialog, coder_b_entry);
  gtk_widget_class_bind_template_child (widget_class, DmAgreementDialog, compare_button);
  gtk_widget_class_bind_template_child (widget_class, DmAgreementDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, DmAgreementDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DmAgreementDialog, figures_grid);
  gtk_widget_class_bind_template_child (widget_class, DmAgreementDialog, disagreements);

  /* The grid's figures are ids like "polarity_kappa_label". */
  for (guint field = 0; field < DM_AGREEMENT_N_FIELDS; field++)
    for (guint column = 0; column < G_N_ELEMENTS (column_ids); column++)
      {
        g_autofree char *id = g_strdup_printf ("%s_%s_label", field_ids[field], column_ids[column]);

        gtk_widget_class_bind_template_child_full (widget_class, g_intern_string (id), FALSE,
                                                   G_STRUCT_OFFSET (DmAgreementDialog, figure_labels) +
                                                   (field * G_N_ELEMENTS (column_ids) + column) * sizeof (GtkLabel *));
      }

  gtk_widget_class_bind_template_callback (widget_class, compare_clicked_cb);

  gtk_widget_class_install_action (widget_class, "agreement.keep-a", "u", keep_action);
  gtk_widget_class_install_action (widget_class, "agreement.keep-b", "u", keep_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dm_agreement_dialog_init (DmAgreementDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* }}} */

/* Private API {{{ */

DmAgreement *
_dm_agreement_dialog_get_agreement (DmAgreementDialog *self)
{
  g_return_val_if_fail (DM_IS_AGREEMENT_DIALOG (self), NULL);

  return self->agreement;
}

/* }}} */

/* Public API {{{ */

/**
 * dm_agreement_dialog_get_store:
 * @self: a #DmAgreementDialog
 *
 * Returns: (transfer none): the store whose coders are compared
 */
DmStore *
dm_agreement_dialog_get_store (DmAgreementDialog *self)
{
  g_return_val_if_fail (DM_IS_AGREEMENT_DIALOG (self), NULL);

  return self->store;
}

/**
 * dm_agreement_dialog_present:
 * @parent: (nullable): the window to keep the dialog over
 * @store: the store whose coders are compared
 *
 * Opens the coder agreement dialog.
 */
void
dm_agreement_dialog_present (GtkWindow *parent,
                             DmStore   *store)
{
  GtkWindow *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (DM_IS_STORE (store));

  self = g_object_new (DM_TYPE_AGREEMENT_DIALOG,
                       "store", store,
                       "transient-for", parent,
                       NULL);
  gtk_window_present (self);
}

/* }}} */
