import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type AuditKey, keyIdOf } from '../audit/chain';
import { auditKeyFileName, readKeyFile, resolveAuditKey } from '../audit/key';
import { readAuditState } from '../audit/repository';
import { verifyChain } from '../audit/verify';
import { errorMessage } from '../../../shared/i18n/errors';
import { type AppError, type ErrorText, ruleViolation } from '../errors';
import { attachmentsDirOf, manifestFileOf } from './files';
import { openBackupFile } from './make';
import { readManifest, sha256File } from './manifest';
import { countRows, integrityProblems, lastAuditEntry } from './repository';

export interface Verification {
  ok: boolean;
  /** What the check found, as messages of the `errors` namespace; `problems` is their English. */
  findings: ErrorText[];
  problems: string[];
  auditEntries: number;
  attachments: number;
}

/**
 * Checks a backup before it is restored: the file is a sound SQLite database, its audit chain is
 * intact, its row counts are those of its manifest, and every attached file is there with its
 * SHA-256.
 */
export async function verifyBackup(backupFile: string, officeKey?: AuditKey): Promise<Verification> {
  const findings: ErrorText[] = [];
  const found = (key: ErrorText['key'], params?: ErrorText['params']) => findings.push({ key, params });
  if (!fs.existsSync(backupFile)) {
    found('backupMissing', { file: backupFile });
    return { ok: false, findings, problems: englishOf(findings), auditEntries: 0, attachments: 0 };
  }
  const manifest = readManifest(backupFile);
  if (!manifest) found('backupManifestMissing', { file: manifestFileOf(backupFile) });
  const db = openBackupFile(backupFile);
  let auditEntries = 0;
  try {
    const damage = await integrityProblems(db);
    if (damage.length > 0) found('backupDamaged', { found: damage.join('; ') });
    const recordedKeyId = (await readAuditState(db)).key_id ?? null;
    const besideIt = readKeyFile(path.join(attachmentsDirOf(backupFile), auditKeyFileName));
    const key = [besideIt, officeKey].find((candidate) => candidate && keyIdOf(candidate) === recordedKeyId);
    if (recordedKeyId !== null && !key) {
      found('backupOtherKey', { id: recordedKeyId, folder: attachmentsDirOf(backupFile) });
    } else {
      const resolved = resolveAuditKey(key ?? crypto.randomBytes(32), recordedKeyId, backupFile);
      const chain = await verifyChain(db, resolved, null);
      auditEntries = chain.entries;
      if (!chain.ok)
        found('backupChainBreaks', { id: chain.firstBadId, reason: chain.reason, entries: chain.entries });
      else if (manifest) {
        const last = await lastAuditEntry(db);
        if ((last?.id ?? 0) !== manifest.audit.entries || (last?.hash ?? null) !== manifest.audit.head)
          found('backupChainEnd');
      }
    }
    if (manifest) {
      const counts = await countRows(db, Object.keys(manifest.tables));
      for (const [table, count] of Object.entries(manifest.tables))
        if (counts[table] !== count) found('backupRowCount', { table, rows: counts[table], expected: count });
    }
  } catch (error) {
    found('backupUnreadable', {
      code: error instanceof Error && 'code' in error ? String(error.code) : { key: 'unknownError' },
    });
  } finally {
    await db.destroy();
  }
  for (const file of manifest?.attachments ?? []) {
    const stored = path.join(attachmentsDirOf(backupFile), file.storedName);
    if (!fs.existsSync(stored)) found('backupFileMissing', { file: file.storedName });
    else if (sha256File(stored) !== file.sha256) found('backupFileAltered', { file: file.storedName });
  }
  return {
    ok: findings.length === 0,
    findings,
    problems: englishOf(findings),
    auditEntries,
    attachments: manifest?.attachments.length ?? 0,
  };
}

function englishOf(findings: readonly ErrorText[]): string[] {
  return findings.map((finding) => errorMessage('en', finding));
}

/** Refuses to restore a backup that did not verify, naming the first three things its check found. */
export function cannotRestore(name: string, verification: Verification): AppError {
  return ruleViolation({
    key: 'cannotRestore',
    params: { name, problems: { list: verification.findings.slice(0, 3), join: ' ' } },
  });
}
