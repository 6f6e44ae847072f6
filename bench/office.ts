// `npm run bench:office [-- --engine both|postgresql|sqlite --desks 50 --seconds 60 --pg URL --sqlite FILE --data-dir DIR]`
//
// The office server in its own process, on PostgreSQL and then on SQLite, holding the benchmark
// office (1,000,000 inquiries, 100,000 cases, 2,000 agreements, 500 breaches), and 50 desks over
// HTTP on loopback for 60 seconds: 40 agents logging, searching and opening inquiries, 5 DPOs on the
// dashboard, the calendar and cases, 5 administrators on agreements. Each desk waits 0.5-2.5 s
// between its requests, as a person at a screen does. Prints throughput and p50/p95 per request
// kind, the failed operations, and the audit verification after. --inquiries N (and --cases,
// --agreements, --breaches) seed a smaller office. Without --pg/--sqlite the office
// is seeded into a throwaway PostgreSQL server and a temporary file (about 10 minutes each).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { parseArgs } from 'node:util';
import { verifyAuditChain } from '../src/main/core/audit/service';
import { systemActor } from '../src/main/core/context';
import { type Core, openCore, runAsSystem } from '../src/main/core/core';
import { seedDemo } from '../src/main/core/demo/seed';
import { createUser } from '../src/main/core/users/service';
import type { CoreClient } from '../src/main/desk/client';
import { httpClient } from '../src/main/desk/http-client';
import type { Role } from '../src/shared/roles';
import { startPostgres } from '../tests/support/postgres';
import { stats } from './support';

const office = { inquiries: 1_000_000, cases: 100_000, agreements: 2_000, breaches: 500 };
type OfficeSize = typeof office;
const password = 'bench office password';
const surnames = [
  'hansen',
  'olsen',
  'johansen',
  'larsen',
  'andersen',
  'pedersen',
  'nilsen',
  'berg',
  'haugen',
  'dahl',
];

