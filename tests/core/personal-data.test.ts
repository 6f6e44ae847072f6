import { describe, expect, it } from 'vitest';
import { contract, type Channel } from '../../src/shared/contract';
import type { ApiResult } from '../../src/shared/errors';
import { validLooking } from './support/fuzz';
import { wrongRecipient } from './support/breaches';
import { expectOk, signedIn, testCore } from './support/core';

/**
 * Every read of personal data is in the audit log, as a property of the contract: a channel
 * declares `personalData`, and dispatch records a read for every successful call of such a channel
 * whose handler recorded none. This test walks every channel of the contract (channels added later
 * included) against an office that has a record with id 1 of each kind.
 */
async function officeWithOneOfEach() {
  const core = await testCore('2026-03-02T09:00:00.000Z');
  const everyone = await signedIn(core, ['admin', 'dpo', 'agent'], 'kari');
  await expectOk(core, everyone, 'inquiries.create', {
    channel: 'phone',
    receivedAt: '2026-03-02T08:30:00.000Z',
    onBehalfOfId: null,
    personName: 'Kari Nordmann',
    personPhone: '912 34 567',
    category: 'rights-request',
    summary: 'Wants a copy of her data',
  });
  await expectOk(core, everyone, 'organisations.create', {
    name: 'Fjord Kraft AS',
    country: 'NO',
    isCustomer: true,
    privacyContactName: 'Per Hansen',
  });
  await expectOk(core, everyone, 'cases.create', {
    personName: 'Ola Nordmann',
    personEmail: 'ola@example.no',
    types: ['access'],
    channel: 'email',
    capacity: 'controller',
    receivedDate: '2026-03-02',
  });
  await expectOk(core, everyone, 'breaches.create', wrongRecipient({ awareAt: '2026-03-02T08:00:00.000Z' }));
  await expectOk(core, everyone, 'attachments.add', {
    ownerType: 'case',
    ownerId: 1,
    fileName: 'request.txt',
    contentBase64: Buffer.from('Please send me my data.\n').toString('base64'),
  });
  return { core, everyone };
}

const entriesOf = async (core: Awaited<ReturnType<typeof testCore>>, channel: string) =>
  Number((await core.db('audit_log').where({ channel }).count({ n: '*' }).first())?.n ?? 0);

describe('reads of personal data, as a property of the contract', () => {
  it('are audited on every channel that declares them, and only there', { timeout: 120_000 }, async () => {
    const { core, everyone } = await officeWithOneOfEach();
    const answered: Channel[] = [];
    // Inputs the generator cannot guess (an owner type is one of a few words).
    const inputs: Partial<Record<Channel, unknown>> = {
      'attachments.list': { ownerType: 'case', ownerId: 1 },
    };
    const failures: string[] = [];
    for (const channel of Object.keys(contract) as Channel[]) {
      const spec = contract[channel];
      if (spec.kind !== 'query') continue;
      const before = await entriesOf(core, channel);
      const result = (await core.dispatch(
        channel,
        inputs[channel] ?? validLooking(spec.input, 1),
        everyone,
      )) as ApiResult<unknown>;
      if (!result.ok) continue;
      answered.push(channel);
      const written = (await entriesOf(core, channel)) - before;
      if (spec.personalData && written === 0) failures.push(`${channel}: read personal data unaudited`);
      if (!spec.personalData && written > 0)
        failures.push(`${channel}: declares no personal data but audits`);
    }
    expect(failures).toEqual([]);
    // The reads the issue found unaudited are declared, and were really called above.
    const named: Channel[] = [
      'inquiries.history',
      'breaches.history',
      'cases.findDuplicates',
      'audit.list',
      'organisations.get',
      'organisations.list',
      'users.list',
      'attachments.list',
      'dashboard.overview',
    ];
    for (const channel of named) {
      expect(contract[channel].personalData, channel).toBe(true);
      expect(answered, channel).toContain(channel);
    }
    // Most queries were answered; the rest refused the generated input (and read nothing).
    const queries = Object.values(contract).filter((spec) => spec.kind === 'query').length;
    expect(answered.length).toBeGreaterThan(queries * 0.8);
  });

  it('the generic entry names the record and what was asked', async () => {
    const { core, everyone } = await officeWithOneOfEach();
    await expectOk(core, everyone, 'organisations.get', { id: 1 });
    const entry = await core
      .db('audit_log')
      .where({ channel: 'organisations.get' })
      .orderBy('id', 'desc')
      .first();
    expect(entry).toMatchObject({ action: 'read', entity_type: 'organisation', entity_id: '1' });
  });

  it('commands that only read are still audited but tell no other desk that data changed', () => {
    const readOnly = (Object.keys(contract) as Channel[]).filter(
      (channel) => contract[channel].kind === 'command' && !contract[channel].changes,
    );
    expect(readOnly).toEqual(
      expect.arrayContaining([
        'inquiries.export',
        'cases.export',
        'breaches.export',
        'agreements.export',
        'processing.export',
        'dashboard.export',
        'reports.annual',
        'attachments.download',
        'attachments.open',
        'audit.verify',
      ]),
    );
    for (const channel of Object.keys(contract) as Channel[])
      if (contract[channel].kind === 'query') expect(contract[channel].changes, channel).toBe(false);
  });
});
