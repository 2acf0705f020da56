/**
 * @module test/petrarch/helpers
 * Small helpers for error assertions.
 */
import { LuccaError } from '../../src/model/errors.js';

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
