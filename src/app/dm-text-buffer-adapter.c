/* dm-text-buffer-adapter.c - core offsets to GtkTextBuffer iters and tags
 *
 * Copyright 2026 The Demarche authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "dm-text-buffer-adapter"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dm-text-buffer-adapter.h"

/* Core speaks in Unicode code points of the article body; GtkTextBuffer
 * counts characters, which are code points too (gtk_text_iter_get_offset()
 * counts every char of the UTF-8 text, "\r" and "\n" included). This is the
 * only file that turns one into the other, and the only one that creates
 * or applies tags.
 *
 * Highlights: GtkTextView paints one background per character, that of
 * the tag with the highest priority, so stacked translucent tags would not
 * blend. Instead the annotations are swept into segments: each segment is
 * painted in the colour of its innermost annotation's first actor, a
 * stronger shade where annotations overlap, with an underline in the
 * colour of the next annotation when it is another actor's; a key quote
 * is bold. Tags are per colour, not per annotation, so that 5,000
 * annotations make a few dozen tags, and runs of equal tags are merged
 * before they are applied.
 *
 * Speed: a new article gets a new buffer, filled before any view shows
 * it. Highlights are painted by blocks of text: the blocks around what
 * the view shows at once (dm_text_buffer_adapter_ensure_painted(), which
 * the view calls as it scrolls), the others in idle time, nearest first,
 * a few milliseconds at a time — 5,000 annotations are some 10,000
 * gtk_text_buffer_apply_tag() calls, a few tens of milliseconds that the
 * first frame of a long article need not wait for. Later changes re-tag
 * only the span that changed, in the blocks already painted. Mentions are
 * found in a thread and underlined in idle chunks after the first frame. */

#define MENTIONS_PER_CHUNK  1000
#define BLOCK_CHARS         8192
#define PAINT_BUDGET_USEC   4000

typedef struct
{
  guint start;
  guint end;
  guint colour;
  guint key : 1;
} Span;

typedef struct
{
  DmMentionFinder *finder;
  char            *text;
} MentionJob;

typedef struct
{
  GdkRGBA     rgba;
  GtkTextTag *background[2];
  GtkTextTag *underline;
} Colour;

typedef struct
{
  guint start;
  guint end;
  guint outer_start;
  guint outer_end;
  guint colour;
  guint key : 1;
} Piece;

typedef struct
{
  guint pos;
  guint piece;
  guint is_start : 1;
} Event;

typedef struct
{
  GtkTextTag *tag;
  guint       start;
  guint       end;
} Run;

struct _DmTextBufferAdapter
{
  GObject        parent_instance;

  DmWorkspace   *workspace;
  GListModel    *annotations;
  GtkTextBuffer *buffer;

  GtkTextTag    *hover_tag;
  GtkTextTag    *mention_tag;
  GtkTextTag    *key_tag;
  GtkTextTag    *selection_tag;

  /* A copy of the annotations' spans in list order, so that the span a
   * removed row had is still known when the list announces the removal. */
  GArray        *spans;
  GPtrArray     *colours;
  GHashTable    *colour_index;
  GHashTable    *actor_colours;

  /* One flag per BLOCK_CHARS of text: highlights painted there. */
  GByteArray    *painted;
  guint          n_unpainted;
  guint          paint_hint;
  guint          paint_idle_id;

  GPtrArray     *mentions;
  GCancellable  *mentions_cancellable;
  guint          mentions_applied;
  guint          mentions_idle_id;

  guint          selection_start;
  guint          selection_end;
  guint          hover_start;
  guint          hover_end;
  guint          show_mentions : 1;
  guint          mentions_done : 1;
};

G_DEFINE_FINAL_TYPE (DmTextBufferAdapter, dm_text_buffer_adapter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WORKSPACE,
  PROP_BUFFER,
  PROP_SHOW_MENTIONS,
  PROP_MENTIONS_PENDING,
  PROP_HIGHLIGHTS_PENDING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Actors without a colour of their own get one of these, by uuid. */
static const char * const fallback_colours[] = {
  "#f6d32d", "#8ff0a4", "#99c1f1", "#dc8add", "#ffbe6f", "#f66151", "#cdab8f", "#c0bfbc",
};

/* Helpers {{{ */

static void
colour_free (Colour *colour)
{
  g_free (colour);
}

static void
mention_job_free (MentionJob *job)
{
  g_clear_object (&job->finder);
  g_free (job->text);
  g_free (job);
}

static guint
article_length (DmTextBufferAdapter *self)
{
  return self->buffer != NULL ? (guint) gtk_text_buffer_get_char_count (self->buffer) : 0;
}

static void
get_iter (DmTextBufferAdapter *self,
          GtkTextIter         *iter,
          guint                offset)
{
  /* Offsets past the end (an orphaned annotation, a stale selection) end
   * at the end of the text. */
  gtk_text_buffer_get_iter_at_offset (self->buffer, iter, (int) MIN (offset, (guint) G_MAXINT));
}

static void
tag_range (DmTextBufferAdapter *self,
           GtkTextTag          *tag,
           guint                start,
           guint                end,
           gboolean             apply)
{
  GtkTextIter start_iter;
  GtkTextIter end_iter;

  if (tag == NULL || start >= end)
    return;

  get_iter (self, &start_iter, start);
  get_iter (self, &end_iter, end);

  if (apply)
    gtk_text_buffer_apply_tag (self->buffer, tag, &start_iter, &end_iter);
  else
    gtk_text_buffer_remove_tag (self->buffer, tag, &start_iter, &end_iter);
}

/* A darker, more saturated shade of @rgba, for underlines that must read
 * on white. */
static GdkRGBA
darken (const GdkRGBA *rgba)
{
  GdkRGBA dark = { 0, 0, 0, 1 };
  float h, s, v;

  gtk_rgb_to_hsv (rgba->red, rgba->green, rgba->blue, &h, &s, &v);
  gtk_hsv_to_rgb (h, MIN (1.0f, s * 1.6f + 0.25f), v * 0.62f, &dark.red, &dark.green, &dark.blue);

  return dark;
}

static void
raise_selection_tag (DmTextBufferAdapter *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);

  /* The selection is drawn over every highlight. */
  gtk_text_tag_set_priority (self->selection_tag, gtk_text_tag_table_get_size (table) - 1);
}

