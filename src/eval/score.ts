/**
 * @module eval/score
 * Score predicted event triples against gold sentences: exact-sentence match, micro-averaged triple
 * precision, recall and F1, a per-category table, and the list of failures.
 */
import { LuccaError } from '../model/errors.js';
import { NO_ACTOR, tripleKey, type GoldSentence, type Triple } from './gold.js';

/** A predicted triple; a null or empty target means "no target" and is compared as `---`. */
export interface PredictedTriple {
  source: string;
  target: string | null;
  code: string;
}

/** Triple counts and the rates derived from them (null where a rate is undefined: 0/0). */
export interface TripleScores {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** One row of the per-category table. */
export interface CategoryScores extends TripleScores {
  category: string;
  /** Scored sentences. */
  n: number;
  /** Sentences whose predicted set equals the gold set. */
  exact: number;
  exactRate: number | null;
}

/** A sentence whose predicted set differs from the gold set. Triples are written `SOURCE TARGET CODE`. */
export interface Failure {
  id: string;
  category: string;
  text: string;
  expected: string[];
  got: string[];
  missing: string[];
  extra: string[];
}

/** The result of an evaluation. Plain data: `JSON.stringify` gives the `--json` output. */
export interface EvalReport {
  /** Scored sentences (gold minus skipped). */
  sentences: number;
  exact: number;
  exactRate: number | null;
  micro: TripleScores;
  categories: CategoryScores[];
  failures: Failure[];
  /** Ids of gold records not scored (PETRARCH error records). */
  skipped: string[];
  /** Ids that have predictions but no gold record. */
  unknown: string[];
}

function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Precision, recall and F1 from counts. */
export function rates(tp: number, fp: number, fn: number): TripleScores {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = ratio(2 * tp, 2 * tp + fp + fn);
  return { tp, fp, fn, precision, recall, f1 };
}

/** The set of triple keys, duplicates collapsed (a set of events is compared, as PETRARCH does). */
function keySet(triples: readonly PredictedTriple[], level: ScoreLevel, ploverType: (code: string) => string): Set<string> {
  return new Set(triples.map((t) => {
    const triple = { ...t, target: t.target || NO_ACTOR } as Triple;
    if (level === 'exact') return tripleKey(triple);
    const principal = principalTriple(triple);
    return tripleKey(level === 'root' ? principal : { ...principal, code: ploverType(triple.code) });
  }));
}

/**
 * How strictly triples compare: `exact` codes; `root` — the principal actor (country, or organisation)
 * of each side and the CAMEO root, the measure event-data users report for real news; `plover` — the
 * principal actors and the PLOVER event type of the CAMEO code (dyad + type).
 */
export type ScoreLevel = 'exact' | 'root' | 'plover';

/** CAMEO sector codes that can end an actor code. */
const SECTORS = new Set(['GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'LEG', 'BUS', 'MED', 'CVL', 'REF', 'EDU', 'HLH', 'NGO',
  'SPY', 'CRM', 'LAB', 'ELI', 'PTY', 'UAF', 'REL', 'AGR', 'ENV', 'MOD', 'RAD', 'INS', 'IGO', 'MNC', 'FRM', 'DEV', 'HRI', 'AMN']);

/** The principal actor of a code: its country, or its organisation code without sector suffixes. */
export function principalActor(code: string): string {
  if (code.length >= 3 && !/^(IGO|NGO|IMG|MNC)/.test(code)) return code.slice(0, 3);
  let out = code;
  while (out.length > 6 && SECTORS.has(out.slice(-3))) out = out.slice(0, -3);
  return out;
}

function principalTriple(t: Triple): Triple {
  return { source: principalActor(t.source), target: t.target === NO_ACTOR ? NO_ACTOR : principalActor(t.target), code: t.code.slice(0, 2) };
}

/**
 * Score predictions (by gold record id) against gold. A sentence matches exactly when its set of
 * predicted triples equals the gold set; a `noEvents` record matches an empty prediction; a record with no
 * entry in `predicted` counts as predicting nothing. Triples compare as exact strings. Gold ids must be
 * unique (`INPUT_FIELD` otherwise).
 *
 * @example
 * const report = scoreSentences(gold, new Map([['DEMO_00', [{ source: 'ARN', target: 'GON', code: '050' }]]]));
 */
export function scoreSentences(
  gold: GoldSentence[], predicted: ReadonlyMap<string, readonly PredictedTriple[]>, level: ScoreLevel = 'exact',
  ploverType: (code: string) => string = (code) => code.slice(0, 2),
): EvalReport {
  const byCategory = new Map<string, { n: number; exact: number; tp: number; fp: number; fn: number }>();
  const failures: Failure[] = [];
  const skipped: string[] = [];
  const known = new Set<string>();
  let [n, exact, tp, fp, fn] = [0, 0, 0, 0, 0];
  for (const g of gold) {
    if (known.has(g.id)) throw new LuccaError('INPUT_FIELD', `gold record id ${g.id} appears twice`, g.origin);
    known.add(g.id);
    if (g.skip) { skipped.push(g.id); continue; }
    const want = keySet(g.triples, level, ploverType);
    const got = keySet(predicted.get(g.id) ?? [], level, ploverType);
    const missing = [...want].filter((k) => !got.has(k));
    const extra = [...got].filter((k) => !want.has(k));
    const hit = want.size - missing.length;
    const row = byCategory.get(g.category) ?? { n: 0, exact: 0, tp: 0, fp: 0, fn: 0 };
    byCategory.set(g.category, row);
    row.n++; n++;
    row.tp += hit; tp += hit;
    row.fp += extra.length; fp += extra.length;
    row.fn += missing.length; fn += missing.length;
    if (missing.length === 0 && extra.length === 0) { row.exact++; exact++; continue; }
    failures.push({ id: g.id, category: g.category, text: g.text, expected: [...want], got: [...got], missing, extra });
  }
  const categories = [...byCategory.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, r]) => ({ category, n: r.n, exact: r.exact, exactRate: ratio(r.exact, r.n), ...rates(r.tp, r.fp, r.fn) }));
  const unknown = [...predicted.keys()].filter((id) => !known.has(id));
  return { sentences: n, exact, exactRate: ratio(exact, n), micro: rates(tp, fp, fn), categories, failures, skipped, unknown };
}
