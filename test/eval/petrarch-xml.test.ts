import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { errorOf } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import { goldStories, readPetrarchXml } from '../../src/eval/index.js';

const fixturePath = fileURLToPath(new URL('../fixtures/petrarch/mini.records.xml', import.meta.url));
const gold = readPetrarchXml(readFileSync(fixturePath, 'utf8'), 'mini.records.xml');
const byId = (id: string) => gold.find((g) => g.id === id)!;

const xmlError = (text: string) => errorOf(() => readPetrarchXml(text, 'bad.xml'));

describe('readPetrarchXml: the record variants', () => {
  it('reads every record in order, making repeated ids unique', () => {
    expect(gold.map((g) => g.id)).toEqual(['DEMO_00', 'AGENT-07', 'VERB-20', 'DISCARD_01', 'PATTERN_06', 'DEMO_00#2']);
  });

  it('reads date, category (source attribute), normalised text and triples', () => {
    expect(byId('DEMO_00')).toMatchObject({
      date: '1995-01-01', category: 'DEMO', noEvents: false, skip: false, error: null, implemented: true,
      text: 'Arnor is about to restore full diplomatic ties with Gondor & its allies.',
      triples: [{ source: 'ARN', target: 'GON', code: '050' }, { source: 'GON', target: 'ARN', code: '040' }],
      origin: { file: 'mini.records.xml', line: 10 },
    });
  });

  it('reads spaced and single-quoted attributes, entities, quoted text actors and --- targets', () => {
    expect(byId('AGENT-07')).toMatchObject({
      date: '2008-08-01', category: 'AGENT', implemented: false,
      triples: [{ source: '"INJURY TOLL"', target: 'OSG', code: '223' }, { source: '"THE MINISTRY"', target: '---', code: '010' }],
    });
  });

  it('takes the category from the id prefix when there is no attribute, and reads noevents', () => {
    expect(byId('VERB-20')).toMatchObject({ category: 'VERB', noEvents: true, triples: [] });
  });

  it('flags error records as skipped, and a record without EventCoding as no events', () => {
    expect(byId('DISCARD_01')).toMatchObject({ category: 'ERROR', skip: true, error: 'storydiscard' });
    expect(byId('PATTERN_06')).toMatchObject({ noEvents: true, skip: false, triples: [] });
  });

  it('records the <Config> options in effect', () => {
    expect(byId('DEMO_00').config).toEqual({ new_actor_length: '0' });
    expect(byId('VERB-20').config).toEqual({ new_actor_length: '0', require_dyad: 'false' });
  });

  it('reads CDATA text', () => {
    expect(byId('DEMO_00#2')).toMatchObject({ category: 'AGENT', text: 'A repeated id & raw text.' });
  });

  it('gives the records as stories to code', () => {
    expect(goldStories(gold)[0]).toEqual({
      id: 'DEMO_00', date: '1995-01-01', origin: 'mini.records.xml:10',
      text: 'Arnor is about to restore full diplomatic ties with Gondor & its allies.',
    });
  });
});

