import type {
  AuthorisationType,
  ChecklistFilter,
  ClauseState,
  CompanyRole,
  NoticeChange,
  ObjectionResolution,
} from '../../../shared/agreements/rules';
import type { AgreementAlert, ChangeNotice } from '../../../shared/agreements/contract';
import { vocabulary } from '../../../shared/i18n/resources/labels';

/**
 * The agreements register's stored values in words, one vocabulary each (`useLabels('securityResult')`),
 * beside those the core keeps in `src/shared/i18n` (`agreementStatus`, `transferBasis`, `clause`, and the
 * labels the exports share in `resources/register-labels.ts`).
 */
export const companyRole = vocabulary<CompanyRole>(
  {
    controller: 'Supplier agreement: we are controller, the supplier processes for us',
    processor: 'Customer agreement: we process for the customer',
  },
  {
    controller: 'Leverandøravtale: vi er behandlingsansvarlig, leverandøren behandler for oss',
    processor: 'Kundeavtale: vi behandler for kunden',
  },
);

export const agreementDirection = vocabulary<CompanyRole>(
  { controller: 'Supplier', processor: 'Customer' },
  { controller: 'Leverandør', processor: 'Kunde' },
);

export const authorisation = vocabulary<AuthorisationType>(
  {
    specific: 'Prior specific authorisation (each sub-processor approved in writing)',
    general: 'General written authorisation (changes announced, the customer may object)',
  },
  {
    specific: 'Forhåndsgodkjenning av hver enkelt (hver underleverandør godkjent skriftlig)',
    general: 'Generell skriftlig godkjenning (endringer varsles, kunden kan protestere)',
  },
);

export const clauseState = vocabulary<ClauseState>(
  { unchecked: 'Not checked', present: 'Present', missing: 'Missing', 'not-applicable': 'Not applicable' },
  { unchecked: 'Ikke sjekket', present: 'Finnes', missing: 'Mangler', 'not-applicable': 'Ikke relevant' },
);

export const checklistFilter = vocabulary<ChecklistFilter>(
  { gaps: 'With gaps (clauses missing)', unchecked: 'Not fully checked', complete: 'Complete' },
  { gaps: 'Med mangler (klausuler mangler)', unchecked: 'Ikke ferdig sjekket', complete: 'Komplett' },
);

export const noticeChange = vocabulary<NoticeChange>(
  {
    addition: 'New sub-processor',
    replacement: 'Sub-processor replaced',
    removal: 'Sub-processor no longer used',
  },
  {
    addition: 'Ny underleverandør',
    replacement: 'Underleverandør byttet ut',
    removal: 'Underleverandør ikke lenger i bruk',
  },
);

export const objectionResolution = vocabulary<ObjectionResolution>(
  {
    'change-dropped': 'The change was dropped',
    'objection-withdrawn': 'The customer withdrew the objection',
    'agreement-ended': 'The customer ended the agreement',
  },
  {
    'change-dropped': 'Endringen ble droppet',
    'objection-withdrawn': 'Kunden trakk protesten',
    'agreement-ended': 'Kunden avsluttet avtalen',
  },
);

export const agreementAlert = vocabulary<AgreementAlert>(
  {
    'review-overdue': 'Review overdue',
    'review-soon': 'Review due soon',
    expiring: 'Expiring',
    'expired-active': 'Expired, still active',
  },
  {
    'review-overdue': 'Gjennomgang forfalt',
    'review-soon': 'Gjennomgang snart',
    expiring: 'Utløper snart',
    'expired-active': 'Utløpt, fortsatt aktiv',
  },
);

export const noticeState = vocabulary<ChangeNotice['state']>(
  {
    'window-open': 'Objection window open',
    accepted: 'No objection',
    objected: 'Objection not resolved',
    resolved: 'Objection resolved',
  },
  {
    'window-open': 'Protestfristen løper',
    accepted: 'Ingen protest',
    objected: 'Protest ikke avklart',
    resolved: 'Protest avklart',
  },
);
