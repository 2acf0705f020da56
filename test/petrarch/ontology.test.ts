import { describe, expect, it } from 'vitest';
import { compileKnowledge, loadNativeCodebook } from '../../src/knowledge/index.js';
import { negationsOf, readOntology, readPetrarchDictionaries } from '../../src/knowledge/petrarch/index.js';
import { createCoder } from '../../src/pipeline/coder.js';
import { triples } from '../helpers.js';
import { fixture } from './fixtures.js';
import { errorOf } from './helpers.js';

describe('readOntology', () => {
  it('reads each code with its alternative values, hex sums and differences', () => {
    const values = readOntology(fixture('mini.ontology.txt'));
    expect(values.get('010')).toEqual([0x1000]);
    expect(values.get('011')).toEqual([0x1000 - 0xffff]);
    expect(values.get('110')).toEqual([0x1007f, 0x1007f, 0x7000]);
    expect(values.get('---')).toEqual([0]);
  });

  it('derives what a negated code means: its value minus 0xFFFF', () => {
    const negations = negationsOf(readOntology(fixture('mini.ontology.txt')));
    expect(Object.fromEntries(negations)).toEqual({ '010': '011', 110: '050', 170: '057' });
  });

  it('names the file and line of a malformed entry', () => {
    const e = errorOf(() => readOntology({ path: 'x.ontology.txt', text: '010:0x1000\n\n051 0x0081\n' }));
    expect([e.code, e.file, e.line]).toEqual(['DICT_SYNTAX', 'x.ontology.txt', 3]);
    expect(errorOf(() => readOntology({ path: 'o.txt', text: '051:big#label\n' })).line).toBe(1);
  });
});

/** A function coding a text with PETRARCH dictionaries (and Lucca's codebook) into triples. */
function petrarchCoder(files: { path: string; text: string }[]): (text: string) => string[] {
  const source = readPetrarchDictionaries(files);
  Object.assign(source, loadNativeCodebook());
  const coder = createCoder(compileKnowledge(source));
  return (text) => triples(coder.codeText(text, { date: '2000-01-01' }).events);
}

describe('coding with an ontology and PETRARCH conventions', () => {
  const verbs = [
    '--- CLASH [190] ---', 'CLASH', '- * (OVER EFFORTS) [110]',
    '--- COERCE [170] ---', 'COERCE',
    '--- PRAISE [051] ---', 'PRAISE',
    '--- VOW [170] ---', 'VOW', '- * WAR [190]',
    '--- CRITICIZE [111] ---', 'CRITICIZE',
  ].join('\n');
  const actors = 'ARNOR [ARN]\nGONDOR [GON]\n';
  const code = petrarchCoder([{ path: 't.verbs.txt', text: verbs }, { path: 't.actors.txt', text: actors }, fixture('mini.ontology.txt')]);

  it('codes a negated verb as the code its negation means', () => {
    expect(code('Arnor clashed over the efforts of Gondor.')).toEqual(['ARN GON 110']);
    expect(code('Arnor did not clash over the efforts of Gondor.')).toEqual(['ARN GON 050']);
    expect(code('Arnor will not coerce Gondor.')).toEqual(['ARN GON 057']);
  });

  it('drops a negated verb whose code has no negation', () => {
    expect(code('Arnor praised Gondor.')).toEqual(['ARN GON 051']);
    expect(code('Arnor did not praise Gondor.')).toEqual([]);
  });

  it('takes a passive verb\'s source from its complement when there is no "by" agent', () => {
    expect(code('Arnor was criticized over its dispute with Gondor.')).toEqual(['GON ARN 111']);
    expect(code('Arnor was criticized by Gondor.')).toEqual(['GON ARN 111']);
  });

  it('lets pattern words run on into an infinitive the verb governs', () => {
    expect(code('Arnor vowed on Monday to wage war on Gondor.')).toEqual(['ARN GON 190']);
  });
});

describe('PETRARCH noun-phrase groups', () => {
  const verbs = ['--- RESTORE [050] ---', 'RESTORE', '- * {FULL DIPLOMATIC} [+++]', '- * TIES [051]'].join('\n');
  const code = petrarchCoder([{ path: 't.verbs.txt', text: verbs }, { path: 't.actors.txt', text: 'ARNOR [ARN]\nGONDOR [GON]\n' }]);

  it('matches a {…} group only where its words end their noun phrase', () => {
    // "full diplomatic ties": the group {FULL DIPLOMATIC} does not end the phrase, so TIES decides.
    expect(code('Arnor restored full diplomatic ties with Gondor.')).toEqual(['ARN GON 051']);
    // "ties that are full diplomatic": the group ends its phrase and its non-event code wins.
    expect(code('Arnor restored ties with Gondor to full diplomatic.')).toEqual([]);
  });
});
