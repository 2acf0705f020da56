/**
 * @module web/components/code-box
 * "Code this text": posts text (and an optional date) to `/api/code` and shows the records coded from
 * it, with their evidence highlighted. Nothing is stored.
 */
import { useRef, useState, type FormEvent } from 'react';
import { ApiError, postJson } from '../api/client';
import type { CodeResult } from '../api/types';
import { EventHeader, EventRows } from './event-rows';
import { DATE_INPUT } from './filter-bar';

const EXAMPLE = 'The European Union urged Iran to restore full access for inspectors. Israel accused Hamas of violating the ceasefire.';

/** The "code this text" panel. */
export function CodeBox() {
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [result, setResult] = useState<CodeResult>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const pending = useRef<AbortController | null>(null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setError('text: type or paste some text to code');
      return;
    }
    pending.current?.abort();
    const controller = new AbortController();
    pending.current = controller;
    setBusy(true);
    setError(undefined);
    try {
      setResult(await postJson<CodeResult>('/api/code', date ? { text, date } : { text }, controller.signal));
    } catch (err) {
      if (!controller.signal.aborted) setError(err instanceof ApiError || err instanceof Error ? err.message : String(err));
    } finally {
      if (pending.current === controller) setBusy(false);
    }
  };

  return (
    <section className="panel code-box" aria-labelledby="code-heading">
      <div className="panel-head">
        <h2 id="code-heading">Code this text</h2>
        <p className="muted">Coded on the fly with the server's dictionaries; nothing is stored.</p>
      </div>
      <form onSubmit={submit}>
        <label className="field wide">
          <span>Text</span>
          <textarea name="text" rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder={EXAMPLE} />
        </label>
        <div className="row">
          <label className="field">
            <span>Story date (optional)</span>
            <input name="date" value={date} onChange={(e) => setDate(e.target.value.trim())} {...DATE_INPUT} />
          </label>
          <div className="buttons">
            <button type="submit" className="primary" disabled={busy}>{busy ? 'Coding…' : 'Code this text'}</button>
            <button type="button" onClick={() => setText(EXAMPLE)}>Use an example</button>
          </div>
        </div>
      </form>
      {error ? <p role="alert" className="error">{error}</p> : null}
      {result ? (
        <div className="code-result" aria-live="polite" data-events={result.events.length}>
          <p>
            {result.sentences} {result.sentences === 1 ? 'sentence' : 'sentences'}, {result.events.length} {result.events.length === 1 ? 'event' : 'events'}.
          </p>
          {result.warnings.length ? <ul className="warnings">{result.warnings.map((w) => <li key={w}>{w}</li>)}</ul> : null}
          {result.events.length ? (
            <>
              <div className="table-wrap">
                <table className="event-table">
                  <caption className="visually-hidden">Events coded from the text</caption>
                  <EventHeader />
                  <EventRows events={result.events} />
                </table>
              </div>
              <details>
                <summary>The records as JSONL</summary>
                <pre className="jsonl">{result.events.map((r) => JSON.stringify(r)).join('\n')}</pre>
              </details>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
