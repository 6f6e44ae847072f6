import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { migrations, sourceOf } from '../../migrations';
import type { InquiryInput } from '../../src/shared/inquiries/contract';
import { expectError, expectOk, signedIn, testCore, type TestCore } from './support/core';

// 2 March 2026, 10:00 in Oslo.
const start = '2026-03-02T09:00:00.000Z';

async function office(core: TestCore) {
  const admin = await signedIn(core, ['admin'], 'admin');
  const dpo = await signedIn(core, ['dpo'], 'dpo');
  const agent = await signedIn(core, ['agent'], 'agent1');
  const colleague = await signedIn(core, ['agent'], 'agent2');
  const customer = await expectOk(core, admin, 'organisations.create', {
    name: 'Fjord Energi AS',
    orgNumber: '928179575',
    isCustomer: true,
  });
  const supplier = await expectOk(core, admin, 'organisations.create', {
    name: 'Sky Hosting AS',
    orgNumber: '914778271',
    isSupplier: true,
  });
  return { admin, dpo, agent, colleague, customer, supplier };
}

function call(overrides: Partial<InquiryInput> = {}): InquiryInput {
  return {
    channel: 'phone',
    receivedAt: '2026-03-02T08:55:00.000Z',
    onBehalfOfId: null,
    personName: 'Kari Nordmann',
    personPhone: '+47 912 34 567',
    category: 'general',
    summary: 'Asked how long call recordings are kept',
    notes: 'Explained the retention of recordings: ninety days.',
    callSeconds: 184,
    ...overrides,
  };
}

