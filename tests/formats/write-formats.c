/* write-formats.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "demarche-core.h"
#include "dm-store-private.h"

/* Writes the exports of the sample article, coded as
 * shared/samples/belarus-china-peace-talks.coding.md codes it, into a
 * folder, for the Python checks beside this file (NetworkX, jsonschema,
 * the csv module) to read:
 *
 *   sample.json  sample.csv  sample.jsonld  actor-topic.graphml  actor-actor.graphml
 *
 * Usage: write-formats FOLDER
 *
 * The uuids and time stamps are fixed, so the files are the same on every
 * run and serve as the example outputs of each format. */

#define SAMPLE_UUID "5d0c7a52-3f5e-5b0a-9c41-6a1b2f8e7d31"

#define BELARUS     "aa47c9ee-f007-558d-a58c-513a5cd43d2c"
#define CHINA       "8f7086c7-9704-51f5-b066-d71ff6b137b7"
#define RUSSIA      "a86a773e-dad0-5161-9858-ced647f3a5f4"
#define UKRAINE     "4aa1569c-3dab-55f8-a539-fd8dc4666e06"
#define USA         "bc24431e-c6fc-577c-95ea-213d49afea17"
#define NATO        "53762720-7281-569a-9f89-2a26d35077d3"
#define LUKASHENKO  "1b190b2b-d37b-5e1d-bd00-ced103014c8a"
#define BORRELL     "da3c0ff8-f072-5284-b756-ddde5534eb7d"

#define PEACE_TALKS    "ec9361e6-3684-5cf5-bcd7-54ec700c57ce"
#define CEASEFIRE      "bea290ff-3e4e-539e-88e0-8dd2f6eba355"
#define RESPONSIBILITY "82d651ff-57ad-5f0c-b90b-ac7c6dfd33c9"
#define CONDEMNATION   "e55f2ff8-d9aa-5c19-9bd6-0ac8ac1d317b"
#define PEACE_POSITION "78b4ef2e-c41e-514e-9a1a-7c32626a0f4b"
#define PLAN           "8f8eb4e6-200d-5a78-b132-76ea2189cf61"
#define IMPARTIALITY   "7c01c50a-a056-5980-9403-f553e1809c99"

#define LIST(...) ((const char * const []) { __VA_ARGS__, NULL })

typedef struct
{
  const char         *quote;
  const char * const *actors;
  const char         *topic;
  DmPolarity          polarity;
  const char         *act;
  const char * const *targets;
  DmAttributionMode   mode;
  const char         *provenance;
  const char         *note;
  gboolean            key_quote;
} Coding;

static const Coding codings[] = {
  { "The Ministers of Foreign Affairs of Belarus, Sergei Aleinik, and China, Qin Gang, reinforced this Friday (24)"
    " their support for peace negotiations in Ukraine as the only way to resolve the conflict between Moscow and Kiev.",
    LIST (BELARUS, CHINA), PEACE_TALKS, DM_POLARITY_SUPPORTS, "02", NULL, DM_ATTRIBUTION_REPORTED_SPEECH,
    NULL, "Joint statement, spoken by Aleinik and Qin Gang.", FALSE },
  { "noted the coincidence of their positions on the fact that there are no more alternatives for the solution of"
    " the conflict in Ukraine than the peaceful way",
    LIST (BELARUS, CHINA), PEACE_TALKS, DM_POLARITY_SUPPORTS, NULL, NULL, DM_ATTRIBUTION_REPORTED_SPEECH,
    "Belarusian diplomacy, via the news agency Belta", NULL, FALSE },
  { "if Beijing’s position on the conflict in Ukraine was not listened to, it would lead to “serious consequences”",
    LIST (LUKASHENKO), PEACE_POSITION, DM_POLARITY_SUPPORTS, "13", NULL, DM_ATTRIBUTION_REPORTED_SPEECH,
    "Lukashenko to the press", NULL, FALSE },
  { "Beijing called for a ceasefire and called for the start of peace talks between Russia and Ukraine",
    LIST (CHINA), CEASEFIRE, DM_POLARITY_SUPPORTS, "02", LIST (RUSSIA, UKRAINE), DM_ATTRIBUTION_REPORTED_SPEECH,
    NULL, NULL, FALSE },
  { "presenting a 12-point document",
    LIST (CHINA), PLAN, DM_POLARITY_SUPPORTS, NULL, NULL, DM_ATTRIBUTION_REPORTED_SPEECH, NULL, NULL, FALSE },
  { "” there are no winners in a warlike conflict”",
    LIST (CHINA), PEACE_TALKS, DM_POLARITY_SUPPORTS, "01", NULL, DM_ATTRIBUTION_DIRECT_QUOTE,
    "12-point document", NULL, FALSE },
  { "China has not condemned Russia’s military actions in the neighboring country",
    LIST (CHINA), CONDEMNATION, DM_POLARITY_OPPOSES, NULL, LIST (RUSSIA), DM_ATTRIBUTION_PARAPHRASE,
    NULL, "Abstains rather than opposes.", FALSE },
  { "has blamed NATO and the United States for being behind the conflict by “failing to take into account"
    " legitimate security concerns” from Moscow",
    LIST (CHINA), RESPONSIBILITY, DM_POLARITY_NONE, "11", LIST (NATO, USA), DM_ATTRIBUTION_REPORTED_SPEECH,
    NULL, NULL, FALSE },
  { "The Chinese peace proposal received criticism from the European Union (EU) High Representative for Foreign"
    " Affairs, Josep Borrell, who pointed out the need for improvement in the text “to be credible”",
    LIST (BORRELL), PLAN, DM_POLARITY_OPPOSES, "11", LIST (CHINA), DM_ATTRIBUTION_REPORTED_SPEECH,
    NULL, NULL, TRUE },
  { "Borrell also criticized the fact that China has not sent diplomatic missions to Kiev in the same way as it"
    " sent to Moscow",
    LIST (BORRELL), IMPARTIALITY, DM_POLARITY_OPPOSES, "11", LIST (CHINA), DM_ATTRIBUTION_REPORTED_SPEECH,
    NULL, NULL, FALSE },
  { "the proposal “contains interesting elements”, among them the non-recourse to nuclear weapons, the exchange of"
    " prisoners and the grain agreements, but that is not enough",
    LIST (BORRELL), PLAN, DM_POLARITY_MIXED, NULL, LIST (CHINA), DM_ATTRIBUTION_DIRECT_QUOTE,
    NULL, "Praise and criticism in one sentence: \"interesting\", but \"not enough\".", FALSE },
};

