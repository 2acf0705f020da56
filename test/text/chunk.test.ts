import { describe, expect, it } from 'vitest';
import type { AnalysedSentence } from '../../src/model/analysis.js';
import { createChunker, createTokenizer } from '../../src/text/index.js';

const tokenize = createTokenizer();
const chunk = createChunker({ isVerbLemma: (l) => ['praise', 'call', 'urge', 'release'].includes(l) });

function analyse(text: string): AnalysedSentence {
  return chunk(tokenize(text).sentences[0]);
}
const nps = (a: AnalysedSentence) => a.nps.map((np) => a.sentence.words.slice(np.start, np.end).join(' '));

describe('chunker', () => {
  it('keeps possessors, hyphenated compounds and proper-noun modifiers inside one noun phrase', () => {
    expect(nps(analyse("Assad's air force bombed rebel-held areas."))).toEqual(["Assad 's air force", 'rebel - held areas']);
    expect(nps(analyse("It reads the G7 foreign ministers' joint communiqué."))).toContain("the G7 foreign ministers ' joint communiqué");
  });

  it('finds passive, negated, modal and infinitive verb groups', () => {
    const a = analyse('Russia will not be invited to talks, which were blocked by Britain, and plans to protest.');
    const byLemma = Object.fromEntries(a.vgs.map((v) => [v.lemma, v]));
    expect(byLemma.invite).toMatchObject({ passive: true, negated: true, modality: 'future' });
    expect(byLemma.block).toMatchObject({ passive: true, negated: false });
    expect(byLemma.protest).toMatchObject({ infinitive: true });
  });

  it('reads a bare participle after an object and before a preposition as a reduced passive relative', () => {
    const vg = (text: string, lemma: string) => analyse(text).vgs.find((v) => v.lemma === lemma);
    expect(vg('India expelled a Pakistani diplomat accused of espionage.', 'accuse')).toMatchObject({ passive: true, nonFinite: true });
    // After a verb that takes a clause, or as the main verb, the participle form is a finite verb.
    expect(vg('Police said protesters gathered in the square.', 'gather')).toMatchObject({ passive: false });
    expect(vg('Protesters gathered in the square.', 'gather')).toMatchObject({ passive: false });
    expect(vg('India expelled a diplomat and accused him of espionage.', 'accuse')).toMatchObject({ passive: false });
    // Also in the object of an infinitive: "to impose tariffs on goods imported from Mexico".
    expect(vg('Trump threatened to impose tariffs on goods imported from Mexico.', 'import')).toMatchObject({ passive: true });
  });

  it('ends a noun phrase before an -ing participle after a plural head ("the diplomats meeting in Lucca")', () => {
    expect(nps(analyse('The bid was blocked by the diplomats meeting in Lucca.'))).toContain('the diplomats');
    expect(nps(analyse('The peace meeting in Lucca ended.'))).toContain('The peace meeting');
  });

  it('does not read "by" + a means as a passive agent ("spoke by telephone")', () => {
    expect(analyse('Macron spoke by telephone with Raisi.').vgs[0]).toMatchObject({ passive: false });
    expect(analyse('An airbase struck by missiles burned.').vgs[0]).toMatchObject({ passive: true });
  });

  it('reads a bare verb joined to an infinitive as an infinitive ("to cut off or reduce aid")', () => {
    const a = analyse('Trump threatened to cut or substantially reduce aid to Guatemala.');
    expect(a.vgs.find((v) => v.lemma === 'reduce')).toMatchObject({ infinitive: true });
    expect(analyse('Trump threatened Iran and reduced aid to Iraq.').vgs.find((v) => v.lemma === 'reduce')).toMatchObject({ infinitive: false });
  });

  it('reads a known event verb after a modal or "to" as the verb ("it would free the activists")', () => {
    const c = createChunker({ isVerbLemma: (l) => l === 'free' });
    expect(c(tokenize('It said it would free several opposition activists.').sentences[0]).vgs.map((v) => v.lemma)).toContain('free');
  });

  it('reads a past form between a bare name and a noun as the verb ("Qatar mediated talks")', () => {
    const c = createChunker({ isVerbLemma: (l) => l === 'mediate', formLemma: (f) => (f === 'mediated' ? 'mediate' : undefined) });
    expect(c(tokenize('Qatar mediated talks between them.').sentences[0]).vgs.map((v) => v.lemma)).toContain('mediate');
    expect(c(tokenize('The Qatar mediated talks failed.').sentences[0]).vgs.map((v) => v.lemma)).not.toContain('mediate');
  });

  it('keeps a noun after a country adjective a noun ("Israeli strikes on Gaza killed …")', () => {
    const withDemonyms = createChunker({ isVerbLemma: (l) => l === 'strike', isDemonym: (w) => w === 'israeli' });
    const a = withDemonyms(tokenize('Israeli strikes on Gaza killed 20 people.').sentences[0]);
    expect(a.vgs.map((v) => v.lemma)).toEqual(['kill']);
    const noDemonyms = createChunker({ isVerbLemma: (l) => l === 'strike' });
    expect(noDemonyms(tokenize('Israeli strikes on Gaza killed 20 people.').sentences[0]).vgs.map((v) => v.lemma)).toContain('strike');
  });

  it('re-reads a headline noun as a verb when it is a known event verb between subject and object', () => {
    const a = analyse('Foreign ministers of the G7 praise the US missile strike');
    expect(a.vgs.map((v) => v.lemma)).toContain('praise');
    const plain = createChunker()(tokenize('Foreign ministers of the G7 praise the US missile strike').sentences[0]);
    expect(plain.vgs.map((v) => v.lemma)).not.toContain('praise');
  });

  it('re-reads a known verb before a counted object as a verb', () => {
    const a = analyse('They demanded that the Georgian government release dozens of prisoners.');
    expect(a.vgs.map((v) => v.lemma)).toContain('release');
  });

  it('marks tokens inside quotation marks', () => {
    const a = analyse('“We urge Russia to act,” the ministers said.');
    const we = a.sentence.words.indexOf('We');
    const said = a.sentence.words.indexOf('said');
    expect(a.quoted[we]).toBe(1);
    expect(a.quoted[said]).toBe(0);
  });
});
