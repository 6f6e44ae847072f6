import { TextField, type TextFieldProps } from '@mui/material';
import type { ComponentType } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  /** Another text field to draw (a password field with its show button); MUI's by default. */
  as?: ComponentType<Omit<TextFieldProps, 'ref'>>;
} & Omit<TextFieldProps, 'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'inputRef'>;

/**
 * A text field bound to a react-hook-form field: the value, the blur that marks it touched, and the
 * field's error (the schema's or the core's, see `useChannelForm`) under it instead of the help text.
 */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  helperText,
  as: Field = TextField,
  ...props
}: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          {...props}
          name={field.name}
          value={field.value ?? ''}
          onChange={field.onChange}
          onBlur={field.onBlur}
          inputRef={field.ref}
          disabled={props.disabled ?? field.disabled}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
