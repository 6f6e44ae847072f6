import crypto from 'node:crypto';
import type { Knex } from 'knex';
import {
  type AuditEntry,
  type AuditFilter,
  auditIdFields,
  type AuditVerification,
} from '../../../shared/audit/contract';
import type { Actor, AuditRecord, Ctx } from '../context';
import { displayNamesOf, recordLabelsOf } from './label-repository';
import type { TransactionHooks } from '../db/transaction';
import type { Logger } from '../log';
import {
  type AuditRow,
  entryHash,
  genesisHash,
  headMac,
  keyedEntryHash,
  legacyPayloadHash,
  payloadHash,
  sealOf,
} from './chain';
import type { AuditHead, AuditHeadStore } from './head';
import { AuditKeyError, type ResolvedAuditKey } from './key';
import {
  auditHistoryRows,
  auditRowsAfter,
  distinctAuditValues,
  insertAuditRow,
  insertAuditSeals,
  insertAuditSubjects,
  lastAuditRow,
  listAuditRows,
  lockAuditHead,
  readAuditState,
  redactableAuditEntries,
  redactAuditPayloads,
  toAuditEntry,
  walkAuditRows,
  type WalkedRow,
  writeAuditState,
} from './repository';
import { subjectsOf } from './subjects';

type Db = Knex | Knex.Transaction;

const secretKey = /password|secret|token|auditKey/i;

/** Audit entries never hold secrets: any key that looks like one is replaced. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [
        key,
        secretKey.test(key) ? '[redacted]' : redactSecrets(inner),
      ]),
    );
  }
  return value;
}

function toJson(value: unknown): string | null {
  return value === undefined || value === null ? null : JSON.stringify(redactSecrets(value));
}

export interface NewAuditEntry {
  at: string;
  user_id: number | null;
  username: string;
  channel: string;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

/**
 * The audit log of one open database: appends keyed entries (payload apart, its hash in the chain),
 * keeps the head outside the database, verifies, and redacts payloads. One per core (`env.audit`).
 */
export class AuditTrail {
  /** Set once the database has keyed entries (or sealed old ones): the first keyed entry. */
  private keyedFrom: number | null = null;
  private databaseId: string | null = null;
  /** The last entry each open transaction appended, for its head after commit. */
  private readonly lastOf = new WeakMap<object, AuditRow>();

  constructor(
    readonly key: ResolvedAuditKey,
    readonly heads: AuditHeadStore,
    private readonly log: Logger,
  ) {}

  /** Reads what the database says of its chain; call once the schema is migrated. */
  async load(db: Db): Promise<void> {
    const state = await readAuditState(db);
    this.keyedFrom = state.keyed_from ? Number(state.keyed_from) : null;
    this.databaseId = state.database_id ?? null;
  }

  private headOf(row: Pick<AuditRow, 'id' | 'hash'>, at: string): AuditHead {
    const keyedFrom = this.keyedFrom as number;
    const databaseId = this.databaseId as string;
    return {
      entries: row.id,
      hash: row.hash,
      keyedFrom,
      keyId: this.key.id,
      mac: headMac(this.key.key, { databaseId, entries: row.id, hash: row.hash, keyedFrom }),
      at,
    };
  }

  /** The database's chain state, set in the transaction of its first keyed entry (or its sealing). */
  private async ensureKeyed(db: Db, firstKeyedId: number): Promise<void> {
    if (this.keyedFrom !== null && this.databaseId !== null) return;
    const state = await readAuditState(db);
    if (state.key_id && state.key_id !== this.key.id)
      throw new AuditKeyError(
        `The audit log is keyed with another key (id ${state.key_id}) than this one (id ${this.key.id}).`,
      );
    if (!state.keyed_from) {
      const databaseId = state.database_id ?? crypto.randomBytes(16).toString('hex');
      await writeAuditState(db, 'database_id', databaseId);
      await writeAuditState(db, 'key_id', this.key.id);
      await writeAuditState(db, 'keyed_from', String(firstKeyedId));
      this.keyedFrom = firstKeyedId;
      this.databaseId = databaseId;
    } else {
      this.keyedFrom = Number(state.keyed_from);
      this.databaseId = state.database_id as string;
    }
  }

