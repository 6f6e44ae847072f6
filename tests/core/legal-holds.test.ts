import { describe, expect, it } from 'vitest';
import { agreementOffice, supplierAgreement } from './support/agreements';
import { wrongRecipient } from './support/breaches';
import { accessByPhone } from './support/cases';
import { expectError, expectOk, testEngine } from './support/core';

/** An office with one record of each kind a hold can be placed on. */
async function office() {
  const o = await agreementOffice();
  const { core, admin, dpo, agent } = o;
  const inquiry = await expectOk(core, agent, 'inquiries.create', {
    channel: 'phone',
    receivedAt: '2026-03-02T08:30:00.000Z',
    onBehalfOfId: null,
    personName: 'Kari Nordmann',
    personPhone: '+47 912 34 567',
    category: 'general',
    summary: 'Called about the invoice',
  });
  const caseId = (await expectOk(core, dpo, 'cases.create', accessByPhone())).id;
  const breach = await expectOk(
    core,
    dpo,
    'breaches.create',
    wrongRecipient({ awareAt: '2026-03-02T08:00:00.000Z' }),
  );
  const agreement = await expectOk(core, admin, 'agreements.create', supplierAgreement(o.cloud.id));
  return { ...o, inquiry: inquiry.id, caseId, breach: breach.id, agreement: agreement.id };
}

const reason = 'Complaint to Datatilsynet pending (ref. 26/01234)';

