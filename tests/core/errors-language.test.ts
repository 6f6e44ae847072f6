import { describe, expect, it } from 'vitest';
import { errorMessage, matchErrorText } from '../../src/shared/i18n/errors';
import { errors, errorTerms } from '../../src/shared/i18n/resources/errors';
import { placeholdersOf } from '../../src/shared/i18n/translate';
import { accessByPhone, caseOffice, openCase } from './support/cases';
import { expectError, expectOk, signedIn, testCore } from './support/core';
import { coreMessages, type FoundMessage } from './support/error-sources';

/**
 * The messages whose text is not written where they are used, each with where it is checked
 * instead (by file and source text, so moving a line keeps it listed).
 */
const notWrittenOut: Readonly<Record<string, string>> = {
  "src/main/core/core.ts: faultMessage('damaged', place())": "faultMessage's sentences, checked in faults.ts",
  "src/main/core/dispatch.ts: faultMessage('damaged', placeOf(env))":
    "faultMessage's sentences, checked in faults.ts",
  'src/main/core/faults.ts: faultMessage(kind, place)': "faultMessage's sentences, checked in faults.ts",
  'src/main/core/cases/due-date.ts: refusal': "extensionRefusal's sentences, checked in deadlines/engine.ts",
  'src/main/core/agreements/support.ts: message': 'a summary of its issues, rebuilt from them (localError)',
  'src/main/core/cases/support.ts: message': 'a summary of its issues, rebuilt from them (localError)',
  'src/main/core/letters/templates.ts: issues.length === 1':
    'a summary of its issues, rebuilt from them (localError)',
  'src/main/core/erasure/holds.ts: recordNames[recordType]':
    "a record type capitalised ('Inquiry', 'Case', …): errorTerms",
  'src/main/core/people/report.ts: translator(accessReport':
    "written in the caller's language already (the accessReport namespace)",
  'src/shared/breaches/contract.ts: label': "the contract's reason(label): each caller's label is checked",
  'src/shared/cases/contract.ts: label': "the contract's reason(label): each caller's label is checked",
  'src/shared/inquiries/contract.ts: label': "the contract's reason(label): each caller's label is checked",
};

const hole = /⟨\d+⟩/g;

/** What is wrong with a message the core can send, or null when a bokmål user reads it in bokmål. */
function problemOf(found: FoundMessage, text: string): string | null {
  const terms = errorTerms.en as Readonly<Record<string, string>>;
  const en = errors.en as Readonly<Record<string, string>>;
  if (found.kind === 'key')
    return Object.hasOwn(en, text) || Object.hasOwn(en, `${text}_other`) ? null : 'no such key';
  if (found.kind === 'term') return Object.hasOwn(terms, text) ? null : 'not in errorTerms';
  const match = matchErrorText(text);
  if (!match) return 'not in the errors namespace';
  // Written text a placeholder swallowed must be a term (put in the language), a number, a merge
  // field or punctuation; anything else would reach a bokmål user in English.
  for (const [name, value] of Object.entries(match.params ?? {})) {
    const rest = String(value).replace(hole, '');
    const plain = /^[\s\p{P}\d]*$/u.test(rest) || /^\{\{\w+\}\}$/.test(rest) || Object.hasOwn(terms, rest);
    if (!plain) return `{{${name}}} of ${match.key} holds English: "${rest}"`;
  }
  return null;
}

