import fs from 'node:fs';
import { type CliCommand, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';
import { languageOption } from './letters';

export const reportAnnualCommand: CliCommand = {
  words: ['report', 'annual'],
  usage: 'report annual --year YYYY [--lang nb|en] [--out FILE.pdf]',
  summary:
    'The annual privacy report for a year (rights requests, breaches, agreements, inquiries) as a PDF in ' +
    'bokmål or English (--lang, default en), written to --out or to privacy-report-<year>.pdf ' +
    '(personvernrapport-<year>.pdf in bokmål) in the current folder. Producing it is audited.',
  options: { year: { type: 'string' }, lang: { type: 'string' }, out: { type: 'string' } },
  run: async ({ core: open, io, values }) => {
    const yearText = stringOption(values, 'year');
    if (!yearText) throw new UsageError('Give the year with --year YYYY.');
    if (!/^\d{4}$/.test(yearText))
      throw new UsageError(`--year "${yearText}" is not a year in the form YYYY.`);
    const year = Number(yearText);
    if (year < 2018) throw new UsageError('The GDPR applies from 2018: choose 2018 or later.');
    const language = languageOption(stringOption(values, 'lang'));
    const out = stringOption(values, 'out');
    if (out && !out.toLowerCase().endsWith('.pdf')) throw new UsageError('--out must name a .pdf file.');
    const [{ runAsSystem }, { annualReportForYear }] = await Promise.all([
      import('../../core/core'),
      import('../../core/reports/service'),
    ]);
    const core = await open();
    const file = await runAsSystem(
      core,
      'cli:reports.annual',
      (ctx) => annualReportForYear(ctx, year, language),
      cliActor(),
    );
    const target = out ?? file.fileName;
    fs.writeFileSync(target, Buffer.from(file.base64, 'base64'));
    io.out(`wrote ${target}`);
    return 0;
  },
};
