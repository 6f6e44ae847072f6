import { DatabaseTargetError, describeTarget, parseDatabaseTarget } from '../../core/db/target';
import { type CliCommand, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';

export const moveCommand: CliCommand = {
  words: ['move'],
  usage: 'move --from FILE --to postgres://user@host:port/database',
  summary:
    "Move an office from this computer's SQLite database into a new, empty PostgreSQL database (every table, with its ids), then compare the row counts and verify the audit chain.",
  options: { from: { type: 'string' }, to: { type: 'string' } },
  run: async ({ io, values, dataDir, auditKey }) => {
    const from = stringOption(values, 'from');
    const to = stringOption(values, 'to');
    if (!from || !to) throw new UsageError('Give both --from (an SQLite file) and --to (a postgres:// URL).');
    let source;
    let target;
    try {
      source = parseDatabaseTarget(from);
      target = parseDatabaseTarget(to);
    } catch (error) {
      if (error instanceof DatabaseTargetError) throw new UsageError(error.message);
      throw error;
    }
    if (source.engine !== 'sqlite' || target.engine !== 'postgresql')
      throw new UsageError('--from is an SQLite file and --to a postgres:// URL.');

    const [{ verifyAuditChain }, { openCore, runAsSystem }, { MoveRefusedError, moveOffice }] =
      await Promise.all([
        import('../../core/audit/service'),
        import('../../core/core'),
        import('../../core/db/move'),
      ]);
    const sourceCore = await openCore({ database: source, dataDir, auditKey });
    try {
      const targetCore = await openCore({ database: target, dataDir, auditKey });
      try {
        io.out(`Moving ${describeTarget(source)} to ${describeTarget(target)}…`);
        const counts = await moveOffice(sourceCore.db, targetCore.db, io.out);
        // The moved log is a database of its own: its own id and head (the source's stay as they are).
        await targetCore.env.audit.adoptAsNew(targetCore.db, targetCore.clock.now());
        const width = Math.max(...counts.map((row) => row.table.length));
        io.out(`${'table'.padEnd(width)}  ${'source'.padStart(9)}  ${'target'.padStart(9)}`);
        for (const row of counts)
          io.out(
            `${row.table.padEnd(width)}  ${String(row.source).padStart(9)}  ${String(row.target).padStart(9)}${row.source === row.target ? '' : '  DIFFERENT'}`,
          );
        await runAsSystem(
          targetCore,
          'cli:move',
          (ctx) =>
            ctx.audit({ action: 'move', entityType: 'database', after: { from: describeTarget(source) } }),
          cliActor(),
        );
        const chain = await verifyAuditChain(targetCore);
        io.out(
          chain.ok
            ? `audit verify: ok ${chain.entries} entries`
            : `audit verify: mismatch at entry ${chain.firstBadId}: ${chain.reason}`,
        );
        return chain.ok && counts.every((row) => row.source === row.target) ? 0 : 1;
      } finally {
        await targetCore.close();
      }
    } catch (error) {
      if (error instanceof MoveRefusedError) {
        io.err(error.message);
        return 1;
      }
      throw error;
    } finally {
      await sourceCore.close();
    }
  },
};
