/**
 * @module knowledge
 * Dictionary formats and their compilation into matchers.
 */
export * from './compile.js';
export * from './phrase.js';
export * from './native/index.js';
export { checkNativeDictionary, type DictCheckReport, type DictFinding, type DictSizes } from './native/check.js';
