import { addMonths, type CalendarDate } from '../calendar';
import { endOfProcessing, securityResult, specialCategory } from '../i18n/resources/register-labels';

export * from './clauses';
export * from './transfers';

/** The vocabulary of the agreements register (DOMAIN.md section 2), with the labels screens and exports show. */

/** 'controller': we are controller and the organisation (a supplier) processes for us; 'processor': the reverse. */
export const companyRoles = ['controller', 'processor'] as const;
export type CompanyRole = (typeof companyRoles)[number];
export const companyRoleLabels: Record<CompanyRole, string> = {
  controller: 'Supplier agreement (we are controller)',
  processor: 'Customer agreement (we are processor)',
};
export const directionLabels: Record<CompanyRole, string> = {
  controller: 'Supplier',
  processor: 'Customer',
};

export const agreementStatuses = [
  'draft',
  'negotiation',
  'active',
  'suspended',
  'terminated',
  'expired',
] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];
export const agreementStatusLabels: Record<AgreementStatus, string> = {
  draft: 'Draft',
  negotiation: 'In negotiation',
  active: 'Active',
  suspended: 'Suspended',
  terminated: 'Terminated',
  expired: 'Expired',
};
/** Statuses in which the processing runs under the agreement: reviews and expiry matter. */
export const inForceStatuses: readonly AgreementStatus[] = ['active', 'suspended'];
/** Statuses in which the agreement has ended. */
export const endedStatuses: readonly AgreementStatus[] = ['terminated', 'expired'];

export const endOfProcessingOptions = ['returned', 'deleted', 'retained'] as const;
export type EndOfProcessing = (typeof endOfProcessingOptions)[number];
export const endOfProcessingLabels: Record<EndOfProcessing, string> = endOfProcessing.en;

export const securityResults = ['adequate', 'actions-needed', 'inadequate'] as const;
export type SecurityResult = (typeof securityResults)[number];
export const securityResultLabels: Record<SecurityResult, string> = securityResult.en;

export const authorisationTypes = ['specific', 'general'] as const;
export type AuthorisationType = (typeof authorisationTypes)[number];
export const authorisationLabels: Record<AuthorisationType, string> = {
  specific: 'Prior specific authorisation (each sub-processor approved in writing)',
  general: 'General written authorisation (changes announced, the customer may object)',
};

/** Art. 9(1) special categories and Art. 10 criminal-offence data: flagged wherever they appear. */
export const specialCategories = [
  'racial-ethnic-origin',
  'political-opinions',
  'religious-beliefs',
  'trade-union',
  'genetic',
  'biometric',
  'health',
  'sex-life',
  'criminal',
] as const;
export type SpecialCategory = (typeof specialCategories)[number];
export const specialCategoryLabels: Record<SpecialCategory, string> = specialCategory.en;

/** Suggestions for the free lists; any other wording may be typed. */
export const commonDataTypes = [
  'Name',
  'Contact details (phone, e-mail, address)',
  'Customer number',
  'National identity number (fødselsnummer)',
  'Call recordings',
  'Call notes and correspondence',
  'Invoices and payment details',
  'Bank account number',
  'Salary and employment details',
  'IP addresses and log data',
  'Appointment details',
] as const;
export const commonDataSubjects = [
  "The customer's customers",
  "The customer's employees",
  'Callers and e-mail senders',
  'Our employees',
  'Job applicants',
  'Website visitors',
  'Suppliers’ contact persons',
] as const;

// Sub-processor change notices (general authorisation, Art. 28(2)).

export const noticeChanges = ['addition', 'replacement', 'removal'] as const;
export type NoticeChange = (typeof noticeChanges)[number];
export const noticeChangeLabels: Record<NoticeChange, string> = {
  addition: 'New sub-processor',
  replacement: 'Sub-processor replaced',
  removal: 'Sub-processor no longer used',
};

export const objectionResolutions = ['change-dropped', 'objection-withdrawn', 'agreement-ended'] as const;
export type ObjectionResolution = (typeof objectionResolutions)[number];
export const objectionResolutionLabels: Record<ObjectionResolution, string> = {
  'change-dropped': 'The change was dropped',
  'objection-withdrawn': 'The customer withdrew the objection',
  'agreement-ended': 'The customer ended the agreement',
};

/** How many days before it closes an objection window is announced. */
export const objectionWarningDays = 14;
/** The register's horizons: review due within 30 days, expiry within 60. */
export const reviewWarningDays = 30;
export const expiryWarningDays = 60;

/** The next review after a given day, by the calendar's month rule (31 Jan + 1 month = 28/29 Feb). */
export function nextReviewAfter(base: CalendarDate, months: number): CalendarDate {
  return addMonths(base, months);
}

/** "DPA-2026-007": how a new agreement is referred to when no reference is given. */
export function agreementReference(year: number, sequence: number): string {
  return `DPA-${year}-${String(sequence).padStart(3, '0')}`;
}
