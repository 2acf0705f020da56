/**
 * The dashboard's pure parts, without a browser: the filter ↔ URL mapping, evidence spans cut into
 * highlight segments, and timeline periods as date ranges.
 */
import { describe, expect, it } from 'vitest';
import { eventSpans, segments } from '../../web/src/components/spans.js';
import { EMPTY_FILTERS, formatViewState, isEmptyFilter, parseViewState } from '../../web/src/state/filters.js';
import { periodRange } from '../../web/src/state/periods.js';

describe('view state in the URL', () => {
  it('reads filters, interval and story, normalising codes', () => {
    const v = parseViewState('?actor=irn*&plover=accuse&q=%22peace%20plan%22&from=2024-01-01&interval=week&story=s1&event=s1-0-0&junk=1');
    expect(v.filters).toEqual({ ...EMPTY_FILTERS, actor: 'IRN*', plover: 'ACCUSE', q: '"peace plan"', from: '2024-01-01' });
    expect(v).toMatchObject({ interval: 'week', story: 's1', event: 's1-0-0' });
  });

  it('writes only what is set, and reads back what it wrote', () => {
    expect(formatViewState(parseViewState(''))).toBe('');
    expect(isEmptyFilter(parseViewState('?interval=day').filters)).toBe(true);
    const v = parseViewState('?source=USA&target=VEN*&cameo=16,17&to=2024-12-31&interval=day');
    expect(parseViewState(formatViewState(v))).toEqual(v);
    expect(formatViewState(v)).toBe('?source=USA&target=VEN*&cameo=16%2C17&to=2024-12-31&interval=day');
  });

  it('falls back to months for an unknown interval', () => {
    expect(parseViewState('?interval=year').interval).toBe('month');
  });
});

describe('evidence highlights', () => {
  const event = { id: 'e1', source: { start: 0, end: 6 }, trigger: { start: 7, end: 14 }, target: { start: 15, end: 19 } };
  const sentence = 'Israel accused Iran of hiding material.';

  it('cuts a sentence at the source, trigger and target', () => {
    const parts = segments(sentence.length, eventSpans(event)).map((s) => [sentence.slice(s.start, s.end), s.spans.map((x) => x.role).join('+')]);
    expect(parts).toEqual([['Israel', 'source'], [' ', ''], ['accused', 'trigger'], [' ', ''], ['Iran', 'target'], [' of hiding material.', '']]);
  });

  it('shifts spans into a story, clips them to the text, and ranks overlaps trigger first', () => {
    expect(eventSpans({ ...event, target: null }, 100).map((s) => [s.start, s.end, s.role])).toEqual([[100, 106, 'source'], [107, 114, 'trigger']]);
    const overlap = segments(10, [
      { start: 0, end: 8, role: 'source', eventId: 'a' },
      { start: 4, end: 20, role: 'trigger', eventId: 'b' },
    ]);
    expect(overlap.map((s) => [s.start, s.end, s.spans.map((x) => x.role).join('+')])).toEqual([[0, 4, 'source'], [4, 8, 'trigger+source'], [8, 10, 'trigger']]);
    expect(segments(5, [{ start: 7, end: 9, role: 'target', eventId: 'x' }])).toEqual([{ start: 0, end: 5, spans: [] }]);
  });
});

describe('timeline periods', () => {
  it('turns a day, a Monday week and a month into first and last days', () => {
    expect(periodRange('2024-03-05', 'day')).toEqual(['2024-03-05', '2024-03-05']);
    expect(periodRange('2024-12-30', 'week')).toEqual(['2024-12-30', '2025-01-05']);
    expect(periodRange('2024-02', 'month')).toEqual(['2024-02-01', '2024-02-29']);
    expect(periodRange('2023-12', 'month')).toEqual(['2023-12-01', '2023-12-31']);
  });
});
