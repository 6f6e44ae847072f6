import { describe, expect, it } from 'vitest';
import {
  formatOrgNumber,
  isValidNorwegianOrgNumber,
  normaliseOrgNumber,
} from '../../src/shared/organisations/org-number';
import { countryName, transferStatus } from '../../src/shared/countries';
import { expectError, expectOk, signedIn, testCore } from './support/core';

describe('Norwegian organisation numbers', () => {
  it('accept numbers with a correct modulus-11 check digit', () => {
    for (const valid of ['928179575', '928 179 575', '974760673', '923609016', '985615616']) {
      expect(isValidNorwegianOrgNumber(valid), valid).toBe(true);
    }
  });

  it('refuse a wrong check digit, a wrong length, letters, and remainders needing check digit 10', () => {
    for (const invalid of ['928179576', '92817957', '9281795750', '92817957A', '', '123456789']) {
      expect(isValidNorwegianOrgNumber(invalid), invalid).toBe(false);
    }
    // 9*3+1*2+0*7+0*6+0*5+0*4+0*3+0*2 = 29, 29 % 11 = 7, 11 - 7 = 4: only 910000004 is valid here.
    expect(isValidNorwegianOrgNumber('910000004')).toBe(true);
    // 3+2+7+6+5+4+3+2 = 32 for 11111111x: 32 % 11 = 10, check digit 1.
    expect(isValidNorwegianOrgNumber('111111111')).toBe(true);
    // 8*3 = 24 for 80000000x: 24 % 11 = 2, check digit 9.
    expect(isValidNorwegianOrgNumber('800000009')).toBe(true);
    // 4*3 = 12 for 40000000x: 12 % 11 = 1 would need check digit 10, so no such number exists.
    for (let check = 0; check <= 9; check++)
      expect(isValidNorwegianOrgNumber(`40000000${check}`)).toBe(false);
  });

  it('normalise and format', () => {
    expect(normaliseOrgNumber('928 179.575')).toBe('928179575');
    expect(formatOrgNumber('928179575')).toBe('928 179 575');
  });
});

describe('countries and transfers', () => {
  it('know the EEA, full and partial adequacy, and third countries', () => {
    expect(transferStatus('NO')).toBe('eea');
    expect(transferStatus('SE')).toBe('eea');
    expect(transferStatus('IS')).toBe('eea');
    expect(transferStatus('GB')).toBe('adequate');
    expect(transferStatus('JP')).toBe('adequate');
    expect(transferStatus('US')).toBe('partially-adequate');
    expect(transferStatus('IN')).toBe('third-country');
    expect(countryName('NO')).toBe('Norway');
  });
});

describe('organisations', () => {
  const weAssistCustomer = {
    name: 'Fjord Regnskap AS',
    orgNumber: '928 179 575',
    country: 'NO' as const,
    isCustomer: true,
    privacyContactEmail: 'personvern@fjord.example',
  };

  it('are created with a normalised organisation number and audited', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin']);
    const created = await expectOk(core, admin, 'organisations.create', weAssistCustomer);
    expect(created).toMatchObject({
      name: 'Fjord Regnskap AS',
      orgNumber: '928179575',
      isCustomer: true,
      isSupplier: false,
      active: true,
    });
    const audit = await expectOk(core, admin, 'audit.list', { entityType: 'organisation' });
    expect(audit.rows[0]).toMatchObject({ action: 'create', entityId: String(created.id) });
  });

  it('refuse a bad Norwegian number but accept free text for a foreign one', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin']);
    const error = await expectError(core, admin, 'organisations.create', {
      ...weAssistCustomer,
      orgNumber: '928179576',
    });
    expect(error.issues).toMatchObject([
      {
        path: 'orgNumber',
        message: 'This is not a valid Norwegian organisation number (9 digits with a correct check digit)',
      },
    ]);
    const foreign = await expectOk(core, admin, 'organisations.create', {
      name: 'Cloud Inc.',
      orgNumber: 'EIN 12-3456789',
      country: 'US',
      isSupplier: true,
    });
    expect(foreign.orgNumber).toBe('EIN 12-3456789');
  });

  it('must be a customer, a supplier or both, with a valid e-mail and a known country', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin']);
    const error = await expectError(core, admin, 'organisations.create', {
      name: 'Nobody',
      country: 'XX',
      privacyContactEmail: 'not-an-email',
    });
    expect(error.issues?.map((issue) => issue.path).sort()).toEqual(['country', 'privacyContactEmail']);
    const neither = await expectError(core, admin, 'organisations.create', { name: 'Nobody' });
    expect(neither.issues).toMatchObject([
      { path: 'isCustomer', message: 'Mark it as a customer, a supplier or both' },
    ]);
  });

  it('refuse a second organisation with the same number', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin']);
    await expectOk(core, admin, 'organisations.create', weAssistCustomer);
    const error = await expectError(core, admin, 'organisations.create', {
      ...weAssistCustomer,
      name: 'Copy AS',
    });
    expect(error).toMatchObject({
      code: 'CONFLICT',
      message: 'Organisation number 928179575 is already registered for Fjord Regnskap AS.',
    });
  });

  it('are listed by kind, deactivated instead of deleted, and edited only by admins', async () => {
    const core = await testCore();
    const admin = await signedIn(core, ['admin']);
    const agent = await signedIn(core, ['agent']);
    const customer = await expectOk(core, admin, 'organisations.create', weAssistCustomer);
    await expectOk(core, admin, 'organisations.create', {
      name: 'Both AS',
      isCustomer: true,
      isSupplier: true,
    });
    await expectOk(core, admin, 'organisations.create', { name: 'Supplier AS', isSupplier: true });
    expect(
      (await expectOk(core, agent, 'organisations.list', { kind: 'customer' })).map((o) => o.name),
    ).toEqual(['Both AS', 'Fjord Regnskap AS']);
    expect(
      (await expectOk(core, agent, 'organisations.list', { kind: 'supplier' })).map((o) => o.name),
    ).toEqual(['Both AS', 'Supplier AS']);
    expect((await expectError(core, agent, 'organisations.create', weAssistCustomer)).code).toBe('FORBIDDEN');
    await expectOk(core, admin, 'organisations.setActive', { id: customer.id, active: false });
    expect((await expectOk(core, agent, 'organisations.list', {})).map((o) => o.name)).not.toContain(
      'Fjord Regnskap AS',
    );
    expect((await expectOk(core, agent, 'organisations.list', { includeInactive: true })).length).toBe(3);
    const updated = await expectOk(core, admin, 'organisations.update', {
      id: customer.id,
      changes: { ...weAssistCustomer, name: 'Fjord Regnskap og Lønn AS' },
    });
    expect(updated.name).toBe('Fjord Regnskap og Lønn AS');
    expect((await expectError(core, admin, 'organisations.get', { id: 999 })).code).toBe('NOT_FOUND');
  });
});