static void
ensure_colour_tags (DmTextBufferAdapter *self,
                    Colour              *colour)
{
  GdkRGBA light = colour->rgba;
  GdkRGBA strong = colour->rgba;
  GdkRGBA line = darken (&colour->rgba);

  if (colour->background[0] != NULL)
    return;

  light.alpha = 0.55f;
  strong.alpha = 0.95f;

  colour->background[0] = gtk_text_buffer_create_tag (self->buffer, NULL,
                                                      "background-rgba", &light,
                                                      NULL);
  colour->background[1] = gtk_text_buffer_create_tag (self->buffer, NULL,
                                                      "background-rgba", &strong,
                                                      NULL);
  colour->underline = gtk_text_buffer_create_tag (self->buffer, NULL,
                                                  "underline", PANGO_UNDERLINE_DOUBLE,
                                                  "underline-rgba", &line,
                                                  NULL);

  g_object_set_data (G_OBJECT (colour->background[0]), "dm-highlight", GINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (colour->background[1]), "dm-highlight", GINT_TO_POINTER (1));
  g_object_set_data (G_OBJECT (colour->underline), "dm-highlight", GINT_TO_POINTER (1));

  raise_selection_tag (self);
}

static guint
intern_colour (DmTextBufferAdapter *self,
               const char          *actor_uuid)
{
  DmActor *actor;
  const char *spec;
  g_autofree char *key = NULL;
  gpointer value;
  Colour *colour;
  GdkRGBA rgba;

  /* Asked once per annotation: remembered per actor until the codebook
   * changes. */
  if (actor_uuid != NULL && g_hash_table_lookup_extended (self->actor_colours, actor_uuid, NULL, &value))
    return GPOINTER_TO_UINT (value);

  actor = dm_workspace_lookup_actor (self->workspace, actor_uuid);
  spec = actor != NULL ? dm_actor_get_colour (actor) : NULL;

  if (spec == NULL || !gdk_rgba_parse (&rgba, spec))
    {
      guint hash = actor_uuid != NULL ? g_str_hash (actor_uuid) : 0;

      spec = fallback_colours[hash % G_N_ELEMENTS (fallback_colours)];
      gdk_rgba_parse (&rgba, spec);
    }

  key = gdk_rgba_to_string (&rgba);
  if (!g_hash_table_lookup_extended (self->colour_index, key, NULL, &value))
    {
      colour = g_new0 (Colour, 1);
      colour->rgba = rgba;
      g_ptr_array_add (self->colours, colour);
      value = GUINT_TO_POINTER (self->colours->len - 1);
      g_hash_table_insert (self->colour_index, g_steal_pointer (&key), value);
    }

  if (actor_uuid != NULL)
    g_hash_table_insert (self->actor_colours, g_strdup (actor_uuid), value);

  return GPOINTER_TO_UINT (value);
}

static Span
span_for_annotation (DmTextBufferAdapter *self,
                     DmAnnotation        *annotation)
{
  const char * const *actors = dm_annotation_get_actor_uuids (annotation);
  Span span;

  span.start = dm_annotation_get_start (annotation);
  /* An orphan is not painted: its span is only where it used to be. */
  span.end = dm_annotation_get_orphan (annotation) ? span.start : dm_annotation_get_end (annotation);
  span.colour = intern_colour (self, actors != NULL ? actors[0] : NULL);
  span.key = dm_annotation_get_key_quote (annotation);

  return span;
}

static void
extend_range (guint *range_start,
              guint *range_end,
              guint  start,
              guint  end)
{
  *range_start = MIN (*range_start, start);
  *range_end = MAX (*range_end, end);
}

static int
compare_events (gconstpointer a,
                gconstpointer b)
{
  const Event *x = a;
  const Event *y = b;

  if (x->pos != y->pos)
    return x->pos < y->pos ? -1 : 1;

  /* Ends first, so that touching annotations do not overlap. */
  return (int) x->is_start - (int) y->is_start;
}

/* Innermost first: the later start, then the earlier end. */
static gboolean
is_inner (const Piece *a,
          const Piece *b)
{
  if (a->outer_start != b->outer_start)
    return a->outer_start > b->outer_start;

  return a->outer_end < b->outer_end;
}

