import { namespaces as sharedNamespaces } from '../../shared/i18n';
import type { Namespace } from '../../shared/i18n/translate';
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
