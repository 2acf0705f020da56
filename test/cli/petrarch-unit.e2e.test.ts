/**
 * Quality gate: the PETRARCH unit tests, coded from raw text with the Validate dictionaries through the
 * PETRARCH reader (read from ../shared when present). The floors fail the build if accuracy drops.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED } from '../helpers.js';

const SETS = [
  { name: 'cameo2', gold: 'PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml', exact: 0.85, f1: 0.86 },
  { name: 'cameo1', gold: 'PETR.UnitTest.records.xml', exact: 0.78, f1: 0.81 },
];

interface Report { sentences: number; exactRate: number; micro: { f1: number } }

for (const set of SETS) {
  const dir = join(SHARED, 'bench/petrarch-unit', set.name);
  describe.skipIf(!existsSync(join(dir, set.gold)))(`PETRARCH unit tests (${set.name})`, () => {
    it(`scores at least ${set.exact * 100} % exact sentences and F1 ${set.f1}`, () => {
      const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'eval', join(dir, set.gold), '--dict-format', 'petrarch', '--dict', dir, '--json'], { encoding: 'utf8' });
      expect(r.status).toBe(0);
      const report = JSON.parse(r.stdout) as Report;
      expect(report.sentences).toBe(277);
      expect(report.exactRate).toBeGreaterThanOrEqual(set.exact);
      expect(report.micro.f1).toBeGreaterThanOrEqual(set.f1);
    });
  });
}
