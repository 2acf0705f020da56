/**
 * Quality gate: Lucca's own dev gold set (data/gold/dev.jsonl, written for Lucca), coded with the built-in
 * knowledge. The floors fail the build if accuracy drops.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

interface Report { sentences: number; exactRate: number; micro: { f1: number } }

function evalDev(level: string): Report {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'eval', join(ROOT, 'data/gold/dev.jsonl'), '--level', level, '--json'], { encoding: 'utf8' });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

describe('the dev gold set', () => {
  it('keeps exact codes at or above the floor', () => {
    const report = evalDev('exact');
    expect(report.sentences).toBe(200);
    expect(report.exactRate).toBeGreaterThanOrEqual(0.60);
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.56);
  });

  it('keeps principal actors and CAMEO roots at or above the floor', () => {
    const report = evalDev('root');
    expect(report.exactRate).toBeGreaterThanOrEqual(0.74);
    expect(report.micro.f1).toBeGreaterThanOrEqual(0.76);
  });
});
