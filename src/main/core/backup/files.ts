import fs from 'node:fs';
import path from 'node:path';

/**
 * Where backups live and what they are called. A backup is a SQLite file (a consistent copy made
 * with SQLite's online backup) and, beside it, a folder `<file>.attachments/` with the attached
 * files and a `manifest.json` (see backup/service.ts). The app's daily backups are kept in
 * `backups/` beside the database, named by the time they were made (UTC), so they sort by name.
 */
export function backupsDir(dataDir: string): string {
  return path.join(dataDir, 'backups');
}

export function attachmentsDirOf(backupFile: string): string {
  return `${backupFile}.attachments`;
}

export function manifestFileOf(backupFile: string): string {
  return path.join(attachmentsDirOf(backupFile), 'manifest.json');
}

const dailyName = /^privacy-desk-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}Z)\.sqlite3$/;

export function dailyBackupName(at: Date): string {
  return `privacy-desk-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.sqlite3`;
}

/** The instant a daily backup was made, from its name; null for any other file. */
export function dailyBackupTime(name: string): string | null {
  const match = dailyName.exec(name);
  if (!match) return null;
  const [date, time] = match[1].slice(0, -1).split('T');
  return `${date}T${time.replace(/-/g, ':')}.000Z`;
}

/** The daily backups in the folder, newest first. */
export function listBackupFiles(dataDir: string): string[] {
  const dir = backupsDir(dataDir);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((name) => dailyBackupTime(name) !== null)
    .sort()
    .reverse()
    .map((name) => path.join(dir, name));
}

export function newestBackupFile(dataDir: string): string | null {
  return listBackupFiles(dataDir)[0] ?? null;
}
