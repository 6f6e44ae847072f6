import { phrase, type Phrase, type PhraseKey } from '../i18n/phrases';
import type { CalendarDate } from '../calendar';
import {
  checkTransfer,
  type TransferBasis,
  type TransferCheck,
  type TransferDirection,
} from '../agreements/rules';
import { legalBasis } from '../i18n/resources/register-labels';

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
export const legalBasisLabels: Record<LegalBasis, string> = legalBasis.en;

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
export function missingItems(record: ActivityContent): Phrase[] {
  const missing: Phrase[] = [];
  const blank = (value: string | null) => !value || value.trim() === '';
  const lacks = (key: Extract<PhraseKey, `coreRegisters:missing${string}`>) => missing.push(phrase(key));
  if (record.role === 'controller') {
    if (blank(record.purposes)) lacks('coreRegisters:missingPurposes');
    if (record.legalBases.length === 0) lacks('coreRegisters:missingLegalBasis');
    if (record.dataSubjects.length === 0) lacks('coreRegisters:missingSubjects');
    if (record.dataCategories.length === 0) lacks('coreRegisters:missingData');
    if (record.recipients.length === 0) lacks('coreRegisters:missingRecipients');
    if (blank(record.retention)) lacks('coreRegisters:missingRetention');
  } else {
    if (record.customerId === null) lacks('coreRegisters:missingCustomer');
    if (blank(record.processingCategories)) lacks('coreRegisters:missingProcessing');
  }
  if (blank(record.securityMeasures))
    lacks(
      record.role === 'controller'
        ? 'coreRegisters:missingSecurityController'
        : 'coreRegisters:missingSecurityProcessor',
    );
  return missing;
}

/** "PA-007": how a record of processing is referred to. */
export function activityReference(sequence: number): string {
  return `PA-${String(sequence).padStart(3, '0')}`;
}
