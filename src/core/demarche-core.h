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
#include "dm-annotation.h"
#include "dm-article.h"
#include "dm-topic.h"
#include "dm-store.h"
#include "dm-store-list.h"
#include "dm-undo-stack.h"
#include "dm-json-set.h"
#include "dm-mention-finder.h"
#include "dm-segmenter.h"
