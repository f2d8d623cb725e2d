/* dm-topic.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-types.h"

G_BEGIN_DECLS

#define DM_TYPE_TOPIC (dm_topic_get_type ())

G_DECLARE_FINAL_TYPE (DmTopic, dm_topic, DM, TOPIC, GObject)

DmTopic    *dm_topic_new             (const char *name,
                                      const char *parent_uuid);
DmTopic    *dm_topic_copy            (DmTopic    *self);
const char *dm_topic_get_uuid        (DmTopic    *self);
void        dm_topic_set_uuid        (DmTopic    *self,
                                      const char *uuid);
const char *dm_topic_get_name        (DmTopic    *self);
void        dm_topic_set_name        (DmTopic    *self,
                                      const char *name);
const char *dm_topic_get_parent_uuid (DmTopic    *self);
void        dm_topic_set_parent_uuid (DmTopic    *self,
                                      const char *parent_uuid);
const char *dm_topic_get_description (DmTopic    *self);
void        dm_topic_set_description (DmTopic    *self,
                                      const char *description);
const char *dm_topic_get_path        (DmTopic    *self);
void        dm_topic_set_path        (DmTopic    *self,
                                      const char *path);
const char *dm_topic_get_created     (DmTopic    *self);
void        dm_topic_set_created     (DmTopic    *self,
                                      const char *created);
const char *dm_topic_get_updated     (DmTopic    *self);
void        dm_topic_set_updated     (DmTopic    *self,
                                      const char *updated);

G_END_DECLS
