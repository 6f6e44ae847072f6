import { TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { z } from 'zod';
import { parseOsloInput } from '../../../shared/breaches/time';
import { text, useT } from '../../i18n';

function parsed(text: string, context: z.RefinementCtx): string {
  const result = parseOsloInput(text);
  if (result.ok) return result.iso;
  context.addIssue({ code: 'custom', message: result.message });
  return z.NEVER;
}

/** A form's text "dd.mm.yyyy hh:mm" (Oslo time) that becomes the contract's ISO instant. */
export const osloTime = z
  .string()
  .trim()
  .min(1, { error: () => text('breaches', 'requiredTime') })
  .transform((text, context) => parsed(text, context));

// The form components take a form whose values after validation still fit its fields (react-hook-form's
// Control<T>), so what may be left empty becomes undefined (the contract's default), never null.

/** The same, left empty while unknown (the contract then keeps null). */
export const optionalOsloTime = z
  .string()
  .optional()
  .transform((text, context) => (text?.trim() ? parsed(text, context) : undefined));

/** A whole number typed in a field, or undefined when empty (the contract then keeps null). */
export const wholeNumberText = z
  .union([z.string(), z.number()])
  .optional()
  .transform((typed) => String(typed ?? '').replace(/\s/g, ''))
  .refine((typed) => /^\d*$/.test(typed), { error: () => text('breaches', 'wholeNumber') })
  .transform((text) => (text ? Number(text) : undefined));

/** The instant a typed Oslo time means, or null while it is empty or not a time. */
export function osloInstant(text: string | undefined): string | null {
  const result = text?.trim() ? parseOsloInput(text) : null;
  return result?.ok ? result.iso : null;
}

/**
 * A date and time typed in one field, as "dd.mm.yyyy hh:mm" in Oslo time (whatever the computer's
 * own time zone), bound to a react-hook-form field; what is typed is checked as it is typed.
 */
export function FormOsloDateTimeField<T extends FieldValues>({
  control,
  name,
  label,
  helperText,
  required,
  autoFocus,
}: {
  control: Control<T>;
  name: Path<T>;
  label: string;
  helperText?: ReactNode;
  required?: boolean;
  autoFocus?: boolean;
}) {
  const t = useT('breaches');
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => {
        const text = (field.value as string | undefined) ?? '';
        const typed = text.trim() ? parseOsloInput(text) : null;
        const typingError = typed && !typed.ok ? typed.message : null;
        return (
          <TextField
            label={label}
            name={field.name}
            value={text}
            required={required}
            autoFocus={autoFocus}
            placeholder={t('timePlaceholder')}
            onChange={field.onChange}
            onBlur={field.onBlur}
            inputRef={field.ref}
            error={Boolean(fieldState.error ?? typingError)}
            helperText={fieldState.error?.message ?? typingError ?? helperText ?? t('timeHelp')}
            slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'off' } }}
          />
        );
      }}
    />
  );
}
