import { namespace } from '../../../shared/i18n/translate';

/** Administration → Backups. */
export const backupsText = namespace(
  {
    screenTitle: 'Backups',
    screenDescription: 'The daily copies of the database and its files; restore one.',
    subtitle:
      'Once a day the app copies the database and its attached files into {{folder}}; the newest {{keep}} are kept (Settings → Backups).',
    subtitleLoading: 'The daily copies of the database and its attached files.',
    backingUp: 'Backing up…',
    backUpNow: 'Back up now',
    made: 'Backup {{name}} was made.',
    noBackups: 'No backups yet',
    restoreOf: 'Restore the backup of {{at}}',
    restoreEllipsis: 'Restore…',
    noManifest: 'no manifest: cannot be restored',
    contents: '{{entries}} audit entries, {{files}} attached files',
    elsewhere:
      'A copy elsewhere (another disk, the office server) is made with {{backup}}; it is restored into a new database with {{restore}}.',
    restoreTitle: 'Restore this backup?',
    restore: 'Restore',
    restoreText:
      'The app goes back to the database as it was on {{at}}: whatever was recorded since is not in it. The current database is kept aside in the same folder under a name ending in “before-restore” and the time, so nothing is lost. The backup is checked first (its audit chain and files); then everyone is signed out and the window opens on the restored database.',
  },
  {
    screenTitle: 'Sikkerhetskopier',
    screenDescription: 'De daglige kopiene av databasen og filene; gjenopprett en av dem.',
    subtitle:
      'Én gang om dagen kopierer programmet databasen og de vedlagte filene til {{folder}}; de {{keep}} nyeste beholdes (Innstillinger → Sikkerhetskopier).',
    subtitleLoading: 'De daglige kopiene av databasen og de vedlagte filene.',
    backingUp: 'Tar sikkerhetskopi …',
    backUpNow: 'Ta sikkerhetskopi nå',
    made: 'Sikkerhetskopien {{name}} er laget.',
    noBackups: 'Ingen sikkerhetskopier ennå',
    restoreOf: 'Gjenopprett sikkerhetskopien fra {{at}}',
    restoreEllipsis: 'Gjenopprett …',
    noManifest: 'mangler manifest: kan ikke gjenopprettes',
    contents: '{{entries}} oppføringer i revisjonsloggen, {{files}} vedlagte filer',
    elsewhere:
      'En kopi et annet sted (en annen disk, kontorserveren) lages med {{backup}}; den gjenopprettes i en ny database med {{restore}}.',
    restoreTitle: 'Gjenopprette denne sikkerhetskopien?',
    restore: 'Gjenopprett',
    restoreText:
      'Programmet går tilbake til databasen slik den var {{at}}: det som er registrert siden, er ikke med. Den nåværende databasen legges til side i samme mappe under et navn som slutter på «before-restore» og tidspunktet, så ingenting går tapt. Sikkerhetskopien kontrolleres først (revisjonskjeden og filene); deretter logges alle ut, og vinduet åpner den gjenopprettede databasen.',
  },
);
