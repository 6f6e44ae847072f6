import { MenuItem, TextField, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  /** The choices: a record's id (or another number) and its words. */
  options: readonly { value: number; label: string }[];
  /** Offers "none" as the first choice, stored as `null`; its words. */
  emptyLabel?: string;
  /** Called after a choice, for fields that follow from it. */
  onPicked?: (value: number | null) => void;
} & Omit<
  TextFieldProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'inputRef' | 'select' | 'children'
>;

/** A choice among numbered things (a record by its id, a module number), bound to a react-hook-form field. */
export function FormNumberSelect<T extends FieldValues>({
  control,
  name,
  options,
  emptyLabel,
  onPicked,
  helperText,
  slotProps,
  ...props
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...props}
          select
          name={field.name}
          value={field.value === null || field.value === undefined ? '' : String(field.value)}
          onChange={(event) => {
            const value = event.target.value === '' ? null : Number(event.target.value);
            field.onChange(value);
            onPicked?.(value);
          }}
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? helperText}
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
        </TextField>
      )}
    />
  );
}
