import { FormHelperText } from '@mui/material';
import { type Control, type FieldValues, type Path, useController } from 'react-hook-form';

/**
 * The error of a field whose own control shows none (a checkbox, a group of them), in the place of
 * a helper text; nothing while the field is valid.
 */
export function FormFieldError<T extends FieldValues>({
  control,
  name,
}: {
  control: Control<T>;
  name: Path<T>;
}) {
  const { fieldState } = useController({ control, name });
  if (!fieldState.error?.message) return null;
  return <FormHelperText error>{fieldState.error.message}</FormHelperText>;
}
