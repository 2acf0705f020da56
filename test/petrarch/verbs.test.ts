import { describe, expect, it } from 'vitest';
import { LuccaError } from '../../src/model/errors.js';
import type { EventPattern } from '../../src/model/knowledge.js';
import { readVerbs } from '../../src/knowledge/petrarch/index.js';
import { fixture } from './fixtures.js';

const problems: LuccaError[] = [];
const { anchors, patterns } = readVerbs(fixture('mini.verbs.txt'), { onProblem: (p) => problems.push(p) });
const byLine = (line: number, anchor = 'meet'): EventPattern => {
  const p = patterns.find((x) => x.origin.line === line && x.anchor === anchor);
  if (!p) throw new Error(`no pattern at line ${line} for ${anchor}`);
  return p;
};
const words = (...alts: string[][]) => ({ kind: 'words', alternatives: alts });

describe('readVerbs: verb blocks', () => {
  it('makes one anchor per verb line, with the block code unless the verb has its own', () => {
    expect(anchors.map((a) => [a.lemma, a.code])).toEqual([
      ['meet', '040:042'], ['take note', '040:042'], ['wire tap', '040:042'], ['greet', '041'],
      ['hold', null], ['stop', null], ['abandon', null],
    ]);
  });

  it('keeps irregular forms and adds the regular -s and -ing forms', () => {
    const meet = anchors.find((a) => a.lemma === 'meet')!;
    expect(meet.forms).toEqual(expect.arrayContaining(['meets', 'met', 'meeting']));
    expect(meet.forms).not.toContain('meeted');
    expect(anchors.find((a) => a.lemma === 'hold')!.forms).toEqual(expect.arrayContaining(['holds', 'held', 'holding']));
  });

  it('inflects the "+" word of a multi-word verb', () => {
    const take = anchors.find((a) => a.lemma === 'take note')!;
    expect(take.forms).toEqual(expect.arrayContaining(['takes note', 'took note', 'taking note']));
    const tap = anchors.find((a) => a.lemma === 'wire tap')!;
    expect(tap.forms).toEqual(expect.arrayContaining(['wire taps', 'wire tapped', 'wire tapping']));
  });

  it('generates regular forms with the usual spelling rules', () => {
    const stop = anchors.find((a) => a.lemma === 'stop')!;
    expect(stop.forms).toEqual(expect.arrayContaining(['stops', 'stopped', 'stopping']));
    expect(anchors.find((a) => a.lemma === 'abandon')!.forms).toEqual(expect.arrayContaining(['abandons', 'abandoned', 'abandoning']));
  });

  it('records the origin of each anchor', () => {
    expect(anchors[0].origin.line).toBe(22);
    expect(anchors[0].origin.file).toMatch(/mini\.verbs\.txt$/);
  });
});

describe('readVerbs: patterns', () => {
  it('makes one pattern per verb of the block, with id file:line and the raw text', () => {
    const at = patterns.filter((p) => p.origin.line === 26);
    expect(at.map((p) => p.anchor)).toEqual(['meet', 'take note', 'wire tap', 'greet']);
    expect(at[0]).toMatchObject({ id: 'mini.verbs.txt:26', code: '043', nominal: false, strict: false, mode: null, text: '- * (WITH +) [043]' });
  });

  it('flattens (…) groups and reads + as the target', () => {
    expect(byLine(26)).toMatchObject({ before: [], after: [words(['with']), { kind: 'target' }] });
  });

  it('reads % as the compound slot', () => {
    expect(byLine(27)).toMatchObject({ code: '036', before: [{ kind: 'compound' }], after: [] });
  });

  it('reads $ as source, drops ^, reads {…} as a noun phrase, joins &SET_WORD, and keeps codes like 075A', () => {
    const p = byLine(28);
    expect(p.code).toBe('075A');
    expect(p.before).toEqual([{ kind: 'source' }]);
    // The words that close the {…} group must end their noun phrase.
    expect(p.after).toEqual([
      words(['new']),
      { ...words(['military', 'relations'], ['militaries', 'relations'], ['economic', 'relations'], ['economics', 'relations']), nounGroup: true },
    ]);
  });

  it('reads a synset label ending in _ without plurals, and keeps the null code ---', () => {
    const p = byLine(29);
    expect(p.code).toBe('---');
    expect(p.before).toEqual([words(['was'], ['will', 'be'])]);
    expect(p.after).toEqual([{ kind: 'target' }]);
  });

  it('joins words to the verb with _ and expands nested synsets', () => {
    const p = byLine(30);
    expect(p.before).toEqual([words(['in'])]);
    expect(p.after[0]).toEqual(words(['out', 'again']));
    expect(p.after[1]).toEqual(words(
      ['relations'], ['diplomatic', 'ties'], ['closure'], ['joint', 'venture'], ['joint', 'ventures'],
      ['to', 'the', 'end'], ['to', 'the', 'ends'], ['latecomer'], ['latecomers'],
    ));
  });

  it('applies patterns of a block without a code', () => {
    expect(patterns.filter((p) => p.origin.line === 42).map((p) => [p.anchor, p.code])).toEqual([['hold', '031'], ['stop', '031']]);
  });

  it('reports nothing for a clean file', () => {
    expect(problems).toEqual([]);
  });
});
