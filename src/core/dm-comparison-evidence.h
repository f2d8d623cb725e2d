/* dm-comparison-evidence.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_EVIDENCE (dm_comparison_evidence_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonEvidence, dm_comparison_evidence, DM, COMPARISON_EVIDENCE, GObject)

const char        *dm_comparison_evidence_get_annotation_uuid (DmComparisonEvidence *self);
const char        *dm_comparison_evidence_get_article_uuid    (DmComparisonEvidence *self);
const char        *dm_comparison_evidence_get_article_title   (DmComparisonEvidence *self);
const char        *dm_comparison_evidence_get_source          (DmComparisonEvidence *self);
const char        *dm_comparison_evidence_get_published       (DmComparisonEvidence *self);
guint              dm_comparison_evidence_get_start           (DmComparisonEvidence *self);
guint              dm_comparison_evidence_get_end             (DmComparisonEvidence *self);
const char        *dm_comparison_evidence_get_quote           (DmComparisonEvidence *self);
const char        *dm_comparison_evidence_get_topic_uuid      (DmComparisonEvidence *self);
const char        *dm_comparison_evidence_get_topic_path      (DmComparisonEvidence *self);
DmPolarity         dm_comparison_evidence_get_polarity        (DmComparisonEvidence *self);
DmAttributionMode  dm_comparison_evidence_get_mode            (DmComparisonEvidence *self);
gboolean           dm_comparison_evidence_get_key_quote       (DmComparisonEvidence *self);
const char        *dm_comparison_evidence_get_coder           (DmComparisonEvidence *self);
const char        *dm_comparison_evidence_get_speakers        (DmComparisonEvidence *self);

G_END_DECLS
