import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useId } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

/** One choice among a contract enum's values as radio buttons, bound to a react-hook-form field. */
export function FormRadioGroup<T extends FieldValues, V extends string>({
  control,
  name,
  label,
  values,
  labels,
  row,
  disabled,
  onPicked,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  /** The values in the order offered (the contract's enum). */
  values: readonly V[];
  /** Each value in words. */
  labels: Readonly<Record<V, string>>;
  row?: boolean;
  disabled?: boolean;
  /** Called after a choice, for fields that follow from it. */
  onPicked?: (value: V) => void;
}) {
  const labelId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl component="fieldset" error={!!fieldState.error} disabled={disabled}>
          <FormLabel component="legend" id={labelId}>
            {label}
          </FormLabel>
          <RadioGroup
            row={row}
            aria-labelledby={labelId}
            name={field.name}
            value={field.value ?? ''}
            onChange={(event) => {
              field.onChange(event.target.value);
              field.onBlur();
              onPicked?.(event.target.value as V);
            }}
          >
            {values.map((value) => (
              <FormControlLabel key={value} value={value} control={<Radio />} label={labels[value]} />
            ))}
          </RadioGroup>
          {fieldState.error && <FormHelperText>{fieldState.error.message}</FormHelperText>}
        </FormControl>
      )}
    />
  );
}
