import os from 'node:os';
import path from 'node:path';
import { type DatabaseTarget, resolveDatabaseTarget } from './db/target';

export const productName = 'Privacy Desk';
export const databaseFileName = 'privacy-desk.sqlite3';

/**
 * The folder Electron calls `userData` (appData + product name), computed without Electron so the
 * command-line tool finds the same database as the app.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const home = os.homedir();
  if (platform === 'win32')
    return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', productName);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), productName);
}

/**
 * `--db` wins, then the PRIVACY_DESK_DB environment variable, then the SQLite file in the user-data
 * folder. Either names an SQLite file or a `postgres://` URL; any other `scheme://` is refused.
 */
export function resolveDatabase(
  explicit: string | undefined,
  userDataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): DatabaseTarget {
  return resolveDatabaseTarget(explicit, path.join(userDataDir, databaseFileName), env);
}

/**
 * Where attachments, backups and logs live: `--data-dir` or PRIVACY_DESK_DATA_DIR, else the SQLite
 * file's folder, else (PostgreSQL) the user-data folder.
 */
export function resolveDataDir(
  target: DatabaseTarget,
  explicit: string | undefined,
  userDataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const chosen = explicit ?? env.PRIVACY_DESK_DATA_DIR;
  if (chosen) return path.resolve(chosen);
  return target.engine === 'sqlite' ? path.dirname(target.file) : userDataDir;
}

/** Logs live in `logs/` of the data folder: main.log, core.log, cli.log, server.log. */
export function defaultLogFile(dataDir: string, name: string): string {
  return path.join(dataDir, 'logs', `${name}.log`);
}
