import { describe, expect, it } from 'vitest';
import { eventDate } from '../../src/extras/dates.js';

describe('event dates', () => {
  it('uses the story date when the sentence names no day', () => {
    expect(eventDate('Russia condemned the strike.', '2017-04-12')).toBe('2017-04-12');
  });
  it('resolves a weekday to the last such day on or before the story date', () => {
    expect(eventDate('Russia condemned the strike on Tuesday.', '2017-04-12')).toBe('2017-04-11');
    expect(eventDate('Russia condemned the strike on Friday.', '2017-04-12')).toBe('2017-04-07');
  });
  it('resolves a day and month, and yesterday', () => {
    expect(eventDate('The attack on 4 April killed dozens.', '2017-04-12')).toBe('2017-04-04');
    expect(eventDate('Iran protested yesterday.', '2017-04-12')).toBe('2017-04-11');
  });
  it('returns null without a story date', () => {
    expect(eventDate('Russia condemned the strike on Tuesday.', null)).toBeNull();
  });
});
