/**
 * What the agreements, processing, breaches, files, backups, audit and retention services throw,
 * part of the `errors` namespace (`errors.ts`). The English texts are the services' sentences
 * word for word.
 */
export const registerErrorsEn = {
  // agreements and their sub-processor chain
  supplierNoSubProcessors:
    '{{reference}} is a supplier agreement. Sub-processors are recorded on customer agreements (where we are processor); for a supplier, record the sub-processors it declared.',
  customerNoDeclared:
    '{{reference}} is a customer agreement. A supplier’s declared sub-processors are recorded on the supplier agreement; here, add the sub-processors we use for the customer.',
  customerObjected: '{{customer}} objected to {{supplier}} on {{date}}; resolve the objection first.',
  objectionWindowOpen:
    "{{customer}} may object to {{supplier}} until {{deadline}} (notice of {{sent}}): add it once the window has closed without objection, or record the customer's written approval of the notice.",
  generalNeedsNotice:
    'Under a general authorisation {{supplier}} is added only after a change notice to {{customer}} (Art. 28(2)): announce it under "Change notices", and add it once the objection window has passed without objection, or the customer approved it in writing.',
  announceFirst: 'Announce {{supplier}} to the customer first',
  alreadySubProcessor: '{{name}} is already a sub-processor for {{customer}}.',
  approvalAlreadyRecorded: "The customer's approval was already recorded on {{date}}.",
  customerObjectedOn: 'The customer objected on {{date}}; resolve the objection (withdrawn) instead.',
  objectionAlreadyRecorded: 'An objection to this notice was already recorded on {{date}}.',
  objectionAlreadyResolved: 'The objection was already resolved on {{date}}.',
  terminateFirst: 'Terminate {{reference}} first, then record that the customer ended it.',
  stillSubProcessor:
    '{{name}} is still listed as a sub-processor for {{customer}}; remove it before recording that the change was dropped.',
  declaredAlreadyRemoved: '{{name}} is already removed.',
  declaredNotRemoved: '{{name}} is not removed.',
  chooseAuthorisation: 'Choose specific or general authorisation',
  noObjection: 'No objection to this notice is recorded.',
  recordGeneralFirst: 'Record on the agreement that the customer gave a general authorisation first.',
  recordAuthorisationFirst:
    'Record on the agreement whether the customer gave a specific or a general authorisation for sub-processors first.',
  subProcessorNotRemoved: 'That sub-processor is not removed.',
  subProcessorAlreadyRemoved: 'That sub-processor was already removed.',
  specificNeedsApproval:
    'Under a specific authorisation every sub-processor needs the customer’s prior written approval; record its date on the sub-processor instead of a notice.',
  agreementFrozen: '{{reference}} is {{status}}; its sub-processors and transfers can no longer be changed.',
  confirmSubProcessorsTold:
    '{{what}} Confirm that they were told to delete or return it too (Art. 28(3)(g) and 28(4)); they then end with the agreement.',
  useTerminate:
    '{{what}} Use Terminate, which records what happened to the data and ends the sub-processors with the agreement.',
  subProcessorUnderAgreement:
    '{{name}} is a sub-processor under {{agreements}} not ended: {{references}}. Remove it from that agreement first; under a general authorisation, announce the change to the customer.',
  subProcessorUnderAgreements:
    '{{name}} is a sub-processor under {{agreements}} not ended: {{references}}. Remove it from those agreements first; under a general authorisation, announce the change to the customer.',
  staysTerminated: '{{reference}} was terminated; it stays terminated. Register a new agreement instead.',
  // {{what}} of confirmSubProcessorsTold and useTerminate, {{agreements}} of subProcessorUnderAgreement(s)
  stillProcess_one: '{{count}} sub-processor still process {{name}}’s data for us: {{names}}.',
  stillProcess_other: '{{count}} sub-processors still process {{name}}’s data for us: {{names}}.',
  customerAgreements_one: '{{count}} customer agreement',
  customerAgreements_other: '{{count}} customer agreements',
  partOfChain:
    '{{reference}} is part of a sub-processor chain: its organisation and direction can no longer change.',
  tiaRequired:
    'A transfer impact assessment is required before {{reference}} can be {{status}}: record it for the transfer to {{transfers}} (C-311/18, Schrems II; EDPB recommendations 01/2020).',
  tiaRequiredMany:
    'A transfer impact assessment is required before {{reference}} can be {{status}}: record it for the transfers to {{transfers}} (C-311/18, Schrems II; EDPB recommendations 01/2020).',
  referenceTaken: 'The reference {{reference}} is already used by “{{title}}”',
  alreadyTerminated: '{{reference}} is already terminated.',
  notEnded: '{{reference}} has not ended; terminate it to record what happened to the data.',
  noLongerReviewed: '{{reference}} is {{status}}; it is no longer reviewed.',
  confirmSubProcessorsToldData: 'Confirm that the sub-processors were told to delete or return the data',
  recordTiaFirst: 'Record the transfer impact assessment first',
  transferAlreadyRemoved: 'That transfer is already removed.',
  transferNotRemoved: 'That transfer is not removed.',
  transferRemoved: 'That transfer was removed; restore it before changing it.',
  // processing
  notOurProcessorAgreementThis: '{{reference}} is not our agreement as processor for this customer',
  notOurProcessorAgreementChosen: '{{reference}} is not our agreement as processor for the chosen customer',
  supplierProcessingOurs:
    '{{reference}} is a supplier agreement: the processing it covers is ours, recorded as controller.',
  alreadyRecordsProcessing: '{{reference}} already records the processing under {{agreement}}.',
  archivedRestoreFirst: '{{reference}} is archived; restore it before changing it.',
  alreadyArchived: '{{reference}} is already archived.',
  notArchived: '{{reference}} is not archived.',
  // breaches
  alreadyReportedFrom: 'Breach {{number}} was already reported from {{inquiry}}.',
  notifiedAsOwn:
    "Datatilsynet was notified of {{number}} as our own breach; our own data stays affected (choose both, if customers' data is affected too).",
  peopleToldOwn:
    "What the people affected by {{number}} were told is recorded; our own data stays affected (choose both, if customers' data is affected too).",
  customerToldStays: '{{name}} was told of the breach on {{time}}; it stays on the record',
  awarenessFixed:
    'Notifications of {{number}} were made against the awareness time {{time}}; it can no longer be changed. Correct it in a follow-up notification instead.',
  processorCustomersNotify:
    'In {{number}} we are processor: we tell the customers, and they, as controllers, notify Datatilsynet.',
  notAssessedDpo:
    'Breach {{number}} has not been assessed yet; the data protection officer assesses the risk first.',
  unlikelyRisk:
    'Breach {{number}} is assessed as unlikely to result in a risk, so Datatilsynet is not notified. Reassess it first if it is to be notified.',
  finalRecorded: 'The final notification of {{number}} is recorded; nothing follows it.',
  initialRecorded:
    'The initial notification was recorded ({{time}}); this one is a follow-up or the final one',
  previousNotification: 'The previous notification was sent {{time}}; this one cannot be earlier',
  awareNotification: 'We became aware {{time}}; the notification cannot be earlier',
  notificationLate:
    'The notification came {{duration}} after the 72 hours ended ({{time}}); Art. 33(1) requires the reasons for the delay',
  controllerNoCustomerToTell: 'In {{number}} we are controller: there is no customer to tell.',
  customerNotAffected: 'That customer is not among those affected by {{number}}',
  customerAlreadyTold: '{{name}} was already recorded as told, {{time}}.',
  awareCustomer: 'We became aware {{time}}; the customer cannot have been told earlier',
  customerToldLateTarget: '{{name}} was told {{duration}} after our target ended ({{time}}); say why',
  customerToldLateAgreement:
    '{{name}} was told {{duration}} after the period in the agreement ended ({{time}}); say why',
  processorCustomersDecide:
    'In {{number}} we are processor: the customers, as controllers, decide whether to tell the people affected (Art. 34).',
  notAssessedRisk: 'Breach {{number}} has not been assessed yet; the risk decides what the people are told.',
  peopleAlreadyRecorded: 'What the people affected by {{number}} were told, or why not, is already recorded.',
  awarePeople: 'We became aware {{time}}; the people cannot have been told earlier',
  noExceptionNeeded:
    'Only a high risk requires telling the people affected (Art. 34(1)); {{number}} needs no exception.',
  awareNotice: 'We became aware {{time}}; the notice cannot be earlier',
  inquiryLinkedToBreach: '{{inquiry}} is already linked to {{number}}.',
  breachNotClosable: 'Breach {{number}} cannot be closed yet: {{unmet}}.',
  breachBeforeAware: 'A breach happens before we become aware of it; check both times',
  timeBefore2000: 'Check the year: the time is before 2000',
  recordWhyNotNotified:
    'Record why Datatilsynet is not notified: the decision and its reasons are kept (Art. 33(5))',
  breachBeforeGdpr: 'The GDPR applies in Norway from 20.07.2018; check the year',
  firstNotification:
    'The first notification is the initial one, or the final one when everything is told at once',
  timeInFuture: 'The time cannot be in the future',
  // attachments
  cannotAttachTo: 'Files cannot be attached to "{{type}}".',
  fileMissing: 'The file of "{{name}}" is missing from the data folder.',
  fileOutside: 'The file of "{{name}}" points outside the data folder, so it is not used.',
  fileAltered:
    '"{{name}}" no longer matches the fingerprint taken when it was added: it may have been altered.',
  onlyDocuments:
    '"{{name}}" cannot be attached: only documents are kept ({{allowed}}). Save it as PDF and attach that.',
  onlyDocumentsListed:
    '"{{name}}" cannot be attached: only documents are kept (PDF, images (PNG, JPEG, GIF, WebP, TIFF), Word, Excel, PowerPoint, OpenDocument, rich text, text, CSV and e-mail files (.eml, .msg), and data bundles (a ZIP of JSON, CSV or text files)). Save it as PDF and attach that.',
  contentMismatch:
    '"{{name}}" is named as a {{type}} file, but its content is not one, so it was refused. Save it again from the program that made it, or as PDF.',
  fileTooBig:
    '"{{name}}" is {{size}}; files can be at most {{max}} MB. An administrator can change the limit under Settings.',
  notOpenable:
    '"{{name}}" is not a document type Privacy Desk opens: it could run as a program. Use "Save a copy" instead, and open it only if you trust it.',
  // audit, backups, retention
  otherKey: "{{file}} holds another key than this database's; move it away first.",
  backupNotFoundIn: 'The backup {{name}} was made but cannot be found in {{folder}}.',
  // what a backup's check found ({{problems}} of cannotRestore)
  backupMissing: '{{file}} does not exist.',
  backupManifestMissing: '{{file}} is missing or unreadable.',
  backupDamaged: 'The database copy is damaged: {{found}}',
  backupOtherKey:
    "The backup's audit log is keyed with key id {{id}}, which is neither beside the backup nor this office's: put the office's audit.key into {{folder}} to check it.",
  backupChainBreaks:
    'The audit chain breaks at entry {{id}}: {{reason}} ({{entries}} entries before it are intact).',
  backupChainEnd: 'The audit chain does not end where the manifest says it did when the backup was made.',
  backupRowCount: 'Table {{table}} has {{rows}} rows; the manifest says {{expected}}.',
  backupUnreadable: 'The database copy cannot be read ({{code}}).',
  unknownError: 'unknown error',
  backupFileMissing: 'The attached file {{file}} is missing.',
  backupFileAltered: 'The attached file {{file}} does not match its SHA-256.',
  cannotRestore: '{{name}} cannot be restored: {{problems}}',
  fileExists: '{{file}} already exists and holds data; {{what}} never overwrites a file. Choose a new name.',
  chainBreaks: 'The restored audit chain breaks at entry {{id}}: {{reason}}.',
  restoreOnlyDesktop:
    'Only the desktop app can put a backup in place of its open database. Use `privacy-desk --db NEW-FILE restore --from BACKUP-FILE` instead.',
  purgeStopped:
    'The purge stopped partway. What it removed stays removed and the rest is untouched; the next purge finishes the job. The details are in the log.',
  pgDumpAdvice:
    'This office keeps its data in PostgreSQL: back it up with the database server\'s own pg_dump (e.g. `pg_dump --format=custom --file=privacy-desk.dump "$DATABASE_URL"`) and restore with pg_restore into a new database; copy the attachments folder beside it.',
  // machine faults (faults.ts); a damaged database's message ends with how to restore
  faultFull:
    "The disk that holds {{folder}} is full, so nothing was saved, and the app's log may not have been written either. Free some space on that disk (or ask IT to), then try again.",
  faultReadOnly:
    'Privacy Desk may only read {{file}}: the file or its folder {{folder}} is read-only for your account, so nothing was saved. Ask IT to give your account write access to that folder, then start Privacy Desk again.',
  faultCannotOpen:
    'Privacy Desk cannot open or create {{file}}: the folder {{folder}} is missing or your account may not write there. Choose another folder with --db, or ask IT for write access.',
  faultDamaged: 'The database {{file}} is damaged, so Privacy Desk saves nothing more in it. {{advice}}',
  faultDamagedNewest:
    'The database {{file}} is damaged, so Privacy Desk saves nothing more in it. The newest backup is {{backup}}: an administrator restores it under Administration → Backups, or with `privacy-desk --db NEW-FILE restore --from {{backup}}`.',
  faultDamagedNoBackup:
    'The database {{file}} is damaged, so Privacy Desk saves nothing more in it. Restore the last backup you have with `privacy-desk --db NEW-FILE restore --from BACKUP-FILE` and open the new file.',
  faultNotADatabase:
    '{{file}} is not a Privacy Desk database (or it is damaged beyond reading), so it was left untouched. Check the file name given with --db or PRIVACY_DESK_DB. {{advice}}',
  faultNotADatabaseNewest:
    '{{file}} is not a Privacy Desk database (or it is damaged beyond reading), so it was left untouched. Check the file name given with --db or PRIVACY_DESK_DB. The newest backup is {{backup}}: an administrator restores it under Administration → Backups, or with `privacy-desk --db NEW-FILE restore --from {{backup}}`.',
  faultNotADatabaseNoBackup:
    '{{file}} is not a Privacy Desk database (or it is damaged beyond reading), so it was left untouched. Check the file name given with --db or PRIVACY_DESK_DB. Restore the last backup you have with `privacy-desk --db NEW-FILE restore --from BACKUP-FILE` and open the new file.',
  faultBusy:
    'Another program is holding {{file}} (a second copy of Privacy Desk, a backup tool or a database viewer), so nothing was saved. Close it and try again.',
  // passwords (shared/passwords.ts) and the letter templates' checks
  passwordOnlySpaces: 'The password cannot be only spaces',
  passwordShortTrimmed: 'The password must be at least 10 characters besides spaces at the ends',
  passwordFewCharacters: 'The password repeats too few different characters; choose a few words instead',
  passwordCommon: 'This is one of the most common passwords; choose a few words of your own instead',
  thingsToCorrect: '{{count}} things to correct: {{messages}}',
} as const;

