import { describe, it, expect } from 'vitest';
import { readJsonlLines, readJsonlStories } from '../../src/ingest/jsonl.js';

const options = { origin: 'news.jsonl', defaultDate: '2000-01-01' };
const line = (value: unknown): string => JSON.stringify(value);

describe('readJsonlStories', () => {
  it('reads every good line even when one in the middle is malformed', () => {
    const text = [
      line({ id: 'a', text: 'Kenya urged calm.' }),
      '{"id": "b", "text": "broken',
      line({ id: 'c', text: 'France met Germany.' }),
    ].join('\n');
    const { stories, errors } = readJsonlStories(text, options);
    expect(stories.map((s) => s.id)).toEqual(['a', 'c']);
    expect(stories.map((s) => s.origin)).toEqual(['news.jsonl:1', 'news.jsonl:3']);
    expect(errors).toHaveLength(1);
    expect(errors[0].code).toBe('INPUT_JSON');
    expect(errors[0].file).toBe('news.jsonl');
    expect(errors[0].line).toBe(2);
    expect(errors[0].describe()).toMatch(/^news\.jsonl:2: malformed JSON/);
  });

  it('skips blank lines but counts them in line numbers', () => {
    const text = `\n${line({ id: 'a', text: 'x y' })}\n   \n\n${line({ id: 'b' })}\n`;
    const { stories, errors } = readJsonlStories(text, options);
    expect(stories[0].origin).toBe('news.jsonl:2');
    expect(errors[0].line).toBe(5);
    expect(errors[0].code).toBe('INPUT_FIELD');
  });

  it('turns a numeric id into a string', () => {
    expect(readJsonlStories(line({ id: 42, text: 'Iran met Iraq.' }), options).stories[0].id).toBe('42');
  });

  it('reports missing or ill-typed id and text as INPUT_FIELD', () => {
    const text = [
      line({ text: 'no id' }),
      line({ id: true, text: 'bad id' }),
      line({ id: '', text: 'empty id' }),
      line({ id: 'x' }),
      line({ id: 'y', text: 5 }),
      line({ id: 'z', text: 'ok', title: 7 }),
    ].join('\n');
    const { stories, errors } = readJsonlStories(text, options);
    expect(stories).toEqual([]);
    expect(errors.map((e) => [e.code, e.line])).toEqual([
      ['INPUT_FIELD', 1], ['INPUT_FIELD', 2], ['INPUT_FIELD', 3], ['INPUT_FIELD', 4], ['INPUT_FIELD', 5], ['INPUT_FIELD', 6],
    ]);
  });

  it('reports a line that is not an object as INPUT_JSON and an empty text as INPUT_EMPTY', () => {
    const { errors } = readJsonlStories(['[1, 2]', 'null', '"text"', line({ id: 'a', text: '  ' })].join('\n'), options);
    expect(errors.map((e) => e.code)).toEqual(['INPUT_JSON', 'INPUT_JSON', 'INPUT_JSON', 'INPUT_EMPTY']);
  });

  it('accepts YYYY-MM-DD, YYYYMMDD and ISO timestamps, and falls back to the default date', () => {
    const text = [
      line({ id: 1, text: 't', date: '2024-03-12' }),
      line({ id: 2, text: 't', date: '20240312' }),
      line({ id: 3, text: 't', date: 20240312 }),
      line({ id: 4, text: 't', date: '2024-03-12T23:15:00-04:00' }),
      line({ id: 5, text: 't' }),
      line({ id: 6, text: 't', date: null }),
    ].join('\n');
    const { stories, errors } = readJsonlStories(text, options);
    expect(errors).toEqual([]);
    expect(stories.map((s) => s.date)).toEqual(['2024-03-12', '2024-03-12', '2024-03-12', '2024-03-12', '2000-01-01', '2000-01-01']);
  });

  it('reports an invalid date as INPUT_FIELD for that line', () => {
    const text = [line({ id: 1, text: 't', date: '2024-02-30' }), line({ id: 2, text: 't', date: 'yesterday' }), line({ id: 3, text: 't' })].join('\n');
    const { stories, errors } = readJsonlStories(text, { origin: 'f.jsonl', defaultDate: null });
    expect(errors.map((e) => [e.code, e.line])).toEqual([['INPUT_FIELD', 1], ['INPUT_FIELD', 2]]);
    expect(stories).toEqual([{ id: '3', text: 't', date: null, origin: 'f.jsonl:3' }]);
  });

  it('keeps title, url and outlet and cleans the text', () => {
    const text = line({ id: 'a', text: 'Kenya\u00a0urged  calm.\r\n\r\n\r\nMore.', title: 'Calm', url: 'https://demo.invalid/a', outlet: 'Wire' });
    expect(readJsonlStories(text, options).stories[0]).toEqual({
      id: 'a', text: 'Kenya urged calm.\n\nMore.', date: '2000-01-01', title: 'Calm', url: 'https://demo.invalid/a', outlet: 'Wire', origin: 'news.jsonl:1',
    });
  });
});

describe('readJsonlLines', () => {
  it('yields stories and errors in line order', () => {
    const items = [...readJsonlLines(['{', line({ id: 'a', text: 't' }), '}'].join('\n'), options)];
    expect(items.map((i) => [i.line, i.story ? 'story' : i.error.code])).toEqual([[1, 'INPUT_JSON'], [2, 'story'], [3, 'INPUT_JSON']]);
  });
});
