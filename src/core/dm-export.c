/* dm-export.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "dm-csv.h"
#include "dm-export.h"
#include "dm-graphml.h"
#include "dm-json-set-private.h"
#include "dm-web-annotation.h"

/* One entry point for every export format, so that the app and the command
 * line cannot differ in what a format means, and the one place where a
 * file is written with progress and can be cancelled (issue 6: "progress
 * for big sets"). */

/* Producing the text is most of the work, writing it the rest; 1.0 is
 * kept for when the file is in place. */
#define PHASE_TEXT  0.85
#define PHASE_WRITE 0.99

/* Written in steps this large, checking the cancellable between them. */
#define WRITE_CHUNK (1024 * 1024)

static char *
export_text (DmStore              *store,
             DmExportFormat        format,
             const DmExportScope  *scope,
             DmProgress           *progress,
             GCancellable         *cancellable,
             GError              **error)
{
  switch (format)
    {
    case DM_EXPORT_JSON_SET:
      return _dm_json_set_export_scoped_full (store, scope, progress, cancellable, error);
    case DM_EXPORT_CSV:
      return dm_csv_export (store, scope, error);
    case DM_EXPORT_WEB_ANNOTATION:
      return dm_web_annotation_export (store, scope, error);
    case DM_EXPORT_GRAPHML_ACTOR_TOPIC:
      return dm_graphml_export (store, DM_GRAPHML_ACTOR_TOPIC, scope, error);
    case DM_EXPORT_GRAPHML_ACTOR_ACTOR:
      return dm_graphml_export (store, DM_GRAPHML_ACTOR_ACTOR, scope, error);
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
set_write_error (GError     **error,
                 const char  *path,
                 int          saved_errno)
{
  const char *why;

  switch (saved_errno)
    {
    case ENOENT: why = "the folder does not exist"; break;
    case EACCES:
    case EPERM: why = "permission denied"; break;
    case ENOSPC: why = "the disk is full"; break;
    case EROFS: why = "the file system is read-only"; break;
    case EISDIR: why = "it is a folder"; break;
    default: why = g_strerror (saved_errno); break;
    }

  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               "%s: cannot write the file (%s); nothing was written", path, why);
}

/* Into a temporary file beside @path, renamed over it once complete and
 * on disk: a failed or cancelled export leaves no half file, and an
 * earlier file of that name as it was. (g_file_replace() writes a new
 * file in place, so cancelling it would leave half of one.) */
static gboolean
write_atomically (const char    *path,
                  const char    *data,
                  gsize          length,
                  DmProgress    *progress,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmpl = NULL;
  gsize written = 0;
  int saved_errno;
  int fd;

  tmpl = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  if ((fd = g_mkstemp_full (tmpl, O_WRONLY | O_CLOEXEC, 0644)) < 0)
    {
      set_write_error (error, path, errno);
      return FALSE;
    }

  while (written < length)
    {
      gsize chunk = MIN (length - written, WRITE_CHUNK);
      gssize n;

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        goto failed;

      n = write (fd, data + written, chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        goto failed_errno;

      written += n;
      _dm_progress_report (progress, (double) written / length);
    }

  if (fsync (fd) != 0)
    goto failed_errno;

  if (!g_close (fd, NULL))
    {
      fd = -1;
      goto failed_errno;
    }
  fd = -1;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    goto failed;

  if (g_rename (tmpl, path) != 0)
    goto failed_errno;

  return TRUE;

failed_errno:
  saved_errno = errno;
  set_write_error (error, path, saved_errno);
failed:
  if (fd >= 0)
    g_close (fd, NULL);
  g_unlink (tmpl);
  return FALSE;
}

/**
 * dm_export_to_string:
 * @store: a #DmStore
 * @format: what to write
 * @scope: (nullable): what to export; %NULL for everything
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the export, as text
 */
char *
dm_export_to_string (DmStore              *store,
                     DmExportFormat        format,
                     const DmExportScope  *scope,
                     GError              **error)
{
  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return export_text (store, format, scope, NULL, NULL, error);
}

/**
 * dm_export_to_file:
 * @store: a #DmStore, used by the calling thread alone
 * @format: what to write
 * @scope: (nullable): what to export; %NULL for everything
 * @path: the file to write
 * @progress: (nullable) (scope call): called with the fraction done,
 *   in the calling thread
 * @progress_data: data for @progress
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Writes the export of @scope in @format to @path, atomically: an existing
 * @path is replaced only once the new file is complete on disk. On error or
 * cancel (%G_IO_ERROR_CANCELLED) nothing is left behind, not even a
 * temporary file. The annotated set reports progress row by row; the other
 * formats once their text is made and then while it is written.
 *
 * Returns: %TRUE if @path was written
 */
gboolean
dm_export_to_file (DmStore              *store,
                   DmExportFormat        format,
                   const DmExportScope  *scope,
                   const char           *path,
                   DmProgressFunc        progress,
                   gpointer              progress_data,
                   GCancellable         *cancellable,
                   GError              **error)
{
  g_autofree char *text = NULL;
  DmProgress steps;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (cancellable == NULL || G_IS_CANCELLABLE (cancellable), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  _dm_progress_init (&steps, progress, progress_data);
  _dm_progress_report (&steps, 0.0);

  _dm_progress_phase (&steps, 0.0, PHASE_TEXT);
  if (!(text = export_text (store, format, scope, &steps, cancellable, error)))
    return FALSE;
  _dm_progress_report (&steps, 1.0);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;

  _dm_progress_phase (&steps, PHASE_TEXT, PHASE_WRITE);
  if (!write_atomically (path, text, strlen (text), &steps, cancellable, error))
    return FALSE;

  _dm_progress_phase (&steps, 0.0, 1.0);
  _dm_progress_report (&steps, 1.0);
  return TRUE;
}
