import { type CliCommand, UsageError } from '../command';
import { cliActor } from './core-commands';

export const personFindCommand: CliCommand = {
  words: ['person', 'find'],
  usage: 'person find QUERY [--json]',
  summary:
    'One person across every record: inquiries (deleted ones too), cases, breaches, contact persons, attached ' +
    'files and the audit log, by name, e-mail address, phone number (any spelling) or customer reference. Audited.',
  options: { json: { type: 'boolean' } },
  run: async ({ core: open, io, values, positionals }) => {
    const [{ runAsSystem }, { findPerson }, { personQuerySchema, personRecordKindLabels }] =
      await Promise.all([
        import('../../core/core'),
        import('../../core/people/service'),
        import('../../../shared/people/contract'),
      ]);
    const parsed = personQuerySchema.safeParse({ query: positionals.join(' ') });
    if (!parsed.success)
      throw new UsageError(parsed.error.issues[0]?.message ?? 'Give a name to search for.');
    const result = await runAsSystem(
      await open(),
      'cli:people.find',
      (ctx) => findPerson(ctx, parsed.data.query),
      cliActor(),
    );
    if (values.json) {
      io.out(JSON.stringify(result));
      return 0;
    }
    for (const group of result.groups) {
      if (group.total === 0) continue;
      io.out(`${personRecordKindLabels[group.kind]}: ${group.total}`);
      for (const item of group.items)
        io.out(
          `  ${item.title}  ${item.date?.slice(0, 10) ?? ''}  ${item.detail}  (${item.why}${item.deleted ? ', deleted' : ''})`,
        );
    }
    if (result.groups.every((group) => group.total === 0)) io.out(`nothing found for "${result.query}"`);
    return 0;
  },
};
