import { describe, expect, it } from 'vitest';
import { errorMessage, matchErrorText } from '../../src/shared/i18n/errors';
import { errors } from '../../src/shared/i18n/resources/errors';
import { placeholdersOf } from '../../src/shared/i18n/translate';
import { expectError, expectOk, signedIn, testCore } from './support/core';

describe('the errors namespace', () => {
  it('has every key in both languages with the same placeholders, and finds each English text again', () => {
    const en = errors.en as Record<string, string>;
    const nb = errors.nb as Record<string, string>;
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholdersOf(nb[key]!), key).toEqual(placeholdersOf(en[key]!));
      expect(nb[key]!.trim(), key).not.toBe('');
      if (key.startsWith('zod') || key === 'or' || /^[A-Z_]+$/.test(key)) continue;
      // Written with made-up parameters, an English text is matched back to its own key.
      const base = key.replace(/_(one|other)$/, '') as never;
      const params = Object.fromEntries(
        placeholdersOf(en[key]!).map((name) => [name, name === 'count' ? 7 : `«${name}»`]),
      );
      const english = errorMessage('en', { key: base, params });
      const found = matchErrorText(english);
      expect(found?.key, `${key}: ${english}`).toBe(base);
      expect(errorMessage('en', found!), key).toBe(english);
    }
  });

  it('puts a known word inside a message in the language too', () => {
    expect(errorMessage('nb', { key: 'notFoundNumbered', params: { what: 'Case', id: 12 } })).toBe(
      'Sak 12 ble ikke funnet.',
    );
    expect(errorMessage('nb', { key: 'required', params: { label: 'Full name' } })).toBe(
      'Fullt navn må fylles ut',
    );
    expect(matchErrorText('Something nobody wrote down.')).toBeNull();
  });
});

describe('errors in the caller’s language', () => {
  it('gives a bokmål user NOT_FOUND, RULE_VIOLATION and field issues in bokmål, an English user in English', async () => {
    const core = await testCore();
    const norwegian = await signedIn(core, ['admin', 'dpo'], 'kari');
    await expectOk(core, norwegian, 'auth.setLanguage', { language: 'nb' });
    const english = await signedIn(core, ['admin', 'dpo'], 'john');
    await expectOk(core, english, 'auth.setLanguage', { language: 'en' });

    const missingNb = await expectError(core, norwegian, 'cases.get', { id: 999 });
    expect(missingNb).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Sak 999 ble ikke funnet.',
      key: 'notFoundNumbered',
      params: { what: 'Case', id: 999 },
    });
    const missingEn = await expectError(core, english, 'cases.get', { id: 999 });
    expect(missingEn).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Case 999 was not found.',
      key: 'notFoundNumbered',
    });

    const me = (await expectOk(core, norwegian, 'auth.status', {})).user!.id;
    const ownNb = await expectError(core, norwegian, 'users.setActive', { id: me, active: false });
    expect(ownNb).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'Du kan ikke deaktivere din egen konto.',
      key: 'notOwnAccount',
    });
    const johnId = (await expectOk(core, english, 'auth.status', {})).user!.id;
    const ownEn = await expectError(core, english, 'users.setActive', { id: johnId, active: false });
    expect(ownEn.message).toBe('You cannot deactivate your own account.');

    const input = { username: 'x', displayName: ' ', roles: ['agent'], password: 'short' };
    const fieldsNb = await expectError(core, norwegian, 'users.create', input);
    expect(fieldsNb.code).toBe('INVALID_INPUT');
    expect(fieldsNb.issues).toMatchObject([
      { path: 'username', message: 'Brukernavnet må ha minst 2 tegn', key: 'usernameTooShort' },
      {
        path: 'displayName',
        message: 'Fullt navn må fylles ut',
        key: 'required',
        params: { label: 'Full name' },
      },
      { path: 'password', message: 'Passordet må ha minst 10 tegn', key: 'passwordTooShort' },
    ]);
    expect(fieldsNb.message).toBe(
      '3 felt må rettes: Brukernavnet må ha minst 2 tegn; Fullt navn må fylles ut; Passordet må ha minst 10 tegn',
    );
    const fieldsEn = await expectError(core, english, 'users.create', input);
    expect(fieldsEn.issues?.map((issue) => issue.message)).toEqual([
      'The user name must be at least 2 characters',
      'Full name is required',
      'The password must be at least 10 characters',
    ]);
    expect(fieldsEn.message).toBe(
      '3 fields need attention: The user name must be at least 2 characters; Full name is required; The password must be at least 10 characters',
    );

    // zod's own words (a wrong type, an unknown field) in bokmål; in English zod's as they were.
    const typeNb = await expectError(core, norwegian, 'users.setActive', {
      id: 'one',
      active: false,
      extra: 1,
    });
    expect(typeNb.issues?.map((issue) => issue.message)).toEqual(['Forventet et tall', 'Ukjent felt: extra']);
    const typeEn = await expectError(core, english, 'users.setActive', { id: 'one', active: false });
    expect(typeEn.issues?.[0]?.message).toBe('Invalid input: expected number, received string');

    const field = await expectError(core, norwegian, 'users.create', {
      username: 'kari',
      displayName: 'Kari',
      roles: ['agent'],
      password: 'a long enough password',
    });
    expect(field).toMatchObject({
      code: 'CONFLICT',
      message: 'Brukernavnet «kari» er allerede i bruk. Velg et annet.',
    });
  });

  it('follows the desk’s language for no one signed in and for a person who has not chosen', async () => {
    const core = await testCore();
    const agent = await signedIn(core, ['agent'], 'ola');
    const refusedEn = await expectError(core, agent, 'users.list', {});
    expect(refusedEn.message).toBe(
      'This needs the role of administrator. Ask an administrator if you need access.',
    );
    await expectOk(core, agent, 'auth.deskLanguage', { language: 'nb' });
    const refusedNb = await expectError(core, agent, 'cases.get', { id: 1 });
    expect(refusedNb).toMatchObject({
      code: 'FORBIDDEN',
      message:
        'Dette krever rollen personvernombud eller administrator. Spør en administrator om du trenger tilgang.',
      key: 'needsRole',
      params: { roles: ['data protection officer', 'administrator'] },
    });

    const desk = core.newSession();
    expect((await expectError(core, desk, 'cases.list', {})).message).toBe('Please sign in to continue.');
    await expectOk(core, desk, 'auth.deskLanguage', { language: 'nb' });
    expect((await expectError(core, desk, 'cases.list', {})).message).toBe('Logg inn for å fortsette.');
    const wrong = await expectError(core, desk, 'auth.signIn', {
      username: 'ola',
      password: 'not it at all',
    });
    expect(wrong).toMatchObject({ code: 'INVALID_CREDENTIALS', message: 'Feil brukernavn eller passord.' });
    expect((await expectError(core, desk, 'no.such' as never, {})).message).toBe(
      'Det finnes ingen operasjon "no.such".',
    );
    expect(
      (await expectError(core, desk, 'auth.deskLanguage', { language: 'sv' })).issues?.[0]?.message,
    ).toBe('Velg nb (bokmål) eller en (engelsk)');
  });
});
