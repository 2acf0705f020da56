/**
 * @module store/write
 * Writing coded stories into SQLite: a story row, its sentences (indexed by FTS5 through triggers), its
 * events (one column per contract field, plus the whole record), and the actor counts. The functions
 * here run inside a transaction their caller opens.
 */
import type { Database } from 'better-sqlite3';
import type { StoryResult } from '../pipeline/coder.js';
import type { ActorRecord, EventRecord } from '../model/record.js';
import type { Story } from '../model/story.js';
import type { StoredSentence } from './event-store.js';

/**
 * The sentences of a coded story: every sentence of the trace (when coded with `{ trace: true }`),
 * plus the sentence of every event that the trace does not hold. An event's sentence that cannot be
 * found in the story text gets offset -1.
 */
export function sentencesOf(story: Story, result: StoryResult): StoredSentence[] {
  const byIndex = new Map<number, StoredSentence>();
  for (const t of result.trace ?? []) {
    const s = t.analysed.sentence;
    byIndex.set(s.index, { index: s.index, offset: s.offset, text: s.text });
  }
  for (const e of result.events) {
    if (!byIndex.has(e.sentence_index)) byIndex.set(e.sentence_index, { index: e.sentence_index, offset: story.text.indexOf(e.sentence), text: e.sentence });
  }
  return [...byIndex.values()].sort((a, b) => a.index - b.index);
}

/** Per actor code: events as source and as target to add (negative to remove). */
type ActorDeltas = Map<string, { name: string | null; country: string | null; kind: string | null; src: number; tgt: number }>;

function addDelta(deltas: ActorDeltas, a: { code: string; name: string | null; country: string | null; kind: string | null }, src: number, tgt: number): void {
  const d = deltas.get(a.code);
  if (d) {
    d.src += src;
    d.tgt += tgt;
    d.name ??= a.name;
  } else deltas.set(a.code, { name: a.name, country: a.country, kind: a.kind, src, tgt });
}

function actorColumns(prefix: 'source' | 'target', a: ActorRecord | null): Record<string, unknown> {
  return {
    [`${prefix}_code`]: a?.code ?? null,
    [`${prefix}_country`]: a?.country ?? null,
    [`${prefix}_agents`]: a ? JSON.stringify(a.agents) : null,
    [`${prefix}_org`]: a?.org ?? null,
    [`${prefix}_name`]: a?.name ?? null,
    [`${prefix}_kind`]: a?.kind ?? null,
    [`${prefix}_text`]: a?.text ?? null,
    [`${prefix}_start`]: a?.start ?? null,
    [`${prefix}_end`]: a?.end ?? null,
  };
}

/** Column values of one event row. */
function eventRow(e: EventRecord, storyPk: number, sentencePk: number): Record<string, unknown> {
  return {
    id: e.id,
    story_pk: storyPk,
    sentence_pk: sentencePk,
    story_id: e.story_id,
    sentence_index: e.sentence_index,
    date: e.date ?? '',
    ...actorColumns('source', e.source),
    ...actorColumns('target', e.target),
    cameo_code: e.cameo.code,
    cameo_root: e.cameo.root,
    cameo_label: e.cameo.label,
    goldstein: e.cameo.goldstein,
    quad_class: e.cameo.quad_class,
    plover_type: e.plover.type,
    plover_mode: e.plover.mode,
    trigger_text: e.trigger.text,
    trigger_start: e.trigger.start,
    trigger_end: e.trigger.end,
    negated: e.negated ? 1 : 0,
    modality: e.modality,
    confidence: e.confidence,
    record: JSON.stringify(e),
  };
}

const EVENT_COLUMNS = [
  'id', 'story_pk', 'sentence_pk', 'story_id', 'sentence_index', 'date',
  ...['source', 'target'].flatMap((p) => ['code', 'country', 'agents', 'org', 'name', 'kind', 'text', 'start', 'end'].map((c) => `${p}_${c}`)),
  'cameo_code', 'cameo_root', 'cameo_label', 'goldstein', 'quad_class', 'plover_type', 'plover_mode',
  'trigger_text', 'trigger_start', 'trigger_end', 'negated', 'modality', 'confidence', 'record',
];

/** Prepared writes over one database. */
export interface Writer {
  /** The primary key of the story with this id or this hash, or undefined. */
  findStory(id: string | null, hash: string | null): number | undefined;
  /** Insert a new story row; returns its primary key. */
  insertStory(story: Story, hash: string, result: StoryResult, sentences: number): number;
  /** Insert the sentences and events of a story and count its actors. */
  insertCoding(storyPk: number, sentences: StoredSentence[], events: EventRecord[]): void;
  /** Remove the sentences and events of a story and uncount its actors (before recoding it). */
  removeCoding(storyPk: number): void;
  /** Record a new coding's counts and warnings on the story row. */
  updateStory(storyPk: number, result: StoryResult, sentences: number): void;
}

