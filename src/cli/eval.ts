/** @module cli/eval (wired to src/eval once the gold readers land) */
import type { Io } from './code.js';
export async function runEval(_gold: string, _o: unknown, io: Io): Promise<number> { io.err('eval: not yet wired\n'); return 1; }
