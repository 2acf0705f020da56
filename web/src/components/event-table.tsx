/**
 * @module web/components/event-table
 * The events of the filter, a page at a time (the API's cursor), newest first. Picking a row opens its
 * story.
 */
import { useState } from 'react';
import type { EventPage, EventRecord } from '../api/types';
import { useApi } from '../api/use-api';
import { eventsUrl, PAGE_SIZE } from '../api/urls';
import type { Filters } from '../state/filters';
import { EventHeader, EventRows } from './event-rows';
import { HighlightLegend } from './highlight';

/** Props of {@link EventTable}. */
export interface EventTableProps {
  filters: Filters;
  onOpen: (event: EventRecord) => void;
  current?: string;
  /** Dated events of the filter (from the timeline), shown as the total when known. */
  total?: number;
}

/** The paginated event table (give it `key={JSON.stringify(filters)}` so a new filter starts at page 1). */
export function EventTable({ filters, onOpen, current, total }: EventTableProps) {
  // cursors[i] is the cursor of page i (undefined for the first). The parent remounts the table (React
  // `key`) when the filter changes, which starts it again at page 1.
  const [page, setPage] = useState<{ cursors: Array<string | undefined>; index: number }>({ cursors: [undefined], index: 0 });
  const { index } = page;
  const cursor = page.cursors[index];
  const { data, error, loading, url } = useApi<EventPage>(eventsUrl(filters, cursor));
  const events = data?.events ?? [];
  const first = index * PAGE_SIZE;

  const next = () => {
    if (!data?.next) return;
    const cursors = page.cursors.slice(0, index + 1);
    cursors.push(data.next);
    setPage({ cursors, index: index + 1 });
  };
  const previous = () => setPage({ ...page, index: Math.max(0, index - 1) });

  return (
    <section className="panel events" aria-labelledby="events-heading" aria-busy={loading} data-url={url ?? ''}>
      <div className="panel-head">
        <h2 id="events-heading">Events</h2>
        <p className="muted" aria-live="polite">
          {events.length ? `${first + 1}–${first + events.length}` : data ? 'none' : 'loading…'}
          {total !== undefined ? ` of ${total.toLocaleString('en')} dated events` : ''}
        </p>
        <HighlightLegend />
      </div>
      {error ? <p role="alert" className="error">{error}</p> : null}
      {data && events.length === 0 ? <p className="empty">No event matches this filter.</p> : null}
      {events.length ? (
        <div className="table-wrap">
          <table className="event-table">
            <caption className="visually-hidden">Events matching the filter, newest first; pick a row to read its story</caption>
            <EventHeader />
            <EventRows events={events} onOpen={onOpen} current={current} />
          </table>
        </div>
      ) : null}
      <nav className="pager" aria-label="Event pages">
        <button type="button" onClick={previous} disabled={index === 0 || loading}>← Previous</button>
        <span className="muted">page {index + 1}</span>
        <button type="button" onClick={next} disabled={!data?.next || loading}>Next →</button>
      </nav>
    </section>
  );
}
