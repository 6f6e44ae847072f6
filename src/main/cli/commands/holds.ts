import type { LegalHoldType } from '../../../shared/erasure/contract';
import { type CliCommand, type OptionValues, stringOption, UsageError } from '../command';
import { cliActor } from './core-commands';

const recordOptions = {
  inquiry: { type: 'string' },
  case: { type: 'string' },
  breach: { type: 'string' },
  agreement: { type: 'string' },
} as const;

const recordUsage = '--inquiry INQ-000012 | --case NUMBER | --breach NUMBER | --agreement REFERENCE';

const recordWords: Record<LegalHoldType, string> = {
  inquiry: 'Inquiry',
  case: 'Case',
  breach: 'Breach',
  agreement: 'Agreement',
};

/** Exactly one of --inquiry, --case, --breach, --agreement. */
function recordOption(values: OptionValues): { recordType: LegalHoldType; name: string } {
  const given = (Object.keys(recordOptions) as LegalHoldType[]).flatMap((recordType) => {
    const name = stringOption(values, recordType);
    return name === undefined ? [] : [{ recordType, name }];
  });
  if (given.length !== 1) throw new UsageError(`Name one record: ${recordUsage}.`);
  return given[0];
}

async function holdContext() {
  const [{ runAsSystem }, holds, { recordIdByName }, { notFound }] = await Promise.all([
    import('../../core/core'),
    import('../../core/erasure/holds'),
    import('../../core/erasure/holds-repository'),
    import('../../core/errors'),
  ]);
  return { runAsSystem, holds, recordIdByName, notFound };
}

export const holdsListCommand: CliCommand = {
  words: ['holds', 'list'],
  usage: `holds list ${recordUsage} [--json]`,
  summary:
    'The legal holds of one record (Art. 17(3)(e)), standing and lifted, newest first: when, who and why.',
  options: { ...recordOptions, json: { type: 'boolean' } },
  run: async ({ core: open, io, values }) => {
    const { recordType, name } = recordOption(values);
    const { runAsSystem, holds, recordIdByName, notFound } = await holdContext();
    const found = await runAsSystem(
      await open(),
      'cli:legalHolds.list',
      async (ctx) => {
        const recordId = await recordIdByName(ctx.db, recordType, name);
        if (recordId === undefined) throw notFound(recordWords[recordType], name);
        return holds.listHolds(ctx, { recordType, recordId });
      },
      cliActor(),
    );
    if (values.json) {
      io.out(JSON.stringify(found.holds));
      return 0;
    }
    if (found.holds.length === 0) io.out(`${recordWords[recordType]} ${name} has no legal hold.`);
    for (const hold of found.holds) {
      const lifted = hold.liftedAt ? `, lifted ${hold.liftedAt} by ${hold.liftedBy}` : ' (standing)';
      io.out(`#${hold.id} placed ${hold.placedAt} by ${hold.placedBy}${lifted}: ${hold.reason}`);
    }
    return 0;
  },
};

export const holdsPlaceCommand: CliCommand = {
  words: ['holds', 'place'],
  usage: `holds place ${recordUsage} --reason TEXT`,
  summary:
    'Place a legal hold on a record: neither an erasure nor the retention purge touches it until the hold ' +
    'is lifted. One hold stands on a record at a time.',
  options: { ...recordOptions, reason: { type: 'string' } },
  run: async ({ core: open, io, values }) => {
    const { recordType, name } = recordOption(values);
    const reason = stringOption(values, 'reason');
    if (!reason?.trim()) throw new UsageError('Give the reason for the hold with --reason TEXT.');
    const [{ erasureChannels }, { issuesFromZod }] = await Promise.all([
      import('../../../shared/erasure/contract'),
      import('../../core/errors'),
    ]);
    const { runAsSystem, holds, recordIdByName, notFound } = await holdContext();
    const placed = await runAsSystem(
      await open(),
      'cli:legalHolds.place',
      async (ctx) => {
        const recordId = await recordIdByName(ctx.db, recordType, name);
        if (recordId === undefined) throw notFound(recordWords[recordType], name);
        const input = erasureChannels['legalHolds.place'].input.safeParse({ recordType, recordId, reason });
        if (!input.success) return { issues: issuesFromZod(input.error) };
        return holds.placeHold(ctx, input.data);
      },
      cliActor(),
    );
    if ('issues' in placed) {
      for (const issue of placed.issues) io.err(`${issue.path || 'input'}: ${issue.message}`);
      return 2;
    }
    io.out(`placed legal hold #${placed.id} on ${recordWords[recordType].toLowerCase()} ${name}`);
    return 0;
  },
};

export const holdsLiftCommand: CliCommand = {
  words: ['holds', 'lift'],
  usage: 'holds lift --id N',
  summary: 'Lift a standing legal hold (its number is in `holds list`); erasure and the purge apply again.',
  options: { id: { type: 'string' } },
  run: async ({ core: open, io, values }) => {
    const id = Number(stringOption(values, 'id'));
    if (!Number.isSafeInteger(id) || id <= 0)
      throw new UsageError("Give the hold's number with --id N (see `holds list`).");
    const { runAsSystem, holds } = await holdContext();
    await runAsSystem(await open(), 'cli:legalHolds.lift', (ctx) => holds.liftHold(ctx, id), cliActor());
    io.out(`lifted legal hold #${id}`);
    return 0;
  },
};
