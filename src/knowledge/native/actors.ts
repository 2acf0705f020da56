/**
 * @module knowledge/native/actors
 * Loads the named actors: countries (with capitals as government metonyms), state institutions,
 * organisations and armed groups, and people with date-restricted roles.
 */
import { LuccaError } from '../../model/errors.js';
import type { ActorEntry, DatedActorCode } from '../../model/knowledge.js';
import { isCapitalAcronym, splitPhrase } from '../phrase.js';
import { checkedField, eachRow, listField, optionalField, parseTsv, type ProblemSink, type TsvRow } from './tsv.js';

const ISO3 = /^[A-Z]{3}$/;
const AGENTS = /^[A-Z]{3}(?: [A-Z]{3})*$/;
const DATE = /^(\d{4}-\d{2}-\d{2}|-)$/;

function entry(row: TsvRow, id: string, name: string, kind: ActorEntry['kind'], phrases: string[], codes: DatedActorCode[]): ActorEntry {
  const split = phrases.map(splitPhrase).filter((p) => p.length > 0);
  return {
    id, name, kind, codes,
    phrases: split,
    exact: split.map((p) => p.length === 1 && isCapitalAcronym(p[0])),
    origin: { file: row.file, line: row.line },
  };
}

function always(code: string, country: string | null, org: string | null, agents: string[]): DatedActorCode {
  return { code, country, org, agents, from: null, to: null };
}

/**
 * Parse `actors/countries.tsv`: one entry per country, plus one GOV entry for its capitals. One-word
 * adjectives ("Israeli") are added to `demonyms` in lower case, when given.
 */
export function readCountries(text: string, file: string, sink?: ProblemSink, demonyms?: string[]): ActorEntry[] {
  const out: ActorEntry[] = [];
  eachRow(parseTsv(text, file, 5, sink), sink, (row) => {
    const iso = checkedField(row, 0, 'ISO3 code', ISO3);
    const name = row.fields[1];
    for (const adjective of listField(row.fields[3])) if (!/\s/.test(adjective)) demonyms?.push(adjective.toLowerCase());
    const names = [name, ...listField(row.fields[2]), ...listField(row.fields[3])];
    out.push(entry(row, iso, name, 'state', names, [always(iso, iso, null, [])]));
    const capitals = listField(row.fields[4]);
    // The id suffix ":capital" is what actors/isCapital reads: a city standing for its government.
    if (capitals.length) {
      out.push(entry(row, `${iso}:capital`, `${name} (government, by its capital)`, 'state', capitals,
        [always(`${iso}GOV`, iso, null, ['GOV'])]));
    }
  });
  return out;
}

/**
 * Parse `actors/places.tsv`: cities, regions and areas inside one state. A place names its state (`UKR` for
 * "Kharkiv") — where things happen, or whom an attack on it hits — never the state's government. The id
 * part ":place:" is what actors/isPlace reads.
 */
export function readPlaces(text: string, file: string, sink?: ProblemSink): ActorEntry[] {
  return eachRow(parseTsv(text, file, 4, sink), sink, (row) => {
    const name = row.fields[0];
    const iso = checkedField(row, 2, 'ISO3 code', ISO3);
    checkedField(row, 3, 'place kind', /^(city|region|area)$/);
    return entry(row, `${iso}:place:${name}`, name, 'state', [name, ...listField(row.fields[1])], [always(iso, iso, null, [])]);
  });
}

/** Parse `actors/institutions.tsv`: named institutions and metonyms of a state. */
export function readInstitutions(text: string, file: string, sink?: ProblemSink): ActorEntry[] {
  return eachRow(parseTsv(text, file, 3, sink), sink, (row) => {
    const phrases = listField(row.fields[0]);
    const iso = checkedField(row, 1, 'ISO3 code', ISO3);
    const agents = checkedField(row, 2, 'agent codes', AGENTS).split(' ');
    return entry(row, `${iso}:${phrases[0]}`, phrases[0], 'state', phrases, [always(iso + agents.join(''), iso, null, agents)]);
  });
}

