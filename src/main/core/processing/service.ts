import { osloDate } from '../../../shared/oslo';
import {
  type AgreementStatus,
  type Derogation,
  derogations,
  directionsFor,
  type SpecialCategory,
  transferBases,
  type TransferBasis,
  transferDirections,
  type TransferDirection,
} from '../../../shared/agreements/rules';
import { transferStatus } from '../../../shared/countries';
import type {
  ActivityDetail,
  ActivityFields,
  ActivitySummary,
  ActivityTransfer,
  UncoveredAgreement,
} from '../../../shared/processing/contract';
import {
  activityReference,
  type ActivityRole,
  checkActivityTransfer,
  type LegalBasis,
  legalBasisLabels,
  missingItems,
} from '../../../shared/processing/rules';
import { hasAnyRole } from '../../../shared/roles';
import { findAgreement, transferRows } from '../agreements/repository';
import { parseList } from '../agreements/support';
import { historyOf } from '../audit/service';
import { frameList, unframeList } from '../cases/keys';
import { english } from '../../../shared/i18n/phrases';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, invalidField, notFound, ruleViolation } from '../errors';
import { requireOrganisation } from '../organisations/service';
import {
  activeRecordOfAgreement,
  type ActivityChanges,
  type ActivityRow,
  activityRows,
  findActivity,
  insertActivity,
  lastActivitySequence,
  type NamedActivityRow,
  uncoveredCustomerAgreements,
  updateActivityRow,
} from './repository';

const todayOf = (ctx: Ctx) => osloDate(ctx.clock.now());

type StoredTransfer = Omit<ActivityTransfer, 'errors' | 'errorTexts'>;

function oneOf<T extends string>(values: readonly T[], value: unknown, fallback: T): T {
  return values.find((candidate) => candidate === value) ?? fallback;
}

/** The transfers stored with a record; anything malformed is read as a transfer with no valid basis. */
export function storedTransfers(json: string): StoredTransfer[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    .map((item) => ({
      recipient: String(item.recipient ?? ''),
      country: String(item.country ?? ''),
      basis: oneOf<TransferBasis>(transferBases, item.basis, 'adequacy'),
      direction: oneOf<TransferDirection>(transferDirections, item.direction, 'controller-processor'),
      sccModule: typeof item.sccModule === 'number' ? item.sccModule : null,
      derogation: derogations.includes(item.derogation as Derogation)
        ? (item.derogation as Derogation)
        : null,
      occasional: item.occasional === true,
      adequacyConfirmed: item.adequacyConfirmed === true,
      tiaDone: item.tiaDone === true,
      safeguards: typeof item.safeguards === 'string' ? item.safeguards : null,
    }));
}

function withChecks(row: ActivityRow, today: string): ActivityTransfer[] {
  const confirmedOn = osloDate(row.updated_at);
  return storedTransfers(row.transfers_json).map((transfer) => {
    const check = checkActivityTransfer(transfer, today, confirmedOn);
    return { ...transfer, errors: check.errors, errorTexts: check.errorTexts };
  });
}

function contentOf(row: ActivityRow) {
  return {
    role: row.role as ActivityRole,
    purposes: row.purposes,
    legalBases: unframeList<LegalBasis>(row.legal_bases),
    dataSubjects: parseList(row.data_subjects_json),
    dataCategories: parseList(row.data_categories_json),
    recipients: parseList(row.recipients_json),
    retention: row.retention,
    securityMeasures: row.security_measures,
    customerId: row.customer_org_id,
    processingCategories: row.processing_categories,
  };
}

export function toSummary(row: NamedActivityRow, today: string): ActivitySummary {
  const transfers = withChecks(row, today);
  return {
    id: row.id,
    reference: row.reference,
    role: row.role as ActivityRole,
    name: row.name,
    purposes: row.purposes,
    customer:
      row.customer_org_id === null
        ? null
        : { id: row.customer_org_id, name: row.customer_name ?? `#${row.customer_org_id}` },
    agreement:
      row.agreement_id === null || row.agreement_reference === null
        ? null
        : {
            id: row.agreement_id,
            reference: row.agreement_reference,
            status: (row.agreement_status ?? 'draft') as AgreementStatus,
          },
    countries: [
      ...new Set(
        transfers.map((transfer) => transfer.country).filter((code) => transferStatus(code) !== 'eea'),
      ),
    ].sort(),
    missing: missingItems(contentOf(row)).map(english),
    missingTexts: missingItems(contentOf(row)),
    transferFlag: transfers.some((transfer) => transfer.errors.length > 0),
    archived: row.archived_at !== null,
    updatedAt: row.updated_at,
  };
}

