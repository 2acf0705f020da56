import { describe, expect, it } from 'vitest';
import { codeOnDate } from '../../src/actors/index.js';
import type { Coder } from '../../src/pipeline/coder.js';
import { coderWith, fixture } from '../helpers.js';

/** The actor codes of the phrases a coder saw in a text. */
function phraseCodes(coder: Coder, text: string, date: string): string[] {
  return coder.codeStory({ id: 't', text, date }, { trace: true }).trace!.flatMap((t) => t.phrases.flatMap((p) => p.mentions.map((m) => m.code.code)));
}

/** The actor codes of the phrases the fixture coder saw in one sentence. */
function actors(text: string, date = '2017-04-12'): string[] {
  return phraseCodes(fixture(), text, date);
}

describe('actor phrases', () => {
  it('combines a country with sector agents', () => {
    expect(actors('Syrian rebels met Russian troops.')).toEqual(['SYRREB', 'RUSMIL']);
  });

  it('uses a possessor person’s country with the phrase’s own agents', () => {
    expect(actors("Assad's air force struck.")).toEqual(['SYRMIL']);
  });

  it('attaches "of/from" organisations and countries to agent phrases', () => {
    expect(actors('Foreign ministers of the G7 met.')).toEqual(['IGOG7GOV']);
    expect(actors('Foreign ministers from Russia, Iran and Syria met.')).toEqual(['RUSGOV', 'IRNGOV', 'SYRGOV']);
  });

  it('takes only the country from a place attached with "in"', () => {
    expect(actors('Troops in Moscow met.')).toEqual(['RUSMIL']);
    expect(actors('Troops from Moscow met.')).toEqual(['RUSGOVMIL']);
  });

  it('reads "X (Y)" as one actor', () => {
    expect(actors('The United Nations (UN) met.')).toEqual(['IGOUNO']);
  });

  it('lets a phrase with no actor of its own stand for the actor it is "of"', () => {
    expect(actors('The government of Syria met.')).toEqual(['SYRGOV']);
    expect(actors('The people of Syria met.')).toEqual(['SYR']);
  });

  it('gives a place to every agent listed before it', () => {
    expect(actors('Troops and diplomats from Russia and Iran met.')).toEqual(['RUSMIL', 'IRNMIL', 'RUSGOV', 'IRNGOV']);
  });

  it('prefers a named institution to the possessor that owns it', () => {
    expect(actors("America's Pentagon met.")).toEqual(['USAMIL']);
  });

  it('adds no agents to an armed group whose code already says what it is', () => {
    expect(actors('Hamas rebels met.')).toEqual(['PSEREBHMS']);
  });

  it('reads an adjective that closes a noun phrase as its head', () => {
    expect(actors('The Syrian military said nothing.')).toEqual(['SYRMIL']);
  });

  it('lets a bare country word share the head noun of the phrase it is conjoined to', () => {
    expect(actors('American and Russian troops met.')).toEqual(['USAMIL', 'RUSMIL']);
    expect(actors('Russia and Syrian rebels met.')).toEqual(['RUS', 'SYRREB']);
  });

  it('splits coordinated actors', () => {
    expect(actors('Russia and Iran met.')).toEqual(['RUS', 'IRN']);
  });

  it('matches acronyms written in capitals only', () => {
    expect(actors('The US condemned it.')).toEqual(['USA']);
    expect(actors('Tell us more.')).toEqual([]);
  });

  it('resolves metonyms of the seat of government', () => {
    expect(actors('Moscow condemned the strike.')).toEqual(['RUSGOV']);
    // Before an agent noun the capital is a place: the country alone.
    expect(actors('Moscow troops met.')).toEqual(['RUSMIL']);
  });

  it('names a person holding two offices by the one taken last', () => {
    const general = {
      id: 'person:g', name: 'A General', kind: 'person' as const, phrases: [['A', 'General']], origin: { file: 'x', line: 1 },
      codes: [
        { code: 'THAMIL', country: 'THA', org: null, agents: ['MIL'], from: '2010-10-01', to: '2014-10-01', role: 'army chief' },
        { code: 'THAGOV', country: 'THA', org: null, agents: ['GOV'], from: '2014-08-24', to: '2023-08-22', role: 'prime minister' },
      ],
    };
    expect(codeOnDate(general, '2012-01-01').code).toBe('THAMIL');
    expect(codeOnDate(general, '2014-09-01').code).toBe('THAGOV');
    expect(codeOnDate(general, '2025-01-01').code).toBe('THAELI');
  });

  it('trusts a title in the text over a role the table says has ended, unless the title is former', () => {
    // Boris Johnson's fixture roles end in 2022.
    expect(actors('Prime Minister Boris Johnson spoke.', '2030-01-01')).toEqual(['GBRGOV']);
    expect(actors('Former Prime Minister Boris Johnson spoke.', '2030-01-01')).toEqual(['GBRELI']);
    expect(actors('Boris Johnson spoke.', '2030-01-01')).toEqual(['GBRELI']);
  });

  it('gives a person the role they held on the story date', () => {
    const johnson = fixture().knowledge.source.actors.find((a) => a.name === 'Boris Johnson')!;
    expect(codeOnDate(johnson, '2017-04-12').code).toBe('GBRGOV');
    expect(codeOnDate(johnson, '2020-05-01').code).toBe('GBRGOV');
    expect(codeOnDate(johnson, '2019-01-01').code).toBe('GBRELI');
    expect(codeOnDate(johnson, '2010-01-01').code).toBe('GBR');
  });

  it('resolves a surname alone to the one person known by it', () => {
    expect(actors('President Assad spoke.')).toEqual(['SYRGOV']);
  });

  it('combines a compound agent ("opposition lawmakers" → OPPLEG) and lists each sector', () => {
    const coder = coderWith({ 'actors/agents.tsv': 'OPPLEG\tsuffix\topposition lawmaker\n' });
    const r = coder.codeStory({ id: 't', text: 'Syrian opposition lawmakers spoke.', date: '2020-01-01' }, { trace: true });
    expect(r.trace![0].phrases[0].mentions[0].code).toMatchObject({ code: 'SYROPPLEG', agents: ['OPP', 'LEG'] });
  });

  it('lets a longer name after "the" win over a shorter one begun by it ("the Sudan" / "Sudan Liberation Movement")', () => {
    const coder = coderWith({
      'actors/countries.tsv': 'SDN\tSudan\tthe Sudan\tSudanese\tKhartoum\n',
      'actors/organisations.tsv': 'SDNREBSLA\tgroup\tSLM\tSudan Liberation Movement\t-\tSDN\tREB\n',
    });
    const codes = (text: string) => phraseCodes(coder, text, '2020-01-01');
    expect(codes('The Sudan Liberation Movement spoke.')).toEqual(['SDNREBSLA']);
    expect(codes('The Sudan spoke.')).toEqual(['SDN']);
  });

  it('resolves an unintroduced surname only to a person in office, family name first where news puts it first', () => {
    const coder = coderWith({
      'actors/countries.tsv': 'CHN\tChina\t-\tChinese\tBeijing\nPRK\tNorth Korea\t-\tNorth Korean\tPyongyang\n',
      'actors/people.tsv': 'Xi Jinping\t-\tCHN\tGOV\t2013-03-14\t-\tpresident\nKim Tok-hun\t-\tPRK\tGOV\t2020-08-13\t2024-12-27\tpremier\n',
    });
    const codes = (text: string, date: string) => phraseCodes(coder, text, date);
    expect(codes('President Xi spoke.', '2017-04-12')).toEqual(['CHNGOV']);
    expect(codes('Jinping spoke.', '2017-04-12')).toEqual([]);
    // "Tok-hun" is a given name: "Hun" alone is nobody.
    expect(codes('Hun spoke.', '2021-01-01')).toEqual([]);
    // Out of office, a bare surname names no one, unless the story introduced the person.
    expect(codes('President Assad spoke.', '2030-01-01')).toEqual([]);
    expect(codes('Bashar al-Assad arrived. Assad spoke.', '2030-01-01')).toEqual(['SYRELI', 'SYRELI']);
  });
});

