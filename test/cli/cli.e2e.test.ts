/**
 * End-to-end tests through the built `lucca` command (npm test builds dist/ first).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/model/record.js';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'dist/cli/main.js');

function lucca(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function jsonl(out: string): EventRecord[] {
  return out.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as EventRecord);
}

describe('lucca code on the demo corpus', () => {
  const r = lucca(['code', '--format', 'jsonl', 'demo/']);
  const events = jsonl(r.out);

  it('codes every demo story and exits 0', () => {
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(events.length).toBeGreaterThan(30);
    const stories = new Set(events.map((e) => e.story_id));
    expect(stories.has('demo-jsonl-1')).toBe(true);
    expect(stories.size).toBeGreaterThanOrEqual(12);
  });

  it('writes records that keep the JSONL contract', () => {
    for (const e of events) {
      expect(e.sentence.slice(e.source.start, e.source.end)).toBe(e.source.text);
      expect(e.sentence.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      if (e.target) expect(e.sentence.slice(e.target.start, e.target.end)).toBe(e.target.text);
      expect(e.cameo.code.startsWith(e.cameo.root)).toBe(true);
      expect([1, 2, 3, 4]).toContain(e.cameo.quad_class);
      expect(e.plover.type).toMatch(/^[A-Z]+$/);
      expect(e.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.negated).toBe(false);
    }
  });

  it('writes TSV in PETRARCH column order and PLOVER JSON', () => {
    const tsv = lucca(['code', '--format', 'tsv', 'demo/stories.jsonl']).out.trim().split('\n');
    expect(tsv[0].split('\t').slice(0, 4)).toEqual(['date', 'source', 'target', 'cameo']);
    expect(tsv[1].split('\t')[0]).toMatch(/^\d{8}$/);
    const plover = lucca(['code', '--format', 'plover', 'demo/stories.jsonl']).out.trim().split('\n').map((l) => JSON.parse(l));
    expect(plover[0]).toHaveProperty('event_type');
    expect(plover[0]).toHaveProperty('actor_country');
  });

  it('prints a table', () => {
    const t = lucca(['code', '--format', 'table', 'demo/stories.jsonl']);
    expect(t.out.split('\n')[0]).toMatch(/^date\s+sentence\s+source\s+target\s+cameo/);
    expect(t.err).toMatch(/3 stories coded/);
  });
});

describe('lucca code on bad input', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lucca-bad-'));
  writeFileSync(join(dir, 'a-empty.txt'), '');
  writeFileSync(join(dir, 'b-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  writeFileSync(join(dir, 'c-latin1.txt'), Buffer.from('Fran\xe7ois Hollande condemned Russia.', 'latin1'));
  writeFileSync(join(dir, 'd-stories.jsonl'), '{"id":"j1","text":"France condemned Russia.","date":"2017-04-12"}\n{not json\n{"id":"j3","text":"Iran condemned Israel.","date":"2017-04-12"}\n');
  writeFileSync(join(dir, 'e-huge.txt'), Array.from({ length: 10_000 }, (_, i) => (i % 7 ? 'word' : 'Russia')).join(' ') + '.\n\nGermany condemned Russia.');
  writeFileSync(join(dir, 'f-noarticle.html'), '<html><body><nav>menu</nav></body></html>');
  writeFileSync(join(dir, 'g-good.txt'), 'Italy praised France.');

  const r = lucca(['code', '--format', 'jsonl', '--date', '2017-04-12', dir]);
  const events = jsonl(r.out);

  it('reports each bad file by name (and line) and codes the rest of the batch', () => {
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/a-empty\.txt: .*empty/i);
    expect(r.err).toMatch(/b-binary\.txt: .*binary/i);
    expect(r.err).toMatch(/c-latin1\.txt: .*UTF-8/);
    expect(r.err).toMatch(/d-stories\.jsonl:2: /);
    expect(r.err).toMatch(/e-huge\.txt: sentence 0 .* tokens; not coded/);
    expect(r.err).toMatch(/f-noarticle\.html: /);
    const stories = new Set(events.map((e) => e.story_id));
    expect([...stories].sort()).toEqual(['e-huge', 'g-good', 'j1', 'j3']);
  });

  it('exits non-zero only when nothing could be coded', () => {
    const bad = mkdtempSync(join(tmpdir(), 'lucca-allbad-'));
    writeFileSync(join(bad, 'empty.txt'), '   \n');
    const all = lucca(['code', bad]);
    expect(all.code).toBe(1);
    expect(all.err).toMatch(/empty\.txt/);
  });

  it('rejects an unknown format with a usage error', () => {
    const u = lucca(['code', '--format', 'xml', 'demo/stories.jsonl']);
    expect(u.code).toBe(2);
    expect(u.err).toMatch(/unknown --format "xml"/);
  });
});

describe('lucca code from stdin and with user dictionaries', () => {
  it('reads standard input', () => {
    const r = lucca(['code', '--format', 'jsonl', '--date', '2020-01-05', '-'], 'Iran condemned the United States.');
    const [e] = jsonl(r.out);
    expect(e).toMatchObject({ story_id: 'stdin', date: '2020-01-05', source: { country: 'IRN' }, target: { country: 'USA' } });
  });

  it('adds actors from a --dict directory', () => {
    const dict = mkdtempSync(join(tmpdir(), 'lucca-userdict-'));
    mkdirSync(join(dict, 'actors'));
    writeFileSync(join(dict, 'actors/organisations.tsv'), 'NGOLUC\tngo\tLuccaWatch\tLucca Watch Foundation\t-\t-\t-\n');
    const r = lucca(['code', '--format', 'jsonl', '--date', '2020-01-05', '--dict', dict, '-'], 'The Lucca Watch Foundation condemned Iran.');
    const [e] = jsonl(r.out);
    expect(e).toMatchObject({ source: { code: 'NGOLUC', org: 'LuccaWatch', kind: 'ngo' }, target: { code: 'IRN' } });
  });

  it('reports a malformed user dictionary with file and line', () => {
    const dict = mkdtempSync(join(tmpdir(), 'lucca-baddict-'));
    mkdirSync(join(dict, 'events'));
    writeFileSync(join(dict, 'events/patterns.tsv'), '051\tpraise +\nnot-a-code\tpraise +\n');
    const r = lucca(['code', '--dict', dict, '-'], 'Iran praised Iraq.');
    expect(r.code).toBe(1);
    expect(r.err).toContain(`${join(dict, 'events/patterns.tsv')}:2:`);
  });
});

describe('lucca code --targetless', () => {
  it('drops events with no target by default and keeps them with --targetless', () => {
    expect(jsonl(lucca(['code', '--date', '2024-01-01', '-'], 'Russia launched airstrikes overnight.').out)).toEqual([]);
    const kept = jsonl(lucca(['code', '--targetless', '--date', '2024-01-01', '-'], 'Russia launched airstrikes overnight.').out);
    expect(kept.map((e) => [e.source.code, e.target, e.cameo.root])).toEqual([['RUS', null, '19']]);
  });
});

describe('lucca explain', () => {
  it('shows tokens, chunks, matches and the pattern behind the event', () => {
    const r = lucca(['explain', '--date', '2017-04-12', 'Russia condemned the Syrian government.']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/tokens: Russia\/PROPN condemned\/VERB/);
    expect(r.out).toMatch(/actor phrase: "the Syrian government" → SYRGOV/);
    expect(r.out).toMatch(/EVENT RUS → SYRGOV 111 via pattern "condemn \+"/);
  });
});

describe('lucca dict check', () => {
  it('passes the built-in knowledge and prints its sizes', () => {
    const r = lucca(['dict', 'check', '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as { errors: number; sizes: Record<string, number> };
    expect(report.errors).toBe(0);
    expect(report.sizes.countries).toBeGreaterThan(200);
    expect(report.sizes.patterns).toBeGreaterThanOrEqual(3000);
  });

  it('lists every bad entry of a user directory with file and line, and exits 1', () => {
    const dict = mkdtempSync(join(tmpdir(), 'lucca-checkdict-'));
    mkdirSync(join(dict, 'events'));
    mkdirSync(join(dict, 'actors'));
    writeFileSync(join(dict, 'events/patterns.tsv'), '051\tpraise +\nnot-a-code\tpraise +\n195\tbomb &NOPE +\n');
    writeFileSync(join(dict, 'actors/countries.tsv'), 'ARN\tArnor\n');
    const r = lucca(['dict', 'check', dict]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${join(dict, 'events/patterns.tsv')}:2: error DICT_SYNTAX`);
    expect(r.out).toContain(`${join(dict, 'events/patterns.tsv')}:3: error DICT_REFERENCE`);
    expect(r.out).toContain(`${join(dict, 'actors/countries.tsv')}:1: error DICT_SYNTAX`);
    expect(r.out).toMatch(/3 error\(s\)/);
  });

  it('checks PETRARCH dictionaries file by file', () => {
    const dict = mkdtempSync(join(tmpdir(), 'lucca-checkpetr-'));
    writeFileSync(join(dict, 'test.actors.txt'), 'ARNOR [ARN]\nGONDOR [GON\n');
    writeFileSync(join(dict, 'test.agents.txt'), 'SOLDIER [~MIL]\n');
    const r = lucca(['dict', 'check', '--dict-format', 'petrarch', dict]);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${join(dict, 'test.actors.txt')}:2: error`);
    expect(r.out).toMatch(/files: 2/);
  });
});