static void
flush_run (DmTextBufferAdapter *self,
           Run                 *run)
{
  if (run->tag != NULL)
    tag_range (self, run->tag, run->start, run->end, TRUE);

  run->tag = NULL;
}

static void
extend_run (DmTextBufferAdapter *self,
            Run                 *run,
            GtkTextTag          *tag,
            guint                start,
            guint                end)
{
  if (run->tag == tag && run->end == start)
    {
      run->end = end;
      return;
    }

  flush_run (self, run);
  run->tag = tag;
  run->start = start;
  run->end = end;
}

static void
add_highlight_tags (GPtrArray *found,
                    GSList    *tags)
{
  for (GSList *l = tags; l != NULL; l = l->next)
    if (g_object_get_data (l->data, "dm-highlight") != NULL && !g_ptr_array_find (found, l->data, NULL))
      g_ptr_array_add (found, l->data);

  g_slist_free (tags);
}

/* Removes only the highlight tags found in the range: with 30 actors
 * there are 90 colour tags, and each removal walks the range and emits
 * a signal, where a sentence holds two or three of them. */
static void
remove_highlights (DmTextBufferAdapter *self,
                   guint                start,
                   guint                end)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  GtkTextIter iter;
  GtkTextIter end_iter;

  get_iter (self, &iter, start);
  get_iter (self, &end_iter, end);

  add_highlight_tags (found, gtk_text_iter_get_tags (&iter));
  while (gtk_text_iter_forward_to_tag_toggle (&iter, NULL) && gtk_text_iter_compare (&iter, &end_iter) < 0)
    add_highlight_tags (found, gtk_text_iter_get_toggled_tags (&iter, TRUE));

  for (guint i = 0; i < found->len; i++)
    tag_range (self, g_ptr_array_index (found, i), start, end, FALSE);
}

/* Paints the highlights of [@start, @end) from self->spans, in one sweep. */
static void
paint_highlights (DmTextBufferAdapter *self,
                  guint                start,
                  guint                end)
{
  g_autoptr(GArray) pieces = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  g_autoptr(GArray) active = g_array_new (FALSE, FALSE, sizeof (guint));
  Run background = { NULL, 0, 0 };
  Run underline = { NULL, 0, 0 };
  Run key = { NULL, 0, 0 };
  guint position = start;

  end = MIN (end, article_length (self));
  if (start >= end)
    return;

  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);
      Piece piece;
      Event event;

      if (span->start >= end || span->end <= start || span->start >= span->end)
        continue;

      piece.start = MAX (span->start, start);
      piece.end = MIN (span->end, end);
      piece.outer_start = span->start;
      piece.outer_end = span->end;
      piece.colour = span->colour;
      piece.key = span->key;
      g_array_append_val (pieces, piece);

      event.piece = pieces->len - 1;
      event.pos = piece.start;
      event.is_start = TRUE;
      g_array_append_val (events, event);
      event.pos = piece.end;
      event.is_start = FALSE;
      g_array_append_val (events, event);
    }

  g_array_sort (events, compare_events);

  for (guint i = 0; i < events->len; i++)
    {
      const Event *event = &g_array_index (events, Event, i);

      if (event->pos > position && active->len > 0)
        {
          const Piece *first = NULL;
          const Piece *second = NULL;
          gboolean is_key = FALSE;
          Colour *colour;

          for (guint j = 0; j < active->len; j++)
            {
              const Piece *piece = &g_array_index (pieces, Piece, g_array_index (active, guint, j));

              is_key |= piece->key;
              if (first == NULL || is_inner (piece, first))
                {
                  second = first;
                  first = piece;
                }
              else if (second == NULL || is_inner (piece, second))
                {
                  second = piece;
                }
            }

          colour = g_ptr_array_index (self->colours, first->colour);
          ensure_colour_tags (self, colour);
          extend_run (self, &background, colour->background[active->len > 1], position, event->pos);

          if (second != NULL && second->colour != first->colour)
            {
              Colour *other = g_ptr_array_index (self->colours, second->colour);

              ensure_colour_tags (self, other);
              extend_run (self, &underline, other->underline, position, event->pos);
            }

          if (is_key)
            extend_run (self, &key, self->key_tag, position, event->pos);
        }

      position = MAX (position, event->pos);

      if (event->is_start)
        {
          g_array_append_val (active, event->piece);
        }
      else
        {
          for (guint j = 0; j < active->len; j++)
            if (g_array_index (active, guint, j) == event->piece)
              {
                g_array_remove_index_fast (active, j);
                break;
              }
        }
    }

  flush_run (self, &background);
  flush_run (self, &underline);
  flush_run (self, &key);
}

static void
paint_block (DmTextBufferAdapter *self,
             guint                block)
{
  g_assert (block < self->painted->len);

  if (self->painted->data[block])
    return;

  self->painted->data[block] = TRUE;
  self->n_unpainted--;
  paint_highlights (self, block * BLOCK_CHARS, (block + 1) * BLOCK_CHARS);

  if (self->n_unpainted == 0)
    {
      g_clear_handle_id (&self->paint_idle_id, g_source_remove);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTS_PENDING]);
    }
}

