import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  Grid,
  type SxProps,
  type Theme,
} from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, V extends string> = {
  control: Control<T>;
  name: Path<T>;
  /** The group's name, read out with each box. */
  label: ReactNode;
  /** The values offered, in order (a contract enum, or some of it); the field keeps this order. */
  values: readonly V[];
  /** Each value in words. */
  labels: Readonly<Record<V, ReactNode>>;
  /** `row`: side by side; `grid`: three columns on a wide screen; `column` (default): one under another. */
  layout?: 'row' | 'grid' | 'column';
  helperText?: ReactNode;
  legendSx?: SxProps<Theme>;
  /** Styles each choice (a long label aligned to its box's top, …). */
  optionSx?: SxProps<Theme>;
  size?: 'small' | 'medium';
};

/** Several values of a contract enum, each a box to tick, bound to a react-hook-form array field. */
export function FormCheckboxGroup<T extends FieldValues, V extends string>({
  control,
  name,
  label,
  values,
  labels,
  layout = 'column',
  helperText,
  legendSx,
  optionSx,
  size,
}: Props<T, V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const chosen = (field.value ?? []) as readonly V[];
        const toggle = (value: V, on: boolean) => {
          field.onChange(
            values.filter((candidate) => (candidate === value ? on : chosen.includes(candidate))),
          );
          field.onBlur();
        };
        const boxes = values.map((value, index) => (
          <FormControlLabel
            key={value}
            sx={optionSx}
            label={labels[value]}
            control={
              <Checkbox
                size={size}
                checked={chosen.includes(value)}
                onChange={(event) => toggle(value, event.target.checked)}
                inputRef={index === 0 ? field.ref : undefined}
              />
            }
          />
        ));
        return (
          <FormControl component="fieldset" error={!!fieldState.error} fullWidth={layout === 'grid'}>
            <FormLabel component="legend" sx={legendSx}>
              {label}
            </FormLabel>
            {layout === 'grid' ? (
              <Grid container columnSpacing={1}>
                {boxes.map((box) => (
                  <Grid key={box.key} size={{ xs: 12, sm: 6, md: 4 }}>
                    {box}
                  </Grid>
                ))}
              </Grid>
            ) : (
              <FormGroup row={layout === 'row'}>{boxes}</FormGroup>
            )}
            {(fieldState.error?.message ?? helperText) && (
              <FormHelperText>{fieldState.error?.message ?? helperText}</FormHelperText>
            )}
          </FormControl>
        );
      }}
    />
  );
}
