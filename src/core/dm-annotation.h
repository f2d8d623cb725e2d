/* dm-annotation.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_ANNOTATION (dm_annotation_get_type ())

G_DECLARE_FINAL_TYPE (DmAnnotation, dm_annotation, DM, ANNOTATION, GObject)

/* Offsets are Unicode code points into the article body, @end exclusive. */

DmAnnotation       *dm_annotation_new              (const char         *article_uuid,
                                                    guint               start,
                                                    guint               end);
DmAnnotation       *dm_annotation_copy             (DmAnnotation       *self);
const char         *dm_annotation_get_uuid         (DmAnnotation       *self);
void                dm_annotation_set_uuid         (DmAnnotation       *self,
                                                    const char         *uuid);
const char         *dm_annotation_get_article_uuid (DmAnnotation       *self);
void                dm_annotation_set_article_uuid (DmAnnotation       *self,
                                                    const char         *article_uuid);
guint               dm_annotation_get_start        (DmAnnotation       *self);
guint               dm_annotation_get_end          (DmAnnotation       *self);
void                dm_annotation_set_span         (DmAnnotation       *self,
                                                    guint               start,
                                                    guint               end);
const char         *dm_annotation_get_quote        (DmAnnotation       *self);
void                dm_annotation_set_quote        (DmAnnotation       *self,
                                                    const char         *quote);
const char         *dm_annotation_get_prefix       (DmAnnotation       *self);
void                dm_annotation_set_prefix       (DmAnnotation       *self,
                                                    const char         *prefix);
const char         *dm_annotation_get_suffix       (DmAnnotation       *self);
void                dm_annotation_set_suffix       (DmAnnotation       *self,
                                                    const char         *suffix);
const char * const *dm_annotation_get_actor_uuids  (DmAnnotation       *self);
void                dm_annotation_set_actor_uuids  (DmAnnotation       *self,
                                                    const char * const *actor_uuids);
const char * const *dm_annotation_get_target_uuids (DmAnnotation       *self);
void                dm_annotation_set_target_uuids (DmAnnotation       *self,
                                                    const char * const *target_uuids);
const char         *dm_annotation_get_topic_uuid   (DmAnnotation       *self);
void                dm_annotation_set_topic_uuid   (DmAnnotation       *self,
                                                    const char         *topic_uuid);
DmPolarity          dm_annotation_get_polarity     (DmAnnotation       *self);
void                dm_annotation_set_polarity     (DmAnnotation       *self,
                                                    DmPolarity          polarity);
const char         *dm_annotation_get_act_code     (DmAnnotation       *self);
void                dm_annotation_set_act_code     (DmAnnotation       *self,
                                                    const char         *act_code);
DmAttributionMode   dm_annotation_get_mode         (DmAnnotation       *self);
void                dm_annotation_set_mode         (DmAnnotation       *self,
                                                    DmAttributionMode   mode);
const char         *dm_annotation_get_provenance   (DmAnnotation       *self);
void                dm_annotation_set_provenance   (DmAnnotation       *self,
                                                    const char         *provenance);
const char         *dm_annotation_get_note         (DmAnnotation       *self);
void                dm_annotation_set_note         (DmAnnotation       *self,
                                                    const char         *note);
gboolean            dm_annotation_get_key_quote    (DmAnnotation       *self);
void                dm_annotation_set_key_quote    (DmAnnotation       *self,
                                                    gboolean            key_quote);
gboolean            dm_annotation_get_orphan       (DmAnnotation       *self);
void                dm_annotation_set_orphan       (DmAnnotation       *self,
                                                    gboolean            orphan);
const char         *dm_annotation_get_coder        (DmAnnotation       *self);
void                dm_annotation_set_coder        (DmAnnotation       *self,
                                                    const char         *coder);
const char         *dm_annotation_get_created      (DmAnnotation       *self);
void                dm_annotation_set_created      (DmAnnotation       *self,
                                                    const char         *created);
const char         *dm_annotation_get_updated      (DmAnnotation       *self);
void                dm_annotation_set_updated      (DmAnnotation       *self,
                                                    const char         *updated);

G_END_DECLS
