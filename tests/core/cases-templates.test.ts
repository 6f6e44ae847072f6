import { describe, expect, it } from 'vitest';
import { caseOffice, openCase } from './support/cases';
import { expectError, expectOk } from './support/core';

describe('verification checklist templates', () => {
  it('ship with defaults per channel, stricter for access and portability, none for stopping a processing', async () => {
    const office = await caseOffice();
    const templates = await expectOk(office.core, office.dpo, 'caseTemplates.list', {});
    expect(templates.map((template) => template.name)).toEqual([
      'Processor cases: the customer verifies',
      'Stopping a processing: no verification',
      'Phone: access or portability',
      'Phone: other requests',
      'E-mail or chat: access or portability',
      'E-mail or chat: other requests',
      'Letter: access or portability',
      'Letter: other requests',
      'In person: access or portability',
      'In person: other requests',
    ]);
    const byName = new Map(templates.map((template) => [template.name, template]));
    for (const channel of ['Phone', 'E-mail or chat', 'Letter', 'In person']) {
      const strict = byName.get(`${channel}: access or portability`)!;
      const other = byName.get(`${channel}: other requests`)!;
      expect(strict.items.length, channel).toBeGreaterThan(other.items.length);
      expect(strict.types).toEqual(['access', 'portability']);
    }
    expect(byName.get('Stopping a processing: no verification')).toMatchObject({
      verificationNeeded: false,
      types: ['marketing-objection', 'consent-withdrawal', 'marketing-opt-out'],
      items: [],
    });
    const inPerson = byName.get('In person: access or portability')!.items[0];
    expect(`${inPerson.label} ${inPerson.help}`).toContain('Never take or keep a copy');
    // Every channel and request type finds a checklist.
    for (const channel of ['phone', 'email', 'letter', 'in-person', 'chat'] as const) {
      for (const type of [
        'information',
        'access',
        'rectification',
        'erasure',
        'restriction',
        'portability',
        'objection',
      ] as const) {
        const id = await openCase(office, {
          channel,
          types: [type],
          personName: `${channel} ${type}`,
          personEmail: undefined,
          personPhone: undefined,
        });
        const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
        expect(detail.verification.items.length, `${channel} ${type}`).toBeGreaterThan(0);
      }
    }
  });

  it('are kept by admins: validated, created, edited, ordered and deactivated, with new cases following', async () => {
    const office = await caseOffice();
    const fields = {
      name: 'Phone: access by a known customer',
      channels: ['phone' as const],
      types: ['access' as const],
      verificationNeeded: true,
      items: [{ label: 'Customer number and date of birth match the CRM' }],
    };
    expect((await expectError(office.core, office.dpo, 'caseTemplates.create', fields)).code).toBe(
      'FORBIDDEN',
    );
    const empty = await expectError(office.core, office.admin, 'caseTemplates.create', {
      ...fields,
      items: [],
    });
    expect(empty.issues).toMatchObject([{ path: 'items', message: 'Add at least one checklist item' }]);
    const noReason = await expectError(office.core, office.admin, 'caseTemplates.create', {
      ...fields,
      verificationNeeded: false,
      items: [],
    });
    expect(noReason.issues).toMatchObject([
      { path: 'notNeededReason', message: 'Say why no verification is needed' },
    ]);

    const created = await expectOk(office.core, office.admin, 'caseTemplates.create', fields);
    expect(created.position).toBe(11);
    // Last in line, the phone/access default still wins.
    let id = await openCase(office);
    expect((await expectOk(office.core, office.dpo, 'cases.get', { id })).verification.templates).toEqual([
      'Phone: access or portability',
    ]);

    for (let step = 0; step < 8; step++)
      await expectOk(office.core, office.admin, 'caseTemplates.move', { id: created.id, direction: 'up' });
    const ordered = await expectOk(office.core, office.admin, 'caseTemplates.list', {});
    expect(ordered.findIndex((template) => template.id === created.id)).toBe(2);
    id = await openCase(office, { personName: 'Second', personEmail: undefined, personPhone: undefined });
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.verification.items.map((item) => item.label)).toEqual([
      'Customer number and date of birth match the CRM',
    ]);

    await expectOk(office.core, office.admin, 'caseTemplates.update', {
      id: created.id,
      changes: { ...fields, items: [{ label: 'Changed item', help: 'Changed help' }] },
    });
    // A running case keeps the checklist it was given.
    expect((await expectOk(office.core, office.dpo, 'cases.get', { id })).verification.items[0].label).toBe(
      'Customer number and date of birth match the CRM',
    );
    await expectOk(office.core, office.admin, 'caseTemplates.setActive', { id: created.id, active: false });
    expect(
      (
        await expectError(office.core, office.admin, 'caseTemplates.setActive', {
          id: created.id,
          active: false,
        })
      ).code,
    ).toBe('CONFLICT');
    id = await openCase(office, { personName: 'Third', personEmail: undefined, personPhone: undefined });
    expect((await expectOk(office.core, office.dpo, 'cases.get', { id })).verification.templates).toEqual([
      'Phone: access or portability',
    ]);
    expect(
      (await expectOk(office.core, office.dpo, 'caseTemplates.list', { includeInactive: false })).some(
        (t) => t.id === created.id,
      ),
    ).toBe(false);
    expect(
      (await expectError(office.core, office.admin, 'caseTemplates.update', { id: 999, changes: fields }))
        .code,
    ).toBe('NOT_FOUND');
    const audited = await office.core
      .db('audit_log')
      .where({ entity_type: 'verification-template' })
      .select('action');
    expect(audited.map((row) => row.action)).toEqual([
      'create',
      ...Array(8).fill('reorder'),
      'update',
      'deactivate',
    ]);
  });

  it('leave a request no active template fits needing verification, recorded by hand', async () => {
    const office = await caseOffice();
    const templates = await expectOk(office.core, office.admin, 'caseTemplates.list', {});
    for (const template of templates.filter((candidate) => candidate.channels.includes('letter')))
      await expectOk(office.core, office.admin, 'caseTemplates.setActive', {
        id: template.id,
        active: false,
      });
    const id = await openCase(office, { channel: 'letter' });
    const detail = await expectOk(office.core, office.dpo, 'cases.get', { id });
    expect(detail.verification).toMatchObject({ items: [], result: null, gate: { open: false } });
    await expectOk(office.core, office.dpo, 'cases.decideVerification', {
      id,
      result: 'verified',
      method: 'questions',
      reason: 'Address and customer number matched',
    });
  });
});
