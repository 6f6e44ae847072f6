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
    'caseRetentionYears:label': 'Keep closed cases for',
    'caseRetentionYears:help':
      "The general limitation period (foreldelsesloven § 2). The purge then anonymises a closed case: the person's name, contact details and notes are replaced, its dates, channel, request types and outcome stay for the statistics, its documents are deleted and its inquiries anonymised with it. A case under a legal hold, or holding bookkeeping material (a fee) not yet 5 years past its financial year, is kept.",
    'breachRetentionYears:label': 'Keep closed breach records for',
    'breachRetentionYears:help':
      'The documentation of a breach (Art. 33(5)). The purge then anonymises the record (its description, contact point and notes are replaced; dates, risk and numbers stay), deletes its documents and the inquiries that reported it. A breach under a legal hold is kept.',
    'agreementRetentionYears:label': 'Keep ended agreements for',
    'agreementRetentionYears:help':
      'After an agreement ended (terminated or expired; from the day its end was confirmed), the purge removes it with its checklist, notices, sub-processors, transfers and documents. An agreement under a legal hold is kept.',
    'auditPayloadRetentionYears:label': "Keep the audit log's before/after copies for",
    'auditPayloadRetentionYears:help':
      'The purge redacts the before/after copies of older audit entries (the entry, who, when and what stay, and the chain still verifies). Copies about a record under a legal hold are kept.',
    'financialYearEndMonth:label': 'The financial year ends with month',
    'financialYearEndMonth:help':
      'Bookkeeping material (a fee charged for a request) is kept until 5 years after the end of its financial year (bokføringsloven § 13); an erasure keeps and restricts it until then. 12: the calendar year.',
    'accessPurposesEn:label': 'Purposes of the processing (English)',
    'accessPurposesEn:help':
      'Art. 15(1)(a): why we process the personal data. Printed in every access report in English.',
    'accessPurposesNb:label': 'Purposes of the processing (bokmål)',
    'accessPurposesNb:help':
      'Art. 15(1)(a): why we process the personal data. Printed in every access report in bokmål.',
    'accessCategoriesEn:label': 'Categories of personal data (English)',
    'accessCategoriesEn:help':
      'Art. 15(1)(b): the kinds of personal data concerned. Printed in every access report in English.',
    'accessCategoriesNb:label': 'Categories of personal data (bokmål)',
    'accessCategoriesNb:help':
      'Art. 15(1)(b): the kinds of personal data concerned. Printed in every access report in bokmål.',
    'accessRecipientsEn:label': 'Recipients (English)',
    'accessRecipientsEn:help':
      'Art. 15(1)(c): who the data is or may be disclosed to. Printed in every access report in English.',
    'accessRecipientsNb:label': 'Recipients (bokmål)',
    'accessRecipientsNb:help':
      'Art. 15(1)(c): who the data is or may be disclosed to. Printed in every access report in bokmål.',
    'accessRetentionEn:label': 'How long the data is kept (English)',
    'accessRetentionEn:help':
      'Art. 15(1)(d): the retention period, or how it is decided. Printed in every access report in English.',
    'accessRetentionNb:label': 'How long the data is kept (bokmål)',
    'accessRetentionNb:help':
      'Art. 15(1)(d): the retention period, or how it is decided. Printed in every access report in bokmål.',
    'accessSourceEn:label': 'Where the data comes from (English)',
    'accessSourceEn:help':
      'Art. 15(1)(g): the source, where the data was not collected from the person. Printed in every access report in English.',
    'accessSourceNb:label': 'Where the data comes from (bokmål)',
    'accessSourceNb:help':
      'Art. 15(1)(g): the source, where the data was not collected from the person. Printed in every access report in bokmål.',
    'accessRightsEn:label': 'Your rights (English)',
    'accessRightsEn:help':
      'Art. 15(1)(e): rectification, erasure, restriction and objection (and portability). Printed in every access report in English.',
    'accessRightsNb:label': 'Your rights (bokmål)',
    'accessRightsNb:help':
      'Art. 15(1)(e): rectification, erasure, restriction and objection (and portability). Printed in every access report in bokmål.',
    'accessComplaintEn:label': 'The right to complain (English)',
    'accessComplaintEn:help':
      'Art. 15(1)(f): the right to lodge a complaint with Datatilsynet. Printed in every access report in English.',
    'accessComplaintNb:label': 'The right to complain (bokmål)',
    'accessComplaintNb:help':
      'Art. 15(1)(f): the right to lodge a complaint with Datatilsynet. Printed in every access report in bokmål.',
    'group:Access report (Art. 15)': 'Access report (Art. 15)',
    'unit:years': 'years',
    'unit:month': 'month',
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
    'caseRetentionYears:label': 'Behold avsluttede saker i',
    'caseRetentionYears:help':
      'Den alminnelige foreldelsesfristen (foreldelsesloven § 2). Deretter anonymiserer slettingen en avsluttet sak: personens navn, kontaktopplysninger og notater erstattes, datoer, kanal, forespørselstyper og utfall blir stående for statistikken, dokumentene slettes og henvendelsene anonymiseres sammen med saken. En sak med rettslig hold, eller med bokføringsmateriale (et gebyr) som ennå ikke er 5 år etter utgangen av regnskapsåret, beholdes.',
    'breachRetentionYears:label': 'Behold avsluttede avvik i',
    'breachRetentionYears:help':
      'Dokumentasjonen av et brudd på personopplysningssikkerheten (art. 33 nr. 5). Deretter anonymiserer slettingen avviket (beskrivelse, kontaktpunkt og notater erstattes; datoer, risiko og antall blir stående), sletter dokumentene og henvendelsene som meldte det. Et avvik med rettslig hold beholdes.',
    'agreementRetentionYears:label': 'Behold avsluttede avtaler i',
    'agreementRetentionYears:help':
      'Når en avtale er avsluttet (sagt opp eller utløpt; regnet fra dagen slutten ble bekreftet), fjerner slettingen den med sjekkliste, varsler, underleverandører, overføringer og dokumenter. En avtale med rettslig hold beholdes.',
    'auditPayloadRetentionYears:label': 'Behold revisjonsloggens før/etter-kopier i',
    'auditPayloadRetentionYears:help':
      'Slettingen sladder før/etter-kopiene i eldre loggoppføringer (oppføringen, hvem, når og hva blir stående, og kjeden kan fortsatt kontrolleres). Kopier om en post med rettslig hold beholdes.',
    'financialYearEndMonth:label': 'Regnskapsåret slutter med måned',
    'financialYearEndMonth:help':
      'Bokføringsmateriale (et gebyr for en forespørsel) oppbevares til 5 år etter utgangen av regnskapsåret (bokføringsloven § 13); en sletting beholder og begrenser det til da. 12: kalenderåret.',
    'accessPurposesEn:label': 'Formålene med behandlingen (engelsk)',
    'accessPurposesEn:help':
      'Art. 15 nr. 1 bokstav a: hvorfor vi behandler personopplysningene. Skrives ut i hver innsynsrapport på engelsk.',
    'accessPurposesNb:label': 'Formålene med behandlingen (bokmål)',
    'accessPurposesNb:help':
      'Art. 15 nr. 1 bokstav a: hvorfor vi behandler personopplysningene. Skrives ut i hver innsynsrapport på bokmål.',
    'accessCategoriesEn:label': 'Kategorier av personopplysninger (engelsk)',
    'accessCategoriesEn:help':
      'Art. 15 nr. 1 bokstav b: hvilke typer personopplysninger det gjelder. Skrives ut i hver innsynsrapport på engelsk.',
    'accessCategoriesNb:label': 'Kategorier av personopplysninger (bokmål)',
    'accessCategoriesNb:help':
      'Art. 15 nr. 1 bokstav b: hvilke typer personopplysninger det gjelder. Skrives ut i hver innsynsrapport på bokmål.',
    'accessRecipientsEn:label': 'Mottakere (engelsk)',
    'accessRecipientsEn:help':
      'Art. 15 nr. 1 bokstav c: hvem opplysningene er eller kan bli utlevert til. Skrives ut i hver innsynsrapport på engelsk.',
    'accessRecipientsNb:label': 'Mottakere (bokmål)',
    'accessRecipientsNb:help':
      'Art. 15 nr. 1 bokstav c: hvem opplysningene er eller kan bli utlevert til. Skrives ut i hver innsynsrapport på bokmål.',
    'accessRetentionEn:label': 'Hvor lenge opplysningene lagres (engelsk)',
    'accessRetentionEn:help':
      'Art. 15 nr. 1 bokstav d: lagringstiden, eller hvordan den fastsettes. Skrives ut i hver innsynsrapport på engelsk.',
    'accessRetentionNb:label': 'Hvor lenge opplysningene lagres (bokmål)',
    'accessRetentionNb:help':
      'Art. 15 nr. 1 bokstav d: lagringstiden, eller hvordan den fastsettes. Skrives ut i hver innsynsrapport på bokmål.',
    'accessSourceEn:label': 'Hvor opplysningene kommer fra (engelsk)',
    'accessSourceEn:help':
      'Art. 15 nr. 1 bokstav g: kilden, der opplysningene ikke er samlet inn fra personen selv. Skrives ut i hver innsynsrapport på engelsk.',
    'accessSourceNb:label': 'Hvor opplysningene kommer fra (bokmål)',
    'accessSourceNb:help':
      'Art. 15 nr. 1 bokstav g: kilden, der opplysningene ikke er samlet inn fra personen selv. Skrives ut i hver innsynsrapport på bokmål.',
    'accessRightsEn:label': 'Dine rettigheter (engelsk)',
    'accessRightsEn:help':
      'Art. 15 nr. 1 bokstav e: retting, sletting, begrensning og protest (og dataportabilitet). Skrives ut i hver innsynsrapport på engelsk.',
    'accessRightsNb:label': 'Dine rettigheter (bokmål)',
    'accessRightsNb:help':
      'Art. 15 nr. 1 bokstav e: retting, sletting, begrensning og protest (og dataportabilitet). Skrives ut i hver innsynsrapport på bokmål.',
    'accessComplaintEn:label': 'Retten til å klage (engelsk)',
    'accessComplaintEn:help':
      'Art. 15 nr. 1 bokstav f: retten til å klage til Datatilsynet. Skrives ut i hver innsynsrapport på engelsk.',
    'accessComplaintNb:label': 'Retten til å klage (bokmål)',
    'accessComplaintNb:help':
      'Art. 15 nr. 1 bokstav f: retten til å klage til Datatilsynet. Skrives ut i hver innsynsrapport på bokmål.',
    'group:Access report (Art. 15)': 'Innsynsrapport (art. 15)',
    'unit:years': 'år',
    'unit:month': 'måned',
  },
);
