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
import type { ReactNode, RefObject } from 'react';
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
  groupSx?: SxProps<Theme>;
  size?: 'small' | 'medium';
  /** Below the boxes, whatever is ticked (e.g. a warning that depends on the choice). */
  footer?: (chosen: readonly V[]) => ReactNode;
  /** The first box's input, e.g. to focus it when a dialog has opened. */
  firstRef?: RefObject<HTMLInputElement | null> | ((element: HTMLInputElement | null) => void);
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
  groupSx,
  size = 'small',
  footer,
  firstRef,
}: Props<T, V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const chosen = (field.value ?? []) as readonly V[];
        const message = fieldState.error?.message ?? helperText;
        // Kept in the order offered, whatever the order of ticking.
        const toggle = (value: V, on: boolean) => {
          field.onChange(values.filter((item) => (item === value ? on : chosen.includes(item))));
          field.onBlur();
        };
        const firstInput = (element: HTMLInputElement | null) => {
          field.ref(element);
          if (typeof firstRef === 'function') firstRef(element);
          else if (firstRef) firstRef.current = element;
        };
        const boxes = values.map((value, index) => (
          <FormControlLabel
            key={value}
            sx={optionSx}
            label={labels[value]}
            control={
              <Checkbox
                size={size}
                name={field.name}
                checked={chosen.includes(value)}
                onChange={(event) => toggle(value, event.target.checked)}
                onBlur={field.onBlur}
                inputRef={index === 0 ? firstInput : undefined}
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
              <Grid container columnSpacing={1} sx={groupSx}>
                {boxes.map((box) => (
                  <Grid key={box.key} size={{ xs: 12, sm: 6, md: 4 }}>
                    {box}
                  </Grid>
                ))}
              </Grid>
            ) : (
              <FormGroup row={layout === 'row'} sx={groupSx}>
                {boxes}
              </FormGroup>
            )}
            {footer?.(chosen)}
            {message && <FormHelperText>{message}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}
