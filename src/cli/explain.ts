/**
 * @module cli/explain
 * `lucca explain "sentence"`: what the coder saw — tokens and tags, chunks, dictionary matches, actor
 * phrases and the pattern behind each event.
 */
import type { AnalysedSentence } from '../model/analysis.js';
import { createCoder } from '../pipeline/coder.js';
import type { Io } from './code.js';
import { loadKnowledgeFromOptions, type KnowledgeOptions } from './knowledge-options.js';

function span(a: AnalysedSentence, start: number, end: number): string {
  return a.sentence.words.slice(start, end).join(' ');
}

/** Run `lucca explain`. */
export async function runExplain(text: string, o: KnowledgeOptions & { date?: string }, io: Io): Promise<number> {
  const coder = createCoder(await loadKnowledgeFromOptions(o, (w) => io.err(`lucca: warning: ${w}\n`)), { keepNegated: true });
  const result = coder.codeStory({ id: 'explain', text, date: o.date ?? null }, { trace: true });
  const lines: string[] = [];
  for (const t of result.trace ?? []) {
    const a = t.analysed;
    const s = a.sentence;
    lines.push(`sentence ${s.index}: ${s.text}`);
    lines.push('  tokens: ' + s.words.map((w, i) => `${w}/${s.pos[i]}`).join(' '));
    lines.push('  noun phrases: ' + a.nps.map((np) => `[${span(a, np.start, np.end)}]`).join(' '));
    lines.push('  verb groups: ' + a.vgs.map((vg) => `[${span(a, vg.start, vg.end)}]→${vg.lemma}${vg.passive ? ' passive' : ''}${vg.negated ? ' negated' : ''}${vg.modality !== 'asserted' ? ' ' + vg.modality : ''}`).join(' '));
    for (const m of t.matches) {
      const what = m.actor ? `actor ${m.actor.id} (${m.actor.origin.file.split('/').slice(-2).join('/')}:${m.actor.origin.line})` : `agent ${m.agent!.code}`;
      lines.push(`  match: "${span(a, m.start, m.end)}" → ${what}`);
    }
    for (const p of t.phrases) {
      if (p.mentions.length) lines.push(`  actor phrase: "${span(a, p.start, p.end)}" → ${p.mentions.map((m) => m.code.code).join(', ')}`);
    }
    if (t.discarded) lines.push('  discarded by a discard phrase');
    for (const c of t.candidates) {
      const why = c.pattern ? `pattern "${c.pattern.text}" [${c.pattern.code}] (${c.pattern.origin.file.split('/').slice(-2).join('/')}:${c.pattern.origin.line})` : 'bare verb code';
      const res = (m: typeof c.source) => m.resolvedFrom ? ` (resolved by ${m.resolvedFrom.how} from "${m.resolvedFrom.text}")` : '';
      lines.push(`  EVENT ${c.source.code.code}${res(c.source)} → ${c.target?.code.code ?? '—'}${c.target ? res(c.target) : ''} ${c.code}` +
        `${c.negated ? ' NEGATED (dropped)' : ''}${c.modality !== 'asserted' ? ' ' + c.modality : ''} via ${why}`);
    }
    lines.push('');
  }
  io.out(lines.join('\n') + '\n');
  return 0;
}
