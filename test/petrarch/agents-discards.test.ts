import { describe, expect, it } from 'vitest';
import type { LuccaError } from '../../src/model/errors.js';
import { readAgents, readDiscards } from '../../src/knowledge/petrarch/index.js';
import { fixture } from './fixtures.js';
import { errorOf } from './helpers.js';

const agents = readAgents(fixture('mini.agents.txt'));
const agent = (first: string) => {
  const a = agents.find((x) => x.phrases[0].join(' ') === first);
  if (!a) throw new Error(`no agent ${first}`);
  return a;
};

describe('readAgents', () => {
  it('adds the regular plural of the last word', () => {
    expect(agent('ambassador')).toMatchObject({ phrases: [['ambassador'], ['ambassadors']], code: 'GOV', position: 'suffix' });
    expect(agent('authority').phrases).toEqual([['authority'], ['authorities']]);
    expect(agent('congress').phrases).toEqual([['congress'], ['congresses']]);
  });

  it('expands !NAME! substitution sets, without plurals', () => {
    expect(agent('congressman').phrases).toEqual([['congressman'], ['congressmen'], ['congresswoman'], ['congresswomen']]);
    expect(agent('minister of silly walks').phrases).toEqual([['minister', 'of', 'silly', 'walks'], ['ministry', 'of', 'silly', 'walks']]);
  });

  it('reads {} as "no plural" and {FORMS} as the plurals', () => {
    expect(agent('police')).toMatchObject({ phrases: [['police']], code: 'COP' });
    expect(agent('attorney general').phrases).toEqual([['attorney', 'general'], ['attorneys', 'general']]);
  });

  it('reads CODE~ as a prefix code', () => {
    expect(agent('human rights body')).toMatchObject({ code: 'NGO', position: 'prefix' });
  });

  it('skips comments and keeps origins', () => {
    expect(agents).toHaveLength(8);
    expect(agent('ambassador').origin.line).toBe(4);
  });

  it.each([
    ['a missing code', 'AMBASSADOR'],
    ['a code without ~', 'AMBASSADOR [GOV]'],
    ['an empty substitution set', '!X! = '],
  ])('rejects %s with DICT_SYNTAX at its line', (_n, text) => {
    const e = errorOf(() => readAgents({ path: 'x.agents.txt', text: `# c\n${text}` }));
    expect([e.code, e.file, e.line]).toEqual(['DICT_SYNTAX', 'x.agents.txt', 2]);
  });

  it('throws DICT_REFERENCE for an undefined substitution set, or reports it and drops the entry', () => {
    const text = '!A! = X\n!B!_HEAD [~GOV]\nCHIEF [~GOV]';
    expect(errorOf(() => readAgents({ path: 'a', text })).code).toBe('DICT_REFERENCE');
    const seen: LuccaError[] = [];
    expect(readAgents({ path: 'a', text }, { onProblem: (p) => seen.push(p) }).map((a) => a.code)).toEqual(['GOV']);
    expect(seen.map((p) => p.line)).toEqual([2]);
  });
});

describe('readDiscards', () => {
  it('reads sentence and story discards', () => {
    expect(readDiscards(fixture('mini.discards.txt')).map((d) => [d.phrase, d.story, d.origin.line])).toEqual([
      [['months', 'later'], false, 2], [['world', 'cup'], true, 3], [['baseball'], false, 4],
    ]);
  });

  it('rejects bracketed codes in a discard line', () => {
    expect(errorOf(() => readDiscards({ path: 'd', text: 'X [###]' })).code).toBe('DICT_SYNTAX');
  });
});
