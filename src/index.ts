/**
 * @module lucca
 * Public API: load knowledge, create a coder, code stories.
 *
 * @example
 * import { createCoder, loadKnowledge } from 'lucca';
 * const coder = createCoder(loadKnowledge());
 * const { events } = coder.codeText('The G7 urged Russia to use its influence.', { date: '2017-04-11' });
 */
import { compileKnowledge, loadNativeKnowledge, type Knowledge } from './knowledge/index.js';

export * from './model/index.js';
export { createCoder, type Coder, type CoderOptions, type StoryResult, type SentenceTrace } from './pipeline/coder.js';
export { compileKnowledge, loadNativeKnowledge, type Knowledge } from './knowledge/index.js';

/** Load and compile Lucca's built-in knowledge, plus users' directories in the native format. */
export function loadKnowledge(extraDirs: string[] = []): Knowledge {
  return compileKnowledge(loadNativeKnowledge({ extraDirs }));
}
