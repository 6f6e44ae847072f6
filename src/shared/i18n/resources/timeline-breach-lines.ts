import { namespace } from '../translate';

/** A breach's lines (see `timelineCommon`). */
export const timelineBreach = namespace(
  {
    recorded:
      "Breach recorded; we became aware {{at}}. {{clock}} Awaiting the data protection officer's assessment.",
    clock: '{{label}}: {{explanation}}.',
    customersAdded: 'customers added: {{names}}',
    customersRemoved: 'customers removed: {{names}}',
    assessed: 'Assessed: {{risk}}. {{reasons}} {{consequence}}',
    reassessed: 'Reassessed: {{risk}}. {{reasons}} {{consequence}}',
    notNotified: 'Datatilsynet is not notified: {{reasons}}.',
    notifiedAlready: 'notified already',
    mustNotify: 'Datatilsynet must be notified{{people}}.',
    peopleToBeTold: ', and the people affected told without undue delay (target {{at}})',
    processorDuty:
      'As processor we tell the customers; they decide on notifying Datatilsynet for their data.',
    notified: 'Datatilsynet notified: {{phase}}, {{at}}{{reference}}, by {{by}}.{{timing}}',
    reference: ', reference {{reference}}',
    notifiedLate: ' Late: the 72 hours ended {{due}}. Reasons: {{reasons}}',
    inTime: ' In time.',
    customerTold: '{{name}} told {{at}} by {{how}}, to {{to}}.{{timing}}',
    customerLate: ' Late (due {{due}}): {{reason}}',
    subjectsTold: 'The people affected were told {{at}} by {{how}}{{people}}.',
    peopleCount: ' ({{people, number}} people)',
    exception:
      'The people affected are not told individually: {{exception}} (Art. 34(3)). {{explanation}}{{notice}}',
    publicNotice: ' Public notice {{at}}: {{where}}.',
    closedWithNote: 'Closed: {{note}}',
    demoRecorded: 'Breach recorded; we became aware {{at}}.',
    demoAssessed: 'Assessed: {{risk}}. {{reasons}}',
    demoNotified: 'Datatilsynet notified: {{phase}}, reference {{reference}}.',
    demoSubjects: 'What the people affected were told is recorded.',
    demoCustomerTold: '{{name}} told.',
  },
  {
    recorded:
      'Bruddet registrert; vi ble kjent med det {{at}}. {{clock}} Venter på personvernombudets vurdering.',
    clock: '{{label}}: {{explanation}}.',
    customersAdded: 'kunder lagt til: {{names}}',
    customersRemoved: 'kunder fjernet: {{names}}',
    assessed: 'Vurdert: {{risk}}. {{reasons}} {{consequence}}',
    reassessed: 'Vurdert på nytt: {{risk}}. {{reasons}} {{consequence}}',
    notNotified: 'Datatilsynet varsles ikke: {{reasons}}.',
    notifiedAlready: 'allerede varslet',
    mustNotify: 'Datatilsynet skal varsles{{people}}.',
    peopleToBeTold: ', og de registrerte skal underrettes uten ugrunnet opphold (mål {{at}})',
    processorDuty:
      'Som databehandler varsler vi kundene; de avgjør om Datatilsynet skal varsles for deres opplysninger.',
    notified: 'Datatilsynet varslet: {{phase}}, {{at}}{{reference}}, av {{by}}.{{timing}}',
    reference: ', referanse {{reference}}',
    notifiedLate: ' For sent: de 72 timene gikk ut {{due}}. Begrunnelse: {{reasons}}',
    inTime: ' I tide.',
    customerTold: '{{name}} varslet {{at}} via {{how}}, til {{to}}.{{timing}}',
    customerLate: ' For sent (frist {{due}}): {{reason}}',
    subjectsTold: 'De registrerte ble underrettet {{at}} via {{how}}{{people}}.',
    peopleCount: ' ({{people, number}} personer)',
    exception:
      'De registrerte underrettes ikke hver for seg: {{exception}} (art. 34 nr. 3). {{explanation}}{{notice}}',
    publicNotice: ' Offentlig kunngjøring {{at}}: {{where}}.',
    closedWithNote: 'Lukket: {{note}}',
    demoRecorded: 'Bruddet registrert; vi ble kjent med det {{at}}.',
    demoAssessed: 'Vurdert: {{risk}}. {{reasons}}',
    demoNotified: 'Datatilsynet varslet: {{phase}}, referanse {{reference}}.',
    demoSubjects: 'Det er registrert hva de registrerte ble fortalt.',
    demoCustomerTold: '{{name}} varslet.',
  },
);