describe('readPetrarchXml: malformed input raises INPUT_XML with file and line', () => {
  const wrap = (body: string) => `<Sentences>\n${body}\n</Sentences>`;
  const ok = '<EventCoding noevents="True"/><Text>x</Text>';
  it.each([
    ['a mismatched end tag', wrap(`<Sentence id="A">\n<Text>x</Txt></Sentence>`), 3],
    ['an unclosed element', `<Sentences>\n<Sentence id="A">${ok}`, 2],
    ['an unterminated comment', wrap('<!-- never ends'), 2],
    ['an unknown entity', wrap(`<Sentence id="A"><EventCoding noevents="True"/>\n<Text>a &nbsp; b</Text></Sentence>`), 3],
    ['an unknown entity deep in a text', wrap(`<Sentence id="A"><EventCoding noevents="True"/><Text>a\nb\nc &bogus; d</Text></Sentence>`), 4],
    ['a bad entity in an attribute', wrap(`<Sentence id="A&x;">${ok}</Sentence>`), 2],
    ['a bare ampersand', wrap(`<Sentence id="A">${ok.replace('x', 'a & b')}</Sentence>`), 2],
    ['an unquoted attribute', wrap(`<Sentence id=A>${ok}</Sentence>`), 2],
    ['a duplicate attribute', wrap(`<Sentence id="A" id="B">${ok}</Sentence>`), 2],
    ['a sentence without id', wrap(`<Sentence date="19950101">${ok}</Sentence>`), 2],
    ['a bad date', wrap(`<Sentence id="A" date="1995-01-01">${ok}</Sentence>`), 2],
    ['an impossible date', wrap(`<Sentence id="A" date="19950231">${ok}</Sentence>`), 2],
    ['a sentence without text', wrap(`<Sentence id="A"><EventCoding noevents="True"/></Sentence>`), 2],
    ['an incomplete EventCoding', wrap(`<Sentence id="A">\n<EventCoding eventcode="050"/><Text>x</Text></Sentence>`), 3],
    ['events and noevents together', wrap(`<Sentence id="A"><EventCoding noevents="True"/><EventCoding eventcode="1" sourcecode="A" targetcode="B"/><Text>x</Text></Sentence>`), 2],
    ['a nested sentence', wrap(`<Sentence id="A">\n<Sentence id="B">${ok}</Sentence></Sentence>`), 3],
    ['text outside the root', `${wrap('')}\nstray`, 4],
    ['stray text in a sentence', wrap(`<Sentence id="A">${ok}\nstray</Sentence>`), 3],
  ])('%s', (_name, text, line) => {
    const e = xmlError(text);
    expect([e.code, e.file, e.line]).toEqual(['INPUT_XML', 'bad.xml', line]);
  });
});

const cameo2 = fileURLToPath(new URL('../../../shared/bench/petrarch-unit/cameo2/PETR.UnitTest.records.parsing_parsed_udpipe_2.0.xml', import.meta.url));
const cameo1 = fileURLToPath(new URL('../../../shared/bench/petrarch-unit/cameo1/PETR.UnitTest.records.xml', import.meta.url));

describe.skipIf(!existsSync(cameo2))('the real PETRARCH unit-test records', () => {
  it('reads the cameo2 records (UniversalPetrarch, source= categories)', () => {
    const g = readPetrarchXml(readFileSync(cameo2, 'utf8'), cameo2);
    expect(g).toHaveLength(284);
    expect(g.filter((x) => x.skip).map((x) => x.error)).toEqual([
      'dateline', 'bad_input_parse', 'bad_input_parse', 'storydiscard', 'storydiscard', 'sentencediscard', 'sentencediscard',
    ]);
    expect(g.filter((x) => x.noEvents)).toHaveLength(20);
    expect(g.filter((x) => !x.implemented).map((x) => x.id)).toEqual(['DEMO_04', 'AGENT_08', 'AGENTS_18#2', 'AGENTS_19#2']);
    expect(g.filter((x) => x.id.includes('#')).map((x) => x.id)).toEqual(['AGENTS_18#2', 'AGENTS_19#2']);
    expect(g.reduce((n, x) => n + x.triples.length, 0)).toBe(349);
    expect(g[0]).toMatchObject({ id: 'DEMO_00', category: 'DEMO', date: '1995-01-01', triples: [{ source: 'ARN', target: 'GON', code: '050' }] });
    expect(g.find((x) => x.id === 'COMPOUND_34')!.triples).toEqual([{ source: '+++', target: 'MOR', code: '010' }]);
    const cats = new Set(g.map((x) => x.category));
    expect([...cats].sort()).toEqual(['ACTOR', 'AGENT', 'AGENTS', 'COMPOUND', 'COMPOUNDx', 'DATE', 'DEMO', 'ERROR', 'MODIFY', 'PARSING', 'PATTERN', 'SYNSET', 'VERB']);
  });

  it.skipIf(!existsSync(cameo1))('reads the cameo1 records (PETRARCH2, category= attributes)', () => {
    const g = readPetrarchXml(readFileSync(cameo1, 'utf8'), cameo1);
    expect(g).toHaveLength(284);
    expect(g[0]).toMatchObject({ id: 'DEMO-00', triples: [{ source: 'ARN', target: 'GON', code: '064' }] });
    expect(g.find((x) => x.id === 'DEMO-22')!.triples).toContainEqual({ source: '"INJURY TOLL"', target: 'OSG', code: '223' });
  });
});
