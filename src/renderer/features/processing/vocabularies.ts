import { vocabulary } from '../../../shared/i18n/resources/labels';
import type { ActivityRole, LegalBasis } from '../../../shared/processing/rules';

/** The record's stored values in words, one vocabulary each (`useLabels('legalBasis')`). */
export const activityRole = vocabulary<ActivityRole>(
  {
    controller: 'As controller (Art. 30(1))',
    processor: 'As processor for a customer (Art. 30(2))',
  },
  {
    controller: 'Som behandlingsansvarlig (art. 30 nr. 1)',
    processor: 'Som databehandler for en kunde (art. 30 nr. 2)',
  },
);

export const legalBasis = vocabulary<LegalBasis>(
  {
    '6-1-a': 'Consent (Art. 6(1)(a))',
    '6-1-b': 'A contract with the person, or steps before one (Art. 6(1)(b))',
    '6-1-c': 'A legal obligation (Art. 6(1)(c))',
    '6-1-d': 'Vital interests (Art. 6(1)(d))',
    '6-1-e': 'A task in the public interest (Art. 6(1)(e))',
    '6-1-f': 'Legitimate interests (Art. 6(1)(f))',
  },
  {
    '6-1-a': 'Samtykke (art. 6 nr. 1 bokstav a)',
    '6-1-b': 'En avtale med personen, eller tiltak før en avtale (art. 6 nr. 1 bokstav b)',
    '6-1-c': 'En rettslig forpliktelse (art. 6 nr. 1 bokstav c)',
    '6-1-d': 'Vitale interesser (art. 6 nr. 1 bokstav d)',
    '6-1-e': 'En oppgave i allmennhetens interesse (art. 6 nr. 1 bokstav e)',
    '6-1-f': 'Berettigede interesser (art. 6 nr. 1 bokstav f)',
  },
);