describe('the inquiry log', () => {
  it('logs a call with the defaults an agent expects', async () => {
    const core = await testCore(start);
    const { agent, dpo, customer } = await office(core);
    const logged = await expectOk(core, agent, 'inquiries.create', call({ onBehalfOfId: customer.id }));
    expect(logged).toMatchObject({
      number: `INQ-${String(logged.id).padStart(6, '0')}`,
      direction: 'incoming',
      status: 'open',
      onBehalfOf: { id: customer.id, name: 'Fjord Energi AS' },
      assignedTo: { name: 'Test agent1' },
      loggedBy: { name: 'Test agent1' },
      callSeconds: 184,
      canDelete: false,
    });
    const audit = await expectOk(core, agent, 'inquiries.history', { id: logged.id });
    expect(audit.map((entry) => entry.action)).toEqual(['create']);
    // What the quick log shows after saving is what the database holds.
    expect(await expectOk(core, agent, 'inquiries.get', { id: logged.id })).toEqual(logged);
    const colleagueId = (await core.db('users').where({ username: 'agent2' }).first('id')).id as number;
    const handedOver = await expectOk(
      core,
      agent,
      'inquiries.create',
      call({
        onBehalfOfId: null,
        assignedToId: colleagueId,
        channel: 'email',
        personEmail: 'kari@example.no',
      }),
    );
    expect(handedOver).toMatchObject({
      onBehalfOf: null,
      assignedTo: { name: 'Test agent2' },
      callSeconds: null,
    });
    expect(await expectOk(core, dpo, 'inquiries.get', { id: handedOver.id })).toEqual({
      ...handedOver,
      canDelete: false,
    });
  });

  it('refuses what an agent could get wrong, each with its own message', async () => {
    const core = await testCore(start);
    const { agent, supplier } = await office(core);
    const future = await expectError(
      core,
      agent,
      'inquiries.create',
      call({ receivedAt: '2026-03-02T09:30:00.000Z' }),
    );
    expect(future).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'receivedAt', message: 'The received time cannot be in the future' }],
    });
    const noSummary = await expectError(core, agent, 'inquiries.create', call({ summary: '   ' }));
    expect(noSummary.issues).toMatchObject([{ path: 'summary', message: 'Summary is required' }]);
    const twoLines = await expectError(core, agent, 'inquiries.create', call({ summary: 'one\ntwo' }));
    expect(twoLines.issues).toMatchObject([{ path: 'summary', message: 'The summary is one line' }]);
    const unreachable = await expectError(
      core,
      agent,
      'inquiries.create',
      call({ personPhone: undefined, personEmail: undefined }),
    );
    expect(unreachable.issues).toMatchObject([
      {
        path: 'noContactReason',
        message: 'Give a phone number or an e-mail address, or say why there is none',
      },
    ]);
    await expectOk(
      core,
      agent,
      'inquiries.create',
      call({ personPhone: undefined, noContactReason: 'Anonymous caller' }),
    );
    const notCustomer = await expectError(
      core,
      agent,
      'inquiries.create',
      call({ onBehalfOfId: supplier.id }),
    );
    expect(notCustomer.issues).toMatchObject([
      { path: 'onBehalfOfId', message: 'Sky Hosting AS is not registered as a customer' },
    ]);
    const missing = await expectError(core, agent, 'inquiries.create', call({ onBehalfOfId: 9999 }));
    expect(missing.issues?.[0].path).toBe('onBehalfOfId');
    const closedWithoutOutcome = await expectError(
      core,
      agent,
      'inquiries.create',
      call({ status: 'closed' }),
    );
    expect(closedWithoutOutcome.issues).toMatchObject([
      { path: 'outcome', message: 'Closing needs an outcome line' },
    ]);
    const badEmail = await expectError(core, agent, 'inquiries.create', call({ personEmail: 'kari@' }));
    expect(badEmail.issues).toMatchObject([{ path: 'personEmail', message: 'Enter a valid e-mail address' }]);
    const pastFollowUp = await expectError(
      core,
      agent,
      'inquiries.create',
      call({ followUpOn: '2026-03-01' }),
    );
    expect(pastFollowUp.issues).toMatchObject([
      { path: 'followUpOn', message: 'A new follow-up date cannot be in the past' },
    ]);
    const unknownField = await expectError(core, agent, 'inquiries.create', { ...call(), priority: 'high' });
    expect(unknownField.code).toBe('INVALID_INPUT');
    const list = await expectOk(core, agent, 'inquiries.list', {});
    expect(list.total).toBe(1);
  });

  it('lets an agent see only what they logged or were given; the DPO and admins see all', async () => {
    const core = await testCore(start);
    const { agent, colleague, dpo, admin } = await office(core);
    const mine = await expectOk(core, agent, 'inquiries.create', call());
    // A colleague's inquiry is answered like a missing one: nothing says it exists.
    const hidden = await expectError(core, colleague, 'inquiries.get', { id: mine.id });
    expect(hidden).toMatchObject({ code: 'NOT_FOUND', message: `Inquiry ${mine.id} was not found.` });
    expect(
      await expectError(core, colleague, 'inquiries.update', { id: mine.id, changes: call() }),
    ).toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await expectOk(core, colleague, 'inquiries.list', {})).total).toBe(0);
    expect((await expectOk(core, dpo, 'inquiries.list', {})).total).toBe(1);
    expect((await expectOk(core, admin, 'inquiries.get', { id: mine.id })).summary).toContain('recordings');

    const colleagueId = (await expectOk(core, admin, 'users.directory', {})).find(
      (user) => user.displayName === 'Test agent2',
    )?.id;
    await expectOk(core, agent, 'inquiries.update', {
      id: mine.id,
      changes: call({ assignedToId: colleagueId }),
    });
    expect((await expectOk(core, colleague, 'inquiries.list', {})).rows.map((row) => row.id)).toEqual([
      mine.id,
    ]);
    // Still visible to the agent who logged it.
    expect((await expectOk(core, agent, 'inquiries.get', { id: mine.id })).assignedTo.name).toBe(
      'Test agent2',
    );
    expect(await expectError(core, agent, 'inquiries.get', { id: 4242 })).toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('audits every read of an inquiry', async () => {
    const core = await testCore(start);
    const { agent, admin } = await office(core);
    const logged = await expectOk(core, agent, 'inquiries.create', call());
    await expectOk(core, agent, 'inquiries.get', { id: logged.id });
    const reads = await expectOk(core, admin, 'audit.list', { entityType: 'inquiry', action: 'read' });
    expect(reads.rows).toHaveLength(1);
    expect(reads.rows[0]).toMatchObject({ username: 'agent1', entityId: String(logged.id) });
  });

  it('keeps full-text search right after edits, soft deletes and restores', async () => {
    const core = await testCore(start);
    const { agent, admin } = await office(core);
    const logged = await expectOk(core, agent, 'inquiries.create', call());
    await expectOk(
      core,
      agent,
      'inquiries.create',
      call({ personName: 'Ola Hansen', personPhone: '90011222', notes: 'Wanted the invoice copy.' }),
    );
    const search = async (q: string) =>
      (await expectOk(core, admin, 'inquiries.list', { q })).rows.map((row) => row.personName);
    expect(await search('ninety')).toEqual(['Kari Nordmann']);
    expect(await search('nordm')).toEqual(['Kari Nordmann']);
    expect(await search('91234567')).toEqual(['Kari Nordmann']);
    expect(await search('912 34')).toEqual(['Kari Nordmann']);
    expect(await search('"invoice')).toEqual(['Ola Hansen']);
    expect(await search('kari invoice')).toEqual([]);

    await expectOk(core, agent, 'inquiries.update', {
      id: logged.id,
      changes: call({ notes: 'Sent the retention schedule by e-mail.' }),
    });
    expect(await search('ninety')).toEqual([]);
    expect(await search('schedule')).toEqual(['Kari Nordmann']);

    expect(
      await expectError(core, agent, 'inquiries.delete', { id: logged.id, reason: 'Test' }),
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await expectError(core, admin, 'inquiries.delete', { id: logged.id, reason: ' ' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    await expectOk(core, admin, 'inquiries.delete', { id: logged.id, reason: 'Logged twice by mistake' });
    expect(await search('schedule')).toEqual([]);
    expect((await expectOk(core, admin, 'inquiries.list', {})).total).toBe(1);
    expect(await expectError(core, agent, 'inquiries.get', { id: logged.id })).toMatchObject({
      code: 'NOT_FOUND',
    });
    // Kept in the database until the retention purge.
    const row = await core.db('inquiries').where({ id: logged.id }).first();
    expect(row).toMatchObject({ delete_reason: 'Logged twice by mistake', deleted_by: 'Test admin' });

    await expectOk(core, admin, 'inquiries.restore', { id: logged.id });
    expect(await search('schedule')).toEqual(['Kari Nordmann']);
    const history = await expectOk(core, admin, 'inquiries.history', { id: logged.id });
    expect(history.map((entry) => entry.action)).toEqual(['create', 'update', 'delete', 'restore']);
    expect(history[1]).toMatchObject({
      before: { notes: 'Explained the retention of recordings: ninety days.' },
      after: { notes: 'Sent the retention schedule by e-mail.' },
    });
  });

  it('keeps a search in received order when a received time is corrected, with filters and in other orders', async () => {
    const core = await testCore(start);
    const { agent, dpo } = await office(core);
    const log = async (receivedAt: string, channel: InquiryInput['channel'], personName: string) =>
      (await expectOk(core, agent, 'inquiries.create', call({ receivedAt, channel, personName }))).id;
    // Logged in this order, received in another: ids do not follow time.
    const late = await log('2026-03-02T08:30:00.000Z', 'email', 'Berit Solheim');
    const early = await log('2026-03-01T07:00:00.000Z', 'phone', 'Arne Solheim');
    const middle = await log('2026-03-02T07:15:00.000Z', 'email', 'Cecilie Solheim');
    // Two received in the same second: the one logged last comes first, as in the list without words.
    const twinA = await log('2026-02-27T12:00:00.000Z', 'letter', 'Dag Solheim');
    const twinB = await log('2026-02-27T12:00:00.000Z', 'letter', 'Eva Solheim');
    const list = async (input: Record<string, unknown>) => {
      const page = await expectOk(core, dpo, 'inquiries.list', { q: 'solheim', ...input });
      return { ids: page.rows.map((row) => row.id), total: page.total };
    };

    expect(await list({})).toEqual({ ids: [late, middle, early, twinB, twinA], total: 5 });
    expect(await list({ direction: 'asc' })).toEqual({ ids: [twinA, twinB, early, middle, late], total: 5 });
    expect(await list({ pageSize: 2, page: 1 })).toEqual({ ids: [early, twinB], total: 5 });
    expect(await list({})).toEqual(await list({ q: undefined, channel: undefined }));
    const withoutWords = await expectOk(core, dpo, 'inquiries.list', {});
    expect(withoutWords.rows.map((row) => row.id)).toEqual([late, middle, early, twinB, twinA]);

    // The earliest call turns out to have come in last: it moves to the top of the search.
    await expectOk(core, agent, 'inquiries.update', {
      id: early,
      changes: call({ receivedAt: '2026-03-02T08:45:00.000Z', channel: 'phone', personName: 'Arne Solheim' }),
    });
    expect(await list({})).toEqual({ ids: [early, late, middle, twinB, twinA], total: 5 });
    expect(await list({ q: 'arne' })).toEqual({ ids: [early], total: 1 });
    // The index follows the row, whoever changes it: here only the received time, straight in SQL.
    await core.db('inquiries').where({ id: twinA }).update({ received_at: '2026-03-02T09:30:00.000Z' });
    expect(await list({ pageSize: 2 })).toEqual({ ids: [twinA, early], total: 5 });
    await core.db('inquiries').where({ id: twinA }).update({ received_at: '2026-02-27T12:00:00.000Z' });

    // Words and filters together: the matches are walked in order and counted one by one.
    expect(await list({ channel: 'email' })).toEqual({ ids: [late, middle], total: 2 });
    expect(await list({ channel: 'letter', pageSize: 1, page: 1 })).toEqual({ ids: [twinA], total: 2 });
    expect(await list({ channel: 'chat' })).toEqual({ ids: [], total: 0 });
    expect(await list({ from: '2026-03-02', to: '2026-03-02', direction: 'asc' })).toEqual({
      ids: [middle, late, early],
      total: 3,
    });
    // Orders the index does not keep read every match and sort them.
    expect(await list({ sort: 'personName', direction: 'asc' })).toEqual({
      ids: [early, late, middle, twinA, twinB],
      total: 5,
    });
  });

  it('needs an outcome to close and can reopen', async () => {
    const core = await testCore(start);
    const { agent } = await office(core);
    const logged = await expectOk(core, agent, 'inquiries.create', call());
    expect(await expectError(core, agent, 'inquiries.close', { id: logged.id, outcome: '' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
    const closed = await expectOk(core, agent, 'inquiries.close', {
      id: logged.id,
      outcome: 'Answered on the phone',
    });
    expect(closed).toMatchObject({
      status: 'closed',
      outcome: 'Answered on the phone',
      closedBy: 'Test agent1',
    });
    expect(
      await expectError(core, agent, 'inquiries.close', { id: logged.id, outcome: 'Again' }),
    ).toMatchObject({
      code: 'RULE_VIOLATION',
    });
    expect((await expectOk(core, agent, 'inquiries.reopen', { id: logged.id })).status).toBe('open');
  });

  it('filters by Oslo calendar days, follow-ups due, and the company itself', async () => {
    const core = await testCore(start);
    const { agent, dpo, customer } = await office(core);
    // 00:30 on 2 March in Oslo is still 1 March in UTC.
    await expectOk(core, agent, 'inquiries.create', call({ receivedAt: '2026-03-01T23:30:00.000Z' }));
    await expectOk(
      core,
      agent,
      'inquiries.create',
      call({ receivedAt: '2026-03-01T22:30:00.000Z', onBehalfOfId: customer.id, followUpOn: '2026-03-02' }),
    );
    const ids = async (filter: object) => (await expectOk(core, dpo, 'inquiries.list', filter)).total;
    expect(await ids({ from: '2026-03-02' })).toBe(1);
    expect(await ids({ to: '2026-03-01' })).toBe(1);
    expect(await ids({ onBehalfOfId: 0 })).toBe(1);
    expect(await ids({ onBehalfOfId: customer.id })).toBe(1);
    expect(await ids({ followUp: 'due' })).toBe(1);
    expect((await expectOk(core, dpo, 'inquiries.list', { followUp: 'due' })).rows[0].followUpDue).toBe(true);
    expect(await ids({ followUp: 'planned' })).toBe(0);

    // Follow-ups due, newest first, whoever asks: a closed one is done, whatever its date said.
    const due = async (receivedAt: string, status: 'open' | 'closed' = 'open') =>
      (
        await expectOk(
          core,
          agent,
          'inquiries.create',
          call({
            receivedAt,
            followUpOn: '2026-03-02',
            status,
            ...(status === 'closed' ? { outcome: 'Called back' } : {}),
          }),
        )
      ).id;
    const older = await due('2026-02-20T09:00:00.000Z');
    await due('2026-02-25T09:00:00.000Z', 'closed');
    const newer = await due('2026-03-02T06:00:00.000Z');
    const first = (await expectOk(core, dpo, 'inquiries.list', { followUp: 'due' })).rows.map(
      (row) => row.id,
    );
    expect(first).toHaveLength(3);
    expect([first[0], first[2]]).toEqual([newer, older]);
    const agentSees = await expectOk(core, agent, 'inquiries.list', { followUp: 'due', pageSize: 2 });
    expect(agentSees.total).toBe(3);
    expect(agentSees.rows[0].id).toBe(newer);
    expect((await expectOk(core, dpo, 'inquiries.list', { followUp: 'due', status: 'closed' })).total).toBe(
      1,
    );
    expect(await expectError(core, dpo, 'inquiries.list', { from: '2026-13-01' })).toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('exports the current filter as CSV and XLSX, formula-safe', async () => {
    const core = await testCore(start);
    const { agent, dpo, admin, customer } = await office(core);
    await expectOk(
      core,
      agent,
      'inquiries.create',
      call({ onBehalfOfId: customer.id, summary: '=HYPERLINK("x")' }),
    );
    await expectOk(core, agent, 'inquiries.create', call({ category: 'complaint', summary: 'Rude agent' }));
    await expectOk(core, dpo, 'auth.setLanguage', { language: 'en' });
    const csv = await expectOk(core, dpo, 'inquiries.export', { format: 'csv', category: 'general' });
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('Inquiry,Received,Channel,Direction,On behalf of,Name');
    expect(lines[1]).toContain('Fjord Energi AS');
    expect(lines[1]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines[1]).toContain('02.03.2026 09:55');
    expect(lines[1]).toContain('3:04');

    const xlsx = await expectOk(core, dpo, 'inquiries.export', { format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(3);
    expect(sheet.getRow(1).getCell(1).value).toBe('Inquiry');
    const exports = await expectOk(core, admin, 'audit.list', { entityType: 'inquiry', action: 'export' });
    expect(exports.total).toBe(2);
  });

  it('caps the count of a large list and says so', async () => {
    const core = await testCore(start);
    const { dpo } = await office(core);
    const rows = Array.from({ length: 10_050 }, (_, index) => ({
      channel: 'email',
      direction: 'incoming',
      received_at: new Date(Date.parse('2026-01-01T08:00:00Z') + index * 60_000).toISOString(),
      received_date: '2026-01-01',
      person_email: `p${index}@example.no`,
      category: 'general',
      summary: index % 2 === 0 ? 'Even question' : 'Odd question',
      status: 'closed',
      outcome: 'Answered',
      assigned_to_id: 3,
      logged_by_id: 3,
      created_at: '2026-01-01T08:00:00Z',
      updated_at: '2026-01-01T08:00:00Z',
    }));
    for (let index = 0; index < rows.length; index += 500)
      await core.db('inquiries').insert(rows.slice(index, index + 500));
    const all = await expectOk(core, dpo, 'inquiries.list', { pageSize: 10 });
    expect(all).toMatchObject({ total: 10_000, capped: true });
    expect(all.rows[0].personEmail).toBe('p10049@example.no');
    const searched = await expectOk(core, dpo, 'inquiries.list', { q: 'odd', pageSize: 10 });
    expect(searched).toMatchObject({ total: 5_025, capped: false });
    expect(searched.notice).toBeUndefined();

    // A two-letter search looks among the newest 2,000 only, and says so: older ones are not found.
    const short = await expectOk(core, dpo, 'inquiries.list', { q: 'no', pageSize: 10 });
    expect(short).toMatchObject({ total: 2_000, capped: false });
    expect(short.notice).toMatch(/one or two characters looks at the newest 2,000 inquiries only/);
    expect(short.rows[0].personEmail).toBe('p10049@example.no');
    const shortEnd = await expectOk(core, dpo, 'inquiries.list', { q: 'no', pageSize: 10, page: 199 });
    expect(shortEnd.rows.at(-1)?.personEmail).toBe('p8050@example.no');
    // One character matches the start of a name, e-mail, phone, reference, summary or one of their words.
    const initial = await expectOk(core, dpo, 'inquiries.list', { q: 'O', pageSize: 100 });
    expect(initial).toMatchObject({ total: 1_000, capped: false });
    expect(initial.notice).toMatch(/newest 2,000 inquiries only/);
    expect(new Set(initial.rows.map((row) => row.summary))).toEqual(new Set(['Odd question']));
    const word = await expectOk(core, dpo, 'inquiries.list', { q: 'q', pageSize: 10 });
    expect(word.total).toBe(2_000);
    expect((await expectOk(core, dpo, 'inquiries.list', { q: 'x' })).total).toBe(0);
    const third = await expectOk(core, dpo, 'inquiries.list', { q: 'p0', pageSize: 10 });
    expect(third.rows.map((row) => row.personEmail)).toEqual([]);
    const longer = await expectOk(core, dpo, 'inquiries.list', { q: 'p49', direction: 'asc', pageSize: 10 });
    expect(longer.rows[0].personEmail).toBe('p49@example.no');
    expect(longer.notice).toBeUndefined();

    // Sorted by another column, 5,025 matches are more than the 2,000 sorted: the newest 2,000 are.
    const byName = await expectOk(core, dpo, 'inquiries.list', {
      q: 'odd',
      sort: 'personName',
      direction: 'asc',
      pageSize: 10,
    });
    expect(byName).toMatchObject({ total: 2_000, capped: false });
    expect(byName.notice).toMatch(
      /More than 2,000 inquiries match: the newest 2,000 of them are sorted by name/,
    );
    // No names: ties go by received time in the sort's direction, so the oldest of the newest 2,000 leads.
    expect(byName.rows[0].personEmail).toBe('p6051@example.no');
    const lastOfWindow = await expectOk(core, dpo, 'inquiries.list', {
      q: 'odd',
      sort: 'personName',
      direction: 'asc',
      pageSize: 10,
      page: 199,
    });
    expect(lastOfWindow.rows.at(-1)?.personEmail).toBe('p10049@example.no');
    // Without a selection the whole list is sorted through the index: no notice, the count as before.
    const everyone = await expectOk(core, dpo, 'inquiries.list', {
      sort: 'personName',
      direction: 'desc',
      pageSize: 10,
    });
    expect(everyone).toMatchObject({ total: 10_000, capped: true });
    expect(everyone.notice).toBeUndefined();
    expect(everyone.rows[0].personEmail).toBe('p10049@example.no');
  });

  it('pages a search that matches thousands newest first, counting only what the agent may see', async () => {
    const core = await testCore(start);
    const { dpo, agent, colleague, admin } = await office(core);
    const ids = Object.fromEntries(
      (await core.db('users').whereIn('username', ['agent1', 'agent2']).select('username', 'id')).map(
        (user: { username: string; id: number }) => [user.username, user.id],
      ),
    );
    // 3,000 callers named Hansen, a third of them the first agent's; received a minute apart, but
    // inserted in shuffled order so ids do not follow time.
    const rows = Array.from({ length: 3_000 }, (_, index) => ({
      channel: 'phone',
      direction: 'incoming',
      received_at: new Date(
        Date.parse('2026-01-01T08:00:00Z') + ((index * 7919) % 3_000) * 60_000,
      ).toISOString(),
      received_date: '2026-01-01',
      person_name: `Hansen ${index}`,
      person_phone: '+47 900 00 000',
      category: 'general',
      summary: 'Asked about an invoice',
      status: 'open',
      assigned_to_id: index % 3 === 0 ? ids.agent1 : ids.agent2,
      logged_by_id: index % 3 === 0 ? ids.agent1 : ids.agent2,
      created_at: '2026-01-01T08:00:00Z',
      updated_at: '2026-01-01T08:00:00Z',
    }));
    for (let index = 0; index < rows.length; index += 500)
      await core.db('inquiries').insert(rows.slice(index, index + 500));
    const newestFirst = (of: typeof rows) =>
      [...of].sort((a, b) => b.received_at.localeCompare(a.received_at)).map((row) => row.person_name);

    const all = await expectOk(core, dpo, 'inquiries.list', { q: 'hansen', pageSize: 20 });
    expect(all.total).toBe(3_000);
    expect(all.rows.map((row) => row.personName)).toEqual(newestFirst(rows).slice(0, 20));
    const second = await expectOk(core, dpo, 'inquiries.list', { q: 'hansen', pageSize: 20, page: 1 });
    expect(second.rows.map((row) => row.personName)).toEqual(newestFirst(rows).slice(20, 40));

    const own = rows.filter((row) => row.assigned_to_id === ids.agent1);
    const mine = await expectOk(core, agent, 'inquiries.list', { q: 'hansen', pageSize: 20 });
    expect(mine.total).toBe(own.length);
    expect(mine.rows.map((row) => row.personName)).toEqual(newestFirst(own).slice(0, 20));
    // Words are looked for in what was said, never in the owners' ids.
    expect((await expectOk(core, dpo, 'inquiries.list', { q: `u${ids.agent1}` })).total).toBe(0);

    // Given to a colleague, an inquiry leaves the first agent's search and joins the colleague's.
    const given = await core.db('inquiries').where({ logged_by_id: ids.agent2 }).first('id');
    await expectOk(core, admin, 'inquiries.update', {
      id: given.id,
      changes: {
        ...call({ personName: 'Hansen moved', summary: 'Asked about an invoice' }),
        assignedToId: ids.agent1,
      },
    });
    const after = await expectOk(core, agent, 'inquiries.list', { q: 'hansen moved', pageSize: 5 });
    expect(after.rows.map((row) => row.id)).toEqual([given.id]);
    const colleagueSees = await expectOk(core, colleague, 'inquiries.list', { q: 'hansen', pageSize: 5 });
    expect(colleagueSees.total).toBe(rows.length - own.length);
    // With another filter beside the words, the count comes from the rows themselves.
    const filtered = await expectOk(core, dpo, 'inquiries.list', {
      q: 'hansen',
      status: 'open',
      pageSize: 5,
    });
    expect(filtered.total).toBe(3_000);
    // Past the last page the list is empty, and still says how many there are.
    expect(
      await expectOk(core, dpo, 'inquiries.list', { q: 'hansen', status: 'open', pageSize: 50, page: 60 }),
    ).toMatchObject({ rows: [], total: 3_000 });
    expect(await expectOk(core, dpo, 'inquiries.list', { q: 'hansen moved', page: 3 })).toMatchObject({
      rows: [],
      total: 1,
    });
  });

  it("pages an agent's own inquiries, logged or given, once each and in order", async () => {
    const core = await testCore(start);
    const { agent, colleague, dpo } = await office(core);
    const ids = Object.fromEntries(
      (await core.db('users').whereIn('username', ['agent1', 'agent2']).select('username', 'id')).map(
        (user: { username: string; id: number }) => [user.username, user.id],
      ),
    );
    // Four kinds of row: logged and kept, logged and given away, given by a colleague, and neither.
    const owners = [
      [ids.agent1, ids.agent1],
      [ids.agent1, ids.agent2],
      [ids.agent2, ids.agent1],
      [ids.agent2, ids.agent2],
    ] as const;
    const rows = Array.from({ length: 400 }, (_, index) => {
      const [logged, assigned] = owners[index % 4]!;
      return {
        channel: 'phone',
        direction: 'incoming',
        // Shuffled times, and pairs of rows with the same second, so ties go by id.
        received_at: new Date(
          Date.parse('2026-01-01T08:00:00Z') + ((index * 7919) % 200) * 60_000,
        ).toISOString(),
        received_date: '2026-01-01',
        person_name: `Caller ${String((index * 37) % 400).padStart(3, '0')}`,
        category: 'general',
        summary: 'Asked about an invoice',
        status: index % 5 === 0 ? 'closed' : index % 5 === 1 ? 'awaiting-person' : 'open',
        outcome: index % 5 === 0 ? 'Answered' : null,
        logged_by_id: logged,
        assigned_to_id: assigned,
        created_at: '2026-01-01T08:00:00Z',
        updated_at: '2026-01-01T08:00:00Z',
      };
    });
    await core.db('inquiries').insert(rows);
    const stored = (await core
      .db('inquiries')
      .select('id', 'received_at', 'logged_by_id', 'assigned_to_id', 'status', 'person_name')) as Array<{
      id: number;
      received_at: string;
      logged_by_id: number;
      assigned_to_id: number;
      status: string;
      person_name: string;
    }>;
    const newestFirst = (of: typeof stored) =>
      [...of].sort((a, b) => b.received_at.localeCompare(a.received_at) || b.id - a.id).map((row) => row.id);
    const own = stored.filter((row) => row.logged_by_id === ids.agent1 || row.assigned_to_id === ids.agent1);
    expect(own).toHaveLength(300);

    const seen: number[] = [];
    for (let page = 0; page < 4; page++) {
      const listed = await expectOk(core, agent, 'inquiries.list', { pageSize: 80, page });
      expect(listed.total).toBe(300);
      seen.push(...listed.rows.map((row) => row.id));
    }
    expect(seen).toEqual(newestFirst(own));
    const oldest = await expectOk(core, agent, 'inquiries.list', {
      pageSize: 50,
      page: 1,
      sort: 'receivedAt',
      direction: 'asc',
    });
    expect(oldest.rows.map((row) => row.id)).toEqual(newestFirst(own).reverse().slice(50, 100));

    const open = own.filter((row) => row.status === 'open');
    const openPage = await expectOk(core, agent, 'inquiries.list', { status: 'open', pageSize: 25, page: 2 });
    expect(openPage.total).toBe(open.length);
    expect(openPage.rows.map((row) => row.id)).toEqual(newestFirst(open).slice(50, 75));

    // Active is open or awaiting someone: read status by status and merged, for the agent and the DPO.
    const active = own.filter((row) => row.status !== 'closed');
    const activePage = await expectOk(core, agent, 'inquiries.list', {
      status: 'active',
      pageSize: 40,
      page: 3,
    });
    expect(activePage.total).toBe(active.length);
    expect(activePage.rows.map((row) => row.id)).toEqual(newestFirst(active).slice(120, 160));
    const everyActive = stored.filter((row) => row.status !== 'closed');
    const dpoActive = await expectOk(core, dpo, 'inquiries.list', {
      status: 'active',
      pageSize: 100,
      page: 1,
      direction: 'asc',
    });
    expect(dpoActive.total).toBe(everyActive.length);
    expect(dpoActive.rows.map((row) => row.id)).toEqual(newestFirst(everyActive).reverse().slice(100, 200));

    const byName = await expectOk(core, agent, 'inquiries.list', {
      sort: 'personName',
      direction: 'asc',
      pageSize: 10,
    });
    expect(byName.rows.map((row) => row.personName)).toEqual(
      own
        .map((row) => row.person_name)
        .sort()
        .slice(0, 10),
    );
    // The colleague's own are the other three kinds.
    expect((await expectOk(core, colleague, 'inquiries.list', {})).total).toBe(300);
  });

  it("finds a frequent word's newest matches across months, on any page and in either order", async () => {
    const core = await testCore(start);
    const { agent, dpo } = await office(core);
    const userId = (await core.db('users').where({ username: 'agent1' }).first('id')).id as number;
    // 1,400 callers over fourteen months, every other one a Hansen, inserted in shuffled order.
    const rows = Array.from({ length: 1_400 }, (_, index) => {
      const slot = (index * 7919) % 1_400;
      return {
        channel: 'phone',
        direction: 'incoming',
        received_at: new Date(Date.parse('2025-01-03T08:00:00Z') + slot * 7.2 * 3_600_000).toISOString(),
        received_date: '2025-01-03',
        person_name: index % 2 === 0 ? `Hansen ${String(index).padStart(4, '0')}` : `Olsen ${index}`,
        category: 'general',
        summary: 'Asked about an invoice',
        status: index % 3 === 0 ? 'closed' : 'open',
        outcome: index % 3 === 0 ? 'Answered' : null,
        logged_by_id: userId,
        assigned_to_id: userId,
        created_at: '2026-01-01T08:00:00Z',
        updated_at: '2026-01-01T08:00:00Z',
      };
    });
    for (let index = 0; index < rows.length; index += 200)
      await core.db('inquiries').insert(rows.slice(index, index + 200));
    const stored = (await core
      .db('inquiries')
      .select('id', 'received_at', 'person_name', 'status')) as Array<{
      id: number;
      received_at: string;
      person_name: string;
      status: string;
    }>;
    const newestFirst = (of: typeof stored) =>
      [...of].sort((a, b) => b.received_at.localeCompare(a.received_at) || b.id - a.id).map((row) => row.id);
    const hansen = stored.filter((row) => row.person_name.startsWith('Hansen'));
    const ids = async (input: Record<string, unknown>) =>
      (await expectOk(core, dpo, 'inquiries.list', { q: 'hansen', ...input })).rows.map((row) => row.id);

    expect((await expectOk(core, dpo, 'inquiries.list', { q: 'hansen', pageSize: 10 })).total).toBe(700);
    expect(await ids({ pageSize: 10 })).toEqual(newestFirst(hansen).slice(0, 10));
    // Read a month, then two, then four at a time; and, for a deep page, the rest in one go.
    expect(await ids({ pageSize: 100, page: 1 })).toEqual(newestFirst(hansen).slice(100, 200));
    expect(await ids({ pageSize: 100, page: 1, direction: 'asc' })).toEqual(
      newestFirst(hansen).reverse().slice(100, 200),
    );
    expect(await ids({ pageSize: 100, page: 5 })).toEqual(newestFirst(hansen).slice(500, 600));
    expect(await expectOk(core, dpo, 'inquiries.list', { q: 'hansen olsen' })).toMatchObject({
      rows: [],
      total: 0,
    });
    expect(await ids({ pageSize: 100, page: 6, direction: 'asc' })).toEqual(
      newestFirst(hansen).reverse().slice(600, 700),
    );
    const open = hansen.filter((row) => row.status === 'open');
    expect(await ids({ status: 'open', pageSize: 50, page: 3 })).toEqual(newestFirst(open).slice(150, 200));
    expect(await ids({ sort: 'personName', direction: 'desc', pageSize: 20 })).toEqual(
      [...hansen]
        .sort((a, b) => b.person_name.localeCompare(a.person_name))
        .slice(0, 20)
        .map((row) => row.id),
    );

    // Received a year earlier than first logged: it moves to the end of the search.
    const [first] = newestFirst(hansen);
    const moved = await core.db('inquiries').where({ id: first }).first();
    await expectOk(core, agent, 'inquiries.update', {
      id: first!,
      changes: call({ receivedAt: '2024-12-30T08:00:00.000Z', personName: moved.person_name }),
    });
    expect((await ids({ pageSize: 100, page: 6 })).at(-1)).toBe(first);
    expect((await ids({ pageSize: 5 }))[0]).toBe(newestFirst(hansen)[1]);

    // Rolled back and migrated again (PostgreSQL builds the index anew), the search still pages.
    const source = { migrationSource: sourceOf(migrations), tableName: 'knex_migrations' };
    await core.db.migrate.down({ ...source, name: '085_postgresql_search_months' });
    await core.db.migrate.up(source);
    expect(await ids({ pageSize: 100, page: 5 })).toEqual(
      newestFirst(hansen.filter((row) => row.id !== first)).slice(500, 600),
    );
  });
});
