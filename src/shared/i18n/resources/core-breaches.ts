import { namespace } from '../translate';

/**
 * The core's words for a breach: its clocks (state, basis, explanation, note), the obligations
 * before closing and its dashboard items. Phrases name them as `coreBreaches:<key>`.
 */
export const coreBreaches = namespace(
  {
    minutes: '{{minutes}} min',
    hoursMinutes: '{{hours}} h {{minutes}} min',
    days: '{{count}} days',
    daysHours: '{{count}} days {{hours}} h',
    left: '{{duration}} left',
    overdueBy: 'Overdue by {{duration}}',
    notifiedInTime: 'Notified in time',
    toldInTime: 'Told in time',
    notifiedLate: 'Notified {{duration}} late',
    toldLate: 'Told {{duration}} late',
    notRequiredException: 'Not required: exception of Art. 34(3)',
    notRequiredNoRisk: 'Not required: no risk',
    peopleAffected: 'The people affected',
    datatilsynet: 'Datatilsynet',
    name: '{{name}}',
    explanation: '{{from}} {{start}} + {{hours}} h = {{due}}',
    explanationTarget: '{{from}} {{start}} + {{hours}} h target = {{due}}',
    summerTimeBegan:
      '{{base}} (summer time began in between: the clocks went forward an hour, so {{hours}} real hours end an hour later on the clock)',
    summerTimeEnded:
      '{{base}} (summer time ended in between: the clocks went back an hour, so {{hours}} real hours end an hour earlier on the clock)',
    aware: 'aware',
    highRisk: 'high risk',
    basisAuthority: 'Art. 33(1): within 72 hours of becoming aware, counted in real hours',
    basisNoPeriod:
      'Agreement {{reference}} sets no period: without undue delay (Art. 33(2)); our target is {{target}} hours',
    basisCapped:
      'Agreement {{reference}} promises {{promised}} hours, but without undue delay (Art. 33(2)) our target is {{target}}: the shorter applies.',
    basisCappedFlagged:
      'Agreement {{reference}} promises {{promised}} hours, but without undue delay (Art. 33(2)) our target is {{target}}: the shorter applies. A promise above {{limit}} hours leaves the customer too little of its own 72: the agreement is flagged.',
    basisPromised: 'Agreement {{reference}}: within {{promised}} hours of becoming aware',
    basisNoAgreement:
      'No processor agreement in force names a period: without undue delay (Art. 33(2)); our target is {{target}} hours',
    basisSubjects:
      'Art. 34(1): without undue delay once the risk is assessed as high; our target is {{hours}} hours',
    noteNoRisk:
      'Assessed as unlikely to result in a risk to people: Datatilsynet is not notified (the decision and its reasons are recorded)',
    noteException: 'Exception of Art. 34(3): {{exception}}',
    'exception.unintelligible': 'data unintelligible',
    'exception.risk-removed': 'risk removed',
    'exception.disproportionate': 'public notice instead',
    itemTitle: 'Breach {{number}}: {{what}}',
    itemDetail: '{{explanation}} · {{state}}',
    itemDetailReported: '{{explanation}} · {{state}} · not assessed yet',
    notifyAuthority: 'notify Datatilsynet',
    tellPeople: 'tell the people affected',
    tellCustomer: 'tell {{name}}',
    assessed: 'The data protection officer has assessed the risk to people',
    assessedDetail: 'Only the data protection officer assesses a breach',
    record: 'The record of Art. 33(5) is complete: what happened, its effects and the measures taken',
    recordDetail: 'Record {{missing}} (Edit)',
    whatHappened: 'what happened',
    consequences: 'its likely consequences',
    measuresTaken: 'the measures taken',
    noNotification: 'The decision not to notify Datatilsynet is recorded with its reasons',
    authorityNotified: 'Datatilsynet notified (Art. 33(1))',
    authorityNotifiedDetail: 'Notify, or record why not, once the risk is assessed',
    authorityFinal: 'The notification is complete: the final phase is recorded (Art. 33(4))',
    subjectsTold: 'The people affected are told, or an exception of Art. 34(3) is recorded',
    customerTold: '{{name}} told of the breach (Art. 33(2))',
  },
  {
    minutes: '{{minutes}} min',
    hoursMinutes: '{{hours}} t {{minutes}} min',
    days: '{{count}} dager',
    daysHours: '{{count}} dager {{hours}} t',
    left: '{{duration}} igjen',
    overdueBy: 'Forfalt for {{duration}} siden',
    notifiedInTime: 'Meldt i tide',
    toldInTime: 'Varslet i tide',
    notifiedLate: 'Meldt {{duration}} for sent',
    toldLate: 'Varslet {{duration}} for sent',
    notRequiredException: 'Ikke påkrevd: unntak i art. 34 nr. 3',
    notRequiredNoRisk: 'Ikke påkrevd: ingen risiko',
    peopleAffected: 'De berørte',
    datatilsynet: 'Datatilsynet',
    name: '{{name}}',
    explanation: '{{from}} {{start}} + {{hours}} t = {{due}}',
    explanationTarget: '{{from}} {{start}} + {{hours}} t mål = {{due}}',
    summerTimeBegan:
      '{{base}} (sommertid begynte i mellomtiden: klokken ble stilt en time frem, så {{hours}} virkelige timer slutter en time senere på klokken)',
    summerTimeEnded:
      '{{base}} (sommertid sluttet i mellomtiden: klokken ble stilt en time tilbake, så {{hours}} virkelige timer slutter en time tidligere på klokken)',
    aware: 'oppdaget',
    highRisk: 'høy risiko',
    basisAuthority: 'Art. 33 nr. 1: innen 72 timer etter at vi ble kjent med det, regnet i virkelige timer',
    basisNoPeriod:
      'Avtale {{reference}} angir ingen frist: uten ugrunnet opphold (art. 33 nr. 2); vårt mål er {{target}} timer',
    basisCapped:
      'Avtale {{reference}} lover {{promised}} timer, men uten ugrunnet opphold (art. 33 nr. 2) er vårt mål {{target}}: den korteste gjelder.',
    basisCappedFlagged:
      'Avtale {{reference}} lover {{promised}} timer, men uten ugrunnet opphold (art. 33 nr. 2) er vårt mål {{target}}: den korteste gjelder. Et løfte over {{limit}} timer gir kunden for lite av sine egne 72: avtalen er flagget.',
    basisPromised: 'Avtale {{reference}}: innen {{promised}} timer etter at vi ble kjent med det',
    basisNoAgreement:
      'Ingen gjeldende databehandleravtale angir en frist: uten ugrunnet opphold (art. 33 nr. 2); vårt mål er {{target}} timer',
    basisSubjects:
      'Art. 34 nr. 1: uten ugrunnet opphold når risikoen er vurdert som høy; vårt mål er {{hours}} timer',
    noteNoRisk:
      'Vurdert som lite sannsynlig å medføre risiko for personer: Datatilsynet varsles ikke (beslutningen og begrunnelsen er registrert)',
    noteException: 'Unntak i art. 34 nr. 3: {{exception}}',
    'exception.unintelligible': 'opplysningene er uleselige',
    'exception.risk-removed': 'risikoen er fjernet',
    'exception.disproportionate': 'offentlig kunngjøring i stedet',
    itemTitle: 'Avvik {{number}}: {{what}}',
    itemDetail: '{{explanation}} · {{state}}',
    itemDetailReported: '{{explanation}} · {{state}} · ikke vurdert ennå',
    notifyAuthority: 'meld til Datatilsynet',
    tellPeople: 'varsle de berørte',
    tellCustomer: 'varsle {{name}}',
    assessed: 'Personvernombudet har vurdert risikoen for personer',
    assessedDetail: 'Bare personvernombudet vurderer et avvik',
    record: 'Dokumentasjonen etter art. 33 nr. 5 er fullstendig: hva som skjedde, virkningene og tiltakene',
    recordDetail: 'Registrer {{missing}} (Rediger)',
    whatHappened: 'hva som skjedde',
    consequences: 'de sannsynlige konsekvensene',
    measuresTaken: 'tiltakene som er truffet',
    noNotification: 'Beslutningen om ikke å melde til Datatilsynet er registrert med begrunnelse',
    authorityNotified: 'Meldt til Datatilsynet (art. 33 nr. 1)',
    authorityNotifiedDetail: 'Meld, eller registrer hvorfor ikke, når risikoen er vurdert',
    authorityFinal: 'Meldingen er fullstendig: den endelige fasen er registrert (art. 33 nr. 4)',
    subjectsTold: 'De berørte er varslet, eller et unntak i art. 34 nr. 3 er registrert',
    customerTold: '{{name}} er varslet om avviket (art. 33 nr. 2)',
  },
);
