import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { isCountryCode } from '../../../shared/countries';
import { CountrySelect } from '../CountrySelect';

/** A country (its code, or `null`) bound to a react-hook-form field, each option with its transfer status. */
export function FormCountrySelect<T extends FieldValues>({
  control,
  name,
  label,
  helperText,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  helperText?: string;
}) {
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
