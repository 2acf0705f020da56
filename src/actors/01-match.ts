/**
 * @module actors/01-match
 * Dictionary look-up: the longest actor, agent and discard phrases in a sentence (pure; no resolution).
 */
import type { Knowledge, TrieNode } from '../knowledge/compile.js';
import { isCapitalized, tokenKey } from '../knowledge/phrase.js';
import type { ActorEntry, AgentEntry } from '../model/knowledge.js';
import type { Sentence } from '../model/story.js';

/** One dictionary match over tokens `[start, end)`. */
export interface PhraseMatch {
  start: number;
  end: number;
  actor: ActorEntry | null;
  agent: AgentEntry | null;
}

/** All matches of one sentence, and whether a discard phrase was seen. */
export interface SentenceMatches {
  matches: PhraseMatch[];
  discard: 'none' | 'sentence' | 'story';
}

/** The matching keys of a sentence's tokens. */
export function sentenceKeys(s: Sentence): string[] {
  return s.words.map(tokenKey);
}

/**
 * Find the longest dictionary phrases, left to right, without overlaps. A phrase ending in an actor wins
 * over a shorter agent phrase and vice versa by length; acronyms marked exact only match capitals.
 */
export function matchPhrases(s: Sentence, keys: string[], k: Knowledge): SentenceMatches {
  const matches: PhraseMatch[] = [];
  let discard: SentenceMatches['discard'] = 'none';
  const n = keys.length;
  const longestAt = (i: number): PhraseMatch | null => {
    let cur: TrieNode | undefined = k.trie;
    let best: PhraseMatch | null = null;
    for (let j = i; j < n; j++) {
      cur = cur.next.get(keys[j]) ?? (j > i ? cur.next.get(s.lemmas[j]) : undefined);
      if (!cur) break;
      if (cur.discard) discard = cur.discard.story ? 'story' : discard === 'story' ? 'story' : 'sentence';
      const actor = cur.actor && (!cur.actor.exact || allCapital(s, i, j + 1)) ? cur.actor.entry : null;
      if (actor || cur.agent) best = { start: i, end: j + 1, actor, agent: cur.agent ?? null };
    }
    return best;
  };
  let i = 0;
  while (i < n) {
    const best = longestAt(i);
    // "The Sudan Liberation Movement": a phrase begun by "the" ("the Sudan") gives way to a longer one
    // starting right after it.
    if (best && keys[i] === 'the' && i + 1 < n) {
      const next = longestAt(i + 1);
      if (next && next.end > best.end) { i++; continue; }
    }
    if (best) {
      matches.push(best);
      i = best.end;
    } else {
      i++;
    }
  }
  return { matches, discard };
}

function allCapital(s: Sentence, start: number, end: number): boolean {
  for (let t = start; t < end; t++) if (!isCapitalized(s.words[t])) return false;
  return true;
}
