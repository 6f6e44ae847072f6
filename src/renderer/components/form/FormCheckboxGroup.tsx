import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  type SxProps,
  type Theme,
} from '@mui/material';
import type { ReactNode, RefObject } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';

type Props<T extends FieldValues, V extends string> = {
  control: Control<T>;
  name: Path<T>;
  label: ReactNode;
  /** The values in the order offered; the field holds the ticked ones as an array. */
  values: readonly V[];
  labels: Readonly<Record<V, ReactNode>>;
  helperText?: ReactNode;
  /** Below the boxes, whatever is ticked (e.g. a warning that depends on the choice). */
  footer?: (chosen: readonly V[]) => ReactNode;
  /** The first box's input, e.g. to focus it when a dialog has opened. */
  firstRef?: RefObject<HTMLInputElement | null> | ((element: HTMLInputElement | null) => void);
  groupSx?: SxProps<Theme>;
  size?: 'small' | 'medium';
};

/** Several of a few values, each a tick box, bound to a react-hook-form field holding an array. */
export function FormCheckboxGroup<T extends FieldValues, V extends string>({
  control,
  name,
  label,
  values,
  labels,
  helperText,
  footer,
  firstRef,
  groupSx,
  size,
}: Props<T, V>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const chosen = (field.value ?? []) as V[];
        const message = fieldState.error?.message ?? helperText;
        return (
          <FormControl component="fieldset" error={!!fieldState.error}>
            <FormLabel component="legend">{label}</FormLabel>
            <FormGroup sx={groupSx}>
              {values.map((value, index) => (
                <FormControlLabel
                  key={value}
                  label={labels[value]}
                  control={
                    <Checkbox
                      size={size}
                      name={field.name}
                      inputRef={
                        index === 0
                          ? (element: HTMLInputElement | null) => {
                              field.ref(element);
                              if (typeof firstRef === 'function') firstRef(element);
                              else if (firstRef) firstRef.current = element;
                            }
                          : undefined
                      }
                      checked={chosen.includes(value)}
                      onBlur={field.onBlur}
                      onChange={(event) =>
                        field.onChange(
                          // Kept in the order offered, whatever the order of ticking.
                          values.filter((item) =>
                            item === value ? event.target.checked : chosen.includes(item),
                          ),
                        )
                      }
                    />
                  }
                />
              ))}
            </FormGroup>
            {footer?.(chosen)}
            {message && <FormHelperText>{message}</FormHelperText>}
          </FormControl>
        );
      }}
    />
  );
}
