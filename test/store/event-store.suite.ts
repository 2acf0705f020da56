/**
 * The behaviour every EventStore implementation must have (SQLite now, PostgreSQL later): run it with
 * `eventStoreSuite(name, open)` where `open` returns a new, empty store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LuccaError } from '../../src/model/errors.js';
import type { EventRecord } from '../../src/model/record.js';
import type { Coder } from '../../src/pipeline/coder.js';
import { contentHash, type EventFilter, type EventStore } from '../../src/store/index.js';
import { fixture } from '../helpers.js';
import { codedStory } from './records.js';

/** The four stories every query test runs on (8 events; s4 has no date). */
export function corpus() {
  return [
    codedStory('s1', ['Russia attacked Ukraine.', 'The United States condemned Russia.', 'France urged talks.'], [
      { source: 'RUSMIL', target: 'UKR', code: '190' },
      { source: 'USAGOV', target: 'RUS', code: '111', sentence: 1 },
      { source: 'FRA', code: '010', sentence: 2 },
    ], '2022-03-01'),
    codedStory('s2', ['The European Union imposed an embargo on Russia.', 'Germany sent aid to Ukraine.'], [
      { source: 'IGOEU', target: 'RUS', code: '163' },
      { source: 'DEU', target: 'UKR', code: '071', sentence: 1 },
    ], '2022-03-08'),
    codedStory('s3', ['Ukraine accused Russia of shelling.', 'Russia said it would meet Ukraine.'], [
      { source: 'UKRGOV', target: 'RUS', code: '112' },
      { source: 'RUS', target: 'UKRGOV', code: '036', sentence: 1 },
    ], '2022-04-15'),
    codedStory('s4', ['Officials in Kyiv appealed to France for economic cooperation.'], [
      { source: 'UKR', target: 'FRA', code: '0211' },
    ], null),
  ];
}

function lucca(fn: () => unknown): LuccaError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LuccaError) return e;
    throw e;
  }
  throw new Error('expected a LuccaError');
}

const ids = (events: EventRecord[]) => events.map((e) => e.id).sort();

