import type { CalendarDate } from '../calendar';
import {
  checkTransfer,
  type TransferBasis,
  type TransferCheck,
  type TransferDirection,
} from '../agreements/rules';

/**
 * The record of processing activities (Art. 30): what the company does with personal data as
 * controller (30(1)) and, per customer, as processor (30(2)). Not occasional processing, so the
 * exemption of 30(5) does not apply (DOMAIN.md section 4).
 */

export const activityRoles = ['controller', 'processor'] as const;
export type ActivityRole = (typeof activityRoles)[number];
export const activityRoleLabels: Record<ActivityRole, string> = {
  controller: 'As controller (Art. 30(1))',
  processor: 'As processor for a customer (Art. 30(2))',
};

/** The legal bases of Art. 6(1) (the record of Art. 30 needs none, but the register keeps them together). */
export const legalBases = ['6-1-a', '6-1-b', '6-1-c', '6-1-d', '6-1-e', '6-1-f'] as const;
export type LegalBasis = (typeof legalBases)[number];
export const legalBasisLabels: Record<LegalBasis, string> = {
  '6-1-a': 'Consent (Art. 6(1)(a))',
  '6-1-b': 'A contract with the person, or steps before one (Art. 6(1)(b))',
  '6-1-c': 'A legal obligation (Art. 6(1)(c))',
  '6-1-d': 'Vital interests (Art. 6(1)(d))',
  '6-1-e': 'A task in the public interest (Art. 6(1)(e))',
  '6-1-f': 'Legitimate interests (Art. 6(1)(f))',
};

export interface ActivityTransferFacts {
  country: string;
  basis: TransferBasis;
  sccModule: number | null;
  direction: TransferDirection;
  derogation: string | null;
  occasional: boolean;
  adequacyConfirmed: boolean;
  tiaDone: boolean;
}

/** A transfer in the record is checked by the same Chapter V rules as one under an agreement. */
export function checkActivityTransfer(
  transfer: ActivityTransferFacts,
  today: CalendarDate,
  confirmedOn: CalendarDate | null,
): TransferCheck {
  return checkTransfer({ ...transfer, nextReviewOn: null, confirmedOn }, today);
}

export interface ActivityContent {
  role: ActivityRole;
  purposes: string | null;
  legalBases: readonly string[];
  dataSubjects: readonly string[];
  dataCategories: readonly string[];
  recipients: readonly string[];
  retention: string | null;
  securityMeasures: string | null;
  customerId: number | null;
  processingCategories: string | null;
}

/** What Art. 30 requires that the record does not yet say: an incomplete record is listed as such. */
export function missingItems(record: ActivityContent): string[] {
  const missing: string[] = [];
  const blank = (value: string | null) => !value || value.trim() === '';
  if (record.role === 'controller') {
    if (blank(record.purposes)) missing.push('The purposes of the processing (Art. 30(1)(b))');
    if (record.legalBases.length === 0) missing.push('The legal basis (Art. 6(1))');
    if (record.dataSubjects.length === 0) missing.push('The categories of people (Art. 30(1)(c))');
    if (record.dataCategories.length === 0) missing.push('The categories of personal data (Art. 30(1)(c))');
    if (record.recipients.length === 0)
      missing.push('The categories of recipients, or that there are none (Art. 30(1)(d))');
    if (blank(record.retention)) missing.push('The time limits for erasure (Art. 30(1)(f))');
  } else {
    if (record.customerId === null) missing.push('The customer we process for (Art. 30(2)(a))');
    if (blank(record.processingCategories))
      missing.push('The categories of processing carried out for the customer (Art. 30(2)(b))');
  }
  if (blank(record.securityMeasures))
    missing.push(
      `A general description of the security measures (Art. 30(${record.role === 'controller' ? '1)(g' : '2)(d'}))`,
    );
  return missing;
}

/** "PA-007": how a record of processing is referred to. */
export function activityReference(sequence: number): string {
  return `PA-${String(sequence).padStart(3, '0')}`;
}
