import type { FieldValues } from 'react-hook-form';
import { BoundTextField } from './BoundTextField';

/**
 * A text field bound to a react-hook-form field: the value, the blur that marks it touched, and the
 * field's error under it instead of the help text. `as` draws another text field (a password field).
 */
export function FormTextField<T extends FieldValues>(
  props: Omit<Parameters<typeof BoundTextField<T>>[0], 'show' | 'read' | 'onRead'>,
) {
  return <BoundTextField {...props} />;
}
