import os from 'node:os';
import path from 'node:path';

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

/** `--db PATH` wins, then the PRIVACY_DESK_DB environment variable, then the user-data folder. */
export function resolveDatabaseFile(
  explicit: string | undefined,
  userDataDir: string,
  env = process.env,
): string {
  const chosen = explicit ?? env.PRIVACY_DESK_DB;
  return chosen ? path.resolve(chosen) : path.join(userDataDir, databaseFileName);
}
