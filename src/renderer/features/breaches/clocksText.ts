import { namespace } from '../../../shared/i18n/translate';

/** The clocks panel: each duty's clock from the moment we became aware. */
export const breachClocksText = namespace(
  {
    clocks: 'Clocks',
    clockOf: 'Clock: {{label}}',
    notified: 'Notified {{time}}',
    peopleTold: 'The people were told {{time}}',
    customerTold: 'Told {{time}}',
    byMethod: ' by {{method}}',
    toWhom: ' to {{name}}',
    clockAuthority: 'Datatilsynet (Art. 33(1))',
    clockSubjects: 'The people affected (Art. 34)',
    clockCustomer: '{{label}} (our customer, the controller)',
    target: 'Target: ',
    due: 'Due ',
    withoutUndueDelay: ' (without undue delay)',
    lateDue: ' — due {{time}}',
    promisedHours:
      'The agreement promises {{hours}} hours: more than 48 leaves the customer too little of its own 72.',
    recordNotification: 'Record the notification',
    recordPeopleTold: 'Record what the people were told',
    recordCustomerTold: 'Record that the customer was told',
    weBecameAware: 'We became aware',
    awareExplained:
      'Every clock runs from this moment, in real hours: when anyone in the company (an agent on a call included) had reasonable certainty that personal data was compromised, not when the DPO assessed it.',
    osloTimes: 'Times are Oslo time; across a change to or from summer time the wall clock shifts an hour.',
    correctTime: 'Correct the time',
    awaitingAssessment:
      'Awaiting the data protection officer’s assessment. The clock already runs: assess the risk, then notify or record why not.',
    processorNote:
      'As processor we do not notify Datatilsynet: each customer, as controller, decides that. We tell each customer without undue delay, within the period its agreement sets (Art. 33(2)).',
    bothNote:
      'One incident, several duties: our own data is notified to Datatilsynet (and the people told if the risk is high); each customer whose data is affected is told as well (Art. 33(2)).',
    recordedAfterAssessment: 'The notification is recorded once the risk is assessed, on the Assessment tab.',
  },
  {
    clocks: 'Frister',
    clockOf: 'Frist: {{label}}',
    notified: 'Meldt {{time}}',
    peopleTold: 'De berørte ble varslet {{time}}',
    customerTold: 'Varslet {{time}}',
    byMethod: ' via {{method}}',
    toWhom: ' til {{name}}',
    clockAuthority: 'Datatilsynet (art. 33 nr. 1)',
    clockSubjects: 'De berørte personene (art. 34)',
    clockCustomer: '{{label}} (vår kunde, den behandlingsansvarlige)',
    target: 'Mål: ',
    due: 'Frist ',
    withoutUndueDelay: ' (uten ugrunnet opphold)',
    lateDue: ' — fristen var {{time}}',
    promisedHours: 'Avtalen lover {{hours}} timer: mer enn 48 gir kunden for lite igjen av sine egne 72.',
    recordNotification: 'Registrer meldingen',
    recordPeopleTold: 'Registrer hva de berørte fikk vite',
    recordCustomerTold: 'Registrer at kunden er varslet',
    weBecameAware: 'Vi ble kjent med det',
    awareExplained:
      'Alle frister løper fra dette tidspunktet, i klokketimer: da noen i selskapet (også en saksbehandler i en samtale) hadde rimelig sikkerhet for at personopplysninger var kompromittert, ikke da personvernombudet vurderte det.',
    osloTimes: 'Tidene er norsk tid; ved overgang til eller fra sommertid flytter klokken seg en time.',
    correctTime: 'Rett tidspunktet',
    awaitingAssessment:
      'Venter på personvernombudets vurdering. Fristen løper allerede: vurder risikoen, og meld fra eller registrer hvorfor ikke.',
    processorNote:
      'Som databehandler melder vi ikke fra til Datatilsynet: hver kunde avgjør det som behandlingsansvarlig. Vi varsler hver kunde uten ugrunnet opphold, innen fristen i databehandleravtalen (art. 33 nr. 2).',
    bothNote:
      'Én hendelse, flere plikter: for våre egne opplysninger melder vi fra til Datatilsynet (og varsler de berørte hvis risikoen er høy); hver kunde med berørte opplysninger varsles også (art. 33 nr. 2).',
    recordedAfterAssessment: 'Meldingen registreres når risikoen er vurdert, på fanen Vurdering.',
  },
);
