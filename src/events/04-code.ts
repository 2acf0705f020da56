/**
 * @module events/04-code
 * Code the events of one sentence: for each verb group and each event noun, the best pattern, its source
 * and target actors, negation and modality. Pure: returns candidates; records are written elsewhere.
 */
import type { ActorMention } from '../model/analysis.js';
import type { EventPattern } from '../model/knowledge.js';
import { isCapital } from '../actors/02-resolve.js';
import { isEventCode, splitPairedCode } from '../model/event-codes.js';
import type { Modality } from '../model/record.js';
import { findByAgent, findSubject } from './01-subject.js';
import { WH_WORDS, matchPatterns, slotPhrase, type PatternMatch } from './02-patterns.js';
import { LOCATIVE, PLACE_TARGET_ROOTS, matchAlternatives, placeInPP, placeIsTarget, type SentenceContext } from './context.js';
import { REPORTING_VERBS } from '../text/word-classes.js';

/** One coded event before it becomes a record. Token positions are sentence token indexes. */
export interface EventCandidate {
  code: string;
  /** The pattern that fired, or null for a bare anchor verb with a dictionary code. */
  pattern: EventPattern | null;
  source: ActorMention;
  target: ActorMention | null;
  trigger: { start: number; end: number };
  negated: boolean;
  modality: Modality;
  confidence: number;
}

/**
 * Roots whose target is the subject of the clause they govern: "demanded that the Council impose …",
 * "accused that …", "an inquiry into allegations that a governor …", "threatened that Ankara would …".
 */
const CLAUSE_TARGET_ROOTS = new Set(['02', '09', '10', '11', '12', '13']);
/** Roots of actions two parties do together: intend, consult, cooperate, yield (a truce), fight. */
const JOINT_ROOTS = new Set(['03', '04', '05', '06', '08', '19']);
/** Roots of events between a state and its own people: protest, coercion. */
const DOMESTIC_ROOTS = new Set(['14', '17']);
/** Roots whose events ask for or threaten another event: appeals, demands, threats. */
const REQUESTING_ROOTS = new Set(['02', '10', '13']);
const FIRST_PERSON = new Set(['we', 'us', 'our', 'i', 'me']);
const INTENT = new Set(['attempt', 'try', 'seek', 'plan', 'intend', 'want', 'aim', 'hope', 'wish', 'prepare', 'mean']);
const READY = new Set(['ready', 'prepared', 'willing', 'poised', 'determined', 'eager', 'keen', 'set']);

/**
 * The code of an action announced (future, intended) or held out (conditional), from the dictionary's
 * intentions table: the row of the code or of its nearest parent decides. Null when the code stays.
 */
function intendedCode(k: SentenceContext['k'], code: string, modality: Modality): string | null {
  const table = k.source.intentions;
  if (!table) return null;
  for (let len = code.length; len >= 2; len--) {
    const row = table.get(code.slice(0, len));
    // Cooperation offered on a condition is intent too ("would ease sanctions if …"); hostility held out is a threat.
    if (row) return modality === 'conditional' ? row.threatened ?? row.intended : row.intended;
  }
  return null;
}

