/**
 * @module bench/corpus
 * A generated wire-style corpus for the benchmark: stories of template sentences over real country names,
 * with a share of sentences that carry no event. Deterministic for a given seed.
 */
import type { Story } from '../model/story.js';

const ACTORS = [
  'Russia', 'Iran', 'Syria', 'France', 'Germany', 'China', 'Japan', 'Turkey', 'Egypt', 'Israel', 'Ukraine',
  'the United States', 'Britain', 'Italy', 'Canada', 'India', 'Pakistan', 'Saudi Arabia', 'Qatar', 'Brazil',
];
const MODIFIED = ['Russian troops', 'Syrian rebels', 'Iranian officials', 'the Turkish foreign minister', 'French police', 'Israeli forces', 'the Egyptian government', 'Ukrainian soldiers'];
const TEMPLATES = [
  '{A} urged {B} to return to talks on {D}.',
  '{A} condemned the attack on {B} on {D}.',
  'Officials in {A} said {B} had imposed new sanctions on {C}.',
  '{M} launched airstrikes against {B}, officials said.',
  'The foreign minister of {A} met his counterpart from {B} in Geneva on {D}.',
  '"We call on {B} to stop the violence," {A} said in a statement.',
  '{A} accused {B} of violating the ceasefire.',
  '{A} and {B} signed an agreement on trade and energy cooperation.',
  '{M} were not deployed near the border, a spokesman said.',
  'Markets in {A} rose for a third day as investors weighed the outlook.',
  'The weather remained mild across the region through the weekend.',
  '{A} will host a summit with {B} next month, the ministry said.',
  '{A} praised {B} for its role in the negotiations.',
  '{M} arrested dozens of protesters in the capital of {A}.',
  'Analysts said the decision by {A} was unlikely to change much before the elections.',
];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** A small linear congruential generator so the corpus is the same on every run. */
function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return x / 2 ** 32;
  };
}

/** Generate `sentences` sentences split into stories of `perStory` sentences. */
export function generateCorpus(sentences: number, perStory = 12, seed = 7): Story[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const stories: Story[] = [];
  for (let s = 0; s * perStory < sentences; s++) {
    const lines: string[] = [];
    for (let i = 0; i < perStory && s * perStory + i < sentences; i++) {
      const a = pick(ACTORS);
      let b = pick(ACTORS);
      while (b === a) b = pick(ACTORS);
      lines.push(pick(TEMPLATES).replace('{A}', a).replace('{B}', b).replace('{C}', pick(ACTORS)).replace('{M}', pick(MODIFIED)).replace('{D}', pick(DAYS)));
    }
    const text = lines.map((l) => l.charAt(0).toUpperCase() + l.slice(1)).join(' ');
    stories.push({ id: `bench-${s}`, text, date: '2024-03-15' });
  }
  return stories;
}
