import { addDays, type CalendarDate, compareDates } from '../../../shared/calendar';
import type {
  AgreementAlert,
  AgreementDetail,
  AgreementSummary,
  Transfer,
} from '../../../shared/agreements/contract';
import {
  articleClauses,
  type AgreementStatus,
  type AuthorisationType,
  checklistSummary,
  checkTransfer,
  type ClauseKey,
  type ClauseState,
  type CompanyRole,
  countryCoverage,
  type Derogation,
  type EndOfProcessing,
  expiryWarningDays,
  inForceStatuses,
  reviewWarningDays,
  type SecurityResult,
  type SpecialCategory,
  type TransferBasis,
  type TransferDirection,
  type TransferFacts,
  transferProblemPhrases,
  transferProblems,
} from '../../../shared/agreements/rules';
import { processorNoticeLimitHours } from '../../../shared/breaches/rules';
import { english, phrase, type Phrase } from '../../../shared/i18n/phrases';
import { osloDate } from '../../../shared/oslo';
import { adequacyOn, transferStatus } from '../../../shared/countries';
import { hasAnyRole } from '../../../shared/roles';
import { findAttachment } from '../attachments/repository';
import type { Ctx } from '../context';
import { agreementRowDeadlines, noticeDeadline, registerHorizon } from './deadlines';
import {
  clauseRows,
  type DeclaredRow,
  declaredRows,
  linksToSupplierAgreement,
  type NamedAgreementRow,
  noticeRows,
  subprocessorRows,
  type TransferRow,
  transferRows,
} from './repository';
import { noticeViews, subprocessorViews } from './chain-view';
import { parseList, todayOf } from './support';

export function transferFacts(row: TransferRow): TransferFacts {
  return {
    country: row.country,
    basis: row.basis as TransferBasis,
    sccModule: row.scc_module,
    derogation: row.derogation,
    direction: row.direction as TransferDirection | null,
    occasional: Boolean(row.occasional),
    adequacyConfirmed: Boolean(row.adequacy_confirmed),
    tiaDone: Boolean(row.tia_done),
    nextReviewOn: row.next_review_on,
    confirmedOn: osloDate(row.updated_at),
  };
}

/** As it stands today: an agreement past its expiry date is expired, whatever status was recorded. */
export function statusOn(
  row: { status: string; expiry_on: string | null },
  today: CalendarDate,
): AgreementStatus {
  if (
    inForceStatuses.includes(row.status as AgreementStatus) &&
    row.expiry_on !== null &&
    compareDates(row.expiry_on, today) < 0
  )
    return 'expired';
  return row.status as AgreementStatus;
}

/** A processor's breach-notice promise above 48 hours leaves the controller too little of its own 72. */
export function noticeHoursPhrase(row: {
  breach_notice_hours: number | null;
  company_role: string;
}): Phrase | null {
  const hours = row.breach_notice_hours;
  if (hours === null || hours <= processorNoticeLimitHours) return null;
  return phrase(
    row.company_role === 'processor' ? 'coreRegisters:weNoticeHours' : 'coreRegisters:supplierNoticeHours',
    { hours, limit: processorNoticeLimitHours },
  );
}

export function noticeHoursProblem(row: { breach_notice_hours: number | null; company_role: string }) {
  const text = noticeHoursPhrase(row);
  return text && english(text);
}

/** The countries an agreement's data is processed in: its locations and its supplier's declared sub-processors. */
export function processingCountries(
  row: { locations_json: string },
  declared: readonly DeclaredRow[],
): string[] {
  return [...new Set([...parseList(row.locations_json), ...declared.map((entry) => entry.country)])];
}

export function alertsOf(row: NamedAgreementRow, today: CalendarDate): AgreementAlert[] {
  if (!inForceStatuses.includes(row.status as AgreementStatus)) return [];
  const alerts: AgreementAlert[] = [];
  const expired = row.expiry_on !== null && compareDates(row.expiry_on, today) < 0;
  if (expired) alerts.push('expired-active');
  else if (row.expiry_on && compareDates(row.expiry_on, addDays(today, expiryWarningDays)) <= 0)
    alerts.push('expiring');
  if (!expired && row.next_review_on) {
    if (compareDates(row.next_review_on, today) < 0) alerts.push('review-overdue');
    else if (compareDates(row.next_review_on, addDays(today, reviewWarningDays)) <= 0)
      alerts.push('review-soon');
  }
  return alerts;
}

export function toSummary(
  row: NamedAgreementRow,
  states: readonly string[],
  transfers: readonly TransferRow[],
  declared: readonly DeclaredRow[],
  today: CalendarDate,
): AgreementSummary {
  const countries = [
    ...processingCountries(row, declared),
    ...transfers.map((transfer) => transfer.country),
  ].filter((country) => transferStatus(country) !== 'eea');
  return {
    id: row.id,
    reference: row.reference,
    title: row.title,
    companyRole: row.company_role as CompanyRole,
    status: statusOn(row, today),
    recordedStatus: row.status as AgreementStatus,
    organisation: { id: row.organisation_id, name: row.organisation_name, country: row.organisation_country },
    signedOn: row.signed_on,
    effectiveOn: row.effective_on,
    expiryOn: row.expiry_on,
    nextReviewOn: row.next_review_on,
    checklist: checklistSummary(states as ClauseState[]),
    transferFlag: Boolean(row.transfer_flag),
    noticeHoursFlag: noticeHoursProblem(row) !== null,
    countries: [...new Set(countries)].sort(),
    bases: [...new Set(transfers.map((transfer) => transfer.basis as TransferBasis))].sort(),
    specialCategories: parseList(row.special_categories_json) as SpecialCategory[],
    alerts: alertsOf(row, today),
  };
}

