/* dm-cli-output.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "demarche-core.h"

G_BEGIN_DECLS

/* Aligned plain-text tables for people. */
typedef struct _DmCliTable DmCliTable;

DmCliTable *dm_cli_table_new          (const char   *first_heading,
                                       ...) G_GNUC_NULL_TERMINATED;
void        dm_cli_table_add_row      (DmCliTable   *self,
                                       ...);
void        dm_cli_table_print        (DmCliTable   *self);
void        dm_cli_table_free         (DmCliTable   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmCliTable, dm_cli_table_free)

/* Names of the codebook rows that annotations point to by uuid. */
typedef struct _DmCliNames DmCliNames;

DmCliNames *dm_cli_names_new          (DmStore      *store,
                                       GError      **error);
const char *dm_cli_names_lookup_actor (DmCliNames   *self,
                                       const char   *uuid);
const char *dm_cli_names_lookup_topic (DmCliNames   *self,
                                       const char   *uuid);
char       *dm_cli_names_dup_actors   (DmCliNames   *self,
                                       const char * const *uuids);
void        dm_cli_names_free         (DmCliNames   *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmCliNames, dm_cli_names_free)

/* Text */
char       *dm_cli_dup_short_uuid     (const char   *uuid);
char       *dm_cli_dup_one_line       (const char   *text,
                                       guint         max_chars);
void        dm_cli_write              (const char   *text);
gboolean    dm_cli_write_file         (const char   *path,
                                       const char   *contents,
                                       GError      **error);

/* Machine-readable output: one JSON document on standard output. */
void        dm_cli_json_add_article   (JsonBuilder  *builder,
                                       DmArticle    *article,
                                       gboolean      with_body);
void        dm_cli_json_add_actor     (JsonBuilder  *builder,
                                       DmActor      *actor);
void        dm_cli_json_add_topic     (JsonBuilder  *builder,
                                       DmTopic      *topic);
void        dm_cli_json_add_annotation (JsonBuilder *builder,
                                       DmAnnotation *annotation,
                                       DmCliNames   *names);
void        dm_cli_json_add_search_hit (JsonBuilder *builder,
                                       const DmSearchHit *hit);
void        dm_cli_json_add_report    (JsonBuilder  *builder,
                                       const DmImportReport *report);
void        dm_cli_json_add_web_annotation_report (JsonBuilder *builder,
                                       const DmWebAnnotationReport *report);
void        dm_cli_json_print         (JsonBuilder  *builder);

G_END_DECLS
