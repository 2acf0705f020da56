import { describe, expect, it } from 'vitest';
// The pool starts compiled worker threads, so it is tested from dist/ (npm test builds first).
import { createCoderPool } from '../../dist/pipeline/pool.js';
import type { Story } from '../../src/model/story.js';
import { FIXTURE_KNOWLEDGE, fixture, triples } from '../helpers.js';

describe('coder pool', () => {
  it('codes stories on worker threads with the same results as one coder, in input order', async () => {
    const stories: Story[] = Array.from({ length: 50 }, (_, i) => ({
      id: `s${i}`, date: '2017-04-12',
      text: i % 2 ? 'Russia condemned Syria. France urged Iran to talk.' : 'Italy praised France. Nothing happened.',
    }));
    const pool = createCoderPool({ size: 2, dataDir: FIXTURE_KNOWLEDGE, batch: 7 });
    try {
      const results = await pool.codeStories(stories);
      expect(results).toHaveLength(50);
      results.forEach((r, i) => {
        expect(r.events.every((e) => e.story_id === `s${i}`)).toBe(true);
        expect(triples(r.events)).toEqual(triples(fixture().codeStory(stories[i]).events));
      });
    } finally {
      await pool.close();
    }
  });
});