export function toDetail(ctx: Ctx, row: NamedActivityRow): ActivityDetail {
  const today = todayOf(ctx);
  const content = contentOf(row);
  return {
    ...toSummary(row, today),
    legalBases: content.legalBases,
    legalBasisNote: row.legal_basis_note,
    dataSubjects: content.dataSubjects,
    dataCategories: content.dataCategories,
    specialCategories: parseList(row.special_categories_json) as SpecialCategory[],
    recipients: content.recipients,
    transfers: withChecks(row, today),
    retention: row.retention,
    securityMeasures: row.security_measures,
    processingCategories: row.processing_categories,
    notes: row.notes,
    archive:
      row.archived_at === null
        ? null
        : { at: row.archived_at, by: row.archived_by ?? '', reason: row.archive_reason ?? '' },
    createdAt: row.created_at,
    canEdit: hasAnyRole(ctx.actor.roles, ['admin']),
  };
}

export async function requireActivity(ctx: Ctx, id: number): Promise<NamedActivityRow> {
  const row = await findActivity(ctx.db, id);
  if (!row) throw notFound('Processing activity', id);
  return row;
}

/** The customer and its agreement: a customer of the register, and our agreement with it as processor. */
async function checkCustomer(ctx: Ctx, fields: ActivityFields): Promise<void> {
  if (fields.customerId !== null) {
    const customer = await requireOrganisation(ctx, fields.customerId);
    if (!customer.is_customer)
      throw invalidField('customerId', `${customer.name} is not registered as a customer`);
  }
  if (fields.agreementId !== null) {
    const agreement = await findAgreement(ctx.db, fields.agreementId);
    if (!agreement) throw notFound('Agreement', fields.agreementId);
    if (agreement.company_role !== 'processor' || agreement.organisation_id !== fields.customerId)
      throw invalidField(
        'agreementId',
        `${agreement.reference} is not our agreement as processor for ${fields.customerId === null ? 'this customer' : 'the chosen customer'}`,
      );
  }
}

function columnsOf(fields: ActivityFields): ActivityChanges {
  const processor = fields.role === 'processor';
  return {
    role: fields.role,
    name: fields.name,
    purposes: fields.purposes ?? null,
    legal_bases: frameList(fields.legalBases),
    legal_basis_note: fields.legalBasisNote ?? null,
    data_subjects_json: JSON.stringify(fields.dataSubjects),
    data_categories_json: JSON.stringify(fields.dataCategories),
    special_categories_json: JSON.stringify(fields.specialCategories),
    recipients_json: JSON.stringify(fields.recipients),
    transfers_json: JSON.stringify(
      fields.transfers.map((transfer) => ({
        ...transfer,
        sccModule: transfer.basis === 'scc' ? transfer.sccModule : null,
        derogation: transfer.basis === 'derogation' ? transfer.derogation : null,
        safeguards: transfer.safeguards ?? null,
      })),
    ),
    retention: fields.retention ?? null,
    security_measures: fields.securityMeasures ?? null,
    customer_org_id: processor ? fields.customerId : null,
    agreement_id: processor ? fields.agreementId : null,
    processing_categories: fields.processingCategories ?? null,
    notes: fields.notes ?? null,
  };
}

/** The record as a person reads it: what the audit entry and the history keep. */
function snapshot(row: ActivityRow) {
  const list = (json: string) => parseList(json).join('; ') || null;
  return {
    reference: row.reference,
    role: row.role,
    name: row.name,
    purposes: row.purposes,
    legalBases:
      unframeList(row.legal_bases)
        .map((basis) => legalBasisLabels[basis as LegalBasis] ?? basis)
        .join('; ') || null,
    legalBasisNote: row.legal_basis_note,
    dataSubjects: list(row.data_subjects_json),
    dataCategories: list(row.data_categories_json),
    specialCategories: list(row.special_categories_json),
    recipients: list(row.recipients_json),
    transfers:
      storedTransfers(row.transfers_json)
        .map((transfer) => `${transfer.recipient} (${transfer.country}, ${transfer.basis})`)
        .join('; ') || null,
    retention: row.retention,
    securityMeasures: row.security_measures,
    customerId: row.customer_org_id,
    agreementId: row.agreement_id,
    processingCategories: row.processing_categories,
    notes: row.notes,
    archived: row.archived_at ? `${row.archived_at} by ${row.archived_by}: ${row.archive_reason}` : null,
  };
}

function difference(before: ActivityRow, after: ActivityRow) {
  const b = snapshot(before);
  const a = snapshot(after);
  const keys = (Object.keys(a) as Array<keyof typeof a>).filter((key) => a[key] !== b[key]);
  return {
    before: Object.fromEntries(keys.map((key) => [key, b[key]])),
    after: Object.fromEntries(keys.map((key) => [key, a[key]])),
  };
}

export async function listActivities(
  ctx: Ctx,
  input: { role?: ActivityRole; q?: string; includeArchived: boolean },
): Promise<{ rows: ActivitySummary[]; uncovered: UncoveredAgreement[]; today: string }> {
  const today = todayOf(ctx);
  const rows = await activityRows(ctx.db, input);
  const uncovered = await uncoveredCustomerAgreements(ctx.db, today);
  return {
    rows: rows.map((row) => toSummary(row, today)),
    uncovered: uncovered.map((row) => ({
      agreementId: row.id,
      reference: row.reference,
      title: row.title,
      customer: { id: row.organisation_id, name: row.organisation_name },
    })),
    today,
  };
}

