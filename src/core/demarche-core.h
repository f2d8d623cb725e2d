/* demarche-core.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-types.h"
#include "dm-error.h"
#include "dm-actor.h"
#include "dm-actor-matcher.h"
#include "dm-actor-suggest.h"
#include "dm-annotation.h"
#include "dm-article.h"
#include "dm-topic.h"
#include "dm-store.h"
#include "dm-store-list.h"
#include "dm-undo-stack.h"
#include "dm-json-set.h"
#include "dm-json-set-scoped.h"
#include "dm-export-scope.h"
#include "dm-export.h"
#include "dm-csv.h"
#include "dm-graphml.h"
#include "dm-web-annotation.h"
#include "dm-comparison.h"
#include "dm-comparison-evidence.h"
#include "dm-comparison-matrix.h"
#include "dm-comparison-query.h"
#include "dm-comparison-row.h"
#include "dm-segmenter.h"
#include "dm-mention-finder.h"
#include "dm-reanchor.h"
#include "dm-pending-article.h"
#include "dm-article-importer.h"
#include "dm-codebook-edit.h"
#include "dm-agreement.h"
