/**
 * @module model
 * Lucca's data types: stories, sentences, knowledge, event records, errors.
 */
export * from './story.js';
export * from './record.js';
export * from './knowledge.js';
export * from './errors.js';
export * from './event-codes.js';
export * from './analysis.js';
