import os from 'node:os';
import { systemActor } from '../../core/context';
import { type CliCommand, stringList, stringOption, UsageError } from '../command';
import type { CliIo } from '../io';

export function cliActor() {
  return systemActor(`cli:${os.userInfo().username}`.slice(0, 64));
}

async function readNewPassword(io: CliIo): Promise<string> {
  const fromEnv = io.env.PRIVACY_DESK_PASSWORD;
  if (fromEnv) return fromEnv;
  const first = await io.askSecret('Password (at least 10 characters): ');
  if (first === null) {
    throw new UsageError(
      'No terminal to ask for the password: set the environment variable PRIVACY_DESK_PASSWORD.',
    );
  }
  const second = await io.askSecret('Repeat the password: ');
  if (first !== second) throw new UsageError('The two passwords differ.');
  return first;
}

export const migrateCommand: CliCommand = {
  words: ['migrate'],
  usage: 'migrate',
  summary: 'Create the database or bring it up to date (a backup is taken first when it holds data).',
  run: async ({ core: open, io }) => {
    const core = await open();
    const { applied, backupFile } = core.migration;
    if (backupFile) io.out(`backup saved to ${backupFile}`);
    io.out(
      applied.length === 0
        ? 'database is up to date'
        : `applied ${applied.length} migrations: ${applied.join(', ')}`,
    );
    return 0;
  },
};

export const usersAddCommand: CliCommand = {
  words: ['users', 'add'],
  usage: 'users add USERNAME --role agent|dpo|admin [--role …] [--name "Full Name"]',
  summary: 'Add a user. The password comes from PRIVACY_DESK_PASSWORD or is asked for on the terminal.',
  options: { role: { type: 'string', multiple: true }, name: { type: 'string' } },
  run: async ({ core: open, io, positionals, values }) => {
    const [username] = positionals;
    if (!username || positionals.length > 1) throw new UsageError('Give exactly one user name.');
    const [{ usersChannels }, { issuesFromZod }, { runAsSystem }, { createUser }] = await Promise.all([
      import('../../../shared/users/contract'),
      import('../../core/errors'),
      import('../../core/core'),
      import('../../core/users/service'),
    ]);
    const input = usersChannels['users.create'].input.safeParse({
      username,
      displayName: stringOption(values, 'name') ?? username,
      roles: stringList(values, 'role'),
      password: await readNewPassword(io),
    });
    if (!input.success) {
      for (const issue of issuesFromZod(input.error)) io.err(`${issue.path || 'input'}: ${issue.message}`);
      return 2;
    }
    const user = await runAsSystem(
      await open(),
      'cli:users.add',
      (ctx) => createUser(ctx, input.data),
      cliActor(),
    );
    io.out(`added ${user.username} (${user.roles.join(', ')}) with id ${user.id}`);
    return 0;
  },
};

export const usersListCommand: CliCommand = {
  words: ['users', 'list'],
  usage: 'users list [--json]',
  summary: 'List every user with roles and status.',
  options: { json: { type: 'boolean' } },
  run: async ({ core: open, io, values }) => {
    const [{ runAsSystem }, { listUsers }] = await Promise.all([
      import('../../core/core'),
      import('../../core/users/service'),
    ]);
    const users = await runAsSystem(
      await open(),
      'cli:users.list',
      (ctx) => listUsers(ctx, true),
      cliActor(),
    );
    if (values.json) {
      io.out(JSON.stringify(users));
      return 0;
    }
    if (users.length === 0) io.out('no users yet: the app asks for the first administrator on first start');
    const rows = users.map((user) => [
      String(user.id),
      user.username,
      user.displayName,
      user.roles.join(','),
      user.active ? 'active' : 'deactivated',
    ]);
    const header = ['ID', 'USERNAME', 'NAME', 'ROLES', 'STATUS'];
    const widths = header.map((title, column) =>
      Math.max(title.length, ...rows.map((row) => row[column].length)),
    );
    for (const row of [header, ...rows])
      io.out(
        row
          .map((cell, column) => cell.padEnd(widths[column]))
          .join('  ')
          .trimEnd(),
      );
    return 0;
  },
};

export const auditVerifyCommand: CliCommand = {
  words: ['audit', 'verify'],
  usage: 'audit verify',
  summary:
    'Recompute the audit chain with its key: prints "ok N entries" and what was redacted, or names the first ' +
    'entry that does not match; the end of the chain must be the head kept outside the database (audit-head.json).',
  run: async ({ core: open, io }) => {
    const { verifyAuditChain } = await import('../../core/audit/service');
    const core = await open();
    const result = await verifyAuditChain(core);
    if (!result.ok) {
      io.out(
        result.firstBadId === null
          ? `mismatch: ${result.reason}`
          : `mismatch at entry ${result.firstBadId}: ${result.reason} (${result.entries} entries before it are intact)`,
      );
      return 1;
    }
    io.out(`ok ${result.entries} entries`);
    if (result.legacyEntries > 0)
      io.out(`${result.legacyEntries} of them written before the keyed chain, sealed with the key`);
    if (result.redacted > 0)
      io.out(
        `${result.redacted} payloads redacted: ${result.redactions.map((group) => `${group.entries} ${group.reason}`).join(', ')}`,
      );
    if (result.head)
      io.out(
        `the head kept outside the database matches (${result.head.entries} entries at ${result.head.at})`,
      );
    return 0;
  },
};

export const coreCommands: CliCommand[] = [
  migrateCommand,
  usersAddCommand,
  usersListCommand,
  auditVerifyCommand,
];
