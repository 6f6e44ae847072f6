import type { FieldValues } from 'react-hook-form';
import { FormCheckbox, type FormToggleProps } from './FormCheckbox';

/** A yes/no field that turns a part of the form on or off: `FormCheckbox` with a switch's look. */
export function FormSwitch<T extends FieldValues>(props: FormToggleProps<T>) {
  return <FormCheckbox {...props} look="switch" />;
}