/** Prepare the writes of a store. */
export function createWriter(db: Database): Writer {
  const find = db.prepare('SELECT pk FROM stories WHERE id = ? OR hash = ? LIMIT 1').pluck();
  const insertStory = db.prepare(`INSERT INTO stories (id, hash, date, title, url, outlet, origin, text, sentence_count, event_count, warnings, added_at, coded_at)
    VALUES (@id, @hash, @date, @title, @url, @outlet, @origin, @text, @sentence_count, @event_count, @warnings, @now, @now)`);
  const updateStory = db.prepare('UPDATE stories SET sentence_count = ?, event_count = ?, warnings = ?, coded_at = ? WHERE pk = ?');
  const insertSentence = db.prepare('INSERT INTO sentences (story_pk, idx, char_offset, text) VALUES (?, ?, ?, ?)');
  const insertEvent = db.prepare(`INSERT INTO events (${EVENT_COLUMNS.join(', ')}) VALUES (${EVENT_COLUMNS.map((c) => '@' + c).join(', ')})`);
  const upsertActor = db.prepare(`INSERT INTO actors (code, name, country, kind, as_source, as_target) VALUES (@code, @name, @country, @kind, @src, @tgt)
    ON CONFLICT (code) DO UPDATE SET as_source = as_source + excluded.as_source, as_target = as_target + excluded.as_target,
      name = COALESCE(actors.name, excluded.name), country = COALESCE(actors.country, excluded.country), kind = COALESCE(actors.kind, excluded.kind)`);
  const dropUnused = db.prepare('DELETE FROM actors WHERE code = ? AND as_source <= 0 AND as_target <= 0');
  const eventActors = db.prepare(`SELECT source_code, source_name, source_country, source_kind, target_code, target_name, target_country, target_kind
    FROM events WHERE story_pk = ?`);
  const deleteEvents = db.prepare('DELETE FROM events WHERE story_pk = ?');
  const deleteSentences = db.prepare('DELETE FROM sentences WHERE story_pk = ?');

  function applyDeltas(deltas: ActorDeltas): void {
    for (const [code, d] of deltas) {
      if (d.src === 0 && d.tgt === 0) continue;
      upsertActor.run({ code, name: d.name, country: d.country, kind: d.kind, src: d.src, tgt: d.tgt });
      if (d.src < 0 || d.tgt < 0) dropUnused.run(code);
    }
  }

  return {
    findStory(id, hash) {
      return find.get(id, hash) as number | undefined;
    },
    insertStory(story, hash, result, sentences) {
      const info = insertStory.run({
        id: story.id, hash, date: story.date, title: story.title ?? null, url: story.url ?? null, outlet: story.outlet ?? null,
        origin: story.origin ?? null, text: story.text, sentence_count: sentences, event_count: result.events.length,
        warnings: JSON.stringify(result.warnings), now: new Date().toISOString(),
      });
      return Number(info.lastInsertRowid);
    },
    insertCoding(storyPk, sentences, events) {
      const pkOf = new Map<number, number>();
      for (const s of sentences) pkOf.set(s.index, Number(insertSentence.run(storyPk, s.index, s.offset, s.text).lastInsertRowid));
      const deltas: ActorDeltas = new Map();
      for (const e of events) {
        insertEvent.run(eventRow(e, storyPk, pkOf.get(e.sentence_index)!));
        addDelta(deltas, e.source, 1, 0);
        if (e.target) addDelta(deltas, e.target, 0, 1);
      }
      applyDeltas(deltas);
    },
    removeCoding(storyPk) {
      const deltas: ActorDeltas = new Map();
      for (const r of eventActors.all(storyPk) as Array<Record<string, string | null>>) {
        addDelta(deltas, { code: r.source_code!, name: r.source_name, country: r.source_country, kind: r.source_kind }, -1, 0);
        if (r.target_code !== null) addDelta(deltas, { code: r.target_code, name: r.target_name, country: r.target_country, kind: r.target_kind }, 0, -1);
      }
      deleteEvents.run(storyPk);
      deleteSentences.run(storyPk);
      applyDeltas(deltas);
    },
    updateStory(storyPk, result, sentences) {
      updateStory.run(sentences, result.events.length, JSON.stringify(result.warnings), new Date().toISOString(), storyPk);
    },
  };
}
