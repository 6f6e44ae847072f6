import path from 'node:path';
import electronLog from 'electron-log/node';

export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

const patterns: Array<[RegExp, string]> = [
  [/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]'],
  [/\b\d{11}\b/g, '[national id]'],
  [/(\+?\d[\d\s-]{6,}\d)/g, '[phone]'],
];

/** Logs are for operators, not a second copy of personal data: e-mails, phone numbers and IDs are masked. */
export function redactPersonalData(text: string): string {
  return patterns.reduce((acc, [pattern, replacement]) => acc.replace(pattern, replacement), text);
}

function redactValue(value: unknown): unknown {
  if (typeof value === 'string') return redactPersonalData(value);
  if (value instanceof Error) {
    const copy = new Error(redactPersonalData(value.message));
    copy.stack = value.stack ? redactPersonalData(value.stack) : undefined;
    return copy;
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
  log.hooks.push((message) => ({ ...message, data: message.data.map(redactValue) }));
  return {
    info: (message, ...details) => log.info(message, ...details),
    warn: (message, ...details) => log.warn(message, ...details),
    error: (message, ...details) => log.error(message, ...details),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

/** Logs live in `logs/` beside the database they belong to. */
export function defaultLogFile(dataDir: string, name: string): string {
  return path.join(dataDir, 'logs', `${name}.log`);
}