export async function getActivity(ctx: Ctx, id: number): Promise<ActivityDetail> {
  return toDetail(ctx, await requireActivity(ctx, id));
}

export async function activityHistory(ctx: Ctx, id: number) {
  await requireActivity(ctx, id);
  return historyOf(ctx, 'processing-activity', id);
}

async function insertRecord(ctx: Ctx, columns: ActivityChanges): Promise<ActivityDetail> {
  const now = isoNow(ctx.clock);
  const reference = activityReference((await lastActivitySequence(ctx.db)) + 1);
  const id = await insertActivity(ctx.db, {
    ...(columns as Required<ActivityChanges>),
    reference,
    archived_at: null,
    archived_by: null,
    archive_reason: null,
    created_at: now,
    created_by: ctx.actor.userId,
    updated_at: now,
  });
  const row = await requireActivity(ctx, id);
  await ctx.audit({
    action: 'create',
    entityType: 'processing-activity',
    entityId: id,
    after: snapshot(row),
  });
  return toDetail(ctx, row);
}

export async function createActivity(ctx: Ctx, fields: ActivityFields): Promise<ActivityDetail> {
  await checkCustomer(ctx, fields);
  return insertRecord(ctx, columnsOf(fields));
}

/**
 * A record as processor filled from a customer agreement (Art. 30(2)): the customer, what the
 * agreement says of the nature and purpose, the data and the people, and its transfers outside the EEA.
 */
export async function createFromAgreement(ctx: Ctx, agreementId: number): Promise<ActivityDetail> {
  const agreement = await findAgreement(ctx.db, agreementId);
  if (!agreement) throw notFound('Agreement', agreementId);
  if (agreement.company_role !== 'processor')
    throw ruleViolation(
      `${agreement.reference} is a supplier agreement: the processing it covers is ours, recorded as controller.`,
    );
  const existing = await activeRecordOfAgreement(ctx.db, agreementId);
  if (existing) throw conflict(`${existing} already records the processing under ${agreement.reference}.`);
  const transfers = (await transferRows(ctx.db, agreementId)).map((transfer) => ({
    recipient: transfer.importer,
    country: transfer.country,
    basis: transfer.basis,
    direction: transfer.direction ?? directionsFor('processor')[0],
    sccModule: transfer.scc_module,
    derogation: transfer.derogation,
    occasional: Boolean(transfer.occasional),
    adequacyConfirmed: Boolean(transfer.adequacy_confirmed),
    tiaDone: Boolean(transfer.tia_done),
    safeguards: transfer.supplementary_measures,
  }));
  const categories = [agreement.subject_matter, agreement.nature_purpose].filter(Boolean).join('. ');
  return insertRecord(ctx, {
    role: 'processor',
    name: agreement.title,
    purposes: agreement.nature_purpose,
    legal_bases: '',
    legal_basis_note: null,
    data_subjects_json: agreement.data_subjects_json,
    data_categories_json: agreement.data_types_json,
    special_categories_json: agreement.special_categories_json,
    recipients_json: '[]',
    transfers_json: JSON.stringify(transfers),
    retention: null,
    security_measures: null,
    customer_org_id: agreement.organisation_id,
    agreement_id: agreement.id,
    processing_categories: categories || null,
    notes: `Filled from ${agreement.reference}.`,
  });
}

export async function updateActivity(ctx: Ctx, id: number, fields: ActivityFields): Promise<ActivityDetail> {
  const before = await requireActivity(ctx, id);
  if (before.archived_at)
    throw ruleViolation(`${before.reference} is archived; restore it before changing it.`);
  await checkCustomer(ctx, fields);
  await updateActivityRow(ctx.db, id, { ...columnsOf(fields), updated_at: isoNow(ctx.clock) });
  const after = await requireActivity(ctx, id);
  const change = difference(before, after);
  if (Object.keys(change.after).length > 0)
    await ctx.audit({ action: 'update', entityType: 'processing-activity', entityId: id, ...change });
  return toDetail(ctx, after);
}

export async function setArchived(
  ctx: Ctx,
  id: number,
  archived: boolean,
  reason?: string,
): Promise<ActivityDetail> {
  const before = await requireActivity(ctx, id);
  if (archived === (before.archived_at !== null))
    throw conflict(`${before.reference} is ${archived ? 'already archived' : 'not archived'}.`);
  await updateActivityRow(ctx.db, id, {
    archived_at: archived ? isoNow(ctx.clock) : null,
    archived_by: archived ? ctx.actor.displayName : null,
    archive_reason: archived ? (reason ?? null) : null,
    updated_at: isoNow(ctx.clock),
  });
  const after = await requireActivity(ctx, id);
  await ctx.audit({
    action: archived ? 'archive' : 'restore',
    entityType: 'processing-activity',
    entityId: id,
    ...difference(before, after),
  });
  return toDetail(ctx, after);
}
