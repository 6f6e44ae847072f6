import { Checkbox, FormControlLabel, Switch } from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

export type FormToggleProps<T extends FieldValues> = {
  control: Control<T>;
  name: Path<T>;
  label: ReactNode;
  disabled?: boolean;
};

/**
 * A yes/no field bound to a react-hook-form field: a tick box, or (`look="switch"`, `FormSwitch`) a
 * switch that turns a part of the form on or off.
 */
export function FormCheckbox<T extends FieldValues>({
  control,
  name,
  label,
  disabled,
  look = 'checkbox',
}: FormToggleProps<T> & { look?: 'checkbox' | 'switch' }) {
  const Toggle = look === 'switch' ? Switch : Checkbox;
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <FormControlLabel
          label={label}
          disabled={disabled}
          control={
            <Toggle
              name={field.name}
              checked={Boolean(field.value)}
              onChange={(event) => field.onChange(event.target.checked)}
              onBlur={field.onBlur}
              inputRef={field.ref}
            />
          }
        />
      )}
    />
  );
}
