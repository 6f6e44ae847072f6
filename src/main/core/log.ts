import electronLog from 'electron-log/node';

export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

/**
 * What must never be masked, because an operator needs it and it is no one's personal data: ISO
 * dates and times, dd.mm.yyyy dates, clock times, and the app's record numbers (case 2026-0001,
 * BR-2026-0001). They are set aside before masking and put back after.
 */
const keep =
  /\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?|\b\d{2}\.\d{2}\.\d{4}\b|\b\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\b|\b(?:19|20)\d{2}-\d{4,6}\b/g;

/**
 * E-mail addresses, also with a bare host (`kari@localhost`) or letters beyond ASCII (`ola@bø.no`);
 * not a scoped package path (`node_modules/@mui`), whose `@` follows a slash.
 */
const email = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*/gu;

/** scrypt hashes as the app stores them (`scrypt$N$r$p$salt$key`). */
const passwordHash = /scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]*\$[A-Za-z0-9+/=]*/g;

/** Norwegian national identity numbers: 11 digits, sometimes written 6 + 5. */
const nationalId = /(?<![\p{L}\p{N}_])\d{6} ?\d{5}(?![\p{L}\p{N}_])/gu;

/**
 * Phone numbers in every form the app accepts (digits with spaces, + - ( ) . /): 912 34 567,
 * +47 912 34 567, 912.34.567, 22/11/33/44, (+47) 22-11-33-44, 0047 91234567. A run of 8 to 15
 * digits with those separators, not part of a longer word or number (so no hex hash is cut).
 */
const phone = /(?<![\p{L}\p{N}_])(?:\+|\(\+?)?\d[\d ()./-]*\d(?![\p{L}\p{N}_])/gu;

function maskPhones(text: string): string {
  return text.replace(phone, (match) => {
    const digits = match.replace(/\D/g, '').length;
    return digits >= 8 && digits <= 15 ? '[phone]' : match;
  });
}

/**
 * Logs are for operators, not a second copy of personal data: password hashes, e-mail addresses,
 * national identity numbers and phone numbers are masked; dates, times and record numbers stay.
 * Names, addresses and notes cannot be recognised in free text, which is why errors are logged by
 * their shape (`describeError`), never with the values a statement carried.
 */
export function redactPersonalData(text: string): string {
  const kept: string[] = [];
  const protectedText = text.replace(keep, (match) => {
    kept.push(match);
    return `\ue000${kept.length - 1}\ue001`;
  });
  const masked = maskPhones(
    protectedText
      .replace(passwordHash, '[password hash]')
      .replace(email, '[email]')
      .replace(nationalId, '[national id]'),
  );
  return masked.replace(/\ue000(\d+)\ue001/g, (_match, index: string) => kept[Number(index)] ?? '');
}

const sqlStart =
  /^\s*(select|insert|update|delete|with|pragma|create|alter|drop|begin|commit|rollback|vacuum|savepoint|release|replace)\b/i;

/**
 * The shape of a statement: every quoted string, blob and number replaced by `?`, so what it
 * carried (a name, a note, a password hash) is never written anywhere.
 */
export function statementShape(sql: string): string {
  const shape = sql
    .replace(/[xX]'[0-9a-fA-F]*'/g, '?')
    .replace(/'(?:[^']|'')*'/g, '?')
    .replace(/(?<![\w`"$])-?\d+(?:\.\d+)?(?:e[+-]?\d+)?(?![\w`"])/gi, '?')
    .replace(/\s+/g, ' ')
    .trim();
  return shape.length > 300 ? `${shape.slice(0, 300)}…` : shape;
}

/**
 * One line for the log about a failure: the driver's error code and message, and for a database
 * error the statement's shape only. knex puts the whole statement, with its values, in front of
 * the driver's message (`<sql> - SQLITE_BUSY: database is locked`); that part is reduced to its
 * shape here, whatever knex's `compileSqlOnError` says.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return redactPersonalData(String(error)).slice(0, 500);
  const raw = (error as { code?: unknown }).code;
  const code = typeof raw === 'string' ? raw : null;
  let message = error.message;
  let statement: string | null = null;
  const split = message.lastIndexOf(' - ');
  if (split > 0 && sqlStart.test(message)) {
    statement = statementShape(message.slice(0, split));
    message = message.slice(split + 3);
  } else if (sqlStart.test(message)) {
    statement = statementShape(message);
    message = '';
  }
  const parts = [
    code && !message.startsWith(code) ? `${code}:` : null,
    redactPersonalData(message).slice(0, 500) || null,
    statement ? `(statement: ${redactPersonalData(statement)})` : null,
  ].filter((part): part is string => part !== null);
  return `${error.name === 'Error' ? '' : `${error.name}: `}${parts.join(' ')}`;
}

/** An error fit for a log: its description and its call stack, nothing it carried besides. */
function sanitizeError(error: Error): Error {
  const copy = new Error(describeError(error));
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .map(redactPersonalData);
  copy.stack = [`Error: ${copy.message}`, ...frames].join('\n');
  return copy;
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (value instanceof Error) return sanitizeError(value);
  if (value !== null && typeof value === 'object') {
    try {
      return redactPersonalData(JSON.stringify(value)).slice(0, 2000);
    } catch {
      return '[unprintable value]';
    }
  }
  return value;
}

export interface LoggerOptions {
  /** Log file; omitted means no file. */
  file?: string;
  /** Also write to the console (the CLI and development). */
  console?: boolean;
}

export function createLogger(options: LoggerOptions): Logger {
  const log = electronLog.create({ logId: `privacy-desk-${options.file ?? 'console'}` });
  log.transports.console.level = options.console ? 'info' : false;
  if (options.file) {
    const file = options.file;
    log.transports.file.resolvePathFn = () => file;
    log.transports.file.level = 'info';
  } else {
    log.transports.file.level = false;
  }
  // Every argument of every entry, for every transport, passes through the mask.
  log.hooks.push((message) => ({ ...message, data: message.data.map(redactValue) }));
  return {
    info: (message, ...details) => log.info(message, ...details),
    warn: (message, ...details) => log.warn(message, ...details),
    error: (message, ...details) => log.error(message, ...details),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
