import { Controller, type FieldValues } from 'react-hook-form';
import { isCountryCode } from '../../../shared/countries';
import { CountrySelect } from '../CountrySelect';
import type { LabelledFieldProps } from './BoundTextField';

/** A country (its code, or `null`) bound to a react-hook-form field, each option with its transfer status. */
export function FormCountrySelect<T extends FieldValues>({
  control,
  name,
  label,
  helperText,
}: LabelledFieldProps<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <CountrySelect
          label={label}
          value={(field.value as string | null | undefined) ?? null}
          onChange={(code) => {
            field.onChange(code && isCountryCode(code) ? code : null);
            field.onBlur();
          }}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
