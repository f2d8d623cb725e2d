/* dm-preferences-dialog.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-preferences-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dm-preferences-dialog.h"

/* The schema id stays the same in .Devel builds (see data/meson.build). */
#define SETTINGS_SCHEMA_ID "org.demarche.Demarche"

/**
 * DmPreferencesDialog:
 *
 * The coder's name, recorded with each new annotation, and whether actor
 * mentions are underlined. Both are GSettings keys bound to the widgets, so
 * a change applies at once and the article view follows it wherever it
 * binds the same key.
 */
struct _DmPreferencesDialog
{
  GtkWindow  parent_instance;

  GSettings *settings;

  /* Template widgets */
  GtkEntry  *coder_entry;
  GtkLabel  *coder_description_label;
  GtkSwitch *mentions_switch;
};

G_DEFINE_FINAL_TYPE (DmPreferencesDialog, dm_preferences_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Helpers {{{ */

static GSettings *
create_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  /* Running from the build tree without GSETTINGS_SCHEMA_DIR must not
   * abort the way g_settings_new() would. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, SETTINGS_SCHEMA_ID, TRUE);

  if (schema == NULL)
    return NULL;

  return g_settings_new_full (schema, NULL, NULL);
}

/* }}} */

/* GObject {{{ */

static void
dm_preferences_dialog_constructed (GObject *object)
{
  DmPreferencesDialog *self = DM_PREFERENCES_DIALOG (object);
  const char *real_name = g_get_real_name ();
  g_autofree char *description = NULL;

  G_OBJECT_CLASS (dm_preferences_dialog_parent_class)->constructed (object);

  /* g_get_real_name() says "Unknown" when it does not know. */
  if (real_name != NULL && real_name[0] != '\0' && g_strcmp0 (real_name, "Unknown") != 0)
    {
      gtk_entry_set_placeholder_text (self->coder_entry, real_name);
      description = g_strdup_printf (_("Recorded as the coder of each new annotation, so that two analysts’ "
                                       "sets can be compared. When empty, your name (%s) is used."),
                                     real_name);
    }
  else
    {
      description = g_strdup (_("Recorded as the coder of each new annotation, so that two analysts’ "
                                "sets can be compared."));
    }

  if (self->settings == NULL)
    {
      g_clear_pointer (&description, g_free);
      description = g_strdup_printf (_("Preferences cannot be saved: the settings schema %s is not installed."),
                                     SETTINGS_SCHEMA_ID);
      gtk_widget_set_sensitive (GTK_WIDGET (self->coder_entry), FALSE);
      gtk_widget_set_sensitive (GTK_WIDGET (self->mentions_switch), FALSE);
    }
  else
    {
      g_settings_bind (self->settings, "coder-name",
                       self->coder_entry, "text",
                       G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (self->settings, "show-mentions",
                       self->mentions_switch, "active",
                       G_SETTINGS_BIND_DEFAULT);
    }

  gtk_label_set_label (self->coder_description_label, description);
}

static void
dm_preferences_dialog_dispose (GObject *object)
{
  DmPreferencesDialog *self = DM_PREFERENCES_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DM_TYPE_PREFERENCES_DIALOG);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (dm_preferences_dialog_parent_class)->dispose (object);
}

static void
dm_preferences_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DmPreferencesDialog *self = DM_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_preferences_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DmPreferencesDialog *self = DM_PREFERENCES_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_preferences_dialog_class_init (DmPreferencesDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dm_preferences_dialog_constructed;
  object_class->dispose = dm_preferences_dialog_dispose;
  object_class->get_property = dm_preferences_dialog_get_property;
  object_class->set_property = dm_preferences_dialog_set_property;

  /**
   * DmPreferencesDialog:settings:
   *
   * The application's settings (schema org.demarche.Demarche), or %NULL
   * when the schema is not installed.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL,
                         G_TYPE_SETTINGS,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/demarche/Demarche/ui/dm-preferences-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DmPreferencesDialog, coder_entry);
  gtk_widget_class_bind_template_child (widget_class, DmPreferencesDialog, coder_description_label);
  gtk_widget_class_bind_template_child (widget_class, DmPreferencesDialog, mentions_switch);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dm_preferences_dialog_init (DmPreferencesDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* }}} */

/* Public API {{{ */

/**
 * dm_preferences_dialog_new:
 * @settings: (nullable): the settings to edit, or %NULL if there are none
 *
 * Returns: (transfer none): a new dialog, owned by GTK like every window
 */
DmPreferencesDialog *
dm_preferences_dialog_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (DM_TYPE_PREFERENCES_DIALOG,
                       "settings", settings,
                       NULL);
}

/**
 * dm_preferences_dialog_present:
 * @parent: (nullable): the window to keep the dialog over
 *
 * Opens the preferences, editing the org.demarche.Demarche settings.
 */
void
dm_preferences_dialog_present (GtkWindow *parent)
{
  g_autoptr(GSettings) settings = NULL;
  DmPreferencesDialog *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));

  settings = create_settings ();
  self = dm_preferences_dialog_new (settings);
  gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}

/* }}} */
