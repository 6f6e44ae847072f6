import { norwegianDate } from '../../../shared/calendar';
import type { AgreementDetail, TransferFields } from '../../../shared/agreements/contract';
import {
  type CompanyRole,
  type Derogation,
  derogationLabels,
  directionsFor,
  sccModuleFor,
  sccModuleLabels,
  type SccModule,
  transferBasisLabels,
  type TransferBasis,
  transferDirectionLabels,
  type TransferDirection,
} from '../../../shared/agreements/rules';
import { countryName, transferStatus } from '../../../shared/countries';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, notFound } from '../errors';
import {
  findTransfer,
  insertTransfer,
  type NamedAgreementRow,
  type TransferRow,
  updateTransferRow,
} from './repository';
import { detailOf, requireAgreement, requireNotEnded, touch } from './service';
import { Issues, todayOf } from './support';

type TransferColumns = Omit<
  TransferRow,
  'id' | 'agreement_id' | 'created_at' | 'updated_at' | 'removed_at' | 'removed_by'
>;

/** Who exports to whom: as given, or the agreement's usual direction. */
function directionOf(fields: TransferFields, role: CompanyRole): TransferDirection {
  return fields.direction ?? directionsFor(role)[0];
}

function columnsOf(fields: TransferFields, role: CompanyRole): TransferColumns {
  return {
    importer: fields.importer,
    country: fields.country,
    basis: fields.basis,
    scc_module: fields.basis === 'scc' ? fields.sccModule : null,
    derogation: fields.basis === 'derogation' ? fields.derogation : null,
    direction: directionOf(fields, role),
    occasional: fields.occasional,
    // Only a partial adequacy decision needs the confirmation that the importer is covered.
    adequacy_confirmed:
      fields.basis === 'adequacy' && transferStatus(fields.country) === 'partially-adequate'
        ? fields.adequacyConfirmed
        : false,
    tia_done: fields.tiaDone,
    tia_on: fields.tiaDone ? fields.tiaOn : null,
    supplementary_measures: fields.supplementaryMeasures ?? null,
    next_review_on: fields.nextReviewOn,
    notes: fields.notes ?? null,
  };
}

/** What the audit entry and the history show of a transfer, as a person reads it. */
function describe(columns: TransferColumns) {
  let basis = transferBasisLabels[columns.basis as TransferBasis] ?? columns.basis;
  if (columns.basis === 'scc' && columns.scc_module)
    basis = `${basis}, ${sccModuleLabels[columns.scc_module as SccModule].toLowerCase()}`;
  if (columns.basis === 'derogation' && columns.derogation)
    basis = `${basis} ${derogationLabels[columns.derogation as Derogation] ?? columns.derogation}`;
  if (columns.basis === 'adequacy' && transferStatus(columns.country) === 'partially-adequate')
    basis = `${basis}, ${columns.adequacy_confirmed ? 'the importer is covered' : 'not confirmed that the importer is covered'}`;
  return {
    importer: columns.importer,
    country: countryName(columns.country),
    direction: columns.direction ? transferDirectionLabels[columns.direction as TransferDirection] : null,
    occasional: Boolean(columns.occasional),
    basis,
    transferImpactAssessment: columns.tia_done ? `done ${norwegianDate(columns.tia_on)}`.trim() : 'not done',
    supplementaryMeasures: columns.supplementary_measures,
    nextReviewOn: norwegianDate(columns.next_review_on) || null,
    notes: columns.notes,
  };
}

