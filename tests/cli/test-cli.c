/* test-cli.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Runs the built demarche-cli, as a user or a script would, against a
 * temporary database, and checks its output, its exit status, and that a
 * failed command leaves the database exactly as it was. */

#define G_LOG_DOMAIN "test-cli"

#include <string.h>

#ifdef __linux__
# include <linux/capability.h>
# include <sys/prctl.h>
#endif

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>

#ifndef DEMARCHE_CLI
# error "DEMARCHE_CLI must be the path of the demarche-cli binary"
#endif

#define FIXTURE(name)       TEST_FIXTURES_DIR G_DIR_SEPARATOR_S "cli" G_DIR_SEPARATOR_S name
#define JOINT_STATEMENT     "Belarus and China reinforce support for Ukraine peace talks"
#define SAMPLE_ARTICLE_UUID "5d0c7a52-3f5e-5b0a-9c41-6a1b2f8e7d31"
#define JOINT_QUOTE         "no more alternatives for the solution of the conflict in Ukraine than the peaceful way"
/* DM_SCHEMA_APPLICATION_ID, "DMRC" */
#define DEMARCHE_APPLICATION_ID 1145918019

typedef struct
{
  char *dir;
  char *db;
  char *data_home;
} Fixture;

typedef struct
{
  int   status;  /* exit status, or -1 if the process did not exit */
  char *out;
  char *err;
} Result;

typedef struct
{
  const char *input;          /* written to standard input */
  const char *db;             /* instead of the fixture's; "" for no --db */
  const char *busy_timeout;   /* DEMARCHE_BUSY_TIMEOUT_MS */
  gboolean    without_dac;    /* as root, without the right to ignore file modes */
} RunOptions;

static const char * const commands[] = {
  "import", "list", "show", "annotate", "search", "export", "import-set", "segment", "mentions", "help",
};

/* Helpers {{{ */

static void
result_clear (Result *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR) || g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_remove (path);
      return;
    }

  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      remove_tree (child);
    }
  g_rmdir (path);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("demarche-cli-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->data_home = g_build_filename (fixture->dir, "data", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  remove_tree (fixture->dir);
  g_free (fixture->data_home);
  g_free (fixture->db);
  g_free (fixture->dir);
}

/* The output as a string; GBytes gives NULL for no data. */
static char *
dup_bytes (GBytes *bytes)
{
  gsize length = 0;
  const char *data = g_bytes_get_data (bytes, &length);

  return length > 0 ? g_strndup (data, length) : g_strdup ("");
}

#ifdef __linux__
/* Root writes to a file whatever its mode, through CAP_DAC_OVERRIDE. Taking
 * that out of the bounding set before exec leaves the child a root that
 * file modes stop. Runs between fork and exec: async-signal-safe calls only. */
static void
drop_dac_override_cb (gpointer data)
{
  prctl (PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, 0, 0, 0);
  prctl (PR_CAPBSET_DROP, CAP_DAC_READ_SEARCH, 0, 0, 0);
}
#endif

static void
run_argv (Fixture            *fixture,
          const RunOptions   *options,
          Result             *result,
          const char * const *argv)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) input = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *command_line = g_strjoinv (" ", (char **) argv);
  static const RunOptions defaults = { 0 };

  if (options == NULL)
    options = &defaults;

  g_test_message ("$ %s", command_line);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", fixture->data_home, TRUE);
  if (options->busy_timeout != NULL)
    g_subprocess_launcher_setenv (launcher, "DEMARCHE_BUSY_TIMEOUT_MS", options->busy_timeout, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "DEMARCHE_BUSY_TIMEOUT_MS");
#ifdef __linux__
  if (options->without_dac)
    g_subprocess_launcher_set_child_setup (launcher, drop_dac_override_cb, NULL, NULL);
#endif

  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);

  input = g_bytes_new_static (options->input != NULL ? options->input : "",
                              options->input != NULL ? strlen (options->input) : 0);
  g_subprocess_communicate (process, input, NULL, &out, &err, &error);
  g_assert_no_error (error);

  result_clear (result);
  result->out = dup_bytes (out);
  result->err = dup_bytes (err);
  result->status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;

  if (result->err[0] != '\0')
    g_test_message ("stderr: %s", result->err);

  /* A crash or a sanitizer report is never the answer a test expects. */
  g_assert_cmpint (result->status, >=, 0);
  g_assert_null (strstr (result->err, "Sanitizer"));
  g_assert_null (strstr (result->err, "CRITICAL"));
  g_assert_null (strstr (result->err, "WARNING"));
}

