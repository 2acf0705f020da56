/**
 * @module model/event-codes
 * Event codes as dictionaries write them: a plain CAMEO code (`051`), a paired code (`043:042` — the
 * first from source to target, the second back), or a placeholder (`---`) that matches but codes nothing.
 */

/** Split a paired code; either side may be null. */
export function splitPairedCode(code: string): { forward: string | null; reverse: string | null } {
  const colon = code.indexOf(':');
  if (colon < 0) return { forward: code, reverse: null };
  return { forward: code.slice(0, colon) || null, reverse: code.slice(colon + 1) || null };
}

/** True for a code that makes an event (starts with a digit); `---`, `+++` and the like make none. */
export function isEventCode(code: string | null): code is string {
  return code !== null && /^\d/.test(code);
}
