/**
 * Shared test helpers: a coder over the small fixture knowledge written for the tests, and paths.
 */
import { existsSync } from 'node:fs';
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

/** A coder over test/fixtures/knowledge (built once). */
export function fixture(): Coder {
  fixtureCoder ??= createCoder(compileKnowledge(loadNativeKnowledge({ dataDir: FIXTURE_KNOWLEDGE })));
  return fixtureCoder;
}

/** Events of a text as compact `SOURCE TARGET CODE` triples. */
export function triples(events: EventRecord[]): string[] {
  return events.map((e) => `${e.source.code} ${e.target?.code ?? '---'} ${e.cameo.code}`);
}

/** Code a text with the fixture knowledge and return its triples. */
export function code(text: string, date = '2017-04-12'): string[] {
  return triples(fixture().codeText(text, { date }).events);
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
