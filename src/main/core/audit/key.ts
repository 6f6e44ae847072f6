import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../errors';
import { type AuditKey, keyIdOf } from './chain';

/** The key file's name in the data folder, when no other place is given. */
export const auditKeyFileName = 'audit.key';

export function defaultAuditKeyFile(dataDir: string): string {
  return path.join(dataDir, auditKeyFileName);
}

/**
 * Where the core gets the audit chain's key: the key itself (the desktop app, which keeps it in the
 * system keychain through Electron's safeStorage and hands it over), or a key file readable only by its
 * owner (the command-line tool and the office server: `--audit-key FILE`, `PRIVACY_DESK_AUDIT_KEY`, or
 * `audit.key` in the data folder), created on first use.
 */
export type AuditKeyOption = AuditKey | { file: string };

export interface ResolvedAuditKey {
  key: AuditKey;
  id: string;
  /** The key file, when the key came from one (backups then carry a copy: core/backup). */
  file: string | null;
}

export class AuditKeyError extends AppError {
  constructor(message: string) {
    super('CONFLICT', message);
    this.name = 'AuditKeyError';
  }
}

const keyFileHeader = 'privacy-desk-audit-key-1';

export function keyFileText(key: AuditKey): string {
  return `${keyFileHeader} ${key.toString('base64')}\n`;
}

function parseKeyFile(file: string, text: string): AuditKey {
  const [header, encoded] = text.trim().split(/\s+/);
  const key = header === keyFileHeader && encoded ? Buffer.from(encoded, 'base64') : Buffer.alloc(0);
  if (key.length !== 32)
    throw new AuditKeyError(`${file} is not an audit key file of Privacy Desk (it should hold one line).`);
  return key;
}

/** Reads a key file, refusing one that others than its owner can read (POSIX). */
export function readKeyFile(file: string): AuditKey | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    return null;
  }
  if (process.platform !== 'win32' && (stat.mode & 0o077) !== 0)
    throw new AuditKeyError(
      `The audit key ${file} can be read by others than its owner (mode ${(stat.mode & 0o777).toString(8)}). ` +
        `Make it private with "chmod 600 ${file}" and try again.`,
    );
  return parseKeyFile(file, fs.readFileSync(file, 'utf8'));
}

/** Writes a new key file, readable only by its owner; if another process just made one, reads that. */
export function createKeyFile(file: string, key: AuditKey = crypto.randomBytes(32)): AuditKey {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    fs.writeFileSync(file, keyFileText(key), { flag: 'wx', mode: 0o600 });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readKeyFile(file) as AuditKey;
  }
}

/**
 * The key for a database whose chain is keyed with `recordedKeyId` (null: no keyed entry yet). A key
 * file is created only for a database that has none: a new key for a keyed chain would make every
 * entry after it unverifiable, so a missing or different key is refused with what to do.
 */
export function resolveAuditKey(
  option: AuditKeyOption,
  recordedKeyId: string | null,
  describe: string,
): ResolvedAuditKey {
  let key: AuditKey;
  let file: string | null = null;
  if (Buffer.isBuffer(option)) {
    if (option.length !== 32) throw new AuditKeyError('The audit key must be 32 bytes.');
    key = option;
  } else {
    file = path.resolve(option.file);
    const found = readKeyFile(file);
    if (found) key = found;
    else if (recordedKeyId !== null)
      throw new AuditKeyError(
        `The audit log of ${describe} is keyed with a key that is not here (${file} does not exist; ` +
          `key id ${recordedKeyId}). Copy the office's audit.key there (readable only by you), or name it ` +
          'with --audit-key FILE or PRIVACY_DESK_AUDIT_KEY. The desktop app keeps its key in the system ' +
          'keychain: Administration → Audit log → "Save the key for the command-line tool" writes it.',
      );
    else key = createKeyFile(file);
  }
  const id = keyIdOf(key);
  if (recordedKeyId !== null && recordedKeyId !== id)
    throw new AuditKeyError(
      `The audit log of ${describe} is keyed with another key (id ${recordedKeyId}) than ` +
        `${file ?? 'the one given'} (id ${id}). Use the office's own key.`,
    );
  return { key, id, file };
}
