import { errorOf } from '../helpers.js';
import { describe, expect, it } from 'vitest';
import { readLuccaJsonl, scoreSentences, groupPredictions } from '../../src/eval/index.js';

const lines = [
  '{"story_id":"s1","sentence_index":0,"sentence":"Russia  struck Ukraine.","date":"2022-03-01","category":"ASSAULT","source":{"code":"RUS"},"target":{"code":"UKR"},"cameo":{"code":"190"}}',
  '',
  '{"story_id":"s1","sentence_index":0,"source":{"code":"UKR"},"target":null,"cameo":{"code":"010"}}',
  '{"story_id":"s1","sentence_index":1,"sentence":"It rained."}',
  '{"story_id":"s2","sentence_index":0,"source":{"code":"USA"},"target":{"code":"CHN"},"cameo":{"code":"036"}}',
].join('\n');

const jsonlError = (text: string) => errorOf(() => readLuccaJsonl(text, 'gold.jsonl'));

describe('readLuccaJsonl', () => {
  it('groups events by sentence, with declared no-event sentences', () => {
    const gold = readLuccaJsonl(lines, 'gold.jsonl');
    expect(gold.map((g) => [g.id, g.category, g.noEvents, g.triples.length])).toEqual([
      ['s1:0', 'ASSAULT', false, 2], ['s1:1', 'all', true, 0], ['s2:0', 'all', false, 1],
    ]);
    expect(gold[0]).toMatchObject({
      date: '2022-03-01', text: 'Russia struck Ukraine.', origin: { file: 'gold.jsonl', line: 1 },
      triples: [{ source: 'RUS', target: 'UKR', code: '190' }, { source: 'UKR', target: '---', code: '010' }],
    });
  });

  it('groups by story on request', () => {
    const gold = readLuccaJsonl(lines, 'gold.jsonl', { by: 'story' });
    expect(gold.map((g) => [g.id, g.noEvents, g.triples.length])).toEqual([['s1', false, 2], ['s2', false, 1]]);
  });

  it('scores against grouped Lucca events', () => {
    const gold = readLuccaJsonl(lines, 'gold.jsonl');
    const events = [{ story_id: 's2', sentence_index: 0, source: { code: 'USA' }, target: { code: 'CHN' }, cameo: { code: '036' } }];
    expect(scoreSentences(gold, groupPredictions(events, 'sentence'))).toMatchObject({ sentences: 3, exact: 2 });
  });

  it.each([
    ['a line that is not JSON', '{"story_id":', 'INPUT_JSON'],
    ['a line that is not an object', '[1,2]', 'INPUT_JSON'],
    ['a missing story id', '{"sentence_index":0,"cameo":{"code":"010"},"source":{"code":"A"}}', 'INPUT_FIELD'],
    ['a missing source code', '{"story_id":"s","sentence_index":0,"cameo":{"code":"010"},"target":null}', 'INPUT_FIELD'],
  ])('rejects %s with file and line', (_n, bad, code) => {
    const e = jsonlError(`${lines.split('\n')[0]}\n${bad}`);
    expect([e.code, e.file, e.line]).toEqual([code, 'gold.jsonl', 2]);
  });

  it('rejects a sentence declared without events that has events', () => {
    const declared = '{"story_id":"s1","sentence_index":1,"sentence":"It rained."}';
    const event = '{"story_id":"s1","sentence_index":1,"source":{"code":"A"},"target":null,"cameo":{"code":"010"}}';
    const e = jsonlError(`${declared}\n${event}`);
    expect([e.code, e.line]).toEqual(['INPUT_FIELD', 2]);
  });
});
