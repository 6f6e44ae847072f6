import { namespace } from '../translate';

/**
 * The core's words on a case: its forwarding and customer deadlines, why a wait for the person
 * pauses the time or not, and the lines of its timeline. Phrases name them as `coreCases:<key>`.
 */
export const coreCases = namespace(
  {
    forwardBy_one:
      'Forward to the customer: {{received}} + {{count}} working day = {{date}} (as processor, without undue delay, Art. 28(3)(e))',
    forwardBy_other:
      'Forward to the customer: {{received}} + {{count}} working days = {{date}} (as processor, without undue delay, Art. 28(3)(e))',
    customerDeadline:
      "Deadline set by the customer: {{date}} (the controller's own deadline under Art. 12(3) is {{statutory}})",
    days_one: '{{count}} day',
    days_other: '{{count}} days',
    identity: 'identity verification',
    clarification: 'clarification of the request',
    askedSameDay: 'Asked for {{what}} on {{date}}, the day the request arrived',
    askedAfter: 'Asked for {{what}} on {{date}}, {{after}} after receipt',
    pauseOff:
      '{{asked}}. The pause setting is off: waiting for the person does not move the deadline (Art. 12(3)).',
    pauseLate:
      '{{asked}}: later than {{within}} after receipt, so not without undue delay, and the time does not pause (EDPB guidelines 01/2022).',
    pauseSameDay: '{{asked}}, answered the same day: nothing to add.',
    pauseAnswered:
      '{{asked}}, without undue delay: the {{days}} until the answer on {{answered}} are added to the deadline.',
    pauseWaiting:
      '{{asked}}, without undue delay: the {{days}} waited so far (still waiting) are added to the deadline.',
  },
  {
    forwardBy_one:
      'Videresend til kunden: {{received}} + {{count}} virkedag = {{date}} (som databehandler, uten ugrunnet opphold, art. 28 nr. 3 bokstav e)',
    forwardBy_other:
      'Videresend til kunden: {{received}} + {{count}} virkedager = {{date}} (som databehandler, uten ugrunnet opphold, art. 28 nr. 3 bokstav e)',
    customerDeadline:
      'Frist satt av kunden: {{date}} (den behandlingsansvarliges egen frist etter art. 12 nr. 3 er {{statutory}})',
    days_one: '{{count}} dag',
    days_other: '{{count}} dager',
    identity: 'identitetsbekreftelse',
    clarification: 'presisering av kravet',
    askedSameDay: 'Ba om {{what}} {{date}}, samme dag som kravet kom',
    askedAfter: 'Ba om {{what}} {{date}}, {{after}} etter mottak',
    pauseOff:
      '{{asked}}. Innstillingen for stans er av: å vente på personen flytter ikke fristen (art. 12 nr. 3).',
    pauseLate:
      '{{asked}}: senere enn {{within}} etter mottak, altså ikke uten ugrunnet opphold, og tiden stanser ikke (EDPBs retningslinjer 01/2022).',
    pauseSameDay: '{{asked}}, besvart samme dag: ingenting å legge til.',
    pauseAnswered:
      '{{asked}}, uten ugrunnet opphold: de {{days}} frem til svaret {{answered}} legges til fristen.',
    pauseWaiting:
      '{{asked}}, uten ugrunnet opphold: de {{days}} ventet så langt (venter fortsatt) legges til fristen.',
  },
);
