import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { auditKeyFileName } from '../core/audit/key';

/** What the desktop app needs of Electron's `safeStorage` (a parameter, so it is tested without Electron). */
export interface SecretBox {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
}

/** The app's audit key, encrypted by the system keychain, in the user-data folder. */
export const sealedAuditKeyFileName = 'audit-key.sealed';

/**
 * Where the desktop app's core gets the audit chain's key (core/audit/key.ts):
 *
 * * `audit.key` in the database's data folder, when it is there (the command-line tool made it, or an
 *   administrator saved it for the tool, or a restored backup brought it): the core reads that file;
 * * otherwise the key kept in the system keychain through `safeStorage` (made on first start), handed
 *   to the core process as bytes, so no readable key file lies beside the database;
 * * where the system has no keychain to encrypt with, a key file readable only by its owner
 *   (`audit.key` in the data folder, created on first use), as the command-line tool keeps it.
 */
export function deskAuditKey(
  box: SecretBox,
  userData: string,
  dataDir: string,
): { key: Uint8Array } | { file: string } {
  const keyFile = path.join(dataDir, auditKeyFileName);
  if (fs.existsSync(keyFile) || !box.isEncryptionAvailable()) return { file: keyFile };
  const sealed = path.join(userData, sealedAuditKeyFileName);
  if (fs.existsSync(sealed)) {
    const key = Buffer.from(box.decryptString(fs.readFileSync(sealed)), 'base64');
    if (key.length !== 32) throw new Error(`${sealed} does not hold an audit key of Privacy Desk.`);
    return { key };
  }
  const key = crypto.randomBytes(32);
  fs.mkdirSync(userData, { recursive: true });
  fs.writeFileSync(sealed, box.encryptString(key.toString('base64')), { flag: 'wx', mode: 0o600 });
  return { key };
}
