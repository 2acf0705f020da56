import { describe, expect, it } from 'vitest';
import { petrarchDate, petrarchKind, plural, readPetrarchDictionaries, splitPairedCode, verbForms } from '../../src/knowledge/petrarch/index.js';
import { dictionaryLines } from '../../src/knowledge/petrarch/lines.js';
import { fixture } from './fixtures.js';
import { errorOf } from './helpers.js';

describe('dictionaryLines', () => {
  it('removes #, ; and <!-- --> comments, keeps # inside [ ], and numbers lines', () => {
    const text = 'A # c\r\n<!-- x\ny -->\nB <!-- c --> C\n; legacy\n- * X [###]\n<! -- old style -->\n\t\n';
    expect(dictionaryLines(text)).toEqual([
      { line: 1, text: 'A' }, { line: 4, text: 'B  C' }, { line: 6, text: '- * X [###]' },
    ]);
  });
});

describe('petrarchDate', () => {
  it.each([
    ['950601', '1995-06-01'], ['300101', '2030-01-01'], ['310101', '1931-01-01'], ['20120229', '2012-02-29'],
    ['20100229', null], ['19951301', null], ['9506', null], ['1995060', null],
  ])('%s → %s', (s, d) => expect(petrarchDate(s)).toBe(d));
});

describe('inflections', () => {
  it('forms regular verb forms', () => {
    expect(verbForms('agree')).toEqual(['agrees', 'agreeing', 'agreed']);
    expect(verbForms('try')).toEqual(['tries', 'trying', 'tried']);
    expect(verbForms('die')).toEqual(['dies', 'dying', 'died']);
    expect(verbForms('visit')).toEqual(expect.arrayContaining(['visits', 'visited', 'visiting']));
    expect(verbForms('regret')).toEqual(expect.arrayContaining(['regretted', 'regretting']));
    expect(verbForms('veto')).toContain('vetoes');
    expect(verbForms('say', true)).toEqual(['says', 'saying']);
  });

  it('forms plurals, but not of function words or words ending in s', () => {
    expect([plural('treaty'), plural('congress'), plural('dollars'), plural('not'), plural('n\'t')]).toEqual(['treaties', 'congresses', null, null, null]);
  });

  it('splits paired event codes', () => {
    expect(splitPairedCode('043:042')).toEqual({ forward: '043', reverse: '042' });
    expect(splitPairedCode(':080')).toEqual({ forward: null, reverse: '080' });
    expect(splitPairedCode('050')).toEqual({ forward: '050', reverse: null });
  });
});

describe('readPetrarchDictionaries', () => {
  it('takes the kind from the file name and merges the files', () => {
    const source = readPetrarchDictionaries(['mini.verbs.txt', 'mini.actors.txt', 'mini.agents.txt', 'mini.discards.txt'].map(fixture));
    expect([source.anchors.length, source.actors.length, source.agents.length, source.discards.length]).toEqual([7, 14, 8, 3]);
    expect(source.codebook).toBeInstanceOf(Map);
    expect(petrarchKind('dicts/CAMEO.2.0.VERBS.txt')).toBe('verbs');
    expect(petrarchKind('Phoenix.Countries.actors.txt')).toBe('actors');
  });

  it('rejects a file whose kind it cannot tell, naming the file', () => {
    const e = errorOf(() => readPetrarchDictionaries([{ path: 'x/Phoenix.issues.txt', text: '' }]));
    expect([e.code, e.file]).toEqual(['DICT_SYNTAX', 'x/Phoenix.issues.txt']);
  });
});
