/**
 * @module knowledge/native
 * Lucca's own knowledge files (data/), plus users' additions in the same format (`--dict DIR`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LuccaError } from '../../model/errors.js';
import type { EventPattern, KnowledgeSource } from '../../model/knowledge.js';
import { readAgents } from './agents.js';
import { readCountries, readInstitutions, readOrganisations, readPeople, readPlaces, type KnowledgeFile, type OrganisationInfo } from './actors.js';
import { readCodebook, readIntentions, readPloverTable } from './codebook.js';
import { readDiscards } from './discards.js';
import { readPatterns, readSynsets, readVerbForms, type Synsets } from './patterns.js';
import { report, type ProblemSink } from './tsv.js';

/** The data folder shipped with Lucca. */
export const BUILTIN_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

function read(dir: string, name: string, required: boolean, sink?: ProblemSink): KnowledgeFile | null {
  const file = join(dir, name);
  if (!existsSync(file)) {
    if (required) report(new LuccaError('DICT_MISSING', `knowledge file not found`, { file }), sink);
    return null;
  }
  return { text: readFileSync(file, 'utf8'), file };
}

/**
 * `kind.tsv` and then every `.tsv` file of the folder `kind/`, in name order: large tables (people by
 * region, organisations by kind) may be split into several files of the same format.
 */
function readSplit(dir: string, kind: string): KnowledgeFile[] {
  const files: KnowledgeFile[] = [];
  const single = read(dir, `${kind}.tsv`, false);
  if (single) files.push(single);
  const folder = join(dir, kind);
  if (existsSync(folder) && statSync(folder).isDirectory()) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.tsv')).sort()) {
      files.push(read(folder, name, true)!);
    }
  }
  return files;
}

/** Options for {@link loadNativeKnowledge}. */
export interface NativeLoadOptions {
  /** The base knowledge (default: Lucca's built-in data folder). */
  dataDir?: string;
  /** Users' directories, read after the base in order. */
  extraDirs?: string[];
  /** Collect bad entries here and go on (for `lucca dict check`); without it the first one is thrown. */
  sink?: ProblemSink;
}

/**
 * Load the built-in knowledge and then each extra directory in order; extra directories hold any subset of
 * the same files and add to (or, for the same phrase, override) what came before.
 */
export function loadNativeKnowledge(options: NativeLoadOptions = {}): KnowledgeSource {
  const sink = options.sink;
  const dirs = [options.dataDir ?? BUILTIN_DATA_DIR, ...(options.extraDirs ?? [])];
  const source: KnowledgeSource = {
    actors: [], agents: [], anchors: [], patterns: [], discards: [], codebook: new Map(), plover: new Map(),
  };
  const organisations = new Map<string, OrganisationInfo>();
  const synsets: Synsets = new Map();
  dirs.forEach((dir, i) => {
    const required = i === 0;
    const events = read(dir, 'cameo/events.tsv', required, sink);
    if (events) for (const [k, v] of readCodebook(events.text, events.file, sink)) source.codebook.set(k, v);
    const plover = read(dir, 'plover/cameo-plover.tsv', required, sink);
    if (plover) for (const [k, v] of readPloverTable(plover.text, plover.file, source.codebook, sink)) source.plover.set(k, v);
    // Places first: should a place share a name with a country, the country (read later) wins.
    const places = read(dir, 'actors/places.tsv', false, sink);
    if (places) source.actors.push(...readPlaces(places.text, places.file, sink));
    const intentions = read(dir, 'cameo/intentions.tsv', false, sink);
    if (intentions) {
      source.intentions ??= new Map();
      for (const [k, v] of readIntentions(intentions.text, intentions.file, source.codebook, sink)) source.intentions.set(k, v);
    }
    const countries = read(dir, 'actors/countries.tsv', required, sink);
    if (countries) {
      source.demonyms ??= [];
      source.actors.push(...readCountries(countries.text, countries.file, sink, source.demonyms));
    }
    const institutions = read(dir, 'actors/institutions.tsv', false);
    if (institutions) source.actors.push(...readInstitutions(institutions.text, institutions.file, sink));
    // A code may be defined once per directory; a later directory redefines it.
    const dirOrganisations = new Map<string, OrganisationInfo>();
    for (const orgs of readSplit(dir, 'actors/organisations')) {
      source.actors.push(...readOrganisations(orgs.text, orgs.file, dirOrganisations, sink).entries);
    }
    for (const [k, v] of dirOrganisations) organisations.set(k, v);
    const people = readSplit(dir, 'actors/people');
    if (people.length) source.actors.push(...readPeople(people, organisations, sink));
    const agents = read(dir, 'actors/agents.tsv', required, sink);
    if (agents) source.agents.push(...readAgents(agents.text, agents.file, sink));
    const syn = read(dir, 'events/synsets.tsv', false);
    if (syn) readSynsets(syn.text, syn.file, synsets, sink);
    const discards = read(dir, 'events/discards.tsv', false, sink);
    if (discards) source.discards.push(...readDiscards(discards.text, discards.file, sink));
    const forms = read(dir, 'events/verb-forms.tsv', false, sink);
    if (forms) source.anchors.push(...readVerbForms(forms.text, forms.file, sink));
    const pats = read(dir, 'events/patterns.tsv', required, sink);
    if (pats) {
      const { patterns, anchors } = readPatterns(pats.text, pats.file, synsets, source.codebook, sink);
      // A user's pattern replaces a built-in one written the same way (the user may recode it).
      if (i > 0) {
        const redefined = new Set(patterns.map(patternKey));
        source.patterns = source.patterns.filter((p) => !redefined.has(patternKey(p)));
      }
      source.patterns.push(...patterns);
      source.anchors.push(...anchors);
    }
  });
  return source;
}

/** What makes two patterns the same pattern, whatever their code. */
export function patternKey(p: EventPattern): string {
  return `${p.negated ? 'not ' : ''}${p.nominal ? '~' : ''}${p.anchor}|${JSON.stringify(p.before)}|${JSON.stringify(p.after)}`;
}

/** Only the CAMEO codebook and the PLOVER table (for dictionaries that bring their own actors and patterns). */
export function loadNativeCodebook(dataDir: string = BUILTIN_DATA_DIR): Pick<KnowledgeSource, 'codebook' | 'plover'> {
  const events = read(dataDir, 'cameo/events.tsv', true)!;
  const codebook = readCodebook(events.text, events.file);
  const plover = read(dataDir, 'plover/cameo-plover.tsv', true)!;
  return { codebook, plover: readPloverTable(plover.text, plover.file, codebook) };
}
