import { Alert, AlertTitle } from '@mui/material';
import type { SerializedError } from '@reduxjs/toolkit';
import type { ApiError } from '../../shared/errors';
import { isApiErrorLike } from '../lib/forms';

const titles: Partial<Record<ApiError['code'], string>> = {
  FORBIDDEN: 'Not allowed',
  NOT_FOUND: 'Not found',
  CONFLICT: 'Conflict',
  RULE_VIOLATION: 'Not possible',
  INVALID_INPUT: 'Please check the form',
  DISK_FULL: 'The disk is full',
  READ_ONLY: 'Nothing can be saved here',
  DAMAGED: 'The database is damaged',
  BUSY: 'The database is busy',
  INTERNAL: 'Something went wrong',
};

/** Shows an error from the core (or an unexpected one) as a readable alert. */
export function ErrorAlert({
  error,
}: {
  error: ApiError | SerializedError | string | null | undefined | unknown;
}) {
  if (!error) return null;
  const apiError = isApiErrorLike(error) ? error : null;
  const message =
    typeof error === 'string' ? error : (apiError?.message ?? (error as SerializedError).message);
  const title = apiError ? titles[apiError.code] : undefined;
  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert">
      {title && <AlertTitle>{title}</AlertTitle>}
      {message ?? 'Something went wrong.'}
    </Alert>
  );
}
