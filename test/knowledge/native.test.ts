import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkNativeDictionary, compileKnowledge, loadNativeKnowledge, splitPhrase, tokenKey } from '../../src/knowledge/index.js';
import type { LuccaError } from '../../src/model/errors.js';
import { FIXTURE_KNOWLEDGE, errorOf } from '../helpers.js';

function copyFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lucca-dict-'));
  cpSync(FIXTURE_KNOWLEDGE, dir, { recursive: true });
  return dir;
}

const loadError = (dir: string) => errorOf(() => loadNativeKnowledge({ dataDir: dir }));

describe('native knowledge loader', () => {
  it('loads every file of the fixture into one source', () => {
    const k = loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE });
    expect(k.codebook.get('051')).toMatchObject({ label: 'Praise or endorse', goldstein: 3.4, quadClass: 1 });
    expect(k.plover.get('195')).toEqual({ type: 'ASSAULT', mode: 'aerial' });
    expect(k.actors.find((a) => a.id === 'RUS:capital')?.codes[0].code).toBe('RUSGOV');
    const johnson = k.actors.find((a) => a.name === 'Boris Johnson');
    expect(johnson?.codes).toHaveLength(2);
    expect(k.patterns.filter((p) => p.nominal).length).toBeGreaterThan(0);
  });

  it('expands synsets in anchors and words', () => {
    const k = loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE });
    const anchors = k.patterns.filter((p) => p.nominal).map((p) => p.anchor);
    expect(anchors).toEqual(expect.arrayContaining(['airstrike', 'air strike', 'missile strike']));
  });

  it('names the file and line of a malformed row', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'actors/agents.tsv'), 'GOV\tsuffix\tgovernment\nMIL suffix troops\n');
    const e = loadError(dir);
    expect(e.code).toBe('DICT_SYNTAX');
    expect(e.file).toBe(join(dir, 'actors/agents.tsv'));
    expect(e.line).toBe(2);
  });

  it('rejects a pattern that uses an unknown synset or code', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'events/patterns.tsv'), '051\tpraise +\n195\tlaunch &NOPE on +\n');
    expect(loadError(dir)).toMatchObject({ code: 'DICT_REFERENCE', line: 2 });
    writeFileSync(join(dir, 'events/patterns.tsv'), '999\tpraise +\n');
    expect(loadError(dir)).toMatchObject({ code: 'DICT_REFERENCE', line: 1 });
  });

  it('rejects a role that ends before it starts and a person of an unknown organisation', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'actors/people.tsv'), 'A B\t-\tGBR\tGOV\t2020-01-01\t2019-01-01\tx\n');
    expect(loadError(dir)).toMatchObject({ code: 'DICT_SYNTAX', line: 1 });
    writeFileSync(join(dir, 'actors/people.tsv'), 'A B\t-\tIGOXYZ\tGOV\t-\t-\tx\n');
    expect(loadError(dir)).toMatchObject({ code: 'DICT_REFERENCE', line: 1 });
  });

  it('reports a missing required file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lucca-empty-'));
    mkdirSync(join(dir, 'cameo'));
    expect(loadError(dir).code).toBe('DICT_MISSING');
  });

  it('adds a user directory on top of the built-in files', () => {
    const extra = mkdtempSync(join(tmpdir(), 'lucca-extra-'));
    mkdirSync(join(extra, 'actors'));
    writeFileSync(join(extra, 'actors/countries.tsv'), 'ARN\tArnor\t-\tArnorian\t-\n');
    const k = loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE, extraDirs: [extra] });
    expect(k.actors.some((a) => a.id === 'ARN')).toBe(true);
    expect(k.actors.some((a) => a.id === 'RUS')).toBe(true);
  });

  it("lets a user's pattern recode a built-in pattern written the same way", () => {
    const extra = mkdtempSync(join(tmpdir(), 'lucca-extra-'));
    mkdirSync(join(extra, 'events'));
    writeFileSync(join(extra, 'events/patterns.tsv'), '020\tpraise +\n');
    const k = loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE, extraDirs: [extra] });
    const praise = k.patterns.filter((p) => p.anchor === 'praise' && p.text === 'praise +');
    expect(praise.map((p) => p.code)).toEqual(['020']);
  });
});

