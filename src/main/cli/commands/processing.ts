import fs from 'node:fs';
import { type CliCommand, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';
import { languageOption } from './letters';

export const processingExportCommand: CliCommand = {
  words: ['processing', 'export'],
  usage: 'processing export --format pdf|xlsx [--lang nb|en] [--out FILE]',
  summary:
    'The record of processing activities (Art. 30), as controller and as processor for each customer, as a PDF ' +
    '(to hand Datatilsynet on request) or XLSX, in bokmål or English (--lang, default en). ' +
    'Written to --out, or to record-of-processing-<today>.<format>. Audited.',
  options: { format: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
  run: async ({ core: open, io, values }) => {
    const format = stringOption(values, 'format');
    if (format !== 'pdf' && format !== 'xlsx') throw new UsageError('Choose --format pdf or --format xlsx.');
    const language = languageOption(stringOption(values, 'lang'));
    const [{ runAsSystem }, { processingPdf, processingXlsx }] = await Promise.all([
      import('../../core/core'),
      import('../../core/processing/export'),
    ]);
    const file = await runAsSystem(
      await open(),
      'cli:processing.export',
      (ctx) =>
        format === 'pdf' ? processingPdf(ctx, false, language) : processingXlsx(ctx, false, language),
      cliActor(),
    );
    const target = stringOption(values, 'out') ?? file.fileName;
    fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
    io.out(`wrote ${target}`);
    return 0;
  },
};
