/**
 * @module actors/02-resolve
 * Which code an actor entry has on a date, and how an entity combines with sector agents into one code.
 */
import type { ActorCode, ActorEntry, AgentEntry, DatedActorCode } from '../model/knowledge.js';

/**
 * The code of an entry on `date` (YYYY-MM-DD or null). A person past every role is a former elite
 * (country + ELI); before any role, their first role's country alone.
 */
export function codeOnDate(entry: ActorEntry, date: string | null): ActorCode {
  const codes = entry.codes;
  if (codes.length === 1 && !codes[0].from && !codes[0].to) return codes[0];
  if (!date) return undated(codes);
  // A restricted code that covers the date wins over an open-ended default; among several, the first listed —
  // except for a person's offices (Lucca's people table), where the office taken last is the one news
  // names them by (the army chief who became prime minister).
  const active = codes.filter((c) => (!c.from || c.from <= date) && (!c.to || date <= c.to));
  const offices = active.filter((c) => c.role !== undefined && c.from);
  if (offices.length > 1) return offices.reduce((a, b) => (b.from! > a.from! ? b : a));
  const restricted = active.find((c) => c.from || c.to);
  if (restricted) return restricted;
  if (active.length) return active[0];
  if (entry.kind === 'person') {
    const past = codes.filter((c) => c.to && c.to < date);
    if (past.length) {
      const last = past[past.length - 1];
      return last.country ? { code: `${last.country}ELI`, country: last.country, org: null, agents: ['ELI'] } : last;
    }
    const first = codes[0];
    if (first.country) return { code: first.country, country: first.country, org: null, agents: [] };
  }
  return undated(codes);
}

function undated(codes: DatedActorCode[]): ActorCode {
  return codes.find((c) => !c.to) ?? codes[codes.length - 1];
}

/**
 * Add sector agents to an entity's code (`SYR` + `REB` → `SYRREB`), keeping prefix agents in front.
 * An armed group's code already says what it is: "Hamas fighters" stay Hamas.
 */
export function combine(base: ActorCode, agents: AgentEntry[], kind: ActorEntry['kind'] | null = null): ActorCode {
  if (kind === 'group' && base.agents.length > 0) return base;
  let code = base.code;
  const all = [...base.agents];
  for (const a of agents) {
    if (all.includes(a.code) || code.endsWith(a.code)) continue;
    code = a.position === 'prefix' ? a.code + code : code + a.code;
    // A compound agent ("opposition lawmaker" → OPPLEG) lists each of its sectors.
    all.push(...sectorsOf(a.code));
  }
  return { code, country: base.country, org: base.org, agents: all };
}

/** An actor made of agents alone ("the rebels" → `REB`, or `---REB` where the dictionary says so). */
export function agentsOnly(agents: AgentEntry[], prefix = ''): ActorCode {
  const codes = [...new Set(agents.map((a) => a.code))];
  return { code: prefix + codes.join(''), country: null, org: null, agents: [...new Set(codes.flatMap(sectorsOf))] };
}

/** The three-letter sector codes of an agent code ("OPPLEG" → OPP, LEG). */
function sectorsOf(code: string): string[] {
  return code.match(/[A-Z]{3}/g) ?? [code];
}

/** A capital city standing for its government (the native loader gives such entries the id `ISO3:capital`). */
export function isCapital(entry: ActorEntry): boolean {
  return entry.id.endsWith(':capital');
}

/** A city, region or area of a state (the native loader gives such entries ids `ISO3:place:Name`). */
export function isPlace(entry: ActorEntry): boolean {
  return entry.id.includes(':place:');
}
