import { FormHelperText } from '@mui/material';
import { get, useFormState, type Control, type FieldValues, type Path } from 'react-hook-form';

/**
 * The error of a field that draws none itself (a plain `FormCheckbox`, a group of fields kept as one
 * value): the schema's or the core's message, shown where the form puts it; nothing while it is valid.
 */
export function FieldError<T extends FieldValues>({ control, name }: { control: Control<T>; name: Path<T> }) {
  const { errors } = useFormState({ control, name });
  const message = (get(errors, name) as { message?: string } | undefined)?.message;
  if (!message) return null;
  return <FormHelperText error>{message}</FormHelperText>;
}