/* The unpainted block nearest to where the view looks, or G_MAXUINT. */
static guint
find_unpainted_block (DmTextBufferAdapter *self)
{
  guint hint = MIN (self->paint_hint / BLOCK_CHARS, self->painted->len - 1);

  if (self->n_unpainted == 0)
    return G_MAXUINT;

  for (guint distance = 0; distance < self->painted->len; distance++)
    {
      if (hint + distance < self->painted->len && !self->painted->data[hint + distance])
        return hint + distance;
      if (distance <= hint && !self->painted->data[hint - distance])
        return hint - distance;
    }

  return G_MAXUINT;
}

static gboolean
paint_blocks_cb (gpointer user_data)
{
  DmTextBufferAdapter *self = user_data;
  gint64 deadline = g_get_monotonic_time () + PAINT_BUDGET_USEC;
  guint block;

  g_assert (DM_IS_TEXT_BUFFER_ADAPTER (self));

  while ((block = find_unpainted_block (self)) != G_MAXUINT)
    {
      paint_block (self, block);
      if (g_get_monotonic_time () >= deadline)
        break;
    }

  if (self->n_unpainted > 0)
    return G_SOURCE_CONTINUE;

  self->paint_idle_id = 0;

  return G_SOURCE_REMOVE;
}

/* Forgets what was painted: every block is to be painted again. */
static void
reset_blocks (DmTextBufferAdapter *self)
{
  guint n_blocks = (article_length (self) + BLOCK_CHARS - 1) / BLOCK_CHARS;
  gboolean was_pending = self->n_unpainted > 0;

  g_clear_handle_id (&self->paint_idle_id, g_source_remove);
  g_byte_array_set_size (self->painted, n_blocks);
  if (n_blocks > 0)
    memset (self->painted->data, 0, n_blocks);
  self->n_unpainted = n_blocks;

  if (n_blocks > 0)
    self->paint_idle_id = g_idle_add_full (G_PRIORITY_LOW, paint_blocks_cb, self, NULL);

  if (was_pending != (self->n_unpainted > 0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HIGHLIGHTS_PENDING]);
}

static void
ensure_painted (DmTextBufferAdapter *self,
                guint                start,
                guint                end)
{
  guint last;

  if (self->painted->len == 0)
    return;

  last = MIN ((MAX (end, start + 1) - 1) / BLOCK_CHARS, self->painted->len - 1);
  for (guint block = MIN (start / BLOCK_CHARS, last); block <= last; block++)
    paint_block (self, block);
}

/* Re-tags what changed in [@start, @end), where it was painted already;
 * the other blocks get the change when they are painted. */
static void
repaint_highlights (DmTextBufferAdapter *self,
                    guint                start,
                    guint                end)
{
  if (self->buffer == NULL || start >= end || self->painted->len == 0)
    return;

  end = MIN (end, article_length (self));
  for (guint block = start / BLOCK_CHARS; block < self->painted->len && block * BLOCK_CHARS < end; block++)
    {
      guint from = MAX (start, block * BLOCK_CHARS);
      guint to = MIN (end, (block + 1) * BLOCK_CHARS);

      if (!self->painted->data[block])
        continue;

      remove_highlights (self, from, to);
      paint_highlights (self, from, to);
    }
}

static void
load_spans (DmTextBufferAdapter *self)
{
  guint n_items;

  g_array_set_size (self->spans, 0);

  if (self->annotations == NULL)
    return;

  n_items = g_list_model_get_n_items (self->annotations);
  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DmAnnotation) annotation = g_list_model_get_item (self->annotations, i);
      Span span = span_for_annotation (self, annotation);

      g_array_append_val (self->spans, span);
    }
}

static void
update_selection (DmTextBufferAdapter *self)
{
  guint start = 0;
  guint end = 0;

  if (self->buffer == NULL)
    return;

  if (dm_workspace_get_has_selection (self->workspace))
    {
      start = dm_workspace_get_selection_start (self->workspace);
      end = dm_workspace_get_selection_end (self->workspace);
    }

  if (start == self->selection_start && end == self->selection_end)
    return;

  tag_range (self, self->selection_tag, self->selection_start, self->selection_end, FALSE);
  tag_range (self, self->selection_tag, start, end, TRUE);
  self->selection_start = start;
  self->selection_end = end;
}

static void
update_hover (DmTextBufferAdapter *self)
{
  GArray *sentences = dm_workspace_get_sentences (self->workspace);
  int index = dm_workspace_get_hovered_sentence (self->workspace);
  guint start = 0;
  guint end = 0;

  if (self->buffer == NULL)
    return;

  if (index >= 0 && sentences != NULL && (guint) index < sentences->len)
    {
      start = g_array_index (sentences, DmSentence, index).start;
      end = g_array_index (sentences, DmSentence, index).end;
    }

  if (start == self->hover_start && end == self->hover_end)
    return;

  tag_range (self, self->hover_tag, self->hover_start, self->hover_end, FALSE);
  tag_range (self, self->hover_tag, start, end, TRUE);
  self->hover_start = start;
  self->hover_end = end;
}

static void
stop_mentions (DmTextBufferAdapter *self)
{
  gboolean was_pending = self->mentions_cancellable != NULL || self->mentions_idle_id != 0;

  g_cancellable_cancel (self->mentions_cancellable);
  g_clear_object (&self->mentions_cancellable);
  g_clear_handle_id (&self->mentions_idle_id, g_source_remove);
  g_clear_pointer (&self->mentions, g_ptr_array_unref);
  self->mentions_applied = 0;

  if (was_pending)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTIONS_PENDING]);
}

