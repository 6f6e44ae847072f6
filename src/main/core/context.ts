import type { Knex } from 'knex';
import type { Role } from '../../shared/roles';
import type { Language } from '../../shared/i18n/languages';
import type { Clock } from './clock';
import type { TransactionHooks } from './db/transaction';
import type { CoreEnv } from './env';

/** Who is acting: a signed-in user, or the system itself (CLI, scheduled work, first-run setup). */
export interface Actor {
  userId: number | null;
  username: string;
  displayName: string;
  roles: readonly Role[];
  /** The language the person reads the app in (null: not chosen; texts for them fall back to bokmål). */
  language?: Language | null;
}

export const systemActor = (name = 'system'): Actor => ({
  userId: null,
  username: name,
  displayName: name,
  roles: ['admin', 'dpo', 'agent'],
});

export interface AuditRecord {
  /** What was done: create, update, delete, read, or a verb of the feature (close, sign-in, …). */
  action: string;
  entityType: string;
  entityId?: number | string | null;
  before?: unknown;
  after?: unknown;
  /** Record the entry in another person's name (e.g. a sign-in, made before anyone is signed in). */
  actor?: Actor;
}

/**
 * What every service function receives: the database (inside dispatch, the call's one
 * transaction), who acts, the time, where files live, the audit writer, and hooks that run when
 * the transaction commits or rolls back (`afterCommit`, `onRollback`: files follow their rows).
 */
export interface Ctx extends TransactionHooks {
  readonly db: Knex | Knex.Transaction;
  readonly actor: Actor;
  readonly clock: Clock;
  readonly env: CoreEnv;
  /** Appends an entry to the audit log in this transaction; returns the entry's id. */
  audit(record: AuditRecord): Promise<{ id: number }>;
}
