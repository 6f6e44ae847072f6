import type { ChannelInput } from '../../../src/shared/contract';
import type { Session } from '../../../src/main/core/session';
import { expectOk, signedIn, type TestCore, testCore, testPassword } from './core';

/** A person asking by phone for access: the everyday case. */
export function accessByPhone(
  overrides: Partial<ChannelInput<'cases.create'>> = {},
): ChannelInput<'cases.create'> {
  return {
    personName: 'Kari Nordmann',
    personEmail: 'kari@example.no',
    personPhone: '+47 912 34 567',
    types: ['access'],
    channel: 'phone',
    capacity: 'controller',
    receivedDate: '2026-03-02',
    ...overrides,
  };
}

/** The editable details of a case (what `cases.update` takes). */
export function details(
  overrides: Partial<ChannelInput<'cases.update'>['changes']> = {},
): ChannelInput<'cases.update'>['changes'] {
  const { receivedDate: _received, handlerId: _handler, ...rest } = accessByPhone();
  return { ...rest, ...overrides };
}

export interface CaseOffice {
  core: TestCore;
  dpo: Session;
  admin: Session;
  agent: Session;
}

/** A core with a DPO, an administrator and an agent signed in, on 2 March 2026 at 10:00 in Oslo. */
export async function caseOffice(start = '2026-03-02T09:00:00.000Z'): Promise<CaseOffice> {
  const core = await testCore(start);
  return {
    core,
    dpo: await signedIn(core, ['dpo'], 'dina'),
    admin: await signedIn(core, ['admin'], 'kari'),
    agent: await signedIn(core, ['agent'], 'ola'),
  };
}

export async function openCase(
  office: CaseOffice,
  overrides: Partial<ChannelInput<'cases.create'>> = {},
): Promise<number> {
  return (await expectOk(office.core, office.dpo, 'cases.create', accessByPhone(overrides))).id;
}

/** Ticks every verification item and records the identity as verified by callback. */
export async function verify(office: CaseOffice, id: number): Promise<void> {
  const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
  for (const item of detail.verification.items.filter((candidate) => !candidate.tickedAt))
    await expectOk(office.core, office.dpo, 'cases.tickVerificationItem', {
      id,
      itemId: item.id,
      ticked: true,
    });
  await expectOk(office.core, office.dpo, 'cases.decideVerification', {
    id,
    result: 'verified',
    method: 'callback',
    reason: 'Called back on the number on file; customer number and address matched.',
  });
}

/** Ticks every open task (the gate permitting). */
export async function finishTasks(office: CaseOffice, id: number): Promise<void> {
  const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
  for (const task of detail.tasks.filter((candidate) => candidate.state === 'open'))
    await expectOk(office.core, office.dpo, 'cases.setTaskState', { id, taskId: task.id, state: 'done' });
}

/** Moves the office's clock on by whole days; the staff unlock their idle-locked sessions. */
export async function passDays(office: CaseOffice, days: number): Promise<void> {
  office.core.clock.advance(days * 86_400_000);
  for (const session of [office.dpo, office.admin, office.agent])
    await expectOk(office.core, session, 'auth.unlock', { password: testPassword });
}

/** Verifies, finishes the tasks and closes a case as granted with a reply of that date. */
export async function grant(
  office: CaseOffice,
  id: number,
  replyDate: string,
  options: { replyChannel?: 'email' | 'letter'; lateReason?: string } = {},
): Promise<void> {
  await verify(office, id);
  await finishTasks(office, id);
  await expectOk(office.core, office.dpo, 'cases.close', {
    id,
    outcome: 'granted',
    disclosesPersonalData: true,
    replyDate,
    replyChannel: options.replyChannel ?? 'email',
    lateReason: options.lateReason,
  });
}

/** Closes a case the person withdrew (no reply needed). */
export async function withdraw(office: CaseOffice, id: number): Promise<void> {
  await expectOk(office.core, office.dpo, 'cases.close', {
    id,
    outcome: 'withdrawn',
    disclosesPersonalData: false,
    replyDate: null,
    replyChannel: null,
  });
}
