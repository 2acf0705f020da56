/**
 * @module knowledge/native
 * Lucca's own knowledge files (data/), plus users' additions in the same format (`--dict DIR`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LuccaError } from '../../model/errors.js';
import type { KnowledgeSource } from '../../model/knowledge.js';
import { readAgents } from './agents.js';
import { readCountries, readInstitutions, readOrganisations, readPeople, type OrganisationInfo } from './actors.js';
import { readCodebook, readPloverTable } from './codebook.js';
import { readPatterns, readSynsets, readVerbForms, type Synsets } from './patterns.js';

/** The data folder shipped with Lucca. */
export const BUILTIN_DATA_DIR = fileURLToPath(new URL('../../../data/', import.meta.url));

function read(dir: string, name: string, required: boolean): { text: string; file: string } | null {
  const file = join(dir, name);
  if (!existsSync(file)) {
    if (required) throw new LuccaError('DICT_MISSING', `knowledge file not found`, { file });
    return null;
  }
  return { text: readFileSync(file, 'utf8'), file };
}

/**
 * Load the built-in knowledge and then each extra directory in order; extra directories hold any subset of
 * the same files and add to (or, for the same phrase, override) what came before.
 */
export function loadNativeKnowledge(options: { dataDir?: string; extraDirs?: string[] } = {}): KnowledgeSource {
  const dirs = [options.dataDir ?? BUILTIN_DATA_DIR, ...(options.extraDirs ?? [])];
  const source: KnowledgeSource = {
    actors: [], agents: [], anchors: [], patterns: [], discards: [], codebook: new Map(), plover: new Map(),
  };
  const organisations = new Map<string, OrganisationInfo>();
  const synsets: Synsets = new Map();
  dirs.forEach((dir, i) => {
    const required = i === 0;
    const events = read(dir, 'cameo/events.tsv', required);
    if (events) for (const [k, v] of readCodebook(events.text, events.file)) source.codebook.set(k, v);
    const plover = read(dir, 'plover/cameo-plover.tsv', required);
    if (plover) for (const [k, v] of readPloverTable(plover.text, plover.file, source.codebook)) source.plover.set(k, v);
    const countries = read(dir, 'actors/countries.tsv', required);
    if (countries) source.actors.push(...readCountries(countries.text, countries.file));
    const institutions = read(dir, 'actors/institutions.tsv', false);
    if (institutions) source.actors.push(...readInstitutions(institutions.text, institutions.file));
    const orgs = read(dir, 'actors/organisations.tsv', false);
    if (orgs) {
      const { entries, byCode } = readOrganisations(orgs.text, orgs.file);
      source.actors.push(...entries);
      for (const [k, v] of byCode) organisations.set(k, v);
    }
    const people = read(dir, 'actors/people.tsv', false);
    if (people) source.actors.push(...readPeople(people.text, people.file, organisations));
    const agents = read(dir, 'actors/agents.tsv', required);
    if (agents) source.agents.push(...readAgents(agents.text, agents.file));
    const syn = read(dir, 'events/synsets.tsv', false);
    if (syn) readSynsets(syn.text, syn.file, synsets);
    const forms = read(dir, 'events/verb-forms.tsv', false);
    if (forms) source.anchors.push(...readVerbForms(forms.text, forms.file));
    const pats = read(dir, 'events/patterns.tsv', required);
    if (pats) {
      const { patterns, anchors } = readPatterns(pats.text, pats.file, synsets, source.codebook);
      source.patterns.push(...patterns);
      source.anchors.push(...anchors);
    }
  });
  return source;
}

/** Only the CAMEO codebook and the PLOVER table (for dictionaries that bring their own actors and patterns). */
export function loadNativeCodebook(dataDir: string = BUILTIN_DATA_DIR): Pick<KnowledgeSource, 'codebook' | 'plover'> {
  const events = read(dataDir, 'cameo/events.tsv', true)!;
  const codebook = readCodebook(events.text, events.file);
  const plover = read(dataDir, 'plover/cameo-plover.tsv', true)!;
  return { codebook, plover: readPloverTable(plover.text, plover.file, codebook) };
}
