import {
  booleanSetting,
  integerSetting,
  type SettingDefinition,
  type SettingsOf,
  textSetting,
} from './define';

/**
 * The Art. 15(1) items of an access report, in English and bokmål (the settings hold one text per
 * language). Their defaults say what the privacy statement says; an administrator keeps them true.
 */
function accessReportText(options: {
  language: 'English' | 'bokmål';
  label: string;
  help: string;
  default: string;
}) {
  return textSetting({
    group: 'Access report (Art. 15)',
    label: `${options.label} (${options.language})`,
    help: `${options.help} Printed in every access report in ${options.language}.`,
    maxLength: 2000,
    multiline: true,
    default: options.default,
  });
}

const accessReportSettings = {
  accessPurposesEn: accessReportText({
    language: 'English',
    label: 'Purposes of the processing',
    help: 'Art. 15(1)(a): why we process the personal data.',
    default:
      'We process your personal data to answer and document your inquiries to us (by phone, e-mail, letter, chat or in person), to handle requests to exercise your privacy rights, to record and handle personal data breaches, to administer our agreements with customers and suppliers, to keep our services secure and prevent fraud, and to meet our legal obligations, including bookkeeping.',
  }),
  accessPurposesNb: accessReportText({
    language: 'bokmål',
    label: 'Purposes of the processing',
    help: 'Art. 15(1)(a): why we process the personal data.',
    default:
      'Vi behandler personopplysningene dine for å besvare og dokumentere henvendelsene dine til oss (på telefon, e-post, brev, chat eller ved personlig oppmøte), for å behandle krav om å utøve personvernrettighetene dine, for å registrere og håndtere brudd på personopplysningssikkerheten, for å administrere avtalene våre med kunder og leverandører, for å holde tjenestene våre sikre og hindre svindel, og for å oppfylle rettslige forpliktelser, blant annet etter bokføringsloven.',
  }),
  accessCategoriesEn: accessReportText({
    language: 'English',
    label: 'Categories of personal data',
    help: 'Art. 15(1)(b): the kinds of personal data concerned.',
    default:
      'Name and contact details (phone number, e-mail address, postal address), your customer reference, what you told us and what we answered, the requests you made and how we handled them, and notes from our handling. We do not collect special categories of personal data unless special agreements are in place.',
  }),
  accessCategoriesNb: accessReportText({
    language: 'bokmål',
    label: 'Categories of personal data',
    help: 'Art. 15(1)(b): the kinds of personal data concerned.',
    default:
      'Navn og kontaktopplysninger (telefonnummer, e-postadresse, postadresse), kundereferansen din, hva du fortalte oss og hva vi svarte, kravene du har fremsatt og hvordan vi behandlet dem, og notater fra saksbehandlingen. Vi samler ikke inn særlige kategorier av personopplysninger med mindre det er inngått særskilte avtaler om det.',
  }),
  accessRecipientsEn: accessReportText({
    language: 'English',
    label: 'Recipients',
    help: 'Art. 15(1)(c): who the data is or may be disclosed to.',
    default:
      'We do not pass your personal data on to others unless there is a lawful basis for doing so, typically an agreement with you or a legal obligation (for example to the authorities). Suppliers who process personal data for us do so under a data processing agreement, with at least our level of security. When we act for a business customer, the customer receives the data about its inquiries.',
  }),
  accessRecipientsNb: accessReportText({
    language: 'bokmål',
    label: 'Recipients',
    help: 'Art. 15(1)(c): who the data is or may be disclosed to.',
    default:
      'Vi gir ikke personopplysningene dine videre til andre uten at det finnes et rettslig grunnlag for det, typisk en avtale med deg eller en rettslig forpliktelse (for eksempel overfor myndighetene). Leverandører som behandler personopplysninger for oss, gjør det etter en databehandleravtale, med minst vårt sikkerhetsnivå. Når vi handler for en bedriftskunde, mottar kunden opplysningene om sine henvendelser.',
  }),
  accessRetentionEn: accessReportText({
    language: 'English',
    label: 'How long the data is kept',
    help: 'Art. 15(1)(d): the retention period, or how it is decided.',
    default:
      'We keep personal data for as long as it is needed for the purpose it was collected for, and delete it as the regulations require: inquiries 12 months after they were closed, rights-request cases 3 years after they were closed (the general limitation period), breach records 5 years, bookkeeping material 5 years after the end of the financial year. Data processed on your consent is deleted when you withdraw it.',
  }),
  accessRetentionNb: accessReportText({
    language: 'bokmål',
    label: 'How long the data is kept',
    help: 'Art. 15(1)(d): the retention period, or how it is decided.',
    default:
      'Vi lagrer personopplysninger så lenge det er nødvendig for formålet de ble samlet inn for, og sletter dem slik regelverket krever: henvendelser 12 måneder etter at de ble avsluttet, saker om rettighetskrav 3 år etter at de ble avsluttet (den alminnelige foreldelsesfristen), avviksregistreringer 5 år og regnskapsmateriale 5 år etter regnskapsårets slutt. Opplysninger vi behandler på grunnlag av samtykket ditt, slettes når du trekker det tilbake.',
  }),
  accessSourceEn: accessReportText({
    language: 'English',
    label: 'Where the data comes from',
    help: 'Art. 15(1)(g): the source, where the data was not collected from the person.',
    default:
      'We receive personal data directly from you when you contact our call centre or ask for our services, and indirectly when you use our websites. When we act for a business customer, the data may come from that customer.',
  }),
  accessSourceNb: accessReportText({
    language: 'bokmål',
    label: 'Where the data comes from',
    help: 'Art. 15(1)(g): the source, where the data was not collected from the person.',
    default:
      'Vi mottar personopplysninger direkte fra deg når du kontakter kundesenteret vårt eller ber om tjenestene våre, og indirekte når du bruker nettsidene våre. Når vi handler for en bedriftskunde, kan opplysningene komme fra denne kunden.',
  }),
  accessRightsEn: accessReportText({
    language: 'English',
    label: 'Your rights',
    help: 'Art. 15(1)(e): rectification, erasure, restriction and objection (and portability).',
    default:
      'You may ask us to correct personal data that is wrong (rectification, Art. 16) or to delete it (erasure, Art. 17), to restrict its processing in certain circumstances (Art. 18), and object to processing based on our legitimate interests (Art. 21). Data you gave us for an agreement with us or on your consent you may receive in a machine-readable format (data portability, Art. 20). There is no automated decision-making, including profiling, about you. To exercise them, write to us at the address at the end of this report; we answer within one month.',
  }),
  accessRightsNb: accessReportText({
    language: 'bokmål',
    label: 'Your rights',
    help: 'Art. 15(1)(e): rectification, erasure, restriction and objection (and portability).',
    default:
      'Du kan be oss rette personopplysninger som er feil (retting, art. 16) eller slette dem (sletting, art. 17), begrense behandlingen i visse tilfeller (art. 18) og protestere mot behandling basert på våre berettigede interesser (art. 21). Opplysninger du har gitt oss for en avtale med oss eller etter samtykke, kan du få utlevert i et maskinlesbart format (dataportabilitet, art. 20). Det treffes ingen automatiserte avgjørelser, heller ikke profilering, om deg. For å utøve dem skriver du til oss på adressen nederst i denne rapporten; vi svarer innen én måned.',
  }),
  accessComplaintEn: accessReportText({
    language: 'English',
    label: 'The right to complain',
    help: 'Art. 15(1)(f): the right to lodge a complaint with Datatilsynet.',
    default:
      'If you find that our processing of your personal data does not comply with the data protection rules, you can complain to Datatilsynet (the Norwegian Data Protection Authority), Postboks 458 Sentrum, 0105 Oslo, www.datatilsynet.no.',
  }),
  accessComplaintNb: accessReportText({
    language: 'bokmål',
    label: 'The right to complain',
    help: 'Art. 15(1)(f): the right to lodge a complaint with Datatilsynet.',
    default:
      'Mener du at behandlingen vår av personopplysningene dine ikke er i samsvar med personvernreglene, kan du klage til Datatilsynet, Postboks 458 Sentrum, 0105 Oslo, www.datatilsynet.no.',
  }),
};

