import { describe, expect, it } from 'vitest';
import { directionsFor, sccModuleFor, type CompanyRole } from '../../src/shared/agreements/rules';
import { osloDate } from '../../src/shared/oslo';
import { alwaysGrantedTypes, refusalGround, type RequestType } from '../../src/shared/cases/rules';
import { verifyAuditChain } from '../../src/main/core/audit/service';
import { obligationsOf } from '../../src/main/core/breaches/clocks';
import { readCaseClock } from '../../src/main/core/cases/clock';
import { unframeList } from '../../src/main/core/cases/keys';
import type { CaseRow } from '../../src/main/core/cases/repository';
import { systemActor } from '../../src/main/core/context';
import { seedDemo } from '../../src/main/core/demo/seed';
import { readSettings } from '../../src/main/core/settings/service';
import { testCore } from './support/core';

/**
 * The demo office is what people look at first: it must follow the rules the app enforces, so no
 * demo record shows something the app itself would refuse.
 */
describe('the demo office follows the rules', () => {
  it('cases, inquiries, agreements, breaches and the record of processing, as seeded', async () => {
    const core = await testCore('2026-11-20T09:00:00.000Z');
    await seedDemo(
      core,
      { seed: 5, password: 'demo password', inquiries: 400, cases: 1500, agreements: 40, breaches: 30 },
      systemActor('test'),
      () => {},
    );
    const now = core.clock.now().toISOString();
    const today = osloDate(core.clock.now());
    const settings = await readSettings(core.db);

    // Rights requests.
    const cases: CaseRow[] = await core.db('cases').select('*');
    const problems: string[] = [];
    const fail = (row: { number: string }, what: string) => problems.push(`${row.number}: ${what}`);
    for (const row of cases) {
      const types = unframeList<RequestType>(row.request_types);
      const opened = row.created_at;
      const openedOn = osloDate(opened);
      if (opened > now) fail(row, 'opened in the future');
      if (row.received_date > openedOn) fail(row, 'opened before it was received');
      // No closure before it happened, and none in the future.
      if (row.closed_at && (row.closed_at < opened || row.closed_at > now))
        fail(row, 'closed outside its life');
      if (row.reply_date && (row.reply_date < openedOn || row.reply_date > osloDate(row.closed_at ?? now)))
        fail(row, 'replied before it was opened or after it was closed');
      // No verification before the case was opened.
      if (row.verification_decided_at && row.verification_decided_at < opened)
        fail(row, 'verified before opening');
      if (row.verification_requested_on && row.verification_requested_on < openedOn)
        fail(row, 'verification asked for before opening');
      if (row.override_at && row.override_at < opened) fail(row, 'overridden before opening');
      if (row.extension_decided_on && row.extension_decided_on < openedOn)
        fail(row, 'extended before opening');
      if (row.forwarded_on && row.forwarded_on < openedOn) fail(row, 'forwarded before opening');
      if (row.clarification_requested_on && row.clarification_requested_on < openedOn)
        fail(row, 'clarification asked for before opening');
      // Refusals: grounds that fit the outcome and the request.
      const stopping = alwaysGrantedTypes(types);
      if (row.outcome === 'refused' && stopping.length > 0) fail(row, 'refused a stopping request');
      if (row.outcome === 'partly-granted' && stopping.length === types.length)
        fail(row, 'granted a stopping request in part');
      if (row.outcome === 'refused' || row.outcome === 'partly-granted') {
        if (!row.outcome_reasons) fail(row, 'a refusal without reasons');
        if (
          row.outcome === 'refused' &&
          /are erased|is enclosed|enclosed as|is corrected/.test(row.outcome_reasons ?? '')
        )
          fail(row, `a refusal whose reasons say it was granted: ${row.outcome_reasons}`);
        if (/falls outside what the right covers/.test(row.outcome_reasons ?? ''))
          fail(row, 'generic grounds');
        if (row.outcome === 'refused' && types.includes('objection') && !row.manifestly_unfounded)
          if (!unframeList(row.refusal_grounds).includes('gdpr-21-1'))
            fail(row, 'a 21(1) refusal without its ground');
        for (const key of unframeList(row.refusal_grounds))
          if (!refusalGround(key)?.types.some((type) => types.includes(type)))
            fail(row, `ground ${key} does not fit`);
      } else if (row.refusal_grounds) fail(row, 'refusal grounds on a grant');
      // Late exactly when the reply came after the due date (the original one for a refusal, Art. 12(4)).
      if (row.state === 'closed' && row.outcome !== 'withdrawn' && row.reply_date) {
        const clock = readCaseClock(row, settings, today);
        const refusal = row.outcome === 'refused' || row.outcome === 'partly-granted';
        const deadline =
          refusal && row.capacity === 'controller' && row.extended_at ? clock.due.date : clock.current.date;
        if (Boolean(row.closed_late) !== row.reply_date > deadline)
          fail(row, 'late flag does not match the due date');
      }
    }
    const events: Array<{ number: string; at: string; created_at: string }> = await core
      .db('case_events')
      .join('cases', 'cases.id', 'case_events.case_id')
      .select('cases.number', 'case_events.at', 'cases.created_at');
    for (const event of events)
      if (event.at < event.created_at || event.at > now)
        fail(event, `an event at ${event.at} outside the case's life`);
    const restrictions: Array<{
      number: string;
      since: string;
      person_told_on: string | null;
      lifted_on: string | null;
    }> = await core
      .db('case_restrictions')
      .join('cases', 'cases.id', 'case_restrictions.case_id')
      .select('cases.number', 'since', 'person_told_on', 'lifted_on');
    expect(restrictions.some((restriction) => restriction.lifted_on === null)).toBe(true);
    for (const restriction of restrictions)
      if (
        restriction.lifted_on &&
        (!restriction.person_told_on || restriction.person_told_on > restriction.lifted_on)
      )
        fail(restriction, 'a restriction lifted before the person was told');
    expect(
      cases.some(
        (row) => row.outcome === 'partly-granted' && row.request_types.includes(',consent-withdrawal,'),
      ),
    ).toBe(
      cases.some(
        (row) =>
          row.outcome === 'partly-granted' &&
          row.request_types.includes(',consent-withdrawal,') &&
          unframeList<RequestType>(row.request_types).some((type) => alwaysGrantedTypes([type]).length === 0),
      ),
    );

    // Inquiries: no follow-up before the inquiry came in.
    const followUps: Array<{ id: number; received_at: string; follow_up_on: string }> = await core
      .db('inquiries')
      .whereNotNull('follow_up_on')
      .select('id', 'received_at', 'follow_up_on');
    expect(followUps.length).toBeGreaterThan(10);
    for (const inquiry of followUps)
      if (inquiry.follow_up_on < osloDate(inquiry.received_at))
        problems.push(`inquiry ${inquiry.id}: follow-up ${inquiry.follow_up_on} before it came in`);

    // Agreements: a sub-processor under a general authorisation was listed at signing or announced;
    // an agreement in force has its transfer impact assessments; SCC modules fit the direction.
    const links: Array<{
      reference: string;
      signed_on: string | null;
      authorised_on: string | null;
      notice_id: number | null;
      status: string;
    }> = await core
      .db('agreement_subprocessors')
      .join('agreements', 'agreements.id', 'agreement_subprocessors.agreement_id')
      .where('agreements.subprocessor_authorisation', 'general')
      .whereIn('agreements.status', ['active', 'suspended'])
      .whereNull('agreement_subprocessors.removed_at')
      .select(
        'agreements.reference',
        'agreements.signed_on',
        'agreements.status',
        'authorised_on',
        'notice_id',
      );
    for (const link of links)
      if (
        link.notice_id === null &&
        !(link.authorised_on && link.signed_on && link.authorised_on <= link.signed_on)
      )
        problems.push(`${link.reference} (${link.status}): a sub-processor added without a change notice`);
    expect(links.some((link) => link.notice_id !== null)).toBe(true);
    const transfers: Array<{
      reference: string;
      status: string;
      company_role: string;
      basis: string;
      tia_done: number;
      scc_module: number | null;
      direction: string;
    }> = await core
      .db('agreement_transfers')
      .join('agreements', 'agreements.id', 'agreement_transfers.agreement_id')
      .whereNull('agreement_transfers.removed_at')
      .select(
        'agreements.reference',
        'agreements.status',
        'agreements.company_role',
        'basis',
        'tia_done',
        'scc_module',
        'direction',
      );
    for (const transfer of transfers) {
      if (
        ['active', 'suspended'].includes(transfer.status) &&
        ['scc', 'bcr'].includes(transfer.basis) &&
        !transfer.tia_done
      )
        problems.push(`${transfer.reference}: in force without a transfer impact assessment`);
      if (!directionsFor(transfer.company_role as CompanyRole).includes(transfer.direction as never))
        problems.push(`${transfer.reference}: a transfer in a direction the agreement cannot take`);
      if (
        transfer.basis === 'scc' &&
        transfer.scc_module !== sccModuleFor[transfer.direction as keyof typeof sccModuleFor]
      )
        problems.push(`${transfer.reference}: the SCC module does not fit the direction`);
    }

    // Breaches: closed ones met every obligation, their record of Art. 33(5) included.
    const breaches: Array<Record<string, unknown>> = await core.db('breaches').where({ state: 'closed' });
    const customers = await core
      .db('breach_customers')
      .join('organisations', 'organisations.id', 'breach_customers.organisation_id')
      .select('breach_customers.*', 'organisations.name');
    const notifications = await core.db('breach_notifications').orderBy('sent_at');
    for (const row of breaches) {
      const unmet = obligationsOf(
        row as never,
        customers.filter((customer: { breach_id: unknown }) => customer.breach_id === row.id),
        notifications.filter((notification: { breach_id: unknown }) => notification.breach_id === row.id),
      ).filter((obligation) => !obligation.met);
      if (unmet.length > 0)
        problems.push(`${String(row.number)}: closed with ${unmet.map((o) => o.key).join(', ')} unmet`);
      if ((row.closed_at as string) > now) problems.push(`${String(row.number)}: closed in the future`);
    }

    // The record of processing: seeded as controller from the privacy statement, as processor from agreements.
    const records: Array<{ role: string; agreement_id: number | null }> = await core
      .db('processing_activities')
      .select('role', 'agreement_id');
    expect(records.filter((record) => record.role === 'controller')).toHaveLength(7);
    expect(
      records.filter((record) => record.role === 'processor').every((record) => record.agreement_id !== null),
    ).toBe(true);

    expect(problems).toEqual([]);
    expect((await verifyAuditChain(core)).ok).toBe(true);
  }, 120_000);
});
