import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../../shared/errors';

/**
 * Puts the core's field issues next to the fields they concern. Returns what is left to show
 * above the form (a rule or conflict message, or issues on fields the form does not have).
 */
export function applyApiError<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null {
  const leftovers: string[] = [];
  for (const issue of error.issues ?? []) {
    const field = fields.find((name) => issue.path === name || issue.path.startsWith(`${name}.`));
    if (field) setError(field, { type: 'server', message: issue.message });
    else leftovers.push(issue.message);
  }
  if (!error.issues || error.issues.length === 0) return error.message;
  return leftovers.length > 0 ? leftovers.join(' ') : null;
}

export function isApiErrorLike(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
