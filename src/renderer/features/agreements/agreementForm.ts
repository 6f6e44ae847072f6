import type { AgreementDetail, AgreementInput } from '../../../shared/agreements/contract';
import type { CompanyRole } from '../../../shared/agreements/rules';
import { isCountryCode } from '../../../shared/countries';

/** What the agreement form holds: the contract's input itself. */
export type AgreementFormValues = AgreementInput;

/** A new agreement's form: our role, and the organisation when it is known. */
export function emptyAgreementForm(
  companyRole: CompanyRole,
  organisationId: number | null,
): AgreementFormValues {
  return {
    title: '',
    reference: '',
    companyRole,
    organisationId,
    status: 'draft',
    signedOn: null,
    effectiveOn: null,
    expiryOn: null,
    nextReviewOn: null,
    subjectMatter: '',
    duration: '',
    naturePurpose: '',
    dataTypes: [],
    specialCategories: [],
    dataSubjects: [],
    locations: ['NO'],
    breachNoticeHours: null,
    securityAssessedOn: null,
    securityResult: null,
    securityNotes: '',
    securityEvidenceId: null,
    subprocessorAuthorisation: null,
    notes: '',
  };
}

/** An agreement as its form shows it for editing. */
export function agreementFormOf(detail: AgreementDetail): AgreementFormValues {
  return {
    title: detail.title,
    reference: detail.reference,
    companyRole: detail.companyRole,
    organisationId: detail.organisation.id,
    status: detail.status,
    signedOn: detail.signedOn,
    effectiveOn: detail.effectiveOn,
    expiryOn: detail.expiryOn,
    nextReviewOn: detail.nextReviewOn,
    subjectMatter: detail.subjectMatter ?? '',
    duration: detail.duration ?? '',
    naturePurpose: detail.naturePurpose ?? '',
    dataTypes: detail.dataTypes,
    specialCategories: detail.specialCategories,
    dataSubjects: detail.dataSubjects,
    locations: detail.locations.filter(isCountryCode),
    breachNoticeHours: detail.breachNoticeHours,
    securityAssessedOn: detail.security.assessedOn,
    securityResult: detail.security.result,
    securityNotes: detail.security.notes ?? '',
    securityEvidenceId: detail.security.evidence?.id ?? null,
    subprocessorAuthorisation: detail.subprocessorAuthorisation,
    notes: detail.notes ?? '',
  };
}
