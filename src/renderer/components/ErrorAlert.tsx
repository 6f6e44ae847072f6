import { Alert, AlertTitle } from '@mui/material';
import type { SerializedError } from '@reduxjs/toolkit';
import type { ApiError } from '../../shared/errors';
import { useT } from '../i18n';
import { isApiErrorLike } from '../lib/forms';

/** The codes whose alerts have a title (the `errors` namespace holds one under each code). */
const titledCodes = [
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'INVALID_INPUT',
  'DISK_FULL',
  'READ_ONLY',
  'DAMAGED',
  'BUSY',
  'INTERNAL',
] as const;
type TitledCode = (typeof titledCodes)[number];
const titled = new Set<string>(titledCodes);

/**
 * Shows an error from the core (or an unexpected one) as a readable alert. The core wrote the
 * message in the person's language already; the title comes from the `errors` namespace.
 */
export function ErrorAlert({
  error,
}: {
  error: ApiError | SerializedError | string | null | undefined | unknown;
}) {
  const t = useT('errors');
  const common = useT('common');
  if (!error) return null;
  const apiError = isApiErrorLike(error) ? error : null;
  const message =
    typeof error === 'string' ? error : (apiError?.message ?? (error as SerializedError).message);
  const title = apiError && titled.has(apiError.code) ? t(apiError.code as TitledCode) : undefined;
  return (
    <Alert severity="error" sx={{ mb: 2 }} role="alert">
      {title && <AlertTitle>{title}</AlertTitle>}
      {message ?? common('somethingWentWrong')}
    </Alert>
  );
}
