import { describe, expect, it } from 'vitest';
import { readActors } from '../../src/knowledge/petrarch/index.js';
import { fixture } from './fixtures.js';
import { errorOf } from './helpers.js';

const actors = readActors(fixture('mini.actors.txt'));
const actor = (name: string) => {
  const a = actors.find((x) => x.name === name);
  if (!a) throw new Error(`no actor ${name}: ${actors.map((x) => x.name).join(', ')}`);
  return a;
};
const codes = (name: string) => actor(name).codes.map((c) => [c.code, c.from, c.to]);

describe('readActors', () => {
  it('reads the primary phrase and +synonyms as lower-case tokens, dropping the trailing _', () => {
    expect(actor('Arnor')).toMatchObject({
      id: 'petrarch:arnor', kind: 'state', phrases: [['arnor'], ['north', 'kingdom'], ['arnorian']],
      codes: [{ code: 'ARN', country: 'ARN', org: null, agents: [], from: null, to: null }],
    });
    expect(actor('Arnor').origin.line).toBe(2);
  });

  it('upper-cases codes', () => {
    expect(codes('Gondor')).toEqual([['GON', null, null]]);
  });

  it('reads <, - and > date restrictions with inclusive limits and a --- fallback when no default', () => {
    expect(codes('Gollum')).toEqual([
      ['HOB', null, '1995-06-01'], ['HOBGOV', '1995-06-01', '1999-08-15'], ['HOBREB', '1999-08-16', null], ['---', null, null],
    ]);
    expect(actor('Gollum').phrases).toEqual([['gollum'], ['smeagol']]);
  });

  it('keeps restrictions in file order before the default', () => {
    expect(codes('Sam Gamgee')).toEqual([
      ['ORCHOB', '2010-01-09', '2010-01-12'], ['HOBMIL', '2008-01-20', '2012-11-09'], ['HOB', null, null],
    ]);
  });

  it('takes an undated [CODE] line as the default', () => {
    expect(codes('Ent')).toEqual([['ENT', null, null]]);
    expect(codes('Prince of Dol Amroth')).toEqual([['---', null, '1995-06-30'], ['DOL', null, null]]);
  });

  it('reads six-digit years 00-30 as 20YY and 31-99 as 19YY', () => {
    expect(codes('Onodoher')[0]).toEqual(['ONO', null, '1931-12-26']);
  });

  it('keeps PETRARCH placeholder codes literally, without a country', () => {
    expect(actor('Nasgul')).toMatchObject({ kind: 'group', codes: [{ code: '+++', country: null }] });
    expect(actor('Boromir')).toMatchObject({ kind: 'group', codes: [{ code: '---', country: null }] });
  });

  it('derives kind and country from the code', () => {
    expect(actor('The Council')).toMatchObject({ kind: 'igo', codes: [{ country: null }] });
    expect(actor('Red Cross').kind).toBe('ngo');
    expect(actor('Amnesty').kind).toBe('ngo');
    expect(actor('Al-Qaeda')).toMatchObject({ kind: 'group', codes: [{ code: 'IMGMOSALQ', country: null }] });
    expect(actor('The Shire')).toMatchObject({ kind: 'group', codes: [{ code: 'FRO/BIL/SAM', country: null }] });
    expect(actor('Al-Qaeda')).toMatchObject({ id: 'petrarch:al-qaeda', phrases: [['al', '-', 'qaeda']] });
  });
});

describe('readActors: errors', () => {
  const read = (text: string) => readActors({ path: 'x.actors.txt', text });
  it.each([
    ['a synonym before any entry', '+ALIAS', 1],
    ['a restriction without a code', 'A\n\t[950601-990815]', 2],
    ['a code glued to a date range', 'A\n\t[AAA950601-990815]', 2],
    ['an impossible date', 'A\n\t[ABC <19950231]', 2],
    ['a seven-digit date', 'A\n\t[ABC <1995023]', 2],
    ['a range that ends before it starts', 'A\n\t[ABC 990101-950101]', 2],
    ['a date restriction on the entry line', 'A [ABC <950101]', 1],
    ['text after the code', 'A [ABC] B', 1],
    ['a code on a synonym line', 'A [ABC]\n+B [DEF]', 2],
  ])('rejects %s', (_n, text, line) => {
    const e = errorOf(() => read(text));
    expect([e.code, e.file, e.line]).toEqual(['DICT_SYNTAX', 'x.actors.txt', line]);
  });
});
