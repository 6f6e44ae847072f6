import type { ChannelInput } from '../../../src/shared/contract';
import { runAsSystem } from '../../../src/main/core/core';
import { createOrganisation } from '../../../src/main/core/organisations/service';
import type { Session } from '../../../src/main/core/session';
import { expectOk, signedIn, type TestCore, testCore } from './core';

export interface BreachOffice {
  core: TestCore;
  dpo: Session;
  admin: Session;
  agent: Session;
}

/** A core with a DPO, an administrator and an agent signed in. */
export async function breachOffice(start = '2026-03-12T13:05:00.000Z'): Promise<BreachOffice> {
  const core = await testCore(start);
  return {
    core,
    dpo: await signedIn(core, ['dpo'], 'dina'),
    admin: await signedIn(core, ['admin'], 'kari'),
    agent: await signedIn(core, ['agent'], 'ola'),
  };
}

/** An e-mail with a customer list sent to the wrong recipient: our own breach, as controller. */
export function wrongRecipient(
  overrides: Partial<ChannelInput<'breaches.create'>> = {},
): ChannelInput<'breaches.create'> {
  return {
    title: 'Customer list e-mailed to the wrong recipient',
    description: 'A spreadsheet with 240 callers was attached to an e-mail to an outside address.',
    awareAt: '2026-03-12T13:05:00.000Z',
    capacity: 'controller',
    subjectCategories: ['callers'],
    subjectsApprox: 240,
    dataTypes: ['contact', 'customer-history'],
    recordsApprox: 240,
    consequences: 'The recipient could contact the callers or read what they called about.',
    measuresTaken: 'The recipient confirmed in writing that the e-mail was deleted.',
    contactPoint: 'Dina Berg, data protection officer, personvern@weassist.no',
    ...overrides,
  };
}

export async function customer(core: TestCore, name: string): Promise<number> {
  return runAsSystem(core, 'test', async (ctx) => {
    const created = await createOrganisation(ctx, {
      name,
      country: 'NO',
      isCustomer: true,
      isSupplier: false,
    });
    return created.id;
  });
}

let references = 0;

/**
 * An agreements row written directly (the agreements register is another feature): only the columns
 * migration 009 guarantees and the breach clocks read.
 */
export async function agreement(
  core: TestCore,
  row: {
    organisationId: number;
    hours: number | null;
    status?: string;
    role?: 'controller' | 'processor';
    effectiveOn?: string | null;
    expiryOn?: string | null;
    reference?: string;
  },
): Promise<string> {
  references += 1;
  const reference = row.reference ?? `DPA-T${String(references).padStart(3, '0')}`;
  await core.db('agreements').insert({
    reference,
    title: `Data processing agreement ${reference}`,
    company_role: row.role ?? 'processor',
    organisation_id: row.organisationId,
    status: row.status ?? 'active',
    effective_on: row.effectiveOn === undefined ? '2025-01-01' : row.effectiveOn,
    expiry_on: row.expiryOn ?? null,
    breach_notice_hours: row.hours,
    created_at: '2025-01-01T00:00:00.000Z',
    updated_at: '2025-01-01T00:00:00.000Z',
  });
  return reference;
}

export async function recordBreach(
  office: BreachOffice,
  overrides: Partial<ChannelInput<'breaches.create'>> = {},
): Promise<number> {
  return (await expectOk(office.core, office.dpo, 'breaches.create', wrongRecipient(overrides))).id;
}

export async function signedInAgent(core: TestCore, username: string): Promise<Session> {
  return signedIn(core, ['agent'], username);
}

/**
 * Moves the office's clock as time passing while people keep working: the sessions stay unlocked
 * (the idle lock is tested elsewhere).
 */
export function moveTo(office: BreachOffice, at: string, ...others: Session[]): void {
  office.core.clock.set(at);
  for (const session of [office.dpo, office.admin, office.agent, ...others])
    session.lastActivityMs = new Date(at).getTime();
}