/**
 * Every admin-changeable policy of the app, with its default. Features add their own group here;
 * the settings screen, the validation and the stored defaults all come from this one list.
 */
export const settingDefinitions = {
  idleLockMinutes: integerSetting({
    group: 'Security',
    label: 'Lock the session after inactivity',
    help: 'After this many minutes without use, the app asks for the password again. Unsaved input is kept.',
    min: 1,
    max: 240,
    unit: 'minutes',
    default: 15,
  }),
  failedSignInLimit: integerSetting({
    group: 'Security',
    label: 'Wrong passwords before the account locks',
    help: 'Consecutive wrong passwords that lock an account for the lock-out period.',
    min: 3,
    max: 20,
    unit: 'attempts',
    default: 5,
  }),
  lockoutMinutes: integerSetting({
    group: 'Security',
    label: 'Lock-out period',
    help: 'How long an account stays locked after too many wrong passwords.',
    min: 1,
    max: 1440,
    unit: 'minutes',
    default: 5,
  }),
  dueSoonDays: integerSetting({
    group: 'Rights requests',
    label: 'Due soon',
    help: 'A case is "due soon", and needs an extension notice if it is to be extended, when this few days are left.',
    min: 1,
    max: 30,
    unit: 'days',
    default: 7,
  }),
  pauseForVerification: booleanSetting({
    group: 'Rights requests',
    label: 'Pause the deadline while identity is being verified',
    help: 'Art. 12(3) has no pause; EDPB guidelines 01/2022 allow suspending the time when additional information was requested without undue delay. When on, the days between asking the person (to verify the identity, or to clarify a broad request, Recital 63) and the answer are added to the deadline, and the case shows it.',
    default: false,
  }),
  pauseRequestWithinDays: integerSetting({
    group: 'Rights requests',
    label: 'A pause counts only if the person was asked within',
    help: 'Without undue delay: the time pauses only when the request for information or clarification was sent this many days after receipt or sooner. A later request does not pause the time, and the case says why.',
    min: 0,
    max: 14,
    unit: 'days',
    default: 3,
  }),
  forwardWithinWorkingDays: integerSetting({
    group: 'Rights requests',
    label: 'Forward a processor request to the customer within',
    help: 'As processor we pass a request to the customer (the controller) without undue delay (Art. 28(3)(e)): the case is due for forwarding this many working days after receipt, shown and reminded like the other deadlines.',
    min: 0,
    max: 10,
    unit: 'working days',
    default: 2,
  }),
  subjectNoticeHours: integerSetting({
    group: 'Personal data breaches',
    label: 'Tell the people affected within',
    help: 'A high risk requires telling the people affected without undue delay (Art. 34(1)): the register aims at this many hours from the high-risk assessment, on the breach, the dashboard and in reminders.',
    min: 1,
    max: 720,
    unit: 'hours',
    default: 72,
  }),
  agreementReviewMonths: integerSetting({
    group: 'Data processing agreements',
    label: 'Review agreements every',
    help: 'A new agreement, and one just reviewed, is next due for review this many months later (31 January + 1 month = end of February). Dates already set stay as they are.',
    min: 1,
    max: 60,
    unit: 'months',
    default: 12,
  }),
  attachmentMaxMegabytes: integerSetting({
    group: 'Attachments',
    label: 'Largest attachment',
    help: 'Files above this size are refused. Scan large documents at a lower resolution instead.',
    min: 1,
    max: 100,
    unit: 'MB',
    default: 20,
  }),
  inquiryRetentionMonths: integerSetting({
    group: 'Retention',
    label: 'Keep closed inquiries for',
    help: 'The retention purge (daily, and on demand under Administration → Retention) removes an inquiry this many months after it was closed, with the before/after copies of its audit entries; an inquiry an administrator deleted goes at the next purge. An inquiry that belongs to a case or a breach is kept with it.',
    min: 1,
    max: 120,
    unit: 'months',
    default: 12,
  }),
  caseRetentionYears: integerSetting({
    group: 'Retention',
    label: 'Keep closed cases for',
    help: "The general limitation period (foreldelsesloven § 2). The purge then anonymises a closed case: the person's name, contact details and notes are replaced, its dates, channel, request types and outcome stay for the statistics, its documents are deleted and its inquiries anonymised with it. A case under a legal hold, or holding bookkeeping material (a fee) not yet 5 years past its financial year, is kept.",
    min: 1,
    max: 20,
    unit: 'years',
    default: 3,
  }),
  breachRetentionYears: integerSetting({
    group: 'Retention',
    label: 'Keep closed breach records for',
    help: 'The documentation of a breach (Art. 33(5)). The purge then anonymises the record (its description, contact point and notes are replaced; dates, risk and numbers stay), deletes its documents and the inquiries that reported it. A breach under a legal hold is kept.',
    min: 1,
    max: 20,
    unit: 'years',
    default: 5,
  }),
  agreementRetentionYears: integerSetting({
    group: 'Retention',
    label: 'Keep ended agreements for',
    help: 'After an agreement ended (terminated or expired; from the day its end was confirmed), the purge removes it with its checklist, notices, sub-processors, transfers and documents. An agreement under a legal hold is kept.',
    min: 1,
    max: 20,
    unit: 'years',
    default: 5,
  }),
  auditPayloadRetentionYears: integerSetting({
    group: 'Retention',
    label: "Keep the audit log's before/after copies for",
    help: 'The purge redacts the before/after copies of older audit entries (the entry, who, when and what stay, and the chain still verifies). Copies about a record under a legal hold are kept.',
    min: 1,
    max: 20,
    unit: 'years',
    default: 5,
  }),
  financialYearEndMonth: integerSetting({
    group: 'Retention',
    label: 'The financial year ends with month',
    help: 'Bookkeeping material (a fee charged for a request) is kept until 5 years after the end of its financial year (bokføringsloven § 13); an erasure keeps and restricts it until then. 12: the calendar year.',
    min: 1,
    max: 12,
    unit: 'month',
    default: 12,
  }),
  backupKeep: integerSetting({
    group: 'Backups',
    label: 'Daily backups to keep',
    help: 'Once a day the app copies the database and its attachments into the backups folder beside it; the oldest beyond this number are removed.',
    min: 1,
    max: 90,
    unit: 'backups',
    default: 7,
  }),
  companyName: textSetting({
    group: 'Company (letters and reports)',
    label: 'Company name',
    help: 'The sender of every letter and the company the annual report is about.',
    maxLength: 120,
    default: 'We Assist AS',
  }),
  companyOrgNumber: textSetting({
    group: 'Company (letters and reports)',
    label: 'Organisation number',
    help: 'Printed under the company name in letters and reports.',
    maxLength: 40,
    default: '928 179 575',
  }),
  companyAddress: textSetting({
    group: 'Company (letters and reports)',
    label: 'Postal address',
    help: 'One line, parts separated by commas: the letterhead breaks it into lines there.',
    maxLength: 200,
    default: 'Sandakerveien 116, 0484 Oslo',
  }),
  companyPhone: textSetting({
    group: 'Company (letters and reports)',
    label: 'Phone',
    help: 'Where a person calls about a letter (the letterhead, and "how to answer" in the letters).',
    maxLength: 40,
    default: '+47 4000 5045',
  }),
  companyEmail: textSetting({
    group: 'Company (letters and reports)',
    label: 'E-mail for privacy matters',
    help: 'Where people exercise their rights (the privacy statement names it); the letters tell them to write here.',
    maxLength: 120,
    default: 'support@weassist.no',
  }),
  companyWebsite: textSetting({
    group: 'Company (letters and reports)',
    label: 'Website',
    help: 'Where the privacy statement is published; the letters refer to it.',
    maxLength: 120,
    default: 'www.weassist.no',
  }),
  ...accessReportSettings,
} satisfies Record<string, SettingDefinition>;

export type SettingKey = keyof typeof settingDefinitions;
export type Settings = SettingsOf<typeof settingDefinitions>;

export const settingKeys = Object.keys(settingDefinitions) as SettingKey[];

export function defaultSettings(): Settings {
  return Object.fromEntries(settingKeys.map((key) => [key, settingDefinitions[key].default])) as Settings;
}