/* Runs demarche-cli --db DB ARGS…; the list ends with NULL. */
static void G_GNUC_NULL_TERMINATED
run_cli_with (Fixture          *fixture,
              const RunOptions *options,
              Result           *result,
              ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  const char *db = options != NULL && options->db != NULL ? options->db : fixture->db;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) DEMARCHE_CLI);
  if (db[0] != '\0')
    {
      g_ptr_array_add (argv, (gpointer) "--db");
      g_ptr_array_add (argv, (gpointer) db);
    }

  va_start (args, result);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  run_argv (fixture, options, result, (const char * const *) argv->pdata);
}

#define run_cli(fixture, result, ...) run_cli_with ((fixture), NULL, (result), __VA_ARGS__)

static void
assert_success (const Result *result)
{
  g_assert_cmpstr (result->err, ==, "");
  g_assert_cmpint (result->status, ==, 0);
}

/* Exit status 1, nothing on standard output, and exactly one line on
 * standard error that names @where and says @what. */
static void
assert_failure (const Result *result,
                const char   *where,
                const char   *what)
{
  const char *newline = strchr (result->err, '\n');

  g_assert_cmpint (result->status, ==, 1);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_prefix (result->err, "demarche-cli: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline, ==, "\n");
  g_assert_nonnull (strstr (result->err, where));
  g_assert_nonnull (strstr (result->err, what));
}

/* Exit status 2 and a one-line message that points to --help. */
static void
assert_usage_error (const Result *result,
                    const char   *what)
{
  const char *newline = strchr (result->err, '\n');

  g_assert_cmpint (result->status, ==, 2);
  g_assert_cmpstr (result->out, ==, "");
  g_assert_true (g_str_has_prefix (result->err, "demarche-cli: "));
  g_assert_nonnull (newline);
  g_assert_cmpstr (newline, ==, "\n");
  g_assert_nonnull (strstr (result->err, "--help"));
  if (what != NULL)
    g_assert_nonnull (strstr (result->err, what));
}

static JsonNode *
parse_json (const char *text)
{
  g_autoptr(GError) error = NULL;
  JsonNode *node = json_from_string (text, &error);

  g_assert_no_error (error);
  g_assert_nonnull (node);
  return node;
}

static JsonObject *
find_object (JsonArray  *array,
             const char *member,
             const char *value)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      if (g_strcmp0 (json_object_get_string_member_with_default (object, member, NULL), value) == 0)
        return object;
    }

  return NULL;
}

static char *
read_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

/* The whole database as the annotated set: what "unchanged" is checked by. */
static char *
dup_export (Fixture *fixture)
{
  g_auto(Result) result = { 0 };

  run_cli (fixture, &result, "export", "--format", "json", NULL);
  assert_success (&result);
  g_assert_true (g_str_has_prefix (result.out, "{"));

  return g_steal_pointer (&result.out);
}

/* A database with the codebook, the sample article and the joint statement. */
static void
prepare_database (Fixture *fixture)
{
  g_auto(Result) result = { 0 };

  run_cli (fixture, &result, "import", FIXTURE ("joint-statement.txt"), NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, JOINT_STATEMENT));
}

/* }}} */

/* Help and usage {{{ */

static void
test_help_global (Fixture       *fixture,
                  gconstpointer  data)
{
  const char *flags[] = { "--help", "-h" };

  for (guint i = 0; i < G_N_ELEMENTS (flags); i++)
    {
      g_auto(Result) result = { 0 };

      run_cli_with (fixture, &(RunOptions) { .db = "" }, &result, flags[i], NULL);
      assert_success (&result);
      g_assert_nonnull (strstr (result.out, "Usage:"));
      g_assert_nonnull (strstr (result.out, "--db"));
      for (guint c = 0; c < G_N_ELEMENTS (commands); c++)
        g_assert_nonnull (strstr (result.out, commands[c]));
    }

  {
    g_auto(Result) result = { 0 };

    run_cli_with (fixture, &(RunOptions) { .db = "" }, &result, "--version", NULL);
    assert_success (&result);
    g_assert_true (g_str_has_prefix (result.out, "demarche-cli "));
  }

  /* Help opens no database, not even the default one. */
  g_assert_false (g_file_test (fixture->data_home, G_FILE_TEST_EXISTS));
}

