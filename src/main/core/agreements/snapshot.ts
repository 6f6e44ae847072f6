import { countryName } from '../../../shared/countries';
import { norwegianDate } from '../../../shared/calendar';
import {
  agreementStatusLabels,
  authorisationLabels,
  companyRoleLabels,
  endOfProcessingLabels,
  securityResultLabels,
  specialCategoryLabels,
} from '../../../shared/agreements/rules';
import type { NamedAgreementRow } from './repository';
import { parseList } from './support';

/** The recorded fields as a person reads them, for audit entries and the history tab. */
export function snapshot(row: NamedAgreementRow) {
  const list = (json: string) => parseList(json).join(', ') || null;
  const label = <K extends string>(labels: Record<K, string>, value: string | null) =>
    value === null ? null : (labels[value as K] ?? value);
  return {
    reference: row.reference,
    title: row.title,
    direction: label(companyRoleLabels, row.company_role),
    organisation: row.organisation_name,
    status: label(agreementStatusLabels, row.status),
    signedOn: norwegianDate(row.signed_on) || null,
    effectiveOn: norwegianDate(row.effective_on) || null,
    expiryOn: norwegianDate(row.expiry_on) || null,
    nextReviewOn: norwegianDate(row.next_review_on) || null,
    lastReviewedOn: norwegianDate(row.last_reviewed_on) || null,
    subjectMatter: row.subject_matter,
    duration: row.duration,
    naturePurpose: row.nature_purpose,
    dataTypes: list(row.data_types_json),
    specialCategories:
      parseList(row.special_categories_json)
        .map((category) => label(specialCategoryLabels, category))
        .join(', ') || null,
    dataSubjects: list(row.data_subjects_json),
    locations: parseList(row.locations_json).map(countryName).join(', ') || null,
    breachNoticeHours: row.breach_notice_hours,
    securityAssessedOn: norwegianDate(row.security_assessed_on) || null,
    securityResult: label(securityResultLabels, row.security_result),
    securityNotes: row.security_notes,
    securityEvidenceId: row.security_evidence_id,
    subprocessorAuthorisation: label(authorisationLabels, row.subprocessor_authorisation),
    terminatedOn: norwegianDate(row.terminated_on) || null,
    endOfProcessing: label(endOfProcessingLabels, row.end_of_processing),
    endConfirmedOn: norwegianDate(row.end_confirmed_on) || null,
    terminationNote: row.termination_note,
    notes: row.notes,
  };
}

/** Only the fields that differ, before and after: what the audit entry and the history show. */
export function difference(before: NamedAgreementRow, after: NamedAgreementRow) {
  const b = snapshot(before);
  const a = snapshot(after);
  const keys = (Object.keys(a) as Array<keyof typeof a>).filter(
    (key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
  return {
    before: Object.fromEntries(keys.map((key) => [key, b[key]])),
    after: Object.fromEntries(keys.map((key) => [key, a[key]])),
  };
}
