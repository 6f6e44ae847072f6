import type { AgreementStatus, ClauseKey, TransferBasis } from '../../agreements/rules';
import type {
  BreachCapacity,
  DataType,
  NotificationPhase,
  RiskLevel,
  SubjectCategory,
} from '../../breaches/rules';
import type { CaseChannel, Outcome, RequestType } from '../../cases/rules';
import type { InquiryCategory, InquiryChannel } from '../../inquiries/rules';
import type { Role } from '../../roles';
import type { Namespace } from '../translate';

/**
 * The app's vocabularies in both languages, keyed by their stored values: one namespace each, as
 * i18next loads them (`t('outcome:refused')`). `Record<Value, string>` makes the compiler refuse a
 * value without its label in either language.
 */
export function vocabulary<K extends string>(en: Record<K, string>, nb: Record<K, string>): Namespace<K> {
  return { en, nb };
}

export const requestType = vocabulary<RequestType>(
  {
    information: 'Information',
    access: 'Access',
    rectification: 'Rectification',
    erasure: 'Erasure',
    restriction: 'Restriction',
    portability: 'Portability',
    objection: 'Objection (Art. 21(1))',
    'marketing-objection': 'Objection to direct marketing',
    'consent-withdrawal': 'Consent withdrawal',
    'marketing-opt-out': 'Marketing opt-out',
  },
  {
    information: 'Informasjon',
    access: 'Innsyn',
    rectification: 'Retting',
    erasure: 'Sletting',
    restriction: 'Begrensning',
    portability: 'Dataportabilitet',
    objection: 'Protest (art. 21 nr. 1)',
    'marketing-objection': 'Protest mot direkte markedsføring',
    'consent-withdrawal': 'Tilbaketrekking av samtykke',
    'marketing-opt-out': 'Reservasjon mot markedsføring',
  },
);

/** What a request concerns, as a letter says it: "Your request concerns access and erasure." */
export const requestTypeNoun = vocabulary<RequestType>(
  {
    information: 'information about how we process personal data',
    access: 'access',
    rectification: 'rectification',
    erasure: 'erasure',
    restriction: 'restriction of the processing',
    portability: 'data portability',
    objection: 'an objection to the processing (Art. 21(1))',
    'marketing-objection': 'an objection to direct marketing',
    'consent-withdrawal': 'the withdrawal of consent',
    'marketing-opt-out': 'no more marketing',
  },
  {
    information: 'informasjon om hvordan personopplysninger behandles',
    access: 'innsyn',
    rectification: 'retting',
    erasure: 'sletting',
    restriction: 'begrensning av behandlingen',
    portability: 'dataportabilitet',
    objection: 'protest mot behandlingen (art. 21 nr. 1)',
    'marketing-objection': 'protest mot direkte markedsføring',
    'consent-withdrawal': 'tilbaketrekking av samtykke',
    'marketing-opt-out': 'reservasjon mot markedsføring',
  },
);

export const outcome = vocabulary<Outcome>(
  {
    granted: 'Granted in full',
    'partly-granted': 'Granted in part',
    refused: 'Refused',
    withdrawn: 'Withdrawn by the person',
    'no-data': 'No data held',
  },
  {
    granted: 'Innvilget',
    'partly-granted': 'Delvis innvilget',
    refused: 'Avslått',
    withdrawn: 'Trukket tilbake av personen',
    'no-data': 'Ingen opplysninger registrert',
  },
);

export const caseChannel = vocabulary<CaseChannel>(
  { phone: 'Phone', email: 'E-mail', letter: 'Letter', 'in-person': 'In person', chat: 'Chat' },
  { phone: 'Telefon', email: 'E-post', letter: 'Brev', 'in-person': 'Personlig oppmøte', chat: 'Chat' },
);

export const inquiryChannel = vocabulary<InquiryChannel>(
  {
    phone: 'Phone',
    email: 'E-mail',
    letter: 'Letter',
    chat: 'Chat',
    'in-person': 'In person',
    'web-form': 'Web form',
  },
  {
    phone: 'Telefon',
    email: 'E-post',
    letter: 'Brev',
    chat: 'Chat',
    'in-person': 'Personlig oppmøte',
    'web-form': 'Nettskjema',
  },
);

export const inquiryCategory = vocabulary<InquiryCategory>(
  {
    general: 'General question',
    'rights-request': 'Rights request',
    complaint: 'Complaint',
    'marketing-opt-out': 'Marketing opt-out',
    'possible-breach': 'Possible data breach',
    other: 'Other',
  },
  {
    general: 'Generelt spørsmål',
    'rights-request': 'Krav om rettigheter',
    complaint: 'Klage',
    'marketing-opt-out': 'Reservasjon mot markedsføring',
    'possible-breach': 'Mulig brudd på personopplysningssikkerheten',
    other: 'Annet',
  },
);

