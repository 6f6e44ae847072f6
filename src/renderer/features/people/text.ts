import { namespace } from '../../../shared/i18n/translate';

/** Work → People: the person search, the selection of several spellings and the access report. */
export const peopleText = namespace(
  {
    screenTitle: 'People',
    screenDescription: 'One person across every record the app holds, for an access or erasure request.',
    subtitle:
      'Find one person across inquiries (deleted ones too), cases, breaches, contact persons, attached files and the audit log: by name, e-mail address, phone number (with or without spaces and +47) or customer reference. Tick the records that are theirs and search again with other spellings: the selection is what the access report covers. Every search is recorded in the audit log.',
    field: 'Name, e-mail address, phone number or reference',
    search: 'Search',
    searching: 'Searching…',
    nothing: 'Nothing found for {{query}}',
    quoted: '“{{text}}”',
    kindInquiry: 'Inquiries',
    kindCase: 'Rights-request cases',
    kindBreach: 'Breaches',
    kindOrganisation: "Organisations' contact persons",
    kindAttachment: 'Attached files',
    kindAudit: 'Audit log',
    newest: 'The newest {{count}} are shown.',
    matched: 'Matched: {{why}}',
    deleted: 'Deleted, kept until the purge',
    select: 'Select {{title}}',
    selectAll_one: 'Select this result',
    selectAll_other: 'Select all {{count}} results',
    allSelected: 'All these results are selected',

    selection: 'Selection',
    records_one: '{{count}} record',
    records_other: '{{count}} records',
    empty:
      'Nothing selected yet. Tick the results that are this person’s; search again with another spelling (a former name, another e-mail address or phone number) and add those too.',
    gatheredFrom: 'Gathered from: {{searches}}',
    foundBy: 'found by {{query}}, matched: {{why}}',
    remove: 'Remove {{title}} from the selection',
    clear: 'Clear the selection',

    reportLanguage: 'Language of the report',
    report: 'Access report',
    making: 'Making the report…',
    saved: 'Access report saved: “{{pdf}}” for the person and “{{zip}}” (JSON and CSV).',

    makeForCase: 'Make access report',
    dialogTitle: 'Access report for case {{number}}',
    dialogIntro:
      'The search starts with the requester’s details. Tick the records that are this person’s, search again with other spellings and add them. The PDF for the person and the ZIP of JSON and CSV are kept under the case’s Documents, and the timeline notes the report.',
    alsoSearch: 'Search also:',
    keepOnCase: 'Make the report and keep it on the case',
    kept_one: 'Access report kept under Documents ({{count}} record).',
    kept_other: 'Access report kept under Documents ({{count}} records).',
  },
  {
    screenTitle: 'Personer',
    screenDescription:
      'Én person på tvers av alt appen har registrert, for et krav om innsyn eller sletting.',
    subtitle:
      'Finn én person i henvendelser (også slettede), saker, avvik, kontaktpersoner, vedlagte filer og revisjonsloggen: på navn, e-postadresse, telefonnummer (med eller uten mellomrom og +47) eller kundereferanse. Kryss av registreringene som er personens, og søk igjen med andre skrivemåter: utvalget er det innsynsrapporten omfatter. Hvert søk registreres i revisjonsloggen.',
    field: 'Navn, e-postadresse, telefonnummer eller referanse',
    search: 'Søk',
    searching: 'Søker …',
    nothing: 'Ingen treff på {{query}}',
    quoted: '«{{text}}»',
    kindInquiry: 'Henvendelser',
    kindCase: 'Saker om rettighetskrav',
    kindBreach: 'Avvik',
    kindOrganisation: 'Kontaktpersoner hos virksomheter',
    kindAttachment: 'Vedlagte filer',
    kindAudit: 'Revisjonslogg',
    newest: 'De {{count}} nyeste vises.',
    matched: 'Treff: {{why}}',
    deleted: 'Slettet, lagres til neste opprydding',
    select: 'Velg {{title}}',
    selectAll_one: 'Velg dette treffet',
    selectAll_other: 'Velg alle {{count}} treffene',
    allSelected: 'Alle disse treffene er valgt',

    selection: 'Utvalg',
    records_one: '{{count}} registrering',
    records_other: '{{count}} registreringer',
    empty:
      'Ingenting er valgt ennå. Kryss av treffene som er denne personens; søk igjen med en annen skrivemåte (et tidligere navn, en annen e-postadresse eller et annet telefonnummer) og legg til dem også.',
    gatheredFrom: 'Samlet fra: {{searches}}',
    foundBy: 'funnet ved {{query}}, treff: {{why}}',
    remove: 'Fjern {{title}} fra utvalget',
    clear: 'Tøm utvalget',

    reportLanguage: 'Språk i rapporten',
    report: 'Innsynsrapport',
    making: 'Lager rapporten …',
    saved: 'Innsynsrapporten er lagret: «{{pdf}}» til personen og «{{zip}}» (JSON og CSV).',

    makeForCase: 'Lag innsynsrapport',
    dialogTitle: 'Innsynsrapport for sak {{number}}',
    dialogIntro:
      'Søket starter med opplysningene om den som har fremsatt kravet. Kryss av registreringene som er denne personens, søk igjen med andre skrivemåter og legg dem til. PDF-en til personen og ZIP-filen med JSON og CSV lagres under sakens dokumenter, og tidslinjen noterer rapporten.',
    alsoSearch: 'Søk også:',
    keepOnCase: 'Lag rapporten og lagre den på saken',
    kept_one: 'Innsynsrapporten er lagret under dokumenter ({{count}} registrering).',
    kept_other: 'Innsynsrapporten er lagret under dokumenter ({{count}} registreringer).',
  },
);
