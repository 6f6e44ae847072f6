import { TextField, type TextFieldProps } from '@mui/material';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, V extends string | number> = {
  control: Control<T>;
  name: Path<T>;
  /** The values in the order offered, each in words; a number value comes back as a number. */
  options: ReadonlyArray<{ value: V; label: string }>;
} & Omit<
  TextFieldProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'inputRef' | 'select' | 'children'
>;

/**
 * A choice in the browser's own select, bound to a react-hook-form field: a letter key picks an option
 * without opening a menu, as a form typed through with the keyboard wants (the quick log). Its label
 * stays above the box, since a native select cannot tell whether an option shows.
 */
export function FormNativeSelect<T extends FieldValues, V extends string | number>({
  control,
  name,
  options,
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
          slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
          name={field.name}
          value={field.value ?? ''}
          onChange={(event) =>
            field.onChange(
              options.find((option) => String(option.value) === event.target.value)?.value ?? null,
            )
          }
          onBlur={field.onBlur}
          inputRef={field.ref}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? helperText}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </TextField>
      )}
    />
  );
}