  /** Appends one entry inside the caller's transaction; the head follows after its commit. */
  async append(db: Db, hooks: TransactionHooks | null, entry: NewAuditEntry): Promise<AuditRow> {
    await lockAuditHead(db);
    const last = await lastAuditRow(db);
    const id = (last?.id ?? 0) + 1;
    await this.ensureKeyed(db, id);
    const before_json = toJson(entry.before);
    const after_json = toJson(entry.after);
    const payload =
      before_json === null && after_json === null
        ? null
        : { salt: crypto.randomBytes(16).toString('hex'), before_json, after_json };
    const header = {
      id,
      at: entry.at,
      user_id: entry.user_id,
      username: entry.username,
      channel: entry.channel,
      action: entry.action,
      entity_type: entry.entity_type,
      entity_id: entry.entity_id,
      payload_hash: payload
        ? payloadHash(this.key.key, payload.salt, payload.before_json, payload.after_json)
        : null,
    };
    const prevHash = last?.hash ?? genesisHash;
    const row: AuditRow = {
      ...header,
      before_json: null,
      after_json: null,
      prev_hash: prevHash,
      hash: keyedEntryHash(this.key.key, prevHash, header),
    };
    const subjects = payload ? subjectsOf(entry.before, entry.after) : [];
    await insertAuditRow(db, row, payload, subjects);
    const known = this.lastOf.has(db);
    this.lastOf.set(db, row);
    if (!known && hooks)
      hooks.afterCommit(async () => {
        const newest = this.lastOf.get(db);
        if (newest) await this.heads.advance(this.databaseId as string, this.headOf(newest, entry.at));
      });
    return row;
  }

  /** Writes the head as the database now stands (after a restore, or the sealing of old entries). */
  async resetHead(db: Db, at: Date): Promise<void> {
    await this.load(db);
    const last = await lastAuditRow(db);
    if (!last || this.keyedFrom === null || this.databaseId === null) return;
    await this.heads.reset(this.databaseId, this.headOf(last, at.toISOString()));
  }

  /**
   * Makes this database one of its own (a restored backup beside or in place of the one it was
   * taken from): a new id, and its head as it now stands.
   */
  async adoptAsNew(db: Knex, at: Date): Promise<void> {
    await this.load(db);
    if (this.databaseId === null) return;
    await writeAuditState(db, 'database_id', crypto.randomBytes(16).toString('hex'));
    await this.resetHead(db, at);
  }

  /**
   * Entries written before the keyed chain (migration 030) get a keyed seal, once, after their
   * plain chain is checked; their subjects are indexed like new entries'. A broken old chain is not
   * sealed (that would bless the tampering): `verify` then reports where it breaks.
   */
  async sealLegacy(db: Knex, at: Date): Promise<{ sealed: number } | null> {
    await this.load(db);
    if (this.keyedFrom !== null) return null;
    const last = await lastAuditRow(db);
    if (!last) return null;
    const plain = await verifyPlainChain(db);
    await db.transaction(async (trx) => {
      if (plain.ok) {
        for (let afterId = 0; afterId < last.id;) {
          const batch = await auditRowsAfter(trx, afterId, 500);
          if (batch.length === 0) break;
          afterId = batch[batch.length - 1].id;
          await insertAuditSeals(
            trx,
            batch.map((row) => {
              const hashOfPayload = legacyPayloadHash(this.key.key, row);
              return {
                entry_id: row.id,
                payload_hash: hashOfPayload,
                seal: sealOf(this.key.key, row, hashOfPayload),
              };
            }),
          );
          const subjects = batch.flatMap((row) =>
            subjectsOf(parse(row.before_json), parse(row.after_json)).map((subject) => ({
              entry_id: row.id,
              kind: subject.kind,
              subject_key: subject.key,
            })),
          );
          await insertAuditSubjects(trx, subjects);
        }
        await writeAuditState(trx, 'sealed_through', String(last.id));
      } else {
        this.log.error(
          `The audit log's entries before the keyed chain break at entry ${plain.firstBadId}: they are not sealed`,
        );
      }
      this.keyedFrom = null;
      this.databaseId = null;
      await this.ensureKeyed(trx, last.id + 1);
    });
    await this.heads.reset(this.databaseId as string, this.headOf(last, at.toISOString()));
    return { sealed: plain.ok ? last.id : 0 };
  }

  /** Recomputes every link, payload hash and seal, and compares the end with the head outside the database. */
  async verify(db: Db): Promise<AuditVerification> {
    return verifyChain(db, this.key, this.heads);
  }

