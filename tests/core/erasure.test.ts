import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ErasureItem } from '../../src/shared/erasure/contract';
import { caseOffice, type CaseOffice, finishTasks, openCase, verify } from './support/cases';
import { runCli } from './support/cli';
import { expectError, expectOk } from './support/core';

const call = (extra: Record<string, unknown> = {}) => ({
  channel: 'phone' as const,
  receivedAt: '2026-03-02T08:30:00.000Z',
  onBehalfOfId: null,
  personName: 'Kari Nordmann',
  personEmail: 'kari@example.no',
  category: 'general' as const,
  summary: 'Called about the invoice',
  ...extra,
});

async function closeGranted(office: CaseOffice, id: number, fee = false): Promise<void> {
  await verify(office, id);
  await finishTasks(office, id);
  await expectOk(office.core, office.dpo, 'cases.close', {
    id,
    outcome: 'granted',
    disclosesPersonalData: true,
    replyDate: '2026-03-02',
    replyChannel: 'email',
    ...(fee
      ? {
          manifestlyUnfounded: true,
          unfoundedJustification: 'The fourth full copy asked for this month, each sent in full.',
          unfoundedResponse: 'fee' as const,
          feeNok: 450,
          feeBasis: 'One and a half hours of work at 300 kr an hour.',
        }
      : {}),
  });
}

/**
 * Kari Nordmann on 2 March 2026: a plain inquiry, a rights request opened as an (open) erasure case,
 * an inquiry that reported a breach, a closed access case with a document, a closed case that charged
 * a fee, and an organisation whose privacy contact she is.
 */
async function office() {
  const office = await caseOffice();
  const { core, agent, dpo, admin } = office;
  const plain = await expectOk(core, agent, 'inquiries.create', call({ personPhone: '+47 912 34 567' }));
  const request = await expectOk(
    core,
    agent,
    'inquiries.create',
    call({ category: 'rights-request', summary: 'Wants her data erased' }),
  );
  const erasureCase = await expectOk(core, dpo, 'cases.openFromInquiry', {
    inquiryId: request.id,
    types: ['erasure'],
  });
  const reported = await expectOk(
    core,
    agent,
    'inquiries.create',
    call({ summary: 'Got a stranger’s invoice' }),
  );
  const breach = await expectOk(core, agent, 'breaches.reportFromInquiry', { inquiryId: reported.id });
  const closedCase = await openCase(office, { personName: 'Kari Nordmann', types: ['access'] });
  await closeGranted(office, closedCase);
  const document = await expectOk(core, dpo, 'attachments.add', {
    ownerType: 'case',
    ownerId: closedCase,
    fileName: 'Reply to Kari Nordmann.pdf',
    contentBase64: Buffer.from('%PDF-1.4 reply').toString('base64'),
  });
  const feeCase = await openCase(office, { personName: 'Kari Nordmann', types: ['access'] });
  await closeGranted(office, feeCase, true);
  const organisation = await expectOk(core, admin, 'organisations.create', {
    name: 'Fjord Energi AS',
    country: 'NO',
    isCustomer: true,
    privacyContactName: 'Kari Nordmann',
    privacyContactEmail: 'kari@example.no',
  });
  // The administrator looks her up: the search itself is in the audit log, with her address.
  const found = await expectOk(core, admin, 'people.find', { query: 'kari@example.no' });
  const items = found.groups
    .filter((group) => group.kind !== 'audit')
    .flatMap((group) => group.items.map((item) => ({ kind: group.kind, id: item.id })));
  return {
    ...office,
    plain: plain.id,
    request: request.id,
    erasureCase: erasureCase.id,
    erasureCaseNumber: erasureCase.number,
    reported: reported.id,
    breach: breach.id,
    closedCase,
    document: document.id,
    feeCase,
    organisation: organisation.id,
    items,
  };
}

const outcomeOf = (items: ErasureItem[], kind: string, id: number) =>
  items.find((item) => item.kind === kind && item.id === id);