export const registerErrorsNb: Record<keyof typeof registerErrorsEn, string> = {
  supplierNoSubProcessors:
    '{{reference}} er en leverandøravtale. Underleverandører registreres på kundeavtaler (der vi er databehandler); for en leverandør registrerer du underleverandørene den har oppgitt.',
  customerNoDeclared:
    '{{reference}} er en kundeavtale. En leverandørs oppgitte underleverandører registreres på leverandøravtalen; her legger du til underleverandørene vi bruker for kunden.',
  customerObjected: '{{customer}} protesterte mot {{supplier}} {{date}}; løs protesten først.',
  objectionWindowOpen:
    '{{customer}} kan protestere mot {{supplier}} til {{deadline}} (varsel av {{sent}}): legg den til når fristen er ute uten protest, eller registrer kundens skriftlige godkjenning av varselet.',
  generalNeedsNotice:
    'Med generell godkjenning legges {{supplier}} til først etter et endringsvarsel til {{customer}} (art. 28 nr. 2): varsle det under «Endringsvarsler», og legg den til når protestfristen er ute uten protest, eller når kunden har godkjent den skriftlig.',
  announceFirst: 'Varsle kunden om {{supplier}} først',
  alreadySubProcessor: '{{name}} er allerede underleverandør for {{customer}}.',
  approvalAlreadyRecorded: 'Kundens godkjenning ble allerede registrert {{date}}.',
  customerObjectedOn: 'Kunden protesterte {{date}}; løs protesten (trukket tilbake) i stedet.',
  objectionAlreadyRecorded: 'En protest mot dette varselet ble allerede registrert {{date}}.',
  objectionAlreadyResolved: 'Protesten ble allerede løst {{date}}.',
  terminateFirst: 'Avslutt {{reference}} først, og registrer deretter at kunden avsluttet den.',
  stillSubProcessor:
    '{{name}} står fortsatt som underleverandør for {{customer}}; fjern den før du registrerer at endringen ble droppet.',
  declaredAlreadyRemoved: '{{name}} er allerede fjernet.',
  declaredNotRemoved: '{{name}} er ikke fjernet.',
  chooseAuthorisation: 'Velg spesifikk eller generell godkjenning',
  noObjection: 'Ingen protest mot dette varselet er registrert.',
  recordGeneralFirst: 'Registrer først på avtalen at kunden ga generell godkjenning.',
  recordAuthorisationFirst:
    'Registrer først på avtalen om kunden ga spesifikk eller generell godkjenning av underleverandører.',
  subProcessorNotRemoved: 'Den underleverandøren er ikke fjernet.',
  subProcessorAlreadyRemoved: 'Den underleverandøren er allerede fjernet.',
  specificNeedsApproval:
    'Med spesifikk godkjenning trenger hver underleverandør kundens skriftlige forhåndsgodkjenning; registrer datoen på underleverandøren i stedet for et varsel.',
  agreementFrozen: '{{reference}} er {{status}}; underleverandørene og overføringene kan ikke lenger endres.',
  confirmSubProcessorsTold:
    '{{what}} Bekreft at også de ble bedt om å slette eller returnere opplysningene (art. 28 nr. 3 bokstav g og nr. 4); de avsluttes da sammen med avtalen.',
  useTerminate:
    '{{what}} Bruk Avslutt, som registrerer hva som skjedde med opplysningene og avslutter underleverandørene sammen med avtalen.',
  subProcessorUnderAgreement:
    '{{name}} er underleverandør under {{agreements}} som ikke er avsluttet: {{references}}. Fjern den fra den avtalen først; ved generell godkjenning varsler du kunden om endringen.',
  subProcessorUnderAgreements:
    '{{name}} er underleverandør under {{agreements}} som ikke er avsluttet: {{references}}. Fjern den fra de avtalene først; ved generell godkjenning varsler du kunden om endringen.',
  staysTerminated: '{{reference}} ble avsluttet og forblir avsluttet. Registrer en ny avtale i stedet.',
  stillProcess_one:
    '{{count}} underleverandør behandler fortsatt opplysningene til {{name}} for oss: {{names}}.',
  stillProcess_other:
    '{{count}} underleverandører behandler fortsatt opplysningene til {{name}} for oss: {{names}}.',
  customerAgreements_one: '{{count}} kundeavtale',
  customerAgreements_other: '{{count}} kundeavtaler',
  partOfChain:
    '{{reference}} er del av en kjede av underleverandører: organisasjonen og retningen kan ikke lenger endres.',
  tiaRequired:
    'En vurdering av overføringens virkninger kreves før {{reference}} kan bli {{status}}: registrer den for overføringen til {{transfers}} (C-311/18, Schrems II; EDPB-anbefalinger 01/2020).',
  tiaRequiredMany:
    'En vurdering av overføringenes virkninger kreves før {{reference}} kan bli {{status}}: registrer den for overføringene til {{transfers}} (C-311/18, Schrems II; EDPB-anbefalinger 01/2020).',
  referenceTaken: 'Referansen {{reference}} er allerede brukt av «{{title}}»',
  alreadyTerminated: '{{reference}} er allerede avsluttet.',
  notEnded:
    '{{reference}} er ikke avsluttet; avslutt den for å registrere hva som skjedde med opplysningene.',
  noLongerReviewed: '{{reference}} er {{status}}; den gjennomgås ikke lenger.',
  confirmSubProcessorsToldData:
    'Bekreft at underleverandørene ble bedt om å slette eller returnere opplysningene',
  recordTiaFirst: 'Registrer vurderingen av overføringens virkninger først',
  transferAlreadyRemoved: 'Den overføringen er allerede fjernet.',
  transferNotRemoved: 'Den overføringen er ikke fjernet.',
  transferRemoved: 'Den overføringen er fjernet; gjenopprett den før du endrer den.',
  notOurProcessorAgreementThis: '{{reference}} er ikke vår databehandleravtale for denne kunden',
  notOurProcessorAgreementChosen: '{{reference}} er ikke vår databehandleravtale for den valgte kunden',
  supplierProcessingOurs:
    '{{reference}} er en leverandøravtale: behandlingen den dekker, er vår egen, registrert som behandlingsansvarlig.',
  alreadyRecordsProcessing: '{{reference}} registrerer allerede behandlingen under {{agreement}}.',
  archivedRestoreFirst: '{{reference}} er arkivert; gjenopprett den før du endrer den.',
  alreadyArchived: '{{reference}} er allerede arkivert.',
  notArchived: '{{reference}} er ikke arkivert.',
  alreadyReportedFrom: 'Avvik {{number}} er allerede meldt fra {{inquiry}}.',
  notifiedAsOwn:
    'Datatilsynet fikk melding om {{number}} som vårt eget avvik; våre egne opplysninger forblir berørt (velg begge hvis også kunders opplysninger er berørt).',
  peopleToldOwn:
    'Hva de berørte av {{number}} ble fortalt, er registrert; våre egne opplysninger forblir berørt (velg begge hvis også kunders opplysninger er berørt).',
  customerToldStays: '{{name}} ble varslet om avviket {{time}}; det blir stående i registreringen',
  awarenessFixed:
    'Meldingene om {{number}} ble gitt ut fra tidspunktet vi ble kjent med avviket, {{time}}; det kan ikke lenger endres. Rett det i en oppfølgende melding i stedet.',
  processorCustomersNotify:
    'I {{number}} er vi databehandler: vi varsler kundene, og de melder, som behandlingsansvarlige, fra til Datatilsynet.',
  notAssessedDpo: 'Avvik {{number}} er ikke vurdert ennå; personvernombudet vurderer risikoen først.',
  unlikelyRisk:
    'Avvik {{number}} er vurdert som lite sannsynlig å medføre risiko, så Datatilsynet får ikke melding. Vurder det på nytt først hvis det skal meldes.',
  finalRecorded: 'Den endelige meldingen om {{number}} er registrert; ingenting kommer etter den.',
  initialRecorded:
    'Den første meldingen er registrert ({{time}}); denne er en oppfølgende eller den endelige',
  previousNotification: 'Forrige melding ble sendt {{time}}; denne kan ikke være tidligere',
  awareNotification: 'Vi ble kjent med avviket {{time}}; meldingen kan ikke være tidligere',
  notificationLate:
    'Meldingen kom {{duration}} etter at 72-timersfristen gikk ut ({{time}}); art. 33 nr. 1 krever en begrunnelse for forsinkelsen',
  controllerNoCustomerToTell: 'I {{number}} er vi behandlingsansvarlig: det finnes ingen kunde å varsle.',
  customerNotAffected: 'Den kunden er ikke blant de berørte av {{number}}',
  customerAlreadyTold: '{{name}} er allerede registrert som varslet, {{time}}.',
  awareCustomer: 'Vi ble kjent med avviket {{time}}; kunden kan ikke ha blitt varslet tidligere',
  customerToldLateTarget:
    '{{name}} ble varslet {{duration}} etter at vår frist gikk ut ({{time}}); skriv hvorfor',
  customerToldLateAgreement:
    '{{name}} ble varslet {{duration}} etter at fristen i avtalen gikk ut ({{time}}); skriv hvorfor',
  processorCustomersDecide:
    'I {{number}} er vi databehandler: kundene, som behandlingsansvarlige, avgjør om de berørte skal informeres (art. 34).',
  notAssessedRisk: 'Avvik {{number}} er ikke vurdert ennå; risikoen avgjør hva de berørte skal få vite.',
  peopleAlreadyRecorded:
    'Hva de berørte av {{number}} ble fortalt, eller hvorfor ikke, er allerede registrert.',
  awarePeople: 'Vi ble kjent med avviket {{time}}; de berørte kan ikke ha blitt informert tidligere',
  noExceptionNeeded:
    'Bare høy risiko krever at de berørte informeres (art. 34 nr. 1); {{number}} trenger ikke noe unntak.',
  awareNotice: 'Vi ble kjent med avviket {{time}}; kunngjøringen kan ikke være tidligere',
  inquiryLinkedToBreach: '{{inquiry}} er allerede knyttet til {{number}}.',
  breachNotClosable: 'Avvik {{number}} kan ikke avsluttes ennå: {{unmet}}.',
  breachBeforeAware: 'Et avvik skjer før vi blir kjent med det; kontroller begge tidspunktene',
  timeBefore2000: 'Kontroller året: tidspunktet er før 2000',
  recordWhyNotNotified:
    'Registrer hvorfor Datatilsynet ikke får melding: beslutningen og begrunnelsen tas vare på (art. 33 nr. 5)',
  breachBeforeGdpr: 'Personvernforordningen gjelder i Norge fra 20.07.2018; kontroller året',
  firstNotification: 'Den første meldingen er den foreløpige, eller den endelige når alt meldes på én gang',
  timeInFuture: 'Tidspunktet kan ikke være fram i tid',
  cannotAttachTo: 'Filer kan ikke legges ved «{{type}}».',
  fileMissing: 'Filen til «{{name}}» mangler i datamappen.',
  fileOutside: 'Filen til «{{name}}» peker utenfor datamappen, så den brukes ikke.',
  fileAltered:
    '«{{name}}» stemmer ikke lenger med fingeravtrykket som ble tatt da den ble lagt ved: den kan ha blitt endret.',
  onlyDocuments:
    '«{{name}}» kan ikke legges ved: bare dokumenter tas vare på ({{allowed}}). Lagre den som PDF og legg ved den.',
  onlyDocumentsListed:
    '«{{name}}» kan ikke legges ved: bare dokumenter tas vare på (PDF, bilder (PNG, JPEG, GIF, WebP, TIFF), Word, Excel, PowerPoint, OpenDocument, RTF, tekst, CSV og e-postfiler (.eml, .msg), og datapakker (en ZIP med JSON-, CSV- eller tekstfiler)). Lagre den som PDF og legg ved den.',
  contentMismatch:
    '«{{name}}» er navngitt som en {{type}}-fil, men innholdet er ikke det, så den ble avvist. Lagre den på nytt fra programmet som laget den, eller som PDF.',
  fileTooBig:
    '«{{name}}» er {{size}}; filer kan være høyst {{max}} MB. En administrator kan endre grensen under Innstillinger.',
  notOpenable:
    '«{{name}}» er ikke en dokumenttype Privacy Desk åpner: den kan kjøres som et program. Bruk «Lagre en kopi» i stedet, og åpne den bare hvis du stoler på den.',
  otherKey: '{{file}} inneholder en annen nøkkel enn denne databasens; flytt den bort først.',
  backupNotFoundIn: 'Sikkerhetskopien {{name}} ble laget, men finnes ikke i {{folder}}.',
  backupMissing: '{{file}} finnes ikke.',
  backupManifestMissing: '{{file}} mangler eller kan ikke leses.',
  backupDamaged: 'Databasekopien er skadet: {{found}}',
  backupOtherKey:
    'Sikkerhetskopiens revisjonslogg er låst med nøkkel-ID {{id}}, som verken ligger ved sikkerhetskopien eller er kontorets: legg kontorets audit.key i {{folder}} for å kontrollere den.',
  backupChainBreaks:
    'Revisjonskjeden brytes ved oppføring {{id}}: {{reason}} ({{entries}} oppføringer før den er intakte).',
  backupChainEnd:
    'Revisjonskjeden slutter ikke der manifestet sier at den sluttet da sikkerhetskopien ble tatt.',
  backupRowCount: 'Tabellen {{table}} har {{rows}} rader; manifestet sier {{expected}}.',
  backupUnreadable: 'Databasekopien kan ikke leses ({{code}}).',
  unknownError: 'ukjent feil',
  backupFileMissing: 'Den vedlagte filen {{file}} mangler.',
  backupFileAltered: 'Den vedlagte filen {{file}} stemmer ikke med sin SHA-256.',
  cannotRestore: '{{name}} kan ikke gjenopprettes: {{problems}}',
  fileExists:
    '{{file}} finnes allerede og inneholder data; {{what}} overskriver aldri en fil. Velg et nytt navn.',
  chainBreaks: 'Den gjenopprettede revisjonsloggen brytes ved oppføring {{id}}: {{reason}}.',
  restoreOnlyDesktop:
    'Bare skrivebordsappen kan sette en sikkerhetskopi i stedet for den åpne databasen. Bruk `privacy-desk --db NY-FIL restore --from SIKKERHETSKOPI` i stedet.',
  purgeStopped:
    'Slettingen stoppet underveis. Det som ble fjernet, forblir fjernet, og resten er urørt; neste sletting fullfører jobben. Detaljene står i loggen.',
  pgDumpAdvice:
    'Dette kontoret har dataene sine i PostgreSQL: ta sikkerhetskopi med databaseserverens egen pg_dump (f.eks. `pg_dump --format=custom --file=privacy-desk.dump "$DATABASE_URL"`) og gjenopprett med pg_restore til en ny database; kopier vedleggsmappen ved siden av.',
  faultFull:
    'Disken som har {{folder}}, er full, så ingenting ble lagret, og appens logg ble kanskje heller ikke skrevet. Frigjør plass på disken (eller be IT om det), og prøv igjen.',
  faultReadOnly:
    'Privacy Desk kan bare lese {{file}}: filen eller mappen {{folder}} er skrivebeskyttet for kontoen din, så ingenting ble lagret. Be IT om å gi kontoen din skrivetilgang til mappen, og start Privacy Desk på nytt.',
  faultCannotOpen:
    'Privacy Desk kan ikke åpne eller opprette {{file}}: mappen {{folder}} mangler, eller kontoen din har ikke skrivetilgang der. Velg en annen mappe med --db, eller be IT om skrivetilgang.',
  faultDamaged: 'Databasen {{file}} er skadet, så Privacy Desk lagrer ikke mer i den. {{advice}}',
  faultDamagedNewest:
    'Databasen {{file}} er skadet, så Privacy Desk lagrer ikke mer i den. Den nyeste sikkerhetskopien er {{backup}}: en administrator gjenoppretter den under Administrasjon → Sikkerhetskopier, eller med `privacy-desk --db NY-FIL restore --from {{backup}}`.',
  faultDamagedNoBackup:
    'Databasen {{file}} er skadet, så Privacy Desk lagrer ikke mer i den. Gjenopprett den siste sikkerhetskopien du har, med `privacy-desk --db NY-FIL restore --from SIKKERHETSKOPI`, og åpne den nye filen.',
  faultNotADatabase:
    '{{file}} er ikke en Privacy Desk-database (eller den er for skadet til å leses), så den ble ikke rørt. Kontroller filnavnet som ble gitt med --db eller PRIVACY_DESK_DB. {{advice}}',
  faultNotADatabaseNewest:
    '{{file}} er ikke en Privacy Desk-database (eller den er for skadet til å leses), så den ble ikke rørt. Kontroller filnavnet som ble gitt med --db eller PRIVACY_DESK_DB. Den nyeste sikkerhetskopien er {{backup}}: en administrator gjenoppretter den under Administrasjon → Sikkerhetskopier, eller med `privacy-desk --db NY-FIL restore --from {{backup}}`.',
  faultNotADatabaseNoBackup:
    '{{file}} er ikke en Privacy Desk-database (eller den er for skadet til å leses), så den ble ikke rørt. Kontroller filnavnet som ble gitt med --db eller PRIVACY_DESK_DB. Gjenopprett den siste sikkerhetskopien du har, med `privacy-desk --db NY-FIL restore --from SIKKERHETSKOPI`, og åpne den nye filen.',
  faultBusy:
    'Et annet program holder {{file}} (en ny kopi av Privacy Desk, et sikkerhetskopieringsverktøy eller et databaseprogram), så ingenting ble lagret. Lukk det og prøv igjen.',
  passwordOnlySpaces: 'Passordet kan ikke bare være mellomrom',
  passwordShortTrimmed: 'Passordet må ha minst 10 tegn utenom mellomrom i endene',
  passwordFewCharacters: 'Passordet gjentar for få ulike tegn; velg heller noen ord',
  passwordCommon: 'Dette er et av de vanligste passordene; velg heller noen egne ord',
  thingsToCorrect: '{{count}} ting må rettes: {{messages}}',
};
