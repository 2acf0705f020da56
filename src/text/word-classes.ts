/**
 * @module text/word-classes
 * Closed classes of English words the chunker and the coder both rely on, in one place.
 */

/** Words that negate a verb group ("did not", "won't", "never"). */
export const NEGATORS = new Set(['not', "n't", 'never', 'no']);

/** Reporting verbs that close a sentence ("…, the Thai army said"): what precedes them is the report. */
export const REPORTING_VERBS = new Set(['say', 'tell', 'add', 'state', 'report', 'announce', 'confirm', 'claim', 'write', 'note']);

/** Verbs that introduce a quotation and so name its speaker ("…," Alfano told reporters). */
export const SPEECH_VERBS = new Set([
  'say', 'tell', 'add', 'state', 'read', 'declare', 'announce', 'write', 'insist', 'stress', 'note',
  'explain', 'reply', 'respond', 'conclude', 'continue', 'argue', 'claim', 'affirm', 'emphasise', 'emphasize',
]);

/** Verbs whose object is a clause: the noun phrase after them is that clause's subject, not their object. */
export const CLAUSE_VERBS = new Set([
  ...REPORTING_VERBS,
  'believe', 'think', 'warn', 'deny', 'insist', 'argue', 'fear', 'expect', 'know', 'show', 'suggest', 'indicate',
  'allege', 'acknowledge', 'hope', 'understand', 'predict', 'estimate', 'assert', 'stress', 'admit', 'reveal',
  'find', 'see', 'hear',
]);
