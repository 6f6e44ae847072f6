import { useCallback } from 'react';
import type { ApiError } from '../../../shared/errors';
import { notice } from '../../app/notifications';
import { useAppDispatch } from '../../app/store';
import { text } from '../../i18n';

type Outcome<T> = { data: T; error?: undefined } | { data?: undefined; error: unknown };

/**
 * Runs a mutation and reports it: the success message as a notice, a failure as an error notice.
 * Returns the data, or the core's error for forms that put it on their fields.
 */
export function useRun() {
  const dispatch = useAppDispatch();
  return useCallback(
    async <T>(
      pending: PromiseLike<Outcome<T>>,
      success?: string,
      { quietError = false }: { quietError?: boolean } = {},
    ): Promise<{ ok: true; data: T } | { ok: false; error: ApiError }> => {
      const result = await pending;
      if (result.error !== undefined) {
        const error = result.error as ApiError;
        if (!quietError) dispatch(notice(error.message ?? text('common', 'somethingWentWrong'), 'error'));
        return { ok: false, error };
      }
      if (success) dispatch(notice(success));
      return { ok: true, data: result.data as T };
    },
    [dispatch],
  );
}

/**
 * The note field of a record's `EventTimeline`: its label, and saving a note with the record's own
 * note mutation (reported like any other) while saying whether one is being saved.
 */
export function useTimelineNote(
  [add, { isLoading }]: readonly [
    (arg: { id: number; text: string }) => PromiseLike<Outcome<unknown>>,
    { isLoading: boolean },
  ],
  id: number,
  words: { label: string; saved: string },
) {
  const run = useRun();
  return {
    noteLabel: words.label,
    onAddNote: async (text: string) => (await run(add({ id, text }), words.saved)).ok,
    saving: isLoading,
  };
}
