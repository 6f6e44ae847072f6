import { type CliCommand, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} takes a whole number.`);
  return Number(value);
}

export const seedDemoCommand: CliCommand = {
  words: ['seed-demo'],
  usage: 'seed-demo [--inquiries N] [--cases N] [--agreements N] [--breaches N] [--seed S]',
  summary:
    'Fill the database with realistic demo data: staff, customers and suppliers, and what the features add. ' +
    'Demo users get the password in PRIVACY_DESK_PASSWORD (default "demo password").',
  options: {
    inquiries: { type: 'string' },
    cases: { type: 'string' },
    agreements: { type: 'string' },
    breaches: { type: 'string' },
    seed: { type: 'string' },
  },
  run: async ({ core: open, io, values }) => {
    const password = io.env.PRIVACY_DESK_PASSWORD ?? 'demo password';
    if (password.length < 10) throw new UsageError('PRIVACY_DESK_PASSWORD must be at least 10 characters.');
    const counts = {
      seed: count(stringOption(values, 'seed'), 'seed', 2026),
      inquiries: count(stringOption(values, 'inquiries'), 'inquiries', 2000),
      cases: count(stringOption(values, 'cases'), 'cases', 300),
      agreements: count(stringOption(values, 'agreements'), 'agreements', 40),
      breaches: count(stringOption(values, 'breaches'), 'breaches', 12),
    };
    const { seedDemo } = await import('../../core/demo/seed');
    const started = Date.now();
    await seedDemo(await open(), { ...counts, password }, cliActor(), (line) => io.out(line));
    io.out(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  },
};
