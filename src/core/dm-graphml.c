/* dm-graphml.c
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-graphml"

#include "config.h"

#include <string.h>

#include "dm-comparison-matrix.h"
#include "dm-comparison-query.h"
#include "dm-comparison-row.h"
#include "dm-error.h"
#include "dm-graphml.h"

/* GraphML networks for Gephi and NetworkX (issue 6).
 *
 * Actor–topic (directed, actor → topic). Nodes are the actors who speak in
 * the annotations in scope and the topics they coded; an actor's node
 * carries its name (label) and kind ("state", "person" …), a topic's its
 * name, kind "topic" and its path ("Ukraine war › Peace talks"). One edge
 * per actor and topic: weight = the number of annotations (a joint
 * statement counts for each of its actors), supports/opposes/neutral/mixed/
 * none = how many of them took each polarity, stance = the mean stance
 * with supports +1, opposes −1, neutral and mixed 0 (annotations without a
 * polarity, a blame or a threat, are left out of the mean), and sign = the
 * sign of that mean (−1, 0 or +1), for tools that colour edges by sign.
 *
 * Actor–actor (undirected). Nodes are the same actors; an edge joins two
 * actors who both spoke on at least one topic. The figures come from the
 * comparison engine (DmComparisonMatrix), so that they are the ones the
 * comparison view shows: each actor's dominant polarity per topic, the
 * relation per shared topic (agree, disagree, partly), agreement =
 * (agree + ½ partly) / shared topics, disagreement = disagree / shared
 * topics, shared_topics and the three counts, and weight = shared topics.
 * Statements are taken as coded, without roll-up: a person is a node of
 * their own, not counted for the state they represented, since otherwise
 * a minister and their state would share every topic and agree with
 * themselves.
 *
 * Node ids are the uuids, stable across exports and databases sharing the
 * default codebook; nodes follow the codebook's order, edges their nodes',
 * so the same database always gives the same bytes. */

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"

typedef struct
{
  const char *name;
  const char *domain;
  const char *type;
} Key;

static const Key actor_topic_keys[] = {
  { "label", "node", "string" },
  { "kind", "node", "string" },
  { "path", "node", "string" },
  { "weight", "edge", "double" },
  { "sign", "edge", "int" },
  { "stance", "edge", "double" },
  { "supports", "edge", "int" },
  { "opposes", "edge", "int" },
  { "neutral", "edge", "int" },
  { "mixed", "edge", "int" },
  { "none", "edge", "int" },
};

static const Key actor_actor_keys[] = {
  { "label", "node", "string" },
  { "kind", "node", "string" },
  { "weight", "edge", "double" },
  { "agreement", "edge", "double" },
  { "disagreement", "edge", "double" },
  { "shared_topics", "edge", "int" },
  { "agree_topics", "edge", "int" },
  { "partly_topics", "edge", "int" },
  { "disagree_topics", "edge", "int" },
};

#define N_POLARITIES (DM_POLARITY_MIXED + 1)

/* One actor–topic edge. */
typedef struct
{
  guint actor;                  /* position in the codebook */
  guint topic;
  guint count[N_POLARITIES];
  guint total;
} Tie;

typedef struct
{
  GPtrArray  *actors;           /* DmActor, the codebook */
  GPtrArray  *topics;           /* DmTopic, the codebook */
  GHashTable *actor_index;      /* uuid → position + 1 */
  GHashTable *topic_index;      /* uuid → position + 1 */
  GPtrArray  *annotations;      /* DmAnnotation, in scope */
} Network;