static void
clear_mentions (DmTextBufferAdapter *self)
{
  GtkTextIter start;
  GtkTextIter end;

  stop_mentions (self);

  if (self->buffer != NULL && self->mentions_done)
    {
      gtk_text_buffer_get_bounds (self->buffer, &start, &end);
      gtk_text_buffer_remove_tag (self->buffer, self->mention_tag, &start, &end);
    }

  self->mentions_done = FALSE;
}

static void find_mentions_thread (GTask        *task,
                                  gpointer      source_object,
                                  gpointer      task_data,
                                  GCancellable *cancellable);
static void mentions_found_cb    (GObject      *object,
                                  GAsyncResult *result,
                                  gpointer      user_data);

static void
start_mentions (DmTextBufferAdapter *self)
{
  DmArticle *article = dm_workspace_get_article (self->workspace);
  g_autoptr(GTask) task = NULL;
  MentionJob *job;
  GWeakRef *weak;

  clear_mentions (self);

  if (!self->show_mentions || article == NULL || self->buffer == NULL)
    return;

  /* The finder is immutable, so it may scan in a thread; the text is a
   * copy the thread owns. */
  job = g_new0 (MentionJob, 1);
  job->finder = g_object_ref (dm_workspace_get_mention_finder (self->workspace));
  job->text = g_strdup (dm_article_get_body (article));

  /* The task holds the adapter only weakly: a window closed while the
   * thread runs must not keep its workspace and store alive. */
  weak = g_new0 (GWeakRef, 1);
  g_weak_ref_init (weak, self);

  self->mentions_cancellable = g_cancellable_new ();
  task = g_task_new (NULL, self->mentions_cancellable, mentions_found_cb, weak);
  g_task_set_source_tag (task, start_mentions);
  g_task_set_task_data (task, job, (GDestroyNotify) mention_job_free);
  g_task_run_in_thread (task, find_mentions_thread);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTIONS_PENDING]);
}

static GtkTextBuffer *
create_buffer (DmTextBufferAdapter *self)
{
  GtkTextBuffer *buffer = gtk_text_buffer_new (NULL);
  GdkRGBA hover = { 0.208f, 0.518f, 0.894f, 0.10f };
  GdkRGBA mention = { 0.0f, 0.0f, 0.0f, 0.35f };
  GdkRGBA selection = { 0.208f, 0.518f, 0.894f, 0.32f };

  /* Read-only text: nothing to undo, and no copy of 2 MB kept for it. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);

  /* Created in order of priority, lowest first: the hover and the mention
   * underline give way to highlights, and the selection covers all. */
  self->hover_tag = gtk_text_buffer_create_tag (buffer, "dm-hover",
                                                "background-rgba", &hover,
                                                NULL);
  self->mention_tag = gtk_text_buffer_create_tag (buffer, "dm-mention",
                                                  "underline", PANGO_UNDERLINE_SINGLE,
                                                  "underline-rgba", &mention,
                                                  NULL);
  self->key_tag = gtk_text_buffer_create_tag (buffer, "dm-key-quote",
                                              "weight", PANGO_WEIGHT_BOLD,
                                              NULL);
  self->selection_tag = gtk_text_buffer_create_tag (buffer, "dm-selection",
                                                    "background-rgba", &selection,
                                                    NULL);
  g_object_set_data (G_OBJECT (self->key_tag), "dm-highlight", GINT_TO_POINTER (1));

  return buffer;
}

/* Builds the new article's buffer whole before handing it to the views. */
static void
reload (DmTextBufferAdapter *self)
{
  DmArticle *article = dm_workspace_get_article (self->workspace);
  g_autoptr(GtkTextBuffer) buffer = NULL;

  stop_mentions (self);
  self->mentions_done = FALSE;
  g_clear_handle_id (&self->paint_idle_id, g_source_remove);

  /* The tags of the old buffer go with it. */
  for (guint i = 0; i < self->colours->len; i++)
    {
      Colour *colour = g_ptr_array_index (self->colours, i);

      colour->background[0] = colour->background[1] = colour->underline = NULL;
    }

  self->selection_start = self->selection_end = 0;
  self->hover_start = self->hover_end = 0;

  buffer = create_buffer (self);
  g_set_object (&self->buffer, buffer);

  if (article != NULL)
    {
      const char *body = dm_article_get_body (article);

      gtk_text_buffer_set_text (buffer, body != NULL ? body : "", -1);
      load_spans (self);
      update_selection (self);
      update_hover (self);
    }
  else
    {
      g_array_set_size (self->spans, 0);
    }

  /* The view opens at the top: paint that now, the rest when idle. */
  self->paint_hint = 0;
  reset_blocks (self);
  ensure_painted (self, 0, BLOCK_CHARS);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUFFER]);

  start_mentions (self);
}

/* }}} */

/* Callbacks {{{ */

static void
find_mentions_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  MentionJob *job = task_data;
  GPtrArray *mentions;

  mentions = dm_mention_finder_find (job->finder, job->text != NULL ? job->text : "", -1);

  g_task_return_pointer (task, mentions, (GDestroyNotify) g_ptr_array_unref);
}

