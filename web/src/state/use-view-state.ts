/**
 * @module web/state/use-view-state
 * `useViewState()`: the view state kept in the page URL. Changing it pushes a history entry (or
 * replaces the current one); the back and forward buttons restore earlier states.
 */
import { useCallback, useEffect, useState } from 'react';
import { formatViewState, parseViewState, type ViewState } from './filters';

/** How a change is recorded in the browser history. */
export type HistoryMode = 'push' | 'replace';

/** The view state and its setter (which writes the URL). */
export function useViewState(): [ViewState, (next: ViewState, mode?: HistoryMode) => void] {
  const [state, setState] = useState<ViewState>(() => parseViewState(window.location.search));

  useEffect(() => {
    const onPop = () => setState(parseViewState(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const update = useCallback((next: ViewState, mode: HistoryMode = 'push') => {
    const url = `${window.location.pathname}${formatViewState(next)}${window.location.hash}`;
    if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`) {
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setState(next);
  }, []);

  return [state, update];
}
