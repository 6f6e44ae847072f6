import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { ApiError } from '../../shared/errors';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * The form's field an issue's path names: the path itself where the form's values hold it
 * (`representative.name`, `transfers.0.occasional`), else its deepest part they do hold. An element
 * of a list of plain values (`types.0`) is no field of its own: its list is. Null when the form has
 * no such field at all.
 */
export function fieldOfIssue(values: FieldValues, path: string): string | null {
  const parts = path.split('.');
  if (!(parts[0]! in values)) return null;
  let field = parts[0]!;
  let value: unknown = values[field];
  for (const part of parts.slice(1)) {
    if (!isRecord(value) || !(part in value) || (Array.isArray(value) && !isRecord(value[Number(part)])))
      break;
    value = (value as Record<string, unknown>)[part];
    field = `${field}.${part}`;
  }
  return field;
}

/**
 * Puts the core's field issues next to the fields they concern, nested ones under their nested
 * field. Returns what is left to show above the form (a rule or conflict message, or issues on
 * fields the form does not have).
 */
export function applyApiError<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  values: T,
): string | null {
  const leftovers: string[] = [];
  for (const issue of error.issues ?? []) {
    const field = fieldOfIssue(values, issue.path);
    if (field !== null) setError(field as Path<T>, { type: 'server', message: issue.message });
    else leftovers.push(issue.message);
  }
  if (!error.issues || error.issues.length === 0) return error.message;
  return leftovers.length > 0 ? leftovers.join(' ') : null;
}

export function isApiErrorLike(value: unknown): value is ApiError {
  return typeof value === 'object' && value !== null && 'code' in value && 'message' in value;
}
