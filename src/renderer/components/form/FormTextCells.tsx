import { Grid } from '@mui/material';
import type { Control, FieldValues, Path } from 'react-hook-form';
import { FormTextField } from './FormTextField';

/** A text field of `FormTextCells`: its width in twelfths from a medium window up, `long` for a few lines. */
export type TextCell<T extends FieldValues> = {
  name: Path<T>;
  label: string;
  helperText?: string;
  md?: 4 | 6 | 8 | 12;
  long?: boolean;
  required?: boolean;
};

/** Text fields as cells of a form's `Grid` container, each a full row on a narrow window. */
export function FormTextCells<T extends FieldValues>({
  control,
  fields,
}: {
  control: Control<T>;
  fields: readonly TextCell<T>[];
}) {
  return fields.map((field) => (
    <Grid key={field.name} size={{ xs: 12, md: field.md ?? 12 }}>
      <FormTextField
        control={control}
        name={field.name}
        label={field.label}
        helperText={field.helperText}
        required={field.required}
        multiline={field.long}
        minRows={field.long ? 2 : undefined}
      />
    </Grid>
  ));
}