/** Code every event of a sentence. */
export function codeSentence(ctx: SentenceContext): EventCandidate[] {
  const out: EventCandidate[] = [];
  const { a, k } = ctx;
  const s = a.sentence;
  const conditional = s.lower.includes('if') || s.lower.includes('unless');

  // An infinitive under a verb that coded an event is that event's content, not an event of its own:
  // "urged Iran to condemn Israel" is an appeal, not a condemnation.
  const covered = new Uint8Array(a.vgs.length);
  const hasActor = (p: number) => namesActor(ctx, p);
  // Likewise everything after an appeal, a demand or a threat ("demanded that Russia release …") is what
  // was asked for or threatened, up to the end of the clause.
  let requestedFrom = -1;
  // Where requested or threatened content starts: event nouns after it are not coded either.
  let contentFrom = s.words.length;
  // The events of the last verb group that coded any.
  let lastEvents: EventCandidate[] = [];
  a.vgs.forEach((vg, v) => {
    if (requestedFrom >= 0 && !s.words.slice(requestedFrom, vg.start).some((w) => w === ';')) return;
    requestedFrom = -1;
    if (vg.infinitive && v > 0 && covered[v - 1] && !s.words.slice(a.vgs[v - 1].end, vg.start).some((w) => w === ';' || w === ':')) {
      covered[v] = 1;
      contentFrom = Math.min(contentFrom, vg.start);
      return;
    }
    const before = out.length;
    codeVerbGroup(vg, v);
    // "…exchanged fire, killing four civilians": a participle clause after a comma that says what the coded
    // event did is not another event of the same kind ("…, accusing Washington of …" still is one).
    if (vg.nonFinite && !vg.passive && v > 0 && covered[v - 1] && s.words[vg.start - 1] === ',' && s.lower[vg.head].endsWith('ing')) {
      const mainRoots = new Set(lastEvents.map((e) => e.code.slice(0, 2)));
      const kept = out.splice(before).filter((e) => !mainRoots.has(e.code.slice(0, 2)));
      out.push(...kept);
    }
    if (out.length > before) { covered[v] = 1; lastEvents = out.slice(before); }
    if (out.slice(before).some((e) => REQUESTING_ROOTS.has(e.code.slice(0, 2)))) {
      requestedFrom = vg.end;
      contentFrom = Math.min(contentFrom, vg.end);
    }
  });

  function codeVerbGroup(vg: (typeof a.vgs)[number], v: number): void {
    const lemma = k.formToLemma.get(s.lower[vg.head]) ?? vg.lemma;
    const patterns = k.verbPatterns.get(lemma);
    let match: PatternMatch | null = null;
    const subject = vg.passive ? findSubject(ctx, v) : -1;
    const passiveSubject = subject >= 0 ? { start: ctx.phrases[subject].start, end: ctx.phrases[subject].end } : undefined;
    if (patterns) match = matchPatterns(ctx, patterns, vg.head, vg.head + 1, { passive: vg.passive, negated: vg.negated, hasActor, passiveSubject });
    const bareCode = match ? null : bareAnchorCode(ctx, lemma, vg.head);
    if (!match && !bareCode) return;

    let sourcePhrase = match && match.source >= 0 ? match.source : -1;
    let targetPhrase = match ? match.target : -1;
    // A pattern with a `+` slot needs its target. Without one, Lucca's patterns code a targetless event,
    // while PETRARCH-style dictionaries take the first actor of the verb's complement if there is one.
    const slotted = match !== null && [...match.pattern.after, ...match.pattern.before].some((e) => e.kind === 'target');
    const implicit = !slotted && (match === null || k.conventions.implicitTarget);
    if (vg.passive) {
      if ((slotted || implicit) && targetPhrase < 0) targetPhrase = subject;
      if (sourcePhrase < 0) sourcePhrase = findByAgent(ctx, vg, match ? Math.max(vg.end, match.end) : vg.end);
      if (sourcePhrase < 0 && match) sourcePhrase = findByAgent(ctx, vg);
      // PETRARCH swaps a passive verb's roles: with no "by" agent, the actor of the complement is the source
      // ("X was criticized over its dispute with Y" → Y criticized X). Not when an infinitive follows
      // ("was seen to break into …"): that verb's own clause carries the event.
      if (sourcePhrase < 0 && k.conventions.passiveComplementSource && !infinitiveFollows(ctx, vg.end)) {
        const code = match ? match.pattern.code : bareCode ?? '';
        const p = complementPhrase(ctx, v, code, vg.end, targetPhrase, match ? match.end : vg.end, new Set(match?.matched));
        if (p !== targetPhrase) sourcePhrase = p;
      }
    } else {
      if (sourcePhrase < 0 && (!match || match.compound < 0)) sourcePhrase = findSubject(ctx, v);
      if (implicit) {
        const code = match ? match.pattern.code : bareCode ?? '';
        targetPhrase = k.conventions.implicitTarget ? complementPhrase(ctx, v, code, vg.end, sourcePhrase, match ? match.end : vg.end, new Set(match?.matched)) : slotPhrase(ctx, vg.end, 4);
      }
    }
    if (slotted && targetPhrase < 0) return;
    // A bare verb code in Lucca's convention still needs an object; PETRARCH's leaves that to require_dyad.
    if (!match && !k.conventions.implicitTarget && targetPhrase < 0) return;

    let modality: Modality = vg.modality;
    // An infinitive chain takes the mood of the verb that governs it ("would be willing to contribute to fund").
    let governor = v;
    while (governor > 0 && a.vgs[governor].infinitive) {
      governor--;
      if (INTENT.has(a.vgs[governor].lemma)) { modality = 'intent'; break; }
      if (a.vgs[governor].modality !== 'asserted') { modality = a.vgs[governor].modality; break; }
      // "is ready to host", "are prepared to deploy": readiness is intent.
      if (a.vgs[governor].lemma === 'be' && READY.has(s.lower[a.vgs[governor].end] ?? '')) { modality = 'intent'; break; }
    }
    if (modality === 'asserted' && conditional) modality = 'conditional';
    let negated = vg.negated && !(match?.pattern.negated ?? false);
    const confidence = match ? Math.min(0.95, 0.55 + 0.1 * match.pattern.after.filter((e) => e.kind === 'words').length) : 0.5;
    let { forward, reverse } = splitPairedCode(match ? match.pattern.code : bareCode!);
    // A dictionary that says what a negated code means codes that ("did not clash over" → cooperation).
    const meaning = negated && forward ? k.source.negations?.get(forward) : undefined;
    if (meaning) { forward = meaning; reverse = null; negated = false; }
    // "Germany will send air defence systems" expresses intent (0332); "Ankara could cut ties" threatens (1313).
    if (forward && !negated && modality !== 'asserted') forward = intendedCode(k, forward, modality) ?? forward;
    const base = { code: forward ?? '', pattern: match?.pattern ?? null, trigger: { start: vg.head, end: vg.head + 1 }, negated, modality, confidence };

    if (match && match.compound >= 0) {
      const members = mentionsOf(ctx, match.compound);
      if (isEventCode(forward)) for (const src of members) for (const tgt of members) if (src !== tgt) out.push({ ...base, source: src, target: tgt });
      return;
    }
    const sources = sourcePhrase >= 0 ? mentionsOf(ctx, sourcePhrase) : [];
    // "shelled Kyiv", "attacked a market in Kabul": a place hit by an attack stands for its state, not its
    // government; elsewhere a place in a locative phrase is only where the event happened.
    const hitsPlace = forward !== null && PLACE_TARGET_ROOTS.has(forward.slice(0, 2));
    const targets = targetPhrase >= 0 ? (hitsPlace ? asPlace(mentionsOf(ctx, targetPhrase)) : mentionsOf(ctx, targetPhrase)) : [];
    // A `+` slot whose phrase names no actor codes nothing; otherwise a missing target is just absent.
    const targetList = slotted || targets.length ? targets : [null];
    // "Thai and Cambodian troops clashed", "Armenia and Azerbaijan held talks": a joint action with no other
    // target is an event between the members, in both directions.
    const placeOnly = targetPhrase >= 0 && LOCATIVE.has(ctx.phrases[targetPhrase].inPP ?? '');
    const countries = new Set(sources.map((m) => m.code.country ?? m.code.org));
    // "Indian and French warships began a naval exercise": forces of several states showing force together
    // cooperate militarily (062).
    if (isEventCode(forward) && forward.startsWith('15') && sources.length > 1 && countries.size > 1 &&
      (targets.length === 0 || placeOnly || targets.every((t) => countries.has(t.code.country ?? t.code.org)))) {
      forward = '062';
      base.code = forward;
    }
    const joint = forward === '062' || (!slotted && (targets.length === 0 || placeOnly));
    if (isEventCode(forward) && joint && sources.length > 1 && JOINT_ROOTS.has(forward.slice(0, 2))) {
      // Each side acts towards the other: one event in each direction between the first and every other.
      for (const other of sources.slice(1)) {
        pairUp(ctx, out, base, [sources[0]], [other]);
        pairUp(ctx, out, base, [other], [sources[0]]);
      }
      return;
    }
    if (isEventCode(forward)) pairUp(ctx, out, base, sources, targetList);
    // A paired code ("043:042") also codes the reverse event, from target back to source.
    if (isEventCode(reverse)) pairUp(ctx, out, { ...base, code: reverse }, targetList.filter((t): t is ActorMention => t !== null), sources);
  }

  codeNominals(ctx, out, contentFrom);
  return dedupe(out);
}

