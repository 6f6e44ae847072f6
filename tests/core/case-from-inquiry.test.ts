import { describe, expect, it } from 'vitest';
import { expectError, expectOk, signedIn, testCore } from './support/core';

describe('a rights-request case opened from an inquiry', () => {
  it('keeps the received time and the person, links both ways, and shows the agent only status and due date', async () => {
    // 31 January 2026, 23:30 in Oslo: the case clock starts on 31 Jan, not on the UTC date.
    const core = await testCore('2026-02-02T08:00:00.000Z');
    const agent = await signedIn(core, ['agent'], 'agent1');
    const colleague = await signedIn(core, ['agent'], 'agent2');
    const dpo = await signedIn(core, ['dpo'], 'dpo');
    const inquiry = await expectOk(core, agent, 'inquiries.create', {
      channel: 'web-form',
      receivedAt: '2026-01-31T22:30:00.000Z',
      onBehalfOfId: null,
      personName: 'Kari Nordmann',
      personEmail: 'kari@example.no',
      category: 'rights-request',
      summary: 'Wants a copy of all data held about her',
    });
    expect(
      await expectError(core, colleague, 'cases.openFromInquiry', {
        inquiryId: inquiry.id,
        types: ['access'],
      }),
    ).toMatchObject({ code: 'NOT_FOUND' });

    const opened = await expectOk(core, agent, 'cases.openFromInquiry', {
      inquiryId: inquiry.id,
      types: ['access'],
    });
    expect(opened.duplicates).toEqual([]);
    expect(opened.possibleDuplicates).toBe(0);
    const seenByAgent = await expectOk(core, agent, 'inquiries.get', { id: inquiry.id });
    // 31 Jan + 1 month = 28 Feb, a Saturday -> Monday 2 March.
    expect(seenByAgent.cases).toEqual([
      { id: opened.id, number: opened.number, state: 'open', dueDate: '2026-03-02', openedFrom: true },
    ]);
    expect(await expectError(core, agent, 'cases.get', { id: opened.id })).toMatchObject({
      code: 'FORBIDDEN',
    });

    const full = await expectOk(core, dpo, 'cases.get', { id: opened.id });
    expect(full).toMatchObject({
      person: { name: 'Kari Nordmann', email: 'kari@example.no' },
      channel: 'email',
      capacity: 'controller',
      clock: { receivedDate: '2026-01-31', receivedAt: '2026-01-31T22:30:00.000Z' },
      inquiries: [{ id: inquiry.id, number: inquiry.number, openedFrom: true }],
    });
    expect(full.verification.gate.open).toBe(false);

    expect(
      await expectError(core, agent, 'cases.openFromInquiry', { inquiryId: inquiry.id, types: ['access'] }),
    ).toMatchObject({ code: 'CONFLICT' });
  });

  it('refuses an inquiry that is not a rights request or has no name, and warns of a duplicate', async () => {
    const core = await testCore('2026-03-02T09:00:00.000Z');
    const agent = await signedIn(core, ['agent'], 'agent1');
    const dpo = await signedIn(core, ['dpo'], 'dpo');
    const base = {
      channel: 'phone' as const,
      receivedAt: '2026-03-02T08:00:00.000Z',
      onBehalfOfId: null,
      personPhone: '+47 912 34 567',
      summary: 'Wants his data erased',
    };
    const general = await expectOk(core, agent, 'inquiries.create', {
      ...base,
      personName: 'Ola',
      category: 'general',
    });
    expect(
      await expectError(core, agent, 'cases.openFromInquiry', { inquiryId: general.id, types: ['erasure'] }),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringContaining('is not a rights request') });
    const nameless = await expectOk(core, agent, 'inquiries.create', { ...base, category: 'rights-request' });
    expect(
      await expectError(core, agent, 'cases.openFromInquiry', { inquiryId: nameless.id, types: ['erasure'] }),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringContaining('has no name') });
    expect(
      await expectError(core, agent, 'cases.openFromInquiry', { inquiryId: 999, types: ['erasure'] }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await expectError(core, agent, 'cases.openFromInquiry', { inquiryId: nameless.id, types: [] }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
    });

    const first = await expectOk(core, agent, 'inquiries.create', {
      ...base,
      personName: 'Ola Hansen',
      category: 'rights-request',
    });
    const second = await expectOk(core, agent, 'inquiries.create', {
      ...base,
      personName: 'Ola Hansen',
      category: 'rights-request',
    });
    const one = await expectOk(core, agent, 'cases.openFromInquiry', {
      inquiryId: first.id,
      types: ['erasure'],
    });
    const two = await expectOk(core, agent, 'cases.openFromInquiry', {
      inquiryId: second.id,
      types: ['erasure'],
    });
    // The agent learns only that one other case may concern the person: no number, name or date.
    expect(two).toEqual({ id: two.id, number: two.number, duplicates: [], possibleDuplicates: 1 });
    expect(JSON.stringify(two)).not.toMatch(/Ola Hansen|2026-03-02/);
    const third = await expectOk(core, agent, 'inquiries.create', {
      ...base,
      personName: 'Ola Hansen',
      category: 'rights-request',
    });
    const seenByDpo = await expectOk(core, dpo, 'cases.openFromInquiry', {
      inquiryId: third.id,
      types: ['erasure'],
    });
    expect(seenByDpo.possibleDuplicates).toBe(2);
    expect(seenByDpo.duplicates.map((duplicate) => duplicate.number).sort()).toEqual(
      [one.number, two.number].sort(),
    );
    expect(seenByDpo.duplicates[0]).toMatchObject({ personName: 'Ola Hansen', receivedDate: '2026-03-02' });

    const linked = await expectOk(core, dpo, 'cases.linkInquiry', { id: one.id, inquiryId: general.id });
    expect(linked.inquiries.map((item) => item.id)).toEqual([general.id, first.id].sort((a, b) => a - b));
    expect(
      await expectError(core, dpo, 'cases.linkInquiry', { id: one.id, inquiryId: general.id }),
    ).toMatchObject({
      code: 'CONFLICT',
    });
  });
});