describe('the errors namespace', () => {
  it('has every key in both languages with the same placeholders, and finds each English text again', () => {
    const en = errors.en as Record<string, string>;
    const nb = errors.nb as Record<string, string>;
    expect(Object.keys(nb).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(placeholdersOf(nb[key]!), key).toEqual(placeholdersOf(en[key]!));
      expect(nb[key]!.trim(), key).not.toBe('');
      if (key.startsWith('zod') || key === 'or' || key === 'and' || /^[A-Z_]+$/.test(key)) continue;
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

describe('every message the core can send', () => {
  const found = coreMessages();

  it('is found in the services and schemas', () => {
    // The scan itself works: the messages it must see are among those it found.
    const sources = found.map((message) => message.source);
    expect(found.length).toBeGreaterThan(500);
    expect(sources).toContain("'The case has no representative.'");
    expect(sources).toContain("'Choose at least one role'");
    expect(sources).toContain("'The name of the person'");
  });

  it('has its bokmål in the errors namespace', () => {
    const problems: string[] = [];
    const unlisted: string[] = [];
    for (const message of found) {
      if (message.texts.length === 0) {
        const listed = Object.keys(notWrittenOut).some((entry) => {
          const [file, start] = entry.split(': ');
          return message.where.startsWith(`${file}:`) && message.source.startsWith(start!);
        });
        if (!listed) unlisted.push(`${message.where}: ${message.source.slice(0, 80)}`);
        continue;
      }
      for (const text of message.texts) {
        const problem = problemOf(message, text);
        if (problem) problems.push(`${message.where}: ${problem}: ${text}`);
      }
    }
    expect(problems).toEqual([]);
    expect(unlisted).toEqual([]);
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

describe('the services’ and schemas’ own sentences', () => {
  it('reach a bokmål user in bokmål: field issues, rule violations and records inside a case', async () => {
    const office = await caseOffice();
    const { core, dpo } = office;
    await expectOk(core, dpo, 'auth.setLanguage', { language: 'nb' });

    const fields = await expectError(
      core,
      dpo,
      'cases.create',
      accessByPhone({ personName: ' ', types: [] }),
    );
    expect(fields.issues).toMatchObject([
      { path: 'personName', message: 'Personens navn må fylles ut', key: 'required' },
      { path: 'types', message: 'Velg minst én type henvendelse', key: 'chooseRequestType' },
    ]);

    const id = await openCase(office);
    const { number } = await expectOk(core, dpo, 'cases.get', { id });
    const rule = await expectError(core, dpo, 'cases.checkRepresentativeAuthority', {
      id,
      evidence: 'power-of-attorney',
    });
    expect(rule).toMatchObject({
      code: 'RULE_VIOLATION',
      message: 'Saken har ingen fullmektig.',
      key: 'noRepresentative',
    });
    const missing = await expectError(core, dpo, 'cases.tickVerificationItem', {
      id,
      itemId: 99_999,
      ticked: true,
    });
    expect(missing).toMatchObject({
      code: 'NOT_FOUND',
      message: `Sjekklistepunkt 99999 i sak ${number} ble ikke funnet.`,
      key: 'caseItemNotFound',
    });

    // The English stays word for word.
    await expectOk(core, dpo, 'auth.setLanguage', { language: 'en' });
    const english = await expectError(core, dpo, 'cases.checkRepresentativeAuthority', {
      id,
      evidence: 'power-of-attorney',
    });
    expect(english.message).toBe('The case has no representative.');
    const missingEn = await expectError(core, dpo, 'cases.tickVerificationItem', {
      id,
      itemId: 99_999,
      ticked: true,
    });
    expect(missingEn.message).toBe(`Checklist item 99999 of case ${number} was not found.`);
  });

  it('sums up several issues of a service in bokmål, and keeps the English summary as written', async () => {
    const office = await caseOffice();
    const { core, dpo } = office;
    const id = await openCase(office);
    const close = {
      id,
      outcome: 'refused',
      refusalGrounds: [],
      reasons: '',
    } as never;
    const english = await expectError(core, dpo, 'cases.close', close);
    await expectOk(core, dpo, 'auth.setLanguage', { language: 'nb' });
    const norwegian = await expectError(core, dpo, 'cases.close', close);
    expect(english.issues!.length).toBeGreaterThan(1);
    expect(norwegian.issues!.length).toBe(english.issues!.length);
    expect(norwegian.message).toMatch(/^\d+ felt må rettes: /);
    expect(norwegian.message).not.toContain(english.issues![0]!.message);
    expect(english.message).toMatch(/^\d+ fields need attention: /);
  });
});