describe('split tables and collected problems', () => {
  it('reads people and organisations split over files of a folder, one person across files', () => {
    const dir = copyFixture();
    mkdirSync(join(dir, 'actors/people'));
    mkdirSync(join(dir, 'actors/organisations'));
    writeFileSync(join(dir, 'actors/organisations/more.tsv'), 'IGOECOWAS\tigo\tECOWAS\tEconomic Community of West African States\t-\t-\t-\n');
    writeFileSync(join(dir, 'actors/people/b.tsv'), 'Boris Johnson\t-\tGBR\tGOV\t2001-06-07\t2008-05-04\tmember of parliament\n'
      + 'Omar Touray\t-\tIGOECOWAS\tGOV\t2022-07-01\t-\tcommission president\n');
    const k = loadNativeKnowledge({ dataDir: dir });
    expect(k.actors.filter((a) => a.name === 'Boris Johnson')).toHaveLength(1);
    expect(k.actors.find((a) => a.name === 'Boris Johnson')?.codes).toHaveLength(3);
    expect(k.actors.find((a) => a.name === 'Omar Touray')?.codes[0]).toMatchObject({ code: 'IGOECOWASGOV', org: 'ECOWAS' });
  });

  it('rejects an organisation code defined twice in one directory, across files', () => {
    const dir = copyFixture();
    mkdirSync(join(dir, 'actors/organisations'));
    writeFileSync(join(dir, 'actors/organisations/dup.tsv'), '\n\nIGOG7\tigo\tG7\tGroup of Seven\t-\t-\t-\n');
    expect(loadError(dir)).toMatchObject({ code: 'DICT_SYNTAX', file: join(dir, 'actors/organisations/dup.tsv'), line: 3 });
  });

  it('with a sink, reports every bad row and keeps the good ones', () => {
    const dir = copyFixture();
    writeFileSync(join(dir, 'actors/agents.tsv'), 'GOV\tsuffix\tgovernment\nMIL suffix troops\nCOP\tsuffix\tpolice\nXX\tsuffix\tfoo\n');
    const problems: LuccaError[] = [];
    const k = loadNativeKnowledge({ dataDir: dir, sink: (p) => problems.push(p) });
    expect(problems.map((p) => p.line)).toEqual([2, 4]);
    expect(k.agents.map((a) => a.code)).toEqual(['GOV', 'COP']);
  });
});

describe('dictionary check', () => {
  it('finds every error of a user directory, with file and line, and its warnings', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lucca-check-'));
    mkdirSync(join(dir, 'actors'));
    mkdirSync(join(dir, 'events'));
    writeFileSync(join(dir, 'actors/people.tsv'), [
      'Ann Example\t-\tGBR\tGOV\t2010-01-01\t2015-01-01\tforeign minister',
      'Ann Example\t-\tGBR\tGOV\t2014-01-01\t2016-01-01\tforeign minister',
      'Bad Date\t-\tGBR\tGOV\t2010-13\t-\tminister',
      'Nobody\t-\tIGOXYZ\tGOV\t-\t-\thead',
      'Cee Person\tAnn Example\tFRA\tGOV\t-\t-\tminister',
      'Dee Person\t-\tFRA\tQQQ\t-\t-\tminister',
    ].join('\n') + '\n');
    writeFileSync(join(dir, 'events/patterns.tsv'), '051\tpraise +\n052\tpraise +\n051\tpraise + +\n9999\tfoo +\n');
    const report = checkNativeDictionary(dir);
    const at = (code: string) => report.findings.filter((f) => f.code === code).map((f) => `${f.file?.slice(dir.length + 1)}:${f.line}`);
    expect(at('DICT_SYNTAX')).toEqual(['actors/people.tsv:3', 'events/patterns.tsv:3']);
    expect(at('DICT_REFERENCE')).toEqual(['actors/people.tsv:4', 'events/patterns.tsv:4']);
    expect(at('ROLE_OVERLAP')).toEqual(['actors/people.tsv:1']);
    expect(at('PHRASE_SHARED')).toEqual(['actors/people.tsv:5']);
    expect(at('AGENT_UNKNOWN')).toEqual(['actors/people.tsv:6']);
    expect(at('PATTERN_CONFLICT')).toEqual(['events/patterns.tsv:2']);
    expect(report.sizes.people).toBeGreaterThan(500);
  });
});

describe('phrase keys and compilation', () => {
  it('splits phrases like the tokenizer and undots acronyms', () => {
    expect(splitPhrase('al-Shabaab')).toEqual(['al', '-', 'Shabaab']);
    expect(splitPhrase("Britain's")).toEqual(['Britain', "'s"]);
    expect(tokenKey('U.S.')).toBe('us');
    expect(tokenKey('ministers’')).toBe("ministers'");
  });

  it('indexes plural forms of agent phrases and sorts patterns most specific first', () => {
    const k = compileKnowledge(loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE }));
    expect(k.trie.next.get('rebels')?.agent?.code).toBe('REB');
    expect(k.trie.next.get('foreign')?.next.get('ministers')?.agent?.code).toBe('GOV');
    expect(k.verbPatterns.get('urge')?.[0].text).toBe('urge + to');
    expect(k.surnames.get('assad')?.[0].name).toBe('Bashar al-Assad');
  });
});
