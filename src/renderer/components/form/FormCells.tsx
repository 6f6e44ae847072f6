import { Grid } from '@mui/material';
import type { ComponentType } from 'react';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormTextField } from './FormTextField';

/** A field of `FormCells`: its width in twelfths from a medium window up, `long` for a text of a few lines. */
export type Cell<T extends FieldValues> = {
  name: Path<T>;
  label: string;
  helperText?: string;
  md?: 3 | 4 | 6 | 8 | 12;
  long?: boolean;
  required?: boolean;
};

/** A field bound by `control` and `name` that `FormCells` can draw (`FormTextField`, `FormDateField`, …). */
type CellField<T extends FieldValues> = ComponentType<{
  control: Control<T>;
  name: Path<T>;
  label: string;
  helperText?: string;
  required?: boolean;
  multiline?: boolean;
  minRows?: number;
}>;

/**
 * Fields as cells of a form's `Grid` container, each a full row on a narrow window (half a row from a
 * small one with `sm={6}`): text fields, or all drawn by `as`.
 */
export function FormCells<T extends FieldValues>({
  control,
  fields,
  as: Field = FormTextField,
  sm,
}: {
  control: Control<T>;
  fields: readonly Cell<T>[];
  as?: CellField<T>;
  sm?: 6;
}) {
  return fields.map(({ name, md = 12, long, ...field }) => (
    <Grid key={name} size={{ xs: 12, sm, md }}>
      <Field control={control} name={name} {...field} {...(long ? { multiline: true, minRows: 2 } : {})} />
    </Grid>
  ));
}
