import { describe, expect, it } from 'vitest';
import { migrations, sourceOf } from '../../migrations';
import { channelNames } from '../../src/shared/contract';
import {
  accessByPhone,
  caseOffice,
  type CaseOffice,
  details,
  finishTasks,
  openCase,
  verify,
} from './support/cases';
import { expectError, expectOk } from './support/core';

async function customer(office: CaseOffice, name = 'Fjord Regnskap AS', isCustomer = true): Promise<number> {
  return (
    await expectOk(office.core, office.admin, 'organisations.create', {
      name,
      country: 'NO',
      isCustomer,
      isSupplier: !isCustomer,
    })
  ).id;
}

async function auditActions(office: CaseOffice, id: number): Promise<string[]> {
  const rows: Array<{ action: string }> = await office.core
    .db('audit_log')
    .where({ entity_type: 'case', entity_id: String(id) })
    .orderBy('id')
    .select('action');
  return rows.map((row) => row.action);
}

describe('opening a case', () => {
  it('numbers it, starts the clock on the received date, and brings the checklist and tasks', async () => {
    const office = await caseOffice();
    const created = await expectOk(
      office.core,
      office.dpo,
      'cases.create',
      accessByPhone({ priority: 'high' }),
    );
    expect(created).toMatchObject({ number: '2026-0001', duplicates: [] });
    const second = await expectOk(
      office.core,
      office.dpo,
      'cases.create',
      accessByPhone({ personName: 'Per Hansen', personEmail: undefined, personPhone: undefined }),
    );
    expect(second.number).toBe('2026-0002');

    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id: created.id });
    expect(detail).toMatchObject({
      state: 'open',
      priority: 'high',
      person: { name: 'Kari Nordmann', email: 'kari@example.no', phone: '+47 912 34 567' },
      types: ['access'],
      capacity: 'controller',
      createdBy: 'Test dina',
    });
    expect(detail.clock.current).toMatchObject({
      date: '2026-04-07',
      explanation:
        '2 Mar + 1 month = 2 Apr, Maundy Thursday -> Tue 7 Apr (Good Friday, Easter Sunday, Easter Monday also skipped)',
    });
    expect(detail.clock.daysLeft).toBe(36);
    expect(detail.verification.templates).toEqual(['Phone: access or portability']);
    expect(detail.verification.items).toHaveLength(4);
    expect(detail.verification.result).toBeNull();
    expect(detail.tasks.map((task) => task.key)).toContain('access:complaint');
    expect(detail.tasks).toHaveLength(12);
    expect(detail.timeline[0].summary).toBe(
      'Case opened for access, received 02.03.2026 by phone; due 07.04.2026',
    );
    expect(await auditActions(office, created.id)).toEqual(['create', 'read']);
  });

  it('refuses a received date in the future or before the GDPR applied in Norway', async () => {
    const office = await caseOffice();
    const future = await expectError(
      office.core,
      office.dpo,
      'cases.create',
      accessByPhone({ receivedDate: '2026-03-03' }),
    );
    expect(future).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'receivedDate', message: 'The date cannot be in the future' }],
    });
    const old = await expectError(
      office.core,
      office.dpo,
      'cases.create',
      accessByPhone({ receivedDate: '2018-07-19' }),
    );
    expect(old.issues?.[0].message).toContain('20.07.2018');
    const invalid = await expectError(
      office.core,
      office.dpo,
      'cases.create',
      accessByPhone({ receivedDate: '2026-02-30' }),
    );
    expect(invalid.code).toBe('INVALID_INPUT');
    expect(await office.core.db('cases').count({ n: '*' })).toEqual([{ n: 0 }]);
  });

  it('takes today, in Oslo, as the latest possible received date', async () => {
    // 23:30 UTC on 1 March is already 2 March in Oslo.
    const office = await caseOffice('2026-03-01T23:30:00.000Z');
    await expectOk(office.core, office.dpo, 'cases.create', accessByPhone({ receivedDate: '2026-03-02' }));
  });

  it('validates the request: types, processor customer, handler, contact details', async () => {
    const office = await caseOffice();
    const noTypes = await expectError(office.core, office.dpo, 'cases.create', accessByPhone({ types: [] }));
    expect(noTypes.issues).toMatchObject([{ path: 'types', message: 'Choose at least one request type' }]);
    const noCustomer = await expectError(
      office.core,
      office.dpo,
      'cases.create',
      accessByPhone({ capacity: 'processor' }),
    );
    expect(noCustomer.issues).toMatchObject([
      { path: 'customerId', message: 'Name the customer we process the data for' },
    ]);
    const supplier = await customer(office, 'Arkivsikker AS', false);
    expect(
      await expectError(
        office.core,
        office.dpo,
        'cases.create',
        accessByPhone({ capacity: 'processor', customerId: supplier }),
      ),
    ).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'customerId', message: 'Arkivsikker AS is not registered as a customer' }],
    });
    expect(
      (
        await expectError(
          office.core,
          office.dpo,
          'cases.create',
          accessByPhone({ capacity: 'processor', customerId: 999 }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    const agentId = (await office.core.db('users').where({ username: 'ola' }).first('id')).id as number;
    expect(
      await expectError(office.core, office.dpo, 'cases.create', accessByPhone({ handlerId: agentId })),
    ).toMatchObject({
      issues: [{ path: 'handlerId', message: 'Test ola is not a data protection officer or administrator' }],
    });
    const badEmail = await expectError(
      office.core,
      office.dpo,
      'cases.create',
      accessByPhone({ personEmail: 'not-an-address' }),
    );
    expect(badEmail.issues).toMatchObject([{ path: 'personEmail', message: 'Enter a valid e-mail address' }]);
    const unknownKey = await expectError(office.core, office.dpo, 'cases.create', {
      ...accessByPhone(),
      state: 'closed',
    });
    expect(unknownKey.code).toBe('INVALID_INPUT');
  });
});

