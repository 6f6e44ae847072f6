import type { ChannelInput } from '../../../src/shared/contract';
import { clauseKeys } from '../../../src/shared/agreements/rules';
import type { Session } from '../../../src/main/core/session';
import { expectOk, signedIn, type TestCore, testCore, testPassword } from './core';

/** An office with an admin, a DPO and an agent, a customer and suppliers at home and abroad. */
export async function agreementOffice(start = '2026-03-02T09:00:00.000Z') {
  const core = await testCore(start);
  const admin = await signedIn(core, ['admin'], 'kari');
  const dpo = await signedIn(core, ['dpo'], 'dina');
  const agent = await signedIn(core, ['agent'], 'ola');
  const organisation = (input: ChannelInput<'organisations.create'>) =>
    expectOk(core, admin, 'organisations.create', input);
  const customer = await organisation({
    name: 'Fjord Regnskap AS',
    orgNumber: '928 179 575',
    isCustomer: true,
    privacyContactEmail: 'personvern@fjord.example',
  });
  const cloud = await organisation({
    name: 'Cloudway Hosting Inc.',
    orgNumber: 'EIN 84-2039115',
    country: 'US',
    isSupplier: true,
  });
  const india = await organisation({ name: 'Bengaluru Support Pvt Ltd', country: 'IN', isSupplier: true });
  const japan = await organisation({ name: 'Tokyo Transcribe KK', country: 'JP', isSupplier: true });
  const payroll = await organisation({
    name: 'Lønnsservice Norge AS',
    orgNumber: '974760673',
    isSupplier: true,
  });
  /** Moves the clock; the sessions, locked by the idle timer, are unlocked again. */
  const moveClock = async (at: string) => {
    core.clock.set(at);
    for (const session of [admin, dpo, agent])
      await expectOk(core, session, 'auth.unlock', { password: testPassword });
  };
  return { core, admin, dpo, agent, customer, cloud, india, japan, payroll, moveClock };
}

export type AgreementOffice = Awaited<ReturnType<typeof agreementOffice>>;

export function supplierAgreement(
  organisationId: number,
  extra: Partial<ChannelInput<'agreements.create'>> = {},
): ChannelInput<'agreements.create'> {
  return {
    title: 'Hosting of the telephony platform',
    companyRole: 'controller',
    organisationId,
    status: 'active',
    signedOn: '2025-01-10',
    effectiveOn: '2025-01-15',
    subjectMatter: 'Hosting of call recordings',
    dataTypes: ['Call recordings', 'Phone numbers'],
    dataSubjects: ['Callers'],
    locations: ['NO'],
    breachNoticeHours: 48,
    subprocessorAuthorisation: 'general',
    ...extra,
  };
}

export function customerAgreement(
  organisationId: number,
  extra: Partial<ChannelInput<'agreements.create'>> = {},
): ChannelInput<'agreements.create'> {
  return {
    title: 'Customer service by phone for Fjord Regnskap',
    companyRole: 'processor',
    organisationId,
    status: 'active',
    signedOn: '2025-02-01',
    effectiveOn: '2025-02-01',
    dataTypes: ['Name', 'Phone number'],
    dataSubjects: ["The customer's customers"],
    locations: ['NO'],
    breachNoticeHours: 24,
    subprocessorAuthorisation: 'general',
    ...extra,
  };
}

/** Ticks every item present, except those named missing. */
export async function tickAll(
  core: TestCore,
  session: Session,
  id: number,
  missing: readonly string[] = [],
): Promise<void> {
  await expectOk(core, session, 'agreements.updateChecklist', {
    id,
    items: clauseKeys.map((key, index) =>
      missing.includes(key)
        ? { key, state: 'missing' as const }
        : { key, state: 'present' as const, clauseRef: `Clause ${index + 1}` },
    ),
  });
}
