/**
 * @module bench/run
 * `npm run bench`: code a generated corpus of ≥ 20,000 sentences from raw text in one process and print
 * sentences per second and peak resident memory. A benchmark, not a test: it asserts nothing.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { compileKnowledge, loadNativeKnowledge } from '../knowledge/index.js';
import { createCoder } from '../pipeline/coder.js';
import { createCoderPool } from '../pipeline/pool.js';
import { generateCorpus } from './corpus.js';

const SENTENCES = Number(process.env.LUCCA_BENCH_SENTENCES ?? 24_000);

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0) + ' MB';
}

const t0 = performance.now();
const knowledge = compileKnowledge(loadNativeKnowledge());
const coder = createCoder(knowledge);
const loadMs = performance.now() - t0;
const corpus = generateCorpus(SENTENCES);

// Warm up the JIT on a few stories, then measure the whole corpus.
for (const story of corpus.slice(0, 20)) coder.codeStory(story);
const start = performance.now();
let sentences = 0;
let events = 0;
for (const story of corpus) {
  const r = coder.codeStory(story);
  sentences += r.sentences;
  events += r.events.length;
}
const seconds = (performance.now() - start) / 1000;
const singlePeak = process.resourceUsage().maxRSS * 1024;

const pool = createCoderPool();
await pool.codeStories(corpus.slice(0, 64));
const poolStart = performance.now();
const pooled = await pool.codeStories(corpus);
const poolSeconds = (performance.now() - poolStart) / 1000;
await pool.close();
const poolSentences = pooled.reduce((n, r) => n + r.sentences, 0);

process.stdout.write([
  `knowledge load + compile: ${loadMs.toFixed(0)} ms`,
  `corpus: ${corpus.length} stories, ${sentences} sentences, ${events} events`,
  `single thread: ${(sentences / seconds).toFixed(0)} sentences/s (${seconds.toFixed(2)} s)`,
  `peak RSS (single thread): ${mb(singlePeak)}`,
  `worker pool (${availableParallelism()} threads): ${(poolSentences / poolSeconds).toFixed(0)} sentences/s (${poolSeconds.toFixed(2)} s)`,
  `peak RSS (process, after pool): ${mb(process.resourceUsage().maxRSS * 1024)}`,
].join('\n') + '\n');
