/**
 * Acceptance: the namesake story (G7 foreign ministers in Lucca, April 2017), read from ../shared when present.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/model/record.js';
import { ROOT, SHARED } from '../helpers.js';

const STORY = join(SHARED, 'examples/g7-lucca-2017.txt');

describe.skipIf(!existsSync(STORY))('the namesake G7 story', () => {
  const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'code', '--format', 'jsonl', '--date', '2017-04-12', STORY], { encoding: 'utf8' });
  const events = r.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as EventRecord);
  const g7 = (e: EventRecord) => e.source.kind === 'igo' && e.source.org === 'G7';
  const root = (e: EventRecord, ...roots: string[]) => roots.includes(e.cameo.root);

  it('codes the story', () => {
    expect(r.status).toBe(0);
    expect(events.length).toBeGreaterThan(5);
  });

  it('G7 → USA praise (05x, SUPPORT)', () => {
    expect(events.some((e) => g7(e) && e.target?.country === 'USA' && root(e, '05') && e.plover.type === 'SUPPORT')).toBe(true);
  });

  it('G7 → Russia appeal (02x, REQUEST) in at least two sentences', () => {
    const hits = events.filter((e) => g7(e) && e.target?.country === 'RUS' && root(e, '02') && e.plover.type === 'REQUEST');
    expect(new Set(hits.map((e) => e.sentence_index)).size).toBeGreaterThanOrEqual(2);
  });

  it('G7 → Syria and G7 → Iran appeals (02x)', () => {
    expect(events.some((e) => g7(e) && e.target?.country === 'SYR' && root(e, '02'))).toBe(true);
    expect(events.some((e) => g7(e) && e.target?.country === 'IRN' && root(e, '02'))).toBe(true);
  });

  it('United States → Syria military strike (18x/19x, ASSAULT)', () => {
    expect(events.some((e) => e.source.country === 'USA' && e.target?.country === 'SYR' && root(e, '18', '19') && e.plover.type === 'ASSAULT')).toBe(true);
  });

  it("Syria's air force → rebel-held areas, airstrikes (19x)", () => {
    expect(events.some((e) => e.source.country === 'SYR' && e.source.agents.includes('MIL') && /rebel-held/.test(e.target?.text ?? '') && root(e, '19'))).toBe(true);
  });

  it('carries no country that the story does not speak of', () => {
    const story = new Set(['USA', 'RUS', 'SYR', 'IRN', 'GBR', 'ITA', 'CAN', 'FRA', 'DEU', 'JPN']);
    for (const e of events) {
      for (const a of [e.source, e.target]) if (a?.country) expect(story, `${a.text} → ${a.country} in: ${e.sentence}`).toContain(a.country);
    }
  });

  it("Boris Johnson (GBRGOV): his bid for sanctions rejected by the diplomats (12x), who resolve to the G7 members", () => {
    const blocked = events.filter((e) => e.target?.code === 'GBRGOV' && /Johnson/.test(e.target.text) && root(e, '12'));
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.every((e) => e.source.resolved_from?.how === 'description')).toBe(true);
    expect(new Set(blocked.map((e) => e.source.country))).toContain('ITA');
  });

  it('codes the G7 as an IGO record whose org is G7', () => {
    const source = events.find(g7)!.source;
    expect(source).toMatchObject({ kind: 'igo', org: 'G7', country: null });
    expect(source.code.startsWith('IGOG7')).toBe(true);
  });
});
