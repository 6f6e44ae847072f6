import { namespaces as sharedNamespaces } from '../../shared/i18n';
import type { Namespace } from '../../shared/i18n/translate';
import { componentsText } from '../components/text';
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
} satisfies Record<string, Namespace>;

export const uiNamespaces = { ...sharedNamespaces, ...rendererNamespaces };
export type UiNamespace = keyof typeof uiNamespaces;
export type KeyOf<N extends UiNamespace> = keyof (typeof uiNamespaces)[N]['en'] & string;
