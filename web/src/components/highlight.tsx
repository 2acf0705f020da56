/**
 * @module web/components/highlight
 * Text with highlighted spans: the evidence of an event (source, trigger, target) marked in its
 * sentence or in the whole story. Spans may overlap; each piece of text takes the role of the span with
 * the highest priority that covers it (trigger, then source, then target).
 */
import type { ReactNode } from 'react';
import { segments, type Span, type SpanRole } from './spans';

export { eventSpans, segments, type Span, type SpanRole } from './spans';

const ROLE_LABEL: Record<SpanRole, string> = { source: 'source actor', trigger: 'event trigger', target: 'target actor' };

/** Props of {@link Highlighted}. */
export interface HighlightedProps {
  text: string;
  spans: readonly Span[];
  /** Spans of this event are drawn as selected. */
  selectedEvent?: string;
}

/** The text with its spans as `<mark>` elements (class `hl-source`, `hl-trigger`, `hl-target`). */
export function Highlighted({ text, spans, selectedEvent }: HighlightedProps) {
  const parts: ReactNode[] = [];
  for (const seg of segments(text.length, spans)) {
    const piece = text.slice(seg.start, seg.end);
    if (seg.spans.length === 0) {
      parts.push(piece);
      continue;
    }
    const top = seg.spans[0];
    const selected = selectedEvent !== undefined && seg.spans.some((s) => s.eventId === selectedEvent);
    const roles = [...new Set(seg.spans.map((s) => ROLE_LABEL[s.role]))].join(', ');
    parts.push(
      <mark key={seg.start} className={`hl hl-${top.role}${selected ? ' hl-selected' : ''}`} title={roles} data-role={top.role} data-event={seg.spans.map((s) => s.eventId).join(' ')}>
        {piece}
      </mark>,
    );
  }
  return <>{parts}</>;
}

/** The colour key of the highlights. */
export function HighlightLegend() {
  return (
    <p className="legend" aria-label="Highlight key">
      <mark className="hl hl-source">source</mark> <mark className="hl hl-trigger">trigger</mark> <mark className="hl hl-target">target</mark>
    </p>
  );
}