describe('who may see and handle cases', () => {
  it('refuses agents every case channel, and lets only a DPO override verification', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    // Opening a case from their own inquiry is the one thing agents may do (case-from-inquiry.test.ts).
    for (const channel of channelNames.filter(
      (name) =>
        (name.startsWith('cases.') || name.startsWith('caseTemplates.')) && name !== 'cases.openFromInquiry',
    )) {
      const error = await expectError(office.core, office.agent, channel, { id });
      expect(error.code, channel).toBe('FORBIDDEN');
    }
    expect(
      (await expectError(office.core, office.admin, 'cases.overrideVerification', { id, reason: 'Because' }))
        .code,
    ).toBe('FORBIDDEN');
    await expectOk(office.core, office.admin, 'cases.get', { id });
    expect(await office.core.db('cases').where({ id }).first('override_reason')).toEqual({
      override_reason: null,
    });
  });

  it('audits every read of a case and every list shown', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    await expectOk(office.core, office.dpo, 'cases.get', { id });
    await expectOk(office.core, office.admin, 'cases.get', { id });
    const reads = await office.core
      .db('audit_log')
      .where({ entity_type: 'case', entity_id: String(id), action: 'read' })
      .select('username');
    expect(reads.map((row) => row.username)).toEqual(['dina', 'kari']);
    await expectOk(office.core, office.dpo, 'cases.list', {});
    const list = await office.core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ entity_type: 'case', action: 'list' })
      .first('audit_payloads.after_json');
    expect(JSON.parse(list.after_json).shown).toEqual(['2026-0001']);
  });

  it('says NOT_FOUND for missing cases, items, tasks and recipients, and changes nothing', async () => {
    const office = await caseOffice();
    const first = await openCase(office);
    const other = await openCase(office, {
      personName: 'Per Hansen',
      personEmail: 'per@example.no',
      personPhone: undefined,
      types: ['erasure'],
    });
    const otherDetail = await expectOk(office.core, office.dpo, 'cases.get', { id: other });
    expect((await expectError(office.core, office.dpo, 'cases.get', { id: 999 })).code).toBe('NOT_FOUND');
    expect(
      (await expectError(office.core, office.dpo, 'cases.assign', { id: 999, handlerId: null })).code,
    ).toBe('NOT_FOUND');
    const foreignItem = otherDetail.verification.items[0].id;
    expect(
      await expectError(office.core, office.dpo, 'cases.tickVerificationItem', {
        id: first,
        itemId: foreignItem,
        ticked: true,
      }),
    ).toMatchObject({
      code: 'NOT_FOUND',
      message: `Checklist item ${foreignItem} of case 2026-0001 was not found.`,
    });
    const foreignTask = otherDetail.tasks[0].id;
    expect(
      (
        await expectError(office.core, office.dpo, 'cases.setTaskState', {
          id: first,
          taskId: foreignTask,
          state: 'done',
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      (
        await expectError(office.core, office.dpo, 'cases.notifyRecipient', {
          id: first,
          recipientId: 5,
          notifiedOn: '2026-03-02',
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect(
      await office.core.db('case_verification_items').whereNotNull('ticked_at').count({ n: '*' }),
    ).toEqual([{ n: 0 }]);
  });
});

describe('possible duplicates', () => {
  it('are found on e-mail, phone or name and customer among open cases, to warn', async () => {
    const office = await caseOffice();
    const fjord = await customer(office);
    const first = await openCase(office);
    const byEmail = await expectOk(
      office.core,
      office.dpo,
      'cases.create',
      accessByPhone({ personName: 'K. Nordmann', personPhone: undefined, personEmail: 'KARI@example.no' }),
    );
    expect(byEmail.duplicates).toEqual([
      {
        id: first,
        number: '2026-0001',
        personName: 'Kari Nordmann',
        receivedDate: '2026-03-02',
        matchedOn: ['email'],
      },
    ]);
    const byPhone = await expectOk(office.core, office.dpo, 'cases.findDuplicates', {
      personPhone: '91234567',
    });
    expect(byPhone.map((dup) => dup.number)).toEqual(['2026-0001']);
    const byName = await expectOk(office.core, office.dpo, 'cases.findDuplicates', {
      personName: ' kari  NORDMANN ',
      customerId: null,
    });
    expect(byName.map((dup) => dup.matchedOn)).toEqual([['name and customer']]);
    expect(
      await expectOk(office.core, office.dpo, 'cases.findDuplicates', {
        personName: 'Kari Nordmann',
        customerId: fjord,
      }),
    ).toEqual([]);

    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id: byEmail.id });
    expect(detail.duplicates.map((dup) => dup.number)).toEqual(['2026-0001']);
    expect(detail.timeline[0].summary).toContain('Possible duplicate of 2026-0001');
  });

  it('do not pass on their verification: the new case is verified on its own', async () => {
    const office = await caseOffice();
    const first = await openCase(office);
    await verify(office, first);
    const second = await expectOk(office.core, office.dpo, 'cases.create', accessByPhone());
    expect(second.duplicates.map((dup) => dup.id)).toEqual([first]);
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id: second.id });
    expect(detail.verification).toMatchObject({ result: null, decidedBy: null, override: null });
    expect(detail.verification.items.every((item) => item.tickedAt === null)).toBe(true);
    expect(detail.verification.gate.open).toBe(false);
    await finishTasksWhereAllowed(office, second.id);
    const refused = await expectError(office.core, office.dpo, 'cases.close', {
      id: second.id,
      outcome: 'granted',
      replyDate: '2026-03-02',
      replyChannel: 'letter',
    });
    expect(refused.code).toBe('RULE_VIOLATION');
  });

  it('leave closed cases out', async () => {
    const office = await caseOffice();
    const first = await openCase(office);
    await expectOk(office.core, office.dpo, 'cases.close', { id: first, outcome: 'withdrawn' });
    expect((await expectOk(office.core, office.dpo, 'cases.create', accessByPhone())).duplicates).toEqual([]);
  });
});

async function finishTasksWhereAllowed(office: CaseOffice, id: number): Promise<void> {
  const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
  for (const task of detail.tasks.filter((candidate) => !candidate.effect))
    await expectOk(office.core, office.dpo, 'cases.setTaskState', { id, taskId: task.id, state: 'done' });
}

describe('the case list', () => {
  async function office3() {
    const office = await caseOffice('2026-03-20T09:00:00.000Z');
    const fjord = await customer(office);
    const dinaId = (await office.core.db('users').where({ username: 'dina' }).first('id')).id as number;
    const a = await openCase(office, { receivedDate: '2026-02-16', handlerId: dinaId }); // due 16.03: overdue
    const b = await openCase(office, {
      personName: 'Per Hansen',
      personEmail: 'per@example.no',
      personPhone: '22 33 44 55',
      types: ['erasure', 'rectification'],
      receivedDate: '2026-02-25', // due 25.03: due soon
      channel: 'email',
      capacity: 'processor',
      customerId: fjord,
    });
    await expectOk(office.core, office.dpo, 'cases.recordForwarding', {
      id: b,
      forwardedOn: '2026-02-26',
      to: 'personvern@fjord.example',
      how: 'email',
    });
    const c = await openCase(office, {
      personName: 'Anna Kowalska',
      personEmail: 'anna@example.pl',
      personPhone: undefined,
      types: ['marketing-opt-out'],
      receivedDate: '2026-03-19', // due 20.04
      channel: 'letter',
    });
    return { office, a, b, c, dinaId };
  }

  it('sorts by due date by default and pages on the server', async () => {
    const { office, a, b, c } = await office3();
    const page = await expectOk(office.core, office.dpo, 'cases.list', {});
    expect(page.total).toBe(3);
    expect(page.rows.map((row) => row.id)).toEqual([a, b, c]);
    expect(page.rows[0]).toMatchObject({ dueDate: '2026-03-16', daysLeft: -4, statuses: ['overdue'] });
    expect(page.rows[1]).toMatchObject({
      dueDate: '2026-03-25',
      daysLeft: 5,
      customerName: 'Fjord Regnskap AS',
      statuses: ['due-soon'],
    });
    expect(page.rows[2]).toMatchObject({ verification: 'not-needed', statuses: [] });
    const second = await expectOk(office.core, office.dpo, 'cases.list', { pageSize: 2, page: 1 });
    expect(second).toMatchObject({ total: 3, rows: [{ id: c }] });
    const byName = await expectOk(office.core, office.dpo, 'cases.list', {
      sort: 'personName',
      direction: 'desc',
    });
    expect(byName.rows.map((row) => row.personName)).toEqual([
      'Per Hansen',
      'Kari Nordmann',
      'Anna Kowalska',
    ]);
  });

  it('filters by status, type, capacity, handler, due window, and text', async () => {
    const { office, a, b, c, dinaId } = await office3();
    const ids = async (input: Parameters<typeof expectOk<'cases.list'>>[3]) =>
      (await expectOk(office.core, office.dpo, 'cases.list', input)).rows.map((row) => row.id);
    expect(await ids({ status: 'overdue' })).toEqual([a]);
    expect(await ids({ status: 'due-soon' })).toEqual([b]);
    expect(await ids({ status: 'extension-notice-needed' })).toEqual([]);
    expect(await ids({ type: 'erasure' })).toEqual([b]);
    expect(await ids({ type: 'rectification' })).toEqual([b]);
    expect(await ids({ capacity: 'controller' })).toEqual([a, c]);
    expect(await ids({ handlerId: dinaId })).toEqual([a]);
    expect(await ids({ handlerId: 0 })).toEqual([b, c]);
    expect(await ids({ dueFrom: '2026-03-17', dueTo: '2026-04-30' })).toEqual([b, c]);
    expect(await ids({ q: 'kowal' })).toEqual([c]);
    expect(await ids({ q: '2233 4455' })).toEqual([b]);
    expect(await ids({ q: '2026-0001' })).toEqual([a]);
    expect(await ids({ q: '100%_' })).toEqual([]);
    // Three characters or more are looked up in the trigram index, in any letter case.
    expect(await ids({ q: 'KOWAL' })).toEqual([c]);
    expect(await ids({ q: 'rdman' })).toEqual(await ids({ q: 'nordmann' }));
    expect((await expectOk(office.core, office.dpo, 'cases.list', { q: 'kowal' })).notice).toBeUndefined();
    // Fewer are compared directly among the newest cases, and the list says so.
    const short = await expectOk(office.core, office.dpo, 'cases.list', { q: 'Ka' });
    expect(short.notice).toMatch(/one or two characters looks at the newest 2,000 cases only/);
    expect(short.rows.map((row) => row.personName)).toEqual(
      expect.arrayContaining(['Kari Nordmann', 'Anna Kowalska']),
    );
    await expectOk(office.core, office.dpo, 'cases.close', { id: c, outcome: 'withdrawn' });
    expect(await ids({ status: 'closed' })).toEqual([c]);
    expect(await ids({ status: 'all' })).toEqual([a, b, c]);
    expect(await expectOk(office.core, office.dpo, 'cases.counts', {})).toEqual({
      open: 2,
      overdue: 1,
      dueSoon: 1,
      extensionNoticeNeeded: 0,
      toForward: 0,
      awaitingPerson: 0,
      dueSoonDays: 7,
      today: '2026-03-20',
    });
  });

  it('exports the filtered list as CSV', async () => {
    const { office } = await office3();
    await expectOk(office.core, office.dpo, 'auth.setLanguage', { language: 'en' });
    const file = await expectOk(office.core, office.dpo, 'cases.export', { format: 'csv', status: 'open' });
    const text = Buffer.from(file.base64, 'base64').toString('utf8');
    expect(file.fileName).toBe('cases-2026-03-20.csv');
    expect(text.split('\r\n')[0]).toContain('Case,Person,Request');
    expect(text).toContain('2026-0001,Kari Nordmann,Access');
    expect(text).toContain('16.03.2026');
    const audit = await office.core
      .db('audit_log')
      .join('audit_payloads', 'audit_payloads.entry_id', 'audit_log.id')
      .where({ action: 'export', entity_type: 'case' })
      .first('audit_payloads.after_json');
    expect(JSON.parse(audit.after_json)).toMatchObject({ format: 'csv', rows: 3 });
  });
});

describe('the case list in every order', () => {
  it('sorts by handler (nobody first) and by priority (urgent first), page after page, both ways', async () => {
    const office = await caseOffice();
    const users = (await office.core
      .db('users')
      .whereIn('username', ['dina', 'kari'])
      .select('id', 'username', 'display_name')) as Array<{
      id: number;
      username: string;
      display_name: string;
    }>;
    const user = (name: string) => users.find((row) => row.username === name)!;
    const plan = [
      { handler: 'dina', priority: 'high' },
      { handler: 'kari', priority: 'urgent' },
      { handler: null, priority: 'low' },
      { handler: 'dina', priority: 'normal' },
      { handler: null, priority: 'urgent' },
    ] as const;
    const opened: Array<{ id: number; name: string; rank: number }> = [];
    for (const [index, item] of plan.entries()) {
      const id = await openCase(office, {
        personName: `Person ${index}`,
        handlerId: item.handler ? user(item.handler).id : null,
        priority: item.priority,
      });
      opened.push({
        id,
        name: item.handler ? user(item.handler).display_name : '',
        rank: ['urgent', 'high', 'normal', 'low'].indexOf(item.priority),
      });
    }
    const pages = async (sort: 'handler' | 'priority', direction: 'asc' | 'desc') => {
      const ids: number[] = [];
      for (let page = 0; page < 3; page++) {
        const listed = await expectOk(office.core, office.dpo, 'cases.list', {
          sort,
          direction,
          page,
          pageSize: 2,
        });
        expect(listed.total).toBe(5);
        ids.push(...listed.rows.map((row) => row.id));
      }
      return ids;
    };
    const byHandler = [...opened]
      .sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id)
      .map((row) => row.id);
    expect(await pages('handler', 'asc')).toEqual(byHandler);
    expect(await pages('handler', 'desc')).toEqual([...byHandler].reverse());
    const byPriority = [...opened].sort((a, b) => a.rank - b.rank || a.id - b.id).map((row) => row.id);
    expect(await pages('priority', 'asc')).toEqual(byPriority);
    expect(await pages('priority', 'desc')).toEqual([...byPriority].reverse());
  });
});

