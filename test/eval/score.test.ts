import { describe, expect, it } from 'vitest';
import type { GoldSentence } from '../../src/eval/index.js';
import { formatReport, groupPredictions, reportJson, scoreSentences } from '../../src/eval/index.js';

const g = (id: string, category: string, triples: [string, string, string][], extra: Partial<GoldSentence> = {}): GoldSentence => ({
  id, category, date: null, text: `text of ${id}`, triples: triples.map(([source, target, code]) => ({ source, target, code })),
  noEvents: triples.length === 0, skip: false, error: null, implemented: true, config: {}, origin: { file: 'g', line: 1 }, ...extra,
});
const t = (source: string, target: string | null, code: string) => ({ source, target, code });

const gold = [
  g('A', 'DEMO', [['ARN', 'GON', '050']]),
  g('B', 'DEMO', [['ARN', 'GON', '050'], ['GON', 'ARN', '040']]),
  g('C', 'VERB', []),
  g('D', 'VERB', [['ETH', '---', '010']]),
  g('E', 'ERROR', [], { skip: true, error: 'dateline', noEvents: false }),
];
const predicted = new Map([
  ['A', [t('ARN', 'GON', '050'), t('ARN', 'GON', '050')]],
  ['B', [t('ARN', 'GON', '050'), t('ARN', 'MOR', '040')]],
  ['D', [t('ETH', null, '010')]],
  ['E', [t('X', 'Y', '010')]],
  ['Z', [t('X', 'Y', '010')]],
]);
const report = scoreSentences(gold, predicted);

describe('scoreSentences', () => {
  it('counts exact sentences: duplicates collapse, no prediction matches noEvents, a null target is ---', () => {
    expect([report.sentences, report.exact]).toEqual([4, 3]);
    expect(report.exactRate).toBeCloseTo(0.75);
  });

  it('computes micro precision, recall and F1 over triples', () => {
    expect(report.micro).toMatchObject({ tp: 3, fp: 1, fn: 1 });
    expect(report.micro.precision).toBeCloseTo(0.75);
    expect(report.micro.recall).toBeCloseTo(0.75);
    expect(report.micro.f1).toBeCloseTo(0.75);
  });

  it('makes a per-category table, with null rates where undefined', () => {
    expect(report.categories.map((c) => [c.category, c.n, c.exact, c.tp, c.fp, c.fn])).toEqual([
      ['DEMO', 2, 1, 2, 1, 1], ['VERB', 2, 2, 1, 0, 0],
    ]);
    const none = scoreSentences([g('C', 'VERB', [])], new Map());
    expect(none.categories[0]).toMatchObject({ exactRate: 1, precision: null, recall: null, f1: null });
  });

  it('lists failures, skipped records and predictions for unknown ids', () => {
    expect(report.failures).toEqual([{
      id: 'B', category: 'DEMO', text: 'text of B', expected: ['ARN GON 050', 'GON ARN 040'], got: ['ARN GON 050', 'ARN MOR 040'],
      missing: ['GON ARN 040'], extra: ['ARN MOR 040'],
    }]);
    expect(report.skipped).toEqual(['E']);
    expect(report.unknown).toEqual(['Z']);
  });

  it('rejects gold with repeated ids', () => {
    expect(() => scoreSentences([gold[0], gold[0]], new Map())).toThrow(/twice/);
  });
});

describe('groupPredictions', () => {
  const ev = (story: string, index: number, target: string | null) => ({
    story_id: story, sentence_index: index, source: { code: 'ARN' }, target: target ? { code: target } : null, cameo: { code: '050' },
  });
  it('groups Lucca events by story or by sentence', () => {
    const events = [ev('s1', 0, 'GON'), ev('s1', 1, null), ev('s2', 0, 'MOR')];
    expect([...groupPredictions(events, 'story')]).toEqual([
      ['s1', [t('ARN', 'GON', '050'), t('ARN', '---', '050')]], ['s2', [t('ARN', 'MOR', '050')]],
    ]);
    expect([...groupPredictions(events, 'sentence').keys()]).toEqual(['s1:0', 's1:1', 's2:0']);
  });
});

describe('report output', () => {
  it('formats a readable table', () => {
    const text = formatReport(report);
    expect(text).toContain('Sentences scored: 4 (1 skipped: E)');
    expect(text).toContain('Exact-sentence match: 3/4 (75.0 %)');
    expect(text).toContain('Triples: precision 0.750  recall 0.750  F1 0.750  (tp 3, fp 1, fn 1)');
    expect(text).toMatch(/^DEMO\s+2\s+1\s+50\.0 %\s+0\.667\s+0\.667\s+0\.667\s+2\s+1\s+1$/m);
    expect(text).toContain('Predictions for ids not in the gold: Z');
    expect(text).toContain('    expected: ARN GON 050 | GON ARN 040');
    expect(formatReport(report, { maxFailures: 0 })).not.toContain('Failures');
  });

  it('gives the JSON shape for --json', () => {
    const json = JSON.parse(reportJson(report));
    expect(json).toMatchObject({ format: 'lucca-eval/1', sentences: 4, exact: 3, micro: { tp: 3 }, skipped: ['E'], unknown: ['Z'] });
    expect(json.categories[1]).toEqual({ category: 'VERB', n: 2, exact: 2, exactRate: 1, tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });
});
