/**
 * `lucca ingest` through the built command (npm test builds dist/ first), on real SQLite files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventRecord } from '../../src/model/record.js';
import { openSqliteStore } from '../../src/store/index.js';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'dist/cli/main.js');
const dir = mkdtempSync(join(tmpdir(), 'lucca-ingest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lucca(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The summary numbers `lucca ingest` prints. */
function summary(out: string) {
  const n = (label: string) => Number(new RegExp(`^${label}: (\\d+)$`, 'm').exec(out)?.[1]);
  return { added: n('stories added'), duplicates: n('duplicates skipped'), sentences: n('sentences'), events: n('events'), skipped: n('inputs skipped') };
}

function inStore<T>(db: string, read: (store: ReturnType<typeof openSqliteStore>) => T): T {
  const store = openSqliteStore(db);
  try {
    return read(store);
  } finally {
    store.close();
  }
}

describe('lucca ingest demo/', () => {
  const db = join(dir, 'demo.db');
  const first = lucca(['ingest', 'demo/', '--db', db]);

  it('stores every demo story with the events `lucca code` writes, and prints a summary', () => {
    expect(first.code).toBe(0);
    const s = summary(first.out);
    expect(s).toMatchObject({ added: 16, duplicates: 0, skipped: 0 });
    expect(s.sentences).toBeGreaterThan(100);
    expect(first.out).toMatch(new RegExp(`^database: .*demo\\.db \\(16 stories, ${s.sentences} sentences, ${s.events} events`, 'm'));
    // Not a terminal: plain progress lines, no bar.
    expect(first.err).toMatch(/^lucca: ingest: 16 stories read, 16 added, 0 duplicates, \d+ events, \d+ stories\/s, 100%$/m);
    const coded = lucca(['code', '--format', 'jsonl', 'demo/']).out.trim().split('\n').map((l) => JSON.parse(l) as EventRecord);
    expect(s.events).toBe(coded.length);
    const stored = inStore(db, (store) => [...store.exportEvents({})]);
    const byId = (a: EventRecord, b: EventRecord) => (a.id < b.id ? -1 : 1);
    expect(stored.sort(byId)).toEqual(coded.sort(byId));
  });

  it('adds nothing when run again', () => {
    const again = lucca(['ingest', 'demo/', '--db', db]);
    expect(again.code).toBe(0);
    expect(summary(again.out)).toEqual({ added: 0, duplicates: 16, sentences: 0, events: 0, skipped: 0 });
    expect(inStore(db, (s) => s.stats().stories)).toBe(16);
  });

  it('treats the same text under another name as a duplicate', () => {
    const copy = join(dir, 'copy');
    mkdirSync(copy);
    const text = inStore(db, (s) => s.getStory('gulf-shipping-talks')!.text);
    writeFileSync(join(copy, 'renamed.txt'), text);
    const r = lucca(['ingest', copy, '--db', db]);
    expect(summary(r.out)).toMatchObject({ added: 0, duplicates: 1 });
  });

  it('recodes the stored stories with --recode', () => {
    const before = inStore(db, (s) => s.stats());
    const r = lucca(['ingest', '--recode', '--db', db]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^recoded: 16 stories, ${before.sentences} sentences, ${before.events} events$`, 'm'));
    expect(inStore(db, (s) => s.stats())).toEqual(before);
  });
});

describe('lucca ingest on a batch with bad inputs', () => {
  const bad = join(dir, 'bad');
  mkdirSync(bad);
  writeFileSync(join(bad, 'a-empty.txt'), '');
  writeFileSync(join(bad, 'b-binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 0, 7]));
  writeFileSync(join(bad, 'c-good.txt'), 'Russia condemned the attack on Ukraine on 3 March 2022.\n');
  writeFileSync(join(bad, 'd-lines.jsonl'), [
    JSON.stringify({ id: 'line-1', text: 'France praised Germany for its aid to Ukraine.', date: '2022-03-04' }),
    '{"id": "line-2", "text": ',
    JSON.stringify({ id: 'line-3', text: 'Iran accused Israel of an attack.', date: 'not a date' }),
    JSON.stringify({ id: 'line-4', text: 'Italy urged Russia to end the war.', date: '2022-03-05' }),
  ].join('\n'));
  writeFileSync(join(bad, 'e-notes.xml'), '<?xml version="1.0"?><notes><note>not news</note></notes>');
  writeFileSync(join(bad, 'f-broken.rss'), '<rss version="2.0"><channel><title>x</title><item><title>Unclosed');
  writeFileSync(join(bad, 'g-bad-petrarch.xml'), '<Sentences>\n<Sentence id="X1" date="20220301">\n<EventCoding />\n<Text>Russia attacked.</Text>\n</Sentence>\n</Sentences>');
  const db = join(dir, 'bad.db');
  const r = lucca(['ingest', bad, join(dir, 'missing.txt'), '--db', db]);

  it('reports each bad file or line with file, line and reason, and stores the rest', () => {
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/a-empty\.txt: .*empty/i);
    expect(r.err).toMatch(/b-binary\.txt: .*binary/i);
    expect(r.err).toMatch(/d-lines\.jsonl:2: malformed JSON/);
    expect(r.err).toMatch(/d-lines\.jsonl:3: .*date/);
    expect(r.err).toMatch(/e-notes\.xml: neither a feed .* nor PETRARCH XML/);
    expect(r.err).toMatch(/f-broken\.rss: /);
    expect(r.err).toMatch(/g-bad-petrarch\.xml:3: .*EventCoding/);
    expect(r.err).toMatch(/missing\.txt: cannot read: no such file/);
    expect(summary(r.out)).toMatchObject({ added: 3, duplicates: 0, skipped: 8 });
    const ids = inStore(db, (s) => ['c-good', 'line-1', 'line-4', 'line-3'].map((id) => s.hasStory({ id })));
    expect(ids).toEqual([true, true, true, false]);
  });

  it('exits 1 when nothing at all could be read', () => {
    const empty = join(dir, 'all-bad');
    mkdirSync(empty);
    writeFileSync(join(empty, 'x.txt'), '  \n');
    const none = lucca(['ingest', empty, '--db', join(dir, 'none.db')]);
    expect(none.code).toBe(1);
    expect(summary(none.out)).toMatchObject({ added: 0, skipped: 1 });
  });

  it('refuses bad options with exit code 2', () => {
    expect(lucca(['ingest', '--db', join(dir, 'x.db')]).code).toBe(2);
    expect(lucca(['ingest', 'demo/', '--batch-size', '0', '--db', join(dir, 'x.db')]).code).toBe(2);
    expect(lucca(['ingest', 'demo/', '--date', '2022-13-01', '--db', join(dir, 'x.db')]).code).toBe(2);
  });
});

describe('lucca ingest on feeds, PETRARCH XML and stdin', () => {
  const feeds = join(dir, 'feeds');
  mkdirSync(feeds);
  writeFileSync(join(feeds, 'wire.rss'), `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Demo Wire</title><link>https://wire.example/</link><description>Test feed</description>
<item>
  <title>Russia condemns attack</title>
  <link>https://wire.example/1</link>
  <guid isPermaLink="false">wire-1</guid>
  <pubDate>Tue, 01 Mar 2022 23:30:00 -0500</pubDate>
  <description>&lt;p&gt;Russia condemned the attack on Ukraine.&lt;/p&gt;&lt;p&gt;France urged talks.&lt;/p&gt;</description>
</item>
<item>
  <title>Talks</title>
  <link>https://wire.example/2</link>
  <pubDate>Wed, 02 Mar 2022 08:00:00 GMT</pubDate>
  <content:encoded><![CDATA[<div><p>Italy urged Russia to end the war.</p></div>]]></content:encoded>
  <description>Short summary.</description>
</item>
<item><title></title><link>https://wire.example/3</link></item>
</channel></rss>`);
  writeFileSync(join(feeds, 'updates.atom'), `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Desk</title><id>urn:desk</id><updated>2022-03-03T00:00:00Z</updated>
<entry><title>Iran and Iraq</title><id>urn:desk:1</id><updated>2022-03-03T10:00:00Z</updated><published>2022-03-03T09:00:00+03:00</published>
<link rel="alternate" href="https://desk.example/1"/><summary>Iran accused Iraq of violating the ceasefire.</summary></entry>
</feed>`);
  writeFileSync(join(feeds, 'json-feed.json'), JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'JSON Desk',
    items: [{ id: 'jf-1', url: 'https://json.example/1', title: 'Aid', content_text: 'Germany sent aid to Ukraine.', date_published: '2022-03-04T12:00:00Z' }],
  }));
  const db = join(dir, 'feeds.db');
  const r = lucca(['ingest', feeds, join(ROOT, 'test/fixtures/petrarch/mini.records.xml'), '-', '--db', db], 'Russia condemned the attack.\n');

  it('makes each feed item a story with its date, title, link and outlet; an empty item is reported', () => {
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/wire\.rss: item 3 has no text/);
    const stories = inStore(db, (s) => ['wire-1', 'https://wire.example/2', 'urn:desk:1', 'jf-1'].map((id) => s.getStory(id)));
    expect(stories.map((s) => s?.date)).toEqual(['2022-03-01', '2022-03-02', '2022-03-03', '2022-03-04']);
    expect(stories[0]).toMatchObject({ title: 'Russia condemns attack', url: 'https://wire.example/1', outlet: 'Demo Wire' });
    expect(stories[0]!.text).toBe('Russia condemns attack\n\nRussia condemned the attack on Ukraine.\n\nFrance urged talks.');
    // Full content wins over the summary.
    expect(stories[1]!.text).toBe('Talks\n\nItaly urged Russia to end the war.');
    expect(stories[2]).toMatchObject({ title: 'Iran and Iraq', url: 'https://desk.example/1', outlet: 'Atom Desk' });
    expect(stories[3]).toMatchObject({ title: 'Aid', url: 'https://json.example/1', outlet: 'JSON Desk' });
    expect(stories.every((s) => s!.events.length > 0)).toBe(true);
  });

  it('reads PETRARCH records as stories (one per <Sentence>) and stdin as one story', () => {
    const s = summary(r.out);
    expect(s.added).toBe(4 + 6 + 1);
    const petrarch = inStore(db, (store) => store.getStory('DEMO_00'));
    expect(petrarch).toMatchObject({ date: '1995-01-01' });
    expect(petrarch!.origin).toMatch(/mini\.records\.xml:\d+$/);
    expect(inStore(db, (store) => store.hasStory({ id: 'stdin' }))).toBe(true);
  });
});
