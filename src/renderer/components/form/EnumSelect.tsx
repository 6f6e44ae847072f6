import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, V extends string> = {
  control: Control<T>;
  name: Path<T>;
  /** The values in the order offered (the contract's enum). */
  values: readonly V[];
  /** Each value in words (a label namespace of the user's language). */
  labels: Readonly<Record<V, string>>;
  /** Offers "none" as the first choice, stored as `null`; its words. */
  emptyLabel?: string;
} & Omit<
  TextFieldProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'inputRef' | 'select' | 'children'
>;

/** A choice among a contract enum's values, bound to a react-hook-form field, shown in words. */
export function EnumSelect<T extends FieldValues, V extends string>({
  control,
  name,
  values,
  labels,
  emptyLabel,
  helperText,
  ...props
}: Props<T, V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          select
          name={field.name}
          value={field.value ?? ''}
          onChange={(event) => field.onChange(event.target.value === '' ? null : event.target.value)}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? helperText}
        >
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
        </TextField>
      )}
    />
  );
}
