import { describe, expect, it } from 'vitest';
import { formatOslo, parseOsloInput } from '../../src/shared/oslo';
import { expectError, expectOk } from './support/core';
import { agreement, breachOffice, customer, moveTo, recordBreach } from './support/breaches';

const hour = 3_600_000;

describe('the 72-hour clock to Datatilsynet', () => {
  it('runs 72 real hours from awareness: 12.03 14:05 + 72 h = 15.03 14:05, counting down to overdue', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    const id = await recordBreach(office, { awareAt: '2026-03-12T13:05:00.000Z' });
    const [clock] = (await expectOk(core, dpo, 'breaches.get', { id })).clocks;
    expect(clock).toMatchObject({
      key: 'authority',
      label: 'Datatilsynet',
      hours: 72,
      dueAt: '2026-03-15T13:05:00.000Z',
      explanation: 'aware 12.03 14:05 + 72 h = 15.03 14:05',
      status: 'running',
    });

    moveTo(office, '2026-03-15T13:04:00.000Z');
    expect((await expectOk(core, dpo, 'breaches.get', { id })).clocks[0].status).toBe('running');
    moveTo(office, '2026-03-15T13:05:01.000Z');
    expect((await expectOk(core, dpo, 'breaches.get', { id })).clocks[0].status).toBe('overdue');
    expect((await expectOk(core, dpo, 'breaches.list', { clock: 'overdue' })).rows.map((r) => r.id)).toEqual([
      id,
    ]);
  });

  it('is 72 real hours across the change to summer time in March: the wall clock shows an hour more', async () => {
    // Summer time begins Sunday 29 March 2026 at 02:00 (clocks go to 03:00).
    const office = await breachOffice('2026-03-27T13:05:00.000Z');
    const { core, dpo } = office;
    const aware = parseOsloInput('27.03.2026 14:05');
    expect(aware).toEqual({ ok: true, iso: '2026-03-27T13:05:00.000Z' });
    const id = await recordBreach(office, { awareAt: '2026-03-27T13:05:00.000Z' });
    const [clock] = (await expectOk(core, dpo, 'breaches.get', { id })).clocks;
    expect(new Date(clock.dueAt).getTime() - new Date(clock.startsAt).getTime()).toBe(72 * hour);
    expect(clock.dueAt).toBe('2026-03-30T13:05:00.000Z');
    expect(formatOslo(clock.dueAt)).toBe('30.03.2026 15:05');
    expect(clock.explanation).toBe(
      'aware 27.03 14:05 + 72 h = 30.03 15:05 (summer time began in between: the clocks went forward an hour, so 72 real hours end an hour later on the clock)',
    );
    // The hour that never happens on the clock cannot be typed as the awareness time.
    expect(parseOsloInput('29.03.2026 02:30')).toMatchObject({ ok: false });
  });

  it('is 72 real hours across the end of summer time in October: the wall clock shows an hour less', async () => {
    // Summer time ends Sunday 25 October 2026 at 03:00 (clocks go back to 02:00).
    const office = await breachOffice('2026-10-23T12:05:00.000Z');
    const { core, dpo } = office;
    expect(parseOsloInput('23.10.2026 14:05')).toEqual({ ok: true, iso: '2026-10-23T12:05:00.000Z' });
    const id = await recordBreach(office, { awareAt: '2026-10-23T12:05:00.000Z' });
    const [clock] = (await expectOk(core, dpo, 'breaches.get', { id })).clocks;
    expect(clock.dueAt).toBe('2026-10-26T12:05:00.000Z');
    expect(formatOslo(clock.dueAt)).toBe('26.10.2026 13:05');
    expect(clock.explanation).toBe(
      'aware 23.10 14:05 + 72 h = 26.10 13:05 (summer time ended in between: the clocks went back an hour, so 72 real hours end an hour earlier on the clock)',
    );
    // 02:30 happens twice that night; the first (summer time) is meant.
    expect(parseOsloInput('25.10.2026 02:30')).toEqual({ ok: true, iso: '2026-10-25T00:30:00.000Z' });

    // Notified at 13:00 on the wall clock on 26 October: in time, although 14:05 + 72 h "looks" like 14:05.
    moveTo(office, '2026-10-26T12:30:00.000Z');
    await expectOk(core, dpo, 'breaches.assess', { id, risk: 'risk', reasons: 'Contact details exposed' });
    const notified = await expectOk(core, dpo, 'breaches.notifyAuthority', {
      id,
      phase: 'final',
      sentAt: '2026-10-26T12:00:00.000Z',
    });
    expect(notified.clocks[0]).toMatchObject({ status: 'met', doneAt: '2026-10-26T12:00:00.000Z' });
    // At 13:30 Oslo time (12:30 UTC) it would have been late: reasons are required.
    const late = await recordBreach(office, { awareAt: '2026-10-23T12:05:00.000Z' });
    await expectOk(core, dpo, 'breaches.assess', { id: late, risk: 'risk', reasons: 'Exposed' });
    expect(
      await expectError(core, dpo, 'breaches.notifyAuthority', {
        id: late,
        phase: 'initial',
        sentAt: '2026-10-26T12:06:00.000Z',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'delayReasons' }] });
  });
});

