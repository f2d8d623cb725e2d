/* dm-comparison-evidence-list.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_EVIDENCE_LIST (dm_comparison_evidence_list_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonEvidenceList, dm_comparison_evidence_list, DM, COMPARISON_EVIDENCE_LIST, GObject)

G_END_DECLS