  /**
   * Drops the payloads of the given entries (an erasure, the retention purge) and records one
   * `redact` entry saying why and how many; the chain keeps their hashes and still verifies.
   * Entries already redacted, without payload, or old and unsealed are left out. Returns the count.
   */
  async redact(ctx: Ctx, entryIds: readonly number[], reason: string): Promise<number> {
    const wanted = [...new Set(entryIds)].sort((a, b) => a - b);
    const keyedFrom = this.keyedFrom ?? Number.MAX_SAFE_INTEGER;
    const chosen: number[] = [];
    for (let start = 0; start < wanted.length; start += 500) {
      const slice = wanted.slice(start, start + 500);
      chosen.push(...(await redactableAuditEntries(ctx.db, slice, keyedFrom)));
    }
    if (chosen.length === 0) return 0;
    chosen.sort((a, b) => a - b);
    const recorded = await ctx.audit({
      action: 'redact',
      entityType: 'audit',
      after: { reason, entries: chosen.length, from: chosen[0], to: chosen[chosen.length - 1] },
    });
    const at = ctx.clock.now().toISOString();
    for (let start = 0; start < chosen.length; start += 500) {
      const slice = chosen.slice(start, start + 500);
      await redactAuditPayloads(ctx.db, slice, keyedFrom, {
        redacted_at: at,
        reason,
        by_entry_id: recorded.id,
      });
    }
    return chosen.length;
  }
}

function parse(json: string | null): unknown {
  if (json === null) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}

/** The plain SHA-256 chain of entries written before 030 (all of them, before sealing). */
async function verifyPlainChain(db: Db): Promise<{ ok: boolean; firstBadId: number | null }> {
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
      const after = parse(row.p_after ?? row.after_json) as { entries?: unknown } | null;
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

/** Writes one entry through the core's trail (dispatch and runAsSystem); returns its id. */
export async function writeAudit(
  trail: AuditTrail,
  db: Knex | Knex.Transaction,
  hooks: TransactionHooks | null,
  actor: Actor,
  channel: string,
  at: Date,
  record: AuditRecord,
): Promise<{ id: number }> {
  const row = await trail.append(db, hooks, {
    at: at.toISOString(),
    user_id: actor.userId,
    username: actor.username,
    channel,
    action: record.action,
    entity_type: record.entityType,
    entity_id: record.entityId === undefined || record.entityId === null ? null : String(record.entityId),
    before: record.before,
    after: record.after,
  });
  return { id: row.id };
}

/**
 * Entries as people read them: who by their name (the user name stays in the entry as it was
 * written), and the record by its number or name where it has one.
 */
async function readableEntries(
  ctx: Ctx,
  rows: ReadonlyArray<Parameters<typeof toAuditEntry>[0]>,
): Promise<AuditEntry[]> {
  const entries = rows.map(toAuditEntry);
  const names = await displayNamesOf(
    ctx.db,
    rows.flatMap((row) => (row.user_id === null ? [] : [row.user_id])),
  );
  const pointers = entries.map(pointersOf);
  const records = await recordLabelsOf(ctx.db, [
    ...rows.flatMap((row) => (row.entity_id === null ? [] : [{ type: row.entity_type, id: row.entity_id }])),
    ...pointers.flat(),
  ]);
  return entries.map((entry, index) => ({
    ...entry,
    userName: (entry.userId !== null ? names.get(entry.userId) : undefined) ?? entry.username,
    record: entry.entityId === null ? null : (records.get(`${entry.entityType}:${entry.entityId}`) ?? null),
    labels: Object.fromEntries(
      pointers[index]!.flatMap(({ type, id }) => {
        const label = records.get(`${type}:${id}`);
        return label === undefined ? [] : [[`${type}:${id}`, label]];
      }),
    ),
  }));
}

/** The records an entry's before and after point to by id (top-level fields only). */
function pointersOf(entry: { before: unknown; after: unknown }): Array<{ type: string; id: string }> {
  const found: Array<{ type: string; id: string }> = [];
  for (const side of [entry.before, entry.after]) {
    if (!side || typeof side !== 'object' || Array.isArray(side)) continue;
    for (const [field, value] of Object.entries(side)) {
      const type = auditIdFields[field];
      if (type && typeof value === 'number' && Number.isInteger(value) && value > 0)
        found.push({ type, id: String(value) });
    }
  }
  return found;
}

export async function listAudit(ctx: Ctx, filter: AuditFilter & { page: number; pageSize: number }) {
  const { rows, total } = await listAuditRows(ctx.db, filter);
  return { rows: await readableEntries(ctx, rows), total };
}

/** The change history of one record, oldest first: what features show as "history". */
export async function historyOf(
  ctx: Ctx,
  entityType: string,
  entityId: number | string,
): Promise<AuditEntry[]> {
  const rows = await auditHistoryRows(ctx.db, entityType, String(entityId));
  return readableEntries(ctx, rows);
}

export async function auditFacets(ctx: Ctx) {
  return {
    entityTypes: await distinctAuditValues(ctx.db, 'entity_type'),
    actions: await distinctAuditValues(ctx.db, 'action'),
  };
}

/** Recomputes the chain of a core (its key, its head). */
export async function verifyAuditChain(core: {
  db: Db;
  env: { audit: AuditTrail };
}): Promise<AuditVerification> {
  return core.env.audit.verify(core.db);
}