describe('changing a case', () => {
  it('adds the tasks of a new request type and drops the open ones of a removed type, keeping done work', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['access'] });
    await verify(office, id);
    const before = await expectOk(office.core, office.dpo, 'cases.get', { id });
    const search = before.tasks.find((task) => task.key === 'access:search')!;
    await expectOk(office.core, office.dpo, 'cases.setTaskState', { id, taskId: search.id, state: 'done' });
    const changed = await expectOk(office.core, office.dpo, 'cases.update', {
      id,
      changes: details({ types: ['erasure'] }),
    });
    expect(changed.tasks.filter((task) => task.type === 'access').map((task) => task.key)).toEqual([
      'access:search',
    ]);
    expect(changed.tasks.filter((task) => task.type === 'erasure')).toHaveLength(6);
    expect(changed.timeline[0].summary).toMatch(
      /^Changed: request types access → erasure\..*6 tasks added; 11 open tasks removed\.$/,
    );
    expect(changed.verification.gate.open).toBe(false);
    expect(changed.verification.gate.explanation).toContain('does not cover it');
    // The list's type filter follows the change (a row per case and type, migration 090).
    const listed = async (type: 'erasure' | 'access') =>
      (await expectOk(office.core, office.dpo, 'cases.list', { status: 'all', type })).rows.map(
        (row) => row.id,
      );
    expect(await listed('erasure')).toEqual([id]);
    expect(await listed('access')).toEqual([]);
    const counted = async (type: 'erasure' | 'access', status: 'all' | 'open') =>
      (await expectOk(office.core, office.dpo, 'cases.list', { status, type })).total;
    expect([await counted('erasure', 'all'), await counted('erasure', 'open')]).toEqual([1, 1]);
    expect([await counted('access', 'all'), await counted('access', 'open')]).toEqual([0, 0]);
    // Migrated again, the rows are made from the cases already there.
    const source = { migrationSource: sourceOf(migrations), tableName: 'knex_migrations' };
    await office.core.db.migrate.down({ ...source, name: '090_case_request_types' });
    await office.core.db.migrate.up(source);
    expect(await listed('erasure')).toEqual([id]);
  });

  it('finds a case by its new name after an edit, and no longer by the old one', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['access'] });
    const search = async (q: string) =>
      (await expectOk(office.core, office.dpo, 'cases.list', { q, status: 'all' })).rows.map((row) => row.id);
    expect(await search('ari nord')).toEqual([id]);
    await expectOk(office.core, office.dpo, 'cases.update', {
      id,
      changes: details({ personName: 'Ingrid Bjørnstad' }),
    });
    expect(await search('bjørnst')).toEqual([id]);
    expect(await search('kari nordmann')).toEqual([]);
  });

  it('chooses the checklist again while nobody has begun verifying', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { types: ['marketing-opt-out'], channel: 'email' });
    let detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.verification).toMatchObject({ result: 'not-needed', items: [] });
    detail = await expectOk(office.core, office.dpo, 'cases.update', {
      id,
      changes: details({ types: ['marketing-opt-out', 'access'], channel: 'email' }),
    });
    expect(detail.verification.result).toBeNull();
    expect(detail.verification.templates).toEqual(['E-mail or chat: access or portability']);
  });

  it('asks a new representative for their own authority', async () => {
    const office = await caseOffice();
    const id = await openCase(office, { representative: { name: 'Advokat Berg', relation: 'lawyer' } });
    await expectOk(office.core, office.dpo, 'cases.checkRepresentativeAuthority', {
      id,
      evidence: 'power-of-attorney',
    });
    const detail = await expectOk(office.core, office.dpo, 'cases.update', {
      id,
      changes: details({ representative: { name: 'Advokat Lie', relation: 'lawyer' } }),
    });
    expect(detail.representative).toMatchObject({ name: 'Advokat Lie', authorityCheckedAt: null });
  });

  it('changes the received date only with a reason, and moves the due date', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    const noReason = await expectError(office.core, office.dpo, 'cases.changeReceivedDate', {
      id,
      receivedDate: '2026-02-27',
      reason: ' ',
    });
    expect(noReason.issues).toMatchObject([{ path: 'reason', message: 'Why the date changes is required' }]);
    const detail = await expectOk(office.core, office.dpo, 'cases.changeReceivedDate', {
      id,
      receivedDate: '2026-02-27',
      reason: 'The letter was stamped received on Friday',
    });
    expect(detail.clock.current.date).toBe('2026-03-27');
    expect(detail.timeline[0].summary).toBe(
      'Received date changed from 02.03.2026 to 27.02.2026; due 27.03.2026. Reason: The letter was stamped received on Friday',
    );
    expect((await office.core.db('cases').where({ id }).first('due_date')).due_date).toBe('2026-03-27');
    expect(
      (
        await expectError(office.core, office.dpo, 'cases.changeReceivedDate', {
          id,
          receivedDate: '2026-03-05',
          reason: 'x',
        })
      ).issues?.[0].path,
    ).toBe('receivedDate');
    expect(await auditActions(office, id)).toContain('change-received-date');
  });

  it('assigns handlers and tasks to DPOs and admins, takes comments and added tasks', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    const kari = (await office.core.db('users').where({ username: 'kari' }).first('id')).id as number;
    let detail = await expectOk(office.core, office.dpo, 'cases.assign', { id, handlerId: kari });
    expect(detail.handler).toEqual({ id: kari, name: 'Test kari' });
    const task = detail.tasks[0];
    detail = await expectOk(office.core, office.dpo, 'cases.assignTask', {
      id,
      taskId: task.id,
      assigneeId: kari,
    });
    detail = await expectOk(office.core, office.dpo, 'cases.commentTask', {
      id,
      taskId: task.id,
      text: 'CRM and telephony searched; e-mail archive next.',
    });
    detail = await expectOk(office.core, office.dpo, 'cases.addTask', {
      id,
      label: 'Ask IT for the call recordings',
    });
    expect(detail.tasks[0]).toMatchObject({
      assignee: { id: kari, name: 'Test kari' },
      comments: [{ by: 'Test dina', text: 'CRM and telephony searched; e-mail archive next.' }],
    });
    expect(detail.tasks.at(-1)).toMatchObject({
      label: 'Ask IT for the call recordings',
      key: null,
      state: 'open',
    });
    const na = await expectError(office.core, office.dpo, 'cases.setTaskState', {
      id,
      taskId: task.id,
      state: 'not-applicable',
    });
    expect(na.issues).toMatchObject([{ path: 'note', message: 'Say why the task does not apply' }]);
  });

  it('keeps a closed case closed, but takes notes on it', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    await expectOk(office.core, office.dpo, 'cases.close', { id, outcome: 'withdrawn' });
    const refused = await expectError(office.core, office.dpo, 'cases.assign', { id, handlerId: null });
    expect(refused).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'Case 2026-0001 is closed; its record can no longer be changed.',
    });
    const noted = await expectOk(office.core, office.dpo, 'cases.addNote', {
      id,
      text: 'The person called to thank us.',
    });
    expect(noted.timeline[0]).toMatchObject({ kind: 'note', summary: 'The person called to thank us.' });
  });
});