static void
network_clear (Network *network)
{
  g_clear_pointer (&network->actors, g_ptr_array_unref);
  g_clear_pointer (&network->topics, g_ptr_array_unref);
  g_clear_pointer (&network->actor_index, g_hash_table_unref);
  g_clear_pointer (&network->topic_index, g_hash_table_unref);
  g_clear_pointer (&network->annotations, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Network, network_clear)

/* XML 1.0 cannot carry C0 controls other than tab, LF and CR, not even
 * as character references, so they are dropped rather than escaped. */
static void
append_text (GString    *xml,
             const char *text)
{
  g_autoptr(GString) clean = g_string_new (NULL);
  g_autofree char *escaped = NULL;

  for (const char *p = text; *p != '\0'; p++)
    if ((guchar)*p >= 0x20 || *p == '\t' || *p == '\n' || *p == '\r')
      g_string_append_c (clean, *p);

  escaped = g_markup_escape_text (clean->str, clean->len);
  g_string_append (xml, escaped);
}

static void
append_data (GString    *xml,
             const char *key,
             const char *value)
{
  if (value == NULL)
    return;

  g_string_append_printf (xml, "      <data key=\"%s\">", key);
  append_text (xml, value);
  g_string_append (xml, "</data>\n");
}

static void
append_data_int (GString    *xml,
                 const char *key,
                 gint64      value)
{
  g_string_append_printf (xml, "      <data key=\"%s\">%" G_GINT64_FORMAT "</data>\n", key, value);
}

static void
append_data_double (GString    *xml,
                    const char *key,
                    double      value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  /* Six significant digits: 2/3 reads 0.666667, not 0.66666666666666663. */
  g_ascii_formatd (buffer, sizeof buffer, "%.6g", value);
  g_string_append_printf (xml, "      <data key=\"%s\">%s</data>\n", key, buffer);
}

static void
begin_document (GString    *xml,
                const Key  *keys,
                guint       n_keys,
                const char *graph_id,
                gboolean    directed,
                const char *comment)
{
  g_string_append (xml,
                   "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                   "<graphml xmlns=\"" GRAPHML_NS "\"\n"
                   "         xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
                   "         xsi:schemaLocation=\"" GRAPHML_NS " " GRAPHML_NS "/1.0/graphml.xsd\">\n");
  g_string_append_printf (xml, "  <!-- %s -->\n", comment);

  for (guint i = 0; i < n_keys; i++)
    g_string_append_printf (xml, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                            keys[i].name, keys[i].domain, keys[i].name, keys[i].type);

  g_string_append_printf (xml, "  <graph id=\"%s\" edgedefault=\"%s\">\n",
                          graph_id, directed ? "directed" : "undirected");
}

static void
end_document (GString *xml)
{
  g_string_append (xml, "  </graph>\n</graphml>\n");
}

static void
append_actor_node (GString *xml,
                   DmActor *actor)
{
  g_string_append_printf (xml, "    <node id=\"%s\">\n", dm_actor_get_uuid (actor));
  append_data (xml, "label", dm_actor_get_name (actor));
  append_data (xml, "kind", dm_actor_kind_to_string (dm_actor_get_kind (actor)));
  g_string_append (xml, "    </node>\n");
}

static void
append_topic_node (GString *xml,
                   DmTopic *topic)
{
  g_string_append_printf (xml, "    <node id=\"%s\">\n", dm_topic_get_uuid (topic));
  append_data (xml, "label", dm_topic_get_name (topic));
  append_data (xml, "kind", "topic");
  append_data (xml, "path", dm_topic_get_path (topic));
  g_string_append (xml, "    </node>\n");
}

typedef const char *(*UuidFunc) (gpointer object);

static GHashTable *
index_uuids (GPtrArray *objects,
             UuidFunc   get_uuid)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < objects->len; i++)
    g_hash_table_insert (index, (gpointer) get_uuid (g_ptr_array_index (objects, i)), GUINT_TO_POINTER (i + 1));

  return index;
}

static guint
lookup_index (GHashTable *index,
              const char *uuid)
{
  return uuid != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (index, uuid)) : 0;
}

static gboolean
load_network (Network              *network,
              DmStore              *store,
              const DmExportScope  *scope,
              GError              **error)
{
  if (!dm_export_scope_select (scope, store, NULL, &network->annotations, error) ||
      !(network->actors = dm_store_dup_actors (store, error)) ||
      !(network->topics = dm_store_dup_topics (store, error)))
    return FALSE;

  network->actor_index = index_uuids (network->actors, (UuidFunc) dm_actor_get_uuid);
  network->topic_index = index_uuids (network->topics, (UuidFunc) dm_topic_get_uuid);

  return TRUE;
}

/* Calls @func for every (annotation, actor position, topic position) that
 * makes a statement of the network: annotations with a topic, actors in
 * scope. */
typedef void (*StatementFunc) (DmAnnotation *annotation,
                               guint         actor,
                               guint         topic,
                               gpointer      user_data);

