import type { ScryptParams } from './auth/password';
import type { EventBus } from './events';
import type { Logger } from './log';

/** What the core needs from the machine it runs on; the Electron glue and the tests each supply one. */
export interface Platform {
  /** Open a file in the operating system's default viewer. */
  openPath(file: string): Promise<void>;
}

export interface CoreEnv {
  /** Folder that holds the database's companions: attachments, exports, backups. */
  readonly dataDir: string;
  readonly platform: Platform;
  readonly events: EventBus;
  readonly log: Logger;
  readonly scrypt: ScryptParams;
}
