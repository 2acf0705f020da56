/**
 * @module web/api/use-api
 * `useApi(url)`: a React hook that fetches a JSON resource whenever its URL changes, aborts the request
 * it replaces, and keeps the last answer on screen while the next one loads. An answer the entry point
 * prefetched for the same URL is used once.
 */
import { useEffect, useRef, useState } from 'react';
import { getJson } from './client';
import { prefetchedValue, takePrefetched } from './urls';

/** What {@link useApi} returns. */
export interface ApiState<T> {
  /** The last answer (kept while a new URL loads). */
  data: T | undefined;
  /** The error of the last request, if it failed. */
  error: string | undefined;
  /** True while a request is in flight. */
  loading: boolean;
  /** The URL `data` answers. */
  url: string | undefined;
}

/** Fetch `url` (nothing when it is null) and follow its changes. */
export function useApi<T>(url: string | null): ApiState<T> {
  const [state, setState] = useState<ApiState<T>>(() => {
    // An answer that arrived before the first render is shown by it.
    const ready = url === null ? undefined : prefetchedValue<T>(url);
    return ready === undefined ? { data: undefined, error: undefined, loading: url !== null, url: undefined } : { data: ready, error: undefined, loading: false, url: url! };
  });
  // The URL whose answer the first render already showed: no request for it.
  const shown = useRef(state.url);
  useEffect(() => {
    if (url !== null && url === shown.current) {
      shown.current = undefined;
      takePrefetched(url);
      return;
    }
    if (url === null) {
      setState({ data: undefined, error: undefined, loading: false, url: undefined });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true, error: undefined }));
    (takePrefetched<T>(url) ?? getJson<T>(url, controller.signal)).then(
      (data) => setState({ data, error: undefined, loading: false, url }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((s) => ({ ...s, error: error instanceof Error ? error.message : String(error), loading: false }));
      },
    );
    return () => controller.abort();
  }, [url]);
  return state;
}
