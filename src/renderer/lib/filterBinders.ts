/** What a list's filter fields are given by address name: a filter's value and change. */
export function filterBinders<K extends string>(
  values: Partial<Record<K, string>>,
  setFilter: (patch: Partial<Record<K, string | null>>) => void,
) {
  const set = (key: K, value: string | null) =>
    setFilter({ [key]: value } as Partial<Record<K, string | null>>);
  return {
    /**
     * `<FilterSelect {...bind('risk')} …>`, or one end of a `DateRangeFilter`
     * (`from={{ label, ...bind('from') }}`).
     */
    bind: (key: K) => ({ value: values[key], onChange: (value: string | null) => set(key, value) }),
    /** `<SearchField {...bindSearch('q')} …>`. */
    bindSearch: (key: K) => ({ value: values[key], onSearch: (value: string | null) => set(key, value) }),
    /** `<FilterSwitch {...bindSwitch('inactive')} …>`: on is `1` in the address, off is left out. */
    bindSwitch: (key: K) => ({
      checked: values[key] === '1',
      onChange: (checked: boolean) => set(key, checked ? '1' : null),
    }),
  };
}
