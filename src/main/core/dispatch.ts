import type { Knex } from 'knex';
import { type Access } from '../../shared/contract/channel';
import { contract, isChannel, type Channel } from '../../shared/contract';
import type { ApiError, ApiResult } from '../../shared/errors';
import { hasAnyRole, roleLabels } from '../../shared/roles';
import { zodErrorMap } from '../../shared/i18n/errors';
import { isLanguage, type Language } from '../../shared/i18n/languages';
import { writeAudit } from './audit/trail';
import type { Clock } from './clock';
import type { Actor, AuditRecord } from './context';
import type { CoreEnv } from './env';
import { newestBackupFile } from './backup/files';
import { afterCommitOf, workAfterCommit } from './db/batches';
import { runTransaction } from './db/transaction';
import { AppError, invalidField, invalidInput, localError } from './errors';
import { faultMessage, translateFault } from './faults';
import type { Handler, HandlerContext } from './handler';
import { handlers } from './handlers';
import { applyIdleLock, clearSession, isStale, type Session } from './session';
import { readSettings } from './settings/service';
import { findUserById } from './users/repository';

/**
 * Where a validated input holds a NUL character in a string, or null. Neither engine stores it in
 * text (PostgreSQL refuses it outright), so it is refused here, for every channel, with a message.
 */
function pathOfNul(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, inner] of Object.entries(value)) {
    const found = pathOfNul(inner, path ? `${path}.${key}` : key);
    if (found !== null) return found;
  }
  return null;
}

/** The record type a feature's own audit entries use, where it differs from the channel's prefix. */
const recordTypeOfFeature: Readonly<Record<string, string>> = {
  agreements: 'agreement',
  breaches: 'breach',
  cases: 'case',
  inquiries: 'inquiry',
  organisations: 'organisation',
  processing: 'processing-activity',
  users: 'user',
};

/** The entry of a read whose handler recorded none: what was asked for, and the record when named. */
function genericRead(channel: Channel, input: unknown): AuditRecord {
  const fields = input !== null && typeof input === 'object' ? (input as Record<string, unknown>) : {};
  const entityId = typeof fields.id === 'number' || typeof fields.id === 'string' ? fields.id : null;
  return {
    action: 'read',
    entityType: recordTypeOfFeature[channel.split('.')[0]!] ?? channel.split('.')[0]!,
    entityId,
    after: Object.keys(fields).length > 0 ? { input: fields } : undefined,
  };
}

export type Dispatch = (channel: unknown, input: unknown, session: Session) => Promise<ApiResult<unknown>>;

const anonymous: Actor = { userId: null, username: 'anonymous', displayName: 'Not signed in', roles: [] };

/** The caller's language: the person's choice, else the desk's, else English (the CLI). */
function languageOf(session: Session, actor?: Actor): Language {
  return actor?.language ?? session.language ?? 'en';
}

const nbZodErrors = zodErrorMap('nb');

async function authorize(
  db: Knex.Transaction,
  access: Access,
  session: Session,
  reply: { language: Language },
): Promise<Actor> {
  const user = session.userId === null ? undefined : await findUserById(db, session.userId);
  // A password reset, a lock-out or a deactivation raised the user's epoch: this session is over.
  const stale = user !== undefined && Boolean(user.active) && isStale(session, user.session_epoch);
  if (session.userId !== null && (!user || !user.active || stale)) clearSession(session);
  const actor: Actor =
    user && user.active && !stale
      ? {
          userId: user.id,
          username: user.username,
          displayName: user.display_name,
          roles: user.roles,
          language: isLanguage(user.language) ? user.language : null,
        }
      : anonymous;
  reply.language = languageOf(session, actor);
  if (access === 'public') return actor;
  if (stale) throw new AppError('UNAUTHENTICATED', { key: 'sessionEnded' });
  if (actor.userId === null) throw new AppError('UNAUTHENTICATED', { key: 'signInFirst' });
  if (session.locked) throw new AppError('SESSION_LOCKED', { key: 'sessionLocked' });
  if (access !== 'signedIn' && !hasAnyRole(actor.roles, access)) {
    const roles = access.map((role) => roleLabels[role].toLowerCase());
    throw new AppError('FORBIDDEN', { key: 'needsRole', params: { roles } });
  }
  return actor;
}

/**
 * On a damaged database only signing in and out and the backups (the way back) still write;
 * everything else that would change the file is refused. Reads go on, to get data out.
 */
function stillAllowedWhenDamaged(channel: Channel): boolean {
  return channel.startsWith('auth.') || channel.startsWith('backups.');
}