describe('legal holds (Art. 17(3)(e))', () => {
  it('lists the holds of a record, newest first, with who placed and lifted them and why', async () => {
    const o = await office();
    const record = { recordType: 'case' as const, recordId: o.caseId };
    expect(await expectOk(o.core, o.dpo, 'legalHolds.list', record)).toEqual({ holds: [] });

    const first = await expectOk(o.core, o.dpo, 'legalHolds.place', { ...record, reason });
    await o.moveClock('2026-03-03T09:00:00.000Z');
    await expectOk(o.core, o.admin, 'legalHolds.lift', { id: first.id });
    const second = await expectOk(o.core, o.admin, 'legalHolds.place', {
      ...record,
      reason: 'Lawsuit announced by her lawyer',
    });

    const { holds } = await expectOk(o.core, o.dpo, 'legalHolds.list', record);
    expect(holds).toEqual([
      {
        id: second.id,
        reason: 'Lawsuit announced by her lawyer',
        placedAt: '2026-03-03T09:00:00.000Z',
        placedBy: 'Test kari',
        liftedAt: null,
        liftedBy: null,
      },
      {
        id: first.id,
        reason,
        placedAt: '2026-03-02T09:00:00.000Z',
        placedBy: 'Test dina',
        liftedAt: '2026-03-03T09:00:00.000Z',
        liftedBy: 'Test kari',
      },
    ]);
    // Another record's holds are not this one's.
    expect(
      await expectOk(o.core, o.dpo, 'legalHolds.list', { recordType: 'breach', recordId: o.caseId }),
    ).toEqual({ holds: [] });
  });

  it('places a hold on each kind of record', async () => {
    const o = await office();
    const records = [
      { recordType: 'inquiry', recordId: o.inquiry },
      { recordType: 'case', recordId: o.caseId },
      { recordType: 'breach', recordId: o.breach },
      { recordType: 'agreement', recordId: o.agreement },
    ] as const;
    for (const record of records) {
      await expectOk(o.core, o.dpo, 'legalHolds.place', { ...record, reason });
      const { holds } = await expectOk(o.core, o.admin, 'legalHolds.list', record);
      expect(holds.map((hold) => hold.liftedAt)).toEqual([null]);
    }
  });

  it('refuses a second standing hold on the same record, saying who placed the first', async () => {
    const o = await office();
    const record = { recordType: 'breach' as const, recordId: o.breach };
    await expectOk(o.core, o.dpo, 'legalHolds.place', { ...record, reason });
    const refused = await expectError(o.core, o.admin, 'legalHolds.place', { ...record, reason: 'Again' });
    expect(refused.code).toBe('RULE_VIOLATION');
    expect(refused.message).toBe(
      'This record is already under a legal hold, placed on 02.03.2026 10:00 by Test dina; lift that one before placing another.',
    );
    expect((await expectOk(o.core, o.dpo, 'legalHolds.list', record)).holds).toHaveLength(1);
  });

  // SQLite lets one writer in at a time; on PostgreSQL another desk may be placing a hold meanwhile.
  it.runIf(testEngine === 'postgresql')(
    'waits for another desk placing a hold on the same record, then refuses a second',
    async () => {
      const o = await office();
      const otherDesk = await o.core.db.transaction();
      await otherDesk('agreements').where({ id: o.agreement }).forUpdate().first('id');
      const placing = o.core.dispatch(
        'legalHolds.place',
        { recordType: 'agreement', recordId: o.agreement, reason },
        o.dpo,
      );
      await new Promise((resolve) => setTimeout(resolve, 300));
      await otherDesk('legal_holds').insert({
        record_type: 'agreement',
        record_id: o.agreement,
        reason: 'Placed on another desk',
        placed_at: '2026-03-02T09:00:00.000Z',
        placed_by: 'Test kari',
      });
      await otherDesk.commit();
      const result = await placing;
      expect(result.ok ? 'placed' : result.error.code).toBe('RULE_VIOLATION');
      const { holds } = await expectOk(o.core, o.dpo, 'legalHolds.list', {
        recordType: 'agreement',
        recordId: o.agreement,
      });
      expect(holds.map((hold) => hold.reason)).toEqual(['Placed on another desk']);
    },
  );

  it('refuses a missing record with NOT_FOUND, on place and on list', async () => {
    const o = await office();
    const missing = { recordType: 'inquiry' as const, recordId: 9999 };
    const placed = await expectError(o.core, o.dpo, 'legalHolds.place', { ...missing, reason });
    expect(placed).toMatchObject({ code: 'NOT_FOUND', message: 'Inquiry 9999 was not found.' });
    expect(await expectError(o.core, o.dpo, 'legalHolds.list', missing)).toMatchObject({
      code: 'NOT_FOUND',
    });
    const count = await o.core.db('legal_holds').count({ n: '*' }).first();
    expect(Number(count?.n)).toBe(0);
  });

  it('refuses to lift a lifted or missing hold', async () => {
    const o = await office();
    const { id } = await expectOk(o.core, o.dpo, 'legalHolds.place', {
      recordType: 'inquiry',
      recordId: o.inquiry,
      reason,
    });
    await expectOk(o.core, o.dpo, 'legalHolds.lift', { id });
    expect(await expectError(o.core, o.admin, 'legalHolds.lift', { id })).toMatchObject({
      code: 'RULE_VIOLATION',
      message: `Legal hold ${id} was already lifted.`,
    });
    expect(await expectError(o.core, o.dpo, 'legalHolds.lift', { id: id + 100 })).toMatchObject({
      code: 'NOT_FOUND',
      message: `Legal hold ${id + 100} was not found.`,
    });
    // The first lift is the one that stays on record.
    const [hold] = (
      await expectOk(o.core, o.dpo, 'legalHolds.list', { recordType: 'inquiry', recordId: o.inquiry })
    ).holds;
    expect(hold?.liftedBy).toBe('Test dina');
  });

  it('says so in bokmål to a DPO who reads bokmål', async () => {
    const o = await office();
    await expectOk(o.core, o.dpo, 'auth.setLanguage', { language: 'nb' });
    const record = { recordType: 'case' as const, recordId: o.caseId };
    await expectOk(o.core, o.dpo, 'legalHolds.place', { ...record, reason });
    expect((await expectError(o.core, o.dpo, 'legalHolds.place', { ...record, reason })).message).toBe(
      'Posten er allerede under rettslig tilbakehold, lagt 02.03.2026 10:00 av Test dina; opphev det før du legger et nytt.',
    );
    expect((await expectError(o.core, o.dpo, 'legalHolds.lift', { id: 4242 })).message).toBe(
      'Rettslig tilbakehold 4242 ble ikke funnet.',
    );
    const blank = await expectError(o.core, o.dpo, 'legalHolds.place', { ...record, reason: '  ' });
    expect(blank.issues?.[0]).toMatchObject({
      path: 'reason',
      message: 'Begrunnelsen for det rettslige tilbakeholdet må fylles ut',
    });
  });

  it("shows an agent that their inquiry's hold was placed and lifted, but not why", async () => {
    const o = await office();
    const record = { recordType: 'inquiry' as const, recordId: o.inquiry };
    const hold = await expectOk(o.core, o.dpo, 'legalHolds.place', { ...record, reason });
    await expectOk(o.core, o.dpo, 'legalHolds.lift', { id: hold.id });
    const holdEntries = (entries: Array<{ action: string; after: unknown }>) =>
      entries.filter((entry) => entry.action.endsWith('legal-hold'));

    const seenByAgent = holdEntries(await expectOk(o.core, o.agent, 'inquiries.history', { id: o.inquiry }));
    expect(seenByAgent.map((entry) => entry.action)).toEqual(['legal-hold', 'lift-legal-hold']);
    expect(JSON.stringify(seenByAgent)).not.toContain('Datatilsynet');

    const seenByDpo = holdEntries(await expectOk(o.core, o.dpo, 'inquiries.history', { id: o.inquiry }));
    expect(seenByDpo.find((entry) => entry.action === 'legal-hold')?.after).toMatchObject({ reason });
  });

  it('is for the DPO and administrators only: an agent may neither see nor place one', async () => {
    const o = await office();
    const record = { recordType: 'inquiry' as const, recordId: o.inquiry };
    expect((await expectError(o.core, o.agent, 'legalHolds.list', record)).code).toBe('FORBIDDEN');
    expect((await expectError(o.core, o.agent, 'legalHolds.place', { ...record, reason })).code).toBe(
      'FORBIDDEN',
    );
  });
});
