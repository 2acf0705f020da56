/**
 * @module cli/format
 * Output formats of `lucca code`: JSONL (the contract), TSV (PETRARCH/Phoenix column order), PLOVER JSON
 * (POLECAT-style records) and a human-readable table.
 */
import type { ActorRecord, EventRecord } from '../model/record.js';

/** The formats `--format` accepts. */
export const FORMATS = ['table', 'jsonl', 'tsv', 'plover'] as const;
/** One of {@link FORMATS}. */
export type Format = (typeof FORMATS)[number];

/** TSV header, PETRARCH/Phoenix order: date, source, target, code, then ids and Lucca's extras. */
export const TSV_HEADER = ['date', 'source', 'target', 'cameo', 'story_id', 'sentence_index', 'root', 'quad_class', 'goldstein', 'plover_type', 'plover_mode', 'trigger', 'event_id'].join('\t');

function clean(s: string): string {
  return s.replace(/[\t\n\r]+/g, ' ');
}

/** One TSV line. */
export function toTsv(e: EventRecord): string {
  return [
    (e.date ?? '').replace(/-/g, ''), e.source.code, e.target?.code ?? '---', e.cameo.code, e.story_id, String(e.sentence_index),
    e.cameo.root, String(e.cameo.quad_class), e.cameo.goldstein.toFixed(1), e.plover.type, e.plover.mode ?? '', clean(e.trigger.text), e.id,
  ].join('\t');
}

/** One PLOVER/POLECAT-style JSON record. */
export function toPlover(e: EventRecord): string {
  return JSON.stringify({
    id: e.id,
    date: e.date,
    event_type: e.plover.type,
    mode: e.plover.mode ?? '',
    context: [],
    actor: e.source.text,
    actor_country: e.source.country ?? '',
    actor_code: e.source.code,
    recipient: e.target?.text ?? '',
    recipient_country: e.target?.country ?? '',
    recipient_code: e.target?.code ?? '',
    event_text: e.sentence,
    trigger: e.trigger.text,
    story_id: e.story_id,
    cameo: e.cameo.code,
  });
}

function actorCell(a: ActorRecord | null): string {
  if (!a) return '—';
  return `${a.code} (${a.text.length > 28 ? a.text.slice(0, 27) + '…' : a.text})`;
}

/** Rows of the human-readable table (without header). */
export function toTableRow(e: EventRecord): string[] {
  const flags = [e.modality !== 'asserted' ? e.modality : '', e.negated ? 'negated' : ''].filter(Boolean).join(',');
  return [e.date ?? '', `${e.story_id}#${e.sentence_index}`, actorCell(e.source), actorCell(e.target), `${e.cameo.code} ${e.cameo.label}`.slice(0, 40), e.plover.type, e.trigger.text, flags];
}

/** Render rows as an aligned text table. */
export function renderTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Table header. */
export const TABLE_HEADER = ['date', 'sentence', 'source', 'target', 'cameo', 'plover', 'trigger', 'notes'];
