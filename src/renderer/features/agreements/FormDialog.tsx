import { Stack } from '@mui/material';
import type { FormEventHandler, ReactNode } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { type MutationResult, useChannelForm } from '../../components/form';
import { FormDialog as SharedFormDialog } from '../../components/form/FormDialog';

/**
 * A dialog's form the one way (`useChannelForm`): validated by the schema, saved by `save`, the
 * core's answer on the fields or above them; on success a notice and `onDone`. Spread `dialog` into
 * `<FormDialog>`.
 */
export function useDialogForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  {
    save,
    success,
    onDone,
  }: {
    save: (values: z.output<S>) => PromiseLike<MutationResult<T>>;
    /** The notice on success. */
    success: string | ((data: T, values: z.output<S>) => string);
    onDone: (data: T) => void;
  },
) {
  const dispatch = useAppDispatch();
  const form = useChannelForm(schema, defaultValues);
  const onSubmit = form.handleSubmit(async (values) => {
    const outcome = form.settle(await save(values));
    if (!outcome.ok) return;
    dispatch(notice(typeof success === 'function' ? success(outcome.data, values) : success));
    onDone(outcome.data);
  });
  return {
    ...form,
    dialog: { onSubmit, formError: form.formError, busy: form.formState.isSubmitting },
  };
}

/** The registers' dialog of one form: the shared `FormDialog`, its fields in a column. */
export function FormDialog({
  busy,
  destructive,
  children,
  ...props
}: {
  title: string;
  submitLabel: string;
  onSubmit: FormEventHandler<HTMLFormElement>;
  formError: string | null;
  busy: boolean;
  onClose: () => void;
  children: ReactNode;
  destructive?: boolean;
  maxWidth?: 'xs' | 'sm' | 'md';
}) {
  return (
    <SharedFormDialog {...props} saving={busy} submitColor={destructive ? 'error' : undefined}>
      <Stack spacing={2} sx={{ pt: 1 }}>
        {children}
      </Stack>
    </SharedFormDialog>
  );
}
