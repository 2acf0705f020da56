import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPloverJson } from '../../src/eval/plover-json.js';
import { ROOT, errorOf } from '../helpers.js';

describe('PLOVER JSON gold', () => {
  it('groups records by text, with empty event types as no-event texts', () => {
    const gold = readPloverJson(JSON.stringify([
      { id: 'a', event_text: 'Russia attacked Ukraine.', event_type: 'ASSAULT', actor_country: 'RUS', recipient_country: 'UKR' },
      { id: 'b', event_text: 'Russia attacked Ukraine.', event_type: 'ACCUSE', actor_country: 'UKR', recipient_country: 'RUS' },
      { id: 'c', event_text: 'It rained.', event_type: '' },
    ]), 'g.json');
    expect(gold.map((g) => [g.text, g.noEvents, g.triples.length])).toEqual([['Russia attacked Ukraine.', false, 2], ['It rained.', true, 0]]);
  });

  it('names the line of a bad JSONL record', () => {
    expect(errorOf(() => readPloverJson('{"event_text":"x","event_type":"AID"}\n{oops\n', 'g.jsonl'))).toMatchObject({ code: 'INPUT_JSON', line: 2 });
  });

  it('scores Lucca against its own PLOVER output perfectly (round trip through the CLI)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lucca-plover-'));
    const stories = join(dir, 'stories.jsonl');
    writeFileSync(stories, [
      { id: 's1', text: 'Russia imposed sanctions on Iran.', date: '2020-01-01' },
      { id: 's2', text: 'The United Nations condemned Syria.', date: '2020-01-01' },
    ].map((s) => JSON.stringify(s)).join('\n') + '\n');
    const coded = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'code', '--format', 'plover', stories], { encoding: 'utf8' });
    const gold = join(dir, 'gold.jsonl');
    writeFileSync(gold, coded.stdout);
    expect(coded.stdout.trim().split('\n')).toHaveLength(2);
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'eval', gold, '--json'], { encoding: 'utf8' });
    const report = JSON.parse(r.stdout) as { sentences: number; exactRate: number; micro: { f1: number } };
    expect(report).toMatchObject({ sentences: 2, exactRate: 1 });
    expect(report.micro.f1).toBe(1);
  });
});
