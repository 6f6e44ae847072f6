import { zodResolver } from '@hookform/resolvers/zod';
import type { SerializedError } from '@reduxjs/toolkit';
import { useCallback, useMemo, useState } from 'react';
import {
  useForm,
  type Control,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
  type UseFormProps,
} from 'react-hook-form';
import type { z } from 'zod';
import type { ApiError, ApiResult } from '../../../shared/errors';
import { localMessage, zodErrorMap } from '../../../shared/i18n/errors';
import type { Language } from '../../../shared/i18n/languages';
import { currentLanguage, text } from '../../i18n';
import { applyApiError, isApiErrorLike } from '../../lib/forms';

/** Every `message` of react-hook-form's (nested) field errors, put in `language` as the core would. */
function localizeMessages(errors: unknown, language: Language): void {
  if (typeof errors !== 'object' || errors === null) return;
  for (const [name, value] of Object.entries(errors as Record<string, unknown>)) {
    if (name === 'ref') continue;
    if (name === 'message' && typeof value === 'string') {
      (errors as Record<string, unknown>).message = localMessage(language, value).message;
    } else localizeMessages(value, language);
  }
}

/**
 * zodResolver over the schema, with its messages in the person's language: zod's own words
 * through `zodErrorMap`, the schema's English sentences matched in the `errors` namespace, as
 * dispatch does in the core.
 */
function localResolver(schema: z.ZodType): Resolver<FieldValues> {
  const resolvers = {
    en: zodResolver(schema as never) as unknown as Resolver<FieldValues>,
    nb: zodResolver(
      schema as never,
      { error: zodErrorMap('nb') } as never,
    ) as unknown as Resolver<FieldValues>,
  };
  return async (values, context, options) => {
    const language = currentLanguage();
    const result = await resolvers[language](values, context, options);
    if (language !== 'en') localizeMessages(result.errors, language);
    return result;
  };
}

/**
 * What binds a field component to the form of `control`: spread `{...field('name')}` into `FormTextField`
 * and the rest. For a part of a form drawn by its own component, which is handed only the `control`.
 */
export function fieldBinder<T extends FieldValues, C, O extends FieldValues>(control: Control<T, C, O>) {
  return (name: Path<T>) => ({ control, name });
}

/** What an RTK Query mutation resolves to. */
export type MutationResult<T> = { data: T; error?: undefined } | { error: ApiError | SerializedError };

/** An RTK Query mutation's result, or `callApi`'s for the forms that call a channel directly (sign-in). */
export type SettleableResult<T> = MutationResult<T> | ApiResult<T>;

/**
 * The one way to build a form (docs/DEVELOPING.md, "Forms"): react-hook-form validated by a zod
 * schema (the contract's input schema, or one derived from it with `.pick`/`.extend` when the form
 * holds something else), with the core's answer mapped once: field issues go under their fields,
 * anything else to `formError`, shown above the form with `<FormError>`.
 *
 * `settle(await mutate(values))` answers `{ ok: true, data }`, or `{ ok: false }` after showing the error;
 * it takes `callApi`'s answer too, for the forms outside RTK Query (setup, sign-in, the lock screen).
 * `field(name)` binds a field component to the form: `<FormTextField {...field('summary')} label=… />`.
 */
export function useChannelForm<S extends z.ZodType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  options: Omit<UseFormProps<z.input<S>, unknown, z.output<S>>, 'resolver' | 'defaultValues'> = {},
) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    mode: 'onTouched',
    ...options,
    // The resolver's generic signature cannot see that S's input and output are these field types.
    resolver: localResolver(schema) as never,
    defaultValues,
  });
  const [formError, setFormError] = useState<string | null>(null);
  const { setError, getValues } = form;

  const showError = useCallback(
    (error: ApiError | SerializedError) => {
      if (!isApiErrorLike(error)) {
        setFormError(error.message ?? text('common', 'somethingWentWrong'));
        return;
      }
      setFormError(applyApiError(error, setError, getValues()));
    },
    [getValues, setError],
  );

  const settle = useCallback(
    <T>(result: SettleableResult<T>): { ok: true; data: T } | { ok: false } => {
      const failed = 'ok' in result ? (result.ok ? undefined : result.error) : result.error;
      if (failed !== undefined) {
        showError(failed);
        return { ok: false };
      }
      setFormError(null);
      return { ok: true, data: (result as { data: T }).data };
    },
    [showError],
  );

  const { control } = form;
  const field = useMemo(() => fieldBinder(control), [control]);

  return { ...form, formError, setFormError, showError, settle, field };
}
