/* dm-comparison-quote.h - one quote of a side, with where it comes from
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "demarche-core.h"

G_BEGIN_DECLS

#define DM_TYPE_COMPARISON_QUOTE (dm_comparison_quote_get_type ())

G_DECLARE_FINAL_TYPE (DmComparisonQuote, dm_comparison_quote, DM, COMPARISON_QUOTE, GtkWidget)

GtkWidget            *dm_comparison_quote_new          (DmComparisonEvidence *evidence);
DmComparisonEvidence *dm_comparison_quote_get_evidence (DmComparisonQuote    *self);
void                  dm_comparison_quote_set_evidence (DmComparisonQuote    *self,
                                                        DmComparisonEvidence *evidence);

G_END_DECLS
