import {
  Button,
  Stack,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  type DialogProps,
} from '@mui/material';
import { type FormEvent, type KeyboardEvent, type ReactNode, useId } from 'react';
import { useT } from '../../i18n';
import { FormError } from './FormError';

/**
 * A dialog that is one form: its title names it, an optional text says what it does, the form's
 * error sits above the fields, and Cancel and the submit button close it. Enter in a field submits;
 * the submit button is disabled while saving. Pair it with `useDialogForm`: `<FormDialog {...dialog} …>`
 * (or, for a form that does more than save and close, `useChannelForm`'s `handleSubmit`, `formError`
 * and `formState.isSubmitting`).
 */
export function FormDialog({
  title,
  intro,
  onClose,
  onSubmit,
  formError,
  saving,
  submitLabel,
  submitDisabled,
  submitColor,
  cancelLabel,
  maxWidth = 'sm',
  onKeyDown,
  onEntered,
  column,
  children,
}: {
  title: ReactNode;
  /** What the form does, above its fields (a text, or its own elements). */
  intro?: ReactNode;
  onClose: () => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => unknown;
  formError: string | null;
  saving: boolean;
  submitLabel: ReactNode;
  submitDisabled?: boolean;
  submitColor?: 'primary' | 'warning' | 'error';
  /** Default: "Cancel" in the person's language. */
  cancelLabel?: ReactNode;
  maxWidth?: DialogProps['maxWidth'];
  onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
  /** Once the dialog has come in (e.g. to focus a field that autoFocus cannot reach). */
  onEntered?: () => void;
  /** The fields in a column, 16 px apart (clear of the title, for a first field's label, unless an intro leads). */
  column?: boolean;
  children: ReactNode;
}) {
  const common = useT('common');
  const titleId = useId();
  return (
    <Dialog
      open
      onClose={onClose}
      maxWidth={maxWidth}
      fullWidth
      aria-labelledby={titleId}
      slotProps={onEntered ? { transition: { onEntered } } : undefined}
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)} onKeyDown={onKeyDown}>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {typeof intro === 'string' ? <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText> : intro}
          <FormError message={formError} />
          {column ? (
            <Stack spacing={2} sx={{ pt: intro ? 0 : 1 }}>
              {children}
            </Stack>
          ) : (
            children
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{cancelLabel ?? common('cancel')}</Button>
          <Button type="submit" variant="contained" color={submitColor} disabled={saving || submitDisabled}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
