/**
 * @module actors/03-phrases
 * Turn noun phrases and dictionary matches into actor phrases: entity + agents combined ("Syrian rebels"
 * → SYRREB), possessors ("Assad's air force" → SYRMIL), "of/from" attachments ("foreign ministers of the
 * G7" → IGOG7GOV) and coordination ("Russia and Iran" → two actors).
 */
import type { Knowledge } from '../knowledge/compile.js';
import type { ActorMention, ActorPhrase, AnalysedSentence, NounPhrase } from '../model/analysis.js';
import type { ActorEntry, AgentEntry } from '../model/knowledge.js';
import type { Sentence } from '../model/story.js';
import type { PhraseMatch } from './01-match.js';
import { agentsOnly, codeOnDate, combine, isCapital } from './02-resolve.js';

/** Prepositions that attach a country or organisation to an agent phrase: "ministers of/from/in X". */
const ATTACH = new Set(['of', 'from', 'in']);
const POSSESSIVE = new Set(['its', 'their']);
/** "the Sea of Japan", "the outskirts of Kyiv": a place of a country is not the country acting. */
const PLACE_HEADS = new Set(['sea', 'gulf', 'bay', 'strait', 'river', 'island', 'coast', 'city', 'town', 'village', 'province',
  'region', 'capital', 'port', 'lake', 'mountain', 'valley', 'peninsula', 'shore', 'outskirt', 'outskirts', 'centre', 'center',
  'north', 'south', 'east', 'west', 'part', 'area', 'border', 'street', 'district', 'state']);
/** Head nouns that count rather than name ("dozens of protesters"). */
const QUANTITIES = new Set(['dozen', 'dozens', 'hundred', 'hundreds', 'thousand', 'thousands', 'million', 'millions', 'score', 'scores',
  'number', 'group', 'some', 'many', 'several', 'most', 'all', 'few', 'couple', 'handful', 'ten', 'tens', 'member', 'majority', 'rest']);

/** Context for resolving surname-only mentions: people already named in the story. */
export interface PeopleSeen {
  bySurname: Map<string, ActorEntry>;
}

/** Build the actor phrases of one sentence. */
export function buildActorPhrases(
  a: AnalysedSentence, matches: PhraseMatch[], k: Knowledge, date: string | null, people: PeopleSeen,
  storyCountry: string | null = null,
): { phrases: ActorPhrase[]; phraseAt: Int32Array } {
  const s = a.sentence;
  const byNp: PhraseMatch[][] = a.nps.map(() => []);
  for (const m of matches) {
    const np = a.npAt[m.start];
    if (np >= 0) byNp[np].push(m);
  }
  addSurnames(a, byNp, k, date, people);

  const base: ActorPhrase[] = a.nps.map((np, i) => ({
    start: np.start,
    end: np.end,
    head: np.head,
    headLemma: foldAccents(s.lemmas[np.head]),
    determiner: np.determiner,
    pronoun: np.pronoun,
    mentions: mentionsOf(np, byNp[i], date, k, storyCountry, s),
    inPP: np.start > 0 && (s.pos[np.start - 1] === 'ADP' || (s.lower[np.start - 1] === 'to' && s.pos[np.start - 1] !== 'PART')) ? s.lower[np.start - 1] : null,
    possessor: np.possessorEnd > 0 ? s.lower.slice(np.start, np.possessorEnd).join(' ') : np.determiner && POSSESSIVE.has(np.determiner) ? np.determiner : null,
  }));

  const attached = new Map<ActorPhrase, ActorMention[]>();
  // Twice, so that "police in the Caribbean nation of Suriname" first makes "the nation of Suriname" SUR.
  const merged = attachAll(attachAll(absorbParentheses(base, a), a, k, date, attached), a, k, date, attached);
  const phrases: ActorPhrase[] = [];
  for (let i = 0; i < merged.length; i++) {
    let p = merged[i];
    if (p.mentions.length) {
      const [list, last] = coordination(merged, i, a);
      if (last > i) {
        // "Lawmakers and officials in Arnor and Gondor": agents listed before an attached place share it.
        const places = attached.get(list[list.length - 1]);
        const members = places ? list.map((q) => (q.mentions.every((m) => !m.entity) ? { ...q, mentions: q.mentions.flatMap((m) => places.map((e) => withAgents(e, m.agents, date))) } : q)) : list;
        const all = shareHead(shareModifier(members.flatMap((q) => q.mentions), date), date, (m) => s.words.slice(m.start, m.end).join(' '));
        const named = all.filter((m) => m.entity);
        p = { ...p, end: merged[last].end, mentions: named.length ? named : all };
        i = last;
      }
    }
    phrases.push(p);
  }
  const phraseAt = new Int32Array(s.words.length).fill(-1);
  phrases.forEach((p, idx) => { for (let t = p.start; t < p.end; t++) phraseAt[t] = idx; });
  return { phrases, phraseAt };
}

