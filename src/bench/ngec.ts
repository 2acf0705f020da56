/**
 * @module bench/ngec
 * `npm run eval:ngec`: document-level PLOVER agreement on NGEC's synthetic stories (silver data, model-written
 * and pseudo-labelled: a smoke test of coverage, not truth). For each story, does one of Lucca's events carry
 * the story's PLOVER type, and is it the most frequent type? Reads ../shared/bench/ngec-synthetic when present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKnowledge, loadNativeKnowledge } from '../knowledge/index.js';
import { createCoder } from '../pipeline/coder.js';
import { csvRecords } from './csv.js';
import { readZipEntry } from './zip.js';

const DEFAULT = fileURLToPath(new URL('../../../shared/bench/ngec-synthetic/gpt_synthetic_events_2023-10-19_19.csv.zip', import.meta.url));
// `npm run eval:ngec -- [--targetless] [FILE]`: PLOVER types (protests, mobilisation) often have no target.
const args = process.argv.slice(2);
const targetless = args.includes('--targetless');
const path = args.find((a) => !a.startsWith('--')) ?? DEFAULT;
if (!existsSync(path)) {
  process.stdout.write(`ngec-synthetic data not found at ${path}; skipped\n`);
  process.exit(0);
}
const csv = readZipEntry(readFileSync(path), path, (name) => name.endsWith('.csv')).data.toString('utf8');
const stories = csvRecords(csv);
const coder = createCoder(compileKnowledge(loadNativeKnowledge()), targetless ? { requireDyad: false } : {});

const byLabel = new Map<string, { n: number; hit: number; top: number }>();
let [n, hit, top, silent] = [0, 0, 0, 0];
stories.forEach((row, i) => {
  const label = row.label;
  const { events } = coder.codeStory({ id: `ngec-${i}`, text: row.text, date: null });
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.plover.type, (counts.get(e.plover.type) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const r = byLabel.get(label) ?? { n: 0, hit: 0, top: 0 };
  byLabel.set(label, r);
  n++; r.n++;
  if (events.length === 0) silent++;
  if (counts.has(label)) { hit++; r.hit++; }
  if (best === label) { top++; r.top++; }
});
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
const lines = [
  `stories: ${n} (${basename(path)})`,
  `stories with no event: ${silent} (${pct(silent, n)})`,
  `label among the story's event types: ${pct(hit, n)}`,
  `label is the story's most frequent type: ${pct(top, n)}`,
  '',
  'label       n   among   most',
  ...[...byLabel.entries()].sort((a, b) => b[1].n - a[1].n).map(([label, r]) =>
    `${label.padEnd(10)} ${String(r.n).padStart(4)}  ${pct(r.hit, r.n).padStart(7)}  ${pct(r.top, r.n).padStart(7)}`),
];
process.stdout.write(lines.join('\n') + '\n');