static void
test_help_commands (Fixture       *fixture,
                    gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_auto(Result) by_help = { 0 };
      g_auto(Result) by_option = { 0 };
      g_autofree char *usage = g_strdup_printf ("demarche-cli %s ", commands[i]);

      run_cli (fixture, &by_help, "help", commands[i], NULL);
      assert_success (&by_help);
      g_assert_nonnull (strstr (by_help.out, usage));
      g_assert_nonnull (strstr (by_help.out, "--help"));

      run_cli (fixture, &by_option, commands[i], "--help", NULL);
      assert_success (&by_option);
      g_assert_cmpstr (by_option.out, ==, by_help.out);
    }

  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Result) result = { 0 };

  run_cli (fixture, &result, "frobnicate", NULL);
  assert_usage_error (&result, "frobnicate");

  run_cli (fixture, &result, NULL);
  assert_usage_error (&result, NULL);

  run_cli (fixture, &result, "help", "frobnicate", NULL);
  assert_usage_error (&result, "frobnicate");

  run_cli (fixture, &result, "list", "--no-such-option", "articles", NULL);
  assert_usage_error (&result, "--no-such-option");

  run_cli (fixture, &result, "list", "planets", NULL);
  assert_usage_error (&result, "planets");

  run_cli (fixture, &result, "show", NULL);
  assert_usage_error (&result, "ARTICLE");

  run_cli (fixture, &result, "annotate", "x", "--start", "0", "--end", "4", NULL);
  assert_usage_error (&result, "--actor");

  run_cli (fixture, &result, "annotate", "x", "--quote", "y", "--start", "0", "--actor", "China", NULL);
  assert_usage_error (&result, "--quote");

  run_cli (fixture, &result, "annotate", "x", "--start", "-3", "--end", "4", "--actor", "China", NULL);
  assert_usage_error (&result, "--start");

  run_cli (fixture, &result, "annotate", "x", "--start", "0", "--end", "4", "--actor", "China",
           "--polarity", "enthusiastic", NULL);
  assert_usage_error (&result, "enthusiastic");

  run_cli (fixture, &result, "import", "--title", "T", FIXTURE ("joint-statement.txt"),
           FIXTURE ("borrell-remarks.txt"), NULL);
  assert_usage_error (&result, "--title");

  run_cli (fixture, &result, "export", "--format", "csv", NULL);
  assert_usage_error (&result, "not supported yet");

  /* Usage errors are found before the database is opened or created. */
  g_assert_false (g_file_test (fixture->db, G_FILE_TEST_EXISTS));
}

/* }}} */

/* Commands {{{ */

static void
test_import_headers (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *uuid = NULL;
  JsonArray *articles;
  JsonObject *article;

  run_cli (fixture, &result, "import", FIXTURE ("joint-statement.txt"), NULL);
  assert_success (&result);
  /* One line: uuid, two spaces, title. */
  g_assert_cmpuint (strlen (result.out), >, 36);
  uuid = g_strndup (result.out, 36);
  g_assert_true (g_uuid_string_is_valid (uuid));
  g_assert_cmpstr (result.out + 36, ==, "  " JOINT_STATEMENT "\n");

  run_cli (fixture, &result, "list", "articles", "--json", NULL);
  assert_success (&result);
  root = parse_json (result.out);
  articles = json_node_get_array (root);

  /* A new database named with --db gets the sample article with the codebook. */
  g_assert_cmpuint (json_array_get_length (articles), ==, 2);
  g_assert_nonnull (find_object (articles, "uuid", SAMPLE_ARTICLE_UUID));

  article = find_object (articles, "title", JOINT_STATEMENT);
  g_assert_nonnull (article);
  g_assert_cmpstr (json_object_get_string_member (article, "published"), ==, "2023-02-24");
  g_assert_cmpstr (json_object_get_string_member (article, "source"), ==, "Belta");
  g_assert_cmpstr (json_object_get_string_member (article, "url"), ==,
                   "https://example.org/belta/2023-02-24-belarus-china");
  g_assert_cmpstr (json_object_get_string_member (article, "language"), ==, "en");
  g_assert_cmpint (json_object_get_int_member (article, "annotations"), ==, 0);

  run_cli (fixture, &result, "list", "articles", NULL);
  assert_success (&result);
  g_assert_true (g_str_has_prefix (result.out, "UUID"));
  g_assert_nonnull (strstr (result.out, "2023-02-24"));
  g_assert_nonnull (strstr (result.out, "Belta"));
}

