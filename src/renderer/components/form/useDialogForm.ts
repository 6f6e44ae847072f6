import type { DefaultValues, FieldValues, UseFormProps } from 'react-hook-form';
import type { z } from 'zod';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { type SettleableResult, useChannelForm } from './useChannelForm';

/**
 * A dialog that is one form, the one way: `useChannelForm` over the schema, saved by `save`, the
 * core's answer on the fields or above them; on success the `success` notice, `onSaved`, then
 * `onClose`. Spread `dialog` into `<FormDialog>` (it carries the submit, Cancel, the error and the
 * busy state).
 */
export function useDialogForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  {
    save,
    success,
    onSaved,
    onClose,
    formOptions,
  }: {
    save: (values: z.output<S>) => PromiseLike<SettleableResult<T>>;
    /** The notice on success, if any. */
    success?: string | ((data: T, values: z.output<S>) => string);
    /** What follows from the saved record before the dialog closes (open it, select it). */
    onSaved?: (data: T, values: z.output<S>) => void;
    /** Cancel, and the end of a successful save. */
    onClose: () => void;
    /** `useChannelForm`'s options (e.g. checking only once submitted). */
    formOptions?: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver' | 'defaultValues'>;
  },
) {
  const dispatch = useAppDispatch();
  const form = useChannelForm(schema, defaultValues, formOptions);
  const onSubmit = form.handleSubmit(async (values) => {
    const outcome = form.settle(await save(values));
    if (!outcome.ok) return;
    if (success !== undefined) {
      dispatch(notice(typeof success === 'function' ? success(outcome.data, values) : success));
    }
    onSaved?.(outcome.data, values);
    onClose();
  });
  return {
    ...form,
    dialog: { onSubmit, onClose, formError: form.formError, saving: form.formState.isSubmitting },
  };
}
