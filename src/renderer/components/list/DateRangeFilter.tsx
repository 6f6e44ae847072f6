import { CalendarDateField } from '../CalendarDateField';

type End = { label: string; value: string | null | undefined; onChange: (value: string | null) => void };

/** A list's filter on a span of calendar dates: its first and last day, either left open when empty. */
export function DateRangeFilter({ from, to, width = 160 }: { from: End; to: End; width?: number }) {
  return (
    <>
      <CalendarDateField
        label={from.label}
        value={from.value ?? null}
        onChange={from.onChange}
        width={width}
      />
      <CalendarDateField label={to.label} value={to.value ?? null} onChange={to.onChange} width={width} />
    </>
  );
}
