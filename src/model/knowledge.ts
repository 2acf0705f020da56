/**
 * @module model/knowledge
 * The knowledge interface: what every dictionary format (Lucca's native files, PETRARCH dictionaries)
 * loads into. Loaders produce a {@link KnowledgeSource}; `knowledge/compile` turns it into fast matchers.
 */
import type { ActorKind, PloverType } from './record.js';

/** Where an entry was defined, for error messages and `lucca explain`. */
export interface Origin {
  file: string;
  line: number;
}

/** A structured actor code: `code` is the concatenated CAMEO form, the rest its parts. */
export interface ActorCode {
  /** e.g. `RUS`, `RUSGOV`, `IGOG7`, `PSEREBHMS`. */
  code: string;
  /** ISO 3166-1 alpha-3 or null. */
  country: string | null;
  /** Organisation short name (e.g. `G7`) or null. */
  org: string | null;
  /** Sector codes already part of `code` (e.g. `['GOV']` for `RUSGOV`). */
  agents: string[];
}

/** An actor code valid between two dates (inclusive, `YYYY-MM-DD`; null = open-ended). */
export interface DatedActorCode extends ActorCode {
  from: string | null;
  to: string | null;
  /** The office this code stands for, when the dictionary says ("foreign minister"); for checks and display. */
  role?: string;
}

/** A named actor: a country, organisation, group, person or metonym, with the phrases that name it. */
export interface ActorEntry {
  /** Unique key within the knowledge (e.g. `RUS`, `IGOG7`, `person:boris-johnson`). */
  id: string;
  /** Canonical name (e.g. `Russia`, `Group of Seven`, `Boris Johnson`). */
  name: string;
  kind: ActorKind;
  /**
   * Each phrase is a sequence of tokens as written (`["G7"]`, `["White","House"]`), split the way
   * `knowledge/phrase` splits text. Matching ignores case, except where `exact` says otherwise.
   */
  phrases: string[][];
  /** Per phrase: true when an all-capitals acronym must match capitals only ("US" but not "us"). */
  exact?: boolean[];
  /** Codes by date; an entry with one undated code is always that code. Never empty. */
  codes: DatedActorCode[];
  origin: Origin;
}

/** A sector agent ("foreign minister" → GOV) that combines with a country or organisation. */
export interface AgentEntry {
  /** Token sequences (lower case) that name the agent; plural forms included or derived by lemma. */
  phrases: string[][];
  /** Agent code(s), e.g. `GOV`, `GOVFRM`, `MIL`. */
  code: string;
  /** `suffix`: country + code (PETRARCH `[~GOV]`); `prefix`: code + country (PETRARCH `[NGO~]`). */
  position: 'suffix' | 'prefix';
  origin: Origin;
}

/** One element of an event pattern after (or before) its anchor word. */
export type PatternElement =
  /** Any one of these token sequences (a literal word, or the members of a synonym set). Matched on lemma or lower-case form. */
  | {
    kind: 'words';
    alternatives: string[][];
    /**
     * The words close a noun-phrase group (PETRARCH `{DIPLOMATIC TIES}`): their match must end where its noun
     * phrase ends ("full diplomatic ties" matches `{DIPLOMATIC TIES}`, not `{FULL DIPLOMATIC}`).
     */
    nounGroup?: boolean;
  }
  /** The target actor slot (`+`). */
  | { kind: 'target' }
  /** The source actor slot (`$`), when the source is not the grammatical subject. */
  | { kind: 'source' }
  /** Source and target both come from one compound actor phrase (PETRARCH `%`): "A and B agreed". */
  | { kind: 'compound' };

/** A pattern that codes an event around an anchor verb or noun. */
export interface EventPattern {
  /** Stable id for `lucca explain` (file:line or a dictionary-given id). */
  id: string;
  /** Event code (CAMEO). */
  code: string;
  /** Lemma of the anchor verb (or noun for nominal patterns), lower case; multiword anchors joined by a space. */
  anchor: string;
  /** Elements that must appear before the anchor, nearest last. */
  before: PatternElement[];
  /** Elements that must appear after the anchor, in order. */
  after: PatternElement[];
  /** True when the anchor is a noun ("strike against +"): the source is the noun phrase's modifier or "by" agent. */
  nominal: boolean;
  /** When true, consecutive `words` elements must be adjacent (no words in between). */
  strict: boolean;
  /** When true the pattern matches only a negated anchor ("did not recognize +"). */
  negated?: boolean;
  /** PLOVER mode implied by the pattern, if any (overrides the table's default). */
  mode: string | null;
  /** The pattern as written, for explanations. */
  text: string;
  origin: Origin;
}