describe('processor clocks', () => {
  it("take each customer's period from its processor agreement in force, never longer than the 24 h target, or aim at 24 h without one", async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    const fjord = await customer(core, 'Fjord Energi AS');
    const nordlys = await customer(core, 'Nordlys Bank ASA');
    const tindra = await customer(core, 'Tindra Helse AS');
    const viken = await customer(core, 'Viken Bolig AS');
    const strict = await customer(core, 'Strikt Forsikring AS');

    await agreement(core, { organisationId: fjord, hours: 48, reference: 'DPA-FJORD-1' });
    // An agreement that sets no period: "without undue delay", with the agreement named.
    await agreement(core, { organisationId: nordlys, hours: null, reference: 'DPA-NORDLYS' });
    // Inactive, expired, and the other direction (we are controller): none of them count.
    await agreement(core, {
      organisationId: tindra,
      hours: 12,
      status: 'terminated',
      reference: 'DPA-T-OLD',
    });
    await agreement(core, {
      organisationId: tindra,
      hours: 6,
      expiryOn: '2026-01-31',
      reference: 'DPA-T-EXP',
    });
    await agreement(core, { organisationId: tindra, hours: 4, role: 'controller', reference: 'DPA-T-SUP' });
    await agreement(core, { organisationId: tindra, hours: 8, status: 'draft', reference: 'DPA-T-NEW' });
    // Two in force: the strictest period applies.
    await agreement(core, { organisationId: strict, hours: 36, reference: 'DPA-S-36' });
    await agreement(core, { organisationId: strict, hours: 24, reference: 'DPA-S-24' });

    const id = await recordBreach(office, {
      capacity: 'processor',
      customerIds: [fjord, nordlys, tindra, viken, strict],
    });
    const detail = await expectOk(core, dpo, 'breaches.get', { id });
    expect(detail.clocks.some((clock) => clock.party === 'authority')).toBe(false);
    const byName = Object.fromEntries(detail.clocks.map((clock) => [clock.label, clock]));
    // The agreement promises 48 hours; "without undue delay" aims at 24, and the shorter applies.
    expect(byName['Fjord Energi AS']).toMatchObject({
      hours: 24,
      promisedHours: 48,
      undueDelay: false,
      agreement: { reference: 'DPA-FJORD-1' },
      dueAt: '2026-03-13T13:05:00.000Z',
      basis:
        'Agreement DPA-FJORD-1 promises 48 hours, but without undue delay (Art. 33(2)) our target is 24: the shorter applies.',
      explanation: 'aware 12.03 14:05 + 24 h target = 13.03 14:05',
    });
    expect(byName['Nordlys Bank ASA']).toMatchObject({
      hours: null,
      undueDelay: true,
      agreement: { reference: 'DPA-NORDLYS' },
      dueAt: '2026-03-13T13:05:00.000Z',
      explanation: 'aware 12.03 14:05 + 24 h target = 13.03 14:05',
    });
    expect(byName['Nordlys Bank ASA'].basis).toContain('without undue delay');
    for (const name of ['Tindra Helse AS', 'Viken Bolig AS'])
      expect(byName[name], name).toMatchObject({
        hours: null,
        undueDelay: true,
        agreement: null,
        dueAt: '2026-03-13T13:05:00.000Z',
      });
    expect(byName['Strikt Forsikring AS']).toMatchObject({
      hours: 24,
      promisedHours: null,
      agreement: { reference: 'DPA-S-24' },
    });
    expect(detail.customers.find((c) => c.name === 'Fjord Energi AS')?.agreement).toEqual({
      id: expect.any(Number),
      reference: 'DPA-FJORD-1',
      status: 'active',
    });

    // Tell one in time and one late (with the reason); the others keep running.
    moveTo(office, '2026-03-13T15:00:00.000Z');
    await expectOk(core, dpo, 'breaches.notifyCustomer', {
      id,
      organisationId: fjord,
      toldAt: '2026-03-13T12:00:00.000Z',
      how: 'email',
      toldTo: 'Privacy contact, personvern@fjord.example',
    });
    expect(
      await expectError(core, dpo, 'breaches.notifyCustomer', {
        id,
        organisationId: nordlys,
        toldAt: '2026-03-13T14:00:00.000Z',
        how: 'phone',
        toldTo: 'Their DPO',
      }),
    ).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'lateReason' }] });
    const after = await expectOk(core, dpo, 'breaches.notifyCustomer', {
      id,
      organisationId: nordlys,
      toldAt: '2026-03-13T14:00:00.000Z',
      how: 'phone',
      toldTo: 'Their DPO',
      lateReason: 'The extent was unclear until the log review finished.',
    });
    const status = Object.fromEntries(after.clocks.map((clock) => [clock.label, clock.status]));
    expect(status).toEqual({
      'Fjord Energi AS': 'met',
      'Nordlys Bank ASA': 'late',
      'Strikt Forsikring AS': 'overdue',
      'Tindra Helse AS': 'overdue',
      'Viken Bolig AS': 'overdue',
    });
    expect(
      await expectError(core, dpo, 'breaches.notifyCustomer', {
        id,
        organisationId: fjord,
        toldAt: '2026-03-13T14:00:00.000Z',
        how: 'email',
        toldTo: 'Again',
      }),
    ).toMatchObject({ code: 'CONFLICT' });
    // As processor, Datatilsynet is the customer's business.
    await expectOk(core, dpo, 'breaches.assess', { id, risk: 'high', reasons: 'Health data' });
    expect(
      await expectError(core, dpo, 'breaches.notifyAuthority', {
        id,
        phase: 'initial',
        sentAt: '2026-03-13T14:00:00.000Z',
      }),
    ).toMatchObject({ code: 'RULE_VIOLATION' });
  });

  it('follow a corrected awareness time, and refuse the correction once someone was told', async () => {
    const office = await breachOffice('2026-03-12T13:05:00.000Z');
    const { core, dpo } = office;
    const fjord = await customer(core, 'Fjord Energi AS');
    await agreement(core, { organisationId: fjord, hours: 48 });
    const id = await recordBreach(office, { capacity: 'processor', customerIds: [fjord] });
    const moved = await expectOk(core, dpo, 'breaches.changeAwareness', {
      id,
      awareAt: '2026-03-12T08:00:00.000Z',
      reason: 'The supervisor saw the e-mail at 09:00 already',
    });
    expect(moved.clocks[0].dueAt).toBe('2026-03-13T08:00:00.000Z');
    expect(moved.timeline[0].summary).toContain('The supervisor saw the e-mail at 09:00 already');
    await expectOk(core, dpo, 'breaches.notifyCustomer', {
      id,
      organisationId: fjord,
      toldAt: '2026-03-12T13:00:00.000Z',
      how: 'email',
      toldTo: 'Their DPO',
    });
    expect(
      await expectError(core, dpo, 'breaches.changeAwareness', {
        id,
        awareAt: '2026-03-12T07:00:00.000Z',
        reason: 'Earlier still',
      }),
    ).toMatchObject({ code: 'RULE_VIOLATION' });
  });
});
