import { Button, Dialog, DialogActions, DialogContent, DialogTitle, type DialogProps } from '@mui/material';
import { type FormEvent, type KeyboardEvent, type ReactNode, useId } from 'react';
import { useT } from '../../i18n';
import { FormError } from './FormError';

/**
 * The frame of a form in a dialog (`useChannelForm`'s `handleSubmit` as `onSubmit`): the title that
 * names the dialog, an introduction, the form's error above its fields, and Cancel and the submit
 * button, disabled while saving. Enter in a field submits.
 */
export function DialogForm({
  title,
  intro,
  formError,
  onSubmit,
  onClose,
  submitLabel,
  submitting,
  submitDisabled,
  submitColor,
  cancelLabel,
  maxWidth = 'sm',
  onKeyDown,
  onEntered,
  children,
}: {
  title: ReactNode;
  /** Shown above the form's error and its fields. */
  intro?: ReactNode;
  formError: string | null;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => Promise<void>;
  onClose: () => void;
  submitLabel: string;
  submitting: boolean;
  submitDisabled?: boolean;
  submitColor?: 'primary' | 'error';
  cancelLabel?: string;
  maxWidth?: DialogProps['maxWidth'];
  onKeyDown?: (event: KeyboardEvent<HTMLFormElement>) => void;
  /** Once the dialog has come in (e.g. to focus a field that autoFocus cannot reach). */
  onEntered?: () => void;
  children: ReactNode;
}) {
  const titleId = useId();
  const t = useT('common');
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
          {intro}
          <FormError message={formError} />
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{cancelLabel ?? t('cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            color={submitColor}
            disabled={submitting || submitDisabled}
          >
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
