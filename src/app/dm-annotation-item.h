/* dm-annotation-item.h - an annotation as lists and tooltips show it
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-workspace.h"

G_BEGIN_DECLS

#define DM_TYPE_ANNOTATION_ITEM (dm_annotation_item_get_type ())

G_DECLARE_FINAL_TYPE (DmAnnotationItem, dm_annotation_item, DM, ANNOTATION_ITEM, GObject)

DmAnnotationItem *dm_annotation_item_new                (DmWorkspace      *workspace,
                                                         DmAnnotation     *annotation);
DmAnnotation     *dm_annotation_item_get_annotation     (DmAnnotationItem *self);
char             *dm_annotation_item_dup_actors_label   (DmAnnotationItem *self);
char             *dm_annotation_item_dup_details_label  (DmAnnotationItem *self);
char             *dm_annotation_item_dup_summary        (DmAnnotationItem *self);
char             *dm_annotation_item_dup_tooltip_markup (DmAnnotationItem *self);
const char       *dm_annotation_item_get_colour         (DmAnnotationItem *self);
const char       *dm_annotation_item_get_status_label   (DmAnnotationItem *self);

const char       *dm_polarity_get_label                 (DmPolarity        polarity);
const char       *dm_attribution_mode_get_label         (DmAttributionMode mode);

G_END_DECLS
