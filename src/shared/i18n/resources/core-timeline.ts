import { namespace } from '../translate';

/**
 * The simple lines of a case's or a breach's timeline. Since migration 080 a line keeps its phrase;
 * a line written before it is kept in English only, and read back to its key here (`matchPhrase`) when
 * one of these texts wrote it, else shown as written. The compound lines are in `timeline-lines.ts`.
 */
export const coreTimeline = namespace(
  {
    inquiryLinked: 'Inquiry {{number}} linked',
    openedFromInquiry: 'Opened from inquiry {{number}}, logged by {{name}}',
    unassigned: 'No longer assigned to anyone',
    assigned: 'Assigned to {{name}}',
    taskAssigned: 'Task assigned to {{name}}: {{task}}',
    taskComment: 'Comment on "{{task}}": {{text}}',
    taskAdded: 'Task added: {{task}}',
    taskDone: 'Task done: {{task}}',
    taskReopened: 'Task reopened: {{task}}',
    taskNotApplicable: 'Task marked not applicable: {{task}}',
    recipientAdded: 'Recipient added: {{name}}',
    recipientRemoved: 'Recipient removed: {{name}}',
    ticked: 'Ticked: {{item}}',
    unticked: 'Unticked: {{item}}',
    reportedFromInquiry: 'Reported from inquiry {{number}} by {{name}}',
    awarenessCorrected: 'Became aware corrected from {{from}} to {{to}}: {{reason}}',
    breachClosed: 'Closed. Every obligation is met or decided.',
  },
  {
    inquiryLinked: 'Henvendelse {{number}} koblet til',
    openedFromInquiry: 'Åpnet fra henvendelse {{number}}, registrert av {{name}}',
    unassigned: 'Ikke lenger tildelt noen',
    assigned: 'Tildelt {{name}}',
    taskAssigned: 'Oppgave tildelt {{name}}: {{task}}',
    taskComment: 'Kommentar til «{{task}}»: {{text}}',
    taskAdded: 'Oppgave lagt til: {{task}}',
    taskDone: 'Oppgave utført: {{task}}',
    taskReopened: 'Oppgave åpnet igjen: {{task}}',
    taskNotApplicable: 'Oppgave merket som ikke aktuell: {{task}}',
    recipientAdded: 'Mottaker lagt til: {{name}}',
    recipientRemoved: 'Mottaker fjernet: {{name}}',
    ticked: 'Krysset av: {{item}}',
    unticked: 'Avkrysning fjernet: {{item}}',
    reportedFromInquiry: 'Meldt fra henvendelse {{number}} av {{name}}',
    awarenessCorrected: 'Tidspunktet vi ble kjent med det, rettet fra {{from}} til {{to}}: {{reason}}',
    breachClosed: 'Lukket. Alle plikter er oppfylt eller avgjort.',
  },
);
