import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, V extends string> = {
  control: Control<T>;
  name: Path<T>;
  label: ReactNode;
  /** The values in the order offered (the contract's enum, or the part of it that applies). */
  values: readonly V[];
  /** Each value in words, or a function giving a value's words (which may add a line under them). */
  labels: Readonly<Record<V, ReactNode>> | ((value: V) => ReactNode);
  row?: boolean;
  helperText?: ReactNode;
};

/** One choice among a few values, all visible at once, bound to a react-hook-form field. */
export function FormRadioGroup<T extends FieldValues, V extends string>({
  control,
  name,
  label,
  values,
  labels,
  row,
  helperText,
}: Props<T, V>) {
  const labelId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl error={!!fieldState.error}>
          <FormLabel id={labelId}>{label}</FormLabel>
          <RadioGroup
            aria-labelledby={labelId}
            row={row}
            name={field.name}
            value={field.value ?? ''}
            onChange={(event) => field.onChange(event.target.value)}
            onBlur={field.onBlur}
          >
            {values.map((value, index) => (
              <FormControlLabel
                key={value}
                value={value}
                control={<Radio size="small" inputRef={index === 0 ? field.ref : undefined} />}
                label={typeof labels === 'function' ? labels(value) : labels[value]}
              />
            ))}
          </RadioGroup>
          {(fieldState.error?.message ?? helperText) && (
            <FormHelperText>{fieldState.error?.message ?? helperText}</FormHelperText>
          )}
        </FormControl>
      )}
    />
  );
}
