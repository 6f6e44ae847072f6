import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../src/shared/contract';
import { inquiryStatuses } from '../../src/shared/inquiries/rules';
import { call, expectError, expectOk, signedIn, testCore } from './support/core';

/**
 * Row-level access, held by a test of its own: an agent never reaches a colleague's inquiry, by
 * id, by search, by any filter, by export, by history, through an attachment or the dashboard.
 */
const theirs = (
  overrides: Partial<ChannelInput<'inquiries.create'>> = {},
): ChannelInput<'inquiries.create'> => ({
  channel: 'phone',
  receivedAt: '2026-03-02T08:30:00.000Z',
  onBehalfOfId: null,
  personName: 'Hemmelig Innringer',
  personPhone: '987 65 432',
  personEmail: 'hemmelig@example.no',
  personReference: 'SECRET-9911',
  category: 'rights-request',
  summary: 'Colleague only: wants her records erased',
  notes: 'Colleague only notes',
  followUpOn: '2026-03-02',
  ...overrides,
});

describe('an agent and a colleague’s inquiries', () => {
  it('are out of reach by every path', async () => {
    const core = await testCore('2026-03-02T09:00:00.000Z');
    const agent = await signedIn(core, ['agent'], 'agent1');
    const colleague = await signedIn(core, ['agent'], 'agent2');
    const dpo = await signedIn(core, ['dpo'], 'dpo');
    const mine = await expectOk(core, agent, 'inquiries.create', {
      ...theirs(),
      personName: 'Min Egen',
      personPhone: '912 34 567',
      personEmail: 'egen@example.no',
      personReference: 'MINE-1',
      summary: 'My own call',
      notes: undefined,
    });
    const hidden = [
      await expectOk(core, colleague, 'inquiries.create', theirs()),
      await expectOk(
        core,
        colleague,
        'inquiries.create',
        theirs({ category: 'possible-breach', channel: 'email' }),
      ),
    ];
    const colleagueId = (await expectOk(core, dpo, 'users.directory', {})).find(
      (user) => user.displayName === 'Test agent2',
    )!.id;
    // A case and a breach made from the colleague's inquiries, with documents.
    await expectOk(core, colleague, 'cases.openFromInquiry', { inquiryId: hidden[0].id, types: ['erasure'] });
    const breach = await expectOk(core, colleague, 'breaches.reportFromInquiry', { inquiryId: hidden[1].id });
    const caseId = (await core.db('cases').first('id')).id as number;
    for (const [ownerType, ownerId] of [
      ['case', caseId],
      ['breach', breach.id],
    ] as const)
      await expectOk(core, dpo, 'attachments.add', {
        ownerType,
        ownerId,
        fileName: 'letter.pdf',
        contentBase64: Buffer.from('%PDF-1.4 Hemmelig Innringer').toString('base64'),
      });
    const secrets = /Hemmelig|hemmelig|987 65 432|SECRET-9911|Colleague only/;

    // By id, through every channel that takes one.
    for (const { id } of hidden) {
      for (const [channel, input] of [
        ['inquiries.get', { id }],
        ['inquiries.history', { id }],
        ['inquiries.update', { id, changes: theirs() }],
        ['inquiries.close', { id, outcome: 'Done' }],
        ['inquiries.reopen', { id }],
        ['cases.openFromInquiry', { inquiryId: id, types: ['access'] }],
        ['breaches.reportFromInquiry', { inquiryId: id }],
      ] as const) {
        const error = await expectError(core, agent, channel, input);
        expect(error, `${channel} ${id}`).toMatchObject({
          code: 'NOT_FOUND',
          message: `Inquiry ${id} was not found.`,
        });
      }
    }

    // By search and by every filter: only the agent's own.
    const lists: Array<ChannelInput<'inquiries.list'>> = [
      {},
      { q: 'hemmelig' },
      { q: '987 65 432' },
      { q: 'SECRET-9911' },
      { q: 'erased' },
      { assignedToId: colleagueId },
      { category: 'possible-breach' },
      { channel: 'email' },
      { followUp: 'due' },
      { from: '2026-03-02', to: '2026-03-02' },
      { onBehalfOfId: 0 },
      ...inquiryStatuses.map((status) => ({ status })),
      { sort: 'personName', direction: 'asc' },
      { page: 1, pageSize: 1 },
    ];
    for (const input of lists) {
      const page = await expectOk(core, agent, 'inquiries.list', input);
      expect(
        page.rows.every((row) => row.id === mine.id),
        JSON.stringify(input),
      ).toBe(true);
      expect(page.total, JSON.stringify(input)).toBeLessThanOrEqual(1);
      expect(JSON.stringify(page)).not.toMatch(secrets);
    }

    // By export, in both formats and with a search.
    for (const input of [{ format: 'csv' }, { format: 'xlsx' }, { format: 'csv', q: 'hemmelig' }] as const) {
      const file = await expectOk(core, agent, 'inquiries.export', input);
      const text = Buffer.from(file.base64, 'base64').toString('utf8');
      if (input.format === 'csv') {
        expect(text).not.toMatch(secrets);
        expect(text.includes('Min Egen')).toBe(!('q' in input));
      }
    }

    // Through attachments, cases, breaches, the audit log and the DPO's dashboard.
    for (const [channel, input] of [
      ['attachments.list', { ownerType: 'case', ownerId: caseId }],
      ['attachments.list', { ownerType: 'breach', ownerId: breach.id }],
      ['attachments.download', { id: 1 }],
      ['attachments.download', { id: 2 }],
      ['attachments.open', { id: 1 }],
      ['cases.get', { id: caseId }],
      ['cases.list', {}],
      ['breaches.get', { id: breach.id }],
      ['breaches.list', {}],
      ['audit.list', { entityType: 'inquiry' }],
      ['dashboard.overview', {}],
      ['dashboard.calendar', { month: '2026-03' }],
      ['dashboard.export', { urgency: 'all', format: 'csv' }],
    ] as const) {
      const result = await call(core, agent, channel, input as never);
      expect(result.ok, `${channel} ${JSON.stringify(input)}`).toBe(false);
      expect(JSON.stringify(result)).not.toMatch(secrets);
    }

    // The agent's own inquiry names the colleague's case and breach only by number and state.
    const own = await expectOk(core, agent, 'inquiries.get', { id: mine.id });
    expect(JSON.stringify(own)).not.toMatch(secrets);
  });
});