describe('story memory', () => {
  it('resolves a definite description and a pronoun to earlier actors', () => {
    const r = fixture().codeText("Syria's foreign minister arrived. The minister condemned Russia. It urged Iran to talk.", { date: '2017-04-12' });
    const codes = r.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`);
    expect(codes).toContain('SYRGOV RUS 111');
    expect(codes).toContain('RUS IRN 027');
    // The record says which earlier mention an anaphor was resolved from, and how.
    const minister = r.events.find((e) => e.source.text === 'The minister');
    expect(minister?.source.resolved_from).toEqual({ sentence_index: 0, text: "Syria's foreign minister", how: 'description' });
    expect(r.events.find((e) => e.source.text === 'It')?.source.resolved_from).toMatchObject({ sentence_index: 1, how: 'pronoun' });
    expect(r.events.every((e) => e.target?.resolved_from === undefined)).toBe(true);
  });

  it('remembers documents an actor made as its own, but not everything it acted on', () => {
    const statement = fixture().codeText('Italy issued a statement. The statement condemned Syria.', { date: '2017-04-12' });
    expect(statement.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`)).toContain('ITA SYR 111');
    // "the attack" Russia condemned is not Russia's.
    const attack = fixture().codeText('Russia condemned the attack. Iran praised the attack.', { date: '2017-04-12' });
    expect(attack.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`)).not.toContain('IRN RUS 051');
  });

  it('resolves "the group", "the rebels" and "the country" to the last actor of that kind', () => {
    const r = fixture().codeText('Hamas condemned Syria. The group also condemned Iran. The rebels praised Italy. Russia praised France. The country condemned Iran.', { date: '2017-04-12' });
    expect(r.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`)).toEqual([
      'PSEREBHMS SYR 111', 'PSEREBHMS IRN 111', 'PSEREBHMS ITA 051', 'RUS FRA 051', 'FRA IRN 111',
    ]);
    expect(r.events[1].source.resolved_from).toMatchObject({ sentence_index: 0, text: 'Hamas', how: 'description' });
  });

  it('resolves "the diplomats" to the ministers named before, as one class of office holders', () => {
    const r = fixture().codeText('The foreign ministers of Italy and France arrived. The diplomats condemned Syria.', { date: '2017-04-12' });
    expect(r.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`)).toEqual(['ITAGOV SYR 111', 'FRAGOV SYR 111']);
    expect(r.events[0].source.resolved_from).toMatchObject({ sentence_index: 0, how: 'description' });
  });

  it("gives agents with no country the story's main country", () => {
    const r = fixture().codeText('Syria condemned Iran. Syria praised Italy. The rebels condemned the government.', { date: '2017-04-12' });
    expect(r.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`)).toContain('SYRREB SYRGOV 111');
    // Refugees are seldom of the country they are in.
    const refugees = fixture().codeText('Syria condemned Iran. Syria praised Italy. The army condemned the refugees.', { date: '2017-04-12' });
    expect(refugees.events.map((e) => e.target?.code)).toContain('REF');
    // Without a dominant country the agents stay bare (and, naming no one, code nothing).
    const split = fixture().codeText('Syria condemned Iran. The rebels condemned the government.', { date: '2017-04-12' });
    expect(split.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`)).toEqual(['SYR IRN 111']);
    // A story that names one country only is about it, even once.
    const single = fixture().codeText('The rebels condemned the Syrian government.', { date: '2017-04-12' });
    expect(single.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`)).toEqual(['SYRREB SYRGOV 111']);
  });

  it("resolves \"the country's\" and \"its\" before agents to the state named last", () => {
    expect(fixture().codeText("Iran waited. The country's army condemned Russia.", { date: '2017-04-12' }).events.map((e) => e.source.code)).toEqual(['IRNMIL']);
    expect(fixture().codeText('Syria waited. Its army condemned Russia.', { date: '2017-04-12' }).events.map((e) => e.source.code)).toEqual(['SYRMIL']);
  });
});
