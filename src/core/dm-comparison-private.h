/* dm-comparison-private.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-comparison.h"
#include "dm-comparison-evidence.h"
#include "dm-comparison-evidence-list.h"
#include "dm-comparison-matrix.h"
#include "dm-comparison-query.h"
#include "dm-comparison-row.h"
#include "dm-store.h"

G_BEGIN_DECLS

/* The comparison engine, shared by DmComparison (two actors, with every
 * quote) and DmComparisonMatrix (N actors, counts only). One store query
 * fetches the evidence of all actors at once (and, with text, one more the
 * speakers' names); everything after that is arithmetic on arrays indexed
 * by topic. The rules are described at the top of dm-comparison-engine.c. */

#define DM_N_POLARITIES (DM_POLARITY_MIXED + 1)
#define DM_N_RELATIONS  (DM_RELATION_ONLY_B + 1)

typedef struct
{
  gint64      id;          /* article rowid */
  const char *uuid;        /* strings live in the set's string chunk */
  const char *title;
  const char *source;
  const char *published;   /* interned: equal dates are equal pointers */
  guint       rank;        /* position of published among the set's dates, newest 0 */
} DmEvidenceArticle;

/* One annotation that counts for at least one actor of the set. Without
 * text the string fields are NULL. */
typedef struct
{
  gint64             id;       /* annotation rowid */
  const char        *annotation_uuid;
  const char        *quote;
  const char        *coder;
  const char        *speakers;
  guint              article;  /* index into DmEvidenceSet.articles */
  guint              start;
  guint              end;
  guint              topic;    /* index into DmEvidenceSet.topics, as coded */
  guint              folded;   /* the topic compared, after depth folding */
  DmPolarity         polarity;
  DmAttributionMode  mode;
  gboolean           key_quote;
  gboolean           orphan;   /* left out of the evidence, only counted */
} DmEvidenceItem;

/* Reference counted: rows and evidence lists keep it alive, and it keeps
 * the evidence objects it has handed out, so that the same annotation is
 * the same object on both sides of a joint statement. */
typedef struct
{
  GStringChunk           *strings;
  GPtrArray              *topics;       /* DmTopic, the whole codebook */
  GHashTable             *topic_index;  /* topic uuid → index + 1 */
  guint                  *folded;       /* topic index → folded topic index */
  GArray                 *articles;     /* DmEvidenceArticle */
  GArray                 *items;        /* DmEvidenceItem, newest first, text order within an article */
  GPtrArray              *actor_uuids;  /* the actors asked for */
  GArray                **credited;     /* per actor: item indices, ascending = newest first */
  guint                  *n_orphans;    /* per actor: orphans that would have been credited */
  DmComparisonEvidence  **objects;      /* per item, made on demand */
} DmEvidenceSet;

/* One actor's evidence on one topic. */
typedef struct
{
  guint      count[DM_N_POLARITIES];
  guint      newest[DM_N_POLARITIES];  /* item index of the newest evidence of each polarity */
  guint      total;
  DmPolarity dominant;
  gboolean   shifting;
} DmStanceTally;

DmEvidenceSet        *_dm_evidence_set_new          (DmStore             *store,
                                                     const char * const  *actor_uuids,
                                                     DmComparisonQuery   *query,
                                                     gboolean             with_text,
                                                     GError             **error);
DmEvidenceSet        *_dm_evidence_set_ref          (DmEvidenceSet       *set);
void                  _dm_evidence_set_unref        (DmEvidenceSet       *set);
DmComparisonEvidence *_dm_evidence_set_get_evidence (DmEvidenceSet       *set,
                                                     guint                item);
DmStanceTally        *_dm_evidence_set_tally        (DmEvidenceSet       *set,
                                                     guint                actor);
guint                 _dm_evidence_set_get_n_orphans (DmEvidenceSet      *set,
                                                     guint                actor);
GPtrArray            *_dm_evidence_set_dup_filter_paths (DmEvidenceSet   *set,
                                                     DmComparisonQuery   *query);
void                  _dm_stance_tally_finish       (DmStanceTally       *tally);
DmRelation            _dm_relation_between          (const DmStanceTally *a,
                                                     const DmStanceTally *b);
double                _dm_agreement_from_counts     (const guint         *counts,
                                                     guint               *n_shared);
GPtrArray            *_dm_comparison_query_describe (DmComparisonQuery   *query,
                                                     GPtrArray           *topic_paths);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DmEvidenceSet, _dm_evidence_set_unref)

DmComparisonEvidence     *_dm_comparison_evidence_new      (const DmEvidenceItem    *item,
                                                            const DmEvidenceArticle *article,
                                                            DmTopic                 *topic);

DmComparisonEvidenceList *_dm_comparison_evidence_list_new (DmEvidenceSet           *set,
                                                            GArray                  *items);

DmComparisonRow *_dm_comparison_row_new          (DmEvidenceSet        *set,
                                                  DmTopic              *topic);
void             _dm_comparison_row_set_side     (DmComparisonRow      *self,
                                                  DmComparisonSide      side,
                                                  const DmStanceTally  *tally,
                                                  GArray               *items,
                                                  guint                 first,
                                                  guint                 last,
                                                  guint                 reversals);
void             _dm_comparison_row_set_relation (DmComparisonRow      *self,
                                                  DmRelation            relation);

/* For the renderers: the paths of the topics the query is filtered to. */
GPtrArray       *_dm_comparison_get_filter_paths        (DmComparison       *self);
GPtrArray       *_dm_comparison_matrix_get_filter_paths (DmComparisonMatrix *self);

G_END_DECLS
