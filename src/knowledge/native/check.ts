/**
 * @module knowledge/native/check
 * `lucca dict check`: read a native dictionary directory without stopping at the first bad entry, and look for
 * what the loader accepts but a coder would regret — the same phrase naming two actors, overlapping terms of
 * one office, the same pattern under two codes, agent codes nobody defined.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import { LuccaError } from '../../model/errors.js';
import type { ActorEntry, KnowledgeSource } from '../../model/knowledge.js';
import { compileKnowledge } from '../compile.js';
import { BUILTIN_DATA_DIR, loadNativeKnowledge, patternKey } from './index.js';

/** One finding: errors stop the dictionary from loading; warnings load but deserve a look. */
export interface DictFinding {
  severity: 'error' | 'warning';
  code: string;
  message: string;
  file: string | null;
  line: number | null;
}

/** Sizes of what the directory (with the built-in knowledge under it) defines. */
export interface DictSizes {
  countries: number;
  institutions: number;
  places: number;
  igos: number;
  ngos: number;
  groups: number;
  people: number;
  roles: number;
  agentPhrases: number;
  patterns: number;
}

/** The result of a check. */
export interface DictCheckReport {
  dir: string;
  findings: DictFinding[];
  sizes: DictSizes;
  /** Time to load and compile everything, in milliseconds. */
  loadMs: number;
}

// Sector codes CAMEO defines even when a dictionary does not list phrases for them.
const CAMEO_SECTORS = new Set([
  'GOV', 'MIL', 'REB', 'OPP', 'PTY', 'COP', 'JUD', 'SPY', 'MED', 'EDU', 'BUS', 'CRM', 'CVL', 'REF', 'HLH',
  'LEG', 'LAB', 'AGR', 'ELI', 'IGO', 'NGO', 'UAF', 'INS', 'SEP', 'MOD', 'RAD', 'HRI', 'ENV', 'DEV', 'REL',
  'UNK', 'IMG', 'NGM', 'MNC',
]);

/**
 * Check `dir`: the built-in data folder itself, or a user's directory that adds to it (`--dict DIR`).
 * Findings about the built-in files are kept only when the built-in folder is the one checked.
 */
export function checkNativeDictionary(dir: string): DictCheckReport {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    throw new LuccaError('DICT_MISSING', 'not a directory', { file: dir });
  }
  const isBuiltin = root === resolve(BUILTIN_DATA_DIR);
  const findings: DictFinding[] = [];
  const inDir = (file: string | null | undefined) => !!file && (resolve(file) + sep).startsWith(root + sep);
  const started = performance.now();
  const source = loadNativeKnowledge(isBuiltin ? { dataDir: root, sink } : { extraDirs: [root], sink });
  function sink(problem: LuccaError) {
    findings.push({ severity: 'error', code: problem.code, message: problem.message, file: problem.file ?? null, line: problem.line ?? null });
  }
  try {
    compileKnowledge(source);
  } catch (e) {
    if (!(e instanceof LuccaError)) throw e;
    sink(e);
  }
  const loadMs = performance.now() - started;
  findings.push(...overlappingRoles(source), ...sharedPhrases(source), ...patternConflicts(source), ...unknownAgents(source));
  const kept = findings.filter((f) => f.severity === 'error' ? (isBuiltin || inDir(f.file) || !f.file) : inDir(f.file));
  kept.sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
  return { dir, findings: kept, sizes: sizesOf(source), loadMs };
}

function warning(code: string, message: string, origin: { file: string; line: number } | undefined): DictFinding {
  return { severity: 'warning', code, message, file: origin?.file ?? null, line: origin?.line ?? null };
}

/** Two terms of the same person in the same office (same code and role) that overlap by more than the hand-over day. */
function overlappingRoles(source: KnowledgeSource): DictFinding[] {
  const out: DictFinding[] = [];
  for (const person of source.actors.filter((a) => a.kind === 'person')) {
    const terms = [...person.codes].sort((a, b) => (a.role ?? '').localeCompare(b.role ?? '') || (a.from ?? '').localeCompare(b.from ?? ''));
    for (let i = 1; i < terms.length; i++) {
      const prev = terms[i - 1];
      const next = terms[i];
      if (prev.code !== next.code || prev.role !== next.role || !next.from) continue;
      if (prev.to === null || prev.to > next.from) {
        out.push(warning('ROLE_OVERLAP', `${person.name}: two ${next.code} terms overlap (${prev.from ?? '…'}–${prev.to ?? 'open'} and ${next.from}–${next.to ?? 'open'})`, person.origin));
      }
    }
  }
  return out;
}