describe('processor capacity', () => {
  it("forwards the request to the customer, runs on the customer's deadline, and works the processor's tasks", async () => {
    const office = await caseOffice();
    const fjord = await customer(office);
    const id = await openCase(office, { capacity: 'processor', customerId: fjord, types: ['erasure'] });
    let detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.tasks.map((task) => task.key)).toEqual([
      'processor:forward',
      'processor:tell-person',
      'processor:deadline',
      'processor:instructions',
      'processor:assist',
      'processor:confirm',
    ]);
    expect(detail.verification).toMatchObject({ result: 'not-needed', gate: { open: true } });
    // Until forwarded, the case runs on its forwarding deadline: two working days after receipt.
    expect(detail.clock).toMatchObject({
      extensionPossibleUntil: null,
      statuses: ['due-soon', 'to-forward'],
      current: { date: '2026-03-04' },
      forwarding: { due: '2026-03-04', forwardedOn: null, late: false },
    });
    expect(
      await expectError(office.core, office.dpo, 'cases.extend', {
        id,
        decidedOn: '2026-03-02',
        personToldOn: '2026-03-02',
        noticeChannel: 'letter',
        reasons: 'Complex',
      }),
    ).toMatchObject({ code: 'RULE_VIOLATION' });
    detail = await expectOk(office.core, office.dpo, 'cases.recordForwarding', {
      id,
      forwardedOn: '2026-03-02',
      to: 'Personvernombud, personvern@fjord.example',
      how: 'email',
      customerDeadline: '2026-03-20',
    });
    expect(detail.forwarding).toMatchObject({ forwardedOn: '2026-03-02', how: 'email' });
    expect(detail.clock.current).toMatchObject({
      date: '2026-03-20',
      explanation:
        "Deadline set by the customer: Fri 20 Mar (the controller's own deadline under Art. 12(3) is Tue 7 Apr)",
    });
    expect(detail.tasks.filter((task) => task.state === 'done').map((task) => task.key)).toEqual([
      'processor:forward',
      'processor:deadline',
    ]);
    expect((await office.core.db('cases').where({ id }).first('due_date')).due_date).toBe('2026-03-20');
    const controllerCase = await openCase(office, {
      personName: 'Other',
      personEmail: undefined,
      personPhone: undefined,
    });
    expect(
      (
        await expectError(office.core, office.dpo, 'cases.recordForwarding', {
          id: controllerCase,
          forwardedOn: '2026-03-02',
          to: 'x',
          how: 'email',
        })
      ).code,
    ).toBe('RULE_VIOLATION');
    await finishTasks(office, id);
    const closed = await expectOk(office.core, office.dpo, 'cases.close', {
      id,
      outcome: 'granted',
      replyDate: '2026-03-02',
      replyChannel: 'email',
    });
    expect(closed.closing).toMatchObject({ outcome: 'granted', late: false });
  });
});

