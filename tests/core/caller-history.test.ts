import { describe, expect, it } from 'vitest';
import type { InquiryInput } from '../../src/shared/inquiries/contract';
import { accessByPhone } from './support/cases';
import { expectError, expectOk, signedIn, testCore } from './support/core';

// 2 March 2026, 10:00 in Oslo.
const start = '2026-03-02T09:00:00.000Z';

function call(overrides: Partial<InquiryInput> = {}): InquiryInput {
  return {
    channel: 'phone',
    receivedAt: '2026-03-02T08:00:00.000Z',
    onBehalfOfId: null,
    personName: 'Kari Nordmann',
    personPhone: '+47 912 34 567',
    category: 'general',
    summary: 'Asked about call recordings',
    ...overrides,
  };
}

describe('the caller history beside the quick log', () => {
  it('finds earlier inquiries by the phone in any form and by the e-mail in any case, newest first', async () => {
    const core = await testCore(start);
    const agent = await signedIn(core, ['agent'], 'agent1');
    const first = await expectOk(core, agent, 'inquiries.create', call());
    const second = await expectOk(
      core,
      agent,
      'inquiries.create',
      call({
        channel: 'email',
        receivedAt: '2026-03-02T08:30:00.000Z',
        personPhone: undefined,
        personEmail: 'Kari.Nordmann@Example.no',
        summary: 'Sent the letter again',
      }),
    );
    await expectOk(
      core,
      agent,
      'inquiries.create',
      call({ personName: 'Ola', personPhone: '22 33 44 55', summary: 'Someone else' }),
    );

    const byPhone = await expectOk(core, agent, 'inquiries.callerHistory', { phone: '91234567' });
    expect(byPhone).toMatchObject({ searched: true, moreInquiries: false, cases: [], otherOpenCases: 0 });
    expect(byPhone.inquiries).toEqual([
      expect.objectContaining({ id: first.id, number: first.number, matchedOn: ['phone'] }),
    ]);

    const both = await expectOk(core, agent, 'inquiries.callerHistory', {
      phone: '0047 912 34 567',
      email: 'kari.nordmann@example.NO',
    });
    expect(both.inquiries.map((row) => [row.id, row.matchedOn])).toEqual([
      [second.id, ['email']],
      [first.id, ['phone']],
    ]);
    // Editing an inquiry leaves it out of its own history.
    const editing = await expectOk(core, agent, 'inquiries.callerHistory', {
      phone: '91234567',
      excludeInquiryId: first.id,
    });
    expect(editing.inquiries).toEqual([]);

    // The first digits of a number, or half an address, are not looked up.
    for (const partial of [{ phone: '912 34' }, { email: 'kari.nordmann@' }, {}])
      expect(await expectOk(core, agent, 'inquiries.callerHistory', partial)).toEqual({
        searched: false,
        inquiries: [],
        moreInquiries: false,
        cases: [],
        otherOpenCases: 0,
      });

    const audited: Array<{ action: string; after_json: string }> = await core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ channel: 'inquiries.callerHistory', action: 'list' })
      .orderBy('audit_log.id')
      .select('action', 'audit_payloads.after_json');
    expect(audited).toHaveLength(3);
    // The look-ups too short to search are audited as reads like any call of a personal-data channel.
    const reads = await core.db('audit_log').where({ channel: 'inquiries.callerHistory', action: 'read' });
    expect(reads).toHaveLength(3);
    expect(JSON.parse(audited[0]!.after_json)).toMatchObject({ shown: [first.id], cases: [] });
  });

  it('shows an agent only their own inquiries and the cases opened from them; the DPO sees all', async () => {
    const core = await testCore(start);
    const agent = await signedIn(core, ['agent'], 'agent1');
    const colleague = await signedIn(core, ['agent'], 'agent2');
    const dpo = await signedIn(core, ['dpo'], 'dpo');
    const own = await expectOk(
      core,
      agent,
      'inquiries.create',
      call({ category: 'rights-request', summary: 'Wants a copy of her data' }),
    );
    const theirs = await expectOk(
      core,
      colleague,
      'inquiries.create',
      call({ category: 'rights-request', summary: 'Wants her data erased' }),
    );
    const fromOwn = await expectOk(core, agent, 'cases.openFromInquiry', {
      inquiryId: own.id,
      types: ['access'],
    });
    const fromTheirs = await expectOk(core, colleague, 'cases.openFromInquiry', {
      inquiryId: theirs.id,
      types: ['erasure'],
    });
    // A case the DPO opened directly, for the same phone.
    const direct = await expectOk(core, dpo, 'cases.create', accessByPhone({ personEmail: undefined }));

    const agentView = await expectOk(core, agent, 'inquiries.callerHistory', { phone: '+47 91234567' });
    expect(agentView.inquiries.map((row) => row.id)).toEqual([own.id]);
    expect(agentView.cases).toEqual([
      { id: fromOwn.id, number: fromOwn.number, dueDate: '2026-04-07', canOpen: false, matchedOn: ['phone'] },
    ]);
    expect(agentView.otherOpenCases).toBe(2);
    expect(JSON.stringify(agentView)).not.toContain('erased');

    const dpoView = await expectOk(core, dpo, 'inquiries.callerHistory', { phone: '91234567' });
    expect(dpoView.inquiries.map((row) => row.id).sort()).toEqual([own.id, theirs.id].sort());
    expect(dpoView.cases.map((item) => item.id).sort()).toEqual(
      [fromOwn.id, fromTheirs.id, direct.id].sort(),
    );
    expect(dpoView.cases.every((item) => item.canOpen)).toBe(true);
    expect(dpoView.otherOpenCases).toBe(0);

    // A deleted inquiry is gone from the history too.
    const admin = await signedIn(core, ['admin'], 'admin');
    await expectOk(core, admin, 'inquiries.delete', { id: own.id, reason: 'Logged twice' });
    expect((await expectOk(core, agent, 'inquiries.callerHistory', { phone: '91234567' })).inquiries).toEqual(
      [],
    );
  });

  it('lists the newest eight and says there are more', async () => {
    const core = await testCore(start);
    const agent = await signedIn(core, ['agent'], 'agent1');
    for (let index = 0; index < 10; index++)
      await expectOk(
        core,
        agent,
        'inquiries.create',
        call({
          receivedAt: `2026-03-0${index < 9 ? 1 : 2}T0${index % 9}:00:00.000Z`,
          summary: `Call ${index}`,
        }),
      );
    const history = await expectOk(core, agent, 'inquiries.callerHistory', { phone: '91234567' });
    expect(history.inquiries).toHaveLength(8);
    expect(history.moreInquiries).toBe(true);
    expect(history.inquiries[0]!.summary).toBe('Call 9');
  });

  it('refuses what is not a phone number and unknown fields, and anyone signed out', async () => {
    const core = await testCore(start);
    const agent = await signedIn(core, ['agent'], 'agent1');
    expect(await expectError(core, agent, 'inquiries.callerHistory', { phone: 'call me' })).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'phone' }],
    });
    expect(
      await expectError(core, agent, 'inquiries.callerHistory', { phone: '91234567', name: 'Kari' } as never),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await expectError(core, core.newSession(), 'inquiries.callerHistory', { phone: '91234567' }),
    ).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