static gboolean
apply_mentions_cb (gpointer user_data)
{
  DmTextBufferAdapter *self = user_data;
  guint last;

  g_assert (DM_IS_TEXT_BUFFER_ADAPTER (self));

  last = MIN (self->mentions->len, self->mentions_applied + MENTIONS_PER_CHUNK);
  for (; self->mentions_applied < last; self->mentions_applied++)
    {
      const DmMention *mention = g_ptr_array_index (self->mentions, self->mentions_applied);

      tag_range (self, self->mention_tag, mention->start, mention->end, TRUE);
    }

  if (self->mentions_applied < self->mentions->len)
    return G_SOURCE_CONTINUE;

  self->mentions_idle_id = 0;
  self->mentions_done = TRUE;
  g_clear_pointer (&self->mentions, g_ptr_array_unref);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MENTIONS_PENDING]);

  return G_SOURCE_REMOVE;
}

static void
mentions_found_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  GWeakRef *weak = user_data;
  g_autoptr(DmTextBufferAdapter) self = g_weak_ref_get (weak);
  g_autoptr(GPtrArray) mentions = NULL;
  GCancellable *cancellable = g_task_get_cancellable (G_TASK (result));

  g_assert (G_IS_TASK (result));

  g_weak_ref_clear (weak);
  g_free (weak);

  mentions = g_task_propagate_pointer (G_TASK (result), NULL);

  /* Gone, or a newer article or codebook took over. */
  if (self == NULL || g_cancellable_is_cancelled (cancellable) || cancellable != self->mentions_cancellable)
    return;

  g_clear_object (&self->mentions_cancellable);
  self->mentions = g_steal_pointer (&mentions);
  self->mentions_applied = 0;
  self->mentions_done = TRUE;

  /* Below redrawing, so that the text is on screen first. */
  self->mentions_idle_id = g_idle_add_full (G_PRIORITY_LOW, apply_mentions_cb, self, NULL);
}

static void
annotations_changed_cb (DmTextBufferAdapter *self,
                        guint                position,
                        guint                removed,
                        guint                added,
                        GListModel          *model)
{
  g_autoptr(GArray) fresh = g_array_sized_new (FALSE, FALSE, sizeof (Span), added);
  guint dirty_start = G_MAXUINT;
  guint dirty_end = 0;

  g_assert (DM_IS_TEXT_BUFFER_ADAPTER (self));
  g_assert (G_IS_LIST_MODEL (model));

  if (model != self->annotations || self->buffer == NULL)
    return;

  for (guint i = position; i < position + removed && i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);

      extend_range (&dirty_start, &dirty_end, span->start, span->end);
    }

  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(DmAnnotation) annotation = g_list_model_get_item (model, i);
      Span span = span_for_annotation (self, annotation);

      g_array_append_val (fresh, span);
      extend_range (&dirty_start, &dirty_end, span.start, span.end);
    }

  g_array_remove_range (self->spans, MIN (position, self->spans->len),
                        MIN (removed, self->spans->len - MIN (position, self->spans->len)));
  g_array_insert_vals (self->spans, MIN (position, self->spans->len), fresh->data, fresh->len);

  repaint_highlights (self, dirty_start, dirty_end);
}

static void
actors_changed_cb (DmTextBufferAdapter *self,
                   guint                position,
                   guint                removed,
                   guint                added,
                   GListModel          *model)
{
  g_assert (DM_IS_TEXT_BUFFER_ADAPTER (self));

  /* Colours may have changed: repaint everything. */
  g_hash_table_remove_all (self->actor_colours);
  if (self->buffer == NULL || self->spans->len == 0)
    return;

  load_spans (self);
  repaint_highlights (self, 0, article_length (self));
}

static void
article_changed_cb (DmTextBufferAdapter *self,
                    GParamSpec          *pspec,
                    DmWorkspace         *workspace)
{
  GListModel *annotations = dm_workspace_get_annotations (workspace);

  g_assert (DM_IS_TEXT_BUFFER_ADAPTER (self));

  if (self->annotations != annotations)
    {
      if (self->annotations != NULL)
        g_signal_handlers_disconnect_by_func (self->annotations, annotations_changed_cb, self);

      g_set_object (&self->annotations, annotations);

      if (self->annotations != NULL)
        g_signal_connect_object (self->annotations, "items-changed",
                                 G_CALLBACK (annotations_changed_cb), self, G_CONNECT_SWAPPED);
    }

  reload (self);
}

static void
selection_changed_cb (DmTextBufferAdapter *self,
                      GParamSpec          *pspec,
                      DmWorkspace         *workspace)
{
  g_assert (DM_IS_TEXT_BUFFER_ADAPTER (self));

  update_selection (self);
}

static void
hovered_sentence_changed_cb (DmTextBufferAdapter *self,
                             GParamSpec          *pspec,
                             DmWorkspace         *workspace)
{
  g_assert (DM_IS_TEXT_BUFFER_ADAPTER (self));

  update_hover (self);
}

static void
mention_finder_changed_cb (DmTextBufferAdapter *self,
                           GParamSpec          *pspec,
                           DmWorkspace         *workspace)
{
  g_assert (DM_IS_TEXT_BUFFER_ADAPTER (self));

  if (self->show_mentions && (self->mentions_done || self->mentions_cancellable != NULL))
    start_mentions (self);
}

/* }}} */

/* GObject {{{ */

