import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deskAuditKey, type SecretBox, sealedAuditKeyFileName } from '../../src/main/desk/audit-key';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-key-'));
  dirs.push(dir);
  return dir;
}

/** A stand-in for Electron's safeStorage: reversible, and visibly not the plain text. */
function box(available = true): SecretBox {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (text) => Buffer.from(`sealed:${[...text].reverse().join('')}`),
    decryptString: (sealed) => {
      const text = sealed.toString();
      if (!text.startsWith('sealed:')) throw new Error('not sealed by this keychain');
      return [...text.slice('sealed:'.length)].reverse().join('');
    },
  };
}

describe("the desktop app's audit key", () => {
  it('is made once, kept encrypted by the keychain, and the same on every start', () => {
    const userData = tempDir();
    const dataDir = tempDir();
    const first = deskAuditKey(box(), userData, dataDir);
    if (!('key' in first)) throw new Error('expected the key itself');
    expect(first.key).toHaveLength(32);
    const sealed = fs.readFileSync(path.join(userData, sealedAuditKeyFileName));
    expect(sealed.toString()).not.toContain(Buffer.from(first.key).toString('base64'));
    if (process.platform !== 'win32')
      expect(fs.statSync(path.join(userData, sealedAuditKeyFileName)).mode & 0o777).toBe(0o600);
    expect(deskAuditKey(box(), userData, dataDir)).toEqual(first);
    // No key file lies beside the database.
    expect(fs.readdirSync(dataDir)).toEqual([]);
  });

  it("uses the key file beside the database when there is one (the command-line tool's), or when there is no keychain", () => {
    const userData = tempDir();
    const dataDir = tempDir();
    expect(deskAuditKey(box(false), userData, dataDir)).toEqual({ file: path.join(dataDir, 'audit.key') });
    fs.writeFileSync(path.join(dataDir, 'audit.key'), 'x', { mode: 0o600 });
    expect(deskAuditKey(box(), userData, dataDir)).toEqual({ file: path.join(dataDir, 'audit.key') });
    expect(fs.existsSync(path.join(userData, sealedAuditKeyFileName))).toBe(false);
  });
});