function toTransfer(row: TransferRow, today: CalendarDate): Transfer {
  const check = checkTransfer(transferFacts(row), today);
  return {
    id: row.id,
    importer: row.importer,
    country: row.country,
    basis: row.basis as TransferBasis,
    sccModule: row.scc_module,
    direction: row.direction as TransferDirection | null,
    occasional: Boolean(row.occasional),
    derogation: row.derogation as Derogation | null,
    adequacyDecision:
      row.basis === 'adequacy'
        ? (() => {
            const decision = adequacyOn(row.country, today);
            return decision
              ? { reference: decision.reference, adopted: decision.adopted, endsOn: decision.endsOn }
              : null;
          })()
        : null,
    adequacyConfirmed: Boolean(row.adequacy_confirmed),
    tiaDone: Boolean(row.tia_done),
    tiaOn: row.tia_on,
    supplementaryMeasures: row.supplementary_measures,
    nextReviewOn: row.next_review_on,
    notes: row.notes,
    errors: check.errors,
    warnings: check.warnings,
    errorTexts: check.errorTexts,
    warningTexts: check.warningTexts,
  };
}

/** Everything the agreement view shows, as of today in Oslo, with what the signed-in user may do. */
export async function toDetail(ctx: Ctx, row: NamedAgreementRow): Promise<AgreementDetail> {
  const today = todayOf(ctx);
  const clauses = await clauseRows(ctx.db, row.id);
  const subprocessors = await subprocessorRows(ctx.db, row.id);
  const notices = await noticeRows(ctx.db, row.id);
  const declared = await declaredRows(ctx.db, row.id);
  const transfers = await transferRows(ctx.db, row.id);
  const usedFor = await linksToSupplierAgreement(ctx.db, row.id);
  const byKey = new Map(clauses.map((clause) => [clause.clause_key, clause]));
  const clauseViews = articleClauses.map((definition) => {
    const stored = byKey.get(definition.key);
    return {
      ...definition,
      key: definition.key as ClauseKey,
      state: (stored?.state ?? 'unchecked') as ClauseState,
      clauseRef: stored?.clause_ref ?? null,
      note: stored?.note ?? null,
      checkedAt: stored?.checked_at ?? null,
      checkedBy: stored?.checked_by ?? null,
    };
  });
  const facts = transfers.map(transferFacts);
  const countries = processingCountries(row, declared);
  const evidence = row.security_evidence_id
    ? await findAttachment(ctx.db, row.security_evidence_id)
    : undefined;
  const deadlines = [
    ...agreementRowDeadlines(row, today, registerHorizon(today)),
    ...notices.flatMap((notice) => noticeDeadline(notice, row, today) ?? []),
  ].sort((a, b) => compareDates(a.due, b.due) || a.key.localeCompare(b.key));
  return {
    ...toSummary(
      row,
      clauseViews.map((clause) => clause.state),
      transfers,
      declared,
      today,
    ),
    lastReviewedOn: row.last_reviewed_on,
    subjectMatter: row.subject_matter,
    duration: row.duration,
    naturePurpose: row.nature_purpose,
    dataTypes: parseList(row.data_types_json),
    dataSubjects: parseList(row.data_subjects_json),
    locations: parseList(row.locations_json),
    breachNoticeHours: row.breach_notice_hours,
    security: {
      assessedOn: row.security_assessed_on,
      result: row.security_result as SecurityResult | null,
      notes: row.security_notes,
      evidence: evidence
        ? {
            id: evidence.id,
            fileName: evidence.file_name,
            sha256: evidence.sha256,
            removed: evidence.removed_at !== null,
          }
        : null,
    },
    subprocessorAuthorisation: row.subprocessor_authorisation as AuthorisationType | null,
    termination:
      row.terminated_on && row.end_of_processing
        ? {
            terminatedOn: row.terminated_on,
            endOfProcessing: row.end_of_processing as EndOfProcessing,
            endConfirmedOn: row.end_confirmed_on,
            note: row.termination_note,
          }
        : null,
    notes: row.notes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    clauses: clauseViews,
    subprocessors: await subprocessorViews(ctx, row, subprocessors, notices, today),
    usedFor: usedFor.map((link) => ({
      linkId: link.link_id,
      agreement: {
        id: link.agreement_id,
        reference: link.reference,
        title: link.title,
        status: link.status as AgreementStatus,
      },
      customer: { id: link.customer_id, name: link.customer_name },
      service: link.service,
    })),
    declaredSubprocessors: declared.map((entry) => ({
      id: entry.id,
      name: entry.name,
      country: entry.country,
      service: entry.service,
    })),
    notices: await noticeViews(ctx, notices, today),
    transfers: transfers.map((transfer) => toTransfer(transfer, today)),
    coverage: countryCoverage(countries, facts, today),
    transferProblems: transferProblems(countries, facts, today),
    transferProblemTexts: transferProblemPhrases(countries, facts, today),
    noticeHoursProblem: noticeHoursProblem(row),
    noticeHoursProblemText: noticeHoursPhrase(row),
    deadlines,
    canEdit: hasAnyRole(ctx.actor.roles, ['admin']),
    canTickChecklist: hasAnyRole(ctx.actor.roles, ['admin', 'dpo']),
  };
}