static void
dm_text_buffer_adapter_constructed (GObject *object)
{
  DmTextBufferAdapter *self = DM_TEXT_BUFFER_ADAPTER (object);

  G_OBJECT_CLASS (dm_text_buffer_adapter_parent_class)->constructed (object);

  g_return_if_fail (DM_IS_WORKSPACE (self->workspace));

  g_signal_connect_object (self->workspace, "notify::article",
                           G_CALLBACK (article_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "notify::has-selection",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "notify::selection-start",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "notify::selection-end",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "notify::hovered-sentence",
                           G_CALLBACK (hovered_sentence_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->workspace, "notify::mention-finder",
                           G_CALLBACK (mention_finder_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dm_workspace_get_actors (self->workspace), "items-changed",
                           G_CALLBACK (actors_changed_cb), self, G_CONNECT_SWAPPED);

  article_changed_cb (self, NULL, self->workspace);
}

static void
dm_text_buffer_adapter_dispose (GObject *object)
{
  DmTextBufferAdapter *self = DM_TEXT_BUFFER_ADAPTER (object);

  stop_mentions (self);
  g_clear_handle_id (&self->paint_idle_id, g_source_remove);
  g_clear_object (&self->annotations);
  g_clear_object (&self->buffer);
  g_clear_object (&self->workspace);

  G_OBJECT_CLASS (dm_text_buffer_adapter_parent_class)->dispose (object);
}

static void
dm_text_buffer_adapter_finalize (GObject *object)
{
  DmTextBufferAdapter *self = DM_TEXT_BUFFER_ADAPTER (object);

  g_clear_pointer (&self->spans, g_array_unref);
  g_clear_pointer (&self->painted, g_byte_array_unref);
  g_clear_pointer (&self->colours, g_ptr_array_unref);
  g_clear_pointer (&self->colour_index, g_hash_table_unref);
  g_clear_pointer (&self->actor_colours, g_hash_table_unref);

  G_OBJECT_CLASS (dm_text_buffer_adapter_parent_class)->finalize (object);
}

static void
dm_text_buffer_adapter_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  DmTextBufferAdapter *self = DM_TEXT_BUFFER_ADAPTER (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      g_value_set_object (value, self->workspace);
      break;

    case PROP_BUFFER:
      g_value_set_object (value, self->buffer);
      break;

    case PROP_SHOW_MENTIONS:
      g_value_set_boolean (value, self->show_mentions);
      break;

    case PROP_MENTIONS_PENDING:
      g_value_set_boolean (value, dm_text_buffer_adapter_get_mentions_pending (self));
      break;

    case PROP_HIGHLIGHTS_PENDING:
      g_value_set_boolean (value, self->n_unpainted > 0);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_text_buffer_adapter_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  DmTextBufferAdapter *self = DM_TEXT_BUFFER_ADAPTER (object);

  switch (prop_id)
    {
    case PROP_WORKSPACE:
      self->workspace = g_value_dup_object (value);
      break;

    case PROP_SHOW_MENTIONS:
      dm_text_buffer_adapter_set_show_mentions (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dm_text_buffer_adapter_class_init (DmTextBufferAdapterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dm_text_buffer_adapter_constructed;
  object_class->dispose = dm_text_buffer_adapter_dispose;
  object_class->finalize = dm_text_buffer_adapter_finalize;
  object_class->get_property = dm_text_buffer_adapter_get_property;
  object_class->set_property = dm_text_buffer_adapter_set_property;

  properties[PROP_WORKSPACE] =
    g_param_spec_object ("workspace", NULL, NULL,
                         DM_TYPE_WORKSPACE,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * DmTextBufferAdapter:buffer:
   *
   * The current article's text with its highlights; a new buffer for
   * every article.
   */
  properties[PROP_BUFFER] =
    g_param_spec_object ("buffer", NULL, NULL,
                         GTK_TYPE_TEXT_BUFFER,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_SHOW_MENTIONS] =
    g_param_spec_boolean ("show-mentions", NULL, NULL,
                          FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmTextBufferAdapter:mentions-pending:
   *
   * Whether mentions are still being found or underlined.
   */
  properties[PROP_MENTIONS_PENDING] =
    g_param_spec_boolean ("mentions-pending", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * DmTextBufferAdapter:highlights-pending:
   *
   * Whether parts of the text are still to be highlighted (in idle time).
   */
  properties[PROP_HIGHLIGHTS_PENDING] =
    g_param_spec_boolean ("highlights-pending", NULL, NULL,
                          FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dm_text_buffer_adapter_init (DmTextBufferAdapter *self)
{
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->painted = g_byte_array_new ();
  self->colours = g_ptr_array_new_with_free_func ((GDestroyNotify) colour_free);
  self->colour_index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->actor_colours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* }}} */

/* Public API {{{ */

DmTextBufferAdapter *
dm_text_buffer_adapter_new (DmWorkspace *workspace)
{
  g_return_val_if_fail (DM_IS_WORKSPACE (workspace), NULL);

  return g_object_new (DM_TYPE_TEXT_BUFFER_ADAPTER,
                       "workspace", workspace,
                       NULL);
}

DmWorkspace *
dm_text_buffer_adapter_get_workspace (DmTextBufferAdapter *self)
{
  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), NULL);

  return self->workspace;
}

/**
 * dm_text_buffer_adapter_get_buffer:
 *
 * Returns: (transfer none): the current article's buffer
 */
GtkTextBuffer *
dm_text_buffer_adapter_get_buffer (DmTextBufferAdapter *self)
{
  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), NULL);

  return self->buffer;
}

gboolean
dm_text_buffer_adapter_get_show_mentions (DmTextBufferAdapter *self)
{
  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), FALSE);

  return self->show_mentions;
}

/**
 * dm_text_buffer_adapter_set_show_mentions:
 *
 * Underlines the codebook's actors where the text names them, or stops.
 */
void
dm_text_buffer_adapter_set_show_mentions (DmTextBufferAdapter *self,
                                          gboolean             show_mentions)
{
  g_return_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self));

  show_mentions = !!show_mentions;
  if (self->show_mentions == show_mentions)
    return;

  self->show_mentions = show_mentions;

  if (show_mentions)
    start_mentions (self);
  else
    clear_mentions (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_MENTIONS]);
}

