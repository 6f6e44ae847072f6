import { namespaces as sharedNamespaces } from '../../shared/i18n';
import type { Namespace } from '../../shared/i18n/translate';
import { casesText, casesVocabularies } from '../features/cases/text';
import { lettersText } from '../features/letters/text';
import { peopleText } from '../features/people/text';
import { attachmentsText } from '../features/attachments/text';
import {
  breachesText,
  breachStateShortText,
  breachStateText,
  customerNoticeMethodText,
  riskShortText,
  subjectExceptionText,
  subjectNoticeMethodText,
} from '../features/breaches/text';
import { directionText, inquiriesText, inquiryStatusText } from '../features/inquiries/text';
import { agreementsText } from '../features/agreements/text';
import { agreementDialogsText } from '../features/agreements/dialogsText';
import { agreementPanelsText } from '../features/agreements/panelsText';
import * as agreementVocabularies from '../features/agreements/vocabularies';
import { organisationsText } from '../features/organisations/text';
import { processingText } from '../features/processing/text';
import * as processingVocabularies from '../features/processing/vocabularies';
import { erasureText } from '../features/erasure/text';
import { retentionText } from '../features/retention/text';
import { legalHoldsText } from '../features/legal-holds/text';
import { componentsText } from '../components/text';
import { auditText } from '../features/audit/text';
import { authText } from '../features/auth/text';
import { backupsText } from '../features/backups/text';
import { dashboardText } from '../features/dashboard/text';
import { deskText } from '../features/desk/text';
import { homeText } from '../features/home/text';
import { reportsText } from '../features/reports/text';
import { settingsText } from '../features/settings/text';
import { usersText } from '../features/users/text';
import { shellText } from '../layout/text';
import { auditWordsText } from '../lib/auditWordsText';
import { commonText } from './common';

/**
 * The renderer's own namespaces, one per feature folder (`features/<feature>/text.ts`), beside the
 * core's vocabularies (`src/shared/i18n`: request types, outcomes, holidays …) which the screens use
 * as they are. A feature adds its line here.
 */
export const rendererNamespaces = {
  common: commonText,
  shell: shellText,
  cases: casesText,
  ...casesVocabularies,
  letters: lettersText,
  people: peopleText,
  inquiries: inquiriesText,
  inquiryStatus: inquiryStatusText,
  direction: directionText,
  breaches: breachesText,
  breachState: breachStateText,
  breachStateShort: breachStateShortText,
  riskShort: riskShortText,
  customerNoticeMethod: customerNoticeMethodText,
  subjectNoticeMethod: subjectNoticeMethodText,
  subjectException: subjectExceptionText,
  attachments: attachmentsText,
  erasure: erasureText,
  retention: retentionText,
  legalHolds: legalHoldsText,
  agreements: agreementsText,
  agreementDialogs: agreementDialogsText,
  agreementPanels: agreementPanelsText,
  ...agreementVocabularies,
  organisations: organisationsText,
  processing: processingText,
  ...processingVocabularies,
  components: componentsText,
  auditWords: auditWordsText,
  auth: authText,
  users: usersText,
  settings: settingsText,
  backups: backupsText,
  reports: reportsText,
  audit: auditText,
  home: homeText,
  dashboard: dashboardText,
  desk: deskText,
} satisfies Record<string, Namespace>;

export const uiNamespaces = { ...sharedNamespaces, ...rendererNamespaces };
export type UiNamespace = keyof typeof uiNamespaces;
export type KeyOf<N extends UiNamespace> = keyof (typeof uiNamespaces)[N]['en'] & string;
