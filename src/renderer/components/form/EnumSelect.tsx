import { MenuItem } from '@mui/material';
import type { FieldValues } from 'react-hook-form';
import { type BoundFieldProps, type BoundSelectProps, BoundTextField } from './BoundTextField';

/** A choice among a contract enum's values, bound to a react-hook-form field, shown in words. */
export function EnumSelect<T extends FieldValues, V extends string>({
  values,
  labels,
  emptyLabel,
  ...props
}: BoundFieldProps<T> &
  BoundSelectProps & {
    /** The values in the order offered (the contract's enum). */
    values: readonly V[];
    /** Each value in words (a label namespace of the user's language). */
    labels: Readonly<Record<V, string>>;
    /** Offers "none" as the first choice, stored as `null`; its words. */
    emptyLabel?: string;
  }) {
  return (
    <BoundTextField {...props} select read={(chosen) => (chosen === '' ? null : chosen)}>
      {emptyLabel !== undefined && (
        <MenuItem value="">
          <em>{emptyLabel}</em>
        </MenuItem>
      )}
      {values.map((value) => (
        <MenuItem key={value} value={value}>
          {labels[value]}
        </MenuItem>
      ))}
    </BoundTextField>
  );
}
