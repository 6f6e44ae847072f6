import type { Knex } from 'knex';
import type { AuditTrail } from './audit/trail';
import type { ScryptParams } from './auth/password';
import type { Actor } from './context';
import type { EventBus } from './events';
import type { Logger } from './log';

/** What the core needs from the machine it runs on; the Electron glue and the tests each supply one. */
export interface Platform {
  /** Open a file in the operating system's default viewer. */
  openPath(file: string): Promise<void>;
  /**
   * Close the core, put the backup in place of the database (the current one kept aside under
   * `keptAs`), and open the core again on it (backup/service.ts `replaceWithBackup`). Only the
   * desktop app (and the end-to-end harness) can reopen its core; elsewhere this is missing.
   */
  restoreDatabase?(request: { backupFile: string; actor: Actor; at: Date }): Promise<void>;
}

/** What the core found when it checked the database (`PRAGMA quick_check` at open, and faults since). */
export interface DatabaseHealth {
  /** Set when the database was found damaged: commands are refused, reads still work. */
  damaged: boolean;
  /** The first problems SQLite reported, for the log. */
  problems: string[];
}

export interface CoreEnv {
  /** The database file the core works on (for messages about it). */
  readonly dbFile: string;
  /** Folder that holds the database's companions: attachments, exports, backups. */
  readonly dataDir: string;
  readonly health: DatabaseHealth;
  readonly platform: Platform;
  readonly events: EventBus;
  readonly log: Logger;
  readonly scrypt: ScryptParams;
  /** The audit log: its key, the head kept outside the database, verification and redaction. */
  readonly audit: AuditTrail;
  /**
   * The database itself, not a call's transaction: for work that runs in transactions of its own
   * once a call has committed (the retention purge's batches, from `ctx.afterCommit`). Never use it
   * inside a call's transaction: on SQLite it waits for that transaction, which waits for it.
   */
  readonly database: Knex;
}
