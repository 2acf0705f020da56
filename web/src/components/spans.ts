/**
 * @module web/components/spans
 * Highlight spans as plain data: the evidence spans of an event, and the cutting of a text at every span
 * boundary. No imports, so the tests can run it as it is.
 */

/** How strongly a role shows when spans overlap. */
const PRIORITY = { trigger: 3, source: 2, target: 1 } as const;

/** The parts of an event record the spans come from (the JSONL contract's offsets). */
export interface SpannedEvent {
  id: string;
  source: { start: number; end: number };
  trigger: { start: number; end: number };
  target: { start: number; end: number } | null;
}

/** What a span marks. */
export type SpanRole = 'source' | 'trigger' | 'target';

/** A highlighted span: character offsets into the text, end exclusive. */
export interface Span {
  start: number;
  end: number;
  role: SpanRole;
  /** The event the span belongs to. */
  eventId: string;
}

/** The source, trigger and target spans of an event, shifted by `offset` (the sentence's place in a story). */
export function eventSpans(event: SpannedEvent, offset = 0): Span[] {
  const spans: Span[] = [
    { start: event.source.start + offset, end: event.source.end + offset, role: 'source', eventId: event.id },
    { start: event.trigger.start + offset, end: event.trigger.end + offset, role: 'trigger', eventId: event.id },
  ];
  if (event.target) spans.push({ start: event.target.start + offset, end: event.target.end + offset, role: 'target', eventId: event.id });
  return spans;
}

/** One piece of the text: plain (`spans` empty) or covered by the spans listed, strongest role first. */
export interface Segment {
  start: number;
  end: number;
  spans: Span[];
}

/**
 * Cut `length` characters at every span boundary. Spans outside the text are clipped or dropped.
 *
 * @example
 * segments(10, [{ start: 2, end: 5, role: 'source', eventId: 'e' }]) // → [0,2) plain, [2,5) source, [5,10) plain
 */
export function segments(length: number, spans: readonly Span[]): Segment[] {
  const valid = spans
    .map((s) => ({ ...s, start: Math.max(0, s.start), end: Math.min(length, s.end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set<number>([0, length]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, spans: valid.filter((s) => s.start <= start && s.end >= end).sort((a, b) => PRIORITY[b.role] - PRIORITY[a.role]) });
  }
  return out;
}

