/**
 * @module web/components/event-rows
 * Event records as table rows: date, source, CAMEO/PLOVER, target, and the evidence sentence with its
 * source, trigger and target highlighted. Shared by the event table and the "code this text" results.
 */
import type { ActorRecord } from '../../../src/model/record';
import type { EventRecord } from '../api/types';
import { eventSpans, Highlighted } from './highlight';

/** Names of the quad classes, by number. */
export const QUAD_NAMES: Record<number, string> = {
  1: 'Verbal cooperation',
  2: 'Material cooperation',
  3: 'Verbal conflict',
  4: 'Material conflict',
};

/** Props of {@link EventRows}. */
export interface EventRowsProps {
  events: readonly EventRecord[];
  /** Called when a row is picked (click, or Enter on its date button); rows are not pickable without it. */
  onOpen?: (event: EventRecord) => void;
  /** Id of the event to draw as current. */
  current?: string;
}

function Actor({ actor }: { actor: ActorRecord | null }) {
  if (!actor) return <span className="muted">—</span>;
  return (
    <>
      <code className="actor-code">{actor.code}</code>
      <span className="actor-text" title={actor.name ?? undefined}>{actor.text}</span>
    </>
  );
}

/** The header row that goes with {@link EventRows}. */
export function EventHeader() {
  return (
    <thead>
      <tr>
        <th scope="col">Date</th>
        <th scope="col">Source</th>
        <th scope="col">Event</th>
        <th scope="col">Target</th>
        <th scope="col">Evidence</th>
      </tr>
    </thead>
  );
}

/** The rows of a list of event records. */
export function EventRows({ events, onOpen, current }: EventRowsProps) {
  return (
    <tbody>
      {events.map((e) => (
        <tr
          key={e.id}
          className={`event-row quad-${e.cameo.quad_class}${onOpen ? ' pickable' : ''}${current === e.id ? ' current' : ''}`}
          data-event-id={e.id}
          data-source={e.source.code}
          data-target={e.target?.code ?? ''}
          onClick={onOpen ? () => onOpen(e) : undefined}
        >
          <td className="date">
            {onOpen ? (
              <button type="button" className="link" onClick={(ev) => { ev.stopPropagation(); onOpen(e); }} aria-label={`Open the story of event ${e.id}`}>
                {e.date ?? 'undated'}
              </button>
            ) : (e.date ?? 'undated')}
          </td>
          <td className="source"><Actor actor={e.source} /></td>
          <td className="code">
            <span className="cameo" title={`CAMEO ${e.cameo.code}: ${e.cameo.label}; Goldstein ${e.cameo.goldstein}`}>
              <code>{e.cameo.code}</code> {e.cameo.label}
            </span>
            <span className="plover">
              <span className={`quad-badge quad-${e.cameo.quad_class}`} title={QUAD_NAMES[e.cameo.quad_class]}>Q{e.cameo.quad_class}</span>{' '}
              {e.plover.type}{e.plover.mode ? <span className="muted"> / {e.plover.mode}</span> : null}
            </span>
            {e.negated || e.modality !== 'asserted' ? (
              <span className="flags">{[e.negated ? 'negated' : '', e.modality !== 'asserted' ? e.modality : ''].filter(Boolean).join(', ')}</span>
            ) : null}
          </td>
          <td className="target"><Actor actor={e.target} /></td>
          <td className="evidence"><Highlighted text={e.sentence} spans={eventSpans(e)} /></td>
        </tr>
      ))}
    </tbody>
  );
}
