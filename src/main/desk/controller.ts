import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { deskChannels, type DeskChannel, type DeskStatus, isDeskChannel } from '../../shared/desk/contract';
import type { ApiError, ApiResult } from '../../shared/errors';
import type { AppEventName, ConnectionEvent } from '../../shared/events';
import type { CoreClient, DeskEventListener } from './client';
import { normaliseServerUrl, type ServerAddress } from './http-client';

/** Where a desk keeps its data, as saved in `desk.json` in the user-data folder. */
const deskConfigSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('this-computer') }),
  z.object({ mode: z.literal('office'), url: z.string(), fingerprint: z.string().nullable() }),
]);
export type DeskConfig = z.infer<typeof deskConfigSchema>;

export function readDeskConfig(file: string): DeskConfig | null {
  if (!fs.existsSync(file)) return null;
  const parsed = deskConfigSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return parsed.success ? parsed.data : null;
}

function writeDeskConfig(file: string, config: DeskConfig): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, `${JSON.stringify(config, null, 2)}\n`, { mode: 0o600 });
  fs.renameSync(temporary, file);
}

/** What the controller needs from the machine: each a function, so tests and Electron each give theirs. */
export interface DeskDependencies {
  /** `desk.json` in the user-data folder. */
  configFile: string;
  /** Set by `--db` / PRIVACY_DESK_DB: the desk uses it and the choice is not offered. */
  fixedDatabase?: string;
  /** The database on this computer when no --db is given. */
  defaultDatabase: string;
  /** Starts the core on this computer (in its own process, in the app). */
  startLocal(database: string): Promise<CoreClient>;
  connectOffice(address: ServerAddress): CoreClient;
  probe(url: string): Promise<{ url: string; fingerprint: string | null; engine: string; schema: number }>;
  /** Connection changes, relayed to every window. */
  onConnection(state: ConnectionEvent): void;
}

const fail = (code: ApiError['code'], message: string): ApiResult<never> => ({
  ok: false,
  error: { code, message },
});

/**
 * The desk side of every window's calls: which core this computer talks to (its own, or the office
 * server's), one session per window, events relayed per window, and the first-start choice. Pure
 * Node: the Electron glue (main.ts) and the tests drive the same controller.
 */
export class DeskController {
  private client: CoreClient | null = null;
  private starting: Promise<CoreClient> | null = null;
  private config: DeskConfig | null;
  private readonly windows = new Map<
    number,
    { token: Promise<string>; stopListening: (() => void) | null }
  >();
  private readonly eventTargets = new Map<number, DeskEventListener>();
  private readonly observers = new Set<(windowId: number, event: AppEventName, payload: unknown) => void>();

  constructor(private readonly deps: DeskDependencies) {
    this.config = deps.fixedDatabase ? { mode: 'this-computer' } : readDeskConfig(deps.configFile);
  }

  status(): DeskStatus {
    const config = this.config;
    return {
      configured: config !== null,
      mode: config?.mode ?? null,
      location:
        config === null
          ? null
          : config.mode === 'office'
            ? config.url
            : (this.deps.fixedDatabase ?? this.deps.defaultDatabase),
      fingerprint: config?.mode === 'office' ? config.fingerprint : null,
      fixed: this.deps.fixedDatabase !== undefined,
    };
  }

  /** The window's events (reminders, data changes); the controller subscribes once it has a session. */
  attachWindow(windowId: number, listener: DeskEventListener): void {
    this.eventTargets.set(windowId, listener);
  }

  /** Every event that reaches a window (main shows reminders as desktop notifications). */
  onWindowEvent(observer: (windowId: number, event: AppEventName, payload: unknown) => void): () => void {
    this.observers.add(observer);
    return () => this.observers.delete(observer);
  }

  async detachWindow(windowId: number): Promise<void> {
    const window = this.windows.get(windowId);
    this.windows.delete(windowId);
    this.eventTargets.delete(windowId);
    if (!window) return;
    window.stopListening?.();
    const client = this.client;
    if (client) await client.endSession(await window.token).catch(() => undefined);
  }

