/**
 * @module web/state/periods
 * The periods of `/api/series` (a day, a week starting on Monday, a month) as date ranges. No imports.
 */

/** The first and last day (YYYY-MM-DD) of a period as `/api/series` names it. */
export function periodRange(period: string, interval: 'day' | 'week' | 'month'): [string, string] {
  if (interval === 'month') {
    const [y, m] = period.split('-').map(Number);
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return [`${period}-01`, `${period}-${String(last).padStart(2, '0')}`];
  }
  if (interval === 'week') {
    const end = new Date(`${period}T00:00:00Z`);
    end.setUTCDate(end.getUTCDate() + 6);
    return [period, end.toISOString().slice(0, 10)];
  }
  return [period, period];
}
