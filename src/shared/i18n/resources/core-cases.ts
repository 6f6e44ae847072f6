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
    overridden: 'Overridden by {{name}} on {{date}}: {{reason}}',
    noPersonalData: 'Granting this request discloses, changes and erases no personal data.',
    before: 'Before personal data is {{effects}}',
    or: '{{first}} or {{second}}',
    disclose: 'disclosed',
    change: 'changed',
    erase: 'erased',
    representative: "{{before}}, the representative's authority must be checked.",
    notCovered:
      '{{before}}: the verification was decided before {{types}} was added to the case and does not cover it. Decide the result again.',
    otherCapacity:
      '{{before}}: the verification was decided while the case was in {{capacity}} capacity. Decide the result again.',
    verifiedBy: 'Identity verified by {{name}} on {{date}}.',
    notNeeded: 'No verification needed: {{reason}}',
    notNeededNoReason: 'No verification needed:',
    failed: '{{before}}: identity verification failed ({{reason}}).',
    failedNoReason: '{{before}}: identity verification failed (no reason given).',
    mustVerify: "{{before}}, the person's identity must be verified (or found not needed).",
    controller: 'controller',
    processor: 'processor',
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
    overridden: 'Overstyrt av {{name}} {{date}}: {{reason}}',
    noPersonalData: 'Å innvilge dette kravet utleverer, endrer og sletter ingen personopplysninger.',
    before: 'Før personopplysninger {{effects}}',
    or: '{{first}} eller {{second}}',
    disclose: 'utleveres',
    change: 'endres',
    erase: 'slettes',
    representative: '{{before}}, må fullmektigens fullmakt kontrolleres.',
    notCovered:
      '{{before}}: bekreftelsen ble avgjort før {{types}} ble lagt til saken og dekker det ikke. Avgjør resultatet på nytt.',
    otherCapacity:
      '{{before}}: bekreftelsen ble avgjort mens saken var i rollen {{capacity}}. Avgjør resultatet på nytt.',
    verifiedBy: 'Identiteten bekreftet av {{name}} {{date}}.',
    notNeeded: 'Ingen bekreftelse nødvendig: {{reason}}',
    notNeededNoReason: 'Ingen bekreftelse nødvendig:',
    failed: '{{before}}: identitetsbekreftelsen mislyktes ({{reason}}).',
    failedNoReason: '{{before}}: identitetsbekreftelsen mislyktes (ingen begrunnelse gitt).',
    mustVerify: '{{before}}, må personens identitet bekreftes (eller funnet unødvendig).',
    controller: 'behandlingsansvarlig',
    processor: 'databehandler',
  },
);