function checkTransferFields(ctx: Ctx, fields: TransferFields, agreement: NamedAgreementRow): void {
  const today = todayOf(ctx);
  const issues = new Issues();
  const role = agreement.company_role as CompanyRole;
  const direction = directionOf(fields, role);
  if (!directionsFor(role).includes(direction))
    issues.add(
      'transfer.direction',
      `Under a ${role === 'controller' ? 'supplier' : 'customer'} agreement a transfer goes ${directionsFor(
        role,
      )
        .map((allowed) => transferDirectionLabels[allowed].toLowerCase())
        .join(' or ')}`,
    );
  else if (
    fields.basis === 'scc' &&
    fields.sccModule !== null &&
    fields.sccModule !== sccModuleFor[direction]
  )
    issues.add(
      'transfer.sccModule',
      `${transferDirectionLabels[direction]} uses module ${sccModuleFor[direction]} of the standard contractual clauses, not module ${fields.sccModule}`,
    );
  if (transferStatus(fields.country) === 'eea')
    issues.add(
      'transfer.country',
      `${countryName(fields.country)} is in the EEA: sending data there is not a transfer (add it as a processing location instead)`,
    );
  issues.date('transfer.tiaOn', fields.tiaOn, today, true);
  issues.date('transfer.nextReviewOn', fields.nextReviewOn, today);
  issues.throwIfAny();
}

/** Records a transfer outside the EEA; the agreement's transfer flag follows at once. */
export async function addTransfer(ctx: Ctx, id: number, fields: TransferFields): Promise<AgreementDetail> {
  const agreement = await requireAgreement(ctx, id);
  requireNotEnded(agreement);
  checkTransferFields(ctx, fields, agreement);
  const now = isoNow(ctx.clock);
  const columns = columnsOf(fields, agreement.company_role as CompanyRole);
  const transferId = await insertTransfer(ctx.db, {
    ...columns,
    agreement_id: id,
    created_at: now,
    updated_at: now,
    removed_at: null,
    removed_by: null,
  });
  await touch(ctx, id);
  await ctx.audit({
    action: 'add-transfer',
    entityType: 'agreement',
    entityId: id,
    after: { transferId, ...describe(columns) },
  });
  return detailOf(ctx, id);
}

async function requireTransfer(ctx: Ctx, agreementId: number, transferId: number): Promise<TransferRow> {
  const row = await findTransfer(ctx.db, transferId);
  if (!row || row.agreement_id !== agreementId) throw notFound('Transfer', transferId);
  return row;
}

export async function updateTransfer(
  ctx: Ctx,
  id: number,
  transferId: number,
  fields: TransferFields,
): Promise<AgreementDetail> {
  const agreement = await requireAgreement(ctx, id);
  requireNotEnded(agreement);
  const before = await requireTransfer(ctx, id, transferId);
  if (before.removed_at) throw conflict('That transfer was removed; restore it before changing it.');
  checkTransferFields(ctx, fields, agreement);
  const columns = columnsOf(fields, agreement.company_role as CompanyRole);
  await updateTransferRow(ctx.db, transferId, { ...columns, updated_at: isoNow(ctx.clock) });
  await touch(ctx, id);
  await ctx.audit({
    action: 'update-transfer',
    entityType: 'agreement',
    entityId: id,
    before: { transferId, ...describe(before) },
    after: { transferId, ...describe(columns) },
  });
  return detailOf(ctx, id);
}

export async function setTransferRemoved(
  ctx: Ctx,
  id: number,
  transferId: number,
  removed: boolean,
): Promise<AgreementDetail> {
  requireNotEnded(await requireAgreement(ctx, id));
  const row = await requireTransfer(ctx, id, transferId);
  if (removed === (row.removed_at !== null))
    throw conflict(`That transfer is ${removed ? 'already removed' : 'not removed'}.`);
  await updateTransferRow(ctx.db, transferId, {
    removed_at: removed ? isoNow(ctx.clock) : null,
    removed_by: removed ? ctx.actor.displayName : null,
  });
  await touch(ctx, id);
  const record = { transferId, ...describe(row) };
  await ctx.audit({
    action: removed ? 'remove-transfer' : 'restore-transfer',
    entityType: 'agreement',
    entityId: id,
    ...(removed ? { before: record } : { after: record }),
  });
  return detailOf(ctx, id);
}
