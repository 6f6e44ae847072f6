import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, V extends string> = {
  control: Control<T>;
  name: Path<T>;
  /** The group's name, read out with each choice. */
  label: ReactNode;
  /** The values in the order offered (a contract enum, or some of it). */
  values: readonly V[];
  /** Each value in words. */
  labels: Readonly<Record<V, ReactNode>>;
  row?: boolean;
  helperText?: ReactNode;
  /** Shows the label as a heading-like legend instead of the form's label style. */
  legendSx?: object;
};

/**
 * One choice among a few values, all in sight, bound to a react-hook-form field. Nothing is selected
 * while the value is null, so a person never sees a choice they did not make.
 */
export function FormRadioGroup<T extends FieldValues, V extends string>({
  control,
  name,
  label,
  values,
  labels,
  row,
  helperText,
  legendSx,
}: Props<T, V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl component="fieldset" error={!!fieldState.error}>
          <FormLabel component="legend" sx={legendSx}>
            {label}
          </FormLabel>
          <RadioGroup
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
                label={labels[value]}
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