describe('Art. 19 recipients', () => {
  it('are listed for rectification, erasure and restriction, each with the date it was told', async () => {
    const office = await caseOffice();
    const access = await openCase(office);
    expect(
      (
        await expectError(office.core, office.dpo, 'cases.addRecipient', {
          id: access,
          name: 'Lønnsservice Norge AS',
        })
      ).code,
    ).toBe('RULE_VIOLATION');
    const id = await openCase(office, {
      types: ['rectification'],
      personName: 'Per',
      personEmail: undefined,
      personPhone: undefined,
    });
    await expectOk(office.core, office.dpo, 'cases.addRecipient', { id, name: 'Lønnsservice Norge AS' });
    let detail = await expectOk(office.core, office.dpo, 'cases.addRecipient', {
      id,
      name: 'Regnskapsbyrået Bjørk AS',
    });
    expect(
      (
        await expectError(office.core, office.dpo, 'cases.addRecipient', {
          id,
          name: 'lønnsservice norge as',
        })
      ).code,
    ).toBe('CONFLICT');
    const [payroll, bookkeeper] = detail.recipients;
    await verify(office, id);
    detail = await expectOk(office.core, office.dpo, 'cases.notifyRecipient', {
      id,
      recipientId: payroll.id,
      notifiedOn: '2026-03-02',
      how: 'E-mail to their support',
    });
    detail = await expectOk(office.core, office.dpo, 'cases.notifyRecipient', {
      id,
      recipientId: bookkeeper.id,
      notPossibleReason: 'The firm was dissolved in 2025',
    });
    expect(detail.recipients).toMatchObject([
      { name: 'Lønnsservice Norge AS', notifiedOn: '2026-03-02', how: 'E-mail to their support' },
      {
        name: 'Regnskapsbyrået Bjørk AS',
        notifiedOn: null,
        notPossibleReason: 'The firm was dissolved in 2025',
      },
    ]);
    expect(
      (await expectError(office.core, office.dpo, 'cases.removeRecipient', { id, recipientId: payroll.id }))
        .code,
    ).toBe('RULE_VIOLATION');
    await expectOk(office.core, office.dpo, 'cases.removeRecipient', { id, recipientId: bookkeeper.id });
    const missing = await expectError(office.core, office.dpo, 'cases.notifyRecipient', {
      id,
      recipientId: payroll.id,
    });
    expect(missing.issues?.[0].path).toBe('notifiedOn');
  });
});

