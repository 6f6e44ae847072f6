import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../src/shared/contract';
import { expectError, expectOk, signedIn } from './support/core';
import { breachOffice, customer, moveTo, recordBreach, wrongRecipient } from './support/breaches';

describe('reporting a breach from an inquiry', () => {
  it('lets an agent report from their own inquiry; the agent then sees only the number and state', async () => {
    const office = await breachOffice('2026-03-12T13:30:00.000Z');
    const { core, agent, dpo, admin } = office;
    const colleague = await signedIn(core, ['agent'], 'fatima');
    const fjord = await customer(core, 'Fjord Energi AS');
    const inquiry = await expectOk(core, agent, 'inquiries.create', {
      channel: 'phone',
      receivedAt: '2026-03-12T13:05:00.000Z',
      onBehalfOfId: fjord,
      personName: 'Kari Nordmann',
      personPhone: '+47 912 34 567',
      category: 'possible-breach',
      summary: 'Received a letter meant for another customer',
      notes: 'The letter showed the other customer’s name, address and invoice amount.',
    });

    // A colleague cannot see the inquiry, so cannot report from it either (nor learn that it exists).
    expect(
      await expectError(core, colleague, 'breaches.reportFromInquiry', { inquiryId: inquiry.id }),
    ).toMatchObject({ code: 'NOT_FOUND' });

    const reported = await expectOk(core, agent, 'breaches.reportFromInquiry', { inquiryId: inquiry.id });
    expect(reported).toEqual({
      id: reported.id,
      number: 'BR-2026-0001',
      state: 'reported',
      reportedFrom: true,
    });
    const seen = await expectOk(core, agent, 'inquiries.get', { id: inquiry.id });
    expect(seen.breaches).toEqual([
      { id: reported.id, number: 'BR-2026-0001', state: 'reported', reportedFrom: true },
    ]);

    // Nothing more: no breach, no list, no assessment, no documents for an agent.
    for (const [channel, input] of [
      ['breaches.get', { id: reported.id }],
      ['breaches.list', {}],
      ['breaches.counts', {}],
      ['breaches.assess', { id: reported.id, risk: 'risk', reasons: 'Guess' }],
      [
        'breaches.notifyCustomer',
        {
          id: reported.id,
          organisationId: fjord,
          toldAt: '2026-03-12T13:20:00.000Z',
          how: 'email',
          toldTo: 'x',
        },
      ],
      ['attachments.list', { ownerType: 'breach', ownerId: reported.id }],
    ] as const)
      expect(await expectError(core, agent, channel, input), channel).toMatchObject({ code: 'FORBIDDEN' });
    expect(await expectError(core, colleague, 'breaches.get', { id: reported.id })).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await expectError(core, colleague, 'inquiries.get', { id: inquiry.id })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await expectError(core, agent, 'breaches.reportFromInquiry', { inquiryId: inquiry.id }),
    ).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('BR-2026-0001') });

    // The DPO finds it: awareness defaults to when the call reached us; processor for the inquiry's customer.
    const detail = await expectOk(core, dpo, 'breaches.get', { id: reported.id });
    expect(detail).toMatchObject({
      state: 'reported',
      title: 'Received a letter meant for another customer',
      description: 'The letter showed the other customer’s name, address and invoice amount.',
      awareAt: '2026-03-12T13:05:00.000Z',
      capacity: 'processor',
      customers: [{ organisationId: fjord, name: 'Fjord Energi AS', agreement: null }],
      reportedBy: 'Test ola',
      inquiries: [{ id: inquiry.id, number: inquiry.number, reportedFrom: true }],
      assessment: null,
    });
    expect(detail.discovery).toContain(inquiry.number);
    expect(detail.clocks).toMatchObject([{ party: 'customer', status: 'running', undueDelay: true }]);

    // Only the DPO assesses: an administrator may read and record, not assess.
    expect(await expectOk(core, admin, 'breaches.get', { id: reported.id })).toBeTruthy();
    expect(
      await expectError(core, admin, 'breaches.assess', { id: reported.id, risk: 'risk', reasons: 'x' }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const assessed = await expectOk(core, dpo, 'breaches.assess', {
      id: reported.id,
      risk: 'risk',
      reasons: 'Name, address and an invoice amount reached a stranger.',
    });
    expect(assessed).toMatchObject({
      state: 'assessed',
      assessment: { risk: 'risk', assessedBy: 'Test dina' },
    });
    expect((await expectOk(core, agent, 'inquiries.get', { id: inquiry.id })).breaches[0].state).toBe(
      'assessed',
    );

    // Every read of the breach is in the audit log.
    const reads = await core
      .db('audit_log')
      .where({ entity_type: 'breach', action: 'read' })
      .count({ n: '*' });
    expect(Number(reads[0].n)).toBe(2);
  });

  it('takes an awareness time given by the reporter, and refuses one in the future', async () => {
    const office = await breachOffice('2026-03-12T13:30:00.000Z');
    const { core, agent } = office;
    const inquiry = await expectOk(core, agent, 'inquiries.create', {
      channel: 'email',
      receivedAt: '2026-03-12T10:00:00.000Z',
      onBehalfOfId: null,
      personEmail: 'kari@example.no',
      category: 'general',
      summary: 'Asks about an invoice; mentions someone else’s e-mail in our reply',
    });
    expect(
      await expectError(core, agent, 'breaches.reportFromInquiry', {
        inquiryId: inquiry.id,
        awareAt: '2026-03-13T10:00:00.000Z',
      }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'awareAt', message: 'The time cannot be in the future' }],
    });
    const reported = await expectOk(core, agent, 'breaches.reportFromInquiry', {
      inquiryId: inquiry.id,
      awareAt: '2026-03-12T12:00:00.000Z',
      description: 'Our reply to the caller had another customer in copy.',
    });
    const detail = await expectOk(core, office.dpo, 'breaches.get', { id: reported.id });
    expect(detail).toMatchObject({
      awareAt: '2026-03-12T12:00:00.000Z',
      capacity: 'controller',
      description: 'Our reply to the caller had another customer in copy.',
    });
    expect(detail.clocks[0]).toMatchObject({ party: 'authority', dueAt: '2026-03-15T12:00:00.000Z' });
    expect(await expectError(core, agent, 'breaches.reportFromInquiry', { inquiryId: 999 })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});

