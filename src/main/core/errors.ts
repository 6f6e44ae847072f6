import type { z } from 'zod';
import type { ApiError, ErrorCode, ValidationIssue } from '../../shared/errors';
import type { Language } from '../../shared/i18n/languages';
import {
  errorMessage,
  localIssue,
  localMessage,
  matchErrorText,
  type ErrorText,
} from '../../shared/i18n/errors';

export type { ErrorText };

/** An English sentence (matched against the `errors` namespace when shown), or a key with parameters. */
export type Message = string | ErrorText;

function english(message: Message): string {
  return typeof message === 'string' ? message : errorMessage('en', message);
}

/** A message's key and parameters, for an `ApiError` or a `ValidationIssue`. */
function keyOf(text: ErrorText | undefined) {
  if (!text) return {};
  return text.params ? { key: text.key, params: text.params } : { key: text.key };
}

/** A field issue: its path and message, the message's key and parameters kept beside it. */
export function issue(path: string, message: Message): ValidationIssue {
  return { path, message: english(message), ...keyOf(typeof message === 'string' ? undefined : message) };
}

/**
 * A failure a person can understand. Services throw these; dispatch turns them into
 * `{ ok: false, error }` with the message in the caller's language (`localError`). Anything else
 * thrown is logged and reported as INTERNAL without details.
 */
export class AppError extends Error {
  /** The message's key in the `errors` namespace and its parameters, when it was thrown with them. */
  readonly text?: ErrorText;

  constructor(
    readonly code: ErrorCode,
    message: Message,
    readonly issues?: ValidationIssue[],
    /** Commit what the handler wrote before failing (e.g. a counted wrong password). */
    readonly keepChanges = false,
  ) {
    super(english(message));
    this.name = 'AppError';
    if (typeof message !== 'string') this.text = message;
  }

  toApiError(): ApiError {
    return this.issues
      ? { code: this.code, message: this.message, ...keyOf(this.text), issues: this.issues }
      : { code: this.code, message: this.message, ...keyOf(this.text) };
  }
}

export function notFound(what: string, id?: number | string): AppError {
  return new AppError(
    'NOT_FOUND',
    id === undefined
      ? { key: 'notFound', params: { what } }
      : { key: 'notFoundNumbered', params: { what, id } },
  );
}

/** A record inside a case (a task, a recipient, a checklist item, a restriction) that is not there. */
export function notFoundInCase(what: string, id: number, caseNumber: string): AppError {
  return new AppError('NOT_FOUND', { key: 'caseItemNotFound', params: { what, id, number: caseNumber } });
}

export function conflict(message: Message): AppError {
  return new AppError('CONFLICT', message);
}

/** A domain rule forbids this (e.g. an extension after the due date). */
export function ruleViolation(message: Message, issues?: ValidationIssue[]): AppError {
  return new AppError('RULE_VIOLATION', message, issues);
}

export function forbidden(message: Message): AppError {
  return new AppError('FORBIDDEN', message);
}

/** A field-level problem found by a service (beyond what the schema can say). */
export function invalidField(path: string, message: Message): AppError {
  return new AppError('INVALID_INPUT', message, [issue(path, message)]);
}

export function issuesFromZod(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((found) => ({
    path: found.path.map(String).join('.'),
    message: found.message,
  }));
}

/** One issue's message, or "N fields need attention: …" with the first three. */
function summary(issues: readonly ValidationIssue[]): ErrorText | string {
  const first = issues[0];
  if (issues.length === 1 && first) return first.message;
  const messages = `${issues
    .slice(0, 3)
    .map((found) => found.message)
    .join('; ')}${issues.length > 3 ? '; …' : ''}`;
  return { key: 'fieldsNeedAttention', params: { count: issues.length, messages } };
}

export function invalidInput(error: z.ZodError): AppError {
  const issues = issuesFromZod(error);
  return new AppError('INVALID_INPUT', summary(issues), issues);
}

/**
 * A message that sums up several issues ("3 fields need attention: …", "2 things to correct: …"),
 * rebuilt from the issues in `language`; null for any other message. A summary written as an
 * English sentence stays word for word in English.
 */
function localSummary(language: Language, error: ApiError, issues: readonly ValidationIssue[]) {
  const key = error.key ?? (issues.length > 1 ? matchErrorText(error.message)?.key : undefined);
  let rebuilt: ErrorText;
  if (key === 'fieldsNeedAttention') rebuilt = summary(issues) as ErrorText;
  else if (key === 'thingsToCorrect')
    rebuilt = {
      key,
      params: { count: issues.length, messages: issues.map((found) => found.message).join(' ') },
    };
  else return null;
  if (!error.key && language === 'en') return { message: error.message, text: rebuilt };
  return localMessage(language, error.message, rebuilt);
}

/**
 * An error as the caller reads it: every message in `language`, each with its key and
 * parameters beside it. A message without a key is matched against the namespace's English
 * texts; one it does not know stays as written.
 */
export function localError(error: ApiError, language: Language): ApiError {
  const issues = error.issues?.map((found) => localIssue(language, found));
  const given = error.key ? ({ key: error.key, params: error.params } as ErrorText) : null;
  let message: string;
  let text: ErrorText | null;
  const summed = issues ? localSummary(language, error, issues) : null;
  if (summed) {
    ({ message, text } = summed);
  } else if (issues?.length === 1 && error.issues?.[0]?.message === error.message) {
    message = issues[0]!.message;
    text = issues[0]!.key ? { key: issues[0]!.key as ErrorText['key'], params: issues[0]!.params } : null;
  } else {
    ({ message, text } = localMessage(language, error.message, given));
  }
  const local: ApiError = { code: error.code, message, ...keyOf(text ?? undefined) };
  return issues ? { ...local, issues } : local;
}
