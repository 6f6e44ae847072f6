import { describe, expect, it } from 'vitest';
import { caseReminders } from '../../src/main/core/cases/reminders';
import { runAsSystem } from '../../src/main/core/core';
import { annualFigures } from '../../src/main/core/reports/annual-figures';
import { caseOffice, type CaseOffice, finishTasks, openCase, passDays, verify } from './support/cases';
import { expectError, expectOk } from './support/core';

const refusalStatements = { statesComplaintRight: true, statesJudicialRemedy: true } as const;

async function customer(office: CaseOffice): Promise<number> {
  return (
    await expectOk(office.core, office.admin, 'organisations.create', {
      name: 'Fjord Regnskap AS',
      country: 'NO',
      isCustomer: true,
      isSupplier: false,
    })
  ).id;
}

async function storedDue(office: CaseOffice, id: number): Promise<string> {
  return (await office.core.db('cases').where({ id }).first('due_date')).due_date;
}

describe('rights requests: the rules corrected in review', () => {
  it('Art. 12(4): a refusal after the original due date is late even when extended', async () => {
    // Received 02.02.2026 (due Mon 02.03), extended in time, refused on 10.04.
    const office = await caseOffice('2026-02-20T09:00:00.000Z');
    const refused = await openCase(office, { receivedDate: '2026-02-02', types: ['erasure'] });
    const granted = await openCase(office, { receivedDate: '2026-02-02', personName: 'Per Hansen' });
    for (const id of [refused, granted])
      await expectOk(office.core, office.dpo, 'cases.extend', {
        id,
        decidedOn: '2026-02-20',
        personToldOn: '2026-02-20',
        noticeChannel: 'email',
        reasons: 'Call recordings from three systems must be searched.',
      });
    await passDays(office, 49); // 10 April
    const open = await expectOk(office.core, office.dpo, 'cases.get', { id: refused });
    expect(open.clock).toMatchObject({ current: { date: '2026-05-04' }, refusalDue: '2026-03-02' });

    const refusal = {
      id: refused,
      outcome: 'refused' as const,
      reasons: 'The invoices are bookkeeping records we must keep for five years (bokføringsloven § 13).',
      ...refusalStatements,
      replyDate: '2026-04-10',
      replyChannel: 'letter' as const,
    };
    const unexplained = await expectError(office.core, office.dpo, 'cases.close', refusal);
    expect(unexplained).toMatchObject({
      code: 'RULE_VIOLATION',
      issues: [{ path: 'lateReason', message: 'Say why the reply is late' }],
    });
    expect(unexplained.message).toBe(
      'A refusal is due within one month of receipt even after an extension (Art. 12(4)): the reply of 10.04.2026 is after the original due date 02.03.2026. Say why it is late.',
    );
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      ...refusal,
      lateReason: 'The extension was decided before we saw the request had to be refused.',
    });
    expect(closed.closing).toMatchObject({ late: true, dueDate: '2026-03-02' });
    expect(closed.clock.daysLeft).toBe(-39); // 39 days after 02.03, not 24 days before 04.05
    expect(closed.timeline[0].summary).toContain(
      'late (due 02.03.2026, the original due date, as a refusal)',
    );

    // Granting on the same day is within the extended deadline: on time.
    await verify(office, granted);
    await finishTasks(office, granted);
    const grant = await expectOk(office.core, office.dpo, 'cases.close', {
      id: granted,
      outcome: 'granted',
      disclosesPersonalData: true,
      replyDate: '2026-04-10',
      replyChannel: 'email',
    });
    expect(grant.closing).toMatchObject({ late: false, dueDate: '2026-05-04' });
    expect(grant.clock.daysLeft).toBe(24);

    // The dashboard's on-time rate and the annual report count the refusal as late.
    const charts = await expectOk(office.core, office.dpo, 'dashboard.charts', { months: 3 });
    expect(charts.onTime.find((month) => month.month === '2026-04')).toMatchObject({ replied: 2, onTime: 1 });
    const figures = await runAsSystem(office.core, 'test', (ctx) => annualFigures(ctx, 2026));
    expect(figures.requests).toMatchObject({ replied: 2, onTime: 1 });
    expect(figures.requests.refusalsAfterExtension).toEqual([
      { number: closed.number, originalDue: '2026-03-02', replyDate: '2026-04-10', late: true },
    ]);
  });

  it('Art. 21(2)-(3): an objection to direct marketing, a consent withdrawal and an opt-out are never refused', async () => {
    const office = await caseOffice();
    for (const types of [['marketing-objection'], ['consent-withdrawal'], ['marketing-opt-out']] as const) {
      const id = await openCase(office, { types: [...types], personName: types[0] });
      const refused = await expectError(office.core, office.dpo, 'cases.close', {
        id,
        outcome: 'refused',
        reasons: 'We rely on our legitimate interest.',
        ...refusalStatements,
        replyDate: '2026-03-02',
        replyChannel: 'email',
      });
      expect(refused.code, types[0]).toBe('RULE_VIOLATION');
      expect(refused.message).toContain('is never refused (Arts. 7(3), 21(2)-(3))');
      const inPart = await expectError(office.core, office.dpo, 'cases.close', {
        id,
        outcome: 'partly-granted',
        reasons: 'Some of it stays.',
        ...refusalStatements,
        replyDate: '2026-03-02',
        replyChannel: 'email',
      });
      expect(inPart.message, types[0]).toContain('is granted in full or not at all');
    }
    // With another request beside it, the other part may be refused: granted in part.
    const mixed = await openCase(office, { types: ['access', 'consent-withdrawal'], personName: 'Mixed' });
    await verify(office, mixed);
    await finishTasks(office, mixed);
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      id: mixed,
      outcome: 'partly-granted',
      reasons:
        'Consent-based processing stopped; call recordings with other callers are withheld (Art. 15(4)).',
      ...refusalStatements,
      disclosesPersonalData: true,
      replyDate: '2026-03-02',
      replyChannel: 'email',
    });
    expect(closed.closing?.outcome).toBe('partly-granted');
  });

  it('Art. 21(1): an objection is refused only on compelling legitimate grounds, named as such', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['objection'] });
    const close = {
      id,
      outcome: 'refused' as const,
      reasons: 'Recording calls documents agreements made by phone; the assessment is enclosed.',
      ...refusalStatements,
      replyDate: '2026-03-02',
      replyChannel: 'letter' as const,
    };
    const bare = await expectError(office.core, office.dpo, 'cases.close', close);
    expect(bare.issues).toMatchObject([
      {
        path: 'refusalGrounds',
        message:
          'An objection under Art. 21(1) is refused only on compelling legitimate grounds that override the person’s interests (or for legal claims): choose that ground and set it out in the reasons',
      },
    ]);
    const wrongGround = await expectError(office.core, office.dpo, 'cases.close', {
      ...close,
      refusalGrounds: ['gdpr-21-1', 'pol-16-d'],
    });
    expect(wrongGround.issues?.[0].message).toContain(
      'personopplysningsloven § 16 første ledd bokstav d does not apply to objection (art. 21(1))',
    );
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      ...close,
      refusalGrounds: ['gdpr-21-1'],
    });
    expect(closed.closing?.refusalGrounds).toEqual(['gdpr-21-1']);
    expect(closed.timeline[0].summary).toContain('grounds: GDPR Art. 21(1)');
  });

  it('Art. 7(3), 21(3): stopping a processing is carried out without waiting for identity verification', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['erasure', 'consent-withdrawal'], channel: 'phone' });
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.verification.result).toBeNull();
    const stop = detail.tasks.find((task) => task.key === 'consent-withdrawal:stop')!;
    expect(stop.effect).toBeNull();
    await expectOk(office.core, office.dpo, 'cases.setTaskState', { id, taskId: stop.id, state: 'done' });
    // Erasing still waits for the verified identity.
    const erase = detail.tasks.find((task) => task.key === 'erasure:erase')!;
    const refused = await expectError(office.core, office.dpo, 'cases.setTaskState', {
      id,
      taskId: erase.id,
      state: 'done',
    });
    expect(refused.code).toBe('RULE_VIOLATION');
    // A direct-marketing objection alone needs no verification at all, by its shipped checklist.
    const marketing = await openCase(office, { types: ['marketing-objection'], personName: 'Ola' });
    const marketingDetail = await expectOk(office.core, office.dpo, 'cases.get', { id: marketing });
    expect(marketingDetail.verification).toMatchObject({ result: 'not-needed', gate: { open: true } });
    expect(marketingDetail.tasks.map((task) => task.key)).toEqual([
      'marketing-objection:stop',
      'marketing-objection:suppress',
      'marketing-objection:tell',
    ]);
  });

  it('EDPB 01/2022: the pause counts only when the person was asked without undue delay, and the case says why', async () => {
    const office = await caseOffice('2026-03-20T08:00:00.000Z');
    await expectOk(office.core, office.admin, 'settings.update', { pauseForVerification: true });
    const prompt = await openCase(office, { receivedDate: '2026-03-09' });
    const late = await openCase(office, { receivedDate: '2026-03-09', personName: 'Per Hansen' });
    await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id: prompt,
      requestedOn: '2026-03-11',
      receivedOn: '2026-03-16',
    });
    const lateDetail = await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id: late,
      requestedOn: '2026-03-13',
      receivedOn: '2026-03-18',
    });
    expect(lateDetail.clock.current).toMatchObject({ date: '2026-04-09', pausedDays: 0 });
    expect(lateDetail.clock.pauses).toMatchObject([
      {
        kind: 'identity',
        requestedOn: '2026-03-13',
        endedOn: '2026-03-18',
        days: 5,
        counts: false,
        reason:
          'Asked for identity verification on 13.03.2026, 4 days after receipt: later than 3 days after receipt, so not without undue delay, and the time does not pause (EDPB guidelines 01/2022).',
      },
    ]);
    const promptDetail = await expectOk(office.core, office.dpo, 'cases.get', { id: prompt });
    expect(promptDetail.clock.current).toMatchObject({ date: '2026-04-14', pausedDays: 5 });
    expect(promptDetail.clock.pauses[0]).toMatchObject({ counts: true, days: 5 });
    expect(promptDetail.clock.pauses[0].reason).toBe(
      'Asked for identity verification on 11.03.2026, 2 days after receipt, without undue delay: the 5 days until the answer on 16.03.2026 are added to the deadline.',
    );
    // An admin allows five days: the late request now counts, and its stored due date moves at once.
    await expectOk(office.core, office.admin, 'settings.update', { pauseRequestWithinDays: 5 });
    expect(await storedDue(office, late)).toBe('2026-04-14');
    const invalid = await expectError(office.core, office.admin, 'settings.update', {
      pauseRequestWithinDays: 15,
    });
    expect(invalid.code).toBe('INVALID_INPUT');
  });

  it('Recital 63: asking the person to clarify a broad request pauses the time too', async () => {
    const office = await caseOffice('2026-03-10T08:00:00.000Z');
    await expectOk(office.core, office.admin, 'settings.update', { pauseForVerification: true });
    const id = await openCase(office, { receivedDate: '2026-03-09' });
    const unasked = await expectError(office.core, office.dpo, 'cases.setClarificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: null,
    });
    expect(unasked.issues).toMatchObject([
      { path: 'question', message: 'Say what the person was asked to clarify' },
    ]);
    await expectOk(office.core, office.dpo, 'cases.setClarificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: null,
      question: 'Which of the six years of call recordings the request concerns',
    });
    // Identity is asked for too, overlapping: each day waited counts once.
    await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: null,
    });
    await passDays(office, 4); // 14 March
    let detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock).toMatchObject({
      statuses: ['awaiting-person'],
      pauseRunning: true,
      current: { pausedDays: 4, date: '2026-04-13' },
    });
    expect(detail.clock.current.explanation).toBe(
      '9 Mar + 1 month = 9 Apr + 4 days paused for identity verification and clarification (still waiting) = 13 Apr',
    );
    expect((await expectOk(office.core, office.dpo, 'cases.list', { status: 'awaiting-person' })).total).toBe(
      1,
    );
    await expectOk(office.core, office.dpo, 'cases.setVerificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: '2026-03-12',
    });
    detail = await expectOk(office.core, office.dpo, 'cases.setClarificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: '2026-03-13',
    });
    expect(detail.clock).toMatchObject({
      pauseRunning: false,
      current: { pausedDays: 3, date: '2026-04-13' },
    });
    expect(detail.verification.clarification).toMatchObject({
      requestedOn: '2026-03-10',
      receivedOn: '2026-03-13',
      question: 'Which of the six years of call recordings the request concerns',
    });
    expect(detail.timeline[0].summary).toBe("The person's clarification received on 13.03.2026");
    const backwards = await expectError(office.core, office.dpo, 'cases.setClarificationDates', {
      id,
      requestedOn: '2026-03-10',
      receivedOn: '2026-03-09',
    });
    expect(backwards.issues?.[0].message).toBe('The answer cannot come before the question');
  });

  it('Art. 12(5): a manifestly unfounded request may be charged a reasonable fee instead of refused', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    await verify(office, id);
    await finishTasks(office, id);
    const base = {
      id,
      outcome: 'granted' as const,
      manifestlyUnfounded: true,
      unfoundedJustification: 'The fourth full copy asked for this month, each sent in full.',
      unfoundedResponse: 'fee' as const,
      disclosesPersonalData: true,
      replyDate: '2026-03-02',
      replyChannel: 'secure-link' as const,
    };
    const noFee = await expectError(office.core, office.dpo, 'cases.close', base);
    expect(noFee.issues?.map((issue) => issue.path)).toEqual(['feeNok', 'feeBasis']);
    const refusedForAFee = await expectError(office.core, office.dpo, 'cases.close', {
      ...base,
      outcome: 'refused',
      reasons: 'x',
      ...refusalStatements,
      feeNok: 250,
      feeBasis: 'One hour of work',
    });
    expect(refusedForAFee.issues?.map((issue) => issue.path)).toEqual(['unfoundedResponse']);
    const feeWithoutGround = await expectError(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      disclosesPersonalData: true,
      feeNok: 250,
      feeBasis: 'One hour of work',
      replyDate: '2026-03-02',
      replyChannel: 'email',
    });
    expect(feeWithoutGround.issues?.[0].message).toContain('the first copy of the data is free');
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      ...base,
      feeNok: 450,
      feeBasis: 'One and a half hours of retrieval and redaction at 300 kr an hour; no profit.',
    });
    expect(closed.closing).toMatchObject({
      outcome: 'granted',
      manifestlyUnfounded: true,
      unfoundedResponse: 'fee',
      feeNok: 450,
      feeBasis: 'One and a half hours of retrieval and redaction at 300 kr an hour; no profit.',
    });
    expect(closed.timeline[0].summary).toContain('a reasonable fee of 450 kr (Art. 12(5))');
  });

  it('personopplysningsloven § 16: the access exceptions are structured grounds of a refusal or partial grant', async () => {
    const office = await caseOffice();
    const access = await openCase(office);
    await verify(office, access);
    await finishTasks(office, access);
    const onAGrant = await expectError(office.core, office.dpo, 'cases.close', {
      id: access,
      outcome: 'granted',
      refusalGrounds: ['pol-16-c'],
      disclosesPersonalData: true,
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    });
    expect(onAGrant.issues).toMatchObject([
      { path: 'refusalGrounds', message: 'Grounds for a refusal go with a refusal in full or in part' },
    ]);
    const unknown = await expectError(office.core, office.dpo, 'cases.close', {
      id: access,
      outcome: 'partly-granted',
      refusalGrounds: ['pol-16-z'],
    });
    expect(unknown.code).toBe('INVALID_INPUT');
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      id: access,
      outcome: 'partly-granted',
      reasons: 'The notes from the call with your doctor are withheld.',
      refusalGrounds: ['pol-16-c', 'pol-16-e'],
      ...refusalStatements,
      disclosesPersonalData: true,
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    });
    expect(closed.closing?.refusalGrounds).toEqual(['pol-16-c', 'pol-16-e']);
    // The exceptions limit the rights of Arts. 13-15 only: not an erasure.
    const erasure = await openCase(office, { types: ['erasure'], personName: 'Per' });
    const notForErasure = await expectError(office.core, office.dpo, 'cases.close', {
      id: erasure,
      outcome: 'refused',
      reasons: 'x',
      refusalGrounds: ['pol-16-d'],
      ...refusalStatements,
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    });
    expect(notForErasure.issues?.[0]).toMatchObject({
      path: 'refusalGrounds',
      message:
        'personopplysningsloven § 16 første ledd bokstav d does not apply to erasure: it limits information and access',
    });
  });

  it('Art. 28(3)(e): a processor request is forwarded to the customer within the working days set, shown and reminded first', async () => {
    // Received Friday 27.03.2026: two working days later is Tuesday 31.03.
    const office = await caseOffice('2026-03-27T09:00:00.000Z');
    const fjord = await customer(office);
    const id = await openCase(office, {
      receivedDate: '2026-03-27',
      capacity: 'processor',
      customerId: fjord,
      types: ['erasure'],
    });
    let detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock.current).toMatchObject({
      date: '2026-03-31',
      explanation:
        'Forward to the customer: 27 Mar + 2 working days = Tue 31 Mar (as processor, without undue delay, Art. 28(3)(e))',
    });
    expect(detail.clock.statuses).toEqual(['due-soon', 'to-forward']);
    const overview = await expectOk(office.core, office.dpo, 'dashboard.overview');
    const items = overview.sections.flatMap((section) => section.kinds.flatMap((kind) => kind.items));
    expect(items.find((item) => item.key === `case:${id}`)).toMatchObject({
      title: `Case ${detail.number}: forward to the customer`,
      due: '2026-03-31',
      flags: ['forward-to-customer'],
    });
    await passDays(office, 4); // Tuesday 31 March
    const reminders = await runAsSystem(office.core, 'test', (ctx) =>
      caseReminders(ctx, '2026-03-31', office.core.clock.now()),
    );
    expect(reminders[0]).toMatchObject({
      level: 'due-today',
      title: `Case ${detail.number}: forwarding to the customer is due today`,
    });
    await passDays(office, 1);
    detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.clock.forwarding).toMatchObject({ due: '2026-03-31', late: true });
    expect(detail.clock.statuses).toEqual(['overdue', 'to-forward']);
    // Forwarded: the case runs on the controller's one-month date, and the forwarding is shown as late.
    detail = await expectOk(office.core, office.dpo, 'cases.recordForwarding', {
      id,
      forwardedOn: '2026-04-01',
      to: 'personvern@fjord.example',
      how: 'email',
    });
    expect(detail.clock).toMatchObject({
      current: { date: '2026-04-27' },
      forwarding: { forwardedOn: '2026-04-01', late: true },
      statuses: [],
    });
    // The setting moves the stored due date of cases not yet forwarded. Received Wednesday 1 April,
    // before Easter: Maundy Thursday, Good Friday and Easter Monday are no working days.
    const other = await openCase(office, {
      receivedDate: '2026-04-01',
      capacity: 'processor',
      customerId: fjord,
      personName: 'Per',
    });
    expect(await storedDue(office, other)).toBe('2026-04-08');
    await expectOk(office.core, office.admin, 'settings.update', { forwardWithinWorkingDays: 1 });
    expect(await storedDue(office, other)).toBe('2026-04-07');
    await expectOk(office.core, office.admin, 'settings.update', { forwardWithinWorkingDays: 5 });
    expect(await storedDue(office, other)).toBe('2026-04-13');
  });

  it('Art. 18: restrictions are listed while active, and lifted only once the person was told', async () => {
    const office = await caseOffice('2026-03-10T08:00:00.000Z');
    const id = await openCase(office, { types: ['restriction'], receivedDate: '2026-03-09' });
    const gated = await expectError(office.core, office.dpo, 'cases.restrict', {
      id,
      what: 'Customer profile and invoices',
      ground: '18-1-a',
      since: '2026-03-10',
    });
    expect(gated.code).toBe('RULE_VIOLATION');
    await verify(office, id);
    const wrongGround = await expectError(office.core, office.dpo, 'cases.restrict', {
      id,
      what: 'Invoices',
      ground: '17-3',
      since: '2026-03-10',
    });
    expect(wrongGround.message).toContain('recorded on an erasure case');
    let detail = await expectOk(office.core, office.dpo, 'cases.restrict', {
      id,
      what: 'Customer profile (address contested)',
      ground: '18-1-a',
      since: '2026-03-10',
    });
    expect(detail.restrictions).toHaveLength(1);
    const access = await openCase(office, { personName: 'Per' });
    expect(
      (
        await expectError(office.core, office.dpo, 'cases.restrict', {
          id: access,
          what: 'x',
          ground: '18-1-a',
          since: '2026-03-10',
        })
      ).code,
    ).toBe('RULE_VIOLATION');
    const active = await expectOk(office.core, office.dpo, 'cases.restrictions', {});
    expect(active).toEqual([
      expect.objectContaining({
        caseNumber: detail.number,
        personName: 'Kari Nordmann',
        what: 'Customer profile (address contested)',
        ground: '18-1-a',
        since: '2026-03-10',
        liftedOn: null,
      }),
    ]);
    const restrictionId = active[0].id;
    await passDays(office, 5);
    const toldAfter = await expectError(office.core, office.dpo, 'cases.liftRestriction', {
      id,
      restrictionId,
      personToldOn: '2026-03-15',
      personToldHow: 'Letter',
      liftedOn: '2026-03-14',
      reason: 'The address was checked and is correct.',
    });
    expect(toldAfter.issues).toMatchObject([
      { path: 'personToldOn', message: 'The person is told before the restriction is lifted (Art. 18(3))' },
    ]);
    const untold = await expectError(office.core, office.dpo, 'cases.liftRestriction', {
      id,
      restrictionId,
      liftedOn: '2026-03-14',
      reason: 'The address was checked and is correct.',
    });
    expect(untold.issues?.map((issue) => issue.path)).toEqual(['personToldOn', 'personToldHow']);
    detail = await expectOk(office.core, office.dpo, 'cases.liftRestriction', {
      id,
      restrictionId,
      personToldOn: '2026-03-13',
      personToldHow: 'Letter to the address on file',
      liftedOn: '2026-03-14',
      reason: 'The address was checked and is correct.',
    });
    expect(detail.restrictions[0]).toMatchObject({ liftedOn: '2026-03-14', personToldOn: '2026-03-13' });
    expect(await expectOk(office.core, office.dpo, 'cases.restrictions', {})).toEqual([]);
    expect(await expectOk(office.core, office.dpo, 'cases.restrictions', { status: 'all' })).toHaveLength(1);
    expect((await expectError(office.core, office.agent, 'cases.restrictions', {})).code).toBe('FORBIDDEN');
  });
});