static void
foreach_statement (Network             *network,
                   const DmExportScope *scope,
                   StatementFunc        func,
                   gpointer             user_data)
{
  for (guint i = 0; i < network->annotations->len; i++)
    {
      DmAnnotation *annotation = g_ptr_array_index (network->annotations, i);
      const char * const *speakers = dm_annotation_get_actor_uuids (annotation);
      guint topic = lookup_index (network->topic_index, dm_annotation_get_topic_uuid (annotation));

      if (topic == 0)
        continue;

      for (guint j = 0; speakers != NULL && speakers[j] != NULL; j++)
        {
          guint actor = lookup_index (network->actor_index, speakers[j]);

          if (actor > 0 && dm_export_scope_includes_actor (scope, speakers[j]))
            func (annotation, actor - 1, topic - 1, user_data);
        }
    }
}

typedef struct
{
  GHashTable *ties;             /* actor × topic key → Tie */
  gboolean   *speaks;           /* per codebook actor */
  gboolean   *coded;            /* per codebook topic */
  guint       n_topics;
} TieCollect;

static void
statement_tallied_cb (DmAnnotation *annotation,
                      guint         actor,
                      guint         topic,
                      gpointer      user_data)
{
  TieCollect *collect = user_data;
  gsize key = (gsize)actor * collect->n_topics + topic;
  Tie *tie = g_hash_table_lookup (collect->ties, GSIZE_TO_POINTER (key + 1));

  if (tie == NULL)
    {
      tie = g_new0 (Tie, 1);
      tie->actor = actor;
      tie->topic = topic;
      g_hash_table_insert (collect->ties, GSIZE_TO_POINTER (key + 1), tie);
    }

  tie->count[dm_annotation_get_polarity (annotation)]++;
  tie->total++;
  collect->speaks[actor] = TRUE;
  collect->coded[topic] = TRUE;
}

static int
compare_ties (gconstpointer a,
              gconstpointer b)
{
  const Tie *tie_a = *(const Tie * const *) a;
  const Tie *tie_b = *(const Tie * const *) b;

  if (tie_a->actor != tie_b->actor)
    return tie_a->actor < tie_b->actor ? -1 : 1;
  if (tie_a->topic != tie_b->topic)
    return tie_a->topic < tie_b->topic ? -1 : 1;
  return 0;
}

static char *
write_actor_topic (Network             *network,
                   const DmExportScope *scope)
{
  g_autoptr(GHashTable) ties = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  g_autofree gboolean *speaks = g_new0 (gboolean, network->actors->len);
  g_autofree gboolean *coded = g_new0 (gboolean, network->topics->len);
  g_autoptr(GPtrArray) edges = g_ptr_array_new ();
  g_autoptr(GString) xml = g_string_new (NULL);
  TieCollect collect = { ties, speaks, coded, network->topics->len };
  GHashTableIter iter;
  gpointer value;

  foreach_statement (network, scope, statement_tallied_cb, &collect);

  begin_document (xml, actor_topic_keys, G_N_ELEMENTS (actor_topic_keys), "actor-topic", TRUE,
                  "Demarche actor-topic network: an edge per actor and topic, weight = annotations,"
                  " stance = mean of supports +1, opposes -1, neutral and mixed 0; sign = its sign");

  for (guint i = 0; i < network->actors->len; i++)
    if (speaks[i])
      append_actor_node (xml, g_ptr_array_index (network->actors, i));

  for (guint i = 0; i < network->topics->len; i++)
    if (coded[i])
      append_topic_node (xml, g_ptr_array_index (network->topics, i));

  g_hash_table_iter_init (&iter, ties);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (edges, value);
  g_ptr_array_sort (edges, compare_ties);

  for (guint i = 0; i < edges->len; i++)
    {
      const Tie *tie = g_ptr_array_index (edges, i);
      guint polar = tie->count[DM_POLARITY_SUPPORTS] + tie->count[DM_POLARITY_OPPOSES] +
                    tie->count[DM_POLARITY_NEUTRAL] + tie->count[DM_POLARITY_MIXED];
      int net = (int)tie->count[DM_POLARITY_SUPPORTS] - (int)tie->count[DM_POLARITY_OPPOSES];
      double stance = polar > 0 ? (double)net / polar : 0.0;

      g_string_append_printf (xml, "    <edge id=\"e%u\" source=\"%s\" target=\"%s\">\n", i,
                              dm_actor_get_uuid (g_ptr_array_index (network->actors, tie->actor)),
                              dm_topic_get_uuid (g_ptr_array_index (network->topics, tie->topic)));
      append_data_double (xml, "weight", tie->total);
      append_data_int (xml, "sign", net > 0 ? 1 : net < 0 ? -1 : 0);
      append_data_double (xml, "stance", stance);
      append_data_int (xml, "supports", tie->count[DM_POLARITY_SUPPORTS]);
      append_data_int (xml, "opposes", tie->count[DM_POLARITY_OPPOSES]);
      append_data_int (xml, "neutral", tie->count[DM_POLARITY_NEUTRAL]);
      append_data_int (xml, "mixed", tie->count[DM_POLARITY_MIXED]);
      append_data_int (xml, "none", tie->count[DM_POLARITY_NONE]);
      g_string_append (xml, "    </edge>\n");
    }

  end_document (xml);

  return g_string_free (g_steal_pointer (&xml), FALSE);
}

