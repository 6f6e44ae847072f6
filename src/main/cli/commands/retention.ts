import type { CliCommand } from '../command';
import { cliActor } from './core-commands';

const kindNames = {
  inquiry: 'inquiries',
  attachment: 'removed attachments',
  case: 'closed cases',
  breach: 'closed breach records',
  agreement: 'ended agreements',
  auditPayload: "the audit log's before/after copies",
} as const;
const actionWords = { remove: 'removed', anonymise: 'anonymised', redact: 'redacted' } as const;

export const retentionPreviewCommand: CliCommand = {
  words: ['retention', 'preview'],
  usage: 'retention preview [--json]',
  summary:
    'What the next retention purge would remove, per kind of record (with the rule, what is held and why, the ' +
    'oldest due by number and date), and the purge log. Counts and numbers only. Changes nothing.',
  options: { json: { type: 'boolean' } },
  run: async ({ core: open, io, values }) => {
    const { retentionPreview } = await import('../../core/retention/preview');
    const core = await open();
    const preview = await retentionPreview(core.db, core.clock.now());
    if (values.json) {
      io.out(JSON.stringify(preview));
      return 0;
    }
    for (const kind of preview.kinds) {
      io.out(`${kindNames[kind.kind]}: ${kind.due} to be ${actionWords[kind.action]} (${kind.rule})`);
      for (const hold of kind.held) io.out(`  held: ${hold.count} (${hold.reason})`);
      for (const item of kind.oldest) io.out(`  #${item.id} ${item.why} ${item.since}`);
    }
    const last = preview.runs[0];
    io.out(
      last
        ? `last purge: ${last.startedAt} (${last.trigger}, ${last.state}): ${last.counts.inquiry} inquiries, ${last.counts.attachment} attachments, ${last.counts.case} cases, ${last.counts.breach} breaches, ${last.counts.agreement} agreements, ${last.counts.auditPayloads} audit payloads`
        : 'no purge has run yet',
    );
    return 0;
  },
};

export const retentionPurgeCommand: CliCommand = {
  words: ['retention', 'purge'],
  usage: 'retention purge --yes',
  summary:
    'Run the retention purge now (the app runs it daily): removes what `retention preview` lists, in batches, ' +
    "with the before/after copies of the removed records' audit entries, and records the counts in the purge log.",
  options: { yes: { type: 'boolean' } },
  run: async ({ core: open, io, values }) => {
    if (!values.yes) {
      io.err(
        'This removes records for good. See what goes with `privacy-desk retention preview`, then add --yes.',
      );
      return 2;
    }
    const { purgeRetention } = await import('../../core/retention/service');
    const run = await purgeRetention(await open(), 'manual', cliActor());
    io.out(
      `purged ${run.counts.inquiry} inquiries, ${run.counts.attachment} attachments and ${run.counts.agreement} ended agreements; ` +
        `anonymised ${run.counts.case} closed cases and ${run.counts.breach} breach records; ` +
        `${run.counts.auditPayloads} audit payloads redacted (purge log entry ${run.id})`,
    );
    return 0;
  },
};
