import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs, type InputItem, type ReadInputsOptions } from '../../src/ingest/read-input.js';
import { LuccaError } from '../../src/model/errors.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lucca-ingest-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function collect(paths: string[], options: ReadInputsOptions = { date: null }): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs(paths, options)) items.push(item);
  return items;
}

async function file(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await mkdir(join(path, '..'), { recursive: true });
  await writeFile(path, content);
  return path;
}

const ARTICLE = `<html><head><title>Talks</title></head><body><nav>Home | World</nav><article>
  <p>Kenyan Foreign Minister Grace Otieno met the Ethiopian prime minister in Addis Ababa on Monday.</p>
  <p>The two leaders called for a ceasefire in Sudan and praised the African Union.</p></article></body></html>`;

describe('readInputs', () => {
  it('reads a text file: id from the base name, title, dateline date, origin', async () => {
    const path = await file('single/talks-resume.txt', 'Talks resume\n\n12 April, 2017\n\nThe minister met the envoy.\n');
    const [item] = await collect([path]);
    expect(item.story).toEqual({
      id: 'talks-resume',
      title: 'Talks resume',
      text: 'Talks resume\n\n12 April, 2017\n\nThe minister met the envoy.',
      date: '2017-04-12',
      origin: path,
    });
  });

  it('lets options.date override the dateline of text files', async () => {
    const path = await file('override/a.txt', 'Headline\n\nApril 12, 2017\n\nBody text.');
    const [item] = await collect([path], { date: '2020-01-02' });
    expect(item.story?.date).toBe('2020-01-02');
  });

  it('gives a null date when none is given or written', async () => {
    const path = await file('nodate/a.txt', 'Headline\n\nBody text without a date.');
    expect((await collect([path]))[0].story?.date).toBeNull();
  });

  it('strips a BOM and normalises CRLF', async () => {
    const path = await file('bom/a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Head\r\n\r\nOne.\r\nTwo.\r\n')]));
    const [item] = await collect([path]);
    expect(item.story?.text).toBe('Head\n\nOne.\nTwo.');
    expect(item.story?.title).toBe('Head');
  });

  it('yields an error naming the file and byte for invalid UTF-8, and goes on', async () => {
    const bad = await file('enc/bad.txt', new Uint8Array([0x4f, 0x4b, 0x20, 0xff, 0x0a]));
    const good = await file('enc/good.txt', 'Fine text.');
    const items = await collect([bad, good]);
    expect(items[0].error?.code).toBe('INPUT_ENCODING');
    expect(items[0].error?.describe()).toBe(`${bad}: invalid UTF-8 at byte 3`);
    expect(items[1].story?.id).toBe('good');
  });

  it('yields INPUT_BINARY for a binary file and INPUT_EMPTY for an empty one', async () => {
    const binary = await file('bin/image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    const empty = await file('bin/empty.txt', '');
    const blank = await file('bin/blank.txt', '  \n\n\t\n');
    const items = await collect([binary, empty, blank]);
    expect(items.map((i) => [i.error?.code, i.error?.file])).toEqual([
      ['INPUT_BINARY', binary],
      ['INPUT_EMPTY', empty],
      ['INPUT_EMPTY', blank],
    ]);
  });

  it('yields INPUT_UNREADABLE for a missing path and goes on', async () => {
    const good = await file('missing/good.txt', 'Fine text.');
    const missing = join(dir, 'missing', 'nope.txt');
    const items = await collect([missing, good]);
    expect(items[0].error).toBeInstanceOf(LuccaError);
    expect(items[0].error?.code).toBe('INPUT_UNREADABLE');
    expect(items[0].error?.describe()).toBe(`${missing}: cannot read: no such file or directory`);
    expect(items[1].story?.text).toBe('Fine text.');
  });

  it('dispatches HTML files to the HTML reader', async () => {
    const path = await file('html/page.html', ARTICLE);
    const [item] = await collect([path], { date: '2024-01-01' });
    expect(item.story?.id).toBe('page');
    expect(item.story?.text).toMatch(/^Kenyan Foreign Minister.*Monday\.\n\nThe two leaders/);
    expect(item.story?.date).toBe('2024-01-01');
  });

  it('yields INPUT_NO_ARTICLE for a page without an article', async () => {
    const path = await file('html/empty.htm', '<html><body><nav>Home</nav></body></html>');
    const [item] = await collect([path]);
    expect(item.error?.code).toBe('INPUT_NO_ARTICLE');
    expect(item.error?.file).toBe(path);
  });

  it('dispatches JSONL files line by line, errors in place, options.date as default', async () => {
    const path = await file(
      'jsonl/feed.ndjson',
      '{"id": 1, "text": "Iran met Iraq."}\nnot json\n{"id": "b", "text": "Peru met Chile.", "date": "20240102"}\n',
    );
    const items = await collect([path], { date: '2024-05-05' });
    expect(items.map((i) => i.story?.id ?? `${i.error?.code}@${i.error?.line}`)).toEqual(['1', 'INPUT_JSON@2', 'b']);
    expect(items[0].story?.origin).toBe(`${path}:1`);
    expect(items[0].story?.date).toBe('2024-05-05');
    expect(items[2].story?.date).toBe('2024-01-02');
  });

  it('walks a directory recursively in sorted order, keeping only input extensions', async () => {
    const root = join(dir, 'walk');
    await file('walk/b.txt', 'B text.');
    await file('walk/a.TXT', 'A text.');
    await file('walk/c.html', ARTICLE);
    await file('walk/notes.md', 'Ignored.');
    await file('walk/data.json', '{}');
    await file('walk/.hidden.txt', 'Ignored.');
    await file('walk/sub/z.text', 'Z text.');
    await file('walk/sub/deeper/y.jsonl', '{"id": "y1", "text": "Y text."}');
    await file('walk/aa/x.htm', ARTICLE);
    const items = await collect([root]);
    expect(items.map((i) => i.story?.origin ?? i.error?.describe())).toEqual([
      join(root, 'a.TXT'),
      join(root, 'aa', 'x.htm'),
      join(root, 'b.txt'),
      join(root, 'c.html'),
      join(root, 'sub', 'deeper', 'y.jsonl') + ':1',
      join(root, 'sub', 'z.text'),
    ]);
  });

  it('reads a file named explicitly whatever its extension, as text', async () => {
    const path = await file('explicit/story.md', 'Headline\n\nBody text.');
    const [item] = await collect([path]);
    expect(item.story?.id).toBe('story');
    expect(item.story?.title).toBe('Headline');
  });

  it('reads stdin through the injected reader, with id "stdin"', async () => {
    const stdin = async (): Promise<Uint8Array> => new TextEncoder().encode('Headline\n\n2017-04-12\n\nThe minister met the envoy.');
    const [item] = await collect(['-'], { date: null, stdin });
    expect(item.story).toMatchObject({ id: 'stdin', title: 'Headline', date: '2017-04-12', origin: 'stdin' });
  });

  it('yields stdin errors instead of throwing', async () => {
    const empty = async (): Promise<Uint8Array> => new Uint8Array();
    const failing = async (): Promise<Uint8Array> => {
      throw new Error('EIO');
    };
    const items = [...(await collect(['-'], { date: null, stdin: empty })), ...(await collect(['-'], { date: null, stdin: failing }))];
    expect(items.map((i) => i.error?.code)).toEqual(['INPUT_EMPTY', 'INPUT_UNREADABLE']);
  });

  it('throws OPTION_INVALID for an invalid options.date before reading anything', async () => {
    await expect(collect(['-'], { date: '12/04/2017' })).rejects.toMatchObject({ code: 'OPTION_INVALID' });
    const path = await file('opt/a.txt', 'Body text.');
    expect((await collect([path], { date: '20170412' }))[0].story?.date).toBe('2017-04-12');
  });

  it('reads the demo corpus without errors', async () => {
    const demo = fileURLToPath(new URL('../../demo/', import.meta.url));
    const items = await collect([demo]);
    expect(items.filter((i) => i.error).map((i) => i.error?.describe())).toEqual([]);
    const stories = items.map((i) => i.story!);
    expect(stories).toHaveLength(16);
    for (const story of stories) {
      expect(story.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(story.title).toBeTruthy();
    }
    const report = stories.find((s) => s.id === 'report')!;
    expect(report.date).toBe('2024-02-19');
    expect(report.text.split('\n\n')).toHaveLength(4);
    expect(stories.filter((s) => s.id.startsWith('demo-jsonl-')).map((s) => s.date)).toEqual(['2023-09-15', '2024-03-28', '2024-06-03']);
  });
});
