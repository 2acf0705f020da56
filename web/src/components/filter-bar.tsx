/**
 * @module web/components/filter-bar
 * The filter form: actor (either side), source, target, CAMEO code or root, PLOVER type, dates and
 * words of the evidence sentence. Applied on submit; actor fields suggest codes from `/api/actors`.
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { apiUrl } from '../api/client';
import { PLOVER_TYPES, type ActorSummary } from '../api/types';
import { useApi } from '../api/use-api';
import { EMPTY_FILTERS, FILTER_KEYS, normalizeValue, type FilterKey, type Filters } from '../state/filters';

/** Props of {@link FilterBar}. */
export interface FilterBarProps {
  filters: Filters;
  onApply: (filters: Filters) => void;
}

/** Wait `ms` after the last change of `value` before passing it on. */
function useDebounced<T>(value: T, ms: number): T {
  const [out, setOut] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setOut(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return out;
}

/** Dates are typed as ISO dates (the API's and the data's form, whatever the browser's locale). */
export const DATE_INPUT = { placeholder: 'YYYY-MM-DD', pattern: '\\d{4}-\\d{2}-\\d{2}', inputMode: 'numeric', maxLength: 10, autoComplete: 'off', title: 'A date as YYYY-MM-DD' } as const;

const ACTOR_HINT = 'A CAMEO actor code (IRN, IGONATO, USAGOV); end with * for every code that starts so (IRN* = IRN, IRNGOV, IRNMIL…).';

/** The filter bar. Its fields follow `filters` when they change elsewhere (a click in the network). */
export function FilterBar({ filters, onApply }: FilterBarProps) {
  const [draft, setDraft] = useState<Filters>(filters);
  const [focused, setFocused] = useState<FilterKey | null>(null);
  useEffect(() => setDraft(filters), [filters]);
  const id = useId();

  // Suggestions for the actor field being typed in.
  const typed = focused === 'actor' || focused === 'source' || focused === 'target' ? draft[focused].replace(/\*$/, '').trim() : '';
  const query = useDebounced(typed, 200);
  const { data: actors } = useApi<{ actors: ActorSummary[] }>(query ? apiUrl('/api/actors', { q: query, limit: 15 }) : null);

  const set = (key: FilterKey) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = { ...EMPTY_FILTERS };
    for (const key of FILTER_KEYS) next[key] = normalizeValue(key, draft[key]);
    onApply(next);
  };
  const clear = () => {
    setDraft(EMPTY_FILTERS);
    onApply(EMPTY_FILTERS);
  };
  const actorField = (key: 'actor' | 'source' | 'target', label: string, placeholder: string) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={key}
        value={draft[key]}
        onChange={set(key)}
        onFocus={() => setFocused(key)}
        list={`${id}-actors`}
        placeholder={placeholder}
        title={ACTOR_HINT}
        autoComplete="off"
        spellCheck={false}
        pattern="[A-Za-z0-9_\-]{1,64}\*?"
      />
    </label>
  );

  return (
    <form className="filter-bar" role="search" aria-label="Filter events" onSubmit={submit}>
      {actorField('actor', 'Actor (either side)', 'IRN or IRN*')}
      {actorField('source', 'Source', 'e.g. USA')}
      {actorField('target', 'Target', 'e.g. VEN*')}
      <datalist id={`${id}-actors`}>
        {(actors?.actors ?? []).map((a) => (
          <option key={a.code} value={a.code}>{`${a.name ?? a.code} — ${a.events} events`}</option>
        ))}
      </datalist>
      <label className="field narrow">
        <span>CAMEO</span>
        <input name="cameo" value={draft.cameo} onChange={set('cameo')} placeholder="02 or 0253" inputMode="numeric" pattern="\d{2,4}(,\d{2,4})*" title="CAMEO codes or roots, comma-separated: 02 matches every code of root 02." autoComplete="off" />
      </label>
      <label className="field">
        <span>PLOVER</span>
        <select name="plover" value={draft.plover} onChange={set('plover')}>
          <option value="">any type</option>
          {PLOVER_TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <input name="from" value={draft.from} onChange={set('from')} {...DATE_INPUT} />
      </label>
      <label className="field">
        <span>To</span>
        <input name="to" value={draft.to} onChange={set('to')} {...DATE_INPUT} />
      </label>
      <label className="field wide">
        <span>Words in the sentence</span>
        <input name="q" type="search" value={draft.q} onChange={set('q')} placeholder={'sanctions, "peace plan", nucl*'} maxLength={500} />
      </label>
      <div className="buttons">
        <button type="submit" className="primary">Apply</button>
        <button type="button" onClick={clear}>Clear</button>
      </div>
    </form>
  );
}
