/**
 * @module pipeline/worker
 * A worker thread of the coder pool: loads the knowledge once, then codes the stories it is sent.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileKnowledge, loadNativeKnowledge } from '../knowledge/index.js';
import type { Story } from '../model/story.js';
import { createCoder } from './coder.js';
import type { PoolOptions } from './pool.js';

const options = workerData as PoolOptions;
const coder = createCoder(compileKnowledge(loadNativeKnowledge({ dataDir: options.dataDir, extraDirs: options.extraDirs })), options.coder);

parentPort!.on('message', (msg: { id: number; stories: Story[] }) => {
  const results = msg.stories.map((story) => {
    const r = coder.codeStory(story);
    return { events: r.events, sentences: r.sentences, warnings: r.warnings };
  });
  parentPort!.postMessage({ id: msg.id, results });
});
