import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useId, type ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, V extends string> = {
  control: Control<T>;
  name: Path<T>;
  /** The group's name, read out with each choice. */
  label: ReactNode;
  /** The values in the order offered (a contract enum, or the part of it that applies). */
  values: readonly V[];
  /** Each value in words, or a function giving a value's words (which may add a line under them). */
  labels: Readonly<Record<V, ReactNode>> | ((value: V) => ReactNode);
  row?: boolean;
  helperText?: ReactNode;
  disabled?: boolean;
  /** Shows the label as a heading-like legend instead of the form's label style. */
  legendSx?: object;
  /** Called after a choice, for fields that follow from it. */
  onPicked?: (value: V) => void;
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
  disabled,
  legendSx,
  onPicked,
}: Props<T, V>) {
  const labelId = useId();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <FormControl component="fieldset" error={!!fieldState.error} disabled={disabled}>
          <FormLabel component="legend" id={labelId} sx={legendSx}>
            {label}
          </FormLabel>
          <RadioGroup
            aria-labelledby={labelId}
            row={row}
            name={field.name}
            value={field.value ?? ''}
            onChange={(event) => {
              field.onChange(event.target.value);
              onPicked?.(event.target.value as V);
            }}
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