/** "the European Union (EU)": a parenthesised phrase right after another is part of it. */
function absorbParentheses(base: ActorPhrase[], a: AnalysedSentence): ActorPhrase[] {
  const w = a.sentence.words;
  const out: ActorPhrase[] = [];
  for (let i = 0; i < base.length; i++) {
    const p = base[i];
    const q = base[i + 1];
    if (q && w[p.end] === '(' && q.start === p.end + 1 && w[q.end] === ')') {
      out.push({ ...p, end: q.end + 1, mentions: p.mentions.length ? p.mentions : q.mentions });
      i++;
    } else {
      out.push(p);
    }
  }
  return out;
}

/**
 * Attach what a phrase belongs to: "foreign ministers of/from/in <entity>[, <entity> … and <entity>]" gives
 * the agents to each entity; "the information ministry of Gondor" (no actor of its own, not an event noun)
 * stands for Gondor. `attached` records the entities each merged phrase was given.
 */
function attachAll(base: ActorPhrase[], a: AnalysedSentence, k: Knowledge, date: string | null, attached: Map<ActorPhrase, ActorMention[]>): ActorPhrase[] {
  const s = a.sentence;
  const out: ActorPhrase[] = [];
  for (let i = 0; i < base.length; i++) {
    let p = base[i];
    const next = base[i + 1];
    const prep = s.lower[p.end];
    const attachable = next && next.start === p.end + 1 && ATTACH.has(prep) && next.mentions.some((m) => m.entity);
    const agentOnly = p.mentions.length > 0 && p.mentions.every((m) => !m.entity);
    const ownerless = p.mentions.length === 0 && !p.pronoun && prep === 'of' && !k.nounPatterns.has(p.headLemma) && !PLACE_HEADS.has(p.headLemma);
    // "dozens of protesters", "three of the soldiers": a quantity stands for what it counts.
    const counted = p.mentions.length === 0 && prep === 'of' && next && next.start === p.end + 1 && next.mentions.length > 0 &&
      (QUANTITIES.has(p.headLemma) || s.pos[p.head] === 'NUM');
    if (counted) {
      out.push({ ...p, end: next.end, mentions: next.mentions.map((m) => ({ ...m, start: p.start })) });
      i++;
      continue;
    }
    if (attachable && (agentOnly || ownerless)) {
      const [list, last] = coordination(base, i + 1, a);
      const agents = agentOnly ? p.mentions.flatMap((m) => m.agents) : [];
      const single = list.length === 1;
      const entities = list.flatMap((q) => q.mentions.filter((m) => m.entity)).map((m) => (prep === 'in' ? asPlace(m, date) : m));
      p = { ...p, end: base[last].end, mentions: entities.map((m) => ({ ...withAgents(m, agents, date), start: single ? p.start : m.start })) };
      attached.set(p, entities);
      i = last;
    }
    out.push(p);
  }
  return out;
}

/** Phrases joined by commas and a final "and"/"or", all naming actors. Returns them and the last index. */
function coordination(base: ActorPhrase[], first: number, a: AnalysedSentence): [ActorPhrase[], number] {
  const s = a.sentence;
  const list = [base[first]];
  let last = first;
  let closed = false;
  for (let j = first + 1; j < base.length; j++) {
    const gap = s.lower.slice(base[j - 1].end, base[j].start);
    const joined = gap.length >= 1 && gap.length <= 2 && gap.every((w) => w === ',' || w === 'and' || w === 'or' || w === 'as' || w === 'well');
    if (!joined || base[j].pronoun) break;
    const hasConj = gap.includes('and') || gap.includes('or');
    let member = j;
    if (base[j].mentions.length === 0) {
      // "… and the high Representative of the European Union": a title standing for its organisation.
      const of = base[j + 1];
      if (!of || of.start !== base[j].end + 1 || s.lower[base[j].end] !== 'of' || !of.mentions.some((m) => m.entity)) break;
      member = j + 1;
    }
    list.push(base[member]);
    last = member;
    if (hasConj) { closed = true; break; }
  }
  // A comma-only run without a final conjunction is apposition or a list cut short: keep just the first.
  if (last > first && !closed) return [[base[first]], first];
  return [list, last];
}

