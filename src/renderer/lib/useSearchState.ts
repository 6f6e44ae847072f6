import { useCallback, useLayoutEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';

/**
 * Filter state kept in the URL, so going back (or following a link) restores the same view.
 * Empty values are removed from the URL. `keys` must be a stable (module-level) array.
 *
 * Every update starts from the newest address, also when it comes from a callback created in an
 * earlier render (a DataGrid holds on to its handlers) or right after another update in the same
 * event: each patch is applied to what the last one left, never to a stale copy.
 */
export function useSearchState<K extends string>(
  keys: readonly K[],
): [Partial<Record<K, string>>, (patch: Partial<Record<K, string | undefined | null>>) => void] {
  const [params, setParams] = useSearchParams();
  const serialised = params.toString();
  const latest = useRef(serialised);
  useLayoutEffect(() => {
    latest.current = serialised;
  }, [serialised]);
  const state = useMemo(() => {
    const current = new URLSearchParams(serialised);
    const values: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = current.get(key);
      if (value) values[key] = value;
    }
    return values;
  }, [serialised, keys]);

  const update = useCallback(
    (patch: Partial<Record<K, string | undefined | null>>) => {
      const next = new URLSearchParams(latest.current);
      for (const [key, value] of Object.entries(patch) as Array<[K, string | undefined | null]>) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      latest.current = next.toString();
      setParams(next, { replace: true });
    },
    [setParams],
  );
  return [state, update];
}