describe('erasure and anonymisation (Art. 17)', () => {
  it('previews each record: erased, anonymised, or kept with its ground and until-date', async () => {
    const o = await office();
    const preview = await expectOk(o.core, o.dpo, 'people.erasePreview', { items: o.items });
    const of = (kind: string, id: number) => outcomeOf(preview.items, kind, id);
    expect(of('inquiry', o.plain)).toMatchObject({ outcome: 'erase', ground: null });
    expect(of('inquiry', o.request)).toMatchObject({
      outcome: 'keep',
      ground: 'open-case',
      until: null,
      via: o.erasureCaseNumber,
    });
    expect(of('case', o.erasureCase)).toMatchObject({ outcome: 'keep', ground: 'open-case' });
    expect(of('inquiry', o.reported)).toMatchObject({
      outcome: 'keep',
      ground: 'breach-record',
      until: null,
    });
    expect(of('case', o.closedCase)).toMatchObject({ outcome: 'anonymise' });
    // The fee of 2 March 2026 is bookkeeping material until 5 years after its financial year (31.12.2026).
    expect(of('case', o.feeCase)).toMatchObject({
      outcome: 'keep',
      ground: 'bookkeeping',
      until: '2031-12-31',
    });
    expect(of('organisation', o.organisation)).toMatchObject({ outcome: 'anonymise' });
    // The anonymised case's document is deleted with it.
    expect(of('attachment', o.document)).toMatchObject({ outcome: 'erase' });
    expect(preview.openCases).toEqual([{ id: o.erasureCase, number: o.erasureCaseNumber }]);
    expect(preview.files).toBe(1);
    expect(preview.auditPayloads).toBeGreaterThan(3);
    // A preview changes nothing.
    expect(await o.core.db('inquiries').where({ id: o.plain }).first()).toBeDefined();

    // A financial year that ends in June moves the date: 30.06.2026 + 5 years.
    await expectOk(o.core, o.admin, 'settings.update', { financialYearEndMonth: 6 });
    const june = await expectOk(o.core, o.dpo, 'people.erasePreview', {
      items: [{ kind: 'case', id: o.feeCase }],
    });
    expect(june.items[0]).toMatchObject({ ground: 'bookkeeping', until: '2031-06-30' });
  });

  it('erases with a reason: rows and files go, payloads are redacted, the kept are restricted, the case records it', async () => {
    const o = await office();
    const dataDir = o.core.env.dataDir;
    const stored = (await o.core.db('attachments').where({ id: o.document }).first()).stored_name as string;
    expect(fs.existsSync(path.join(dataDir, 'attachments', stored))).toBe(true);

    const denied = await expectError(o.core, o.agent, 'people.erase', { items: o.items, reason: 'Asked' });
    expect(denied.code).toBe('FORBIDDEN');
    const noReason = await expectError(o.core, o.dpo, 'people.erase', { items: o.items, reason: '  ' });
    expect(noReason).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'reason' }] });
    const missing = await expectError(o.core, o.dpo, 'people.erase', {
      items: [{ kind: 'inquiry', id: 9999 }],
      reason: 'Asked',
    });
    expect(missing).toMatchObject({ code: 'NOT_FOUND' });
    expect(missing.message).toContain('INQ-009999 was not found');

    const done = await expectOk(o.core, o.dpo, 'people.erase', {
      items: o.items,
      caseId: o.erasureCase,
      reason: 'Erasure request of case ' + o.erasureCaseNumber,
    });
    expect(done.counts).toMatchObject({ erased: 2, anonymised: 2, kept: 5, files: 1 });
    expect(done.counts.auditPayloads).toBeGreaterThan(3);

    // The plain inquiry is gone; the closed case is anonymised with its statistics.
    expect(await o.core.db('inquiries').where({ id: o.plain }).first()).toBeUndefined();
    const anonymised = await expectOk(o.core, o.dpo, 'cases.get', { id: o.closedCase });
    expect(anonymised.person).toMatchObject({ name: 'Anonymised', email: null, phone: null });
    expect(anonymised).toMatchObject({
      state: 'closed',
      types: ['access'],
      channel: 'phone',
      clock: expect.objectContaining({ receivedDate: '2026-03-02' }),
    });
    expect(anonymised.closing).toMatchObject({ outcome: 'granted', replyDate: '2026-03-02' });
    expect(fs.existsSync(path.join(dataDir, 'attachments', stored))).toBe(false);
    expect(await o.core.db('attachments').where({ id: o.document }).first()).toBeUndefined();
    const organisation = await expectOk(o.core, o.admin, 'organisations.get', { id: o.organisation });
    expect(organisation).toMatchObject({ name: 'Fjord Energi AS', privacyContactName: null });

    // Nothing in the log names her any more; the chain verifies and reports why it was redacted.
    const stillNaming = await o.core
      .db('audit_subjects')
      .join('audit_log', 'audit_log.id', 'audit_subjects.entry_id')
      .where({ kind: 'email', subject_key: 'kari@example.no' })
      .select('audit_log.entity_type', 'audit_log.entity_id');
    // Only the history of what is kept (the open case, the breach, the fee case) still names her.
    for (const row of stillNaming)
      expect([
        `case:${o.erasureCase}`,
        `case:${o.feeCase}`,
        `inquiry:${o.request}`,
        `inquiry:${o.reported}`,
        `breach:${o.breach}`,
      ]).toContain(`${row.entity_type}:${row.entity_id}`);
    const verified = await expectOk(o.core, o.admin, 'audit.verify', {});
    expect(verified.ok).toBe(true);
    expect(verified.redactions).toEqual(
      expect.arrayContaining([{ reason: 'erasure', entries: done.counts.auditPayloads }]),
    );

    // The erasure case's timeline records the result, in counts.
    const erasureCase = await expectOk(o.core, o.dpo, 'cases.get', { id: o.erasureCase });
    expect(erasureCase.timeline[0].summary).toContain(
      'Erasure carried out: 2 erased, 2 anonymised, 5 kept and restricted',
    );
    expect(erasureCase.restricted).toBeNull();

    // The kept records are restricted, and every list and record screen says so.
    const cases = await expectOk(o.core, o.dpo, 'cases.list', { status: 'all' });
    expect(cases.rows.find((row) => row.id === o.feeCase)?.restricted).toEqual({
      ground: 'bookkeeping',
      until: '2031-12-31',
    });
    expect(cases.rows.find((row) => row.id === o.closedCase)?.restricted).toBeNull();
    expect((await expectOk(o.core, o.dpo, 'cases.get', { id: o.feeCase })).restricted).toMatchObject({
      ground: 'bookkeeping',
    });
    const inquiries = await expectOk(o.core, o.dpo, 'inquiries.list', {});
    expect(inquiries.rows.find((row) => row.id === o.request)?.restricted).toMatchObject({
      ground: 'open-case',
    });
    expect((await expectOk(o.core, o.dpo, 'inquiries.get', { id: o.reported })).restricted).toMatchObject({
      ground: 'breach-record',
    });
    const breaches = await expectOk(o.core, o.dpo, 'breaches.list', { state: 'all' });
    expect(breaches.rows.find((row) => row.id === o.breach)?.restricted).toEqual({
      ground: 'breach-record',
      until: null,
    });
    // The register of restrictions lists what the erasure kept: the DPO and administrators only.
    expect((await expectError(o.core, o.agent, 'erasure.keptRecords', {})).code).toBe('FORBIDDEN');
    const register = await expectOk(o.core, o.dpo, 'erasure.keptRecords', {});
    expect(register.total).toBe(register.rows.length);
    expect(register.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recordType: 'case',
          recordId: o.feeCase,
          path: `/cases/${o.feeCase}`,
          ground: 'bookkeeping',
          keptUntil: '2031-12-31',
          liftedAt: null,
          caseId: o.erasureCase,
          caseNumber: o.erasureCaseNumber,
        }),
        expect.objectContaining({ recordType: 'breach', recordId: o.breach, ground: 'breach-record' }),
        expect.objectContaining({ recordType: 'inquiry', recordId: o.request, ground: 'open-case' }),
      ]),
    );
    expect(register.rows.find((row) => row.recordType === 'case')?.label).toMatch(/^\d{4}-\d{4}$/);
    expect((await expectOk(o.core, o.dpo, 'erasure.keptRecords', { status: 'lifted' })).rows).toEqual([]);
    expect((await expectError(o.core, o.dpo, 'erasure.keptRecords', { status: 'gone' })).code).toBe(
      'INVALID_INPUT',
    );

    // The erasure log holds counts and the reason, no name.
    const log = await o.core.db('erasures').select('*');
    expect(JSON.stringify(log)).not.toMatch(/Kari|example\.no/);
  });

  it('keeps a record under a legal hold, and lets the hold be lifted', async () => {
    const o = await office();
    const hold = await expectOk(o.core, o.dpo, 'legalHolds.place', {
      recordType: 'case',
      recordId: o.closedCase,
      reason: 'Complaint to Datatilsynet pending',
    });
    const held = await expectOk(o.core, o.dpo, 'people.erasePreview', {
      items: [{ kind: 'case', id: o.closedCase }],
    });
    expect(held.items).toEqual([
      expect.objectContaining({ kind: 'case', outcome: 'keep', ground: 'legal-claims', until: null }),
    ]);
    expect(
      (
        await expectError(o.core, o.agent, 'legalHolds.place', {
          recordType: 'case',
          recordId: o.closedCase,
          reason: 'x',
        })
      ).code,
    ).toBe('FORBIDDEN');
    expect(
      (
        await expectError(o.core, o.dpo, 'legalHolds.place', {
          recordType: 'breach',
          recordId: 999,
          reason: 'x',
        })
      ).code,
    ).toBe('NOT_FOUND');
    await expectOk(o.core, o.dpo, 'legalHolds.lift', { id: hold.id });
    expect((await expectError(o.core, o.dpo, 'legalHolds.lift', { id: hold.id })).code).toBe(
      'RULE_VIOLATION',
    );
    const lifted = await expectOk(o.core, o.dpo, 'people.erasePreview', {
      items: [{ kind: 'case', id: o.closedCase }],
    });
    expect(lifted.items[0]).toMatchObject({ outcome: 'anonymise' });
  });

  it("takes the people screen's selection: refuses an empty one, more than 2,000 records and an unknown kind", async () => {
    const o = await office();
    const empty = await expectError(o.core, o.dpo, 'people.erasePreview', { items: [], queries: ['Kari'] });
    expect(empty).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'items', message: expect.stringMatching(/The selection is empty/) }],
    });
    const many = Array.from({ length: 2001 }, (_, index) => ({ kind: 'inquiry' as const, id: index + 1 }));
    const tooMany = await expectError(o.core, o.dpo, 'people.erasePreview', { items: many });
    expect(tooMany).toMatchObject({
      code: 'INVALID_INPUT',
      issues: [{ path: 'items', message: expect.stringMatching(/at most 2000 records/) }],
    });
    const unknown = await expectError(o.core, o.dpo, 'people.erasePreview', {
      items: [{ kind: 'letter', id: 1 }],
    } as never);
    expect(unknown).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'items.0.kind' }] });
    // The searches it was found with are kept when given, as the access report keeps them.
    await expectOk(o.core, o.dpo, 'people.erasePreview', { items: o.items, queries: ['kari@example.no'] });
  });

  it('refuses a case that does not ask for erasure as the erasure case', async () => {
    const o = await office();
    const refused = await expectError(o.core, o.dpo, 'people.erasePreview', {
      items: [{ kind: 'inquiry', id: o.plain }],
      caseId: o.feeCase,
    });
    expect(refused.code).toBe('RULE_VIOLATION');
  });

  it('`privacy-desk person erase` prints the preview without --yes, and erases with --reason --yes', async () => {
    const o = await office();
    const cli = (...args: string[]) => runCli(['--db', o.core.database, '--data-dir', o.core.dir, ...args]);
    const preview = await cli('person', 'erase', '--email', 'kari@example.no', '--phone', '+47 912 34 567');
    expect(preview.code, preview.err.join('\n')).toBe(0);
    expect(preview.out.slice(0, 2)).toEqual(['to be erased: 6', '  inquiry INQ-000001']);
    expect(preview.out.join('\n')).toMatch(/case \d{4}-\d{4}: Bookkeeping material.*until 2031-12-31/);
    expect(preview.out.at(-1)).toBe('Nothing was changed. Add --reason TEXT --yes to erase.');
    expect(await o.core.db('inquiries').where({ id: o.plain }).first()).toBeDefined();

    const noReason = await cli('person', 'erase', '--email', 'kari@example.no', '--yes');
    expect(noReason.code).toBe(2);
    expect(noReason.err.join(' ')).toContain('--reason');
    const none = await cli('person', 'erase', '--email', 'nobody@example.no');
    expect(none.out).toEqual(['nothing found for "nobody@example.no"']);

    const done = await cli(
      'person',
      'erase',
      '--email',
      'kari@example.no',
      '--reason',
      'Erasure request by letter',
      '--case',
      o.erasureCaseNumber,
      '--yes',
    );
    expect(done.code, done.err.join('\n')).toBe(0);
    expect(done.out.at(-1)).toMatch(
      /^erasure \d+: \d+ erased, 2 anonymised, \d+ kept and restricted, 1 files deleted/,
    );
    expect(await o.core.db('inquiries').where({ id: o.plain }).first()).toBeUndefined();
    const verify = await cli('audit', 'verify');
    expect(verify.code, verify.out.join('\n')).toBe(0);
    expect(verify.out.join(' ')).toMatch(/erasure/);
  });
});
