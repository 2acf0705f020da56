/**
 * @module cli/dict
 * `lucca dict check [DIR]`: validate a dictionary directory (Lucca's native format, or PETRARCH's) and list
 * every bad entry with its file and line, then the sizes of what it defines.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BUILTIN_DATA_DIR, checkNativeDictionary, type DictFinding } from '../knowledge/index.js';
import { readPetrarchDictionaries, petrarchKind } from '../knowledge/petrarch/index.js';
import { LuccaError } from '../model/errors.js';
import type { Io } from './code.js';

/** Options of `lucca dict check`. */
export interface DictCheckOptions {
  dictFormat?: string;
  json?: boolean;
  /** Also fail (exit 1) on warnings. */
  strict?: boolean;
}

function line(f: DictFinding): string {
  const place = f.file ? `${f.file}${f.line ? `:${f.line}` : ''}: ` : '';
  return `${place}${f.severity} ${f.code}: ${f.message}\n`;
}

/** Run `lucca dict check`. Exit 1 when an entry is bad (or, with --strict, when there is any warning). */
export function runDictCheck(dir: string | undefined, o: DictCheckOptions, io: Io): number {
  const format = o.dictFormat ?? 'lucca';
  let findings: DictFinding[];
  let summary: Record<string, number>;
  if (format === 'lucca') {
    const report = checkNativeDictionary(dir ?? BUILTIN_DATA_DIR);
    findings = report.findings;
    summary = { ...report.sizes, loadMs: Math.round(report.loadMs) };
  } else if (format === 'petrarch') {
    if (!dir) throw new LuccaError('OPTION_INVALID', 'dict check --dict-format petrarch needs a directory');
    ({ findings, summary } = checkPetrarch(dir));
  } else {
    throw new LuccaError('OPTION_INVALID', `unknown --dict-format "${format}" (use lucca or petrarch)`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  if (o.json) {
    io.out(JSON.stringify({ dir: dir ?? BUILTIN_DATA_DIR, errors, warnings, findings, sizes: summary }, null, 2) + '\n');
  } else {
    for (const f of findings) io.out(line(f));
    io.out(`${dir ?? BUILTIN_DATA_DIR}: ${errors} error(s), ${warnings} warning(s)\n`);
    io.out(Object.entries(summary).map(([k, v]) => `  ${k}: ${v}`).join('\n') + '\n');
  }
  return errors > 0 || (o.strict && warnings > 0) ? 1 : 0;
}

/**
 * PETRARCH files are read one by one, so one file's syntax error does not hide another's; the problems
 * PETRARCH itself tolerates are warnings.
 */
function checkPetrarch(dir: string): { findings: DictFinding[]; summary: Record<string, number> } {
  const paths = statSync(dir).isDirectory() ? readdirSync(dir).sort().map((f) => join(dir, f)) : [dir];
  const findings: DictFinding[] = [];
  const toFinding = (e: LuccaError, severity: DictFinding['severity']): DictFinding =>
    ({ severity, code: e.code, message: e.message, file: e.file ?? null, line: e.line ?? null });
  const summary = { files: 0, actors: 0, agents: 0, patterns: 0, discards: 0, negations: 0 };
  for (const path of paths.filter((p) => /\.txt$/i.test(p) && petrarchKind(p))) {
    summary.files++;
    try {
      const source = readPetrarchDictionaries([{ path, text: readFileSync(path, 'utf8') }], {
        onProblem: (p) => findings.push(toFinding(p, 'warning')),
      });
      summary.actors += source.actors.length;
      summary.agents += source.agents.length;
      summary.patterns += source.patterns.length;
      summary.discards += source.discards.length;
      summary.negations += source.negations?.size ?? 0;
    } catch (e) {
      if (!(e instanceof LuccaError)) throw e;
      findings.push(toFinding(e, 'error'));
    }
  }
  if (summary.files === 0) {
    findings.push({ severity: 'error', code: 'DICT_MISSING', message: 'no PETRARCH dictionaries (*verbs*.txt, *actors*.txt, *agents*.txt, *discards*.txt)', file: dir, line: null });
  }
  return { findings, summary };
}