export const agreementStatus = vocabulary<AgreementStatus>(
  {
    draft: 'Draft',
    negotiation: 'In negotiation',
    active: 'Active',
    suspended: 'Suspended',
    terminated: 'Terminated',
    expired: 'Expired',
  },
  {
    draft: 'Utkast',
    negotiation: 'Under forhandling',
    active: 'Aktiv',
    suspended: 'Suspendert',
    terminated: 'Avsluttet',
    expired: 'Utløpt',
  },
);

export const transferBasis = vocabulary<TransferBasis>(
  {
    adequacy: 'Adequacy decision (Art. 45)',
    scc: 'Standard contractual clauses 2021/914 (Art. 46)',
    bcr: 'Binding corporate rules (Art. 47)',
    derogation: 'Derogation (Art. 49)',
  },
  {
    adequacy: 'Beslutning om tilstrekkelig beskyttelsesnivå (art. 45)',
    scc: 'Standard personvernbestemmelser 2021/914 (art. 46)',
    bcr: 'Bindende virksomhetsregler (art. 47)',
    derogation: 'Unntak for særlige situasjoner (art. 49)',
  },
);

export const clause = vocabulary<ClauseKey>(
  {
    'subject-duration': 'Subject matter and duration of the processing',
    'nature-purpose': 'Nature and purpose of the processing',
    'data-types': 'Type of personal data',
    'data-subjects': 'Categories of data subjects',
    'controller-rights': 'Obligations and rights of the controller',
    instructions: 'Acts only on documented instructions, including on transfers',
    confidentiality: 'Staff are bound to confidentiality',
    security: 'Takes the security measures of Art. 32',
    subprocessors: 'Respects the conditions for engaging sub-processors',
    'data-subject-requests': 'Assists with data-subject requests',
    'assist-32-36': 'Assists with security, breach notification, impact assessments and prior consultation',
    'delete-return': 'Deletes or returns all data at the end, at the controller’s choice',
    audits: 'Makes available the information to show compliance and allows audits',
    'infringing-instructions': 'Informs the controller at once if an instruction infringes the law',
  },
  {
    'subject-duration': 'Behandlingens gjenstand og varighet',
    'nature-purpose': 'Behandlingens art og formål',
    'data-types': 'Type personopplysninger',
    'data-subjects': 'Kategorier av registrerte',
    'controller-rights': 'Den behandlingsansvarliges plikter og rettigheter',
    instructions: 'Behandler bare etter dokumenterte instrukser, også om overføringer',
    confidentiality: 'De ansatte har taushetsplikt',
    security: 'Gjennomfører sikkerhetstiltakene i art. 32',
    subprocessors: 'Overholder vilkårene for å bruke underleverandører',
    'data-subject-requests': 'Bistår med de registrertes krav',
    'assist-32-36': 'Bistår med sikkerhet, varsling av brudd, konsekvensvurderinger og forhåndsdrøftinger',
    'delete-return':
      'Sletter eller tilbakeleverer alle opplysninger ved avslutning, etter den behandlingsansvarliges valg',
    audits: 'Gjør tilgjengelig informasjon som viser etterlevelse, og tillater revisjoner',
    'infringing-instructions': 'Varsler straks hvis en instruks er i strid med loven',
  },
);

export const riskLevel = vocabulary<RiskLevel>(
  { none: 'Unlikely to result in a risk', risk: 'Risk to people', high: 'High risk to people' },
  {
    none: 'Vil sannsynligvis ikke medføre risiko',
    risk: 'Risiko for de registrerte',
    high: 'Høy risiko for de registrerte',
  },
);

export const breachCapacity = vocabulary<BreachCapacity>(
  {
    controller: 'Controller (our own processing)',
    processor: 'Processor for one or more customers',
    both: 'Both: our own data and one or more customers’ data',
  },
  {
    controller: 'Behandlingsansvarlig (vår egen behandling)',
    processor: 'Databehandler for én eller flere kunder',
    both: 'Begge: våre egne opplysninger og én eller flere kunders',
  },
);

export const notificationPhase = vocabulary<NotificationPhase>(
  { initial: 'Initial (more to follow)', 'follow-up': 'Follow-up', final: 'Final (complete)' },
  {
    initial: 'Foreløpig (mer følger)',
    'follow-up': 'Oppfølging',
    final: 'Endelig (fullstendig)',
  },
);

