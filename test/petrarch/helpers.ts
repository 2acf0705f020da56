/**
 * @module test/petrarch/helpers
 * Small helpers for error assertions.
 */

export { errorOf } from '../helpers.js';
