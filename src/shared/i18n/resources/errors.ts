import { namespace } from '../translate';
import { caseErrorsEn, caseErrorsNb } from './errors-cases';
import { registerErrorsEn, registerErrorsNb } from './errors-register';
import { schemaErrorsEn, schemaErrorsNb } from './errors-schemas';
import { errorTermsEn, errorTermsNb } from './error-terms';
import { agreementStatus, outcome, requestType } from './labels';
import { letterChannel, letterChoice, templateKind } from './letters';

/**
 * The core's error messages and validation messages in both languages (docs/DEVELOPING.md,
 * "Languages and letters"). An error carries a key of this namespace and its parameters
 * (`AppError`, `ApiError.key`/`params`, `ValidationIssue.key`/`params`); dispatch writes the
 * message in the caller's language. The English texts are the messages as they always read:
 * tests and people look for them word for word.
 *
 * A message still thrown as an English sentence (or written into a zod schema) is matched
 * against these English texts (`matchErrorText`): a placeholder then matches any text, and a
 * parameter that is one of `errorTerms`' English words is put in the person's language too.
 */
export const errors = namespace(
  {
    // the titles ErrorAlert shows above a message, by error code
    FORBIDDEN: 'Not allowed',
    NOT_FOUND: 'Not found',
    CONFLICT: 'Conflict',
    RULE_VIOLATION: 'Not possible',
    INVALID_INPUT: 'Please check the form',
    DISK_FULL: 'The disk is full',
    READ_ONLY: 'Nothing can be saved here',
    DAMAGED: 'The database is damaged',
    BUSY: 'The database is busy',
    INTERNAL: 'Something went wrong',
    // dispatch and sessions
    unknownChannel: 'There is no operation {{name}}.',
    unknownChannelUnnamed: 'There is no operation without a name.',
    internal: 'Something went wrong and nothing was saved. The details are in the log; please try again.',
    sessionEnded:
      'Your session has ended: the password was changed or the account was locked. Sign in again.',
    sessionEndedShort: 'Your session has ended. Sign in again.',
    signInFirst: 'Please sign in to continue.',
    sessionLocked: 'The session is locked. Enter your password to continue.',
    needsRole: 'This needs the role of {{roles}}. Ask an administrator if you need access.',
    or: 'or',
    and: 'and',
    noNul: 'Text may not contain the NUL character (it cannot be stored).',
    fieldsNeedAttention: '{{count}} fields need attention: {{messages}}',
    // records
    notFound: '{{what}} was not found.',
    notFoundNumbered: '{{what}} {{id}} was not found.',
    caseClosed: 'Case {{number}} is closed; its record can no longer be changed.',
    breachClosed: 'Breach {{number}} is closed; its record can no longer be changed.',
    roleNotAllowed: 'Your role does not allow you to {{what}}.',
    notACustomer: '{{name}} is not registered as a customer',
    chooseActiveColleague: 'Choose an active colleague',
    chooseCustomerFromList: 'Choose a customer company from the list',
    chooseCustomersFromList: 'Choose the customers from the list',
    noLongerActive: '{{name}} is no longer active',
    chooseAssignee: 'Choose the agent the inquiry is assigned to',
    inquiryAlreadyClosed: '{{number}} is already closed.',
    inquiryNotClosed: '{{number}} is not closed.',
    inquiryAlreadyDeleted: '{{number}} is already deleted.',
    inquiryNotDeleted: '{{number}} is not deleted.',
    onlySignedInLogs: 'Only a signed-in user can log an inquiry.',
    exportTooManyInquiries: 'The filter matches more than {{limit}} inquiries; narrow it to export them.',
    exportTooManyBreaches: 'The filter matches more than {{limit}} breaches; narrow it to export them.',
    caseAlreadyOpened: 'A case was already opened from {{number}}.',
    notARightsRequest:
      '{{number}} is not a rights request; change its category first if the person asked to use a right.',
    noPersonName: '{{number}} has no name for the person; add it to the inquiry before opening a case.',
    alreadyLinkedToCase: '{{inquiry}} is already linked to case {{number}}.',
    datesUnchanged: 'The dates are unchanged.',
    alreadyReceivedDate: 'That is already the received date.',
    firstAdminExists: 'The first administrator has already been created. Sign in instead.',
    usernameTaken: 'The user name "{{username}}" is already taken. Choose another one.',
    onlyAdmin: 'This is the only active administrator. Make someone else an administrator first.',
    notOwnAccount: 'You cannot deactivate your own account.',
    accountLocked:
      'This account is locked after too many wrong passwords. Try again in {{minutes}} minutes, or ask an administrator to reset the password.',
    lockedNow: 'Too many wrong passwords: the account is locked for {{minutes}} minutes.',
    wrongPassword: 'Wrong user name or password.',
    wrongPasswordLeft_one: 'Wrong user name or password. {{count}} more wrong attempt locks the account.',
    wrongPasswordLeft_other: 'Wrong user name or password. {{count}} more wrong attempts lock the account.',
    orgNumberTaken: 'Organisation number {{orgNumber}} is already registered for {{name}}.',
    purgeRunning: 'A retention purge is already running; wait for it to finish.',
    yearNotBegun: '{{year}} has not begun yet: choose {{thisYear}} or earlier',
    fileEmpty: '"{{name}}" is empty.',
    fileAlreadyRemoved: '"{{name}}" was already removed.',
    legalHoldStanding:
      'This record is already under a legal hold, placed on {{date}} by {{by}}; lift that one before placing another.',
    legalHoldLifted: 'Legal hold {{id}} was already lifted.',
    fileNotRemoved: '"{{name}}" is not removed.',
    noBackupCalled: 'There is no backup called {{name}}.',
    // validation.ts and the schemas
    required: '{{label}} is required',
    tooLong: '{{label}} can be at most {{max}} characters',
    useIsoDate: 'Use a date in the form YYYY-MM-DD',
    useIsoDateTime: 'Use a date and time in ISO 8601 form',
    emailTooLong: 'The e-mail address can be at most 200 characters',
    validEmail: 'Enter a valid e-mail address',
    phoneTooLong: 'The phone number can be at most 40 characters',
    phoneCharacters: 'A phone number has digits, spaces and + - ( ) only',
    passwordRequired: 'Password is required',
    passwordTooShort: 'The password must be at least 10 characters',
    passwordTooLong: 'The password can be at most 200 characters',
    usernameRequired: 'User name is required',
    usernameTooShort: 'The user name must be at least 2 characters',
    usernameTooLong: 'The user name can be at most 64 characters',
    usernameCharacters: 'Use only letters a-z, digits, dot, dash and underscore in the user name',
    enterPassword: 'Enter your password',
    enterUsername: 'Enter your user name',
    chooseLanguage: 'Choose nb (bokmål) or en (English)',
    searchTooLong: 'A search can be at most 200 characters',
    // zod's own messages, by issue code (bokmål only: English keeps zod's words)
    zodInvalidType: 'Expected {{expected}}',
    zodRequired: 'A value is required',
    zodTooSmallString: 'Must be at least {{minimum}} characters',
    zodTooBigString: 'Must be at most {{maximum}} characters',
    zodTooSmallNumber: 'Must be at least {{minimum}}',
    zodTooBigNumber: 'Must be at most {{maximum}}',
    zodTooSmallArray: 'Choose at least {{minimum}}',
    zodTooBigArray: 'Choose at most {{maximum}}',
    zodInvalidValue: 'Choose one of the values offered',
    zodInvalidFormat: 'Not in the expected form',
    zodUnknownKeys: 'Unknown field: {{keys}}',
    zodNotInteger: 'Must be a whole number',
    ...schemaErrorsEn,
    ...caseErrorsEn,
    ...registerErrorsEn,
  },
  {
    FORBIDDEN: 'Ikke tillatt',
    NOT_FOUND: 'Ikke funnet',
    CONFLICT: 'Konflikt',
    RULE_VIOLATION: 'Ikke mulig',
    INVALID_INPUT: 'Kontroller skjemaet',
    DISK_FULL: 'Disken er full',
    READ_ONLY: 'Ingenting kan lagres her',
    DAMAGED: 'Databasen er skadet',
    BUSY: 'Databasen er opptatt',
    INTERNAL: 'Noe gikk galt',
    unknownChannel: 'Det finnes ingen operasjon {{name}}.',
    unknownChannelUnnamed: 'Det finnes ingen operasjon uten navn.',
    internal: 'Noe gikk galt, og ingenting ble lagret. Detaljene står i loggen; prøv igjen.',
    sessionEnded: 'Økten er avsluttet: passordet ble endret eller kontoen ble låst. Logg inn igjen.',
    sessionEndedShort: 'Økten er avsluttet. Logg inn igjen.',
    signInFirst: 'Logg inn for å fortsette.',
    sessionLocked: 'Økten er låst. Skriv inn passordet ditt for å fortsette.',
    needsRole: 'Dette krever rollen {{roles}}. Spør en administrator om du trenger tilgang.',
    or: 'eller',
    and: 'og',
    noNul: 'Teksten kan ikke inneholde NUL-tegnet (det kan ikke lagres).',
    fieldsNeedAttention: '{{count}} felt må rettes: {{messages}}',
    notFound: '{{what}} ble ikke funnet.',
    notFoundNumbered: '{{what}} {{id}} ble ikke funnet.',
    caseClosed: 'Sak {{number}} er avsluttet; den kan ikke lenger endres.',
    breachClosed: 'Avvik {{number}} er avsluttet; det kan ikke lenger endres.',
    roleNotAllowed: 'Rollen din tillater deg ikke å {{what}}.',
    notACustomer: '{{name}} er ikke registrert som kunde',
    chooseActiveColleague: 'Velg en aktiv kollega',
    chooseCustomerFromList: 'Velg en kundebedrift fra listen',
    chooseCustomersFromList: 'Velg kundene fra listen',
    noLongerActive: '{{name}} er ikke lenger aktiv',
    chooseAssignee: 'Velg agenten henvendelsen er tildelt',
    inquiryAlreadyClosed: '{{number}} er allerede avsluttet.',
    inquiryNotClosed: '{{number}} er ikke avsluttet.',
    inquiryAlreadyDeleted: '{{number}} er allerede slettet.',
    inquiryNotDeleted: '{{number}} er ikke slettet.',
    onlySignedInLogs: 'Bare en innlogget bruker kan registrere en henvendelse.',
    exportTooManyInquiries:
      'Filteret treffer mer enn {{limit}} henvendelser; snevre det inn for å eksportere dem.',
    exportTooManyBreaches: 'Filteret treffer mer enn {{limit}} avvik; snevre det inn for å eksportere dem.',
    caseAlreadyOpened: 'Det er allerede opprettet en sak fra {{number}}.',
    notARightsRequest:
      '{{number}} er ikke en henvendelse om rettigheter; endre kategorien først hvis personen ba om å bruke en rettighet.',
    noPersonName: '{{number}} mangler personens navn; legg det til på henvendelsen før du oppretter en sak.',
    alreadyLinkedToCase: '{{inquiry}} er allerede knyttet til sak {{number}}.',
    datesUnchanged: 'Datoene er uendret.',
    alreadyReceivedDate: 'Det er allerede mottaksdatoen.',
    firstAdminExists: 'Den første administratoren er allerede opprettet. Logg inn i stedet.',
    usernameTaken: 'Brukernavnet «{{username}}» er allerede i bruk. Velg et annet.',
    onlyAdmin: 'Dette er den eneste aktive administratoren. Gjør noen andre til administrator først.',
    notOwnAccount: 'Du kan ikke deaktivere din egen konto.',
    accountLocked:
      'Kontoen er låst etter for mange feil passord. Prøv igjen om {{minutes}} minutter, eller be en administrator om å tilbakestille passordet.',
    lockedNow: 'For mange feil passord: kontoen er låst i {{minutes}} minutter.',
    wrongPassword: 'Feil brukernavn eller passord.',
    wrongPasswordLeft_one:
      'Feil brukernavn eller passord. {{count}} forsøk til med feil passord låser kontoen.',
    wrongPasswordLeft_other:
      'Feil brukernavn eller passord. {{count}} forsøk til med feil passord låser kontoen.',
    orgNumberTaken: 'Organisasjonsnummer {{orgNumber}} er allerede registrert på {{name}}.',
    purgeRunning: 'En sletting etter lagringstiden pågår allerede; vent til den er ferdig.',
    yearNotBegun: '{{year}} har ikke begynt ennå: velg {{thisYear}} eller tidligere',
    fileEmpty: '«{{name}}» er tom.',
    fileAlreadyRemoved: '«{{name}}» er allerede fjernet.',
    legalHoldStanding:
      'Posten er allerede under rettslig tilbakehold, lagt {{date}} av {{by}}; opphev det før du legger et nytt.',
    legalHoldLifted: 'Rettslig tilbakehold {{id}} er allerede opphevet.',
    fileNotRemoved: '«{{name}}» er ikke fjernet.',
    noBackupCalled: 'Det finnes ingen sikkerhetskopi som heter {{name}}.',
    required: '{{label}} må fylles ut',
    tooLong: '{{label}} kan være høyst {{max}} tegn',
    useIsoDate: 'Skriv datoen som ÅÅÅÅ-MM-DD',
    useIsoDateTime: 'Skriv dato og klokkeslett på ISO 8601-form',
    emailTooLong: 'E-postadressen kan være høyst 200 tegn',
    validEmail: 'Skriv en gyldig e-postadresse',
    phoneTooLong: 'Telefonnummeret kan være høyst 40 tegn',
    phoneCharacters: 'Et telefonnummer har bare sifre, mellomrom og + - ( )',
    passwordRequired: 'Passord må fylles ut',
    passwordTooShort: 'Passordet må ha minst 10 tegn',
    passwordTooLong: 'Passordet kan være høyst 200 tegn',
    usernameRequired: 'Brukernavn må fylles ut',
    usernameTooShort: 'Brukernavnet må ha minst 2 tegn',
    usernameTooLong: 'Brukernavnet kan være høyst 64 tegn',
    usernameCharacters: 'Bruk bare bokstavene a-z, sifre, punktum, bindestrek og understrek i brukernavnet',
    enterPassword: 'Skriv inn passordet ditt',
    enterUsername: 'Skriv inn brukernavnet ditt',
    chooseLanguage: 'Velg nb (bokmål) eller en (engelsk)',
    searchTooLong: 'Et søk kan være høyst 200 tegn',
    zodInvalidType: 'Forventet {{expected}}',
    zodRequired: 'En verdi må fylles ut',
    zodTooSmallString: 'Må ha minst {{minimum}} tegn',
    zodTooBigString: 'Kan ha høyst {{maximum}} tegn',
    zodTooSmallNumber: 'Må være minst {{minimum}}',
    zodTooBigNumber: 'Kan være høyst {{maximum}}',
    zodTooSmallArray: 'Velg minst {{minimum}}',
    zodTooBigArray: 'Velg høyst {{maximum}}',
    zodInvalidValue: 'Velg en av verdiene som tilbys',
    zodInvalidFormat: 'Ikke på forventet form',
    zodUnknownKeys: 'Ukjent felt: {{keys}}',
    zodNotInteger: 'Må være et heltall',
    ...schemaErrorsNb,
    ...caseErrorsNb,
    ...registerErrorsNb,
  },
);

export type ErrorKey = keyof typeof errors.en;

const labelled = [requestType, outcome, agreementStatus, letterChoice, letterChannel, templateKind];

/**
 * The labels of the vocabularies messages name ("Access", "the reply", "draft"), as written and
 * lower-cased, keyed by their English form: `{ 'Reply': 'Svar', 'reply': 'svar', … }`.
 */
function labelTerms(language: 'en' | 'nb'): Record<string, string> {
  const terms: Record<string, string> = {};
  for (const vocabulary of labelled) {
    const en = vocabulary.en as Readonly<Record<string, string>>;
    const local = vocabulary[language] as Readonly<Record<string, string>>;
    for (const [value, label] of Object.entries(en)) {
      terms[label] = local[value]!;
      terms[label.toLowerCase()] = local[value]!.toLowerCase();
    }
  }
  return terms;
}

/**
 * Words that stand inside error messages as parameters (record types, field labels, roles,
 * statuses, the labels of request types, outcomes and letters): keyed by their English form, so a
 * message's parameter is put in the person's language (`error-terms.ts`).
 */
export const errorTerms = namespace(
  { ...labelTerms('en'), ...errorTermsEn },
  { ...labelTerms('nb'), ...errorTermsNb },
);