/** An organisation as people's roles and actor codes refer to it. */
export interface OrganisationInfo {
  code: string;
  short: string;
  country: string | null;
  kind: ActorEntry['kind'];
}

/** Parse `actors/organisations.tsv`. Returns the entries and an index by code for people's roles. */
export function readOrganisations(
  text: string, file: string, byCode: Map<string, OrganisationInfo> = new Map(), sink?: ProblemSink,
): { entries: ActorEntry[]; byCode: Map<string, OrganisationInfo> } {
  const entries: ActorEntry[] = [];
  eachRow(parseTsv(text, file, 7, sink), sink, (row) => {
    const code = checkedField(row, 0, 'organisation code', /^[A-Z0-9]{3,}$/);
    const kind = checkedField(row, 1, 'kind', /^(igo|ngo|group)$/) as ActorEntry['kind'];
    const short = row.fields[2];
    const name = row.fields[3];
    const country = optionalField(row.fields[5]);
    if (country !== null && !ISO3.test(country)) throw new LuccaError('DICT_SYNTAX', `invalid country "${country}"`, row);
    const agentField = optionalField(row.fields[6]);
    if (agentField !== null && !AGENTS.test(agentField)) throw new LuccaError('DICT_SYNTAX', `invalid agent codes "${agentField}"`, row);
    const agents = agentField ? agentField.split(' ') : [];
    if (byCode.has(code)) throw new LuccaError('DICT_SYNTAX', `duplicate organisation code ${code}`, row);
    byCode.set(code, { code, short, country, kind });
    entries.push(entry(row, code, name, kind, [short, name, ...listField(row.fields[4])], [always(code, country, short, agents)]));
  });
  return { entries, byCode };
}

/** One knowledge file's text and path. */
export interface KnowledgeFile {
  text: string;
  file: string;
}

/**
 * Parse `actors/people.tsv` (and the files of `actors/people/`): lines with the same name are one person
 * with several dated roles, also when the roles are written in different files.
 */
export function readPeople(files: KnowledgeFile[], organisations: Map<string, OrganisationInfo>, sink?: ProblemSink): ActorEntry[] {
  const people = new Map<string, ActorEntry>();
  eachRow(files.flatMap(({ text, file }) => parseTsv(text, file, 7, sink)), sink, (row) => {
    const name = row.fields[0];
    const where = row.fields[2];
    const agents = checkedField(row, 3, 'agent codes', AGENTS).split(' ');
    const from = optionalField(checkedField(row, 4, 'start date', DATE));
    const to = optionalField(checkedField(row, 5, 'end date', DATE));
    if (from && to && from > to) throw new LuccaError('DICT_SYNTAX', `role starts after it ends (${from} > ${to})`, row);
    let code: DatedActorCode;
    if (ISO3.test(where)) {
      code = { code: where + agents.join(''), country: where, org: null, agents, from, to, role: row.fields[6] };
    } else {
      const org = organisations.get(where);
      if (!org) throw new LuccaError('DICT_REFERENCE', `"${where}" is neither an ISO3 code nor an organisation code`, row);
      code = { code: org.code + agents.join(''), country: org.country, org: org.short, agents, from, to, role: row.fields[6] };
    }
    const known = people.get(name);
    if (known) {
      known.codes.push(code);
      for (const alias of listField(row.fields[1])) {
        const split = splitPhrase(alias);
        if (!known.phrases.some((p) => p.join(' ') === split.join(' '))) { known.phrases.push(split); known.exact?.push(false); }
      }
    } else {
      const id = 'person:' + name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-');
      people.set(name, entry(row, id, name, 'person', [name, ...listField(row.fields[1])], [code]));
    }
  });
  for (const person of people.values()) person.codes.sort((a, b) => (a.from ?? '').localeCompare(b.from ?? ''));
  return [...people.values()];
}
