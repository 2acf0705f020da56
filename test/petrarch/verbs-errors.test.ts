import { describe, expect, it } from 'vitest';
import type { LuccaError } from '../../src/model/errors.js';
import { readVerbs } from '../../src/knowledge/petrarch/index.js';
import { errorOf } from './helpers.js';

const read = (text: string, onProblem?: (p: LuccaError) => void) => readVerbs({ path: 'x.verbs.txt', text }, { onProblem });
const block = (...lines: string[]) => ['--- SAY [010] ---', 'SAY', ...lines].join('\n');

describe('readVerbs: malformed lines raise DICT_SYNTAX with file and line', () => {
  it.each([
    ['a pattern without a code', block('- * TALKS')],
    ['an unbalanced group', block('- * (TO {PEACE) [010]')],
    ['an unclosed group', block('- * (TO PEACE [010]')],
    ['two verb markers', block('- * * [010]')],
    ['no verb marker', block('- + TALKS [010]')],
    ['an unknown character', block('- * PEACE|WAR [010]')],
    ['text after the code', block('- * TALKS [010] MORE')],
    ['an empty code', block('- * TALKS []')],
    ['a bad verb line', block('TELL {TOLD')],
    ['text after a verb code', block('TELL [010] AGAIN')],
    ['forms after the code', block('TELL [010] {TOLD}')],
    ['two "+" in a verb', block('+WIRE_+TAP')],
    ['a bad synset label', '--- A [010] ---\n&BAD LABEL'],
    ['a verb inside a synset', '&SET\n+A\nSAY'],
  ])('%s', (_name, text) => {
    const e = errorOf(() => read(text));
    expect(e.code).toBe('DICT_SYNTAX');
    expect(e.file).toBe('x.verbs.txt');
    expect(e.line).toBe(text.split('\n').length);
  });

  it('rejects a pattern before any verb block', () => {
    const e = errorOf(() => read('# header\n- * TALKS [010]'));
    expect([e.code, e.line]).toEqual(['DICT_SYNTAX', 2]);
  });
});

describe('readVerbs: synset references', () => {
  it('throws DICT_REFERENCE for an undefined synset', () => {
    const e = errorOf(() => read(block('- * &NOWHERE [010]')));
    expect([e.code, e.file, e.line]).toEqual(['DICT_REFERENCE', 'x.verbs.txt', 3]);
  });

  it('with onProblem, drops the pattern (as PETRARCH does) and reports it', () => {
    const seen: LuccaError[] = [];
    const { patterns } = read(block('- * &NOWHERE [010]', '- * TALKS [020]'), (p) => seen.push(p));
    expect(patterns.map((p) => p.code)).toEqual(['020']);
    expect(seen.map((p) => [p.code, p.line])).toEqual([['DICT_REFERENCE', 3]]);
  });

  it('throws DICT_REFERENCE for a synset that contains itself', () => {
    const e = errorOf(() => read(['&A', '+&B', '&B', '+&A', block('- * &A [010]')].join('\n')));
    expect(e.code).toBe('DICT_REFERENCE');
  });
});

describe('readVerbs: problems PETRARCH tolerates', () => {
  const collect = (text: string) => {
    const seen: LuccaError[] = [];
    return { result: read(text, (p) => seen.push(p)), seen };
  };

  it('reads a pattern line that lost its "-"', () => {
    const { result, seen } = collect(block('* (TO QUESTION) [110]'));
    expect(result.patterns[0]).toMatchObject({ code: '110', after: [{ kind: 'words', alternatives: [['to']] }, { kind: 'words', alternatives: [['question']] }] });
    expect(seen.map((p) => [p.code, p.line])).toEqual([['DICT_SYNTAX', 3]]);
    expect(errorOf(() => read(block('* (TO QUESTION) [110]'))).line).toBe(3);
  });

  it('ignores transformation lines, with a report', () => {
    const { result, seen } = collect(block('~ a (a b ATTACK) SAY = a b 015'));
    expect(result.patterns).toEqual([]);
    expect(seen[0].message).toMatch(/transformations/);
  });

  it('uses the first of two header codes, with a report', () => {
    const { result, seen } = collect('--- DELAY [120]  [031:031]  ---\nDELAY');
    expect(result.anchors[0].code).toBe('120');
    expect(seen).toHaveLength(1);
  });

  it('accepts an identical redefinition silently and reports a different one', () => {
    expect(collect(['&S', '+A', '&S', '+A', block('- * &S [010]')].join('\n')).seen).toEqual([]);
    const { result, seen } = collect(['&S', '+A', '&S', '+BOND', block('- * &S [010]')].join('\n'));
    expect(result.patterns[0].after[0]).toEqual({ kind: 'words', alternatives: [['bond'], ['bonds']] });
    expect(seen.map((p) => p.line)).toEqual([3]);
  });
});