function pairUp(ctx: SentenceContext, out: EventCandidate[], base: Omit<EventCandidate, 'source' | 'target'>, sources: ActorMention[], targets: (ActorMention | null)[]): void {
  const requireNamed = ctx.k.conventions.requireNamed;
  for (const src of sources) {
    for (const tgt of targets) {
      if (tgt && selfEvent(src, tgt, base.code)) continue;
      if (requireNamed && !named(src) && !(tgt && named(tgt))) continue;
      out.push({ ...base, source: src, target: tgt });
    }
  }
}

/** The dictionary code of a bare verb, for a one-word verb or a multiword one ("cordon off") at the head. */
function bareAnchorCode(ctx: SentenceContext, lemma: string, head: number): string | null {
  for (const [anchor, code] of ctx.k.multiwordCodes.get(lemma) ?? []) {
    const rest = anchor.split(' ').slice(1);
    if (matchAlternatives(ctx, head + 1, [rest]) === rest.length) return code;
  }
  return ctx.k.anchorCodes.get(lemma) ?? null;
}

const CLAUSE_END = new Set([';', ':', 'which', 'what', 'where', 'whose', 'whom', 'who', 'because', 'although', 'while', 'after', 'before', 'when', 'until', 'since', 'but']);

/**
 * The first actor phrase in a verb's complement (for dictionaries whose patterns leave the target implicit):
 * after the verb, before the clause ends or another finite verb starts.
 */
