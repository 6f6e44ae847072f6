import type { Language } from './languages';
import { coreSentences } from './phrases';
import { accessReport } from './resources/access-report';
import { errors, errorTerms } from './resources/errors';
import { exportWords } from './resources/exports';
import * as labels from './resources/labels';
import * as letters from './resources/letters';
import { processingRecord } from './resources/processing-record';
import * as registerLabels from './resources/register-labels';
import { report } from './resources/report';
import type { Dictionary, Namespace } from './translate';

/**
 * Every namespace of the core's documents (letters, the annual report, the exports), of its phrases
 * (deadlines, clocks, checks: `phrases.ts`) and of the vocabularies they print, by name. `resources` is
 * the same data in i18next's shape, `{ nb: { ns: {…} }, en: … }`,
 * for the renderer's i18next to load as it stands (docs/DEVELOPING.md, "Languages").
 */
export const namespaces = {
  requestType: labels.requestType,
  requestTypeNoun: labels.requestTypeNoun,
  outcome: labels.outcome,
  caseChannel: labels.caseChannel,
  inquiryChannel: labels.inquiryChannel,
  inquiryCategory: labels.inquiryCategory,
  agreementStatus: labels.agreementStatus,
  transferBasis: labels.transferBasis,
  clause: labels.clause,
  specialCategory: registerLabels.specialCategory,
  legalBasis: registerLabels.legalBasis,
  transferDirection: registerLabels.transferDirection,
  sccModule: registerLabels.sccModule,
  derogation: registerLabels.derogation,
  transferBasisShort: registerLabels.transferBasisShort,
  securityResult: registerLabels.securityResult,
  endOfProcessing: registerLabels.endOfProcessing,
  riskLevel: labels.riskLevel,
  breachCapacity: labels.breachCapacity,
  notificationPhase: labels.notificationPhase,
  dataType: labels.dataType,
  subjectCategory: labels.subjectCategory,
  holiday: labels.holiday,
  role: labels.role,
  letterChoice: letters.letterChoice,
  templateKind: letters.templateKind,
  letterChannel: letters.letterChannel,
  letterField: letters.letterField,
  refusalGroundText: letters.refusalGroundText,
  letter: letters.letter,
  report,
  processingRecord,
  accessReport,
  exports: exportWords,
  errors,
  errorTerms,
  ...coreSentences,
} satisfies Record<string, Namespace>;

export type NamespaceName = keyof typeof namespaces;

export const resources = Object.fromEntries(
  (['nb', 'en'] as const).map((language) => [
    language,
    Object.fromEntries(Object.entries(namespaces).map(([name, ns]) => [name, ns[language]])),
  ]),
) as Record<Language, Record<NamespaceName, Dictionary>>;
