import type { ApiError } from '../../../shared/errors';
import { isApiErrorLike } from '../../lib/forms';
import type { MutationResult } from './useChannelForm';

/**
 * A command whose input nests the form's fields (`{ id, changes: {...} }`) answers issues on
 * "changes.title": this puts them on the form's own "title".
 */
export function unnested<T>(result: MutationResult<T>, key: string): MutationResult<T> {
  if (result.error === undefined || !isApiErrorLike(result.error) || !result.error.issues) return result;
  const error: ApiError = {
    ...result.error,
    issues: result.error.issues.map((issue) => ({
      ...issue,
      path: issue.path.startsWith(`${key}.`) ? issue.path.slice(key.length + 1) : issue.path,
    })),
  };
  return { error };
}
