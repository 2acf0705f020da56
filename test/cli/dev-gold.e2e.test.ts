/**
 * Quality gate: Lucca's own gold sets (data/gold/, written for Lucca), coded with the built-in knowledge.
 * The floors fail the build if accuracy drops. `dev` and `dev-b` are development sets; `test` is kept back
 * (its failures are not studied) and has a floor only so that a change cannot lower it unnoticed.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

interface Report { sentences: number; exactRate: number; micro: { f1: number } }

function evalGold(set: string, level: string): Report {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'eval', join(ROOT, `data/gold/${set}.jsonl`), '--level', level, '--json'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

const FLOORS = [
  // set, level, sentences, exact-sentence floor, triple F1 floor
  { set: 'dev', level: 'exact', sentences: 200, exact: 0.58, f1: 0.56 },
  { set: 'dev', level: 'root', sentences: 200, exact: 0.71, f1: 0.76 },
  { set: 'dev-b', level: 'root', sentences: 200, exact: 0.55, f1: 0.59 },
  { set: 'dev-b', level: 'plover', sentences: 200, exact: 0.56, f1: 0.61 },
  { set: 'test', level: 'root', sentences: 160, exact: 0.56, f1: 0.58 },
];

describe('the gold sets', () => {
  for (const f of FLOORS) {
    it(`keeps ${f.set} (${f.level}) at or above exact ${f.exact} and F1 ${f.f1}`, () => {
      const report = evalGold(f.set, f.level);
      expect(report.sentences).toBe(f.sentences);
      expect(report.exactRate).toBeGreaterThanOrEqual(f.exact);
      expect(report.micro.f1).toBeGreaterThanOrEqual(f.f1);
    });
  }
});