describe('attachments on a case', () => {
  it('are for its handlers only', async () => {
    const office = await caseOffice();
    const id = await openCase(office);
    const file = {
      ownerType: 'case',
      ownerId: id,
      fileName: 'request.pdf',
      contentBase64: Buffer.from('%PDF-1.4 letter').toString('base64'),
    };
    const added = await expectOk(office.core, office.dpo, 'attachments.add', file);
    expect(added.sha256).toHaveLength(64);
    expect(
      (await expectError(office.core, office.agent, 'attachments.list', { ownerType: 'case', ownerId: id }))
        .code,
    ).toBe('FORBIDDEN');
    expect((await expectError(office.core, office.agent, 'attachments.add', file)).code).toBe('FORBIDDEN');
    expect(
      (await expectError(office.core, office.dpo, 'attachments.list', { ownerType: 'case', ownerId: 999 }))
        .code,
    ).toBe('NOT_FOUND');
    expect(
      await expectOk(office.core, office.admin, 'attachments.list', { ownerType: 'case', ownerId: id }),
    ).toHaveLength(1);
  });
});

describe('person keys for duplicate matching', () => {
  it('normalise names, e-mail addresses and Norwegian phone numbers', async () => {
    const { emailKey, nameKey, phoneKey } = await import('../../src/main/core/cases/keys');
    expect(nameKey('  Kari   NORDMANN ')).toBe('kari nordmann');
    expect(nameKey('ØYSTEIN Ærlig')).toBe('øystein ærlig');
    expect(emailKey(' Kari@Example.NO ')).toBe('kari@example.no');
    expect(emailKey('')).toBeNull();
    for (const phone of ['+47 912 34 567', '0047 91234567', '4791234567', '912 34 567', '91-23-45-67'])
      expect(phoneKey(phone), phone).toBe('91234567');
    expect(phoneKey('47123456')).toBe('47123456');
    expect(phoneKey('+46 70 123 45 67')).toBe('46701234567');
    expect(phoneKey('12')).toBeNull();
  });
});
