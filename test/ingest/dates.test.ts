import { describe, it, expect } from 'vitest';
import { findDate, inferDateline, normaliseDate } from '../../src/ingest/dates.js';

describe('normaliseDate', () => {
  it('accepts YYYY-MM-DD, YYYYMMDD and ISO timestamps', () => {
    expect(normaliseDate('2017-04-12')).toBe('2017-04-12');
    expect(normaliseDate('20170412')).toBe('2017-04-12');
    expect(normaliseDate('2017-04-12T09:30:00Z')).toBe('2017-04-12');
    expect(normaliseDate('2017-04-12T23:30:00.123-05:00')).toBe('2017-04-12');
    expect(normaliseDate('2017-04-12 09:30')).toBe('2017-04-12');
  });

  it('rejects impossible dates and other formats', () => {
    expect(normaliseDate('2017-02-30')).toBeNull();
    expect(normaliseDate('2017-13-01')).toBeNull();
    expect(normaliseDate('2017-0412')).toBeNull();
    expect(normaliseDate('12/04/2017')).toBeNull();
    expect(normaliseDate('April 12, 2017')).toBeNull();
    expect(normaliseDate('')).toBeNull();
  });
});

describe('findDate', () => {
  it('reads the common written forms', () => {
    expect(findDate('12 April, 2017')).toBe('2017-04-12');
    expect(findDate('12 April 2017')).toBe('2017-04-12');
    expect(findDate('April 12, 2017')).toBe('2017-04-12');
    expect(findDate('BEIRUT, Apr. 3 2024 (Wire) -')).toBe('2024-04-03');
    expect(findDate('Tuesday 3rd September 2024')).toBe('2024-09-03');
    expect(findDate('Posted 2017-04-12 at noon')).toBe('2017-04-12');
  });

  it('takes the first date in the text', () => {
    expect(findDate('Updated 5 May 2020, first published April 1, 2020')).toBe('2020-05-05');
  });

  it('returns null when there is no date', () => {
    expect(findDate('The minister may visit in April.')).toBeNull();
    expect(findDate('31 February 2020')).toBeNull();
  });
});

describe('inferDateline', () => {
  it('looks only at the first five non-blank lines', () => {
    expect(inferDateline('Headline\n\n12 March 2024\n\nBody.')).toBe('2024-03-12');
    expect(inferDateline('a\nb\nc\nd\ne\n\n12 March 2024')).toBeNull();
    expect(inferDateline('a\n\n\nb\n\n\nc\nd\n12 March 2024')).toBe('2024-03-12');
  });
});
