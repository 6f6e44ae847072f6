import type { CalendarDate } from '../../../shared/calendar';
import type { AgreementDetail, AgreementFilter, AgreementSummary } from '../../../shared/agreements/contract';
import type { AgreementStatus } from '../../../shared/agreements/rules';
import { historyOf } from '../audit/service';
import type { Ctx } from '../context';
import { requireOrganisation } from '../organisations/service';
import { refreshTransferFlags } from './flags';
import {
  agreementPageIds,
  type AgreementSort,
  agreementsOfOrganisation,
  countAgreements,
} from './list-repository';
import {
  clauseStatesFor,
  findAgreementsByIds,
  linksToOrganisation,
  type NamedAgreementRow,
  transfersAndDeclaredFor,
} from './repository';
import { detailOf, requireAgreement } from './service';
import { todayOf } from './support';
import { toSummary } from './view';

/** The register's reads: one agreement, its history, the list and an organisation's agreements. */

export async function getAgreement(ctx: Ctx, id: number): Promise<AgreementDetail> {
  return detailOf(ctx, id);
}

/** What was changed, by whom and when: the audit log's entries for the agreement. */
export async function agreementHistory(ctx: Ctx, id: number) {
  await requireAgreement(ctx, id);
  return (await historyOf(ctx, 'agreement', id)).filter((entry) => entry.action !== 'read');
}

/** Summaries of many rows, with their checklists, transfers and declared sub-processors in a few queries. */
export async function summariesOf(
  ctx: Ctx,
  rows: readonly NamedAgreementRow[],
  today: CalendarDate,
): Promise<AgreementSummary[]> {
  const ids = rows.map((row) => row.id);
  const states = await clauseStatesFor(ctx.db, ids);
  const { transfers, declared } = await transfersAndDeclaredFor(ctx.db, ids);
  return rows.map((row) =>
    toSummary(
      row,
      states.get(row.id) ?? [],
      transfers.filter((transfer) => transfer.agreement_id === row.id),
      declared.filter((entry) => entry.agreement_id === row.id),
      today,
    ),
  );
}

export async function listAgreements(
  ctx: Ctx,
  input: AgreementFilter & { page: number; pageSize: number; sort: AgreementSort; direction: 'asc' | 'desc' },
): Promise<{ rows: AgreementSummary[]; total: number }> {
  const today = todayOf(ctx);
  await refreshTransferFlags(ctx.db, today);
  const total = await countAgreements(ctx.db, input, today);
  const ids = await agreementPageIds(ctx.db, input, today, input);
  const found = new Map((await findAgreementsByIds(ctx.db, ids)).map((row) => [row.id, row]));
  const rows = ids.flatMap((id) => found.get(id) ?? []);
  return { rows: await summariesOf(ctx, rows, today), total };
}

export async function agreementsForOrganisation(ctx: Ctx, organisationId: number) {
  await requireOrganisation(ctx, organisationId);
  const today = todayOf(ctx);
  const summaries = await summariesOf(ctx, await agreementsOfOrganisation(ctx.db, organisationId), today);
  const links = await linksToOrganisation(ctx.db, organisationId);
  const via = new Map(
    (
      await findAgreementsByIds(
        ctx.db,
        links.flatMap((link) => link.supplier_agreement_id ?? []),
      )
    ).map((row) => [row.id, row]),
  );
  return {
    asSupplier: summaries.filter((summary) => summary.companyRole === 'controller'),
    asCustomer: summaries.filter((summary) => summary.companyRole === 'processor'),
    subprocessorFor: links.map((link) => {
      const supplier = link.supplier_agreement_id ? via.get(link.supplier_agreement_id) : undefined;
      return {
        linkId: link.link_id,
        agreement: {
          id: link.agreement_id,
          reference: link.reference,
          title: link.title,
          status: link.status as AgreementStatus,
        },
        customer: { id: link.customer_id, name: link.customer_name },
        via: supplier
          ? {
              id: supplier.id,
              reference: supplier.reference,
              title: supplier.title,
              status: supplier.status as AgreementStatus,
            }
          : null,
      };
    }),
  };
}
