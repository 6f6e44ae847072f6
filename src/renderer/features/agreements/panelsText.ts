import { namespace } from '../../../shared/i18n/translate';

/** The agreements' panels (checklist, sub-processors, transfers, notices, history) and the processing record's screens. */
export const agreementPanelsText = namespace(
  {
    // HistoryPanel, panelParts
    noChangesRecorded: 'No changes recorded',
    remove: 'Remove',
    removeName: 'Remove {{name}}',
    historyTitle: 'History',
    historySubheader: 'From the audit log: every change, by whom and when.',
    // ArchiveDialog
    archivedNotice: '{{reference}} was archived.',
    archiveTitle: 'Archive {{reference}}?',
    archive: 'Archive',
    archiveHint:
      'A processing that has stopped leaves the record; it is kept, marked archived, and can be restored.',
    archiveReason: 'Why the processing stopped',
    // DuePanel
    dueLabel: 'What is due',
    dueTitle: 'What is due',
    dueTitleCount: 'What is due ({{count}})',
    dueSubheader:
      'As of {{date}}: reviews within 30 days or past, expiry within 60 days, objection windows closing within 14 days, objections not resolved.',
    dueFilterRegister: 'Filter the register',
    dueShowFewer: 'Show fewer',
    dueShowAll: 'Show all {{count}}',
    dueHideList: 'Hide the list',
    dueShowList: 'Show the list',
    dueNothing:
      'Nothing is due: no review within 30 days, no expiry within 60 days, no objection window closing.',
    dueItems: 'Due items',
    //@@en
  },
  {
    noChangesRecorded: 'Ingen endringer registrert',
    remove: 'Fjern',
    removeName: 'Fjern {{name}}',
    historyTitle: 'Historikk',
    historySubheader: 'Fra revisjonsloggen: hver endring, av hvem og når.',
    archivedNotice: '{{reference}} ble arkivert.',
    archiveTitle: 'Arkivere {{reference}}?',
    archive: 'Arkiver',
    archiveHint:
      'En behandling som er avsluttet, går ut av protokollen; den beholdes, merket som arkivert, og kan gjenopprettes.',
    archiveReason: 'Hvorfor behandlingen ble avsluttet',
    dueLabel: 'Hva som forfaller',
    dueTitle: 'Hva som forfaller',
    dueTitleCount: 'Hva som forfaller ({{count}})',
    dueSubheader:
      'Per {{date}}: gjennomganger innen 30 dager eller forfalt, utløp innen 60 dager, innsigelsesfrister som går ut innen 14 dager, innsigelser som ikke er avklart.',
    dueFilterRegister: 'Filtrer registeret',
    dueShowFewer: 'Vis færre',
    dueShowAll: 'Vis alle {{count}}',
    dueHideList: 'Skjul listen',
    dueShowList: 'Vis listen',
    dueNothing:
      'Ingenting forfaller: ingen gjennomgang innen 30 dager, ingen utløp innen 60 dager, ingen innsigelsesfrist som går ut.',
    dueItems: 'Frister',
    //@@nb
  },
);
