import crypto from 'node:crypto';
import fs from 'node:fs';
import { manifestFileOf } from './files';

/**
 * Backups and restores. A backup is a consistent copy of a live database made with SQLite's
 * online backup on a connection of its own (it reads one snapshot while the app goes on writing),
 * and beside it `<file>.attachments/` with every attached file and `manifest.json`: when, from
 * which version, the row count of every table, the audit chain's length and head, and each
 * file's SHA-256. Files, not an archive: a million-inquiry office's database alone comes close to
 * the 4 GB a zip without ZIP64 can hold. On PostgreSQL (office mode) the database's own
 * `pg_dump` is the way, and the commands say so.
 */
export const manifestFormat = 'privacy-desk-backup/1';

export interface BackupManifest {
  format: typeof manifestFormat;
  createdAt: string;
  database: string;
  migrations: string[];
  tables: Record<string, number>;
  audit: { entries: number; head: string | null; keyId?: string };
  attachments: Array<{ storedName: string; sha256: string; sizeBytes: number }>;
}

export function readManifest(backupFile: string): BackupManifest | null {
  try {
    const manifest = JSON.parse(fs.readFileSync(manifestFileOf(backupFile), 'utf8')) as BackupManifest;
    return manifest.format === manifestFormat ? manifest : null;
  } catch {
    return null;
  }
}

export function sha256File(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
