import { TextField, type TextFieldProps } from '@mui/material';
import type { ChangeEvent, ComponentType } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

/** What binds a field to a react-hook-form form: its `control` and the field's name. */
export type BoundFieldProps<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
};

/** A field of its own drawing (a date, a country) with its label and the help under it. */
export type LabelledFieldProps<T extends FieldValues> = BoundFieldProps<T> & {
  label: string;
  helperText?: string;
};

/** MUI's text field props less those the binding sets. */
export type BoundTextFieldProps = Omit<
  TextFieldProps,
  'name' | 'value' | 'defaultValue' | 'onChange' | 'onBlur' | 'error' | 'inputRef'
>;

/** The same for a select: its options are the component's own. */
export type BoundSelectProps = Omit<BoundTextFieldProps, 'select' | 'children'>;

/** The field's value, shown empty while there is none. */
const asShown = (value: unknown) => value ?? '';

/**
 * The one binding of an MUI text field (a text, a number, a select) to a react-hook-form field: the
 * value as `show` makes it, a change as `read` makes it, the blur that marks it touched, and the
 * field's error (the schema's or the core's, see `useChannelForm`) under it instead of the help text.
 * `FormTextField`, `FormNumberField`, `EnumSelect`, `FormNumberSelect` and `FormNativeSelect` are it.
 */
export function BoundTextField<T extends FieldValues>({
  control,
  name,
  helperText,
  show = asShown,
  read,
  onRead,
  as: Field = TextField,
  ...props
}: BoundFieldProps<T> &
  BoundTextFieldProps & {
    show?: (value: unknown) => unknown;
    /** The field's value from what was typed or chosen; the text itself by default. */
    read?: (text: string) => unknown;
    /** Called with the field's new value after a change, for fields that follow from it. */
    onRead?: (value: unknown) => void;
    /** Another text field to draw (a password field with its show button); MUI's by default. */
    as?: ComponentType<Omit<TextFieldProps, 'ref'>>;
  }) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Field
          {...props}
          name={field.name}
          value={show(field.value)}
          onChange={(event: ChangeEvent<HTMLInputElement>) => {
            const value = read ? read(event.target.value) : event.target.value;
            field.onChange(value);
            onRead?.(value);
          }}
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
