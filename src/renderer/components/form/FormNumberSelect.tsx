import { MenuItem } from '@mui/material';
import type { FieldValues } from 'react-hook-form';
import { type BoundFieldProps, type BoundSelectProps, BoundTextField } from './BoundTextField';
import { numberShown } from './FormNumberField';

/** A choice among numbered things (a record by its id, a module number), bound to a react-hook-form field. */
export function FormNumberSelect<T extends FieldValues>({
  options,
  emptyLabel,
  onPicked,
  slotProps,
  ...props
}: BoundFieldProps<T> &
  BoundSelectProps & {
    /** The choices: a record's id (or another number) and its words. */
    options: readonly { value: number; label: string }[];
    /** Offers "none" as the first choice, stored as `null`; its words. */
    emptyLabel?: string;
    /** Called after a choice, for fields that follow from it. */
    onPicked?: (value: number | null) => void;
  }) {
  return (
    <BoundTextField
      {...props}
      select
      show={numberShown}
      read={(chosen) => (chosen === '' ? null : Number(chosen))}
      onRead={onPicked && ((value) => onPicked(value as number | null))}
      slotProps={
        emptyLabel === undefined
          ? slotProps
          : { ...slotProps, select: { displayEmpty: true }, inputLabel: { shrink: true } }
      }
    >
      {emptyLabel !== undefined && <MenuItem value="">{emptyLabel}</MenuItem>}
      {options.map((option) => (
        <MenuItem key={option.value} value={String(option.value)}>
          {option.label}
        </MenuItem>
      ))}
    </BoundTextField>
  );
}
