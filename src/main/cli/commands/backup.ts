import { attachmentsDirOf } from '../../core/backup/files';
import { faultMessage } from '../../core/faults';
import { type CliCommand, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export const backupCommand: CliCommand = {
  words: ['backup'],
  usage: 'backup --out FILE',
  summary:
    'A consistent copy of the database (SQLite online backup, safe while the app writes) at FILE, with the ' +
    'attached files and a manifest in FILE.attachments/. Never overwrites a file. On PostgreSQL use pg_dump.',
  options: { out: { type: 'string' } },
  run: async ({ core: open, io, values, database }) => {
    const out = stringOption(values, 'out');
    if (!out) throw new UsageError('Give the backup file with --out FILE.');
    const [{ runAsSystem }, { makeBackup, pgDumpAdvice }, { verifyBackup }] = await Promise.all([
      import('../../core/core'),
      import('../../core/backup/make'),
      import('../../core/backup/verify'),
    ]);
    if (database.engine === 'postgresql') {
      io.err(pgDumpAdvice);
      return 1;
    }
    const core = await open();
    const health = await core.checkHealth();
    if (health.damaged) {
      io.err(`Failed: ${faultMessage('damaged', { dbFile: core.env.dbFile })}`);
      return 1;
    }
    const report = await makeBackup(core, out);
    const verification = await verifyBackup(report.file, core.env.audit.key.key);
    await runAsSystem(
      core,
      'cli:backup',
      (ctx) => ctx.audit({ action: 'backup', entityType: 'database', after: { file: report.file } }),
      cliActor(),
    );
    io.out(
      `backup saved to ${report.file} (${megabytes(report.sizeBytes)}), ${report.manifest.attachments.length} attached files in ${attachmentsDirOf(report.file)}`,
    );
    if (report.missingFiles.length > 0)
      io.err(
        `${report.missingFiles.length} attached files were missing from the data folder and are not in the backup`,
      );
    if (!verification.ok) {
      io.err(`The backup does not verify: ${verification.problems.join(' ')}`);
      return 1;
    }
    io.out(`verified: audit chain ok, ${verification.auditEntries} entries`);
    return 0;
  },
};

export const restoreCommand: CliCommand = {
  words: ['restore'],
  usage: 'restore --from FILE   (into the new database named by --db NEW-FILE)',
  summary:
    'Restores a backup into a NEW database file (never over one that holds data), with its attached files in ' +
    "the new file's folder, migrates it if it is older, and verifies every table and the audit chain.",
  options: { from: { type: 'string' } },
  run: async ({ io, values, database, auditKey }) => {
    const from = stringOption(values, 'from');
    if (!from) throw new UsageError('Give the backup to restore with --from FILE.');
    if (stringOption(values, 'db') === undefined && io.env.PRIVACY_DESK_DB === undefined)
      throw new UsageError('Name the NEW database file with --db NEW-FILE.');
    const [{ pgDumpAdvice }, { restoreBackup }] = await Promise.all([
      import('../../core/backup/make'),
      import('../../core/backup/restore'),
    ]);
    if (database.engine === 'postgresql') {
      io.err(pgDumpAdvice);
      return 1;
    }
    const to = database.file;
    const report = await restoreBackup({ from, to, auditKey });
    const rows = Object.values(report.tables).reduce((sum, count) => sum + count, 0);
    io.out(
      `restored ${from} into ${to}: ${Object.keys(report.tables).length} tables, ${rows} rows, ${report.attachments} attached files`,
    );
    if (report.migrated.length > 0) io.out(`brought up to date: ${report.migrated.join(', ')}`);
    io.out(`audit chain ok, ${report.auditEntries} entries`);
    return 0;
  },
};