static void
statement_spoken_cb (DmAnnotation *annotation,
                     guint         actor,
                     guint         topic,
                     gpointer      user_data)
{
  gboolean *speaks = user_data;

  speaks[actor] = TRUE;
}

static char *
write_actor_actor (Network              *network,
                   DmStore              *store,
                   const DmExportScope  *scope,
                   GError              **error)
{
  g_autofree gboolean *speaks = g_new0 (gboolean, network->actors->len);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GPtrArray) uuids = g_ptr_array_new ();
  g_autoptr(DmComparisonMatrix) matrix = NULL;
  g_autoptr(GString) xml = g_string_new (NULL);
  guint n_edges = 0;

  /* The comparison engine filters by dates, topics and coders, not by
   * article: rather than quietly compare more than the scope holds, say
   * so. */
  if (scope != NULL && dm_export_scope_get_articles (scope)[0] != NULL)
    {
      g_set_error_literal (error, DM_ERROR, DM_ERROR_INVALID,
                           "the actor–actor network cannot be limited to chosen articles (its agreement"
                           " figures come from the comparison, which filters by dates, topics and coder);"
                           " export it for a date range instead");
      return NULL;
    }

  foreach_statement (network, scope, statement_spoken_cb, speaks);

  for (guint i = 0; i < network->actors->len; i++)
    if (speaks[i])
      {
        DmActor *actor = g_ptr_array_index (network->actors, i);

        g_ptr_array_add (nodes, actor);
        g_ptr_array_add (uuids, (gpointer) dm_actor_get_uuid (actor));
      }
  g_ptr_array_add (uuids, NULL);

  if (nodes->len >= 2)
    {
      g_autoptr(DmComparisonQuery) query = dm_comparison_query_new ();

      if (scope != NULL)
        {
          const char *coders[] = { dm_export_scope_get_coder (scope), NULL };

          dm_comparison_query_set_from (query, dm_export_scope_get_from (scope));
          dm_comparison_query_set_to (query, dm_export_scope_get_to (scope));
          dm_comparison_query_set_topics (query, dm_export_scope_get_topics (scope));
          dm_comparison_query_set_coders (query, coders[0] != NULL ? coders : NULL);
        }
      dm_comparison_query_set_rollup (query, FALSE);

      if (!(matrix = dm_comparison_matrix_new (store, (const char * const *) uuids->pdata, query, error)))
        return NULL;
    }

  begin_document (xml, actor_actor_keys, G_N_ELEMENTS (actor_actor_keys), "actor-actor", FALSE,
                  "Demarche actor-actor network: an edge per pair of actors with shared topics;"
                  " agreement = (agree + 1/2 partly) / shared topics, disagreement = disagree / shared topics,"
                  " as in the comparison (dominant polarity per actor and topic, no roll-up)");

  for (guint i = 0; i < nodes->len; i++)
    append_actor_node (xml, g_ptr_array_index (nodes, i));

  for (guint a = 0; matrix != NULL && a < nodes->len; a++)
    for (guint b = a + 1; b < nodes->len; b++)
      {
        guint agree = dm_comparison_matrix_get_count (matrix, a, b, DM_RELATION_AGREE);
        guint disagree = dm_comparison_matrix_get_count (matrix, a, b, DM_RELATION_DISAGREE);
        guint partly = dm_comparison_matrix_get_count (matrix, a, b, DM_RELATION_PARTLY);
        double agreement;
        guint shared;

        if (!dm_comparison_matrix_get_agreement (matrix, a, b, &agreement, &shared))
          continue;

        g_string_append_printf (xml, "    <edge id=\"e%u\" source=\"%s\" target=\"%s\">\n", n_edges++,
                                (const char *) g_ptr_array_index (uuids, a),
                                (const char *) g_ptr_array_index (uuids, b));
        append_data_double (xml, "weight", shared);
        append_data_double (xml, "agreement", agreement);
        append_data_double (xml, "disagreement", (double)disagree / shared);
        append_data_int (xml, "shared_topics", shared);
        append_data_int (xml, "agree_topics", agree);
        append_data_int (xml, "partly_topics", partly);
        append_data_int (xml, "disagree_topics", disagree);
        g_string_append (xml, "    </edge>\n");
      }

  end_document (xml);

  return g_string_free (g_steal_pointer (&xml), FALSE);
}