/** True when an infinitive verb group starts at `from`, after at most one adverb ("seen to break"). */
function infinitiveFollows(ctx: SentenceContext, from: number): boolean {
  const { a } = ctx;
  for (let t = from; t < Math.min(from + 2, a.sentence.words.length); t++) {
    const w = a.vgAt[t];
    if (w >= 0) return a.vgs[w].infinitive;
    if (a.sentence.pos[t] !== 'ADV') return false;
  }
  return false;
}

function complementPhrase(ctx: SentenceContext, v: number, code: string, from: number, source: number, consumed = from, patternWords: Set<number> = new Set()): number {
  const { a } = ctx;
  const s = a.sentence;
  for (let t = from; t < s.words.length; t++) {
    // "…, the Thai army said": the reporting clause after a comma is not the verb's complement.
    if (s.words[t] === ',' && reportingClauseAfter(ctx, t)) return -1;
    // "…, killing four civilians": a participle clause after a comma says what followed, not with whom.
    if (s.words[t] === ',' && t + 1 < s.words.length && a.vgAt[t + 1] >= 0 && a.vgs[a.vgAt[t + 1]].start === t + 1 && a.vgs[a.vgAt[t + 1]].nonFinite) return -1;
    // Words the pattern itself matched ("abandon improved relations") are not clause boundaries.
    if (t >= consumed && CLAUSE_END.has(s.lower[t])) return -1;
    const w = a.vgAt[t];
    if (t >= consumed && w >= 0 && w !== v && !a.vgs[w].infinitive && !a.vgs[w].nonFinite && s.pos[a.vgs[w].head] === 'VERB') return -1;
    const p = ctx.phraseAt[t];
    // The subject of an embedded clause starts another proposition, not this verb's target.
    if (p >= 0 && !ctx.k.conventions.clauseTargets && !CLAUSE_TARGET_ROOTS.has(code.slice(0, 2)) && subjectOfClause(ctx, p, v)) return -1;
    // The pattern's own words ("deployed troops") are the event, not its target.
    // "deploying a carrier and a bomber task force to … send a message to Iran": in a show of force the
    // actor's own forces with no country of their own are its instruments, not its target.
    if (p >= 0 && POSTURE_ROOTS.has(code.slice(0, 2)) && ownForces(ctx, p)) continue;
    if (p >= 0 && WH_WORDS.has(s.lower[ctx.phrases[p].start])) return -1;
    if (p >= 0 && p !== source && !namedByPattern(ctx, p, patternWords) && namesActor(ctx, p) &&
      (!placeInPP(ctx, p) || placeIsTarget(code)) && !gatheringInPP(ctx, p)) return p;
  }
  return -1;
}