/** "police in Kabul": a place names a country, not its government; keep only the country. */
function asPlace(m: ActorMention, date: string | null): ActorMention {
  const code = m.entity ? codeOnDate(m.entity, date) : m.code;
  if (!code.country || code.agents.length === 0) return m;
  const country = { code: code.country, country: code.country, org: null, agents: [] };
  return { ...m, entity: { ...m.entity!, codes: [{ ...country, from: null, to: null }] }, code: country, agents: [] };
}

/**
 * "Danish media and government": agent-only members after a first member that is a country (or
 * organisation) with agents share its country.
 */
function shareModifier(mentions: ActorMention[], date: string | null): ActorMention[] {
  const first = mentions[0];
  if (!first?.entity || first.agents.length === 0 || first.entity.kind === 'person') return mentions;
  const bare = { ...first, agents: [] };
  return mentions.map((m, i) => (i > 0 && !m.entity ? { ...withAgents(bare, m.agents, date), start: m.start, end: m.end, core: m.core } : m));
}

/**
 * "US and South Korean troops": a bare country word conjoined to a phrase with agents shares its head noun.
 */
function shareHead(mentions: ActorMention[], date: string | null, wordsOf: (m: ActorMention) => string): ActorMention[] {
  const last = mentions[mentions.length - 1];
  if (!last?.entity || last.agents.length === 0) return mentions;
  // Only an adjective-like word, not the country's own name ("Russia and Syrian rebels" keeps Russia bare).
  return mentions.map((m, i) => (i < mentions.length - 1 && m.entity && m.agents.length === 0 && m.end - m.start === 1 &&
    m.entity.kind !== 'person' && !sameName(m.entity.name, wordsOf(m))
    ? { ...withAgents(m, last.agents, date), start: m.start, end: m.end, core: m.core }
    : m));
}

function sameName(name: string, text: string): boolean {
  return name.toLowerCase() === text.toLowerCase();
}

function withAgents(m: ActorMention, agents: AgentEntry[], date: string | null): ActorMention {
  const base = m.entity ? codeOnDate(m.entity, date) : m.code;
  return { ...m, code: combine(base, [...m.agents, ...agents], m.entity?.kind ?? null), agents: [...m.agents, ...agents] };
}

/** Words that put a title in the past ("former President Trump"). */
const FORMER = new Set(['former', 'ex', 'ex-', 'late', 'then', 'erstwhile', 'outgoing', 'ousted', 'deposed', 'exiled', 'jailed']);

