import type { Knex } from 'knex';
import type { AuditVerification } from '../../../shared/audit/contract';
import {
  entryHash,
  genesisHash,
  headMac,
  keyedEntryHash,
  legacyPayloadHash,
  payloadHash,
  sealOf,
} from './chain';
import type { AuditHead, AuditHeadStore } from './head';
import type { ResolvedAuditKey } from './key';
import { readAuditState, walkAuditRows, type WalkedRow } from './repository';

type Db = Knex | Knex.Transaction;

/** An entry's JSON payload, or null when it is none or unreadable. */
export function parseJson(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** The plain SHA-256 chain of entries written before 030 (all of them, before sealing). */
export async function verifyPlainChain(db: Db): Promise<{ ok: boolean; firstBadId: number | null }> {
  let expectedPrev = genesisHash;
  let expectedId = 1;
  let firstBadId: number | null = null;
  await walkAuditRows(db, (row) => {
    if (
      row.id !== expectedId ||
      row.prev_hash !== expectedPrev ||
      entryHash(row.prev_hash, row) !== row.hash
    ) {
      firstBadId = Math.min(row.id, expectedId);
      return false;
    }
    expectedPrev = row.hash;
    expectedId = row.id + 1;
    return true;
  });
  return { ok: firstBadId === null, firstBadId };
}

/** What is wrong with one entry, or null. */
function checkEntry(
  key: ResolvedAuditKey,
  row: WalkedRow,
  keyedFrom: number | null,
  sealedThrough: number,
): string | null {
  if (keyedFrom === null || row.id < keyedFrom) {
    const redacted = row.redacted_reason !== null;
    if (!redacted && entryHash(row.prev_hash, row) !== row.hash) return 'its content does not match its hash';
    if (row.seal === null) {
      if (redacted) return 'its payload was removed, but it has no seal to check the rest against';
      if (row.id <= sealedThrough) return 'its seal is missing';
      return null;
    }
    if (!redacted && legacyPayloadHash(key.key, row) !== row.seal_payload_hash)
      return 'its payload does not match its seal';
    if (redacted && (row.before_json !== null || row.after_json !== null))
      return 'it is recorded as redacted, but still holds a payload';
    if (sealOf(key.key, row, row.seal_payload_hash) !== row.seal)
      return 'its content does not match its seal';
    return null;
  }
  if (row.before_json !== null || row.after_json !== null)
    return 'it holds a payload in the entry itself, where a keyed entry keeps none';
  if (row.payload_hash === null) {
    if (row.p_salt !== null) return 'it has a payload its hash does not cover';
  } else if (row.p_salt !== null) {
    if (payloadHash(key.key, row.p_salt, row.p_before, row.p_after) !== row.payload_hash)
      return 'its payload does not match its hash';
    if (row.redacted_reason !== null) return 'it is recorded as redacted, but still holds a payload';
  } else if (row.redacted_reason === null) return 'its payload is missing and no redaction is recorded';
  if (keyedEntryHash(key.key, row.prev_hash, row) !== row.hash) return 'its content does not match its hash';
  return null;
}

/**
 * Walks the chain: every entry's link, its hash (plain SHA-256 before migration 030, keyed after),
 * its payload against the hash the entry holds (or a recorded redaction), and the seals of old
 * entries. Then the end of the chain is compared with the head kept outside the database, which
 * finds entries cut off the end (or all of them) and a chain recomputed without the key.
 */
export async function verifyChain(
  db: Db,
  key: ResolvedAuditKey,
  /** The head store of the data folder; null for a copy (a backup), which is checked against its manifest. */
  heads: AuditHeadStore | null,
): Promise<AuditVerification> {
  const state = await readAuditState(db);
  const keyedFrom = state.keyed_from ? Number(state.keyed_from) : null;
  const sealedThrough = Number(state.sealed_through ?? 0);
  const databaseId = state.database_id ?? null;
  const head = databaseId && heads ? heads.read(databaseId) : null;
  let expectedPrev = genesisHash;
  let expectedId = 1;
  let entries = 0;
  let headHash: string | null = null;
  const byReason = new Map<string, number>();
  const byRedaction = new Map<number, number>();
  const declared = new Map<number, number>();
  let failure: { firstBadId: number; reason: string } | null = null;
  const fail = (firstBadId: number, reason: string) => {
    failure = { firstBadId, reason };
    return false;
  };
  const summary = () => ({
    entries,
    legacyEntries: keyedFrom === null ? entries : Math.min(entries, keyedFrom - 1),
    redacted: [...byReason.values()].reduce((sum, n) => sum + n, 0),
    redactions: [...byReason].map(([reason, count]) => ({ reason, entries: count })),
    head: head ? { entries: head.entries, at: head.at } : null,
  });

  if (state.key_id && state.key_id !== key.id)
    return {
      ok: false,
      firstBadId: keyedFrom,
      reason: `the log is keyed with another key (id ${state.key_id}) than the one given (id ${key.id})`,
      ...summary(),
    };

  await walkAuditRows(db, (row) => {
    if (row.id !== expectedId) return fail(expectedId, `entry ${expectedId} is missing (next is ${row.id})`);
    if (row.prev_hash !== expectedPrev) return fail(row.id, 'its link to the previous entry is broken');
    const problem = checkEntry(key, row, keyedFrom, sealedThrough);
    if (problem) return fail(row.id, problem);
    if (row.redacted_reason !== null) {
      byReason.set(row.redacted_reason, (byReason.get(row.redacted_reason) ?? 0) + 1);
      byRedaction.set(row.redacted_by ?? 0, (byRedaction.get(row.redacted_by ?? 0) ?? 0) + 1);
    }
    if (row.action === 'redact') {
      const after = parseJson(row.p_after ?? row.after_json) as { entries?: unknown } | null;
      declared.set(row.id, typeof after?.entries === 'number' ? after.entries : -1);
    }
    if (head && row.id === head.entries) headHash = row.hash;
    entries += 1;
    expectedPrev = row.hash;
    expectedId = row.id + 1;
    return true;
  });
  if (failure) {
    const { firstBadId, reason } = failure as { firstBadId: number; reason: string };
    return { ok: false, firstBadId, reason, entries: firstBadId - 1, ...omitEntries(summary()) };
  }

  for (const [byEntry, count] of byRedaction)
    if (declared.get(byEntry) !== count)
      return {
        ok: false,
        firstBadId: byEntry || null,
        reason: declared.has(byEntry)
          ? `entry ${byEntry} redacted ${declared.get(byEntry)} payloads, but ${count} are recorded as redacted by it`
          : `${count} payloads are recorded as redacted by entry ${byEntry}, which recorded no redaction`,
        ...summary(),
      };

  const headFailure = heads && checkHead({ key, heads, head, headHash, databaseId, keyedFrom, entries });
  if (headFailure) return { ok: false, ...headFailure, ...summary() };
  return { ok: true, firstBadId: null, reason: null, ...summary() };
}

function omitEntries<T extends { entries: number }>(value: T): Omit<T, 'entries'> {
  const { entries: _entries, ...rest } = value;
  return rest;
}

function checkHead(found: {
  key: ResolvedAuditKey;
  heads: AuditHeadStore;
  head: AuditHead | null;
  headHash: string | null;
  databaseId: string | null;
  keyedFrom: number | null;
  entries: number;
}): { firstBadId: number | null; reason: string } | null {
  const { key, heads, head, headHash, databaseId, keyedFrom, entries } = found;
  const where = `the head kept outside the database (${heads.file})`;
  if (databaseId === null || keyedFrom === null) {
    if (entries > 0) return null;
    // No entry and no chain state: new, unless the head outside knows a log under this key.
    const known = heads.unreadable() ? null : heads.readAny(key.id);
    return known
      ? {
          firstBadId: 1,
          reason: `the log is empty, but ${where} recorded ${known.entries} entries of a database keyed with this key: every entry was removed`,
        }
      : null;
  }
  if (!head)
    return {
      firstBadId: null,
      reason: heads.unreadable()
        ? `${where} cannot be read, so entries cut off the end would not be noticed`
        : `${where} has no record of this database, so entries cut off the end would not be noticed`,
    };
  if (head.keyId !== key.id || head.keyedFrom !== keyedFrom)
    return { firstBadId: null, reason: `${where} belongs to another key or chain` };
  if (head.mac !== headMac(key.key, { databaseId, entries: head.entries, hash: head.hash, keyedFrom }))
    return { firstBadId: null, reason: `${where} was changed by someone without the key` };
  if (entries < head.entries)
    return {
      firstBadId: entries + 1,
      reason:
        entries === 0
          ? `the log is empty, but ${where} recorded ${head.entries} entries: every entry was removed`
          : `the log ends at entry ${entries}, but ${where} recorded ${head.entries}: the last ${head.entries - entries} were removed`,
    };
  if (headHash !== head.hash)
    return {
      firstBadId: head.entries,
      reason: `entry ${head.entries} is not the one ${where} recorded: the log was rewritten`,
    };
  return null;
}