/** A verb (or noun) that anchors patterns, with its surface forms. */
export interface AnchorEntry {
  /** Canonical lemma (lower case, multiword joined by a space). */
  lemma: string;
  /** Extra surface forms (lower case) that map to this lemma beyond what the lemmatiser finds. */
  forms: string[];
  /** Code for the bare anchor with no pattern matched (PETRARCH block code), or null. */
  code: string | null;
  origin: Origin;
}

/** A phrase whose presence discards a sentence (or a whole story when `story` is true). */
export interface DiscardEntry {
  phrase: string[];
  story: boolean;
  origin: Origin;
}

/** One CAMEO event code with its meaning. */
export interface CameoCode {
  code: string;
  label: string;
  goldstein: number;
  quadClass: 1 | 2 | 3 | 4;
}

/** The PLOVER type and mode for a CAMEO code. */
export interface PloverMapping {
  type: PloverType;
  mode: string | null;
}

/** Coding conventions that differ between dictionary traditions. */
export interface CodingConventions {
  /**
   * When a pattern has no target slot, take the first actor of the verb's complement as the target, if
   * there is one ("called for a ceasefire in Syria" → Syria). Both PETRARCH and Lucca do; a `+` slot
   * makes the target required instead.
   */
  implicitTarget: boolean;
  /** Code prefix for an agent with no country or organisation (PETRARCH writes `---GOV`; Lucca `GOV`). */
  unattachedPrefix: string;
  /** Drop events without a target (PETRARCH's `require_dyad`, on by default there). */
  requireDyad: boolean;
  /** How many other tokens may stand between consecutive pattern elements (Lucca 5; PETRARCH 12). */
  patternGap: number;
  /**
   * Agent words anywhere in a noun phrase combine into its actor (PETRARCH: "MSF Arnor" → NGOARN). Lucca
   * counts them only as the head, in a possessor or before "-held": "military action" is not an actor.
   */
  modifierAgents: boolean;
  /**
   * The subject of a clause inside the verb's complement can be its implicit target ("allowed that Mordor
   * isn't …" → Mordor: PETRARCH, always). Lucca: only for demands, appeals, accusations, investigations and
   * threats ("demanded that the Council impose …"); "agreed Assad could not have a role" is not about Assad.
   */
  clauseTargets: boolean;
  /**
   * A pattern's words may run on into an infinitive the verb governs: "vowed to wage war" matches
   * "vow * war" (PETRARCH matches within the verb's whole phrase). Otherwise another verb ends the match.
   */
  infinitivePatterns: boolean;
  /**
   * A passive verb with no "by" agent takes its source from its complement: "The Philippines was criticized
   * over its dispute with Eriador" → ERI criticized PHL (PETRARCH swaps a passive verb's subject and object).
   * Lucca leaves such a source unknown.
   */
  passiveComplementSource: boolean;
  /** Agents with no country ("police", "the regime") take the story's main country (Lucca: yes). */
  storyCountry: boolean;
  /** Drop events where neither side names a country, organisation or person (Lucca: yes). */
  requireNamed: boolean;
}

/** Everything a dictionary format provides, before compilation. */
export interface KnowledgeSource {
  /** Conventions of the dictionary format (defaults: Lucca's). */
  conventions?: CodingConventions;
  actors: ActorEntry[];
  agents: AgentEntry[];
  anchors: AnchorEntry[];
  patterns: EventPattern[];
  discards: DiscardEntry[];
  /** CAMEO event codebook by code. */
  codebook: Map<string, CameoCode>;
  /** CAMEO code → PLOVER type and mode. */
  plover: Map<string, PloverMapping>;
  /**
   * CAMEO code → the code a negated verb of that code means ("did not clash over" 110 → 050), when the
   * dictionaries bring such a table (PETRARCH's coding ontology). A negated event without one is dropped.
   */
  negations?: Map<string, string>;
  /**
   * CAMEO code → the code of the same action announced (`intended`: "will send aid" → 0333) or held out
   * (`threatened`: "could cut ties" → 1313); null keeps the code. Looked up by the longest code prefix.
   */
  intentions?: Map<string, { intended: string | null; threatened: string | null }>;
  /** One-word country adjectives in lower case ("israeli"): words that modify a noun, never act alone as a subject. */
  demonyms?: string[];
}
