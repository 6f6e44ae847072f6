import { namespace } from '../../../shared/i18n/translate';

/** Telling the people (Art. 34): the panel, recording it and the exceptions. */
export const breachSubjectsText = namespace(
  {
    peopleTitle: 'The people affected',
    peopleHelp:
      'When the risk is high, the people are told without undue delay, in clear language: what happened, the contact point, the likely consequences and the measures (Art. 34(1)-(2)), unless an exception of Art. 34(3) applies.',
    processorPeople:
      'As processor, the customers decide whether to tell the people affected; we assist them.',
    riskDecidesTelling: 'The risk is not assessed yet; it decides whether the people must be told.',
    highRiskTarget: 'High risk: tell the people affected without undue delay. Our target: by ',
    countedFromAssessment: ', counted from the high-risk assessment',
    byMethodComma: ', by {{method}}',
    peopleCount_one: ' — {{formatted}} person',
    peopleCount_other: ' — {{formatted}} people',
    whatTheyWereTold: 'What they were told',
    notToldIndividually: 'Not told individually (Art. 34(3))',
    explanation: 'Explanation',
    publicNotice: 'Public notice',
    mustBeToldTitle: 'High risk: the people affected must be told',
    mustBeToldText: 'Tell them without undue delay, or record why an exception of Art. 34(3) applies.',
    notRequired:
      'Not required: the risk is not high. You may still tell the people affected, and record it here.',
    recordedBy: 'Recorded by {{name}}, {{time}}',
    recordThatTold: 'Record that they were told',
    recordException: 'Record an exception (Art. 34(3))',
    toldTitle: 'The people affected were told',
    howMany: 'How many people',
    toldMessageHelp:
      'In clear language: what happened, the contact point, the likely consequences, the measures',
    peopleToldNotice: 'That the people affected were told is recorded.',
    exceptionTitle: 'Why the people are not told individually',
    exceptionIntro:
      'Datatilsynet may still require the people to be told, having considered the risk (Art. 34(4)).',
    exceptionApplies: 'The exception that applies',
    publicNoticeMade: 'Public notice made',
    publicNoticeWhere: 'Where the public notice was given',
    publicNoticeWhereHelp: 'E.g. weassist.no and a national newspaper',
    exceptionNotice: 'The exception of Art. 34(3) is recorded.',
  },
  {
    peopleTitle: 'De berørte personene',
    peopleHelp:
      'Når risikoen er høy, varsles de berørte uten ugrunnet opphold, på et klart og enkelt språk: hva som skjedde, kontaktpunktet, de sannsynlige konsekvensene og tiltakene (art. 34 nr. 1 og 2), med mindre et unntak i art. 34 nr. 3 gjelder.',
    processorPeople: 'Som databehandler er det kundene som avgjør om de berørte skal varsles; vi bistår dem.',
    riskDecidesTelling: 'Risikoen er ikke vurdert ennå; den avgjør om de berørte må varsles.',
    highRiskTarget: 'Høy risiko: varsle de berørte uten ugrunnet opphold. Vårt mål: innen ',
    countedFromAssessment: ', regnet fra vurderingen av høy risiko',
    byMethodComma: ', via {{method}}',
    peopleCount_one: ' — {{formatted}} person',
    peopleCount_other: ' — {{formatted}} personer',
    whatTheyWereTold: 'Hva de fikk vite',
    notToldIndividually: 'Ikke varslet hver for seg (art. 34 nr. 3)',
    explanation: 'Forklaring',
    publicNotice: 'Offentlig kunngjøring',
    mustBeToldTitle: 'Høy risiko: de berørte må varsles',
    mustBeToldText:
      'Varsle dem uten ugrunnet opphold, eller registrer hvorfor et unntak i art. 34 nr. 3 gjelder.',
    notRequired:
      'Ikke påkrevd: risikoen er ikke høy. Du kan likevel varsle de berørte og registrere det her.',
    recordedBy: 'Registrert av {{name}}, {{time}}',
    recordThatTold: 'Registrer at de er varslet',
    recordException: 'Registrer et unntak (art. 34 nr. 3)',
    toldTitle: 'De berørte er varslet',
    howMany: 'Hvor mange personer',
    toldMessageHelp:
      'På et klart språk: hva som skjedde, kontaktpunktet, de sannsynlige konsekvensene, tiltakene',
    peopleToldNotice: 'Det er registrert at de berørte er varslet.',
    exceptionTitle: 'Hvorfor de berørte ikke varsles hver for seg',
    exceptionIntro:
      'Datatilsynet kan likevel kreve at de berørte varsles, etter å ha vurdert risikoen (art. 34 nr. 4).',
    exceptionApplies: 'Unntaket som gjelder',
    publicNoticeMade: 'Offentlig kunngjøring gjort',
    publicNoticeWhere: 'Hvor kunngjøringen ble gjort',
    publicNoticeWhereHelp: 'F.eks. weassist.no og en riksavis',
    exceptionNotice: 'Unntaket i art. 34 nr. 3 er registrert.',
  },
);
