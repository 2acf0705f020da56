/**
 * @module knowledge/petrarch
 * Read PETRARCH-format dictionaries (verbs with synsets and patterns, actors with date restrictions, agents,
 * discards) into a {@link KnowledgeSource}, so users can bring the dictionaries they already maintain.
 * The formats are PETRARCH's (see its `dictionaries.rst`); the semantic choices are documented per reader.
 */
import { LuccaError } from '../../model/errors.js';
import type { CodingConventions, KnowledgeSource } from '../../model/knowledge.js';
import { readActors } from './actors.js';
import { readAgents } from './agents.js';
import { readDiscards } from './discards.js';
import type { PetrarchReadOptions } from './problems.js';
import { readVerbs } from './verbs.js';
import { NULL_CODE } from './codes.js';
import { negationsOf, readOntology } from './ontology.js';

export { readActors, parseRestriction, displayName } from './actors.js';
export { readAgents } from './agents.js';
export { readDiscards } from './discards.js';
export { readOntology, negationsOf } from './ontology.js';
export { readVerbs, type VerbDictionary } from './verbs.js';
export { petrarchDate } from './dates.js';
export { NULL_CODE, countryOf, isPlaceholderCode, kindOf, splitPairedCode } from './codes.js';
export { verbForms, plural } from './inflect.js';
export type { PetrarchReadOptions } from './problems.js';

/**
 * How PETRARCH codes, as far as it differs from Lucca: `---` for unattached agents, targets found in the
 * verb's complement, a dyad required, agents combined from anywhere in the noun phrase, and pattern
 * words found anywhere in the clause.
 */
export const PETRARCH_CONVENTIONS: Readonly<CodingConventions> = {
  implicitTarget: true,
  unattachedPrefix: NULL_CODE,
  requireDyad: true,
  requireNamed: false,
  patternGap: 12,
  storyCountry: false,
  modifierAgents: true,
  clauseTargets: true,
  infinitivePatterns: true,
  passiveComplementSource: true,
};

/** The PETRARCH dictionary kinds (the ontology is UniversalPetrarch's PICO file). */
export type PetrarchKind = 'verbs' | 'actors' | 'agents' | 'discards' | 'ontology';

/** The dictionary kind a file name announces (`PETR.Validate.verbs.2.0.txt` → `verbs`), or null. */
export function petrarchKind(path: string): PetrarchKind | null {
  const name = (path.split(/[\\/]/).pop() ?? path).toLowerCase();
  for (const kind of ['verbs', 'actors', 'agents', 'discards', 'ontology'] as const) {
    if (name.includes(kind)) return kind;
  }
  return null;
}

/**
 * Read a set of PETRARCH dictionary files into one knowledge source. The kind of each file comes from its
 * name (`*verbs*`, `*actors*`, `*agents*`, `*discards*`, `*ontology*`); any other name raises `DICT_SYNTAX`.
 * `codebook` and `plover` are left empty: the caller merges Lucca's own.
 *
 * @example
 * const files = names.map((path) => ({ path, text: readFileSync(path, 'utf8') }));
 * const source = readPetrarchDictionaries(files, { onProblem: (p) => warnings.push(p.describe()) });
 */
export function readPetrarchDictionaries(files: { path: string; text: string }[], options: PetrarchReadOptions = {}): KnowledgeSource {
  const source: KnowledgeSource = {
    actors: [], agents: [], anchors: [], patterns: [], discards: [], codebook: new Map(), plover: new Map(),
    conventions: PETRARCH_CONVENTIONS,
  };
  for (const file of files) {
    const kind = petrarchKind(file.path);
    if (kind === 'verbs') {
      const verbs = readVerbs(file, options);
      source.anchors.push(...verbs.anchors);
      source.patterns.push(...verbs.patterns);
    } else if (kind === 'actors') source.actors.push(...readActors(file));
    else if (kind === 'agents') source.agents.push(...readAgents(file, options));
    else if (kind === 'discards') source.discards.push(...readDiscards(file));
    else if (kind === 'ontology') source.negations = negationsOf(readOntology(file));
    else throw new LuccaError('DICT_SYNTAX', 'cannot tell the PETRARCH dictionary kind from the file name (expected verbs, actors, agents, discards or ontology in it)', { file: file.path });
  }
  return source;
}
