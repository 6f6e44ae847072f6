import { useSearchState } from './useSearchState';

const tabKeys = ['tab'] as const;

/**
 * The open tab of a record's page, kept in the address (`?tab=`) so Back and a link return to it.
 * The first tab is the default and leaves the address clean; an unknown value opens the first.
 */
export function useRecordTab<K extends string>(tabs: readonly [K, ...K[]]): [K, (tab: K) => void] {
  const [search, setSearch] = useSearchState(tabKeys);
  const tab = tabs.find((candidate) => candidate === search.tab) ?? tabs[0];
  return [tab, (next) => setSearch({ tab: next === tabs[0] ? null : next })];
}
