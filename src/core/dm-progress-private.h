/* dm-progress-private.h - progress of long exports and imports
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "dm-types.h"

G_BEGIN_DECLS

/* A #DmProgressFunc split into phases: each phase maps its own 0..1 onto
 * [from, to] of the whole. Calls are thinned to steps of half a percent
 * (a 200,000-row import would otherwise flood a main loop) and never go
 * backwards, and 1.0 always gets through. */
typedef struct
{
  DmProgressFunc func;
  gpointer       data;
  double         from;
  double         to;
  double         last;
} DmProgress;

static inline void
_dm_progress_init (DmProgress     *progress,
                   DmProgressFunc  func,
                   gpointer        data)
{
  progress->func = func;
  progress->data = data;
  progress->from = 0.0;
  progress->to = 1.0;
  progress->last = -1.0;
}

static inline void
_dm_progress_phase (DmProgress *progress,
                    double      from,
                    double      to)
{
  progress->from = from;
  progress->to = to;
}

static inline void
_dm_progress_report (DmProgress *progress,
                     double      done)
{
  double fraction = progress->from + (progress->to - progress->from) * CLAMP (done, 0.0, 1.0);

  if (fraction <= progress->last)
    return;
  if (fraction < 1.0 && fraction - progress->last < 0.005)
    return;

  progress->last = fraction;
  if (progress->func != NULL)
    progress->func (fraction, progress->data);
}

/* Every this many rows, check the cancellable and report progress. */
#define DM_PROGRESS_ROWS 64

G_END_DECLS
