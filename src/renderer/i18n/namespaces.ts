import { namespaces as sharedNamespaces } from '../../shared/i18n';
import type { Namespace } from '../../shared/i18n/translate';
import { agreementsText } from '../features/agreements/text';
import * as agreementVocabularies from '../features/agreements/vocabularies';
import { organisationsText } from '../features/organisations/text';
import { processingText } from '../features/processing/text';
import * as processingVocabularies from '../features/processing/vocabularies';
import { shellText } from '../layout/text';
import { commonText } from './common';

/**
 * The renderer's own namespaces, one per feature folder (`features/<feature>/text.ts`), beside the
 * core's vocabularies (`src/shared/i18n`: request types, outcomes, holidays …) which the screens use
 * as they are. A feature adds its line here.
 */
export const rendererNamespaces = {
  common: commonText,
  shell: shellText,
  agreements: agreementsText,
  ...agreementVocabularies,
  organisations: organisationsText,
  processing: processingText,
  ...processingVocabularies,
} satisfies Record<string, Namespace>;

export const uiNamespaces = { ...sharedNamespaces, ...rendererNamespaces };
export type UiNamespace = keyof typeof uiNamespaces;
export type KeyOf<N extends UiNamespace> = keyof (typeof uiNamespaces)[N]['en'] & string;
