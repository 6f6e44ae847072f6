import fs from 'node:fs';
import { type CliCommand, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';
import { languageOption } from './letters';

export const agreementsExportCommand: CliCommand = {
  words: ['agreements', 'export'],
  usage: 'agreements export --format csv|xlsx [--lang nb|en] [--out FILE]',
  summary:
    'The register of data processing agreements, both directions, one row per agreement with its checklist, ' +
    'transfers and sub-processors, as CSV or XLSX, its headers in bokmål or English (--lang, default en). ' +
    'Written to --out, or to agreements-<today>.<format>. Audited.',
  options: { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
  run: async ({ core: open, io, values }) => {
    const format = stringOption(values, 'format');
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError('Choose --format csv or --format xlsx.');
    const language = languageOption(stringOption(values, 'lang'));
    const [{ runAsSystem }, { exportAgreements }] = await Promise.all([
      import('../../core/core'),
      import('../../core/agreements/export'),
    ]);
    const file = await runAsSystem(
      await open(),
      'cli:agreements.export',
      (ctx) => exportAgreements(ctx, format, {}, language),
      cliActor(),
    );
    const target = stringOption(values, 'out') ?? file.fileName;
    fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
    io.out(`wrote ${target}`);
    return 0;
  },
};
