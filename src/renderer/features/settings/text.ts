import { namespace } from '../../../shared/i18n/translate';

/**
 * Administration → Settings: the page, and each setting of `shared/settings/definitions.ts` in
 * words (`<key>:label`, `<key>:help`), its group (`group:<English group>`) and unit (`unit:<unit>`).
 */
export const settingsText = namespace(
  {
    screenTitle: 'Settings',
    screenDescription: 'Deadlines, retention periods, session lock and other policies.',
    subtitle:
      'Policies that the law leaves to the company. Changes apply at once and are recorded in the audit log.',
    discardChanges: 'Discard changes',
    save: 'Save',
    saveCount: 'Save ({{count}})',
    saved: 'Settings saved.',
    wholeNumber: 'Enter a whole number',
    defaultIs: 'Default: {{value}}.',
    on: 'on',
    off: 'off',
    'group:Security': 'Security',
    'group:Rights requests': 'Rights requests',
    'group:Personal data breaches': 'Personal data breaches',
    'group:Data processing agreements': 'Data processing agreements',
    'group:Attachments': 'Attachments',
    'group:Retention': 'Retention',
    'group:Backups': 'Backups',
    'group:Company (letters and reports)': 'Company (letters and reports)',
    'unit:minutes': 'minutes',
    'unit:attempts': 'attempts',
    'unit:days': 'days',
    'unit:working days': 'working days',
    'unit:hours': 'hours',
    'unit:months': 'months',
    'unit:MB': 'MB',
    'unit:backups': 'backups',
    'idleLockMinutes:label': 'Lock the session after inactivity',
    'idleLockMinutes:help':
      'After this many minutes without use, the app asks for the password again. Unsaved input is kept.',
    'failedSignInLimit:label': 'Wrong passwords before the account locks',
    'failedSignInLimit:help': 'Consecutive wrong passwords that lock an account for the lock-out period.',
    'lockoutMinutes:label': 'Lock-out period',
    'lockoutMinutes:help': 'How long an account stays locked after too many wrong passwords.',
    'dueSoonDays:label': 'Due soon',
    'dueSoonDays:help':
      'A case is "due soon", and needs an extension notice if it is to be extended, when this few days are left.',
    'pauseForVerification:label': 'Pause the deadline while identity is being verified',
    'pauseForVerification:help':
      'Art. 12(3) has no pause; EDPB guidelines 01/2022 allow suspending the time when additional information was requested without undue delay. When on, the days between asking the person (to verify the identity, or to clarify a broad request, Recital 63) and the answer are added to the deadline, and the case shows it.',
    'pauseRequestWithinDays:label': 'A pause counts only if the person was asked within',
    'pauseRequestWithinDays:help':
      'Without undue delay: the time pauses only when the request for information or clarification was sent this many days after receipt or sooner. A later request does not pause the time, and the case says why.',
    'forwardWithinWorkingDays:label': 'Forward a processor request to the customer within',
    'forwardWithinWorkingDays:help':
      'As processor we pass a request to the customer (the controller) without undue delay (Art. 28(3)(e)): the case is due for forwarding this many working days after receipt, shown and reminded like the other deadlines.',
    'subjectNoticeHours:label': 'Tell the people affected within',
    'subjectNoticeHours:help':
      'A high risk requires telling the people affected without undue delay (Art. 34(1)): the register aims at this many hours from the high-risk assessment, on the breach, the dashboard and in reminders.',
    'agreementReviewMonths:label': 'Review agreements every',
    'agreementReviewMonths:help':
      'A new agreement, and one just reviewed, is next due for review this many months later (31 January + 1 month = end of February). Dates already set stay as they are.',
    'attachmentMaxMegabytes:label': 'Largest attachment',
    'attachmentMaxMegabytes:help':
      'Files above this size are refused. Scan large documents at a lower resolution instead.',
    'inquiryRetentionMonths:label': 'Keep closed inquiries for',
    'inquiryRetentionMonths:help':
      'The retention purge (daily, and on demand under Administration → Retention) removes an inquiry this many months after it was closed, with the before/after copies of its audit entries; an inquiry an administrator deleted goes at the next purge. An inquiry that belongs to a case or a breach is kept with it.',
    'backupKeep:label': 'Daily backups to keep',
    'backupKeep:help':
      'Once a day the app copies the database and its attachments into the backups folder beside it; the oldest beyond this number are removed.',
    'companyName:label': 'Company name',
    'companyName:help': 'The sender of every letter and the company the annual report is about.',
    'companyOrgNumber:label': 'Organisation number',
    'companyOrgNumber:help': 'Printed under the company name in letters and reports.',
    'companyAddress:label': 'Postal address',
    'companyAddress:help': 'One line, parts separated by commas: the letterhead breaks it into lines there.',
    'companyPhone:label': 'Phone',
    'companyPhone:help':
      'Where a person calls about a letter (the letterhead, and "how to answer" in the letters).',
    'companyEmail:label': 'E-mail for privacy matters',
    'companyEmail:help':
      'Where people exercise their rights (the privacy statement names it); the letters tell them to write here.',
    'companyWebsite:label': 'Website',
    'companyWebsite:help': 'Where the privacy statement is published; the letters refer to it.',
  },
  {
    screenTitle: 'Innstillinger',
    screenDescription: 'Frister, lagringstider, låsing av økten og andre retningslinjer.',
    subtitle:
      'Retningslinjer som loven overlater til virksomheten. Endringer gjelder straks og føres i revisjonsloggen.',
    discardChanges: 'Forkast endringene',
    save: 'Lagre',
    saveCount: 'Lagre ({{count}})',
    saved: 'Innstillingene er lagret.',
    wholeNumber: 'Skriv et helt tall',
    defaultIs: 'Standard: {{value}}.',
    on: 'på',
    off: 'av',
    'group:Security': 'Sikkerhet',
    'group:Rights requests': 'Rettighetsforespørsler',
    'group:Personal data breaches': 'Avvik (brudd på personopplysningssikkerheten)',
    'group:Data processing agreements': 'Databehandleravtaler',
    'group:Attachments': 'Vedlegg',
    'group:Retention': 'Lagringstid',
    'group:Backups': 'Sikkerhetskopier',
    'group:Company (letters and reports)': 'Virksomheten (brev og rapporter)',
    'unit:minutes': 'minutter',
    'unit:attempts': 'forsøk',
    'unit:days': 'dager',
    'unit:working days': 'virkedager',
    'unit:hours': 'timer',
    'unit:months': 'måneder',
    'unit:MB': 'MB',
    'unit:backups': 'kopier',
    'idleLockMinutes:label': 'Lås økten etter inaktivitet',
    'idleLockMinutes:help':
      'Etter så mange minutter uten bruk ber programmet om passordet igjen. Det som ikke er lagret, blir tatt vare på.',
    'failedSignInLimit:label': 'Feil passord før kontoen sperres',
    'failedSignInLimit:help': 'Antall feil passord på rad som sperrer en konto for sperreperioden.',
    'lockoutMinutes:label': 'Sperreperiode',
    'lockoutMinutes:help': 'Hvor lenge en konto er sperret etter for mange feil passord.',
    'dueSoonDays:label': 'Frist nærmer seg',
    'dueSoonDays:help':
      'En sak har «frist nær», og trenger varsel om forlengelse hvis den skal forlenges, når så få dager gjenstår.',
    'pauseForVerification:label': 'Stans fristen mens identiteten kontrolleres',
    'pauseForVerification:help':
      'Art. 12 nr. 3 har ingen stans; EDPBs retningslinjer 01/2022 tillater å stanse tiden når tilleggsopplysninger ble bedt om uten ugrunnet opphold. Når den er på, legges dagene mellom forespørselen til personen (om å bekrefte identiteten eller presisere en vid forespørsel, fortalepunkt 63) og svaret til fristen, og saken viser det.',
    'pauseRequestWithinDays:label': 'En stans teller bare hvis personen ble spurt innen',
    'pauseRequestWithinDays:help':
      'Uten ugrunnet opphold: tiden stanses bare når forespørselen om opplysninger eller presisering ble sendt så mange dager etter mottak eller tidligere. En senere forespørsel stanser ikke tiden, og saken sier hvorfor.',
    'forwardWithinWorkingDays:label': 'Videresend en forespørsel som databehandler til kunden innen',
    'forwardWithinWorkingDays:help':
      'Som databehandler sender vi en forespørsel videre til kunden (den behandlingsansvarlige) uten ugrunnet opphold (art. 28 nr. 3 bokstav e): saken har frist for videresending så mange virkedager etter mottak, vist og påminnet som de andre fristene.',
    'subjectNoticeHours:label': 'Varsle de berørte innen',
    'subjectNoticeHours:help':
      'Høy risiko krever at de berørte varsles uten ugrunnet opphold (art. 34 nr. 1): registeret sikter mot så mange timer fra vurderingen av høy risiko, på avviket, i oversikten og i påminnelser.',
    'agreementReviewMonths:label': 'Gå gjennom avtaler hver',
    'agreementReviewMonths:help':
      'En ny avtale, og en som nettopp er gjennomgått, skal gjennomgås igjen så mange måneder senere (31. januar + 1 måned = slutten av februar). Datoer som alt er satt, blir stående.',
    'attachmentMaxMegabytes:label': 'Største vedlegg',
    'attachmentMaxMegabytes:help':
      'Filer over denne størrelsen avvises. Skann store dokumenter med lavere oppløsning i stedet.',
    'inquiryRetentionMonths:label': 'Behold avsluttede henvendelser i',
    'inquiryRetentionMonths:help':
      'Slettingen etter lagringstid (daglig, og ved behov under Administrasjon → Lagringstid) fjerner en henvendelse så mange måneder etter at den ble avsluttet, sammen med før- og etterkopiene i revisjonsloggen; en henvendelse en administrator har slettet, fjernes ved neste sletting. En henvendelse som hører til en sak eller et avvik, beholdes med den.',
    'backupKeep:label': 'Daglige sikkerhetskopier å beholde',
    'backupKeep:help':
      'Én gang om dagen kopierer programmet databasen og vedleggene til mappen for sikkerhetskopier ved siden av; de eldste utover dette antallet fjernes.',
    'companyName:label': 'Virksomhetens navn',
    'companyName:help': 'Avsenderen av alle brev og virksomheten årsrapporten gjelder.',
    'companyOrgNumber:label': 'Organisasjonsnummer',
    'companyOrgNumber:help': 'Skrives under virksomhetens navn i brev og rapporter.',
    'companyAddress:label': 'Postadresse',
    'companyAddress:help': 'Én linje, deler skilt med komma: brevhodet bryter linjene der.',
    'companyPhone:label': 'Telefon',
    'companyPhone:help': 'Der en person ringer om et brev (brevhodet, og «slik svarer du» i brevene).',
    'companyEmail:label': 'E-post for personvernsaker',
    'companyEmail:help':
      'Der folk utøver rettighetene sine (personvernerklæringen nevner den); brevene ber dem skrive hit.',
    'companyWebsite:label': 'Nettsted',
    'companyWebsite:help': 'Der personvernerklæringen er publisert; brevene viser til den.',
  },
);