interface Sample {
  kind: string;
  ms: number;
  ok: boolean;
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function count(core: Core, table: string): Promise<number> {
  return Number(((await core.db(table).count({ n: '*' }).first()) as { n: number }).n);
}

/** Seeds the office when the database is empty, and adds the benchmark's desks' users. */
async function prepare(
  database: string,
  dataDir: string,
  desks: Record<Role, number>,
  size: OfficeSize,
): Promise<void> {
  const core = await openCore({ database, dataDir, poolSize: 4 });
  try {
    if ((await count(core, 'inquiries')) === 0) {
      const started = Date.now();
      await seedDemo(core, { seed: 2026, password, ...size }, systemActor('bench'), (line) =>
        console.log(`  ${line}`),
      );
      console.log(`  seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    }
    for (const [role, n] of Object.entries(desks) as Array<[Role, number]>) {
      for (let i = 1; i <= n; i++) {
        const username = `bench-${role}-${i}`;
        if (await core.db('users').where({ username }).first()) continue;
        await runAsSystem(core, 'bench', (ctx) =>
          createUser(ctx, { username, displayName: `Bench ${role} ${i}`, roles: [role], password }),
        );
      }
    }
    const sizes = await Promise.all(
      ['inquiries', 'cases', 'agreements', 'breaches'].map((t) => count(core, t)),
    );
    console.log(
      `  office: ${sizes[0]} inquiries, ${sizes[1]} cases, ${sizes[2]} agreements, ${sizes[3]} breaches`,
    );
  } finally {
    await core.close();
  }
}

async function startServerProcess(database: string, dataDir: string) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(__dirname, 'office', 'server.ts'), database, dataDir, '20'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const first = await new Promise<string>((resolve, reject) => {
    readline.createInterface({ input: child.stdout }).once('line', resolve);
    child.once('exit', (code) => reject(new Error(`the server ended (${code})`)));
  });
  const { url } = JSON.parse(first) as { url: string };
  return {
    url,
    stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}

type Call = (kind: string, channel: string, input: unknown) => Promise<unknown>;

/** What one person does at their desk, one request at a time. */
const work: Record<
  Role,
  (call: Call, memory: { ids: number[]; caseIds: number[]; agreementIds: number[] }) => Promise<void>
> = {
  agent: async (call, memory) => {
    const roll = Math.random();
    if (roll < 0.3) {
      const logged = (await call('log an inquiry', 'inquiries.create', {
        channel: pick(['phone', 'email', 'chat']),
        receivedAt: new Date(Date.now() - 30_000).toISOString(),
        onBehalfOfId: null,
        personName: `Kari ${pick(surnames)}`,
        personPhone: `+47 9${Math.floor(1_000_000 + Math.random() * 8_999_999)}`,
        category: 'general',
        summary: 'Asked about the retention of call recordings',
      })) as { id: number } | undefined;
      if (logged) memory.ids.push(logged.id);
    } else if (roll < 0.6) {
      const found = (await call('search inquiries', 'inquiries.list', {
        q: pick(surnames),
        pageSize: 50,
      })) as { rows: Array<{ id: number }> } | undefined;
      memory.ids.push(...(found?.rows.slice(0, 3).map((row) => row.id) ?? []));
    } else if (roll < 0.8 && memory.ids.length > 0) {
      await call('open an inquiry', 'inquiries.get', { id: pick(memory.ids) });
    } else {
      await call('list inquiries, newest first', 'inquiries.list', { pageSize: 50 });
    }
  },
  dpo: async (call, memory) => {
    const roll = Math.random();
    if (roll < 0.3) await call('dashboard overview', 'dashboard.overview', {});
    else if (roll < 0.45) await call('deadline calendar', 'dashboard.calendar', {});
    else if (roll < 0.8) {
      const listed = (await call('list cases', 'cases.list', {
        status: pick(['open', 'overdue', 'due-soon', 'all'] as const),
        sort: pick(['dueDate', 'receivedDate', 'number'] as const),
        pageSize: 50,
      })) as { rows: Array<{ id: number }> } | undefined;
      memory.caseIds.push(...(listed?.rows.slice(0, 3).map((row) => row.id) ?? []));
    } else if (memory.caseIds.length > 0)
      await call('open a case', 'cases.get', { id: pick(memory.caseIds) });
  },
  admin: async (call, memory) => {
    const roll = Math.random();
    if (roll < 0.6) {
      const listed = (await call('list agreements', 'agreements.list', {
        sort: pick(['nextReviewOn', 'title', 'status'] as const),
        pageSize: 50,
      })) as { rows: Array<{ id: number }> } | undefined;
      memory.agreementIds.push(...(listed?.rows.slice(0, 3).map((row) => row.id) ?? []));
    } else if (memory.agreementIds.length > 0)
      await call('open an agreement', 'agreements.get', { id: pick(memory.agreementIds) });
  },
};

async function runDesks(url: string, desks: Record<Role, number>, seconds: number): Promise<Sample[]> {
  const samples: Sample[] = [];
  const people = (Object.entries(desks) as Array<[Role, number]>).flatMap(([role, n]) =>
    Array.from({ length: n }, (_, i) => ({ role, username: `bench-${role}-${i + 1}` })),
  );
  const clients: CoreClient[] = [];
  // People arrive a few at a time, as at the start of a shift: fifty scrypt checks at once would
  // only measure the password hash. Signing in is not one of the measured requests.
  const sessions: Array<(typeof people)[number] & { client: CoreClient; token: string }> = [];
  const arriving = [...people];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let person = arriving.shift(); person; person = arriving.shift()) {
        const client = httpClient({ url, fingerprint: null, retryForMs: 0 });
        clients.push(client);
        const token = await client.openSession();
        const signedIn = await client.invoke(token, 'auth.signIn', {
          username: person.username,
          password,
        });
        if (!signedIn.ok) throw new Error(`${person.username} could not sign in: ${signedIn.error.message}`);
        sessions.push({ ...person, client, token });
      }
    }),
  );
  const deadline = Date.now() + seconds * 1000;
  await Promise.all(
    sessions.map(async ({ role, client, token }) => {
      const memory = { ids: [] as number[], caseIds: [] as number[], agreementIds: [] as number[] };
      const call: Call = async (kind, channel, input) => {
        const started = performance.now();
        const result = await client.invoke(token, channel, input);
        samples.push({ kind, ms: performance.now() - started, ok: result.ok });
        return result.ok ? result.data : undefined;
      };
      await wait(Math.random() * 2_000);
      while (Date.now() < deadline) {
        await work[role](call, memory);
        await wait(500 + Math.random() * 2_000);
      }
    }),
  );
  for (const client of clients) await client.close();
  return samples;
}

function report(engine: string, samples: Sample[], seconds: number): void {
  const kinds = [...new Set(samples.map((sample) => sample.kind))].sort();
  const failed = samples.filter((sample) => !sample.ok).length;
  console.log(
    `\n${engine}: ${samples.length} requests in ${seconds} s (${(samples.length / seconds).toFixed(1)}/s), ${failed} failed`,
  );
  console.log(
    `${'request'.padEnd(30)} ${'n'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'max ms'.padStart(8)}`,
  );
  for (const kind of kinds) {
    const of = samples.filter((sample) => sample.kind === kind);
    const { p50, p95, max } = stats(of.map((sample) => sample.ms));
    console.log(
      `${kind.padEnd(30)} ${String(of.length).padStart(6)} ${p50.toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${max.toFixed(1).padStart(8)}`,
    );
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      engine: { type: 'string', default: 'both' },
      desks: { type: 'string', default: '50' },
      seconds: { type: 'string', default: '60' },
      pg: { type: 'string' },
      sqlite: { type: 'string' },
      'data-dir': { type: 'string' },
      inquiries: { type: 'string' },
      cases: { type: 'string' },
      agreements: { type: 'string' },
      breaches: { type: 'string' },
    },
  });
  const size: OfficeSize = {
    inquiries: Number(values.inquiries ?? office.inquiries),
    cases: Number(values.cases ?? office.cases),
    agreements: Number(values.agreements ?? office.agreements),
    breaches: Number(values.breaches ?? office.breaches),
  };
  const total = Number(values.desks);
  const desks: Record<Role, number> = {
    agent: Math.round(total * 0.8),
    dpo: Math.round(total * 0.1),
    admin: total - Math.round(total * 0.8) - Math.round(total * 0.1),
  };
  const seconds = Number(values.seconds);
  const engines = values.engine === 'both' ? ['postgresql', 'sqlite'] : [values.engine!];
  // A kept office keeps its data folder too: the audit log's key and head live there.
  const keepDataDir = values['data-dir'] !== undefined;
  const dataDir = values['data-dir'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'privacy-desk-office-'));
  let failures = 0;
  try {
    for (const engine of engines) {
      let database: string;
      let stopCluster = () => {};
      if (engine === 'postgresql') {
        if (values.pg) database = values.pg;
        else {
          const cluster = await startPostgres();
          await cluster.createDatabase('office');
          database = cluster.url('office');
          stopCluster = () => cluster.stop();
        }
      } else database = values.sqlite ?? path.join(dataDir, 'office.sqlite3');
      try {
        console.log(`\n== ${engine}`);
        await prepare(database, dataDir, desks, size);
        const server = await startServerProcess(database, dataDir);
        let samples: Sample[];
        try {
          samples = await runDesks(server.url, desks, seconds);
        } finally {
          await server.stop();
        }
        report(engine, samples, seconds);
        failures += samples.filter((sample) => !sample.ok).length;
        const core = await openCore({ database, dataDir });
        const chain = await verifyAuditChain(core);
        await core.close();
        console.log(
          `audit verify: ${chain.ok ? `ok ${chain.entries} entries` : `mismatch at ${chain.firstBadId}: ${chain.reason}`}`,
        );
        if (!chain.ok) failures += 1;
      } finally {
        stopCluster();
      }
    }
  } finally {
    if (!keepDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  }
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
