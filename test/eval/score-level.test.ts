import { describe, expect, it } from 'vitest';
import type { GoldSentence } from '../../src/eval/gold.js';
import { principalActor, scoreSentences } from '../../src/eval/score.js';

const gold: GoldSentence[] = [{
  id: 's:0', date: null, category: '19', text: 'x', noEvents: false, skip: false, error: null, implemented: true, config: {},
  origin: { file: 'g', line: 1 }, triples: [{ source: 'RUSMIL', target: 'UKR', code: '195' }],
}];

describe('root-level scoring', () => {
  it('reduces actor codes to their country or organisation', () => {
    expect(principalActor('RUSMIL')).toBe('RUS');
    expect(principalActor('IGOUNOMIL')).toBe('IGOUNO');
    expect(principalActor('IGOG7GOV')).toBe('IGOG7');
    expect(principalActor('---GOV')).toBe('---');
  });

  it('counts a triple with the right countries and root as a hit only at root level', () => {
    const predicted = new Map([['s:0', [{ source: 'RUSGOV', target: 'UKRMIL', code: '190' }]]]);
    expect(scoreSentences(gold, predicted).micro.tp).toBe(0);
    expect(scoreSentences(gold, predicted, 'root').micro.tp).toBe(1);
    const wrong = new Map([['s:0', [{ source: 'RUSGOV', target: 'BLR', code: '190' }]]]);
    expect(scoreSentences(gold, wrong, 'root').micro.tp).toBe(0);
  });
});

describe('PLOVER-level scoring', () => {
  it('compares the principal actors and the PLOVER type of each code', () => {
    const types: Record<string, string> = { 195: 'ASSAULT', 183: 'ASSAULT', 190: 'ASSAULT', 111: 'ACCUSE' };
    const typeOf = (code: string) => types[code] ?? code;
    // 183 and 195 are different CAMEO roots but one PLOVER type.
    const sameType = new Map([['s:0', [{ source: 'RUSMIL', target: 'UKRGOV', code: '183' }]]]);
    expect(scoreSentences(gold, sameType, 'root').micro.tp).toBe(0);
    expect(scoreSentences(gold, sameType, 'plover', typeOf).micro.tp).toBe(1);
    const otherType = new Map([['s:0', [{ source: 'RUS', target: 'UKR', code: '111' }]]]);
    expect(scoreSentences(gold, otherType, 'plover', typeOf).micro.tp).toBe(0);
  });
});