/**
 * dm_graphml_network_to_string:
 * @network: a #DmGraphmlNetwork
 *
 * Returns: "actor-topic" or "actor-actor"
 */
const char *
dm_graphml_network_to_string (DmGraphmlNetwork network)
{
  switch (network)
    {
    case DM_GRAPHML_ACTOR_TOPIC:
      return "actor-topic";
    case DM_GRAPHML_ACTOR_ACTOR:
      return "actor-actor";
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * dm_graphml_network_from_string:
 * @str: "actor-topic" or "actor-actor"
 * @network: (out): the network
 *
 * Returns: %TRUE if @str names a network
 */
gboolean
dm_graphml_network_from_string (const char       *str,
                                DmGraphmlNetwork *network)
{
  g_return_val_if_fail (network != NULL, FALSE);

  if (g_strcmp0 (str, "actor-topic") == 0)
    *network = DM_GRAPHML_ACTOR_TOPIC;
  else if (g_strcmp0 (str, "actor-actor") == 0)
    *network = DM_GRAPHML_ACTOR_ACTOR;
  else
    return FALSE;

  return TRUE;
}

/**
 * dm_graphml_export:
 * @store: a #DmStore
 * @network: which network to write
 * @scope: (nullable): what to export; %NULL for everything. The
 *   actor–actor network cannot be limited to articles (an error says so)
 * @error: return location for an error
 *
 * Writes a GraphML document (see the top of dm-graphml.c for the nodes,
 * edges and attributes of each network).
 *
 * Returns: (transfer full) (nullable): the GraphML text
 */
char *
dm_graphml_export (DmStore              *store,
                   DmGraphmlNetwork      network,
                   const DmExportScope  *scope,
                   GError              **error)
{
  g_auto(Network) data = { 0 };

  g_return_val_if_fail (DM_IS_STORE (store), NULL);
  g_return_val_if_fail (network == DM_GRAPHML_ACTOR_TOPIC || network == DM_GRAPHML_ACTOR_ACTOR, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!load_network (&data, store, scope, error))
    return NULL;

  if (network == DM_GRAPHML_ACTOR_TOPIC)
    return write_actor_topic (&data, scope);

  return write_actor_actor (&data, store, scope, error);
}

/**
 * dm_graphml_export_to_file:
 * @store: a #DmStore
 * @network: which network to write
 * @scope: (nullable): what to export; %NULL for everything
 * @path: the file to write
 * @error: return location for an error
 *
 * Writes dm_graphml_export() to @path atomically.
 *
 * Returns: %TRUE on success
 */
gboolean
dm_graphml_export_to_file (DmStore              *store,
                           DmGraphmlNetwork      network,
                           const DmExportScope  *scope,
                           const char           *path,
                           GError              **error)
{
  g_autofree char *xml = NULL;

  g_return_val_if_fail (DM_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!(xml = dm_graphml_export (store, network, scope, error)))
    return FALSE;

  return g_file_set_contents_full (path, xml, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
