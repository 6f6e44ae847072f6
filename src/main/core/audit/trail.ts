import crypto from 'node:crypto';
import type { Knex } from 'knex';
import type { AuditVerification } from '../../../shared/audit/contract';
import type { Actor, AuditRecord, Ctx } from '../context';
import type { TransactionHooks } from '../db/transaction';
import type { Logger } from '../log';
import {
  type AuditRow,
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
  auditRowsAfter,
  insertAuditRow,
  insertAuditSeals,
  insertAuditSubjects,
  lastAuditRow,
  lockAuditHead,
  readAuditState,
  redactableAuditEntries,
  redactAuditPayloads,
  writeAuditState,
} from './repository';
import { subjectsOf } from './subjects';
import { parseJson, verifyChain, verifyPlainChain } from './verify';

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
            subjectsOf(parseJson(row.before_json), parseJson(row.after_json)).map((subject) => ({
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