/**
 * dm_text_buffer_adapter_get_iter_at_offset:
 * @offset: a code point of the article body
 */
void
dm_text_buffer_adapter_get_iter_at_offset (DmTextBufferAdapter *self,
                                           GtkTextIter         *iter,
                                           guint                offset)
{
  g_return_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self));
  g_return_if_fail (iter != NULL);

  get_iter (self, iter, offset);
}

/**
 * dm_text_buffer_adapter_get_offset:
 *
 * Returns: the code point of the article body at @iter
 */
guint
dm_text_buffer_adapter_get_offset (DmTextBufferAdapter *self,
                                   const GtkTextIter   *iter)
{
  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), 0);
  g_return_val_if_fail (iter != NULL, 0);

  return (guint) gtk_text_iter_get_offset (iter);
}

void
dm_text_buffer_adapter_get_span (DmTextBufferAdapter *self,
                                 guint                start,
                                 guint                end,
                                 GtkTextIter         *start_iter,
                                 GtkTextIter         *end_iter)
{
  g_return_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self));

  get_iter (self, start_iter, start);
  get_iter (self, end_iter, end);
}

/**
 * dm_text_buffer_adapter_ensure_painted:
 * @start: the first code point shown
 * @end: the code point after the last one shown
 *
 * Highlights [@start, @end) now if it is not yet, and paints the rest of
 * the text outward from there. The view calls it with what it shows.
 */
void
dm_text_buffer_adapter_ensure_painted (DmTextBufferAdapter *self,
                                       guint                start,
                                       guint                end)
{
  g_return_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self));

  self->paint_hint = start;
  ensure_painted (self, start, end);
}

gboolean
dm_text_buffer_adapter_get_highlights_pending (DmTextBufferAdapter *self)
{
  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), FALSE);

  return self->n_unpainted > 0;
}

/**
 * dm_text_buffer_adapter_lookup_actor_tag:
 *
 * Returns: (transfer none) (nullable): the tag highlighting annotations
 *   whose first actor is @actor_uuid, where they do not overlap others
 */
GtkTextTag *
dm_text_buffer_adapter_lookup_actor_tag (DmTextBufferAdapter *self,
                                         const char          *actor_uuid)
{
  Colour *colour;

  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), NULL);

  colour = g_ptr_array_index (self->colours, intern_colour (self, actor_uuid));

  return colour->background[0];
}

/**
 * dm_text_buffer_adapter_has_highlight_at:
 *
 * Returns: whether the character at @offset is painted as annotated
 */
gboolean
dm_text_buffer_adapter_has_highlight_at (DmTextBufferAdapter *self,
                                         guint                offset)
{
  g_autoptr(GSList) tags = NULL;
  GtkTextIter iter;

  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), FALSE);

  if (self->buffer == NULL)
    return FALSE;

  ensure_painted (self, offset, offset + 1);
  get_iter (self, &iter, offset);
  tags = gtk_text_iter_get_tags (&iter);

  for (const GSList *l = tags; l != NULL; l = l->next)
    if (l->data != self->key_tag && g_object_get_data (l->data, "dm-highlight") != NULL)
      return TRUE;

  return FALSE;
}

gboolean
dm_text_buffer_adapter_is_key_quote_at (DmTextBufferAdapter *self,
                                        guint                offset)
{
  GtkTextIter iter;

  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), FALSE);

  if (self->buffer == NULL)
    return FALSE;

  ensure_painted (self, offset, offset + 1);
  get_iter (self, &iter, offset);

  return gtk_text_iter_has_tag (&iter, self->key_tag);
}

GtkTextTag *
dm_text_buffer_adapter_get_selection_tag (DmTextBufferAdapter *self)
{
  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), NULL);

  return self->selection_tag;
}

GtkTextTag *
dm_text_buffer_adapter_get_hover_tag (DmTextBufferAdapter *self)
{
  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), NULL);

  return self->hover_tag;
}

GtkTextTag *
dm_text_buffer_adapter_get_mention_tag (DmTextBufferAdapter *self)
{
  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), NULL);

  return self->mention_tag;
}

gboolean
dm_text_buffer_adapter_get_mentions_pending (DmTextBufferAdapter *self)
{
  g_return_val_if_fail (DM_IS_TEXT_BUFFER_ADAPTER (self), FALSE);

  return self->mentions_cancellable != NULL || self->mentions_idle_id != 0;
}

/* }}} */
