import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { settleStagedAttachments } from '../../src/main/core/attachments/service';
import { openCore, runAsSystem } from '../../src/main/core/core';
import { createUser } from '../../src/main/core/users/service';
import { tempDir, testPassword, testScrypt } from './support/core';

const root = path.resolve(__dirname, '../..');
const kills = 24;

/**
 * The writer bundled once into one file (its packages left to node_modules), so each of the kills
 * costs a process start, not a TypeScript compile of the whole core.
 */
async function bundledWriter(dir: string): Promise<string> {
  const outfile = path.join(dir, 'durability-writer.cjs');
  await build({
    entryPoints: [path.join(__dirname, 'support/durability-writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

interface Acknowledged {
  inquiries: number[];
  attachments: Array<{ id: number; sha256: string }>;
}

/** Runs the writer, kills it with SIGKILL a random moment after it is ready, and returns what it acknowledged. */
function runAndKill(writer: string, dbFile: string, delayMs: number, into: Acknowledged): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dbFile, 'writer', testPassword], {
      cwd: root,
      env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let buffered = '';
    let errors = '';
    let timer: NodeJS.Timeout | null = null;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const [kind, id, sha256] = line.split(' ');
        if (kind === 'ready' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
        if (kind === 'inquiry') into.inquiries.push(Number(id));
        if (kind === 'attachment') into.attachments.push({ id: Number(id), sha256 });
      }
    });
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`the writer stopped by itself: ${errors.slice(0, 500)}`));
    });
  });
}

describe('durability', () => {
  it(
    `loses no acknowledged row and keeps the file and the audit chain sound over ${kills} kill -9 during writes`,
    { timeout: 240_000 },
    async () => {
      const dir = tempDir();
      const dbFile = path.join(dir, 'office.sqlite3');
      const setup = await openCore({ database: dbFile, scrypt: testScrypt });
      await runAsSystem(setup, 'test', async (ctx) => {
        await createUser(ctx, {
          username: 'writer',
          displayName: 'Writer',
          roles: ['admin', 'agent'],
          password: testPassword,
        });
        await ctx.db('organisations').insert({
          name: 'Fjord Kraft AS',
          country: 'NO',
          is_customer: true,
          is_supplier: false,
          active: true,
          created_at: '2026-03-01T10:00:00.000Z',
          updated_at: '2026-03-01T10:00:00.000Z',
        });
      });
      await setup.close();

      const writer = await bundledWriter(dir);
      const acknowledged: Acknowledged = { inquiries: [], attachments: [] };
      // Random moments, the same each run: a fixed sequence from 20 to 800 ms after the writer is ready.
      let seed = 11;
      for (let kill = 0; kill < kills; kill++) {
        seed = (seed * 48271) % 2147483647;
        await runAndKill(writer, dbFile, 20 + (seed % 780), acknowledged);
      }
      expect(acknowledged.inquiries.length).toBeGreaterThan(kills);
      expect(acknowledged.attachments.length).toBeGreaterThan(0);

      const core = await openCore({ database: dbFile, scrypt: testScrypt });
      try {
        expect(await core.db.raw('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        expect((await core.checkHealth()).damaged).toBe(false);
        expect(await verifyAuditChain(core)).toMatchObject({ ok: true });
        const stored = new Set(
          (await core.db('inquiries').whereIn('id', acknowledged.inquiries).select('id')).map(
            (row: { id: number }) => row.id,
          ),
        );
        expect(acknowledged.inquiries.filter((id) => !stored.has(id))).toEqual([]);
        // A file whose row committed is there (renamed now if the kill came between commit and rename).
        await runAsSystem(core, 'test', (ctx) => settleStagedAttachments(ctx));
        for (const { id, sha256 } of acknowledged.attachments) {
          const row = await core.db('attachments').where({ id }).first();
          expect(row, `attachment ${id}`).toMatchObject({ sha256 });
          expect(fs.existsSync(path.join(dir, 'attachments', row.stored_name)), `file of ${id}`).toBe(true);
        }
        // Every file in the folder belongs to a row: nothing of a rolled-back write is left under a name.
        const names = new Set(
          (await core.db('attachments').select('stored_name')).map(
            (row: { stored_name: string }) => row.stored_name,
          ),
        );
        const strays = fs
          .readdirSync(path.join(dir, 'attachments'))
          .filter((name) => !name.endsWith('.staged') && !names.has(name));
        expect(strays).toEqual([]);
      } finally {
        await core.close();
      }
    },
  );
});
