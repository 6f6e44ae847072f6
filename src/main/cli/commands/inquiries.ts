import fs from 'node:fs';
import { isCalendarDate } from '../../../shared/calendar';
import { type CliCommand, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';
import { languageOption } from './letters';

export const inquiriesExportCommand: CliCommand = {
  words: ['inquiries', 'export'],
  usage:
    'inquiries export --format csv|xlsx [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--lang nb|en] [--out FILE]',
  summary:
    'Every inquiry received in the period (Oslo calendar days), deleted ones left out, as CSV or XLSX. ' +
    'Column headers and words in bokmål or English (--lang, default en). Written to --out, or to ' +
    'inquiries-<today>.<format> in the current folder. The export is audited.',
  options: {
    format: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
  },
  run: async ({ core: open, io, values }) => {
    const format = stringOption(values, 'format');
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError('Choose --format csv or --format xlsx.');
    const language = languageOption(stringOption(values, 'lang'));
    const from = stringOption(values, 'from');
    const to = stringOption(values, 'to');
    for (const [name, value] of [
      ['from', from],
      ['to', to],
    ] as const) {
      if (value !== undefined && !isCalendarDate(value))
        throw new UsageError(`--${name} "${value}" is not a date in the form YYYY-MM-DD.`);
    }
    if (from && to && from > to) throw new UsageError('--from is after --to.');
    const [{ runAsSystem }, { exportInquiries }] = await Promise.all([
      import('../../core/core'),
      import('../../core/inquiries/export'),
    ]);
    const file = await runAsSystem(
      await open(),
      'cli:inquiries.export',
      (ctx) => exportInquiries(ctx, format, { from, to }, language),
      cliActor(),
    );
    const target = stringOption(values, 'out') ?? file.fileName;
    fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
    io.out(`wrote ${target}`);
    return 0;
  },
};
