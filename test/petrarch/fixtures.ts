/**
 * @module test/petrarch/fixtures
 * Paths to the test fixtures and to the PETRARCH validation files in ../shared (absent on some machines).
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A fixture of test/fixtures/petrarch as reader input. */
export function fixture(name: string): { path: string; text: string } {
  const path = fileURLToPath(new URL(`../fixtures/petrarch/${name}`, import.meta.url));
  return { path, text: readFileSync(path, 'utf8') };
}

/** Directory of PETRARCH's unit-test files (cameo1 or cameo2) in ../shared/bench. */
export function benchDir(set: 'cameo1' | 'cameo2'): string {
  return fileURLToPath(new URL(`../../../shared/bench/petrarch-unit/${set}/`, import.meta.url));
}

/** A bench file as reader input. */
export function benchFile(set: 'cameo1' | 'cameo2', name: string): { path: string; text: string } {
  const path = benchDir(set) + name;
  return { path, text: readFileSync(path, 'utf8') };
}

/** Whether the bench files are present. */
export const hasBench = existsSync(benchDir('cameo2') + 'PETR.Validate.verbs.2.0.txt');
