/**
 * @module knowledge/petrarch/dates
 * PETRARCH date strings (`YYMMDD` or `YYYYMMDD`) as ISO dates.
 */

/**
 * Convert `YYYYMMDD` or `YYMMDD` to `YYYY-MM-DD`, or return null when the string is not a valid date.
 * Two-digit years follow PETRARCH (and KEDS/TABARI): 00–30 are 20YY, 31–99 are 19YY.
 *
 * @example
 * petrarchDate('950601')   // '1995-06-01'
 * petrarchDate('20080120') // '2008-01-20'
 */
export function petrarchDate(text: string): string | null {
  let year: number;
  let rest: string;
  if (/^\d{6}$/.test(text)) {
    const yy = Number(text.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = text.slice(2);
  } else if (/^\d{8}$/.test(text)) {
    year = Number(text.slice(0, 4));
    rest = text.slice(4);
  } else {
    return null;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  if (month < 1 || month > 12 || day < 1) return null;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${rest.slice(0, 2)}-${rest.slice(2, 4)}`;
}
