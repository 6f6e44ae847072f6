import { Controller, type FieldValues } from 'react-hook-form';
import { CalendarDateField } from '../CalendarDateField';
import type { LabelledFieldProps } from './BoundTextField';

type Props<T extends FieldValues> = LabelledFieldProps<T> & {
  min?: string;
  max?: string;
  required?: boolean;
  width?: number;
};

/** A calendar date (YYYY-MM-DD, entered as dd.mm.yyyy) bound to a react-hook-form field. */
export function FormDateField<T extends FieldValues>({ control, name, helperText, ...props }: Props<T>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <CalendarDateField
          {...props}
          value={(field.value as string | null | undefined) ?? null}
          onChange={(value) => {
            field.onChange(value);
            field.onBlur();
          }}
          error={!!fieldState.error}
          helperText={fieldState.error?.message ?? helperText}
        />
      )}
    />
  );
}
