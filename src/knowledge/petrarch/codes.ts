/**
 * @module knowledge/petrarch/codes
 * PETRARCH actor and event codes: structure an actor code, recognise null codes, split paired event codes.
 */
import type { ActorKind } from '../../model/record.js';
import type { DatedActorCode } from '../../model/knowledge.js';

/**
 * PETRARCH's null actor code. An actor coded `---` is recognised (its phrase is consumed) but has no code;
 * PETRARCH writes it as `---` in events, also as the prefix of an unattached agent (`---GOV`).
 */
export const NULL_CODE = '---';

/** Codes that are not real actor codes but are written through literally (`---`, `+++`, the old TABARI `###`). */
export function isPlaceholderCode(code: string): boolean {
  return /^(-{3}|\+{3}|#{3})$/.test(code);
}

/** Three-letter CAMEO prefixes that are not countries. */
const NON_COUNTRY = new Set([
  'IGO', 'NGO', 'NGM', 'IMG', 'MNC', 'UIS', 'INT', 'REG',
  'BUD', 'CHR', 'CON', 'HIN', 'JAN', 'JEW', 'MOS', 'PAG', 'SHN', 'SIK', 'TAO', 'ZRO',
]);

/** The country part of an actor code: its first three letters when they look like a country code. */
export function countryOf(code: string): string | null {
  if (code.includes('/') || isPlaceholderCode(code)) return null;
  const prefix = code.slice(0, 3);
  return /^[A-Z]{3}$/.test(prefix) && !NON_COUNTRY.has(prefix) ? prefix : null;
}

/**
 * The kind of actor a code names: `igo` (IGO…), `ngo` (NGO…, NGM…), `group` for other codes without a
 * country (IMG…, MNC…, `---`, `+++`, compound codes like `ELR/GAL`), else `state`.
 */
export function kindOf(code: string): ActorKind {
  if (code.startsWith('IGO')) return 'igo';
  if (code.startsWith('NGO') || code.startsWith('NGM')) return 'ngo';
  return countryOf(code) ? 'state' : 'group';
}

/** A dated actor code in Lucca's structure (`org` null and `agents` empty: PETRARCH codes are opaque). */
export function datedCode(code: string, from: string | null = null, to: string | null = null): DatedActorCode {
  return { code, country: countryOf(code), org: null, agents: [], from, to };
}

export { splitPairedCode } from '../../model/event-codes.js';