describe('the assessment and the notifications', () => {
  it('needs the reasons for not notifying when there is no risk, and then closes without a notification', async () => {
    const office = await breachOffice();
    const { core, dpo } = office;
    const id = await recordBreach(office, {
      title: 'Encrypted laptop stolen from a car',
      dataTypes: ['customer-history'],
    });
    const missing = await expectError(core, dpo, 'breaches.assess', {
      id,
      risk: 'none',
      reasons: 'Full-disk encryption with a strong key; the key was not with the laptop.',
    });
    expect(missing).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'noNotificationReasons' }] });
    expect(await expectError(core, dpo, 'breaches.close', { id })).toMatchObject({ code: 'RULE_VIOLATION' });

    const assessed = await expectOk(core, dpo, 'breaches.assess', {
      id,
      risk: 'none',
      reasons: 'Full-disk encryption with a strong key; the key was not with the laptop.',
      noNotificationReasons: 'Unlikely to result in a risk (Art. 33(1)): the data is unintelligible.',
    });
    expect(assessed.clocks[0]).toMatchObject({ status: 'not-required' });
    expect(assessed.obligations.every((obligation) => obligation.met)).toBe(true);
    expect(
      await expectError(core, dpo, 'breaches.notifyAuthority', {
        id,
        phase: 'initial',
        sentAt: '2026-03-12T14:00:00.000Z',
      }),
    ).toMatchObject({ code: 'RULE_VIOLATION' });
    expect(
      await expectError(core, dpo, 'breaches.recordSubjectsException', {
        id,
        exception: 'unintelligible',
        explanation: 'Encrypted',
      }),
    ).toMatchObject({ code: 'RULE_VIOLATION' });
    const closed = await expectOk(core, dpo, 'breaches.close', { id, note: 'Laptop replaced; key rotated.' });
    expect(closed).toMatchObject({ state: 'closed', closedBy: 'Test dina' });
    expect(
      await expectError(core, dpo, 'breaches.assess', { id, risk: 'risk', reasons: 'Changed mind' }),
    ).toMatchObject({ code: 'RULE_VIOLATION' });
    expect((await expectOk(core, dpo, 'breaches.list', { state: 'closed' })).rows[0]).toMatchObject({
      id,
      nextClock: null,
    });
  });

  it('records a phased notification: initial in time, a follow-up, the final; high risk needs the people told', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo, admin } = office;
    const id = await recordBreach(office, { dataTypes: ['contact', 'health'] });
    expect((await expectOk(core, dpo, 'breaches.get', { id })).specialCategories).toBe(true);
    expect(
      await expectError(core, dpo, 'breaches.notifyAuthority', {
        id,
        phase: 'initial',
        sentAt: '2026-03-12T13:10:00.000Z',
      }),
    ).toMatchObject({ code: 'RULE_VIOLATION', message: expect.stringContaining('not been assessed') });
    moveTo(office, '2026-03-13T09:00:00.000Z');
    await expectOk(core, dpo, 'breaches.assess', {
      id,
      risk: 'high',
      reasons: 'Health data of 240 callers reached an outside address.',
    });

    expect(
      await expectError(core, dpo, 'breaches.notifyAuthority', {
        id,
        phase: 'follow-up',
        sentAt: '2026-03-13T08:00:00.000Z',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'phase' }] });
    expect(
      await expectError(core, dpo, 'breaches.notifyAuthority', {
        id,
        phase: 'initial',
        sentAt: '2026-03-12T12:00:00.000Z',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'sentAt' }] });
    expect(
      await expectError(core, dpo, 'breaches.notifyAuthority', {
        id,
        phase: 'initial',
        sentAt: '2026-03-14T08:00:00.000Z',
      }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'sentAt', message: 'The time cannot be in the future' }],
    });

    // An administrator records what the DPO sent.
    const initial = await expectOk(core, admin, 'breaches.notifyAuthority', {
      id,
      phase: 'initial',
      sentAt: '2026-03-13T08:30:00.000Z',
      reference: '26/01234',
      sentBy: 'Dina Berg',
      summary: 'What we know so far; the extent is being examined.',
    });
    expect(initial.clocks[0]).toMatchObject({ status: 'met', doneAt: '2026-03-13T08:30:00.000Z' });
    expect(initial.notifications).toMatchObject([{ phase: 'initial', reference: '26/01234', late: false }]);
    expect(
      await expectError(core, dpo, 'breaches.notifyAuthority', {
        id,
        phase: 'initial',
        sentAt: '2026-03-13T08:40:00.000Z',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'phase' }] });

    // Days later, after the 72 hours: a follow-up needs no reasons for delay (the first was in time).
    moveTo(office, '2026-03-17T10:00:00.000Z');
    await expectOk(core, dpo, 'breaches.notifyAuthority', {
      id,
      phase: 'follow-up',
      sentAt: '2026-03-17T09:00:00.000Z',
      reference: '26/01234',
      summary: 'The log review found 240 records, not 300.',
    });
    expect(await expectError(core, dpo, 'breaches.close', { id })).toMatchObject({
      code: 'RULE_VIOLATION',
      message: expect.stringContaining('the final phase'),
    });
    await expectOk(core, dpo, 'breaches.notifyAuthority', {
      id,
      phase: 'final',
      sentAt: '2026-03-17T09:30:00.000Z',
      reference: '26/01234',
    });
    expect(
      await expectError(core, dpo, 'breaches.notifyAuthority', {
        id,
        phase: 'follow-up',
        sentAt: '2026-03-17T09:40:00.000Z',
      }),
    ).toMatchObject({ code: 'RULE_VIOLATION' });

    // High risk: the people must be told, or an exception recorded; a public notice needs its date and place.
    const blocked = await expectError(core, dpo, 'breaches.close', { id });
    expect(blocked.message).toContain('the people affected are told');
    expect(
      await expectError(core, dpo, 'breaches.recordSubjectsException', {
        id,
        exception: 'disproportionate',
        explanation: 'The callers cannot be identified from the spreadsheet.',
      }),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'publicNoticeAt' }, { path: 'publicNoticeWhere' }],
    });
    expect(
      await expectError(core, admin, 'breaches.recordSubjectsException', {
        id,
        exception: 'unintelligible',
        explanation: 'x',
      }),
    ).toMatchObject({ code: 'FORBIDDEN' });
    const told = await expectOk(core, admin, 'breaches.recordSubjectsTold', {
      id,
      toldAt: '2026-03-14T10:00:00.000Z',
      how: 'letter',
      count: 240,
      message: 'What happened, the likely consequences, what we did, and our contact point.',
    });
    expect(told.subjects).toMatchObject({ required: true, toldAt: '2026-03-14T10:00:00.000Z', count: 240 });
    expect(
      await expectError(core, dpo, 'breaches.recordSubjectsException', {
        id,
        exception: 'unintelligible',
        explanation: 'x',
      }),
    ).toMatchObject({ code: 'CONFLICT' });
    const closed = await expectOk(core, dpo, 'breaches.close', { id });
    expect(closed.state).toBe('closed');
    expect(closed.timeline.map((event) => event.kind)).toEqual([
      'closed',
      'subjects',
      'notified',
      'notified',
      'notified',
      'assessed',
      'created',
    ]);
    const history = await expectOk(core, dpo, 'breaches.history', { id });
    expect(history.map((entry) => entry.action)).toEqual([
      'create',
      'assess',
      'notify-authority',
      'notify-authority',
      'notify-authority',
      'subjects-told',
      'close',
    ]);
    expect(history[1]).toMatchObject({ before: { risk: null }, after: { risk: 'high' } });
  });

  it('refuses a late first notification without the reasons for the delay, and keeps them with it', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    const id = await recordBreach(office);
    await expectOk(core, dpo, 'breaches.assess', { id, risk: 'risk', reasons: 'Contact details exposed.' });
    moveTo(office, '2026-03-16T10:00:00.000Z');
    const error = await expectError(core, dpo, 'breaches.notifyAuthority', {
      id,
      phase: 'final',
      sentAt: '2026-03-16T09:05:00.000Z',
    });
    expect(error).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'delayReasons' }] });
    expect(error.message).toBe(
      'The notification came 20 h 0 min after the 72 hours ended (15.03.2026 14:05); Art. 33(1) requires the reasons for the delay',
    );
    const detail = await expectOk(core, dpo, 'breaches.notifyAuthority', {
      id,
      phase: 'final',
      sentAt: '2026-03-16T09:05:00.000Z',
      delayReasons: 'The e-mail was reported by the recipient only on 15 March in the evening.',
    });
    expect(detail.clocks[0]).toMatchObject({ status: 'late' });
    expect(detail.notifications[0]).toMatchObject({
      late: true,
      delayReasons: 'The e-mail was reported by the recipient only on 15 March in the evening.',
      sentBy: 'Test dina',
    });
    expect((await expectOk(core, dpo, 'breaches.close', { id })).state).toBe('closed');
  });
});