static gboolean
code_sample (DmStore  *store,
             GError  **error)
{
  g_autoptr(DmArticle) article = dm_store_lookup_article (store, SAMPLE_UUID, error);

  if (article == NULL || !_dm_store_begin (store, error))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (codings); i++)
    {
      const Coding *coding = &codings[i];
      g_autoptr(DmAnnotation) annotation = NULL;
      g_autofree char *uuid = g_strdup_printf ("a0000000-0000-4000-8000-0000000000%02u", i + 1);
      g_autofree char *stamp = g_strdup_printf ("2026-11-28T10:%02u:00.000Z", i + 1);
      guint start, end;

      if (!dm_article_find_quote (article, coding->quote, 0, &start, &end))
        {
          g_set_error (error, DM_ERROR, DM_ERROR_NOT_FOUND, "row %u: quote not in the sample", i + 1);
          _dm_store_rollback (store);
          return FALSE;
        }

      /* Fixed uuids and stamps: the public API would stamp "now". */
      annotation = dm_annotation_new (SAMPLE_UUID, start, end);
      dm_annotation_set_uuid (annotation, uuid);
      dm_annotation_set_actor_uuids (annotation, coding->actors);
      dm_annotation_set_target_uuids (annotation, coding->targets);
      dm_annotation_set_topic_uuid (annotation, coding->topic);
      dm_annotation_set_polarity (annotation, coding->polarity);
      dm_annotation_set_act_code (annotation, coding->act);
      dm_annotation_set_mode (annotation, coding->mode);
      dm_annotation_set_provenance (annotation, coding->provenance);
      dm_annotation_set_note (annotation, coding->note);
      dm_annotation_set_key_quote (annotation, coding->key_quote);
      dm_annotation_set_coder (annotation, "Sample coder");
      dm_annotation_set_created (annotation, stamp);
      dm_annotation_set_updated (annotation, stamp);

      if (!_dm_store_put_annotation (store, annotation, FALSE, error))
        {
          _dm_store_rollback (store);
          return FALSE;
        }
    }

  return _dm_store_commit (store, error);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DmStore) store = NULL;
  g_autofree char *db = NULL;
  g_autofree char *json = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *jsonld = NULL;
  g_autofree char *actor_topic = NULL;
  g_autofree char *actor_actor = NULL;
  const char *sample[] = { SAMPLE_UUID, NULL };
  const char *folder;

  setlocale (LC_ALL, "");

  if (argc != 2)
    {
      g_printerr ("Usage: %s FOLDER\n", argv[0]);
      return 2;
    }

  folder = argv[1];
  if (g_mkdir_with_parents (folder, 0755) != 0)
    {
      g_printerr ("%s: cannot create the folder\n", folder);
      return 1;
    }

  db = g_build_filename (folder, "sample.db", NULL);
  g_remove (db);
  json = g_build_filename (folder, "sample.json", NULL);
  csv = g_build_filename (folder, "sample.csv", NULL);
  jsonld = g_build_filename (folder, "sample.jsonld", NULL);
  actor_topic = g_build_filename (folder, "actor-topic.graphml", NULL);
  actor_actor = g_build_filename (folder, "actor-actor.graphml", NULL);

  if (!(store = dm_store_open (db, &error)) ||
      !dm_store_seed_defaults (store, &error) ||
      !code_sample (store, &error) ||
      !dm_json_set_export_to_file (store, sample, json, &error) ||
      !dm_csv_export_to_file (store, NULL, csv, &error) ||
      !dm_web_annotation_export_to_file (store, NULL, jsonld, &error) ||
      !dm_graphml_export_to_file (store, DM_GRAPHML_ACTOR_TOPIC, NULL, actor_topic, &error) ||
      !dm_graphml_export_to_file (store, DM_GRAPHML_ACTOR_ACTOR, NULL, actor_actor, &error))
    {
      g_printerr ("write-formats: %s\n", error->message);
      return 1;
    }

  return 0;
}
