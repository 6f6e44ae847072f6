import { vocabulary } from '../../../shared/i18n/resources/labels';
import type { ActivityRole } from '../../../shared/processing/rules';

/** The record's stored values in words, one vocabulary each (`useLabels('activityRole')`; `legalBasis` is in `src/shared/i18n/resources/register-labels.ts`). */
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
