import { describe, expect, it } from 'vitest';
import type { LuccaError } from '../../src/model/errors.js';
import { readPetrarchDictionaries } from '../../src/knowledge/petrarch/index.js';
import { benchFile, hasBench } from './fixtures.js';

/** PETRARCH's own validation dictionaries, read whole; assertions checked by reading the files. */
describe.skipIf(!hasBench)('PETR.Validate dictionaries (cameo2)', () => {
  const names = ['PETR.Validate.verbs.2.0.txt', 'PETR.Validate.actors.txt', 'PETR.Validate.agents.txt', 'PETR.Validate.discards.txt'];
  const problems: LuccaError[] = [];
  // describe bodies run even when skipped: read the files only when they are there.
  const source = readPetrarchDictionaries(hasBench ? names.map((n) => benchFile('cameo2', n)) : [], { onProblem: (p) => problems.push(p) });
  const anchor = (lemma: string) => source.anchors.filter((a) => a.lemma === lemma);
  const actor = (name: string) => source.actors.find((a) => a.name === name)!;

  it('reads everything, with two tolerated problems', () => {
    expect(source.anchors).toHaveLength(125);
    expect(new Set(source.patterns.map((p) => p.id)).size).toBe(452);
    expect(source.patterns).toHaveLength(4478);
    expect(source.actors).toHaveLength(130);
    expect(source.agents).toHaveLength(88);
    expect(source.discards).toHaveLength(9);
    expect(source.codebook.size + source.plover.size).toBe(0);
    expect(problems.map((p) => [p.code, p.line])).toEqual([['DICT_SYNTAX', 453], ['DICT_REFERENCE', 1108]]);
    expect(problems[1].message).toMatch(/&SECURITY/);
  });

  it("gives GOLLUM its three dated codes and synonyms", () => {
    expect(actor('Gollum').phrases).toEqual([['gollum'], ['smeagol'], ['slinker'], ['stinker']]);
    expect(actor('Gollum').codes.map((c) => [c.code, c.from, c.to])).toEqual([
      ['HOB', null, '1995-06-01'], ['HOBGOV', '1995-06-01', '1999-08-15'], ['HOBREB', '1999-08-16', null], ['---', null, null],
    ]);
  });

  it('reads the other dated and odd actor entries', () => {
    expect(actor('Sam Gamgee').codes.map((c) => c.code)).toEqual(['HOBCIV', 'ORCHOB', 'HOBMIL', 'HOBGOV', 'HOBELI', 'HOB']);
    expect(actor('Zimbabwe').codes.map((c) => [c.code, c.to])).toEqual([['RHO', '1979-06-06'], ['ZBW', null]]);
    expect(actor('Isildur').codes[0].code).toBe('+++');
    expect(actor('Lorien').codes[0]).toMatchObject({ code: 'ELR/GAL', country: null });
    expect(actor('Palestinian').codes[0].code).toBe('PSE');
    expect(actor('International Criminal Police Organization')).toMatchObject({
      kind: 'igo', phrases: [['international', 'criminal', 'police', 'organization'], ['interpol']], codes: [{ code: 'IGOCOPITP' }],
    });
  });

  it('expands the !PERSON! and !MINST! substitution sets', () => {
    const congress = source.agents.find((a) => a.phrases[0].join(' ') === 'congressman')!;
    expect(congress.phrases.map((p) => p.join(' '))).toEqual(['congressman', 'congressmen', 'congresswoman', 'congresswomen', 'congressperson']);
    const silly = source.agents.find((a) => a.phrases[0].join(' ') === 'minister of silly walks')!;
    expect(silly.phrases).toHaveLength(4);
    expect(source.agents.find((a) => a.phrases[0][0] === 'msf')).toMatchObject({ code: 'NGO', position: 'prefix', phrases: [['msf']] });
  });

  it('reads verb blocks: codes, irregular forms, multi-word verbs', () => {
    expect(anchor('host')[0].code).toBe('043:042');
    expect(['indicate', 'point'].map((l) => anchor(l)[0].code)).toEqual([null, null]);
    expect(anchor('signal')[0].forms).toEqual(expect.arrayContaining(['signals', 'signalling', 'signalled']));
    expect(anchor('hold')[0].code).toBeNull();
    expect(anchor('downplay')[0].code).toBe('014');
    expect(anchor('take note')[0].forms).toEqual(expect.arrayContaining(['takes note', 'taking note', 'taken note', 'took note']));
    expect(anchor('say').map((a) => a.code)).toEqual(['010', '010']);
  });

  it('expands synsets with multi-word and parenthesised members', () => {
    const vow = source.patterns.find((p) => p.anchor === 'vow' && p.code === '113')!;
    expect(vow.after).toHaveLength(1);
    expect(vow.after[0]).toMatchObject({ kind: 'words' });
    const alts = vow.after[0].kind === 'words' ? vow.after[0].alternatives : [];
    expect(alts).toEqual(expect.arrayContaining([['to', 'the', 'end'], ['to', 'the', 'death'], ['until', 'hell', 'freezes', 'over']]));
    const money = source.patterns.find((p) => p.anchor === 'contribute' && p.code === '070' && p.text.includes('&CURRENCY'))!;
    const cur = money.after[0].kind === 'words' ? money.after[0].alternatives : [];
    expect(cur).toEqual(expect.arrayContaining([['yum', 'yennyen'], ['golden', 'goblin', 'galleons'], ['dollar'], ['dollars']]));
    expect(cur).not.toContainEqual(['krones']);
  });

  it('reads a pattern with source, skip and groups', () => {
    const p = source.patterns.find((x) => x.anchor === 'warn' && x.text.startsWith('- $ ^ (FOR) *'))!;
    expect(p).toMatchObject({ code: '164', before: [{ kind: 'source' }, { kind: 'words', alternatives: [['for']] }], after: [] });
  });

  it('reads story and sentence discards', () => {
    expect(source.discards.filter((d) => d.story).map((d) => d.phrase.join(' '))).toEqual(['world golf championships', 'manchester united', 'typhoon', 'espn2']);
  });
});

