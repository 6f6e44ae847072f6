import type { Control, FieldValues, Path } from 'react-hook-form';
import type { BoundFieldProps } from './BoundTextField';

/**
 * What a part of a form drawn by a component of its own (a record's fields, shared by its new and edit
 * dialogs) takes from `useChannelForm` or `useDialogForm`: `field(name)` to bind its fields, `control` to
 * watch a value or draw a field of its own.
 */
export type FormPart<T extends FieldValues> = {
  control: Control<T>;
  field: (name: Path<T>) => BoundFieldProps<T>;
};