static void
test_import_several (Fixture       *fixture,
                     gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  run_cli (fixture, &result, "import", "--json",
           FIXTURE ("joint-statement.txt"), FIXTURE ("borrell-remarks.txt"), NULL);
  assert_success (&result);
  root = parse_json (result.out);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (root)), ==, 2);
  g_assert_nonnull (find_object (json_node_get_array (root), "published", "2023-02-25"));

  /* All or nothing: one bad file among good ones imports none. */
  before = dup_export (fixture);
  run_cli (fixture, &result, "import", FIXTURE ("borrell-remarks.txt"), FIXTURE ("empty.txt"), NULL);
  assert_failure (&result, "empty.txt", "empty");
  after = dup_export (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_import_stdin (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *article;

  run_cli_with (fixture,
                &(RunOptions) { .input = "Title: From a pipe\nDate: 2024-03-01\n\nThe EU calls for restraint.\n" },
                &result, "import", "--source", "EEAS", "-", NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, "From a pipe"));

  run_cli (fixture, &result, "show", "From a pipe", "--json", NULL);
  assert_success (&result);
  root = parse_json (result.out);
  article = json_object_get_object_member (json_node_get_object (root), "article");
  g_assert_cmpstr (json_object_get_string_member (article, "source"), ==, "EEAS");
  g_assert_cmpstr (json_object_get_string_member (article, "published"), ==, "2024-03-01");
  g_assert_cmpstr (json_object_get_string_member (article, "body"), ==, "The EU calls for restraint.");

  run_cli_with (fixture, &(RunOptions) { .input = "" }, &result, "import", "-", NULL);
  assert_failure (&result, "standard input", "empty");
}

static void
test_default_database (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autofree char *path = g_build_filename (fixture->data_home, "demarche", "demarche.db", NULL);
  g_autoptr(JsonNode) root = NULL;

  run_cli_with (fixture, &(RunOptions) { .db = "" }, &result, "list", "articles", "--json", NULL);
  assert_success (&result);
  root = parse_json (result.out);
  g_assert_nonnull (find_object (json_node_get_array (root), "uuid", SAMPLE_ARTICLE_UUID));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static void
test_annotate_joint_statement (Fixture       *fixture,
                               gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(JsonNode) topics = NULL;
  g_autofree char *uuid = NULL;
  JsonArray *annotations;
  JsonArray *actors;
  JsonObject *annotation;

  prepare_database (fixture);

  run_cli (fixture, &result, "annotate", "reinforce",
           "--quote", JOINT_QUOTE,
           "--actor", "Belarus", "--actor", "Chinese",
           "--topic", "Ukraine war › Peace talks › Joint statements", "--create-topic",
           "--polarity", "supports", "--mode", "reported-speech", "--act", "03",
           "--provenance", "according to Belta", "--key-quote", "--coder", "tester",
           NULL);
  assert_success (&result);
  g_assert_true (g_str_has_suffix (result.out, "\n"));
  uuid = g_strndup (result.out, strlen (result.out) - 1);
  g_assert_true (g_uuid_string_is_valid (uuid));

  run_cli (fixture, &result, "list", "annotations", "--article", "reinforce", "--json", NULL);
  assert_success (&result);
  root = parse_json (result.out);
  annotations = json_node_get_array (root);
  g_assert_cmpuint (json_array_get_length (annotations), ==, 1);

  annotation = json_array_get_object_element (annotations, 0);
  g_assert_cmpstr (json_object_get_string_member (annotation, "uuid"), ==, uuid);
  g_assert_cmpstr (json_object_get_string_member (annotation, "quote"), ==, JOINT_QUOTE);
  g_assert_cmpstr (json_object_get_string_member (annotation, "polarity"), ==, "supports");
  g_assert_cmpstr (json_object_get_string_member (annotation, "mode"), ==, "reported-speech");
  g_assert_cmpstr (json_object_get_string_member (annotation, "act"), ==, "03");
  g_assert_cmpstr (json_object_get_string_member (annotation, "provenance"), ==, "according to Belta");
  g_assert_cmpstr (json_object_get_string_member (annotation, "coder"), ==, "tester");
  g_assert_true (json_object_get_boolean_member (annotation, "key_quote"));
  g_assert_cmpstr (json_object_get_string_member (json_object_get_object_member (annotation, "topic"), "path"),
                   ==, "Ukraine war › Peace talks › Joint statements");

  /* A joint statement: one span, both actors, in the order given. */
  actors = json_object_get_array_member (annotation, "actors");
  g_assert_cmpuint (json_array_get_length (actors), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (actors, 0), "name"), ==, "Belarus");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (actors, 1), "name"), ==, "China");

  /* The new topic went under the existing parents. */
  run_cli (fixture, &result, "list", "topics", "--json", NULL);
  assert_success (&result);
  topics = parse_json (result.out);
  g_assert_nonnull (find_object (json_node_get_array (topics), "path", "Ukraine war › Peace talks › Joint statements"));
  g_assert_nonnull (find_object (json_node_get_array (topics), "path", "Ukraine war › Peace talks"));

  /* People read the same in a table and in show. */
  run_cli (fixture, &result, "list", "annotations", NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, "Belarus, China"));

  run_cli (fixture, &result, "show", "reinforce", NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, "Belarus, China"));
  g_assert_nonnull (strstr (result.out, "Express intent to cooperate"));
}

