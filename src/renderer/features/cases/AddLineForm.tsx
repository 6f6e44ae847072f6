import { Button, Stack, type SxProps, type Theme } from '@mui/material';
import { type ReactNode, useMemo } from 'react';
import { z } from 'zod';
import { FormError, FormTextField, type MutationResult, useChannelForm } from '../../components/form';
import { validateOnSubmit } from './formOptions';

/**
 * One line to add something to a case (a task, a recipient): the text is checked by the channel's own
 * field schema, Enter or the button adds it, and the line is emptied once it is saved.
 */
export function AddLineForm({
  textSchema,
  label,
  button,
  startIcon,
  onAdd,
  sx,
}: {
  /** The channel's schema of the text, e.g. `casesChannels['cases.addTask'].input.shape.label`. */
  textSchema: z.ZodType<string, string>;
  label: string;
  button: string;
  startIcon?: ReactNode;
  onAdd: (text: string) => Promise<MutationResult<unknown>>;
  sx?: SxProps<Theme>;
}) {
  const schema = useMemo(() => z.object({ text: textSchema }), [textSchema]);
  const { field, handleSubmit, formState, formError, settle, reset } = useChannelForm(
    schema,
    { text: '' },
    validateOnSubmit,
  );
  const submit = handleSubmit(async ({ text }) => {
    if (settle(await onAdd(text)).ok) reset({ text: '' });
  });
  return (
    <Stack component="form" onSubmit={submit} noValidate sx={{ mt: 1 }}>
      <FormError message={formError} />
      <Stack direction="row" spacing={1} alignItems="flex-start">
        <FormTextField {...field('text')} size="small" label={label} sx={sx} />
        <Button type="submit" startIcon={startIcon} disabled={formState.isSubmitting}>
          {button}
        </Button>
      </Stack>
    </Stack>
  );
}
