import crypto from 'node:crypto';

export const genesisHash = '0'.repeat(64);

/**
 * The stored columns of one audit entry. Entries written before migration 030 ("legacy") keep their
 * payload in `before_json`/`after_json` and are chained with plain SHA-256; later ones ("keyed") keep
 * it in `audit_payloads`, hold its keyed hash in `payload_hash`, and are chained with HMAC-SHA-256
 * under a key that is not in the database.
 */
export interface AuditRow {
  id: number;
  at: string;
  user_id: number | null;
  username: string;
  channel: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before_json: string | null;
  after_json: string | null;
  payload_hash: string | null;
  prev_hash: string;
  hash: string;
}

/** The entry's own columns that every hash covers, in a fixed order. */
function headerOf(row: Omit<AuditRow, 'hash' | 'prev_hash'>): string[] {
  return [
    String(row.id),
    row.at,
    String(row.user_id ?? ''),
    row.username,
    row.channel,
    row.action,
    row.entity_type,
    row.entity_id ?? '',
  ];
}

/** SHA-256 of the previous entry's hash and this entry's own stored content (entries before 030). */
export function entryHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  const content = [...headerOf(row), row.before_json ?? '', row.after_json ?? ''].join('\u001f');
  return crypto.createHash('sha256').update(prevHash).update('\u001e').update(content).digest('hex');
}

/** The chain's key: 32 random bytes kept outside the database (core/audit/key.ts). */
export type AuditKey = Buffer;

function mac(key: AuditKey, purpose: string, parts: readonly string[]): string {
  const hmac = crypto.createHmac('sha256', key).update(purpose).update('\u001d');
  parts.forEach((part, index) => {
    if (index > 0) hmac.update('\u001f');
    hmac.update(part);
  });
  return hmac.digest('hex');
}

/** A short public name of a key (not reversible), recorded in the database and the head. */
export function keyIdOf(key: AuditKey): string {
  return mac(key, 'privacy-desk audit key id', []).slice(0, 16);
}

/**
 * The keyed hash of a payload. The salt (random, stored with the payload) goes when the payload is
 * redacted, so the hash that stays cannot be used to test a guess of what it held.
 */
export function payloadHash(
  key: AuditKey,
  salt: string,
  beforeJson: string | null,
  afterJson: string | null,
): string {
  return mac(key, 'payload', [salt, beforeJson ?? '\u0000', afterJson ?? '\u0000']);
}

/** HMAC of the previous entry's hash and this entry's columns with its payload's hash (entries from 030 on). */
export function keyedEntryHash(
  key: AuditKey,
  prevHash: string,
  row: Omit<AuditRow, 'hash' | 'prev_hash' | 'before_json' | 'after_json'>,
): string {
  return mac(key, 'entry', [
    prevHash,
    ...headerOf({ ...row, before_json: null, after_json: null }),
    row.payload_hash ?? '',
  ]);
}

/**
 * The seal of an entry written before 030: its columns, its links and the keyed hash of its payload,
 * so that once its payload is redacted (and its SHA-256 can no longer be recomputed) the rest of it
 * is still checked, and no one without the key can make a sealed entry say something else.
 */
export function sealOf(key: AuditKey, row: AuditRow, legacyPayloadHash: string | null): string {
  return mac(key, 'seal', [...headerOf(row), legacyPayloadHash ?? '', row.prev_hash, row.hash]);
}

/** The keyed hash of a legacy entry's payload (no salt: it was written before salts existed). */
export function legacyPayloadHash(
  key: AuditKey,
  row: Pick<AuditRow, 'before_json' | 'after_json'>,
): string | null {
  if (row.before_json === null && row.after_json === null) return null;
  return payloadHash(key, 'legacy', row.before_json, row.after_json);
}

/** The head kept outside the database, authenticated with the key. */
export function headMac(
  key: AuditKey,
  head: { databaseId: string; entries: number; hash: string; keyedFrom: number },
): string {
  return mac(key, 'head', [head.databaseId, String(head.entries), head.hash, String(head.keyedFrom)]);
}
