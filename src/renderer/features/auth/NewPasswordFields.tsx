import { get, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import { PasswordField } from './PasswordField';

/**
 * A new password and its repetition, as every form that sets one asks for them (first start, a new
 * user, a reset, one's own change), with the form's messages under each and a hint under the first.
 */
export function NewPasswordFields<T extends FieldValues>({
  form,
  names,
  labels,
  hint,
  autoFocus = false,
}: {
  form: Pick<UseFormReturn<T>, 'register' | 'formState'>;
  names: { password: Path<T>; repeat: Path<T> };
  labels: { password: string; repeat: string };
  hint: string;
  autoFocus?: boolean;
}) {
  const message = (name: Path<T>): string | undefined => {
    const error: unknown = get(form.formState.errors, name);
    return error && typeof error === 'object' && 'message' in error && typeof error.message === 'string'
      ? error.message
      : undefined;
  };
  return (
    <>
      <PasswordField
        label={labels.password}
        autoComplete="new-password"
        autoFocus={autoFocus}
        {...form.register(names.password)}
        error={!!message(names.password)}
        helperText={message(names.password) ?? hint}
      />
      <PasswordField
        label={labels.repeat}
        autoComplete="new-password"
        {...form.register(names.repeat)}
        error={!!message(names.repeat)}
        helperText={message(names.repeat)}
      />
    </>
  );
}