/** True when phrase `p` is directly followed by a finite verb other than `v`: it is a clause's subject. */
function subjectOfClause(ctx: SentenceContext, p: number, v: number): boolean {
  const { a } = ctx;
  let t = ctx.phrases[p].end;
  while (t < a.sentence.words.length && a.sentence.pos[t] === 'ADV') t++;
  const w = t < a.sentence.words.length ? a.vgAt[t] : -1;
  return w >= 0 && w !== v && !a.vgs[w].infinitive && !a.vgs[w].nonFinite && a.vgs[w].start === t;
}

/** True when a reporting verb ("said", "told") follows within a few tokens after position `t`. */
function reportingClauseAfter(ctx: SentenceContext, t: number): boolean {
  const { a } = ctx;
  for (let u = t + 1; u < a.sentence.words.length && u <= t + 8; u++) {
    const w = a.vgAt[u];
    if (w >= 0) return REPORTING_VERBS.has(a.vgs[w].lemma);
  }
  return false;
}

/** Agents a pattern may name as its instrument: the actor's own forces, police or envoys. */
const INSTRUMENTS = new Set(['MIL', 'COP', 'GOV', 'SPY', 'UAF', 'REB', 'INS']);
/** Roots of shows of force, whose complement lists the forces shown: force posture. */
const POSTURE_ROOTS = new Set(['15']);

/** True when phrase `p` names only forces with no country or organisation of their own ("a task force"). */
function ownForces(ctx: SentenceContext, p: number): boolean {
  const mentions = ctx.resolved[p];
  return mentions.length > 0 && mentions.every((m) => !m.entity && !m.code.country && !m.code.org && m.code.agents.every((a) => INSTRUMENTS.has(a)));
}

/**
 * True when every actor of a phrase is named by words the pattern itself matched and is the actor's
 * instrument ("deployed troops", "sent diplomats"). People a pattern acts on ("freed political prisoners",
 * "expelled refugees") stay its target.
 */
function namedByPattern(ctx: SentenceContext, p: number, patternWords: Set<number>): boolean {
  const mentions = ctx.resolved[p];
  return mentions.length > 0 && mentions.every((m) => {
    if (m.code.agents.some((a) => !INSTRUMENTS.has(a))) return false;
    const core = m.core ?? m;
    for (let t = core.start; t < core.end; t++) if (!patternWords.has(t)) return false;
    return true;
  });
}

/** Nouns for occasions: "on the sidelines of the G20 summit" says when, not with whom. */
const GATHERINGS = new Set([
  'summit', 'meeting', 'conference', 'session', 'forum', 'gathering', 'ceremony', 'celebration', 'sideline',
  'talk', 'congress', 'convention', 'visit', 'trip', 'tour', 'festival', 'parade', 'funeral', 'inauguration',
]);

/** True when phrase `p` sits in a prepositional phrase and names an occasion ("at the NATO summit"). */
function gatheringInPP(ctx: SentenceContext, p: number): boolean {
  const phrase = ctx.phrases[p];
  return phrase.inPP !== null && phrase.inPP !== undefined && GATHERINGS.has(ctx.a.sentence.lemmas[phrase.head]);
}

/** Mentions of places as their state: a capital hit by an attack is the country, not its government. */
function asPlace(mentions: ActorMention[]): ActorMention[] {
  return mentions.map((m) => m.entity && isCapital(m.entity) && m.code.country
    ? { ...m, code: { code: m.code.country, country: m.code.country, org: null, agents: [] } }
    : m);
}

/**
 * An actor acting on itself: the same code, or a state and its government ("the Kremlin declined to
 * comment on reports that Russia …"). Other agents of one country ("Kenyan police" and "Kenyan
 * protesters", "Russia praised Russian troops") make a domestic event and stay.
 */
function selfEvent(src: ActorMention, tgt: ActorMention, code: string): boolean {
  if (tgt.code.code === src.code.code) return true;
  // "Israelis rallied against the government", "Iran cracked down on Iranians": protest and repression
  // are a country's own affair.
  if (DOMESTIC_ROOTS.has(code.slice(0, 2))) return false;
  const same = (src.code.country !== null && src.code.country === tgt.code.country) || (src.code.org !== null && src.code.org === tgt.code.org);
  const stateOrGov = (m: ActorMention) => m.code.agents.length === 0 || (m.code.agents.length === 1 && m.code.agents[0] === 'GOV');
  return same && stateOrGov(src) && stateOrGov(tgt);
}

