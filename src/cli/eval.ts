/**
 * @module cli/eval
 * `lucca eval GOLD`: code the gold records from their raw text and score them (exact-sentence match,
 * triple precision/recall/F1, per category, failures).
 */
import { readFileSync } from 'node:fs';
import { formatReport, goldStories, groupPredictions, ploverTripleOf, readLuccaJsonl, readPetrarchXml, readPloverJson, reportJson, scoreSentences, type GoldSentence } from '../eval/index.js';
import { LuccaError } from '../model/errors.js';
import type { EventRecord } from '../model/record.js';
import type { Story } from '../model/story.js';
import { createCoder, type Coder } from '../pipeline/coder.js';
import type { Io } from './code.js';
import { coderOptions, loadKnowledgeFromOptions, type KnowledgeOptions } from './knowledge-options.js';

/** Options of `lucca eval`. */
export interface EvalOptions extends KnowledgeOptions {
  json?: boolean;
  /** `exact` (default) or `root`: principal actors and CAMEO root. */
  level?: string;
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
  // PLOVER JSON: an array of records, or JSONL whose records carry `event_type` rather than `cameo`.
  const plover = !xml && (text.trimStart().startsWith('[') || /"event_type"\s*:/.test(text.slice(0, 2000)));
  const gold: GoldSentence[] = xml ? readPetrarchXml(text, goldPath) : plover ? readPloverJson(text, goldPath) : readLuccaJsonl(text, goldPath);
  const knowledge = await loadKnowledgeFromOptions(o, (w) => io.err(`lucca: warning: ${w}\n`));
  // PETRARCH records may switch `require_dyad` with <Config>: one coder per setting.
  const coders = new Map<string, Coder>();
  const coderFor = (g: GoldSentence | undefined): Coder => {
    const dyad = g?.config.require_dyad?.toLowerCase();
    const key = dyad === 'true' || dyad === 'false' ? dyad : 'default';
    let coder = coders.get(key);
    if (!coder) {
      coder = createCoder(knowledge, key === 'default' ? coderOptions(o) : { requireDyad: key === 'true' });
      coders.set(key, coder);
    }
    return coder;
  };
  const byId = new Map(gold.map((g) => [g.id, g]));
  const events: EventRecord[] = [];
  // PETRARCH records are stories scored as a whole; Lucca JSONL gold names story:sentence.
  const stories: Story[] = xml || plover ? goldStories(gold.filter((g) => !g.skip)) : jsonlStories(gold);
  for (const story of stories) events.push(...coderFor(byId.get(story.id)).codeStory(story).events);
  const level = o.level ?? 'exact';
  if (level !== 'exact' && level !== 'root' && level !== 'plover') throw new LuccaError('OPTION_INVALID', `unknown --level "${level}" (exact, root or plover)`);
  const predictions = plover ? groupPredictions(events, 'story', (e) => ploverTripleOf(e as EventRecord)) : groupPredictions(events, xml ? 'story' : 'sentence');
  // PLOVER level: the CAMEO code's PLOVER type by the knowledge's table (the code itself when unknown).
  const ploverType = (code: string) => knowledge.source.plover.get(code)?.type ?? code;
  const report = scoreSentences(gold, predictions, plover ? 'exact' : level, ploverType);
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
