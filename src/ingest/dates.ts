/**
 * @module ingest/dates
 * Story dates: normalising machine-written dates and spotting a dateline in plain text.
 */

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const ORDINAL = '(?:st|nd|rd|th)?';

/** A date format found in running text, with which groups hold year, month and day. */
interface TextDatePattern {
  regex: RegExp;
  year: number;
  month: number;
  day: number;
}

const TEXT_DATES: TextDatePattern[] = [
  // 2017-04-12
  { regex: /\b(\d{4})-(\d{2})-(\d{2})\b/, year: 1, month: 2, day: 3 },
  // 12 April 2017, 12 April, 2017, 12th Apr. 2017
  { regex: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+${MONTH}\\.?,?\\s+(\\d{4})\\b`, 'i'), year: 3, month: 2, day: 1 },
  // April 12, 2017, Apr. 12 2017
  { regex: new RegExp(`\\b${MONTH}\\.?\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'i'), year: 3, month: 1, day: 2 },
];

/**
 * Turn a machine-written date into `YYYY-MM-DD`, or return null when it is not one.
 * Accepts `YYYY-MM-DD`, `YYYYMMDD` and ISO timestamps (`2017-04-12T09:30:00+02:00`, also with a
 * space before the time). A timestamp keeps the calendar date as written, without converting it to
 * UTC: that is the date the outlet published under. Impossible dates (`2017-02-30`) give null.
 *
 * @example
 * normaliseDate('20170412') // '2017-04-12'
 */
export function normaliseDate(value: string): string | null {
  // The backreference makes both dashes present or both absent: YYYY-MMDD is not a date.
  const m = /^\s*(\d{4})(-?)(\d{2})\2(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i.exec(value);
  if (!m) return null;
  return calendarDate(Number(m[1]), Number(m[3]), Number(m[4]));
}

/**
 * Find the first date written in `text` (`2017-04-12`, `12 April 2017`, `12 April, 2017`,
 * `April 12, 2017`, with month names in full or abbreviated) and return it as `YYYY-MM-DD`, or null.
 */
export function findDate(text: string): string | null {
  let best: { index: number; date: string } | null = null;
  for (const pattern of TEXT_DATES) {
    const m = pattern.regex.exec(text);
    if (!m || (best && best.index <= m.index)) continue;
    const monthText = m[pattern.month];
    const month = /^\d+$/.test(monthText) ? Number(monthText) : MONTHS[monthText.toLowerCase()];
    const date = calendarDate(Number(m[pattern.year]), month, Number(m[pattern.day]));
    if (date) best = { index: m.index, date };
  }
  return best ? best.date : null;
}

/**
 * The dateline of a plain-text story: the first date found in its first `lines` non-blank lines
 * (five by default), as `YYYY-MM-DD`, or null. Used when no `--date` is given for a text file.
 *
 * @example
 * inferDateline('Talks resume\n\n12 April, 2017\n\nThe minister…') // '2017-04-12'
 */
export function inferDateline(text: string, lines = 5): string | null {
  const head = text.split('\n').filter((line) => line.trim() !== '').slice(0, lines);
  for (const line of head) {
    const date = findDate(line);
    if (date) return date;
  }
  return null;
}

/** `YYYY-MM-DD` for a real calendar day, else null. */
function calendarDate(year: number, month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
