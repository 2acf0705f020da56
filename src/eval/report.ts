/**
 * @module eval/report
 * Present an {@link EvalReport}: a readable text table for the terminal and the JSON for `--json`.
 */
import type { EvalReport } from './score.js';

/** Options for {@link formatReport}. */
export interface FormatOptions {
  /** How many failures to list (default 20; 0 lists none, Infinity lists all). */
  maxFailures?: number;
}

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toFixed(1)} %`);
const num = (x: number | null) => (x === null ? '–' : x.toFixed(3));

function table(rows: string[][], rightAligned: boolean[]): string[] {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (rightAligned[c] ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd());
}

/**
 * Format a report as text: summary, per-category table, then the first failures with expected and
 * predicted triples (`SOURCE TARGET CODE`).
 */
export function formatReport(report: EvalReport, options: FormatOptions = {}): string {
  const max = options.maxFailures ?? 20;
  const m = report.micro;
  const lines = [
    `Sentences scored: ${report.sentences}` + (report.skipped.length ? ` (${report.skipped.length} skipped: ${report.skipped.join(', ')})` : ''),
    `Exact-sentence match: ${report.exact}/${report.sentences} (${pct(report.exactRate)})`,
    `Triples: precision ${num(m.precision)}  recall ${num(m.recall)}  F1 ${num(m.f1)}  (tp ${m.tp}, fp ${m.fp}, fn ${m.fn})`,
    '',
  ];
  const rows = [['category', 'n', 'exact', 'exact %', 'P', 'R', 'F1', 'tp', 'fp', 'fn']];
  for (const c of report.categories) {
    rows.push([c.category, String(c.n), String(c.exact), pct(c.exactRate), num(c.precision), num(c.recall), num(c.f1), String(c.tp), String(c.fp), String(c.fn)]);
  }
  lines.push(...table(rows, [false, true, true, true, true, true, true, true, true, true]));
  if (report.unknown.length) lines.push('', `Predictions for ids not in the gold: ${report.unknown.join(', ')}`);
  if (report.failures.length && max > 0) {
    lines.push('', `Failures (${report.failures.length}${report.failures.length > max ? `, first ${max}` : ''}):`);
    for (const f of report.failures.slice(0, max)) {
      lines.push(`  ${f.id} [${f.category}] ${f.text.length > 100 ? f.text.slice(0, 97) + '...' : f.text}`);
      lines.push(`    expected: ${f.expected.join(' | ') || '(no events)'}`);
      lines.push(`    got:      ${f.got.join(' | ') || '(no events)'}`);
    }
  }
  // The headline figures again at the end, where a reader of a long failure list (or `tail`) looks.
  lines.push('', `Summary: exact-sentence match ${report.exact}/${report.sentences} (${pct(report.exactRate)}); ` +
    `triples P ${num(m.precision)} R ${num(m.recall)} F1 ${num(m.f1)}`);
  return lines.join('\n') + '\n';
}

/** The `--json` form of a report: `{ format: 'lucca-eval/1', ...report }`, pretty-printed. */
export function reportJson(report: EvalReport): string {
  return JSON.stringify({ format: 'lucca-eval/1', ...report }, null, 2) + '\n';
}
