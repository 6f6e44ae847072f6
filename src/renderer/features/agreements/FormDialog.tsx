import { Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { type FormEventHandler, type ReactNode, useId } from 'react';
import type { DefaultValues, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { FormError, type MutationResult, useChannelForm } from '../../components/form';

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

/** A dialog holding one form: the title, the error that belongs to no field, the fields, Cancel and submit. */
export function FormDialog({
  title,
  submitLabel,
  onSubmit,
  formError,
  busy,
  onClose,
  children,
  destructive,
  maxWidth = 'sm',
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
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={titleId}>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          <FormError message={formError} />
          <Stack spacing={2} sx={{ pt: 1 }}>
            {children}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="contained" color={destructive ? 'error' : 'primary'} disabled={busy}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