function placeOf(env: CoreEnv) {
  return { dbFile: env.dbFile, newestBackup: newestBackupFile(env.dataDir) };
}

/**
 * The one path every call takes: contract look-up, permission, input validation, the handler
 * inside one transaction, the audit entry, and a result that is always `{ok, data}` or
 * `{ok: false, error}` with a message a person can read.
 */
export function createDispatch(db: Knex, clock: Clock, env: CoreEnv): Dispatch {
  const checkedOutput = (channel: Channel, data: unknown): unknown => {
    const output = contract[channel].output.safeParse(data);
    if (!output.success) {
      env.log.error(`Output of ${channel} does not match its contract`, output.error.issues);
      throw new Error(`Output of ${channel} does not match its contract`);
    }
    return output.data;
  };

  return async (channel, input, session) => {
    const reply = { language: languageOf(session) };
    const failed = (error: ApiError): ApiResult<unknown> => ({
      ok: false,
      error: localError(error, reply.language),
    });
    if (!isChannel(channel)) {
      return failed(
        new AppError(
          'UNKNOWN_CHANNEL',
          typeof channel === 'string'
            ? { key: 'unknownChannel', params: { name: `"${channel.slice(0, 80)}"` } }
            : { key: 'unknownChannelUnnamed' },
        ).toApiError(),
      );
    }
    const spec = contract[channel];
    let caller: Actor | null = null;
    try {
      if (env.health.damaged && spec.kind === 'command' && !stillAllowedWhenDamaged(channel)) {
        throw new AppError('DAMAGED', faultMessage('damaged', placeOf(env)));
      }
      const result: ApiResult<unknown> = await runTransaction(
        db,
        async (trx, hooks) => {
          const settings = await readSettings(trx);
          applyIdleLock(session, settings.idleLockMinutes, clock.now().getTime());
          const actor = await authorize(trx, spec.access, session, reply);
          caller = actor;
          const parsed = spec.input.safeParse(
            input,
            reply.language === 'nb' ? { error: nbZodErrors } : undefined,
          );
          if (!parsed.success) throw invalidInput(parsed.error);
          const nul = pathOfNul(parsed.data);
          if (nul !== null) throw invalidField(nul, { key: 'noNul' });

          let audited = false;
          const audit = async (record: AuditRecord) => {
            audited = true;
            return writeAudit(env.audit, trx, hooks, record.actor ?? actor, channel, clock.now(), record);
          };
          const ctx: HandlerContext = {
            db: trx,
            actor,
            clock,
            env,
            session,
            settings,
            audit,
            afterCommit: hooks.afterCommit,
            onRollback: hooks.onRollback,
          };
          const handler = handlers[channel] as Handler<Channel>;

          let data: unknown;
          try {
            data = await handler(parsed.data as never, ctx);
          } catch (error) {
            // Some failures must still be recorded (a wrong password counts): commit, then report.
            if (error instanceof AppError && error.keepChanges) return failed(error.toApiError());
            throw error;
          }
          if (spec.kind === 'command') {
            if (!audited)
              await audit({
                action: channel.split('.')[1] ?? channel,
                entityType: channel.split('.')[0],
                after: parsed.data,
              });
            if (session.userId !== null && !session.locked) session.lastActivityMs = clock.now().getTime();
          } else if (spec.personalData && !audited) {
            // A read of personal data is audited whether or not its handler remembered to.
            await audit(genericRead(channel, parsed.data));
          }
          // A long read answers after the commit, outside the transaction (db/batches.ts).
          if (workAfterCommit(data)) return { ok: true, data };
          return { ok: true, data: checkedOutput(channel, data) };
        },
        (error) => env.log.error(`A follow-up of ${channel} failed`, error),
      );
      const work = result.ok ? workAfterCommit(result.data) : null;
      if (!work) return result;
      const after = afterCommitOf(db, { actor: caller ?? anonymous, clock, env }, channel, (error) =>
        env.log.error(`A follow-up of ${channel} failed`, error),
      );
      return { ok: true, data: checkedOutput(channel, await work(after)) };
    } catch (error) {
      if (error instanceof AppError) return failed(error.toApiError());
      // The log gets the error's code and the statement's shape, never the values (core/log.ts).
      env.log.error(`Unexpected failure in ${channel}`, error);
      const fault = translateFault(error, placeOf(env));
      if (fault) {
        if (fault.code === 'DAMAGED') env.health.damaged = true;
        return failed(fault.toApiError());
      }
      return failed(new AppError('INTERNAL', { key: 'internal' }).toApiError());
    }
  };
}