/** The same phrase names two different actors: the one loaded last wins, which is rarely what was meant. */
function sharedPhrases(source: KnowledgeSource): DictFinding[] {
  const owner = new Map<string, ActorEntry>();
  const out: DictFinding[] = [];
  for (const entry of source.actors) {
    entry.phrases.forEach((phrase, i) => {
      const key = (entry.exact?.[i] ? '=' : '') + phrase.join(' ').toLowerCase();
      const before = owner.get(key);
      if (before && before.id !== entry.id && !sameCodes(before, entry)) {
        out.push(warning('PHRASE_SHARED', `"${phrase.join(' ')}" names ${describe(entry)} here and ${describe(before)} at ${before.origin.file}:${before.origin.line}; the later one wins`, entry.origin));
      }
      owner.set(key, entry);
    });
  }
  return out;
}

function sameCodes(a: ActorEntry, b: ActorEntry): boolean {
  const codes = (e: ActorEntry) => e.codes.map((c) => `${c.code}@${c.from ?? ''}`).sort().join(' ');
  return codes(a) === codes(b);
}

function describe(entry: ActorEntry): string {
  return `${entry.name} (${[...new Set(entry.codes.map((c) => c.code))].join('/')})`;
}

/** The same pattern text written under two different codes: the first one loaded is used. */
function patternConflicts(source: KnowledgeSource): DictFinding[] {
  const first = new Map<string, { code: string; origin: { file: string; line: number } }>();
  const out: DictFinding[] = [];
  const reported = new Set<string>();
  for (const p of source.patterns) {
    const key = patternKey(p);
    const before = first.get(key);
    if (!before) { first.set(key, { code: p.code, origin: p.origin }); continue; }
    if (before.code !== p.code && !reported.has(p.id)) {
      reported.add(p.id);
      out.push(warning('PATTERN_CONFLICT', `pattern "${p.text}" (${p.code}) repeats one coded ${before.code} at ${before.origin.file}:${before.origin.line}`, p.origin));
    }
  }
  return out;
}

/** Agent codes used by actors that neither agents.tsv nor CAMEO's sector list defines. */
function unknownAgents(source: KnowledgeSource): DictFinding[] {
  const known = new Set([...CAMEO_SECTORS, ...source.agents.map((a) => a.code)]);
  const out: DictFinding[] = [];
  for (const entry of source.actors) {
    const unknown = new Set(entry.codes.flatMap((c) => c.agents).filter((a) => !known.has(a)));
    if (unknown.size) out.push(warning('AGENT_UNKNOWN', `${entry.name}: agent code ${[...unknown].join(', ')} is not defined in agents.tsv`, entry.origin));
  }
  return out;
}

function sizesOf(source: KnowledgeSource): DictSizes {
  const count = (f: (a: ActorEntry) => boolean) => source.actors.filter(f).length;
  const people = source.actors.filter((a) => a.kind === 'person');
  return {
    countries: count((a) => a.kind === 'state' && /^[A-Z]{3}$/.test(a.id)),
    institutions: count((a) => a.kind === 'state' && a.id.includes(':') && !a.id.endsWith(':capital') && !a.id.includes(':place:')),
    places: count((a) => a.id.includes(':place:')),
    igos: count((a) => a.kind === 'igo'),
    ngos: count((a) => a.kind === 'ngo'),
    groups: count((a) => a.kind === 'group'),
    people: people.length,
    roles: people.reduce((n, p) => n + p.codes.length, 0),
    agentPhrases: source.agents.reduce((n, a) => n + a.phrases.length, 0),
    patterns: new Set(source.patterns.map((p) => p.id)).size,
  };
}
