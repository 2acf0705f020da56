/**
 * @module pipeline/pool
 * Code stories on several worker threads. Each worker compiles the knowledge once; batches of stories go to
 * whichever worker is free, and results come back in input order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Story } from '../model/story.js';
import type { CoderOptions, StoryResult } from './coder.js';

/** Options of a coder pool (plain data: they are sent to each worker). */
export interface PoolOptions {
  size?: number;
  dataDir?: string;
  extraDirs?: string[];
  coder?: CoderOptions;
  /** Stories per message (default 32). */
  batch?: number;
}

type WorkerResult = Pick<StoryResult, 'events' | 'sentences' | 'warnings'>;

/** A pool of coder threads. Call `close()` when done. */
export interface CoderPool {
  codeStories(stories: Story[]): Promise<WorkerResult[]>;
  close(): Promise<void>;
}

/** Start a pool of `size` workers (default: one per core). */
export function createCoderPool(options: PoolOptions = {}): CoderPool {
  const size = Math.max(1, options.size ?? availableParallelism());
  const batch = options.batch ?? 32;
  const workers = Array.from({ length: size }, () => new Worker(new URL('./worker.js', import.meta.url), { workerData: options }));

  async function codeStories(stories: Story[]): Promise<WorkerResult[]> {
    const results: WorkerResult[] = new Array(stories.length);
    let next = 0;
    const run = (w: Worker) => new Promise<void>((resolve, reject) => {
      const send = () => {
        if (next >= stories.length) { w.off('message', onMessage); w.off('error', reject); resolve(); return; }
        const id = next;
        next += batch;
        w.postMessage({ id, stories: stories.slice(id, id + batch) });
      };
      const onMessage = (msg: { id: number; results: WorkerResult[] }) => {
        msg.results.forEach((r, i) => { results[msg.id + i] = r; });
        send();
      };
      w.on('message', onMessage);
      w.once('error', reject);
      send();
    });
    await Promise.all(workers.map(run));
    return results;
  }

  return {
    codeStories,
    async close() { await Promise.all(workers.map((w) => w.terminate())); },
  };
}
