import { namespace } from '../../../shared/i18n/translate';

/** Administration → Audit log. */
export const auditText = namespace(
  {
    screenTitle: 'Audit log',
    screenDescription: 'Who changed or read what, and a check that no entry was altered.',
    subtitle:
      'Every change and every read of personal data, with who did it and when. Entries are chained with a keyed hash whose key and last entry are kept outside the database: no one can alter, remove or cut off an entry without the check below finding it. The before/after copies are kept apart, so an erasure or the retention purge can remove them and the chain still holds.',
    when: 'When',
    who: 'Who',
    what: 'What',
    record: 'Record',
    through: 'Through',
    failsCheck: 'The audit log does not pass the check: {{reason}}.',
    brokenAt:
      'The audit chain is broken at entry {{id}}: {{reason}}. Entries before it ({{entries}}) are intact.',
    redactedCopies: 'The before/after copies of {{count}} were removed: {{groups}}.',
    intact:
      'The audit chain is intact: all {{entries}} entries match their hashes, and its end matches the record kept outside the database.',
    saveKeyHint:
      "Writes the chain's key to audit.key in the data folder, readable only by you, so that the command-line tool can check and write the log",
    saveKey: 'Save the key for the command-line tool',
    checking: 'Checking…',
    verify: 'Verify the chain',
    keySaved:
      'The key is saved in {{file}}, readable only by you. Keep it as safe as the database: whoever holds both can rewrite the log.',
    keyAlreadyThere: '{{file}} already holds this key.',
    from: 'From',
    to: 'To',
    user: 'User',
    anyone: 'Anyone',
    recordType: 'Record type',
    action: 'Action',
    recordId: 'Record id',
    entries: 'Audit entries',
    noEntries: 'No entries match these filters',
    entryLabel: 'Audit entry {{id}}',
    entryTitle: 'Entry #{{id}}: {{what}}',
    entryThrough: 'through {{channel}}',
    redactedEntry:
      'The before/after copies of this entry were removed ({{reason}}). The entry and the hash of what it held stay in the chain.',
  },
  {
    screenTitle: 'Revisjonslogg',
    screenDescription: 'Hvem som endret eller leste hva, og en kontroll av at ingen oppføring er endret.',
    subtitle:
      'Hver endring og hver lesing av personopplysninger, med hvem som gjorde det og når. Oppføringene er lenket med en nøklet hash der nøkkelen og siste oppføring oppbevares utenfor databasen: ingen kan endre, fjerne eller kutte bort en oppføring uten at kontrollen nedenfor finner det. Før- og etterkopiene oppbevares for seg, så sletting på forespørsel eller etter lagringstid kan fjerne dem og kjeden fortsatt holder.',
    when: 'Når',
    who: 'Hvem',
    what: 'Hva',
    record: 'Oppføring',
    through: 'Via',
    failsCheck: 'Revisjonsloggen består ikke kontrollen: {{reason}}.',
    brokenAt:
      'Revisjonskjeden er brutt ved oppføring {{id}}: {{reason}}. Oppføringene før den ({{entries}}) er intakte.',
    redactedCopies: 'Før- og etterkopiene av {{count}} er fjernet: {{groups}}.',
    intact:
      'Revisjonskjeden er intakt: alle {{entries}} oppføringene stemmer med sine hasher, og slutten stemmer med kopien som oppbevares utenfor databasen.',
    saveKeyHint:
      'Skriver kjedens nøkkel til audit.key i datamappen, lesbar bare for deg, slik at kommandolinjeverktøyet kan kontrollere og skrive loggen',
    saveKey: 'Lagre nøkkelen for kommandolinjeverktøyet',
    checking: 'Kontrollerer …',
    verify: 'Kontroller kjeden',
    keySaved:
      'Nøkkelen er lagret i {{file}}, lesbar bare for deg. Pass like godt på den som på databasen: den som har begge, kan skrive om loggen.',
    keyAlreadyThere: '{{file}} har allerede denne nøkkelen.',
    from: 'Fra',
    to: 'Til',
    user: 'Bruker',
    anyone: 'Alle',
    recordType: 'Type oppføring',
    action: 'Handling',
    recordId: 'Oppførings-id',
    entries: 'Oppføringer i revisjonsloggen',
    noEntries: 'Ingen oppføringer passer til disse filtrene',
    entryLabel: 'Oppføring {{id}} i revisjonsloggen',
    entryTitle: 'Oppføring nr. {{id}}: {{what}}',
    entryThrough: 'via {{channel}}',
    redactedEntry:
      'Før- og etterkopiene av denne oppføringen er fjernet ({{reason}}). Oppføringen og hashen av innholdet blir stående i kjeden.',
  },
);
