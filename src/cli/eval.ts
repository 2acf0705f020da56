/**
 * @module cli/eval
 * `lucca eval GOLD`: code the gold records from their raw text and score them (exact-sentence match,
 * triple precision/recall/F1, per category, failures).
 */
import { readFileSync } from 'node:fs';
import { formatReport, goldStories, groupPredictions, readLuccaJsonl, readPetrarchXml, reportJson, scoreSentences, type GoldSentence } from '../eval/index.js';
import { LuccaError } from '../model/errors.js';
import type { EventRecord } from '../model/record.js';
import type { Story } from '../model/story.js';
import { createCoder } from '../pipeline/coder.js';
import type { Io } from './code.js';
import { loadKnowledgeFromOptions, type KnowledgeOptions } from './knowledge-options.js';

/** Options of `lucca eval`. */
export interface EvalOptions extends KnowledgeOptions {
  json?: boolean;
  failures?: string;
}

/** Run `lucca eval`. Exit code 0 (the score is the output, not a pass/fail). */
export async function runEval(goldPath: string, o: EvalOptions, io: Io): Promise<number> {
  let text: string;
  try {
    text = readFileSync(goldPath, 'utf8');
  } catch {
    throw new LuccaError('INPUT_UNREADABLE', 'cannot read the gold file', { file: goldPath });
  }
  const xml = /\.xml$/i.test(goldPath) || text.trimStart().startsWith('<');
  const gold: GoldSentence[] = xml ? readPetrarchXml(text, goldPath) : readLuccaJsonl(text, goldPath);
  const coder = createCoder(await loadKnowledgeFromOptions(o, (w) => io.err(`lucca: warning: ${w}\n`)));
  const events: EventRecord[] = [];
  // PETRARCH records are stories scored as a whole; Lucca JSONL gold names story:sentence.
  const stories: Story[] = xml ? goldStories(gold.filter((g) => !g.skip)) : jsonlStories(gold);
  for (const story of stories) events.push(...coder.codeStory(story).events);
  const report = scoreSentences(gold, groupPredictions(events, xml ? 'story' : 'sentence'));
  const max = o.failures === undefined ? 20 : Number(o.failures);
  io.out(o.json ? reportJson(report) : formatReport(report, { maxFailures: Number.isFinite(max) ? max : 20 }));
  return 0;
}

/** One story per gold sentence, so that `story:0` is the sentence itself. */
function jsonlStories(gold: GoldSentence[]): Story[] {
  return gold.filter((g) => !g.skip).map((g) => {
    const [story] = g.id.split(':');
    return { id: story, text: g.text, date: g.date, origin: `${g.origin.file}:${g.origin.line}` };
  });
}