static void
test_annotate_offsets (Fixture       *fixture,
                       gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonObject *annotation;
  JsonArray *targets;

  prepare_database (fixture);

  /* "Beijing" in the third paragraph; the second "Ukraine" by --occurrence. */
  run_cli (fixture, &result, "annotate", "reinforce", "--quote", "Ukraine", "--occurrence", "2",
           "--actor", "CHN", "--target", "NATO", "--target", "United States", "--act", "11",
           "--topic", "Ukraine war › Responsibility for the war", "--json", NULL);
  assert_success (&result);
  root = parse_json (result.out);
  annotation = json_node_get_object (root);
  g_assert_cmpint (json_object_get_int_member (annotation, "start"), >, 300);
  targets = json_object_get_array_member (annotation, "targets");
  g_assert_cmpuint (json_array_get_length (targets), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (targets, 0), "name"), ==, "NATO");

  run_cli (fixture, &result, "annotate", "reinforce", "--start", "4", "--end", "13", "--actor", "Belarus", "--json",
           NULL);
  assert_success (&result);
  g_clear_pointer (&root, json_node_unref);
  root = parse_json (result.out);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "quote"), ==, "Ministers");
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "polarity"), ==, "none");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autoptr(JsonNode) root = NULL;
  JsonArray *hits;

  prepare_database (fixture);

  run_cli (fixture, &result, "search", "ceasefire", "--json", NULL);
  assert_success (&result);
  root = parse_json (result.out);
  hits = json_node_get_array (root);
  g_assert_nonnull (find_object (hits, "title", JOINT_STATEMENT));
  g_assert_nonnull (strstr (json_object_get_string_member (find_object (hits, "title", JOINT_STATEMENT), "snippet"),
                            "[ceasefire]"));

  run_cli (fixture, &result, "search", "ceasefire", NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, "article"));
  g_assert_nonnull (strstr (result.out, "[ceasefire]"));
}

/* The "done when": import, annotate, export, import the set into
 * a second database, export again: the same bytes. */
static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autofree char *second = g_build_filename (fixture->dir, "second.db", NULL);
  g_autofree char *a_path = g_build_filename (fixture->dir, "a.json", NULL);
  g_autofree char *b_path = g_build_filename (fixture->dir, "b.json", NULL);
  g_autofree char *c_path = g_build_filename (fixture->dir, "c.json", NULL);
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;
  g_autoptr(JsonNode) report = NULL;
  const RunOptions in_second = { .db = second };

  prepare_database (fixture);
  run_cli (fixture, &result, "import", FIXTURE ("borrell-remarks.txt"), NULL);
  assert_success (&result);

  run_cli (fixture, &result, "annotate", "reinforce", "--quote", JOINT_QUOTE,
           "--actor", "Belarus", "--actor", "China", "--topic", "Ukraine war › Peace talks › Joint statements",
           "--create-topic", "--polarity", "supports", "--note", "joint statement", NULL);
  assert_success (&result);
  run_cli (fixture, &result, "annotate", "Borrell", "--quote", "contains interesting elements",
           "--actor", "Josep Borrell", "--topic", "China's 12-point peace plan", "--polarity", "mixed",
           "--mode", "direct-quote", NULL);
  assert_success (&result);

  run_cli (fixture, &result, "export", "--format", "json", "-o", a_path, NULL);
  assert_success (&result);
  g_assert_cmpstr (result.out, ==, "");

  run_cli_with (fixture, &in_second, &result, "import-set", a_path, NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, "added: "));
  g_assert_nonnull (strstr (result.out, "conflicts: 0"));

  run_cli_with (fixture, &in_second, &result, "export", "-o", b_path, NULL);
  assert_success (&result);

  a = read_file (a_path);
  b = read_file (b_path);
  g_assert_cmpstr (b, ==, a);
  g_assert_nonnull (strstr (a, "Josep Borrell"));
  g_assert_nonnull (strstr (a, "contains interesting elements"));

  /* Merging the same set again adds nothing and changes nothing. */
  run_cli_with (fixture, &in_second, &result, "import-set", "--json", a_path, NULL);
  assert_success (&result);
  report = parse_json (result.out);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (report), "added"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (report), "updated"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (json_node_get_object (report), "unchanged"), >, 0);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (json_node_get_object (report), "conflicts")),
                    ==, 0);

  run_cli_with (fixture, &in_second, &result, "export", "-o", c_path, NULL);
  assert_success (&result);
  c = read_file (c_path);
  g_assert_cmpstr (c, ==, a);

  /* Standard output and standard input carry the same set. */
  run_cli (fixture, &result, "export", NULL);
  assert_success (&result);
  g_assert_cmpstr (result.out, ==, a);

  run_cli_with (fixture, &(RunOptions) { .db = second, .input = a }, &result, "import-set", "-", NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, "added: 0"));
}

