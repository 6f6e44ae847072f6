// The office server of `npm run bench:office`, in a process of its own as in production: prints
// its address as one JSON line, then serves until stopped.
import { openCore } from '../../src/main/core/core';
import { startServer } from '../../src/main/server/server';

async function main(): Promise<void> {
  const [database, dataDir, pool] = process.argv.slice(2);
  const core = await openCore({ database, dataDir, poolSize: Number(pool ?? 20) });
  const server = await startServer(core, {
    listen: { host: '127.0.0.1', port: 0 },
    // Fifty desks sign in at once from one address in the benchmark.
    signInLimits: { perUserName: 100, perAddress: 1_000, windowMs: 60_000 },
  });
  process.stdout.write(`${JSON.stringify({ url: server.url, engine: core.engine })}\n`);
  const stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop());
  process.once('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});
