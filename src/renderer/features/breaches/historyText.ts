import { namespace } from '../../../shared/i18n/translate';

/** The history and the linked inquiries. */
export const breachHistoryText = namespace(
  {
    historyHelp: 'Every step, by whom and when. Reads are in the audit log.',
    addNoteLabel: 'Add a note (a call, a step taken outside the app)',
    noteAdded: 'The note was added.',
    hideChanges: 'Hide the field changes',
    showChanges: 'Show the field changes (audit log)',
    inquiriesTitle: 'Inquiries',
    inquiriesHelp: 'The calls, e-mails and letters that reported or concern this breach.',
    noInquiryLinked: 'No inquiry linked',
    noInquiryLinkedText: 'Link the inquiry that reported it, or others about the same breach.',
    linkedInquiries: 'Linked inquiries',
    reportedFromIt: 'Reported from it',
    linked: 'Linked',
    receivedLine: '{{how}} · received {{time}}',
    linkInquiry: 'Link an inquiry',
  },
  {
    historyHelp: 'Hvert trinn, av hvem og når. Oppslag står i revisjonsloggen.',
    addNoteLabel: 'Legg til et notat (en samtale, et trinn utenfor appen)',
    noteAdded: 'Notatet er lagt til.',
    hideChanges: 'Skjul feltendringene',
    showChanges: 'Vis feltendringene (revisjonsloggen)',
    inquiriesTitle: 'Henvendelser',
    inquiriesHelp: 'Samtalene, e-postene og brevene som meldte eller gjelder dette avviket.',
    noInquiryLinked: 'Ingen henvendelse koblet',
    noInquiryLinkedText: 'Koble henvendelsen som meldte det, eller andre om det samme avviket.',
    linkedInquiries: 'Koblede henvendelser',
    reportedFromIt: 'Meldt herfra',
    linked: 'Koblet',
    receivedLine: '{{how}} · mottatt {{time}}',
    linkInquiry: 'Koble en henvendelse',
  },
);
