/**
 * @module web/components/timeline
 * The timeline panel: events of the filter per day, week or month by quad class, with the mean
 * Goldstein value (`/api/series`). Clicking a period narrows the dates to it. The chart library loads
 * after the first paint; a text summary says what the chart shows.
 */
import { useEffect, useRef, useState } from 'react';
import type { Series, SeriesInterval } from '../api/types';
import type { ApiState } from '../api/use-api';
import { loadTimelineChart } from './chunks';
import type { TimelineChart } from './timeline-chart';
import { periodRange } from '../state/periods';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  series: ApiState<Series>;
  interval: SeriesInterval;
  onInterval: (interval: SeriesInterval) => void;
  /** Called with the first and last day of a clicked period. */
  onRange: (from: string, to: string) => void;
}

/** The timeline panel. */
export function Timeline({ series, interval, onInterval, onRange }: TimelineProps) {
  const el = useRef<HTMLDivElement>(null);
  const chart = useRef<TimelineChart | null>(null);
  const [chartError, setChartError] = useState<string>();
  const latest = useRef(series.data);
  latest.current = series.data;
  const onPeriod = useRef((_: string) => {});
  onPeriod.current = (period) => {
    const [from, to] = periodRange(period, series.data?.interval ?? interval);
    onRange(from, to);
  };

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | undefined;
    loadTimelineChart().then(({ createTimelineChart }) => {
      if (disposed || !el.current) return;
      chart.current = createTimelineChart(el.current, (p) => onPeriod.current(p));
      let first = true; // a ResizeObserver reports the size it starts with: no need to redraw for that
      observer = new ResizeObserver(() => {
        if (!first) chart.current?.resize();
        first = false;
      });
      observer.observe(el.current);
      if (latest.current) chart.current.update(latest.current);
    }, (error: unknown) => setChartError(`the chart could not load (${String(error)})`));
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
    // The chart is created once; data changes are drawn by the effect below.
  }, []);

  useEffect(() => {
    if (series.data) chart.current?.update(series.data);
  }, [series.data]);

  const points = series.data?.points ?? [];
  const total = points.reduce((n, p) => n + p.count, 0);
  const summary = series.data
    ? points.length
      ? `${total.toLocaleString('en')} dated events in ${points.length} ${series.data.interval === 'day' ? 'days' : `${series.data.interval}s`}, ${points[0].period} to ${points[points.length - 1].period}.`
      : 'No dated event matches this filter.'
    : 'Loading…';

  return (
    <section className="panel timeline" aria-labelledby="timeline-heading" aria-busy={series.loading} data-total={series.data ? total : ''} data-periods={points.length}>
      <div className="panel-head">
        <h2 id="timeline-heading">Timeline</h2>
        <p className="muted summary" aria-live="polite">{summary}</p>
        <label className="inline">
          <span>per</span>
          <select value={interval} onChange={(e) => onInterval(e.target.value as SeriesInterval)}>
            <option value="day">day</option>
            <option value="week">week</option>
            <option value="month">month</option>
          </select>
        </label>
      </div>
      {series.error ? <p role="alert" className="error">{series.error}</p> : null}
      {chartError ? <p role="alert" className="error">{chartError}</p> : null}
      <div ref={el} className="chart" role="img" aria-label={`Events per ${interval} by quad class, with mean Goldstein value. ${summary} Click a period to filter on its dates.`} />
    </section>
  );
}
