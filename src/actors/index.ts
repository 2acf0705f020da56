/**
 * @module actors
 * Actor recognition and resolution.
 */
export * from './01-match.js';
export * from './02-resolve.js';
export * from './03-phrases.js';
export * from './04-memory.js';
