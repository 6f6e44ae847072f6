import { namespace } from '../../../shared/i18n/translate';

// --- generated below ---
/** A record’s attached files. */
export const attachmentsText = namespace(
  {
    attached: '"{{name}}" was attached.',
    defaultHint: 'Documents kept with this record.',
    keptHow:
      'PDF, images, office documents, text and e-mail files are kept in the data folder with a SHA-256 fingerprint; never attach a copy of an identity document.',
    chooseFiles: 'Choose files to attach',
    attachFiles: 'Attach files',
    uploading: 'Uploading',
    noFiles: 'No files attached yet',
    attachedFiles: 'Attached files',
    openInViewer: 'Open in the system viewer',
    openFile: 'Open {{name}}',
    saveCopy: 'Save a copy',
    saveCopyOf: 'Save a copy of {{name}}',
    remove: 'Remove',
    removeFile: 'Remove {{name}}',
    fileLine: '{{size}} · added {{time}} by {{name}} · SHA-256 {{hash}}…',
    notOpenable: ' · not a document type the app opens: save a copy instead',
    removed: '"{{name}}" was removed.',
    undo: 'Undo',
    removeTitle: 'Remove “{{name}}”?',
    removeText:
      'The file disappears from this record; it is kept until the retention period ends, so this can be undone.',
    whyRemoved: 'Why is it removed?',
  },
  {
    attached: '«{{name}}» er lagt ved.',
    defaultHint: 'Dokumenter som hører til denne registreringen.',
    keptHow:
      'PDF, bilder, kontordokumenter, tekst- og e-postfiler lagres i datamappen med et SHA-256-fingeravtrykk; legg aldri ved en kopi av et identitetsdokument.',
    chooseFiles: 'Velg filer å legge ved',
    attachFiles: 'Legg ved filer',
    uploading: 'Laster opp',
    noFiles: 'Ingen vedlegg ennå',
    attachedFiles: 'Vedlegg',
    openInViewer: 'Åpne i systemets visningsprogram',
    openFile: 'Åpne {{name}}',
    saveCopy: 'Lagre en kopi',
    saveCopyOf: 'Lagre en kopi av {{name}}',
    remove: 'Fjern',
    removeFile: 'Fjern {{name}}',
    fileLine: '{{size}} · lagt ved {{time}} av {{name}} · SHA-256 {{hash}}…',
    notOpenable: ' · ikke en dokumenttype appen åpner: lagre en kopi i stedet',
    removed: '«{{name}}» er fjernet.',
    undo: 'Angre',
    removeTitle: 'Fjerne «{{name}}»?',
    removeText:
      'Filen forsvinner fra denne registreringen; den beholdes til lagringstiden er ute, så dette kan angres.',
    whyRemoved: 'Hvorfor fjernes den?',
  },
);
