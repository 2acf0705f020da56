/**
 * @module extras/dates
 * The date of an event: a day named in the sentence ("on Tuesday", "on 4 April"), resolved against the story
 * date, or the story date itself. News reports the past, so a weekday never resolves after the story date.
 */
import * as chrono from 'chrono-node';

const DAY_MS = 86_400_000;

function iso(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/**
 * Resolve the date an event happened on.
 * @param sentence the sentence text
 * @param storyDate `YYYY-MM-DD` or null
 * @returns `YYYY-MM-DD`, or the story date when the sentence names no day (null when neither is known)
 */
export function eventDate(sentence: string, storyDate: string | null): string | null {
  if (!storyDate) return null;
  if (!/\b(on|last|yesterday|today|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}(st|nd|rd|th)?)\b/i.test(sentence)) return storyDate;
  const ref = new Date(`${storyDate}T12:00:00Z`);
  for (const r of chrono.parse(sentence, ref, { forwardDate: false })) {
    const dayKnown = r.start.isCertain('day') || r.start.isCertain('weekday') || /yesterday|today/i.test(r.text);
    if (!dayKnown) continue;
    let d = r.start.date();
    if (d.getTime() > ref.getTime() + DAY_MS / 2) {
      // "on Friday" in a Wednesday story means the Friday before; a month-day in the future means last year.
      d = r.start.isCertain('month') ? new Date(d.getTime() - 365 * DAY_MS) : new Date(d.getTime() - 7 * DAY_MS);
    }
    return iso(d);
  }
  return storyDate;
}
