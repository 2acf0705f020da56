/**
 * @module text
 * The text stage: sentences, tokens, POS tags (wink-nlp) and Lucca's chunker.
 */
export * from './01-tokenize.js';
export * from './02-chunk.js';
