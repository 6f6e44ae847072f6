import crypto from 'node:crypto';

export const genesisHash = '0'.repeat(64);

/** The stored columns of one audit entry, exactly as they are hashed. */
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
  prev_hash: string;
  hash: string;
}

/** SHA-256 of the previous entry's hash and this entry's own stored content. */
export function entryHash(prevHash: string, row: Omit<AuditRow, 'hash' | 'prev_hash'>): string {
  const content = [
    row.id,
    row.at,
    row.user_id ?? '',
    row.username,
    row.channel,
    row.action,
    row.entity_type,
    row.entity_id ?? '',
    row.before_json ?? '',
    row.after_json ?? '',
  ]
    .map(String)
    .join('\u001f');
  return crypto.createHash('sha256').update(prevHash).update('\u001e').update(content).digest('hex');
}

export type ChainCheck = { ok: true } | { ok: false; reason: string };

export function checkLink(row: AuditRow, expectedPrevHash: string, expectedId: number): ChainCheck {
  if (row.id !== expectedId)
    return { ok: false, reason: `entry ${expectedId} is missing (next is ${row.id})` };
  if (row.prev_hash !== expectedPrevHash)
    return { ok: false, reason: 'its link to the previous entry is broken' };
  if (entryHash(row.prev_hash, row) !== row.hash)
    return { ok: false, reason: 'its content does not match its hash' };
  return { ok: true };
}
