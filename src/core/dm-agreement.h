/* dm-agreement.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-store.h"

G_BEGIN_DECLS

#define DM_TYPE_AGREEMENT    (dm_agreement_get_type ())
#define DM_TYPE_DISAGREEMENT (dm_disagreement_get_type ())

G_DECLARE_FINAL_TYPE (DmAgreement, dm_agreement, DM, AGREEMENT, GObject)

/**
 * DM_AGREEMENT_MIN_OVERLAP:
 *
 * Two coders' spans are the same unit when they overlap by at least this
 * share of the shorter of the two.
 */
#define DM_AGREEMENT_MIN_OVERLAP 0.5

/**
 * DmAgreementField:
 * @DM_AGREEMENT_ACTORS: the set of actors holding the position
 * @DM_AGREEMENT_TOPIC: the topic (no topic is a value of its own)
 * @DM_AGREEMENT_POLARITY: supports, opposes, neutral, mixed or none
 *
 * The parts of a coding compared between coders.
 */
typedef enum
{
  DM_AGREEMENT_ACTORS,
  DM_AGREEMENT_TOPIC,
  DM_AGREEMENT_POLARITY,
} DmAgreementField;

#define DM_AGREEMENT_N_FIELDS 3

/**
 * DmAgreementSide:
 * @DM_AGREEMENT_SIDE_A: the first coder
 * @DM_AGREEMENT_SIDE_B: the second coder
 */
typedef enum
{
  DM_AGREEMENT_SIDE_A,
  DM_AGREEMENT_SIDE_B,
} DmAgreementSide;

/**
 * DmDisagreementKind:
 * @DM_DISAGREEMENT_CODING: both coders marked the span, and coded it
 *   differently
 * @DM_DISAGREEMENT_ONLY_A: only coder A marked a span there
 * @DM_DISAGREEMENT_ONLY_B: only coder B marked a span there
 */
typedef enum
{
  DM_DISAGREEMENT_CODING,
  DM_DISAGREEMENT_ONLY_A,
  DM_DISAGREEMENT_ONLY_B,
} DmDisagreementKind;

/**
 * DmAgreementDifference:
 * @DM_AGREEMENT_DIFFERS_ACTORS: the actor sets differ
 * @DM_AGREEMENT_DIFFERS_TOPIC: the topics differ
 * @DM_AGREEMENT_DIFFERS_POLARITY: the polarities differ
 * @DM_AGREEMENT_DIFFERS_SPAN: the spans are not the same (they still
 *   overlap enough to be one unit); never a reason on its own to list a
 *   disagreement
 */
typedef enum
{
  DM_AGREEMENT_DIFFERS_ACTORS   = 1 << 0,
  DM_AGREEMENT_DIFFERS_TOPIC    = 1 << 1,
  DM_AGREEMENT_DIFFERS_POLARITY = 1 << 2,
  DM_AGREEMENT_DIFFERS_SPAN     = 1 << 3,
} DmAgreementDifference;

/**
 * DmAgreementFigures:
 * @n_units: matched units, those coded by both; percentage and kappa rest
 *   on these
 * @n_agree: matched units on which the two codings are equal
 * @observed: observed agreement p_o = @n_agree / @n_units (NaN without units)
 * @expected: agreement expected by chance from each coder's own
 *   distribution, p_e (NaN without units)
 * @kappa: Cohen's kappa, (p_o - p_e) / (1 - p_e); NaN when not
 *   @kappa_defined
 * @kappa_defined: %FALSE without units or when p_e is 1 (both coders used
 *   one and the same value throughout)
 * @alpha_units: units coded by at least one coder (matched spans plus
 *   spans only one coder marked)
 * @alpha_pairable: units with a value from both coders; a unit with one
 *   value (the other coder's is missing) cannot be paired and does not
 *   enter alpha, so this equals @n_units
 * @alpha: Krippendorff's alpha for nominal data, from the coincidence
 *   matrix; NaN when not @alpha_defined
 * @alpha_defined: %FALSE when the paired values show no variation (one
 *   value only) or there are none
 *
 * Agreement on one field, or on one actor's presence.
 */
typedef struct
{
  guint    n_units;
  guint    n_agree;
  double   observed;
  double   expected;
  double   kappa;
  gboolean kappa_defined;
  guint    alpha_units;
  guint    alpha_pairable;
  double   alpha;
  gboolean alpha_defined;
} DmAgreementFigures;

/**
 * DmDisagreement:
 * @kind: what kind of disagreement
 * @article_uuid: the article
 * @a: (nullable): coder A's annotation, %NULL for %DM_DISAGREEMENT_ONLY_B
 * @b: (nullable): coder B's annotation, %NULL for %DM_DISAGREEMENT_ONLY_A
 * @differences: #DmAgreementDifference flags, for %DM_DISAGREEMENT_CODING
 * @coder_a: (nullable): coder A's name, which dm_agreement_keep() gives a
 *   copy of B's annotation
 * @coder_b: (nullable): coder B's name
 *
 * One unit to adjudicate.
 */
typedef struct
{
  DmDisagreementKind  kind;
  char               *article_uuid;
  DmAnnotation       *a;
  DmAnnotation       *b;
  guint               differences;
  char               *coder_a;
  char               *coder_b;
} DmDisagreement;

GType                     dm_disagreement_get_type         (void) G_GNUC_CONST;
DmDisagreement           *dm_disagreement_copy             (const DmDisagreement *self);
void                      dm_disagreement_free             (DmDisagreement       *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmDisagreement, dm_disagreement_free)

const char               *dm_agreement_field_to_string     (DmAgreementField      field);

DmAgreement              *dm_agreement_new                 (GPtrArray            *annotations_a,
                                                            GPtrArray            *annotations_b,
                                                            const char           *coder_a,
                                                            const char           *coder_b);
DmAgreement              *dm_agreement_new_for_coders      (DmStore              *store,
                                                            const char           *coder_a,
                                                            const char           *coder_b,
                                                            GError              **error);

const char               *dm_agreement_get_coder           (DmAgreement          *self,
                                                            DmAgreementSide       side);
guint                     dm_agreement_get_n_articles      (DmAgreement          *self);
guint                     dm_agreement_get_n_articles_only (DmAgreement          *self,
                                                            DmAgreementSide       side);
guint                     dm_agreement_get_n_spans         (DmAgreement          *self,
                                                            DmAgreementSide       side);
guint                     dm_agreement_get_n_matched       (DmAgreement          *self);
guint                     dm_agreement_get_n_unmatched     (DmAgreement          *self,
                                                            DmAgreementSide       side);
double                    dm_agreement_get_span_agreement  (DmAgreement          *self);
const DmAgreementFigures *dm_agreement_get_figures         (DmAgreement          *self,
                                                            DmAgreementField      field);
const char * const       *dm_agreement_get_actor_uuids     (DmAgreement          *self);
const DmAgreementFigures *dm_agreement_get_actor_figures   (DmAgreement          *self,
                                                            const char           *actor_uuid);
GPtrArray                *dm_agreement_get_disagreements   (DmAgreement          *self);

char                     *dm_agreement_to_json             (DmAgreement          *self,
                                                            DmStore              *store);
char                     *dm_agreement_to_text             (DmAgreement          *self,
                                                            DmStore              *store);

gboolean                  dm_agreement_keep                (DmStore              *store,
                                                            const DmDisagreement *disagreement,
                                                            DmAgreementSide       side,
                                                            GError              **error);

G_END_DECLS
