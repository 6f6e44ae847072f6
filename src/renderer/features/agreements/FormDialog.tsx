import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, Stack } from '@mui/material';
import { type ReactNode, useId, useState } from 'react';
import type { ApiError } from '../../../shared/errors';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { issuesOnFields } from './agreementUi';

type Outcome = { data: unknown; error?: undefined } | { data?: undefined; error: unknown };

/**
 * A small dialog form: runs the command, shows the core's field issues on the fields (through
 * `setErrors`) and anything else above them, and closes with a notice on success.
 */
export function FormDialog<K extends string>({
  title,
  submitLabel,
  fields,
  prefix,
  setErrors,
  onSubmit,
  success,
  onClose,
  children,
  destructive,
  maxWidth = 'sm',
}: {
  title: string;
  submitLabel: string;
  fields: readonly K[];
  /** Issue paths start with this (e.g. "transfer."). */
  prefix?: string;
  setErrors: (errors: Partial<Record<K, string>>) => void;
  onSubmit: () => PromiseLike<Outcome>;
  success: string;
  onClose: () => void;
  children: ReactNode;
  destructive?: boolean;
  maxWidth?: 'xs' | 'sm' | 'md';
}) {
  const dispatch = useAppDispatch();
  const titleId = useId();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const result = await onSubmit();
    setBusy(false);
    if (result.error !== undefined) {
      const apiError = result.error as ApiError;
      const { fields: found, rest } = issuesOnFields(apiError.issues, fields, prefix);
      setErrors(found);
      setError(apiError.issues?.length ? (rest.length > 0 ? rest.join(' ') : null) : apiError.message);
      return;
    }
    dispatch(notice(success));
    onClose();
  };
  return (
    <Dialog open onClose={onClose} maxWidth={maxWidth} fullWidth aria-labelledby={titleId}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {error && (
            <Alert severity="error" sx={{ mb: 2 }}>
              {error}
            </Alert>
          )}
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
