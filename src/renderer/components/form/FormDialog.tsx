import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  type DialogProps,
} from '@mui/material';
import { type FormEventHandler, type ReactNode, useId } from 'react';
import { useT } from '../../i18n';
import { FormError } from './FormError';

/**
 * A dialog that is one form: its title names it, an optional text says what it does, the form's
 * error sits above the fields, and Cancel and the submit button close it. Enter in a field submits;
 * the submit button is disabled while saving. Pair it with `useChannelForm`:
 * `<FormDialog onSubmit={handleSubmit(...)} formError={formError} saving={formState.isSubmitting} …>`.
 */
export function FormDialog({
  title,
  intro,
  onClose,
  onSubmit,
  formError,
  saving,
  submitLabel,
  submitColor,
  cancelLabel,
  maxWidth = 'sm',
  children,
}: {
  title: ReactNode;
  /** What the form does, above its fields. */
  intro?: ReactNode;
  onClose: () => void;
  onSubmit: FormEventHandler<HTMLFormElement>;
  formError: string | null;
  saving: boolean;
  submitLabel: ReactNode;
  submitColor?: 'primary' | 'warning' | 'error';
  /** Default: "Cancel" in the person's language. */
  cancelLabel?: ReactNode;
  maxWidth?: DialogProps['maxWidth'];
  children: ReactNode;
}) {
  const common = useT('common');
  const titleId = useId();
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={titleId}>
      <form onSubmit={onSubmit} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {intro && <DialogContentText sx={{ mb: 2 }}>{intro}</DialogContentText>}
          <FormError message={formError} />
          {children}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{cancelLabel ?? common('cancel')}</Button>
          <Button type="submit" variant="contained" color={submitColor} disabled={saving}>
            {submitLabel}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
