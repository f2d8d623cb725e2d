/* dm-application.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-application"

#include "config.h"

#include <stdlib.h>

#include <glib/gi18n.h>

#include "demarche-core.h"

#include "dm-application.h"
#include "dm-screenshot.h"
#include "dm-window.h"

#define RESOURCE_BASE_PATH "/org/demarche/Demarche"

struct _DmApplication
{
  GtkApplication parent_instance;

  /* g_application_run() forgets what command_line returned as soon as the
   * main loop has run once, so failures are remembered here; main() uses
   * dm_application_get_exit_status(). */
  int            exit_status;
};

G_DEFINE_FINAL_TYPE (DmApplication, dm_application, GTK_TYPE_APPLICATION)

typedef struct
{
  DmApplication           *application;
  GApplicationCommandLine *command_line;
} ScreenshotRequest;

static void
screenshot_request_free (ScreenshotRequest *request)
{
  g_clear_object (&request->application);
  g_clear_object (&request->command_line);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (ScreenshotRequest, screenshot_request_free)

static const GOptionEntry main_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database FILE instead of the default one"), N_("FILE") },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the window as a PNG image in FILE once it is drawn, then quit"), N_("FILE") },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Show the version and quit"), NULL },
  { NULL }
};

/* Helpers {{{ */

/* A second `demarche --db FILE` for a file already open raises its window
 * instead of opening the database twice. */
static GtkWindow *
find_window_for_path (DmApplication *self,
                      const char    *path)
{
  g_assert (DM_IS_APPLICATION (self));

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (DM_IS_WINDOW (l->data) &&
          g_strcmp0 (dm_store_get_path (dm_window_get_store (l->data)), path) == 0)
        return l->data;
    }

  return NULL;
}

static GtkWindow *
create_open_error_dialog (DmApplication *self,
                          const char    *path,
                          const GError  *error)
{
  g_autofree char *display_name = g_filename_display_name (path);
  GtkWidget *dialog;

  g_assert (DM_IS_APPLICATION (self));
  g_assert (error != NULL);

  dialog = gtk_message_dialog_new (NULL, 0, GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE,
                                   _("Could not open the database “%s”"), display_name);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s\n\n%s",
                                            error->message,
                                            _("Start Demarche with --db FILE to open another database."));
  gtk_window_set_title (GTK_WINDOW (dialog), _("Demarche"));

  /* Belonging to the application keeps it running while the dialog is up;
   * closing the dialog then ends it. */
  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);

  return GTK_WINDOW (dialog);
}

static gboolean
seed_if_empty (DmStore  *store,
               GError  **error)
{
  g_autoptr(GPtrArray) actors = dm_store_dup_actors (store, error);

  if (actors == NULL)
    return FALSE;

  return actors->len > 0 || dm_store_seed_defaults (store, error);
}

static GFile *
dup_file_option (GApplicationCommandLine *command_line,
                 GVariantDict            *options,
                 const char              *name)
{
  g_autofree char *value = NULL;

  if (!g_variant_dict_lookup (options, name, "^ay", &value) || value[0] == '\0')
    return NULL;

  return g_application_command_line_create_file_for_arg (command_line, value);
}

static GFile *
dup_screenshot_file (GApplicationCommandLine *command_line,
                     GVariantDict            *options)
{
  GFile *file = dup_file_option (command_line, options, "screenshot");
  const char *env;

  if (file == NULL &&
      (env = g_application_command_line_getenv (command_line, "DEMARCHE_SCREENSHOT")) != NULL &&
      env[0] != '\0')
    file = g_application_command_line_create_file_for_arg (command_line, env);

  return file;
}

/* A failure noticed after command_line returned: a remote instance gets it
 * through its command line, this process keeps it for main(). */
static void
set_exit_status (DmApplication           *self,
                 GApplicationCommandLine *command_line,
                 int                      exit_status)
{
  g_assert (DM_IS_APPLICATION (self));
  g_assert (G_IS_APPLICATION_COMMAND_LINE (command_line));

  g_application_command_line_set_exit_status (command_line, exit_status);

  if (!g_application_command_line_get_is_remote (command_line))
    self->exit_status = exit_status;
}

/* }}} */

/* Callbacks {{{ */

static void
screenshot_saved_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(ScreenshotRequest) request = user_data;
  g_autoptr(GError) error = NULL;

  g_assert (GTK_IS_WINDOW (object));
  g_assert (G_IS_ASYNC_RESULT (result));

  if (!dm_screenshot_save_finish (GTK_WINDOW (object), result, &error))
    {
      g_application_command_line_printerr (request->command_line,
                                           _("Could not save the screenshot: %s\n"),
                                           error->message);
      set_exit_status (request->application, request->command_line, EXIT_FAILURE);
    }

  g_application_quit (G_APPLICATION (request->application));
}

/* }}} */

