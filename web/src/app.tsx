/**
 * @module web/app
 * The dashboard: filter bar, timeline, actor network, event table, story view and "code this text".
 * The filter, timeline interval and open story live in the URL; each panel asks the API only for what
 * it shows (one page of events, the series, the top 50 actors).
 */
import { useCallback } from 'react';
import { apiUrl } from './api/client';
import type { EventRecord, Network as NetworkData, Series } from './api/types';
import { useApi } from './api/use-api';
import { networkUrl, seriesUrl } from './api/urls';
import { CodeBox } from './components/code-box';
import { EventTable } from './components/event-table';
import { FilterBar } from './components/filter-bar';
import { Network } from './components/network';
import { StoryView } from './components/story-view';
import { Timeline } from './components/timeline';
import { EMPTY_FILTERS, isEmptyFilter, type Filters } from './state/filters';
import { useViewState } from './state/use-view-state';

/** The whole dashboard. */
export function App() {
  const [view, setView] = useViewState();
  const { filters, interval } = view;
  const series = useApi<Series>(seriesUrl(filters, interval));
  const network = useApi<NetworkData>(networkUrl(filters));

  const applyFilters = useCallback((next: Filters) => setView({ ...view, filters: next, story: '', event: '' }), [view, setView]);
  const openEvent = useCallback((e: EventRecord) => setView({ ...view, story: e.story_id, event: e.id }), [view, setView]);
  const selectedActors = [filters.actor, filters.source, filters.target].filter((c) => c && !c.endsWith('*'));
  const total = series.data && !series.loading ? series.data.points.reduce((n, p) => n + p.count, 0) : undefined;

  return (
    <>
      <a className="skip" href="#events-heading">Skip to the events</a>
      <header className="top">
        <h1>Lucca</h1>
        <p className="tagline">Who did what to whom, from the news — coded events with their evidence.</p>
        <nav aria-label="API">
          <a href="/docs">API docs</a> · <a href={apiUrl('/api/export', { ...filters, format: 'csv' })}>Export CSV</a> · <a href={apiUrl('/api/export', filters)}>JSONL</a>
        </nav>
      </header>
      <main>
        <FilterBar filters={filters} onApply={applyFilters} />
        {!isEmptyFilter(filters) ? (
          <p className="active-filter">
            Filtered: {Object.entries(filters).filter(([, v]) => v).map(([k, v]) => `${k} = ${v}`).join(', ')}{' '}
            <button type="button" className="link" onClick={() => applyFilters(EMPTY_FILTERS)}>show everything</button>
          </p>
        ) : null}
        <div className="overview">
          <Timeline
            series={series}
            interval={interval}
            onInterval={(i) => setView({ ...view, interval: i }, 'replace')}
            onRange={(from, to) => applyFilters({ ...filters, from, to })}
          />
          <Network network={network} selected={selectedActors} onActor={(code) => applyFilters({ ...filters, actor: code })} />
        </div>
        <EventTable key={JSON.stringify(filters)} filters={filters} onOpen={openEvent} current={view.event} total={total} />
        <CodeBox />
      </main>
      {view.story ? (
        <StoryView
          key={view.story}
          storyId={view.story}
          eventId={view.event}
          onEvent={(id) => setView({ ...view, event: id }, 'replace')}
          onClose={() => setView({ ...view, story: '', event: '' })}
        />
      ) : null}
    </>
  );
}