/** The actor a single noun phrase names, from its matches. */
function mentionsOf(np: NounPhrase, allMatches: PhraseMatch[], date: string | null, k: Knowledge, storyCountry: string | null, s: Sentence): ActorMention[] {
  const unattached = k.conventions.unattachedPrefix;
  // An agent word only names an actor as the head ("Syrian rebels"), in the possessor, or before a tight
  // hyphen ("rebel-held areas"): "military action", "police station" are things, not actors.
  const matches = k.conventions.modifierAgents ? allMatches : allMatches.filter((m) => m.actor || m.end > np.head || (np.possessorEnd > 0 && m.end <= np.possessorEnd) ||
    (s.words[m.end] === '-' && !s.spaceBefore[m.end]));
  if (matches.length === 0) return [];
  const agents = matches.filter((m) => m.agent && !m.actor).map((m) => m.agent as AgentEntry);
  const entities = matches.filter((m) => m.actor);
  // A mention spans its noun phrase without the determiner ("G7 foreign ministers", "Assad's air force").
  const start = np.determiner && np.start < np.head ? np.start + 1 : np.start;
  const end = np.end;
  const core = { start: matches[0].start, end: matches[matches.length - 1].end };
  if (entities.length === 0) {
    // Agents with no country of their own belong to the story's main country, when it has one.
    // Refugees and migrants are seldom of the country they are in: they keep no country.
    const local = storyCountry && !agents.some((a) => a.code === 'REF');
    const code = local ? combine({ code: storyCountry, country: storyCountry, org: null, agents: [] }, agents) : agentsOnly(agents, unattached);
    return [{ code, entity: null, agents, start, end, core }];
  }
  const inPossessor = (m: PhraseMatch) => np.possessorEnd > 0 && m.end <= np.possessorEnd;
  // A person named in the phrase itself carries their own role ("Italian foreign minister Angelino Alfano").
  const person = entities.find((m) => m.actor!.kind === 'person' && !inPossessor(m));
  if (person) {
    let code = codeOnDate(person.actor!, date);
    // "Prime Minister Fumio Kishida": a title in the text says the person holds an office now, even where
    // the dated roles say otherwise (a stale table, a wrong story date) — but not a "former" one.
    const titled = allMatches.filter((m) => m.agent && !m.actor && m.end <= person.start && m.agent.code !== 'ELI').map((m) => m.agent as AgentEntry);
    const outOfOffice = code.agents.length === 0 || code.agents.includes('ELI');
    if (titled.length && outOfOffice && code.country && !FORMER.has(s.lower[np.start]) && !FORMER.has(s.lower[start])) {
      code = combine({ code: code.country, country: code.country, org: null, agents: [] }, titled);
    }
    return [{ code, entity: person.actor, agents: [], start, end, core }];
  }
  // The entity nearest the head names the actor ("Iran's Revolutionary Guards"); a possessor alone
  // lends its country to the phrase's agents ("Britain's foreign secretary").
  const own = entities.filter((m) => !inPossessor(m) && (m.actor!.kind !== 'state' || m.actor!.codes.some((c) => c.agents.length > 0)));
  const entity = (own.length ? own[own.length - 1] : entities[0]).actor!;
  let base = codeOnDate(entity, date);
  // "a Paris court", "Moscow police": a capital before an agent noun is a place, not its government.
  if (agents.length && isCapital(entity) && base.country) {
    base = { code: base.country, country: base.country, org: null, agents: [] };
  }
  if (entity.kind === 'person' && agents.length) {
    // "Assad's air force": the person's country with the phrase's own agents.
    base = { code: base.country ?? base.code, country: base.country, org: base.org, agents: [] };
  }
  return [{ code: agents.length ? combine(base, agents, entity.kind) : base, entity, agents, start, end, core }];
}

/** Resolve capitalised single tokens that are a known person's surname ("President Assad", "Lavrov"). */
function addSurnames(a: AnalysedSentence, byNp: PhraseMatch[][], k: Knowledge, date: string | null, people: PeopleSeen): void {
  const s = a.sentence;
  for (let npIndex = 0; npIndex < a.nps.length; npIndex++) {
    const np = a.nps[npIndex];
    for (let t = np.start; t < np.end; t++) {
      if (s.pos[t] !== 'PROPN' || !/^\p{Lu}/u.test(s.words[t])) continue;
      if (byNp[npIndex].some((m) => m.start <= t && t < m.end)) continue;
      const key = s.lower[t];
      const person = people.bySurname.get(key) ?? activeBySurname(k, key, date);
      if (!person) continue;
      byNp[npIndex].push({ start: t, end: t + 1, actor: person, agent: null });
      byNp[npIndex].sort((x, y) => x.start - y.start);
    }
  }
}

/**
 * A surname not yet introduced in the story names the one known person of that name in office on the story's
 * date ("Lavrov" in 2022); with thousands of people known, a bare "Sen" or "Ali" out of office names no one.
 */
function activeBySurname(k: Knowledge, surname: string, date: string | null): ActorEntry | undefined {
  const candidates = k.surnames.get(surname);
  if (!candidates) return undefined;
  if (!date) return candidates.length === 1 ? candidates[0] : undefined;
  const active = candidates.filter((p) => p.codes.some((c) => (!c.from || c.from <= date) && (!c.to || date <= c.to)));
  return active.length === 1 ? active[0] : undefined;
}

/** "communiqué" and "communique" are one head word. */
export function foldAccents(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}