describe.skipIf(!hasBench)('PETR.Validate dictionaries (cameo1, PETRARCH2 syntax)', () => {
  const names = ['PETR.Validate.verbs.txt', 'PETR.Validate.actors.txt', 'PETR.Validate.agents.txt', 'PETR.Validate.discards.txt'];
  const problems: LuccaError[] = [];
  const source = readPetrarchDictionaries(hasBench ? names.map((n) => benchFile('cameo1', n)) : [], { onProblem: (p) => problems.push(p) });

  it('reads everything; the only problem is the header with two codes', () => {
    expect([source.anchors.length, source.patterns.length, source.actors.length]).toEqual([269, 501, 128]);
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/DELAY/)]);
  });

  it('expands a synset that nests other synsets (&ACCORDSYN)', () => {
    const p = source.patterns.find((x) => x.text.includes('INCHING &ACCORDSYN'))!;
    expect(p.before[1].kind).toBe('words');
    const alts = p.before[1].kind === 'words' ? p.before[1].alternatives : [];
    expect(alts).toEqual(expect.arrayContaining([['military'], ['closer'], ['austrian', 'florin'], ['yen']]));
  });

  it('joins words around the verb with _ and resolves &NAME_WORD', () => {
    const p = source.patterns.find((x) => x.text.includes('SO IN_AND_*_OUT_AGAIN'))!;
    expect(p.before.map((e) => (e.kind === 'words' ? e.alternatives : e.kind))).toEqual([[['so']], [['in', 'and']]]);
    expect(p.after.map((e) => (e.kind === 'words' ? e.alternatives : e.kind))).toEqual([[['out', 'again']], [['now']]]);
    const q = source.patterns.find((x) => x.text.includes('&NEGATVAUXVRB_WANT'))!;
    expect(q.before[0]).toMatchObject({ kind: 'words', alternatives: expect.arrayContaining([['did', "n't", 'want'], ['will', 'not', 'want']]) });
  });
});