/* }}} */

/* Bad input {{{ */

/* Runs a command that must fail on a prepared database, and checks the
 * message and that the database is as it was. */
static void G_GNUC_NULL_TERMINATED
assert_rejected (Fixture    *fixture,
                 const char *where,
                 const char *what,
                 ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(Result) result = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) DEMARCHE_CLI);
  g_ptr_array_add (argv, (gpointer) "--db");
  g_ptr_array_add (argv, fixture->db);
  va_start (args, what);
  while ((arg = va_arg (args, const char *)) != NULL)
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  before = dup_export (fixture);
  run_argv (fixture, NULL, &result, (const char * const *) argv->pdata);
  assert_failure (&result, where, what);
  after = dup_export (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_bad_text_files (Fixture       *fixture,
                     gconstpointer  data)
{
  prepare_database (fixture);

  assert_rejected (fixture, "bad-utf8.txt", "not valid UTF-8", "import", FIXTURE ("bad-utf8.txt"), NULL);
  assert_rejected (fixture, "binary.bin", "binary", "import", FIXTURE ("binary.bin"), NULL);
  assert_rejected (fixture, "empty.txt", "empty", "import", FIXTURE ("empty.txt"), NULL);
  assert_rejected (fixture, "no-such-file.txt", "No such file", "import", FIXTURE ("no-such-file.txt"), NULL);
  /* A bad value given for a good file names the file. */
  assert_rejected (fixture, "joint-statement.txt", "ISO 8601",
                   "import", "--date", "24/02/2023", FIXTURE ("joint-statement.txt"), NULL);
}

static void
test_bad_sets (Fixture       *fixture,
               gconstpointer  data)
{
  prepare_database (fixture);

  assert_rejected (fixture, "set-malformed.json", "not valid JSON", "import-set", FIXTURE ("set-malformed.json"), NULL);
  assert_rejected (fixture, "set-version-99.json", "version 99", "import-set", FIXTURE ("set-version-99.json"), NULL);
  assert_rejected (fixture, "no-such-set.json", "no such file", "import-set", FIXTURE ("no-such-set.json"), NULL);
  assert_rejected (fixture, "empty.txt", "empty", "import-set", FIXTURE ("empty.txt"), NULL);
  assert_rejected (fixture, "binary.bin", "binary", "import-set", FIXTURE ("binary.bin"), NULL);
}

static void
test_bad_annotations (Fixture       *fixture,
                      gconstpointer  data)
{
  prepare_database (fixture);

  assert_rejected (fixture, fixture->db, "Atlantis",
                   "annotate", "reinforce", "--start", "0", "--end", "3", "--actor", "China", "--actor", "Atlantis",
                   NULL);
  assert_rejected (fixture, fixture->db, "no topic matches",
                   "annotate", "reinforce", "--start", "0", "--end", "3", "--actor", "China",
                   "--topic", "Arctic shipping routes", NULL);
  assert_rejected (fixture, fixture->db, "outside the text",
                   "annotate", "reinforce", "--start", "600", "--end", "9000", "--actor", "China", NULL);
  assert_rejected (fixture, fixture->db, "not found",
                   "annotate", "reinforce", "--quote", "a quote nobody said", "--actor", "China", NULL);
  assert_rejected (fixture, fixture->db, "occurs",
                   "annotate", "reinforce", "--quote", "Ukraine", "--occurrence", "40", "--actor", "China", NULL);
  assert_rejected (fixture, fixture->db, "no article matches",
                   "annotate", "Atlantis Gazette", "--start", "0", "--end", "3", "--actor", "China", NULL);
  assert_rejected (fixture, fixture->db, "CAMEO",
                   "annotate", "reinforce", "--start", "0", "--end", "3", "--actor", "China", "--act", "99", NULL);

  /* The topic --create-topic makes is undone with the annotation that
   * failed after it. */
  assert_rejected (fixture, fixture->db, "outside the text",
                   "annotate", "reinforce", "--start", "600", "--end", "9000", "--actor", "China",
                   "--topic", "Arctic › Shipping routes", "--create-topic", NULL);
  assert_rejected (fixture, fixture->db, "CAMEO",
                   "annotate", "reinforce", "--start", "0", "--end", "3", "--actor", "China", "--act", "99",
                   "--topic", "Arctic › Shipping routes", "--create-topic", NULL);
  assert_rejected (fixture, fixture->db, "Atlantis",
                   "annotate", "reinforce", "--start", "0", "--end", "3", "--actor", "China",
                   "--target", "Atlantis", "--topic", "Arctic › Shipping routes", "--create-topic", NULL);
}

static void
test_not_sqlite (Fixture       *fixture,
                 gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autofree char *original = read_file (FIXTURE ("not-a-database.txt"));
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_file_set_contents (fixture->db, original, -1, &error);
  g_assert_no_error (error);

  run_cli (fixture, &result, "list", "articles", NULL);
  assert_failure (&result, fixture->db, "not SQLite");

  run_cli (fixture, &result, "import", FIXTURE ("joint-statement.txt"), NULL);
  assert_failure (&result, fixture->db, "not SQLite");

  after = read_file (fixture->db);
  g_assert_cmpstr (after, ==, original);
}

static void
test_newer_schema (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (fixture->db, "-wal", NULL);
  g_autofree char *sql = NULL;
  gsize before_length, after_length;
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (fixture->db, &db), ==, SQLITE_OK);
  sql = g_strdup_printf ("PRAGMA user_version = 99; PRAGMA application_id = %d;"
                         " CREATE TABLE from_the_future (x); INSERT INTO from_the_future VALUES (42);",
                         DEMARCHE_APPLICATION_ID);
  g_assert_cmpint (sqlite3_exec (db, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  g_file_get_contents (fixture->db, &before, &before_length, NULL);
  g_assert_nonnull (before);

  run_cli (fixture, &result, "list", "articles", NULL);
  assert_failure (&result, fixture->db, "newer");

  run_cli (fixture, &result, "import", FIXTURE ("joint-statement.txt"), NULL);
  assert_failure (&result, fixture->db, "newer");

  g_file_get_contents (fixture->db, &after, &after_length, NULL);
  g_assert_nonnull (after);
  g_assert_cmpmem (after, after_length, before, before_length);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_locked (Fixture       *fixture,
             gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  sqlite3 *db = NULL;

  prepare_database (fixture);
  before = dup_export (fixture);

  /* Another program holds the write lock for longer than the CLI waits. */
  g_assert_cmpint (sqlite3_open (fixture->db, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "BEGIN EXCLUSIVE", NULL, NULL, NULL), ==, SQLITE_OK);

  run_cli_with (fixture, &(RunOptions) { .busy_timeout = "200" }, &result,
                "annotate", "reinforce", "--start", "0", "--end", "3", "--actor", "China",
                "--topic", "Arctic", "--create-topic", NULL);
  assert_failure (&result, fixture->db, "locked");

  run_cli_with (fixture, &(RunOptions) { .busy_timeout = "200" }, &result,
                "import", FIXTURE ("borrell-remarks.txt"), NULL);
  assert_failure (&result, fixture->db, "locked");

  g_assert_cmpint (sqlite3_exec (db, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);

  after = dup_export (fixture);
  g_assert_cmpstr (after, ==, before);
}

static void
test_read_only (Fixture       *fixture,
                gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  const RunOptions read_only = { .without_dac = TRUE };
  const char * const probe[] = { "/bin/sh", "-c", "test -w \"$0\"", fixture->db, NULL };

  prepare_database (fixture);
  before = dup_export (fixture);
  g_assert_cmpint (g_chmod (fixture->db, 0444), ==, 0);

  /* Root ignores file modes unless it can be made not to (see
   * drop_dac_override_cb()); where it cannot, there is nothing to test. */
  run_argv (fixture, &read_only, &result, probe);
  if (result.status == 0)
    {
      g_chmod (fixture->db, 0644);
      g_test_skip ("cannot make a file read-only for this user");
      return;
    }

  run_cli_with (fixture, &read_only, &result,
                "annotate", "reinforce", "--start", "0", "--end", "3", "--actor", "China", NULL);
  assert_failure (&result, fixture->db, "read-only");

  run_cli_with (fixture, &read_only, &result, "import", FIXTURE ("borrell-remarks.txt"), NULL);
  assert_failure (&result, fixture->db, "read-only");

  /* Reading still works. */
  run_cli_with (fixture, &read_only, &result, "list", "articles", NULL);
  assert_success (&result);
  g_assert_nonnull (strstr (result.out, "Belta"));

  g_assert_cmpint (g_chmod (fixture->db, 0644), ==, 0);
  after = dup_export (fixture);
  g_assert_cmpstr (after, ==, before);
}

/* segment, mentions {{{ */

static void
test_segment (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  RunOptions stdin_text = { .input = "Mr. Smith went to Washington. He arrived\nat noon.\n\nMINSK, Feb 24 (Belta) \xe2\x80\x94 Talks began.", .db = "" };
  g_autofree char *sample = g_build_filename (g_getenv ("G_TEST_SRCDIR"), "..", "data", "samples",
                                              "belarus-china-peace-talks.txt", NULL);
  g_auto(GStrv) lines = NULL;

  run_cli_with (fixture, &stdin_text, &result, "segment", NULL);
  assert_success (&result);
  g_assert_cmpstr (result.out, ==,
                   "Mr. Smith went to Washington.\n"
                   "He arrived at noon.\n"
                   "MINSK, Feb 24 (Belta) \xe2\x80\x94 Talks began.\n");

  /* The sample article: nine paragraphs, one sentence each. */
  run_cli (fixture, &result, "segment", sample, NULL);
  assert_success (&result);
  lines = g_strsplit (result.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 10);
  g_assert_true (g_str_has_prefix (lines[0], "The Ministers of Foreign Affairs of Belarus"));
  g_assert_true (g_str_has_suffix (lines[8], "but that is not enough, he emphasized."));

  /* Binary and invalid input are refused, naming the file. */
  run_cli (fixture, &result, "segment", FIXTURE ("binary.bin"), NULL);
  assert_failure (&result, "binary.bin", "binary");
  run_cli (fixture, &result, "segment", FIXTURE ("bad-utf8.txt"), NULL);
  assert_failure (&result, "bad-utf8.txt", "UTF-8");
}

static void
test_mentions (Fixture       *fixture,
               gconstpointer  data)
{
  g_auto(Result) result = { 0 };
  RunOptions text = { .input = "Beijing and the EU disagree; Josep Borrell spoke to us. China\xe2\x80\x99s envoy left." };
  g_autoptr(JsonNode) node = NULL;

  run_cli_with (fixture, &text, &result, "mentions", "-", NULL);
  assert_success (&result);
  /* Code points: the curly apostrophe counts one. "us" is not the US. */
  g_assert_cmpstr (result.out, ==,
                   "0\t7\tChina\tBeijing\n"
                   "16\t18\tEuropean Union\tEU\n"
                   "29\t42\tJosep Borrell\tJosep Borrell\n"
                   "56\t61\tChina\tChina\n");

  run_cli_with (fixture, &text, &result, "mentions", "--json", NULL);
  assert_success (&result);
  node = json_from_string (result.out, NULL);
  g_assert_nonnull (node);
  g_assert_cmpuint (json_array_get_length (json_node_get_array (node)), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (json_node_get_array (node), 1), "kind"),
                   ==, "acronym");
}

/* }}} */

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/help/global", test_help_global);
  ADD ("/cli/help/commands", test_help_commands);
  ADD ("/cli/usage/errors", test_usage_errors);
  ADD ("/cli/import/headers", test_import_headers);
  ADD ("/cli/import/several", test_import_several);
  ADD ("/cli/import/stdin", test_import_stdin);
  ADD ("/cli/open/default-database", test_default_database);
  ADD ("/cli/annotate/joint-statement", test_annotate_joint_statement);
  ADD ("/cli/annotate/offsets", test_annotate_offsets);
  ADD ("/cli/search", test_search);
  ADD ("/cli/segment", test_segment);
  ADD ("/cli/mentions", test_mentions);
  ADD ("/cli/round-trip", test_round_trip);
  ADD ("/cli/bad-input/text-files", test_bad_text_files);
  ADD ("/cli/bad-input/sets", test_bad_sets);
  ADD ("/cli/bad-input/annotations", test_bad_annotations);
  ADD ("/cli/bad-input/not-sqlite", test_not_sqlite);
  ADD ("/cli/bad-input/newer-schema", test_newer_schema);
  ADD ("/cli/bad-input/locked", test_locked);
  ADD ("/cli/bad-input/read-only", test_read_only);

#undef ADD

  return g_test_run ();
}
