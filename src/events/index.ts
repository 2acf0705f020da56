/**
 * @module events
 * Event coding: subjects, patterns, quote speakers, candidates and records.
 */
export * from './context.js';
export * from './01-subject.js';
export * from './02-patterns.js';
export * from './03-speaker.js';
export * from './04-code.js';
export * from './05-records.js';
