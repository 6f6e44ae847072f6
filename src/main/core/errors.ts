import type { z } from 'zod';
import type { ApiError, ErrorCode, ValidationIssue } from '../../shared/errors';

/**
 * A failure a person can understand. Services throw these; dispatch turns them into
 * `{ ok: false, error }`. Anything else thrown is logged and reported as INTERNAL without details.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: ValidationIssue[],
    /** Commit what the handler wrote before failing (e.g. a counted wrong password). */
    readonly keepChanges = false,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toApiError(): ApiError {
    return this.issues
      ? { code: this.code, message: this.message, issues: this.issues }
      : { code: this.code, message: this.message };
  }
}

export function notFound(what: string, id?: number | string): AppError {
  return new AppError(
    'NOT_FOUND',
    id === undefined ? `${what} was not found.` : `${what} ${id} was not found.`,
  );
}

export function conflict(message: string): AppError {
  return new AppError('CONFLICT', message);
}

/** A domain rule forbids this (e.g. an extension after the due date). */
export function ruleViolation(message: string, issues?: ValidationIssue[]): AppError {
  return new AppError('RULE_VIOLATION', message, issues);
}

export function forbidden(message: string): AppError {
  return new AppError('FORBIDDEN', message);
}

/** A field-level problem found by a service (beyond what the schema can say). */
export function invalidField(path: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, [{ path, message }]);
}

export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

export function invalidInput(error: z.ZodError): AppError {
  const issues = issuesFromZod(error);
  const first = issues[0];
  const message =
    issues.length === 1 && first
      ? first.message
      : `${issues.length} fields need attention: ${issues
          .slice(0, 3)
          .map((issue) => issue.message)
          .join('; ')}${issues.length > 3 ? '; …' : ''}`;
  return new AppError('INVALID_INPUT', message, issues);
}
