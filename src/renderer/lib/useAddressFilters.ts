import { filterBinders } from './filterBinders';
import { useSearchState } from './useSearchState';

/**
 * The filters of a list that keeps them in the address without `useListPage` (a list read whole,
 * or one that pages itself): their values, what the filter fields are given (`bind`, `bindSearch`,
 * `bindSwitch`) and `ListPage`'s filter state (`<ListPage {...filters.frame}>`). `onChange` runs
 * after every change of a filter (a paged list goes back to its first page). `keys` must be a stable
 * (module-level) array.
 */
export function useAddressFilters<K extends string>(keys: readonly K[], onChange?: () => void) {
  const [values, setValues] = useSearchState(keys);
  const setFilter = (patch: Partial<Record<K, string | null>>) => {
    setValues(patch);
    onChange?.();
  };
  return {
    values,
    setFilter,
    ...filterBinders(values, setFilter),
    frame: {
      filtered: Object.keys(values).length > 0,
      onClear: () => setFilter(Object.fromEntries(keys.map((key) => [key, null])) as Record<K, null>),
    },
  };
}