  /** One call of a window: the desk's own channels here, everything else to the core. */
  async invoke(windowId: number, channel: unknown, input: unknown): Promise<ApiResult<unknown>> {
    if (isDeskChannel(channel)) return this.deskCall(channel, input);
    if (this.config === null)
      return fail(
        'UNAVAILABLE',
        'Choose first where this desk keeps its data: on this computer or on the office server.',
      );
    let client: CoreClient;
    let token: string;
    try {
      client = await this.currentClient();
      token = await this.tokenOf(windowId, client);
    } catch (error) {
      return fail('UNAVAILABLE', error instanceof Error ? error.message : String(error));
    }
    return client.invoke(token, channel, input);
  }

  /** Starts the core or the connection, once configured (at start, or after the first-start choice). */
  async currentClient(): Promise<CoreClient> {
    if (this.client) return this.client;
    const config = this.config;
    if (config === null) throw new Error('This desk is not set up yet.');
    this.starting ??= (async () => {
      const client =
        config.mode === 'office'
          ? this.deps.connectOffice({ url: config.url, fingerprint: config.fingerprint })
          : await this.deps.startLocal(this.deps.fixedDatabase ?? this.deps.defaultDatabase);
      client.onConnection((state) => this.deps.onConnection(state));
      this.client = client;
      return client;
    })().finally(() => {
      this.starting = null;
    });
    return this.starting;
  }

  async close(): Promise<void> {
    for (const id of [...this.windows.keys()]) await this.detachWindow(id);
    await this.client?.close();
    this.client = null;
  }

  private tokenOf(windowId: number, client: CoreClient): Promise<string> {
    const known = this.windows.get(windowId);
    if (known) return known.token;
    const entry: { token: Promise<string>; stopListening: (() => void) | null } = {
      token: client.openSession(),
      stopListening: null,
    };
    this.windows.set(windowId, entry);
    entry.token.then(
      (token) => {
        if (this.windows.get(windowId) !== entry) return;
        entry.stopListening = client.listen(token, (event, payload) => {
          this.eventTargets.get(windowId)?.(event, payload);
          for (const observer of this.observers) observer(windowId, event, payload);
        });
      },
      () => this.windows.delete(windowId),
    );
    return entry.token;
  }

  private async deskCall(channel: DeskChannel, input: unknown): Promise<ApiResult<unknown>> {
    const spec = deskChannels[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success)
      return {
        ok: false,
        error: {
          code: 'INVALID_INPUT',
          message: 'Some fields need attention.',
          issues: parsed.error.issues.map((issue) => ({
            path: issue.path.join('.'),
            message: issue.message,
          })),
        },
      };
    if (channel === 'desk.status') return { ok: true, data: this.status() };
    if (channel === 'desk.probe') {
      const { url } = parsed.data as { url: string };
      try {
        return { ok: true, data: await this.deps.probe(normaliseServerUrl(url)) };
      } catch (error) {
        return fail(
          'UNAVAILABLE',
          `No Privacy Desk server answers at ${url}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    if (this.config !== null)
      return fail(
        'CONFLICT',
        'This desk is already set up. An administrator can change it from the app’s menu.',
      );
    if (channel === 'desk.useThisComputer') return this.choose({ mode: 'this-computer' });
    const wanted = parsed.data as { url: string; fingerprint: string | null };
    let probe;
    try {
      probe = await this.deps.probe(normaliseServerUrl(wanted.url));
    } catch (error) {
      return fail(
        'UNAVAILABLE',
        `No Privacy Desk server answers at ${wanted.url}: ${(error as Error).message}`,
      );
    }
    // What was confirmed must be what the server presents now: otherwise nothing is pinned.
    if (probe.fingerprint !== wanted.fingerprint)
      return fail(
        'CONFLICT',
        'The server’s certificate is not the one you confirmed. Check the address and the fingerprint with your administrator.',
      );
    return this.choose({ mode: 'office', url: probe.url, fingerprint: probe.fingerprint });
  }

  private async choose(config: DeskConfig): Promise<ApiResult<unknown>> {
    this.config = config;
    try {
      await this.currentClient();
    } catch (error) {
      this.config = null;
      return fail('UNAVAILABLE', error instanceof Error ? error.message : String(error));
    }
    writeDeskConfig(this.deps.configFile, config);
    return { ok: true, data: this.status() };
  }
}