export const dataType = vocabulary<DataType>(
  {
    contact: 'Names and contact details',
    'identity-number': 'National identity numbers',
    financial: 'Bank account, card or payment data',
    'customer-history': 'Customer history and call notes',
    'call-recordings': 'Call recordings',
    credentials: 'User names and passwords',
    location: 'Location data',
    employment: 'Employment and payroll data',
    health: 'Health data (Art. 9)',
    'ethnic-origin': 'Racial or ethnic origin (Art. 9)',
    political: 'Political opinions (Art. 9)',
    religion: 'Religious or philosophical beliefs (Art. 9)',
    'trade-union': 'Trade union membership (Art. 9)',
    'genetic-biometric': 'Genetic or biometric data (Art. 9)',
    'sex-life': 'Sex life or sexual orientation (Art. 9)',
    criminal: 'Criminal convictions and offences (Art. 10)',
  },
  {
    contact: 'Navn og kontaktopplysninger',
    'identity-number': 'Fødselsnumre',
    financial: 'Kontonummer, kort- eller betalingsopplysninger',
    'customer-history': 'Kundehistorikk og samtalenotater',
    'call-recordings': 'Samtaleopptak',
    credentials: 'Brukernavn og passord',
    location: 'Lokasjonsdata',
    employment: 'Arbeidsforhold og lønn',
    health: 'Helseopplysninger (art. 9)',
    'ethnic-origin': 'Rasemessig eller etnisk opprinnelse (art. 9)',
    political: 'Politisk oppfatning (art. 9)',
    religion: 'Religion eller livssyn (art. 9)',
    'trade-union': 'Fagforeningsmedlemskap (art. 9)',
    'genetic-biometric': 'Genetiske eller biometriske opplysninger (art. 9)',
    'sex-life': 'Seksuelle forhold eller seksuell orientering (art. 9)',
    criminal: 'Straffedommer og lovovertredelser (art. 10)',
  },
);

export const subjectCategory = vocabulary<SubjectCategory>(
  {
    callers: 'Callers and others who contacted us',
    'end-customers': "Our business customers' customers",
    'customer-staff': "Business customers' employees",
    employees: 'Our employees',
    'job-applicants': 'Job applicants',
    children: 'Children',
    other: 'Others',
  },
  {
    callers: 'Innringere og andre som har kontaktet oss',
    'end-customers': 'Våre bedriftskunders kunder',
    'customer-staff': 'Bedriftskunders ansatte',
    employees: 'Våre ansatte',
    'job-applicants': 'Jobbsøkere',
    children: 'Barn',
    other: 'Andre',
  },
);

/** Norwegian public holidays (DOMAIN.md §1), keyed as `holidayKey` in the deadline module names them. */
export const holidayKeys = [
  'new-years-day',
  'maundy-thursday',
  'good-friday',
  'easter-sunday',
  'easter-monday',
  'labour-day',
  'constitution-day',
  'ascension-day',
  'whit-sunday',
  'whit-monday',
  'christmas-day',
  'st-stephens-day',
  'sunday',
] as const;
export type HolidayKey = (typeof holidayKeys)[number];

export const holiday = vocabulary<HolidayKey>(
  {
    'new-years-day': "New Year's Day",
    'maundy-thursday': 'Maundy Thursday',
    'good-friday': 'Good Friday',
    'easter-sunday': 'Easter Sunday',
    'easter-monday': 'Easter Monday',
    'labour-day': 'Labour Day',
    'constitution-day': 'Constitution Day',
    'ascension-day': 'Ascension Day',
    'whit-sunday': 'Whit Sunday',
    'whit-monday': 'Whit Monday',
    'christmas-day': 'Christmas Day',
    'st-stephens-day': "St Stephen's Day",
    sunday: 'Sunday',
  },
  {
    'new-years-day': '1. nyttårsdag',
    'maundy-thursday': 'Skjærtorsdag',
    'good-friday': 'Langfredag',
    'easter-sunday': '1. påskedag',
    'easter-monday': '2. påskedag',
    'labour-day': 'Offentlig høytidsdag (1. mai)',
    'constitution-day': 'Grunnlovsdag (17. mai)',
    'ascension-day': 'Kristi himmelfartsdag',
    'whit-sunday': '1. pinsedag',
    'whit-monday': '2. pinsedag',
    'christmas-day': '1. juledag',
    'st-stephens-day': '2. juledag',
    sunday: 'Søndag',
  },
);

/**
 * An article as each language cites it: "Art. 28(3)(a)" stays in English and becomes
 * "art. 28 nr. 3 bokstav a" in bokmål, as the Norwegian text of the GDPR numbers its paragraphs.
 */
export function citeArticle(language: 'nb' | 'en', article: string): string {
  if (language === 'en') return article;
  return article
    .replace(/\bArts?\. /g, 'art. ')
    .replace(', second subparagraph', ' annet ledd')
    .replace(/(\d+)\((\d+)\)\(([a-z])\)/g, '$1 nr. $2 bokstav $3')
    .replace(/(\d+)\((\d+)\)-\((\d+)\)/g, '$1 nr. $2 og $3')
    .replace(/(\d+)\((\d+)\)/g, '$1 nr. $2')
    .replace(/(\d+)-(\d+)/g, '$1–$2');
}

export const role = vocabulary<Role>(
  { agent: 'Call-center agent', dpo: 'Data protection officer', admin: 'Administrator' },
  { agent: 'Kundesenteragent', dpo: 'Personvernombud', admin: 'Administrator' },
);
