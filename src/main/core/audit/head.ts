import fs from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The head file's name in the data folder (beside the key file, when that is there too). */
export const auditHeadFileName = 'audit-head.json';
const headFormat = 'privacy-desk-audit-head/1';

/**
 * What the chain looked like after the last commit this data folder saw, per database: how many
 * entries, the last one's hash, the first keyed entry and the key's id, authenticated with the key.
 * Kept outside the database, so whoever holds only the database cannot cut entries off the end,
 * delete them all, or recompute the chain without `audit verify` noticing.
 */
export interface AuditHead {
  entries: number;
  hash: string;
  keyedFrom: number;
  keyId: string;
  mac: string;
  at: string;
}

interface HeadFile {
  format: typeof headFormat;
  heads: Record<string, AuditHead>;
}

interface Wanted {
  head: AuditHead;
  /** A restore puts an older chain in place: its head replaces the newer one. */
  force: boolean;
}

const lockStaleMs = 10_000;
const lockWaitMs = 15_000;

/**
 * The head file of a data folder. Several processes may write one database (the command-line tool
 * beside the app, the server's pool): each writes the head after its commit (the head may lag by the
 * entries of a crash, never lead), only ever forward, under a lock file, replacing the file with a
 * rename, so no process's update is lost to another's. Within a process, writes asked for while one
 * is under way are made together by the next.
 */
export class AuditHeadStore {
  readonly file: string;
  private readonly pending = new Map<string, Wanted>();
  private queue: Promise<void> = Promise.resolve();

  constructor(dataDir: string) {
    this.file = path.join(dataDir, auditHeadFileName);
  }

  /** The recorded head of a database, or null when there is none (or the file cannot be read). */
  read(databaseId: string): AuditHead | null {
    return this.readAll()?.heads[databaseId] ?? null;
  }

  /** Any recorded head of a chain keyed with this key that has entries (a database's log may be gone). */
  readAny(keyId: string): AuditHead | null {
    const heads = Object.values(this.readAll()?.heads ?? {});
    return heads.find((head) => head.keyId === keyId && head.entries > 0) ?? null;
  }

  /** Whether the file exists but cannot be read as a head file. */
  unreadable(): boolean {
    return fs.existsSync(this.file) && this.readAll() === null;
  }

  /** Moves a database's head forward (never back); resolves once it is on disk. */
  advance(databaseId: string, head: AuditHead): Promise<void> {
    return this.want(databaseId, { head, force: false });
  }

  /** Puts a head in place whatever was there (a database restored from a backup). */
  reset(databaseId: string, head: AuditHead): Promise<void> {
    return this.want(databaseId, { head, force: true });
  }

  /** Resolves when every head asked for so far is written. */
  flush(): Promise<void> {
    return this.queue;
  }

  private want(databaseId: string, wanted: Wanted): Promise<void> {
    const known = this.pending.get(databaseId);
    if (!known || wanted.force || (!known.force && wanted.head.entries >= known.head.entries))
      this.pending.set(databaseId, wanted);
    const run = this.queue.then(() => this.writePending());
    this.queue = run.catch(() => {});
    return run;
  }

  private readAll(): HeadFile | null {
    try {
      const parsed = JSON.parse(fs.readFileSync(this.file, 'utf8')) as HeadFile;
      return parsed.format === headFormat && parsed.heads && typeof parsed.heads === 'object' ? parsed : null;
    } catch {
      return null;
    }
  }

  private async writePending(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = new Map(this.pending);
    this.pending.clear();
    try {
      await this.locked(() => {
        const current = this.readAll() ?? { format: headFormat, heads: {} };
        let changed = false;
        for (const [databaseId, { head, force }] of batch) {
          const known = current.heads[databaseId];
          if (force || !known || head.entries > known.entries) {
            current.heads[databaseId] = head;
            changed = true;
          }
        }
        if (!changed) return;
        const temporary = `${this.file}.${process.pid}.tmp`;
        fs.writeFileSync(temporary, `${JSON.stringify(current, null, 1)}\n`, { mode: 0o600 });
        fs.renameSync(temporary, this.file);
      });
    } catch (error) {
      // Not written: keep it wanted (unless something newer is), so the next write carries it.
      for (const [databaseId, wanted] of batch)
        if (!this.pending.has(databaseId)) this.pending.set(databaseId, wanted);
      throw error;
    }
  }

  /** Runs `work` holding `<file>.lock`; a lock older than ten seconds belonged to a process that died. */
  private async locked(work: () => void): Promise<void> {
    const lock = `${this.file}.lock`;
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    const started = Date.now();
    for (;;) {
      try {
        fs.writeFileSync(lock, String(process.pid), { flag: 'wx', mode: 0o600 });
        break;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        try {
          if (Date.now() - fs.statSync(lock).mtimeMs > lockStaleMs) fs.rmSync(lock, { force: true });
        } catch {
          // Gone meanwhile: try again.
        }
        if (Date.now() - started > lockWaitMs)
          throw new Error(`The audit head's lock ${lock} is held by another process`);
        await sleep(2);
      }
    }
    try {
      work();
    } finally {
      fs.rmSync(lock, { force: true });
    }
  }
}