export function eventStoreSuite(name: string, open: () => EventStore): void {
  describe(`${name}: the EventStore contract`, () => {
    let store: EventStore;
    beforeEach(() => {
      store = open();
    });
    afterEach(() => store.close());

    describe('writes', () => {
      it('adds a story once: again by id or by identical text is a duplicate that changes nothing', () => {
        const [s1] = corpus();
        expect(store.addStory(s1.story, s1.result)).toBe('added');
        const before = store.stats();
        expect(before).toEqual({ stories: 1, sentences: 3, events: 3, actors: 5 });
        expect(store.addStory(s1.story, s1.result)).toBe('duplicate');
        const sameId = codedStory('s1', ['Other text entirely.'], []);
        expect(store.addStory(sameId.story, sameId.result)).toBe('duplicate');
        const sameText = { story: { ...s1.story, id: 'copy-of-s1' }, result: s1.result };
        expect(store.addStory(sameText.story, sameText.result)).toBe('duplicate');
        expect(store.stats()).toEqual(before);
        expect(store.getStory('copy-of-s1')).toBeNull();
      });

      it('knows stored stories by id and by content hash', () => {
        const [s1] = corpus();
        store.addStory(s1.story, s1.result);
        expect(store.hasStory({ id: 's1' })).toBe(true);
        expect(store.hasStory({ hash: contentHash(s1.story.text) })).toBe(true);
        expect(store.hasStory({ id: 's2' })).toBe(false);
        expect(store.hasStory({ hash: contentHash('not stored') })).toBe(false);
        expect(store.hasStory({})).toBe(false);
      });

      it('adds a batch; a story that fails is rolled back alone and returned as its error', () => {
        const [s1, s2, s3] = corpus();
        // s2b reuses the event ids of s1 (story id "s1" in its events): the event insert fails.
        const clash = codedStory('s1', ['A different first sentence.'], [{ source: 'RUS', target: 'UKR', code: '190' }]);
        const s2b = { story: { ...clash.story, id: 's2b' }, result: clash.result };
        const outcomes = store.addStories([s1, s2b, s2, s1, s3]);
        expect(outcomes[0]).toBe('added');
        expect(outcomes[1]).toBeInstanceOf(Error);
        expect(outcomes.slice(2)).toEqual(['added', 'duplicate', 'added']);
        expect(store.getStory('s2b')).toBeNull();
        expect(store.stats()).toMatchObject({ stories: 3, sentences: 7, events: 7 });
      });
    });

    describe('reads', () => {
      beforeEach(() => {
        expect(store.addStories(corpus())).toEqual(['added', 'added', 'added', 'added']);
      });

      it('returns an event exactly as the coder wrote it', () => {
        const original = corpus()[0].result.events[1];
        expect(store.getEvent(original.id)).toEqual(original);
        expect(store.getEvent('no-such-event')).toBeNull();
      });

      it('returns a story with its text, sentences at their offsets and its events in order', () => {
        const story = store.getStory('s1')!;
        expect(story.text).toBe('Russia attacked Ukraine. The United States condemned Russia. France urged talks.');
        expect(story.date).toBe('2022-03-01');
        expect(story.hash).toBe(contentHash(story.text));
        expect(story.sentences).toHaveLength(3);
        for (const s of story.sentences) expect(story.text.slice(s.offset, s.offset + s.text.length)).toBe(s.text);
        expect(story.events.map((e) => e.id)).toEqual(['s1-0-0', 's1-1-0', 's1-2-0']);
        expect(store.getStory('nope')).toBeNull();
      });

      const cases: Array<[string, EventFilter, string[]]> = [
        ['everything', {}, ['s1-0-0', 's1-1-0', 's1-2-0', 's2-0-0', 's2-1-0', 's3-0-0', 's3-1-0', 's4-0-0']],
        ['source, exact code', { source: 'RUS' }, ['s3-1-0']],
        ['source, prefix', { source: 'RUS*' }, ['s1-0-0', 's3-1-0']],
        ['source, lower case', { source: 'rus*' }, ['s1-0-0', 's3-1-0']],
        ['target', { target: 'RUS' }, ['s1-1-0', 's2-0-0', 's3-0-0']],
        ['dyad', { source: 'UKR*', target: 'RUS*' }, ['s3-0-0']],
        ['actor on either side', { actor: 'RUS*' }, ['s1-0-0', 's1-1-0', 's2-0-0', 's3-0-0', 's3-1-0']],
        ['country on either side', { country: 'UKR' }, ['s1-0-0', 's2-1-0', 's3-0-0', 's3-1-0', 's4-0-0']],
        ['CAMEO root', { cameo: ['11'] }, ['s1-1-0', 's3-0-0']],
        ['CAMEO code', { cameo: ['111'] }, ['s1-1-0']],
        ['CAMEO root of a four-digit code', { cameo: ['02'] }, ['s4-0-0']],
        ['CAMEO list', { cameo: ['19', '16'] }, ['s1-0-0', 's2-0-0']],
        ['PLOVER type', { plover: ['ACCUSE'] }, ['s1-1-0', 's3-0-0']],
        ['PLOVER list', { plover: ['AID', 'ASSAULT'] }, ['s1-0-0', 's2-1-0']],
        ['quad class', { quad_class: [4] }, ['s1-0-0', 's2-0-0']],
        ['quad classes', { quad_class: [1, 2] }, ['s1-2-0', 's2-1-0', 's3-1-0', 's4-0-0']],
        ['from (undated events never match)', { from: '2022-03-05' }, ['s2-0-0', 's2-1-0', 's3-0-0', 's3-1-0']],
        ['to', { to: '2022-03-08' }, ['s1-0-0', 's1-1-0', 's1-2-0', 's2-0-0', 's2-1-0']],
        ['from and to', { from: '2022-03-02', to: '2022-03-31' }, ['s2-0-0', 's2-1-0']],
        ['full text, a word', { q: 'embargo' }, ['s2-0-0']],
        ['full text, stemmed', { q: 'attack' }, ['s1-0-0']],
        ['full text, a phrase', { q: '"economic cooperation"' }, ['s4-0-0']],
        ['full text, a prefix', { q: 'condem*' }, ['s1-1-0']],
        ['full text, all words', { q: 'Russia Ukraine' }, ['s1-0-0', 's3-0-0', 's3-1-0']],
        ['full text, FTS syntax is taken literally', { q: 'Russia OR NOT "' }, []],
        ['story', { story: 's3' }, ['s3-0-0', 's3-1-0']],
        ['nothing matches', { source: 'CHN' }, []],
      ];
      for (const [label, filter, expected] of cases) {
        it(`filters events: ${label}`, () => {
          expect(ids(store.queryEvents(filter, { limit: 1000 }).events)).toEqual(expected);
        });
      }

      it('pages with a cursor in every sort order, without gaps or repeats', () => {
        const expected = {
          date: ['s4-0-0', 's1-0-0', 's1-1-0', 's1-2-0', 's2-0-0', 's2-1-0', 's3-0-0', 's3-1-0'],
          id: ['s1-0-0', 's1-1-0', 's1-2-0', 's2-0-0', 's2-1-0', 's3-0-0', 's3-1-0', 's4-0-0'],
        };
        for (const sort of ['date', '-date', 'id', '-id'] as const) {
          const seen: string[] = [];
          let cursor: string | null = null;
          let pages = 0;
          do {
            const page = store.queryEvents({}, { sort, limit: 3, cursor });
            expect(page.events.length).toBeLessThanOrEqual(3);
            seen.push(...page.events.map((e) => e.id));
            cursor = page.next;
            pages++;
          } while (cursor);
          expect(pages).toBe(3);
          const base = expected[sort.replace('-', '') as 'date' | 'id'];
          expect(seen).toEqual(sort.startsWith('-') ? [...base].reverse() : base);
        }
      });

      it('pages a filtered listing and ends with next = null', () => {
        const first = store.queryEvents({ actor: 'RUS*' }, { sort: 'id', limit: 2 });
        expect(first.events.map((e) => e.id)).toEqual(['s1-0-0', 's1-1-0']);
        const second = store.queryEvents({ actor: 'RUS*' }, { sort: 'id', limit: 2, cursor: first.next });
        expect(second.events.map((e) => e.id)).toEqual(['s2-0-0', 's3-0-0']);
        const third = store.queryEvents({ actor: 'RUS*' }, { sort: 'id', limit: 2, cursor: second.next });
        expect(third.events.map((e) => e.id)).toEqual(['s3-1-0']);
        expect(third.next).toBeNull();
      });

      it('refuses bad filters and pages with an error naming the parameter', () => {
        const bad: Array<[() => unknown, string]> = [
          [() => store.queryEvents({}, { limit: 0 }), 'limit'],
          [() => store.queryEvents({}, { limit: 1001 }), 'limit'],
          [() => store.queryEvents({}, { cursor: 'garbage' }), 'cursor'],
          [() => store.queryEvents({}, { sort: 'id', cursor: store.queryEvents({}, { sort: 'date', limit: 1 }).next }), 'cursor'],
          [() => store.queryEvents({}, { sort: 'size' as never }), 'sort'],
          [() => store.queryEvents({ source: 'RUS GOV' }), 'source'],
          [() => store.queryEvents({ country: 'RU' }), 'country'],
          [() => store.queryEvents({ cameo: ['1'] }), 'cameo'],
          [() => store.queryEvents({ plover: ['HUG' as never] }), 'plover'],
          [() => store.queryEvents({ quad_class: [5 as never] }), 'quad_class'],
          [() => store.queryEvents({ from: '2022-02-30' }), 'from'],
          [() => store.queryEvents({ from: '2022-05-01', to: '2022-04-01' }), 'from'],
          [() => store.queryEvents({ q: '!!! ---' }), 'q'],
          [() => store.series({}, 'year' as never), 'interval'],
          [() => store.network({}, 0), 'limit'],
          [() => store.actors(null, 5000), 'limit'],
        ];
        for (const [fn, parameter] of bad) {
          const e = lucca(fn);
          expect(e.code).toBe('OPTION_INVALID');
          expect(e.message.startsWith(`${parameter}: `)).toBe(true);
        }
      });

      it('counts events per month, split by quad class, with mean Goldstein; undated events left out', () => {
        const { interval, points } = store.series({}, 'month');
        expect(interval).toBe('month');
        expect(points.map((p) => [p.period, p.count])).toEqual([['2022-03', 5], ['2022-04', 2]]);
        expect(points[0].goldstein).toBeCloseTo(-2.52, 3);
        expect(points[0].quad_class).toEqual({
          1: { count: 1, goldstein: 0 }, 2: { count: 1, goldstein: 7.4 }, 3: { count: 1, goldstein: -2 }, 4: { count: 2, goldstein: -9 },
        });
        expect(points[1].quad_class[2]).toEqual({ count: 0, goldstein: null });
        expect(points[1].goldstein).toBe(1);
      });

      it('counts per day and per ISO week (starting Monday), for an actor or a dyad', () => {
        expect(store.series({}, 'day').points.map((p) => p.period)).toEqual(['2022-03-01', '2022-03-08', '2022-04-15']);
        expect(store.series({}, 'week').points.map((p) => p.period)).toEqual(['2022-02-28', '2022-03-07', '2022-04-11']);
        expect(store.series({ source: 'UKR*', target: 'RUS*' }, 'month').points.map((p) => [p.period, p.count])).toEqual([['2022-04', 1]]);
        expect(store.series({ actor: 'DEU' }, 'day').points.map((p) => [p.period, p.count, p.goldstein])).toEqual([['2022-03-08', 1, 7.4]]);
      });

      it('builds the network of the top actors with weighted directed edges', () => {
        const { nodes, edges } = store.network({}, 3);
        expect(nodes.map((n) => [n.code, n.out, n.in])).toEqual([['RUS', 1, 3], ['UKR', 1, 2], ['UKRGOV', 1, 1]]);
        expect(nodes[0]).toMatchObject({ name: 'Russia', country: 'RUS', kind: 'state' });
        expect(edges).toEqual([
          { source: 'RUS', target: 'UKRGOV', count: 1, goldstein: 4 },
          { source: 'UKRGOV', target: 'RUS', count: 1, goldstein: -2 },
        ]);
        const filtered = store.network({ quad_class: [4] }, 10);
        expect(filtered.nodes.map((n) => n.code).sort()).toEqual(['IGOEU', 'RUS', 'RUSMIL', 'UKR']);
        expect(filtered.edges.map((e) => `${e.source}>${e.target}`).sort()).toEqual(['IGOEU>RUS', 'RUSMIL>UKR']);
      });

      it('lists actors with event counts, searchable by code prefix or name', () => {
        expect(store.actors(null, 2).map((a) => [a.code, a.events])).toEqual([['RUS', 4], ['UKR', 3]]);
        expect(store.actors('rus', 10).map((a) => [a.code, a.as_source, a.as_target])).toEqual([['RUS', 1, 3], ['RUSMIL', 1, 0]]);
        expect(store.actors('union', 10).map((a) => a.code)).toEqual(['IGOEU']);
        expect(store.actors('100%_', 10)).toEqual([]);
        expect(store.actors(null, 100)).toHaveLength(8);
      });

      it('exports every matching event, checking the filter before the first row', () => {
        expect([...store.exportEvents({ actor: 'RUS*' })].map((e) => e.id)).toEqual(['s1-0-0', 's1-1-0', 's2-0-0', 's3-0-0', 's3-1-0']);
        expect([...store.exportEvents({}, '-date')].map((e) => e.id)[0]).toBe('s3-1-0');
        expect(lucca(() => store.exportEvents({ from: 'yesterday' })).message).toMatch(/^from: /);
      });
    });

    it('exports more than one page', () => {
      const many = codedStory('big', ['Russia attacked Ukraine.'], Array.from({ length: 2500 }, () => ({ source: 'RUS', target: 'UKR', code: '190' })));
      store.addStory(many.story, many.result);
      const all = [...store.exportEvents({ source: 'RUS' })];
      expect(all).toHaveLength(2500);
      expect(new Set(all.map((e) => e.id)).size).toBe(2500);
    });

    it('stores every sentence of a story coded with a trace, searchable', () => {
      const coder = fixture();
      const story = { id: 'real', text: 'Russia condemned Syria. Nothing happened in the markets. France urged Iran to talk.', date: '2017-04-12' };
      expect(store.addStory(story, coder.codeStory(story, { trace: true }))).toBe('added');
      const stored = store.getStory('real')!;
      expect(stored.sentences.map((s) => s.text)).toEqual(['Russia condemned Syria.', 'Nothing happened in the markets.', 'France urged Iran to talk.']);
      expect(stored.events.length).toBeGreaterThan(0);
      expect(store.queryEvents({ q: 'urge' }).events.every((e) => e.sentence.includes('urged'))).toBe(true);
    });

    it('recodes every stored story with another coder, keeping counts consistent', () => {
      // Two stand-in coders that differ in a known way: the second also finds each story's target.
      const fake = (withTargets: boolean): Coder => ({
        knowledge: fixture().knowledge,
        codeStory: (story) => codedStory(story.id, [story.text], withTargets
          ? [{ source: 'RUS', target: 'UKR', code: '111' }, { source: 'UKR', target: 'RUS', code: '112' }]
          : [{ source: 'RUS', code: '010' }], story.date).result,
        codeText: () => { throw new Error('not used'); },
      });
      const first = fake(false);
      const stories = ['One.', 'Two.', 'Three.'].map((text, i) => ({ id: `r${i}`, text, date: '2017-04-12' }));
      for (const s of stories) store.addStory(s, first.codeStory(s));
      const before = store.stats();
      expect(before).toEqual({ stories: 3, sentences: 3, events: 3, actors: 1 });
      const summary = store.recodeAll(fake(true), { batchSize: 2 });
      expect(summary).toEqual({ stories: 3, sentences: 3, events: 6 });
      expect(store.stats()).toEqual({ stories: 3, sentences: 3, events: 6, actors: 2 });
      expect(store.actors(null, 10).map((a) => [a.code, a.as_source, a.as_target])).toEqual([['RUS', 3, 3], ['UKR', 3, 3]]);
      expect(store.getStory('r1')!.events.map((e) => e.cameo.code)).toEqual(['111', '112']);
      expect(store.queryEvents({ cameo: ['01'] }).events).toEqual([]);
      // Recoding with the first coder restores the first state; unused actors are dropped.
      store.recodeAll(first);
      expect(store.stats()).toEqual(before);
      expect(store.actors(null, 10).map((a) => [a.code, a.as_source, a.as_target])).toEqual([['RUS', 3, 0]]);
    });
  });
}
