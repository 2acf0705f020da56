/**
 * @module eval
 * Gold-set readers and scorers: PETRARCH unit-test XML and Lucca JSONL gold (PLOVER JSON later), scored by
 * exact-sentence match and triple precision/recall/F1, overall and per category.
 */
export * from './gold.js';
export * from './petrarch-xml.js';
export * from './lucca-jsonl.js';
export * from './plover-json.js';
export * from './score.js';
export * from './report.js';
export { readXmlEvents, decodeEntities, type XmlEvent, type XmlOptions } from './xml.js';
