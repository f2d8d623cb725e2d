/* dm-error.h
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DM_ERROR (dm_error_quark ())

/**
 * DmError:
 * @DM_ERROR_DATABASE: SQLite reported an error not covered below
 * @DM_ERROR_NOT_A_DATABASE: the file is not a Demarche/SQLite database
 * @DM_ERROR_NEWER_SCHEMA: written by a newer Demarche; refusing to touch it
 * @DM_ERROR_READ_ONLY: the database cannot be written
 * @DM_ERROR_BUSY: another process holds a lock for too long
 * @DM_ERROR_FULL: the disk is full
 * @DM_ERROR_NOT_FOUND: a uuid, name or quote was not found
 * @DM_ERROR_INVALID: a value is out of range or malformed
 * @DM_ERROR_CONFLICT: a uniqueness or reference rule would be broken
 * @DM_ERROR_BAD_TEXT: a text is empty, binary or not valid UTF-8
 * @DM_ERROR_BAD_FORMAT: an exchange file is malformed or of an unknown version
 */
typedef enum
{
  DM_ERROR_DATABASE,
  DM_ERROR_NOT_A_DATABASE,
  DM_ERROR_NEWER_SCHEMA,
  DM_ERROR_READ_ONLY,
  DM_ERROR_BUSY,
  DM_ERROR_FULL,
  DM_ERROR_NOT_FOUND,
  DM_ERROR_INVALID,
  DM_ERROR_CONFLICT,
  DM_ERROR_BAD_TEXT,
  DM_ERROR_BAD_FORMAT,
} DmError;

GQuark dm_error_quark (void);

G_END_DECLS
