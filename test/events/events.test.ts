import { describe, expect, it } from 'vitest';
import { loadNativeKnowledge } from '../../src/knowledge/index.js';
import { createCoder } from '../../src/pipeline/coder.js';
import { FIXTURE_KNOWLEDGE, code, coderWith, codesWith, fixture, knowledgeDir } from '../helpers.js';

describe('event coding', () => {
  it('codes a verb pattern with its subject and object', () => {
    expect(code('Russia condemned Syria.')).toEqual(['RUS SYR 111']);
  });

  it('lets adjectives and determiners stand between pattern words', () => {
    expect(code('Russia imposed fresh economic sanctions on Iran.')).toEqual(['RUS IRN 163']);
  });

  it('falls back to a shorter pattern when the target slot names no actor', () => {
    expect(code('France urged the talks to resume.', undefined, true)).toEqual(['FRA --- 020']);
  });

  it('drops events with no target unless asked to keep them (event data is dyadic)', () => {
    expect(code('France urged the talks to resume.')).toEqual([]);
  });

  it('does not take a place of a country for the country', () => {
    expect(code('Iran condemned the coast of Syria.')).toEqual([]);
    expect(code('Iran condemned the government of Syria.')).toEqual(['IRN SYRGOV 111']);
  });

  it('does not take the subject of a clause it agrees to for the target, but does for a demand', () => {
    expect(code('Russia agreed Syria could not win.', undefined, true)).toEqual(['RUS --- 019']);
    expect(code('France demanded that Italy condemn Russia.')).toEqual(['FRA ITA 100']);
  });

  it('binds a counted group to what it counts', () => {
    expect(code('Iran condemned dozens of Syrian rebels.')).toEqual(['IRN SYRREB 111']);
  });

  it("does not take the pattern's own words for the implicit target", () => {
    expect(code('Russia deployed troops to Syria.')).toEqual(['RUS SYR 154']);
  });

  it('prefers the longest pattern', () => {
    expect(code('France urged Russia to talk.')).toEqual(['FRA RUS 027']);
    expect(code('France called on Russia.')).toEqual(['FRA RUS 020']);
  });

  it('turns a passive around: the subject is the target, the by-agent the source', () => {
    expect(code('Syria was condemned by France.')).toEqual(['FRA SYR 111']);
    expect(code('Syria was condemned.')).toEqual([]);
  });

  it('drops negated events', () => {
    expect(code('Russia did not condemn Syria.')).toEqual([]);
    const keep = createCoder(fixture().knowledge, { keepNegated: true });
    const [e] = keep.codeText('Russia did not condemn Syria.', { date: '2017-04-12' }).events;
    expect(e).toMatchObject({ negated: true, cameo: { code: '111' } });
  });

  it('shares the subject across coordinated verbs', () => {
    expect(code('The G7 praised France and condemned Syria.')).toEqual(['IGOG7 FRA 051', 'IGOG7 SYR 111']);
  });

  it('codes one event per member of a compound source', () => {
    expect(code('France and Italy urged Russia to talk.')).toEqual(['FRA RUS 027', 'ITA RUS 027']);
  });

  it('takes the apposition next to the verb as the subject', () => {
    expect(code("Jane Roe, Britain's foreign secretary, condemned Syria.")).toEqual(['GBRGOV SYR 111']);
  });

  it('attributes a statement read from a document to the actor that issued it earlier in the story', () => {
    const r = fixture().codeText(
      "Italy's foreign minister published a communiqué. “We urge Iran to talk,” reads the communiqué. “We condemn Syria.”",
      { date: '2017-04-12' });
    expect(r.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`)).toEqual(['ITAGOV IRN 027', 'ITAGOV SYR 111']);
  });

  it('binds a slot to the possessor when the pattern words follow inside the noun phrase', () => {
    const coder = coderWith({ 'events/patterns.tsv': '100\tslam + plan\n' });
    // The longer pattern "slam + plan" (100) wins over "slam +" (111) only if "plan" is found inside the phrase.
    expect(codesWith(coder, "Russia slammed Iran's plan.")).toEqual(['RUS IRN 100']);
    // In the passive the words are found in the subject: "Iran's plan was slammed by Russia".
    expect(codesWith(coder, "Iran's plan was slammed by Russia.")).toEqual(['RUS IRN 100']);
  });

  it('does not count an amount against the gap between pattern words', () => {
    const coder = coderWith({ 'events/patterns.tsv': '100\tslam big plan of +\n' });
    // "slam" … "plan": five words and an amount between them.
    expect(codesWith(coder, 'Russia slammed the very costly $750 million big new plan of Iran.')).toEqual(['RUS IRN 100']);
  });

  it('does not take a clause opened by a wh-word for a target', () => {
    expect(code('Russia slammed what Iranian media called a plan.')).toEqual([]);
  });

  it('does not take the occasion of an event for its target', () => {
    expect(code('Russia and Iran met at the G7 summit.')).toEqual(['RUS IRN 040', 'IRN RUS 040']);
  });

  it('codes a joint action of a compound subject as an event between its members, in both directions', () => {
    expect(code('Russia and Iran met.')).toEqual(['RUS IRN 040', 'IRN RUS 040']);
    expect(code('Russia and Iran met Syria.')).toEqual(['RUS SYR 040', 'IRN SYR 040']);
    // The reporting clause after the comma is not the verb's complement.
    expect(code('Russia and Iran met, the Syrian army said.')).toEqual(['RUS IRN 040', 'IRN RUS 040']);
    // A place where they met is not the other party.
    expect(code('Russia and Iran met in Syria.')).toEqual(['RUS IRN 040', 'IRN RUS 040']);
    // Three parties: the first with each other one.
    expect(code('Russia, Iran and Syria met.')).toEqual(['RUS IRN 040', 'IRN RUS 040', 'RUS SYR 040', 'SYR RUS 040']);
  });

  it('codes one event per member of a compound target', () => {
    expect(code('France urged Russia and Iran to talk.')).toEqual(['FRA RUS 027', 'FRA IRN 027']);
  });

  it('finds the subject of an infinitive through the verbs before it', () => {
    // Syria is the only country of the story: the rebels are Syrian.
    expect(code("Syria's air force was able to use the base to launch airstrikes against rebels.")).toEqual(['SYRMIL SYRREB 195']);
  });

  it('gives an infinitive or -ing clause the governing subject unless the verb passes control to its object', () => {
    expect(code('Iran hopes to condemn Russia while praising France.')).toEqual(['IRN RUS 111', 'IRN FRA 051']);
    expect(code('Iran praised Italy and hopes to condemn Russia.')).toEqual(['IRN ITA 051', 'IRN RUS 111']);
  });

  it('does not code the requested action of an appeal as an event of its own', () => {
    expect(code('France urged Italy to condemn Russia.')).toEqual(['FRA ITA 027']);
    expect(code('France demanded that Italy condemn Russia.')).toEqual(['FRA ITA 100']);
    expect(code('France demanded that Italy condemn Russia; Iran praised Syria.')).toEqual(['FRA ITA 100', 'IRN SYR 051']);
    expect(code('France urged Italy to stop the US airstrike on Syria.')).toEqual(['FRA ITA 027']);
  });

  it('does not take a phrase conjoined to a prepositional object for the subject', () => {
    expect(code('Iran, after talks with Italy and the Brown family, condemned Syria.')).toEqual(['IRN SYR 111']);
  });

  it('skips a relative clause to find the subject', () => {
    expect(code('Iran, which was criticised, condemned Russia.')).toEqual(['IRN RUS 111']);
  });

  it('codes event nouns with the modifier or by-agent as source', () => {
    expect(code('A US airstrike against Syria was reported.')).toEqual(['USA SYR 195']);
    expect(code('The missile strike on Syria ordered by President Donald Trump was reported.')).toEqual(['USAGOV SYR 195']);
  });

  it('attributes "we" in a quotation to the speaker, also in the next quoted sentence', () => {
    const r = fixture().codeText('“We urge Russia to act,” the G7 ministers said. “We call on Iran.”', { date: '2017-04-12' });
    expect(r.events.map((e) => `${e.source.code} ${e.target?.code} ${e.cameo.code}`)).toEqual(['IGOG7GOV RUS 027', 'IGOG7GOV IRN 020']);
  });

  it('marks modality', () => {
    const r = fixture().codeText('France will condemn Syria. If Russia attacks, Iran would condemn Russia.', { date: '2017-04-12' });
    expect(r.events.map((e) => e.modality)).toEqual(['future', 'conditional']);
    const chain = fixture().codeText('Iran would be willing to praise France.', { date: '2017-04-12' });
    expect(chain.events.map((e) => e.modality)).toEqual(['conditional']);
  });

  it('reads verb forms the lemmatiser misses through the verb-forms table', () => {
    // wink-nlp tags "abducted" as a noun with itself as lemma; the table makes it the verb "abduct".
    expect(code('Syrian rebels abducted two Russian troops.')).toEqual(['SYRREB RUSMIL 181']);
  });

  it('never codes an actor against itself', () => {
    expect(code('Russia condemned Russia.')).toEqual([]);
    expect(code('Moscow condemned Russia.')).toEqual([]);
    expect(code('Russia condemned Russian troops.')).toEqual(['RUS RUSMIL 111']);
  });

  it('does not take an agent word modifying a thing for an actor', () => {
    expect(code('Iran condemned the military action.')).toEqual([]);
    expect(code('Iran condemned the military.')).toEqual(['IRN IRNMIL 111']);
  });
});

describe('event records', () => {
  it('fills every field of the JSONL contract with offsets into the sentence', () => {
    const [e] = fixture().codeText('Today the G7 urged Russia to talk.', { id: 's1', date: '2017-04-11' }).events;
    expect(Object.keys(e).sort()).toEqual(['cameo', 'confidence', 'date', 'id', 'modality', 'negated', 'plover', 'sentence', 'sentence_index', 'source', 'story_id', 'target', 'trigger'].sort());
    expect(e).toMatchObject({
      id: 's1-0-0', story_id: 's1', sentence_index: 0, date: '2017-04-11',
      source: { code: 'IGOG7', org: 'G7', kind: 'igo', country: null, name: 'Group of Seven' },
      target: { code: 'RUS', country: 'RUS', kind: 'state', name: 'Russia', agents: [] },
      cameo: { code: '027', root: '02', label: 'Appeal to settle dispute', goldstein: 3, quad_class: 1 },
      plover: { type: 'REQUEST', mode: 'settle' },
      trigger: { text: 'urged' },
      negated: false, modality: 'asserted',
    });
    expect(e.sentence.slice(e.source.start, e.source.end)).toBe(e.source.text);
    expect(e.sentence.slice(e.target!.start, e.target!.end)).toBe('Russia');
    expect(e.sentence.slice(e.trigger.start, e.trigger.end)).toBe('urged');
  });
});

describe('places', () => {
  const coder = coderWith({
    'cameo/events.tsv': '194\tFight with artillery and tanks\t-9.5\t4\n046\tEngage in negotiation\t7\t1\n044\tMeet at a third location\t2.8\t1\n',
    'plover/cameo-plover.tsv': '194\tASSAULT\t-\n046\tCONSULT\t-\n044\tCONSULT\t-\n',
    'actors/countries.tsv': 'UKR\tUkraine\t-\tUkrainian\tKyiv\nPSE\tPalestine\t-\tPalestinian\tRamallah\nISR\tIsrael\t-\tIsraeli\t-\n',
    'actors/places.tsv': 'Kharkiv\tKharkov\tUKR\tcity\nGaza\tGaza Strip\tPSE\tarea\n',
    'events/patterns.tsv': '194\tshell +\n190\tstrike +\n046\thold talk\n044\tmeet in +\n042\tarrive in +\n',
  }, { targetless: true });
  const codes = (text: string) => codesWith(coder, text);

  it('codes an attack on a place as an attack on its state, never its government', () => {
    expect(codes('Russian troops shelled Kharkiv.')).toEqual(['RUSMIL UKR 194']);
    expect(codes('Russian troops shelled Kyiv.')).toEqual(['RUSMIL UKR 194']);
    expect(codes('Israeli troops struck targets in Gaza.')).toEqual(['ISRMIL PSE 190']);
  });

  it('keeps a place where an event happened out of its target', () => {
    expect(codes('Russia held talks in Kharkiv.')).toEqual(['RUS --- 046']);
    expect(codes('Russia held talks in Kyiv.')).toEqual(['RUS --- 046']);
    // "in the eastern city of Kharkiv" places the event as much as "in Kharkiv" does.
    expect(codes('Russia held talks in the eastern city of Kharkiv.')).toEqual(['RUS --- 046']);
    expect(codes('Russian troops shelled the eastern city of Kharkiv.')).toEqual(['RUSMIL UKR 194']);
    // A pattern's target slot does not take a place where the event happened, except for a visit.
    expect(codes('Russia met Iran in Kharkiv.')).toEqual(['RUS IRN 040']);
    // A place noun of a state is a place too: "on the Ukrainian island", "in Ukraine's Kharkiv region".
    expect(codes('Russia held talks on the Ukrainian island.')).toEqual(['RUS --- 046']);
    expect(codes('Russian troops struck a refinery in the Ukrainian region.')).toEqual(['RUSMIL UKR 190']);
    expect(codes('The Israeli minister arrived in Kyiv.')).toEqual(['ISRGOV UKRGOV 042']);
  });
});

describe('announced and conditional actions (cameo/intentions.tsv)', () => {
  const files = {
    'cameo/events.tsv': ['03\tExpress intent to cooperate\t4\t1', '033\tExpress intent to provide material aid\t5.2\t1',
      '0332\tExpress intent to provide military aid\t5.2\t1', '07\tProvide aid\t7\t2', '072\tProvide military aid\t8.3\t2',
      '13\tThreaten\t-4.4\t3', '131\tThreaten non-force\t-5.8\t3', '1313\tThreaten to reduce or break relations\t-5.8\t3',
      '16\tReduce relations\t-4\t3', '161\tReduce or break diplomatic relations\t-4\t3'].join('\n') + '\n',
    'plover/cameo-plover.tsv': ['03\tAGREE\t-', '033\tAGREE\t-', '0332\tAGREE\t-', '07\tAID\t-', '072\tAID\tmilitary',
      '13\tTHREATEN\t-', '131\tTHREATEN\t-', '1313\tTHREATEN\t-', '16\tSANCTION\t-', '161\tSANCTION\t-'].join('\n') + '\n',
    'cameo/intentions.tsv': '07\t033\t-\n072\t0332\t-\n16\t-\t131\n161\t-\t1313\n',
    'events/patterns.tsv': '072\tsend weapon to +\n161\tsuspend relation with +\n',
  };
  const coder = coderWith(files);
  const codes = (text: string) => codesWith(coder, text);

  it('codes a cooperative action announced or intended as intent (03)', () => {
    expect(codes('France sent weapons to Syria.')).toEqual(['FRA SYR 072']);
    expect(codes('France will send weapons to Syria.')).toEqual(['FRA SYR 0332']);
    expect(codes('France is ready to send weapons to Syria.')).toEqual(['FRA SYR 0332']);
  });

  it('codes a hostile action held out as a threat (13), and an announced one as it is', () => {
    expect(codes('France could suspend relations with Iran.')).toEqual(['FRA IRN 1313']);
    expect(codes('France will suspend relations with Iran.')).toEqual(['FRA IRN 161']);
    // Cooperation offered on a condition is intent.
    expect(codes('France would send weapons to Syria if asked.')).toEqual(['FRA SYR 0332']);
  });

  it('rejects an intentions row with a code the codebook lacks, naming file and line', () => {
    const bad = knowledgeDir({ 'cameo/intentions.tsv': '07\t033\t-\n072\t9999\t-\n' });
    expect(() => loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE, extraDirs: [knowledgeDir(files), bad] })).toThrow(/9999/);
  });
});

describe('discards (events/discards.tsv)', () => {
  it('codes nothing in a sentence with a discard phrase, and the rest of the story as usual', () => {
    const coder = coderWith({ 'events/discards.tsv': 'penalty shootout\tsentence\nsemi-final\tsentence\n' });
    expect(codesWith(coder, 'Italy condemned France after the penalty shootout. Russia condemned Syria.')).toEqual(['RUS SYR 111']);
    const bad = knowledgeDir({ 'events/discards.tsv': 'semi-final\tmatch\n' });
    expect(() => loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE, extraDirs: [bad] })).toThrow(/discard scope/);
  });
});

describe('clause and pattern details', () => {
  const coder = coderWith({
    'cameo/events.tsv': '193\tFight with small arms and light weapons\t-10\t4\n0841\tReturn or release persons\t1.9\t2\n141\tDemonstrate or rally\t-6.5\t3\n031\tExpress intent to engage in material cooperation\t5.2\t1\n',
    'plover/cameo-plover.tsv': '193\tASSAULT\t-\n0841\tRETREAT\t-\n141\tPROTEST\t-\n031\tAGREE\t-\n',
    'actors/agents.tsv': 'OPP\tsuffix\tpolitical prisoner\nCVL\tsuffix\tcivilian\n',
    'events/patterns.tsv': '193\texchange fire\n0841\tfree political_prisoner\n141\trally against +\n031\tagree on\n',
  });
  const codes = (text: string) => codesWith(coder, text);

  it('does not take the object of a participle clause after a comma for the target', () => {
    expect(codes('Iran and Syria exchanged fire, killing two Russian civilians.')).toEqual(['IRN SYR 193', 'SYR IRN 193']);
  });

  it('does not code a participle clause after a comma again with the root of the event it follows', () => {
    // "condemned …, condemning …" repeats the event; a participle of another kind is coded.
    expect(codes('Syria condemned Russian troops, condemning Iranian troops too.')).toEqual(['SYR RUSMIL 111']);
    expect(codes('Syria condemned Russian troops, urging Iran to talk.')).toEqual(['SYR RUSMIL 111', 'SYR IRN 027']);
  });

  it('reads a hedged number ("at least", "more than", "about") as part of the slot phrase', () => {
    expect(codes('Syria condemned at least 20 Russian troops.')).toEqual(['SYR RUSMIL 111']);
    expect(codes('Syria condemned more than 20 Russian troops.')).toEqual(['SYR RUSMIL 111']);
  });

  it('keeps people a pattern acts on as its target, unlike its instruments', () => {
    expect(codes('Syria freed political prisoners.')).toEqual(['SYR SYROPP 0841']);
  });

  it('codes protest against one\'s own government', () => {
    expect(codes('Syrians rallied against the Syrian government.')).toEqual(['SYR SYRGOV 141']);
  });

  it('does not read the preposition of a time expression as a pattern word', () => {
    // "agree on" (031) is not "agreed on Friday": the plain "agree" (019) codes it.
    expect(codes('Russia agreed on Friday to help Iran.')).toEqual(['RUS IRN 019']);
    expect(codes('Russia agreed on aid for Iran.')).toEqual(['RUS IRN 031']);
  });
});

describe('repeated events', () => {
  it('drops an event without a target when the same actor has one with a target and the same root', () => {
    const coder = coderWith({ 'events/patterns.tsv': '111\tcriticize +\n111\tcriticize\n' });
    expect(codesWith(coder, 'Iran criticized Russia and criticized the decision.')).toEqual(['IRN RUS 111']);
  });
});

describe('shows of force', () => {
  it('takes the forces shown for instruments, not the target', () => {
    const coder = coderWith({
      'cameo/events.tsv': '150\tDemonstrate military or police power\t-7.2\t4\n',
      'plover/cameo-plover.tsv': '150\tMOBILIZE\t-\n',
      'events/patterns.tsv': '150\tstation carrier\n',
    });
    expect(codesWith(coder, 'Italy stationed a carrier and troops to warn Iran.')).toEqual(['ITA IRN 150']);
  });

  it('codes forces of several states showing force together as military cooperation, both ways', () => {
    const coder = coderWith({
      'cameo/events.tsv': '150\tDemonstrate military or police power\t-7.2\t4\n062\tCooperate militarily\t7.4\t2\n',
      'plover/cameo-plover.tsv': '150\tMOBILIZE\t-\n062\tCOOPERATE\tmilitary\n',
      'events/patterns.tsv': '150\thold drill\n',
    }, { targetless: true });
    expect(codesWith(coder, 'Italian and French troops held drills.')).toEqual(['ITAMIL FRAMIL 062', 'FRAMIL ITAMIL 062']);
    expect(codesWith(coder, 'Italian troops held drills.')).toEqual(['ITAMIL --- 150']);
  });
});
