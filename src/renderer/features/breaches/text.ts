import type {
  BreachState,
  CustomerNoticeMethod,
  RiskLevel,
  SubjectException,
  SubjectNoticeMethod,
} from '../../../shared/breaches/rules';
import { vocabulary } from '../../../shared/i18n/resources/labels';
import { namespace } from '../../../shared/i18n/translate';
import { breachListText } from './listText';
import { breachOverviewText } from './overviewText';
import { breachClocksText } from './clocksText';
import { breachAssessmentText } from './assessmentText';
import { breachNotificationsText } from './notificationsText';
import { breachDialogsText } from './dialogsText';
import { breachSubjectsText } from './subjectsText';
import { breachHistoryText } from './historyText';

export const breachStateText = vocabulary<BreachState>(
  { reported: 'Reported, awaiting assessment', assessed: 'Assessed, being handled', closed: 'Closed' },
  { reported: 'Meldt, venter på vurdering', assessed: 'Vurdert, under behandling', closed: 'Lukket' },
);

export const breachStateShortText = vocabulary<BreachState>(
  { reported: 'Awaiting assessment', assessed: 'Being handled', closed: 'Closed' },
  { reported: 'Venter på vurdering', assessed: 'Under behandling', closed: 'Lukket' },
);

export const riskShortText = vocabulary<RiskLevel | 'unassessed'>(
  { none: 'No risk', risk: 'Risk', high: 'High risk', unassessed: 'Not assessed' },
  { none: 'Ingen risiko', risk: 'Risiko', high: 'Høy risiko', unassessed: 'Ikke vurdert' },
);

export const customerNoticeMethodText = vocabulary<CustomerNoticeMethod>(
  {
    email: 'E-mail',
    phone: 'Phone',
    letter: 'Letter',
    portal: "The customer's portal or form",
    meeting: 'Meeting',
  },
  {
    email: 'E-post',
    phone: 'Telefon',
    letter: 'Brev',
    portal: 'Kundens portal eller skjema',
    meeting: 'Møte',
  },
);

export const subjectNoticeMethodText = vocabulary<SubjectNoticeMethod>(
  { email: 'E-mail', sms: 'SMS', letter: 'Letter', phone: 'Phone', 'in-person': 'In person' },
  { email: 'E-post', sms: 'SMS', letter: 'Brev', phone: 'Telefon', 'in-person': 'Personlig' },
);

export const subjectExceptionText = vocabulary<SubjectException>(
  {
    unintelligible: 'The data is unintelligible to anyone not authorised, e.g. encrypted (34(3)(a))',
    'risk-removed': 'Measures taken since ensure the high risk is no longer likely (34(3)(b))',
    disproportionate: 'Telling each person would take disproportionate effort: a public notice (34(3)(c))',
  },
  {
    unintelligible:
      'Opplysningene er uforståelige for uvedkommende, f.eks. kryptert (art. 34 nr. 3 bokstav a)',
    'risk-removed':
      'Tiltak truffet i ettertid sikrer at den høye risikoen sannsynligvis ikke lenger vil oppstå (art. 34 nr. 3 bokstav b)',
    disproportionate:
      'Å underrette hver enkelt ville kreve uforholdsmessig stor innsats: offentlig kunngjøring i stedet (art. 34 nr. 3 bokstav c)',
  },
);

/** The breach register: the list, a breach, its panels and dialogs, one part file per screen area. */
export const breachesText = namespace(
  {
    ...breachListText.en,
    ...breachOverviewText.en,
    ...breachClocksText.en,
    ...breachAssessmentText.en,
    ...breachNotificationsText.en,
    ...breachDialogsText.en,
    ...breachSubjectsText.en,
    ...breachHistoryText.en,
  },
  {
    ...breachListText.nb,
    ...breachOverviewText.nb,
    ...breachClocksText.nb,
    ...breachAssessmentText.nb,
    ...breachNotificationsText.nb,
    ...breachDialogsText.nb,
    ...breachSubjectsText.nb,
    ...breachHistoryText.nb,
  },
);
