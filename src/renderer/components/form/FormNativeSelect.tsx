import type { FieldValues } from 'react-hook-form';
import { type BoundFieldProps, type BoundSelectProps, BoundTextField } from './BoundTextField';

/**
 * A choice in the browser's own select, bound to a react-hook-form field: a letter key picks an option
 * without opening a menu, as a form typed through with the keyboard wants (the quick log). Its label
 * stays above the box, since a native select cannot tell whether an option shows.
 */
export function FormNativeSelect<T extends FieldValues, V extends string | number>({
  options,
  ...props
}: BoundFieldProps<T> &
  BoundSelectProps & {
    /** The values in the order offered, each in words; a number value comes back as a number. */
    options: ReadonlyArray<{ value: V; label: string }>;
  }) {
  return (
    <BoundTextField
      {...props}
      select
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
      read={(chosen) => options.find((option) => String(option.value) === chosen)?.value ?? null}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </BoundTextField>
  );
}
