import type { ErrorParams } from './i18n/errors';

/** Every way a call can fail, each with its own code so the renderer can react precisely. */
export const errorCodes = [
  'UNKNOWN_CHANNEL',
  'INVALID_INPUT',
  'UNAUTHENTICATED',
  'SESSION_LOCKED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'RULE_VIOLATION',
  'INVALID_CREDENTIALS',
  'ACCOUNT_LOCKED',
  'TOO_LARGE',
  /** Too many sign-in attempts from one address or for one user name in a short time. */
  'RATE_LIMITED',
  /** The office server could not be reached; nothing was saved. */
  'UNAVAILABLE',
  /** The machine, not the person: the disk is full, the database is read-only, damaged or busy. */
  'DISK_FULL',
  'READ_ONLY',
  'DAMAGED',
  'BUSY',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/**
 * A message's key in the `errors` namespace (`src/shared/i18n/resources/errors.ts`) and its
 * parameters: the message itself is already written in the caller's language.
 */
export interface MessageKey {
  key?: string;
  params?: ErrorParams;
}

export interface ValidationIssue extends MessageKey {
  /** Dotted path of the offending field, e.g. `person.email`; empty for the whole payload. */
  path: string;
  message: string;
}

export interface ApiError extends MessageKey {
  code: ErrorCode;
  message: string;
  issues?: ValidationIssue[];
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; error: ApiError };

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as ApiError).code === 'string' &&
    typeof (value as ApiError).message === 'string'
  );
}
