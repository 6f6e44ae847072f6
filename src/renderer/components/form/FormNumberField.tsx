import type { FieldValues } from 'react-hook-form';
import { type BoundFieldProps, BoundTextField, type BoundTextFieldProps } from './BoundTextField';

/** The field's number as text, empty for none. */
export const numberShown = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** A whole number a person may leave empty (`null`), bound to a react-hook-form field; only digits are taken. */
export function FormNumberField<T extends FieldValues>(
  props: BoundFieldProps<T> & Omit<BoundTextFieldProps, 'inputMode'>,
) {
  return (
    <BoundTextField
      {...props}
      inputMode="numeric"
      show={numberShown}
      read={(typed) => {
        const digits = typed.replace(/[^\d]/g, '');
        return digits === '' ? null : Number(digits);
      }}
    />
  );
}