/* Actions {{{ */

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  DmApplication *self = user_data;
  static const char *authors[] = { "The Demarche authors", NULL };

  g_assert (DM_IS_APPLICATION (self));

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", _("Demarche"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Code who takes which position in diplomatic texts, "
                                       "and compare two actors side by side"),
                         "copyright", "© 2026 The Demarche authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", authors,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  DmApplication *self = user_data;
  g_autoptr(GList) windows = NULL;

  g_assert (DM_IS_APPLICATION (self));

  /* Closing rather than quitting lets each window remember its size; the
   * application ends with its last window. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
}

static const GActionEntry app_entries[] = {
  { "about", about_action },
  { "quit", quit_action },
};

/* }}} */

/* GApplication {{{ */

static int
dm_application_handle_local_options (GApplication *application,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("demarche %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  /* A screenshot run must never hand its work to (and then quit) an
   * instance the user is working in. */
  if (g_variant_dict_contains (options, "screenshot") ||
      (g_getenv ("DEMARCHE_SCREENSHOT") != NULL && g_getenv ("DEMARCHE_SCREENSHOT")[0] != '\0'))
    g_application_set_flags (application,
                             g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static int
dm_application_command_line (GApplication            *application,
                             GApplicationCommandLine *command_line)
{
  DmApplication *self = DM_APPLICATION (application);
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autoptr(GFile) db_file = NULL;
  g_autoptr(GFile) screenshot_file = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_auto(GStrv) arguments = NULL;
  GtkWindow *window;
  int exit_status = EXIT_SUCCESS;
  int argc;

  arguments = g_application_command_line_get_arguments (command_line, &argc);
  if (argc > 1)
    {
      g_application_command_line_printerr (command_line,
                                           _("Unexpected argument “%s”; see demarche --help\n"),
                                           arguments[1]);
      return EXIT_FAILURE;
    }

  if ((db_file = dup_file_option (command_line, options, "db")))
    {
      if (!(path = g_file_get_path (db_file)))
        {
          g_autofree char *uri = g_file_get_uri (db_file);

          g_application_command_line_printerr (command_line,
                                               _("%s: the database must be a local file\n"), uri);
          return EXIT_FAILURE;
        }
    }
  else
    {
      path = dm_store_dup_default_path ();
    }

  if (!(window = find_window_for_path (self, path)))
    {
      store = db_file != NULL ? dm_store_open (path, &error) : dm_store_open_default (&error);

      /* As demarche-cli does: a database without a codebook (a new one)
       * gets the default codebook and the sample article, so that there
       * is something to code at once. */
      if (store != NULL && db_file != NULL && !seed_if_empty (store, &error))
        g_clear_object (&store);

      if (store != NULL)
        {
          window = GTK_WINDOW (dm_window_new (GTK_APPLICATION (self), store));
        }
      else
        {
          g_application_command_line_printerr (command_line, "demarche: %s\n", error->message);
          window = create_open_error_dialog (self, path, error);
          exit_status = EXIT_FAILURE;
          set_exit_status (self, command_line, EXIT_FAILURE);
        }
    }

  gtk_window_present (window);

  if ((screenshot_file = dup_screenshot_file (command_line, options)))
    {
      ScreenshotRequest *request = g_new0 (ScreenshotRequest, 1);

      request->application = g_object_ref (self);
      request->command_line = g_object_ref (command_line);
      dm_screenshot_save_async (window, screenshot_file, NULL, screenshot_saved_cb, request);
    }

  return exit_status;
}

static void
dm_application_startup (GApplication *application)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  g_autoptr(GtkCssProvider) provider = NULL;

  G_APPLICATION_CLASS (dm_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application),
                                   app_entries, G_N_ELEMENTS (app_entries),
                                   application);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close", close_accels);

  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (provider, RESOURCE_BASE_PATH "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  gtk_window_set_default_icon_name (APP_ID);
}

/* }}} */

/* GObject {{{ */

static void
dm_application_class_init (DmApplicationClass *klass)
{
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  application_class->handle_local_options = dm_application_handle_local_options;
  application_class->command_line = dm_application_command_line;
  application_class->startup = dm_application_startup;
}

static void
dm_application_init (DmApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), main_entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Annotate diplomatic texts and compare positions."));
}

/* }}} */

/* Public API {{{ */

DmApplication *
dm_application_new (void)
{
  /* The resource base path is fixed: a .Devel application id must still
   * find gtk/menus.ui and gtk/help-overlay.ui. */
  return g_object_new (DM_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * dm_application_get_exit_status:
 *
 * Returns: %EXIT_FAILURE if a database could not be opened or a
 *   screenshot could not be saved while the application ran
 */
int
dm_application_get_exit_status (DmApplication *self)
{
  g_return_val_if_fail (DM_IS_APPLICATION (self), EXIT_FAILURE);

  return self->exit_status;
}

/* }}} */