describe('the record', () => {
  it('refuses agents every breach channel but reporting, and lets only the DPO assess, decide exceptions and close', async () => {
    const office = await breachOffice();
    const id = await recordBreach(office);
    for (const channel of channelNames.filter(
      (name) => name.startsWith('breaches.') && name !== 'breaches.reportFromInquiry',
    )) {
      const error = await expectError(office.core, office.agent, channel, { id });
      expect(error.code, channel).toBe('FORBIDDEN');
    }
    for (const channel of ['breaches.assess', 'breaches.recordSubjectsException', 'breaches.close'] as const)
      expect((await expectError(office.core, office.admin, channel, { id })).code, channel).toBe('FORBIDDEN');
    await expectOk(office.core, office.admin, 'breaches.get', { id });
  });

  it('refuses bad input with issues on the fields, and missing rows as not found', async () => {
    const office = await breachOffice();
    const { core, dpo } = office;
    const empty = await expectError(core, dpo, 'breaches.create', {
      title: ' ',
      description: '',
      awareAt: 'yesterday',
      capacity: 'processor',
    });
    expect(empty.code).toBe('INVALID_INPUT');
    expect(empty.issues?.map((issue) => issue.path).sort()).toEqual([
      'awareAt',
      'customerIds',
      'description',
      'title',
    ]);
    expect(empty.issues?.find((issue) => issue.path === 'title')?.message).toBe('Title is required');
    expect(
      await expectError(core, dpo, 'breaches.create', { ...wrongRecipient(), secret: true }),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(
      await expectError(core, dpo, 'breaches.create', wrongRecipient({ subjectsApprox: -3 })),
    ).toMatchObject({
      issues: [{ path: 'subjectsApprox', message: 'The number of people cannot be negative' }],
    });
    expect(
      await expectError(
        core,
        dpo,
        'breaches.create',
        wrongRecipient({ occurredFrom: '2026-03-10T10:00:00.000Z', occurredTo: '2026-03-09T10:00:00.000Z' }),
      ),
    ).toMatchObject({ issues: [{ path: 'occurredTo' }] });
    expect(
      await expectError(
        core,
        dpo,
        'breaches.create',
        wrongRecipient({ awareAt: '2026-03-12T10:00:00.000Z', occurredFrom: '2026-03-12T11:00:00.000Z' }),
      ),
    ).toMatchObject({ issues: [{ path: 'occurredFrom' }] });
    expect(
      await expectError(
        core,
        dpo,
        'breaches.create',
        wrongRecipient({ capacity: 'processor', customerIds: [999] }),
      ),
    ).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'customerIds' }] });

    for (const [channel, input] of [
      ['breaches.get', { id: 999 }],
      ['breaches.history', { id: 999 }],
      ['breaches.assess', { id: 999, risk: 'risk', reasons: 'x' }],
      ['breaches.notifyAuthority', { id: 999, phase: 'initial', sentAt: '2026-03-12T13:00:00.000Z' }],
      ['breaches.close', { id: 999 }],
      ['breaches.addNote', { id: 999, text: 'x' }],
    ] as const)
      expect(await expectError(core, dpo, channel, input), channel).toMatchObject({ code: 'NOT_FOUND' });
    const id = await recordBreach(office);
    expect(await expectError(core, dpo, 'breaches.linkInquiry', { id, inquiryId: 999 })).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(
      await expectError(core, dpo, 'breaches.notifyCustomer', {
        id,
        organisationId: 1,
        toldAt: '2026-03-12T13:00:00.000Z',
        how: 'email',
        toldTo: 'x',
      }),
    ).toMatchObject({ code: 'RULE_VIOLATION' });
  });

  it('edits the details with the changes audited, keeps told customers, and links further inquiries', async () => {
    const office = await breachOffice('2026-03-12T14:00:00.000Z');
    const { core, dpo, agent } = office;
    const fjord = await customer(core, 'Fjord Energi AS');
    const nordlys = await customer(core, 'Nordlys Bank ASA');
    const id = await recordBreach(office, {
      capacity: 'processor',
      customerIds: [fjord],
      measuresTaken: undefined,
    });
    const fields = { ...wrongRecipient({ capacity: 'processor', customerIds: [fjord, nordlys] }) };
    const { awareAt: _aware, ...changes } = fields;
    const updated = await expectOk(core, dpo, 'breaches.update', {
      id,
      changes: { ...changes, measuresTaken: 'Recipient asked to delete; confirmed in writing.' },
    });
    expect(updated.customers.map((c) => c.name)).toEqual(['Fjord Energi AS', 'Nordlys Bank ASA']);
    expect(updated.measuresTaken).toBe('Recipient asked to delete; confirmed in writing.');
    expect(updated.timeline[0].summary).toBe('Changed: measures taken; customers added: Nordlys Bank ASA.');
    const audit = await core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ entity_type: 'breach', action: 'update' })
      .first('audit_payloads.before_json', 'audit_payloads.after_json');
    expect(JSON.parse(audit.before_json)).toMatchObject({ measures_taken: null, customerIds: [fjord] });
    expect(JSON.parse(audit.after_json)).toMatchObject({ customerIds: [fjord, nordlys] });

    await expectOk(core, dpo, 'breaches.notifyCustomer', {
      id,
      organisationId: fjord,
      toldAt: '2026-03-12T13:50:00.000Z',
      how: 'email',
      toldTo: 'personvern@fjord.example',
    });
    expect(
      await expectError(core, dpo, 'breaches.update', {
        id,
        changes: { ...changes, customerIds: [nordlys] },
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'customerIds' }] });

    const inquiry = await expectOk(core, agent, 'inquiries.create', {
      channel: 'phone',
      receivedAt: '2026-03-12T13:30:00.000Z',
      onBehalfOfId: nordlys,
      personPhone: '41234567',
      category: 'possible-breach',
      summary: 'A second caller got the same wrong letter',
    });
    const linked = await expectOk(core, dpo, 'breaches.linkInquiry', { id, inquiryId: inquiry.id });
    expect(linked.inquiries).toMatchObject([{ id: inquiry.id, reportedFrom: false }]);
    expect((await expectOk(core, agent, 'inquiries.get', { id: inquiry.id })).breaches).toMatchObject([
      { id, reportedFrom: false },
    ]);
    expect(await expectError(core, dpo, 'breaches.linkInquiry', { id, inquiryId: inquiry.id })).toMatchObject(
      {
        code: 'CONFLICT',
      },
    );
    const noted = await expectOk(core, dpo, 'breaches.addNote', {
      id,
      text: 'Called the printing supplier.',
    });
    expect(noted.timeline[0]).toMatchObject({ kind: 'note', summary: 'Called the printing supplier.' });
  });

  it('lists with server-side filters, sorting and paging, counts, and exports the current filter', async () => {
    const office = await breachOffice('2026-03-20T12:00:00.000Z');
    const { core, dpo } = office;
    const fjord = await customer(core, 'Fjord Energi AS');
    const old = await recordBreach(office, { title: 'Old and closed', awareAt: '2026-01-05T09:00:00.000Z' });
    await expectOk(core, dpo, 'breaches.assess', {
      id: old,
      risk: 'none',
      reasons: 'Nothing left the building',
      noNotificationReasons: 'No risk',
    });
    await expectOk(core, dpo, 'breaches.close', { id: old });
    const overdue = await recordBreach(office, { title: 'Overdue one', awareAt: '2026-03-16T09:00:00.000Z' });
    const running = await recordBreach(office, {
      title: '=Running one',
      awareAt: '2026-03-19T22:30:00.000Z',
    });
    const processor = await recordBreach(office, {
      title: 'Processor one',
      awareAt: '2026-03-20T08:00:00.000Z',
      capacity: 'processor',
      customerIds: [fjord],
    });
    await expectOk(core, dpo, 'breaches.assess', { id: processor, risk: 'high', reasons: 'Health data' });

    const ids = async (input: Parameters<typeof expectOk<'breaches.list'>>[3]) =>
      (await expectOk(core, dpo, 'breaches.list', input)).rows.map((row) => row.id);
    expect(await ids({})).toEqual([processor, running, overdue]);
    expect(await ids({ state: 'all', sort: 'awareAt', direction: 'asc' })).toEqual([
      old,
      overdue,
      running,
      processor,
    ]);
    expect(await ids({ clock: 'overdue' })).toEqual([overdue]);
    expect(await ids({ clock: 'running', sort: 'nextDueAt', direction: 'asc' })).toEqual([
      overdue,
      processor,
      running,
    ]);
    expect(await ids({ state: 'all', clock: 'stopped' })).toEqual([old]);
    expect(await ids({ risk: 'unassessed' })).toEqual([running, overdue]);
    expect(await ids({ risk: 'high' })).toEqual([processor]);
    expect(await ids({ capacity: 'processor' })).toEqual([processor]);
    expect(await ids({ state: 'reported' })).toEqual([running, overdue]);
    // 22:30 UTC on 19 March is 23:30 in Oslo: still the 19th.
    expect(await ids({ from: '2026-03-19', to: '2026-03-19' })).toEqual([running]);
    expect(await ids({ q: 'overdue' })).toEqual([overdue]);
    expect(await ids({ q: 'BR-2026-0004' })).toEqual([processor]);
    const page = await expectOk(core, dpo, 'breaches.list', { state: 'all', pageSize: 2, page: 1 });
    expect(page).toMatchObject({ total: 4 });
    expect(page.rows.map((row) => row.id)).toEqual([overdue, old]);
    const summary = (await expectOk(core, dpo, 'breaches.list', { q: 'Processor' })).rows[0];
    expect(summary).toMatchObject({
      number: 'BR-2026-0004',
      capacity: 'processor',
      customerNames: ['Fjord Energi AS'],
      risk: 'high',
      nextClock: { party: 'customer', label: 'Fjord Energi AS', status: 'running' },
    });
    expect(await expectOk(core, dpo, 'breaches.counts', {})).toEqual({
      open: 3,
      reported: 2,
      running: 3,
      overdue: 1,
      now: '2026-03-20T12:00:00.000Z',
    });

    // The export speaks the DPO's language (bokmål until they choose): this DPO reads English.
    await expectOk(core, dpo, 'auth.setLanguage', { language: 'en' });
    const csv = await expectOk(core, dpo, 'breaches.export', {
      format: 'csv',
      state: 'open',
      clock: 'running',
    });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    expect(csv.fileName).toBe('breaches-2026-03-20.csv');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toContain('Breach,Title,State,Capacity');
    expect(text).toContain("'=Running one");
    expect(text).toContain('Datatilsynet: Overdue by 27 h 0 min (due 19.03.2026 10:00)');
    const xlsx = await expectOk(core, dpo, 'breaches.export', { format: 'xlsx', state: 'all' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(workbook.worksheets[0].rowCount).toBe(5);
    const exports = await core.db('audit_log').where({ entity_type: 'breach', action: 'export' });
    expect(exports).toHaveLength(2);
  });
});
