import path from 'node:path';
import type { ErrorCode } from '../../shared/errors';
import { AppError } from './errors';

/**
 * Failures of the machine rather than of the person: a full disk, a read-only file or folder, a
 * damaged database, a file that is not a database, another program holding the database. Each is
 * answered with a message a person can act on, in one place: dispatch, the core's opening, the
 * command-line tool and the app's start-up all translate through here, and never show a raw
 * `SQLITE_…` text.
 */
export type FaultKind = 'full' | 'readOnly' | 'cannotOpen' | 'damaged' | 'notADatabase' | 'busy';

const kinds: Readonly<Record<string, FaultKind>> = {
  SQLITE_FULL: 'full',
  ENOSPC: 'full',
  EDQUOT: 'full',
  SQLITE_READONLY: 'readOnly',
  SQLITE_PERM: 'readOnly',
  EROFS: 'readOnly',
  EACCES: 'readOnly',
  EPERM: 'readOnly',
  SQLITE_CANTOPEN: 'cannotOpen',
  SQLITE_CORRUPT: 'damaged',
  SQLITE_NOTADB: 'notADatabase',
  SQLITE_BUSY: 'busy',
  SQLITE_LOCKED: 'busy',
};

const codes: Readonly<Record<FaultKind, ErrorCode>> = {
  full: 'DISK_FULL',
  readOnly: 'READ_ONLY',
  cannotOpen: 'READ_ONLY',
  damaged: 'DAMAGED',
  notADatabase: 'DAMAGED',
  busy: 'BUSY',
};

/** The kind of machine failure an error is, or null for any other failure. */
export function faultKind(error: unknown): FaultKind | null {
  if (!(error instanceof Error)) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && Object.hasOwn(kinds, code)) return kinds[code];
  // SQLite reports some faults only in its text (e.g. through a driver that drops the code).
  const match = /\b(SQLITE_[A-Z]+)\b/.exec(error.message);
  return match && Object.hasOwn(kinds, match[1]) ? kinds[match[1]] : null;
}

export interface FaultPlace {
  /** The database file (or its address). */
  dbFile: string;
  /** The newest backup to restore from, if one is known. */
  newestBackup?: string | null;
}

/** How to get the last backup back, for the messages about a damaged database. */
export function restoreAdvice(place: FaultPlace): string {
  const backup = place.newestBackup
    ? `The newest backup is ${place.newestBackup}: an administrator restores it under Administration → Backups, or with \`privacy-desk --db NEW-FILE restore --from ${place.newestBackup}\`.`
    : 'Restore the last backup you have with `privacy-desk --db NEW-FILE restore --from BACKUP-FILE` and open the new file.';
  return backup;
}

export function faultMessage(kind: FaultKind, place: FaultPlace): string {
  const folder = path.dirname(place.dbFile);
  switch (kind) {
    case 'full':
      return `The disk that holds ${folder} is full, so nothing was saved, and the app's log may not have been written either. Free some space on that disk (or ask IT to), then try again.`;
    case 'readOnly':
      return `Privacy Desk may only read ${place.dbFile}: the file or its folder ${folder} is read-only for your account, so nothing was saved. Ask IT to give your account write access to that folder, then start Privacy Desk again.`;
    case 'cannotOpen':
      return `Privacy Desk cannot open or create ${place.dbFile}: the folder ${folder} is missing or your account may not write there. Choose another folder with --db, or ask IT for write access.`;
    case 'damaged':
      return `The database ${place.dbFile} is damaged, so Privacy Desk saves nothing more in it. ${restoreAdvice(place)}`;
    case 'notADatabase':
      return `${place.dbFile} is not a Privacy Desk database (or it is damaged beyond reading), so it was left untouched. Check the file name given with --db or PRIVACY_DESK_DB. ${restoreAdvice(place)}`;
    case 'busy':
      return `Another program is holding ${place.dbFile} (a second copy of Privacy Desk, a backup tool or a database viewer), so nothing was saved. Close it and try again.`;
  }
}

/** The error a person is shown for a machine failure, or null when the error is not one. */
export function translateFault(error: unknown, place: FaultPlace): AppError | null {
  const kind = faultKind(error);
  return kind ? new AppError(codes[kind], faultMessage(kind, place)) : null;
}