/** A mention with a country, organisation or named entity (not a bare agent). */
function named(m: ActorMention): boolean {
  return m.entity !== null || m.code.country !== null || m.code.org !== null;
}

/** Whether a phrase names at least one actor (see {@link mentionsOf}). */
function namesActor(ctx: SentenceContext, p: number): boolean {
  return mentionsOf(ctx, p).length > 0;
}

/** A phrase's actors: resolved mentions, the quote speaker for "we", or the agent of an event noun. */
export function mentionsOf(ctx: SentenceContext, p: number): ActorMention[] {
  const phrase = ctx.phrases[p];
  const s = ctx.a.sentence;
  if (phrase.pronoun && FIRST_PERSON.has(s.lower[phrase.head]) && ctx.speaker) {
    const { sentence, text } = ctx.speaker;
    return ctx.speaker.mentions.map((m) => ({ ...m, start: phrase.start, end: phrase.end, resolvedFrom: { sentence, text, how: 'speaker' } }));
  }
  if (ctx.resolved[p].length) return ctx.resolved[p];
  return nominalAgent(ctx, p);
}

/** "the strike ordered by Trump" / "the US strike": the doer of an event noun, standing for the noun. */
function nominalAgent(ctx: SentenceContext, p: number): ActorMention[] {
  const phrase = ctx.phrases[p];
  const lemma = ctx.a.sentence.lemmas[phrase.head];
  if (!ctx.k.nounPatterns.has(lemma)) return [];
  const by = findByAgent(ctx, null, phrase.end, 8);
  return by >= 0 && by !== p ? ctx.resolved[by] : [];
}

/** Event nouns: "US airstrikes on Syria", "Russia's invasion of Ukraine", "a strike ordered by Trump". */
function codeNominals(ctx: SentenceContext, out: EventCandidate[], contentFrom: number): void {
  const { a, k } = ctx;
  const s = a.sentence;
  for (const np of a.nps) {
    // "urged the ELN to accept mediation by Cuba": what is asked for has not happened.
    if (np.start >= contentFrom && !s.words.slice(contentFrom, np.start).includes(';')) continue;
    const patterns = k.nounPatterns.get(s.lemmas[np.head]);
    if (!patterns) continue;
    const match = matchPatterns(ctx, patterns, np.head, np.head + 1, { passive: false, negated: false, hasActor: (p) => namesActor(ctx, p) });
    if (!match) continue;
    const anchorStart = np.head + 1 - match.pattern.anchor.split(' ').length;
    let sources: ActorMention[] = [];
    if (match.source >= 0) sources = mentionsOf(ctx, match.source);
    else {
      const own = ctx.phraseAt[np.head];
      if (own >= 0) sources = ctx.resolved[own].filter((m) => (m.core ?? m).end <= anchorStart && !m.resolvedFrom);
      if (sources.length === 0) {
        const by = findByAgent(ctx, null, match.end, 8);
        if (by >= 0) sources = ctx.resolved[by];
      }
    }
    const wantsTarget = match.pattern.after.some((e) => e.kind === 'target');
    const targets = match.target >= 0 ? mentionsOf(ctx, match.target) : [];
    if (wantsTarget && targets.length === 0) continue;
    const base = { code: match.pattern.code, pattern: match.pattern, trigger: { start: anchorStart, end: np.head + 1 }, negated: false, modality: 'asserted' as Modality, confidence: 0.6 };
    pairUp(ctx, out, base, sources, wantsTarget ? targets : [null]);
  }
}

function dedupe(events: EventCandidate[]): EventCandidate[] {
  const seen = new Set<string>();
  // "Netanyahu rejected the proposal and the talks": an event with no target repeats, with less to say, one
  // of the same actor and root that has one.
  const withTarget = new Set(events.filter((e) => e.target).map((e) => `${e.source.code.code}|${e.code.slice(0, 2)}|${e.negated}`));
  return events.filter((e) => {
    if (!e.target && withTarget.has(`${e.source.code.code}|${e.code.slice(0, 2)}|${e.negated}`)) return false;
    const key = `${e.source.code.code}|${e.target?.code.code ?? ''}|${e.code}|${e.negated}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
