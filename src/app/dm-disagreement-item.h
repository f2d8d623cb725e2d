/* dm-disagreement-item.h - one disagreement as a row of the agreement dialog
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define DM_TYPE_DISAGREEMENT_ITEM (dm_disagreement_item_get_type ())

G_DECLARE_FINAL_TYPE (DmDisagreementItem, dm_disagreement_item, DM, DISAGREEMENT_ITEM, GObject)

DmDisagreementItem *dm_disagreement_item_new          (guint               position,
                                                       const char         *summary,
                                                       const char         *keep_a_label,
                                                       const char         *keep_b_label);
guint               dm_disagreement_item_get_position (DmDisagreementItem *self);
const char         *dm_disagreement_item_get_summary  (DmDisagreementItem *self);

G_END_DECLS
