/* dm-screenshot.h - render a window to a PNG once it has been drawn
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void     dm_screenshot_save_async  (GtkWindow            *window,
                                    GFile                *file,
                                    GCancellable         *cancellable,
                                    GAsyncReadyCallback   callback,
                                    gpointer              user_data);
gboolean dm_screenshot_save_finish (GtkWindow            *window,
                                    GAsyncResult         *result,
                                    GError              **error);

G_END_DECLS
