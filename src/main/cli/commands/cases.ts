import fs from 'node:fs';
import { type CliCommand, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';
import { languageOption } from './letters';

export const casesExportCommand: CliCommand = {
  words: ['cases', 'export'],
  usage: 'cases export --format csv|xlsx [--status all|open|overdue|closed|…] [--lang nb|en] [--out FILE]',
  summary:
    'The case list as CSV or XLSX, first column the case number, ordered by due date: every case ' +
    '(--status all, the default) or those of one status as the case list filters them, its headers and ' +
    'words in bokmål or English (--lang, default en). Written to --out, ' +
    'or to cases-<today>.<format> in the current folder. The export is audited.',
  options: {
    format: { type: 'string' },
    status: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
  },
  run: async ({ core: open, io, values }) => {
    const format = stringOption(values, 'format');
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError('Choose --format csv or --format xlsx.');
    const language = languageOption(stringOption(values, 'lang'));
    const status = stringOption(values, 'status') ?? 'all';
    const [{ caseListStatuses }, { runAsSystem }, { exportCases }] = await Promise.all([
      import('../../../shared/cases/contract'),
      import('../../core/core'),
      import('../../core/cases/export'),
    ]);
    const known = caseListStatuses.find((entry) => entry === status);
    if (!known) throw new UsageError(`--status "${status}": choose ${caseListStatuses.join(', ')}.`);
    const file = await runAsSystem(
      await open(),
      'cli:cases.export',
      (ctx) => exportCases(ctx, format, { status: known }, language),
      cliActor(),
    );
    const target = stringOption(values, 'out') ?? file.fileName;
    fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
    io.out(`wrote ${target}`);
    return 0;
  },
};
