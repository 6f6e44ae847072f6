import { z } from 'zod';
import { weakPasswordReason } from './passwords';

/** Building blocks for channel schemas. Dates cross IPC as ISO strings, never as Date objects. */

export const id = z.number().int().positive();

export const isoDate = z.iso.date({ error: 'Use a date in the form YYYY-MM-DD' });

export const isoDateTime = z.iso.datetime({ offset: true, error: 'Use a date and time in ISO 8601 form' });

export function requiredText(label: string, max = 200) {
  return z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max, `${label} can be at most ${max} characters`);
}

export function optionalText(label: string, max = 2000) {
  return z
    .string()
    .trim()
    .max(max, `${label} can be at most ${max} characters`)
    .optional()
    .transform((value) => (value ? value : undefined));
}

/** An e-mail address a person may leave out. */
export const optionalEmail = z
  .string()
  .trim()
  .max(200, 'The e-mail address can be at most 200 characters')
  .optional()
  .transform((value) => (value ? value : undefined))
  .pipe(z.email({ error: 'Enter a valid e-mail address' }).optional());

/** A phone number a person may leave out: digits, spaces and + - ( ) . / only. */
export const optionalPhone = z
  .string()
  .trim()
  .max(40, 'The phone number can be at most 40 characters')
  .regex(/^[+0-9 ()./-]*$/, 'A phone number has digits, spaces and + - ( ) only')
  .optional()
  .transform((value) => (value ? value : undefined));

export const emptyInput = z.strictObject({}).optional().default({});

export const sortDirection = z.enum(['asc', 'desc']);

/** Paging for server-side DataGrids: zero-based page, bounded page size. */
export const pageRequest = {
  page: z.number().int().min(0).default(0),
  pageSize: z.number().int().min(1).max(500).default(50),
};

export function pageOf<T extends z.ZodType>(row: T) {
  return z.object({ rows: z.array(row), total: z.number().int().min(0) });
}

/**
 * Passwords: long enough to resist guessing, short enough that scrypt's input stays bounded, and
 * neither blank, nor a few repeated characters, nor one of the most common (`passwords.ts`).
 */
export const password = z
  .string({ error: 'Password is required' })
  .min(10, 'The password must be at least 10 characters')
  .max(200, 'The password can be at most 200 characters')
  .superRefine((value, context) => {
    const reason = value.length >= 10 && value.length <= 200 ? weakPasswordReason(value) : null;
    if (reason) context.addIssue({ code: 'custom', message: reason });
  });

export const username = z
  .string({ error: 'User name is required' })
  .trim()
  .toLowerCase()
  .min(2, 'The user name must be at least 2 characters')
  .max(64, 'The user name can be at most 64 characters')
  .regex(/^[a-z0-9._-]+$/, 'Use only letters a-z, digits, dot, dash and underscore in the user name');
