import type { CalendarDate } from '../../../shared/calendar';
import {
  agreementStatuses,
  type AgreementStatus,
  articleClauses,
  type ClauseKey,
  type CompanyRole,
  transferBases,
  type TransferBasis,
  transferProblemPhrases,
} from '../../../shared/agreements/rules';
import { english, type Phrase } from '../../../shared/i18n/phrases';
import type { Ctx } from '../context';
import { agreementDeadlines } from './deadlines';
import { refreshTransferFlags } from './flags';
import { transfersAndDeclaredFor } from './repository';
import {
  countsByDirectionAndStatus,
  flaggedAgreements,
  missingClauseCounts,
  transferCountsByBasis,
} from './register-repository';
import { processingCountries, transferFacts } from './view';

export type StatusCounts = Record<AgreementStatus, number> & { total: number };

/** The register in figures, as plain data, for the DPO dashboard and the annual report. */
export interface AgreementRegisterSummary {
  today: CalendarDate;
  total: number;
  /** controller: supplier agreements (we are controller); processor: customer agreements. */
  byDirection: Record<CompanyRole, StatusCounts>;
  byStatus: StatusCounts;
  /** Agreements not ended (neither terminated nor expired) with at least one Art. 28(3) clause missing. */
  withGaps: number;
  /** The missing clauses among those agreements, most common first. */
  missingClauses: Array<{ key: ClauseKey; label: string; article: string; count: number }>;
  transfers: {
    /** Recorded transfers of agreements not ended, by basis. */
    byBasis: Record<TransferBasis, number>;
    total: number;
    /** Agreements not ended with a non-EEA location or transfer lacking a valid basis. */
    flagged: Array<{
      agreementId: number;
      reference: string;
      title: string;
      organisation: string;
      problems: string[];
      /** The same as phrases, for the reader's language. */
      problemTexts: Phrase[];
    }>;
  };
  /** What `agreementDeadlines` lists today, counted. */
  due: {
    reviewWithin30Days: number;
    reviewOverdue: number;
    expiringWithin60Days: number;
    expiredButActive: number;
    objectionWindowsClosing: number;
    objectionsOpen: number;
  };
}

function emptyCounts(): StatusCounts {
  return {
    ...(Object.fromEntries(agreementStatuses.map((status) => [status, 0])) as Record<
      AgreementStatus,
      number
    >),
    total: 0,
  };
}

export async function agreementRegisterSummary(
  ctx: Ctx,
  today: CalendarDate,
): Promise<AgreementRegisterSummary> {
  const byDirection: Record<CompanyRole, StatusCounts> = {
    controller: emptyCounts(),
    processor: emptyCounts(),
  };
  const byStatus = emptyCounts();
  await refreshTransferFlags(ctx.db, today);
  for (const row of await countsByDirectionAndStatus(ctx.db, today)) {
    const role = row.company_role as CompanyRole;
    const status = row.status as AgreementStatus;
    const n = Number(row.n);
    if (!byDirection[role] || !(status in byStatus)) continue;
    byDirection[role][status] += n;
    byDirection[role].total += n;
    byStatus[status] += n;
    byStatus.total += n;
  }
  const missing = await missingClauseCounts(ctx.db);
  const missingClauses = articleClauses
    .map((clause) => ({
      key: clause.key as ClauseKey,
      label: clause.label,
      article: clause.article,
      count: missing.byKey.find((row) => row.clause_key === clause.key)?.n ?? 0,
    }))
    .filter((clause) => clause.count > 0)
    .sort((a, b) => b.count - a.count);
  const byBasis = Object.fromEntries(transferBases.map((basis) => [basis, 0])) as Record<
    TransferBasis,
    number
  >;
  for (const row of await transferCountsByBasis(ctx.db))
    if (row.basis in byBasis) byBasis[row.basis as TransferBasis] += row.n;
  const flaggedRows = await flaggedAgreements(ctx.db);
  const { transfers, declared } = await transfersAndDeclaredFor(
    ctx.db,
    flaggedRows.map((row) => row.id),
  );
  const flagged = flaggedRows.map((row) => {
    const problemTexts = transferProblemPhrases(
      processingCountries(
        row,
        declared.filter((entry) => entry.agreement_id === row.id),
      ),
      transfers.filter((transfer) => transfer.agreement_id === row.id).map(transferFacts),
      today,
    );
    return {
      agreementId: row.id,
      reference: row.reference,
      title: row.title,
      organisation: row.organisation_name,
      problems: problemTexts.map(english),
      problemTexts,
    };
  });
  const deadlines = await agreementDeadlines(ctx, today);
  const count = (kind: (typeof deadlines)[number]['kind']) =>
    deadlines.filter((item) => item.kind === kind).length;
  return {
    today,
    total: byStatus.total,
    byDirection,
    byStatus,
    withGaps: missing.agreements,
    missingClauses,
    transfers: {
      byBasis,
      total: Object.values(byBasis).reduce((sum, n) => sum + n, 0),
      flagged,
    },
    due: {
      reviewWithin30Days: count('review-due'),
      reviewOverdue: count('review-overdue'),
      expiringWithin60Days: count('expiring'),
      expiredButActive: count('expired-active'),
      objectionWindowsClosing: count('objection-closing'),
      objectionsOpen: count('objection-open'),
    },
  };
}
