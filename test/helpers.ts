/**
 * Shared test helpers: a coder over the small fixture knowledge written for the tests, and paths.
 */
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileKnowledge, loadNativeKnowledge } from '../src/knowledge/index.js';
import { LuccaError } from '../src/model/errors.js';
import type { EventRecord } from '../src/model/record.js';
import { createCoder, type Coder } from '../src/pipeline/coder.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURE_KNOWLEDGE = join(ROOT, 'test/fixtures/knowledge');
export const SHARED = join(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(join(SHARED, 'bench'));

let fixtureCoder: Coder | null = null;
let targetlessCoder: Coder | null = null;

/** A coder over test/fixtures/knowledge (built once); `targetless` keeps events with no target. */
export function fixture(targetless = false): Coder {
  if (targetless) {
    targetlessCoder ??= createCoder(compileKnowledge(loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE })), { requireDyad: false });
    return targetlessCoder;
  }
  fixtureCoder ??= createCoder(compileKnowledge(loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE })));
  return fixtureCoder;
}

/** Events of a text as compact `SOURCE TARGET CODE` triples. */
export function triples(events: EventRecord[]): string[] {
  return events.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo.code}`);
}

/** Code a text with the fixture knowledge and return its triples (`targetless`: keep events with no target). */
export function code(text: string, date = '2017-04-12', targetless = false): string[] {
  return triples(fixture(targetless).codeText(text, { date }).events);
}

/** The LuccaError thrown by `fn`; fails the test when `fn` does not throw one. */
export function errorOf(fn: () => unknown): LuccaError {
  try {
    fn();
  } catch (e) {
    if (e instanceof LuccaError) return e;
    throw e;
  }
  throw new Error('expected a LuccaError, nothing was thrown');
}

/**
 * A directory of knowledge files written for one test (`{"events/patterns.tsv": "051\tpraise +\n"}`),
 * created under the system's temporary folder.
 */
export function knowledgeDir(files: Record<string, string>, prefix = 'lucca-test-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** A coder over the fixture knowledge plus the given extra files (see {@link knowledgeDir}). */
export function coderWith(files: Record<string, string>, options: { targetless?: boolean } = {}): Coder {
  return createCoder(compileKnowledge(loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE, extraDirs: [knowledgeDir(files)] })),
    options.targetless ? { requireDyad: false } : {});
}

/** The `SOURCE TARGET CODE` triples a coder finds in a text. */
export function codesWith(coder: Coder, text: string, date = '2023-05-02'): string[] {
  return triples(coder.codeText(text, { date }).events);
}
