import { addDays, calendarDate } from '../../../shared/calendar';
import type { Phrase } from '../../../shared/i18n/phrases';
import { osloDate, osloStartOfDay } from '../../../shared/oslo';
import { type Outcome, outcomes, type RequestType, requestTypes } from '../../../shared/cases/rules';
import { inquiryCategories, inquiryChannels } from '../../../shared/inquiries/rules';
import { countInForceOn } from '../agreements/register-repository';
import { type AgreementRegisterSummary, agreementRegisterSummary } from '../agreements/summary';
import { listActivities } from '../processing/service';
import { type BreachYearSummary, breachYearSummary } from '../breaches/reports';
import { unframeList } from '../cases/keys';
import {
  caseMonthFigures,
  caseReplyDays,
  closedCasesByTypeAndOutcome,
  countExtensionsDecided,
  countStillOpen,
  openPastDue,
  refusals,
  refusalsAfterExtension,
} from '../cases/figures-repository';
import { readCaseClock } from '../cases/clock';
import { readSettings } from '../settings/service';
import { feesCharged } from './annual-repository';
import type { Ctx } from '../context';
import { medianOf } from '../dashboard/service';
import { countInquiriesBy } from '../inquiries/repository';

/** Refusals listed one by one in the report; the rest are counted. */
export const listedRefusals = 40;

export interface OutcomeCounts {
  total: number;
  byOutcome: Record<Outcome, number>;
}

export interface AnnualFigures {
  year: number;
  /** The report covers 1 January to this day (31 December, or today for the running year). */
  through: string;
  requests: {
    received: number;
    receivedByType: Record<RequestType, number>;
    closed: OutcomeCounts;
    closedByType: Record<RequestType, OutcomeCounts>;
    replied: number;
    onTime: number;
    extensions: number;
    medianDaysToReply: number | null;
    receivedStillOpen: number;
    /** Open cases past their due date on the report's last day (by number, the oldest first). */
    openPastDue: { total: number; numbers: string[] };
    /**
     * Refusals answered after an extension: a refusal is due by the original date all the same
     * (Art. 12(4)), so each is on time only if answered by then.
     */
    refusalsAfterExtension: Array<{
      number: string;
      originalDue: string;
      replyDate: string | null;
      late: boolean;
    }>;
    /** Requests answered for a reasonable fee (Art. 12(5)). */
    fees: { total: number; sumNok: number };
    refusals: {
      total: number;
      listed: Array<{
        number: string;
        types: RequestType[];
        outcome: Outcome;
        grounds: string;
        manifestlyUnfounded: boolean;
        replyDate: string | null;
      }>;
    };
  };
  breaches: BreachYearSummary;
  /** The register as it stands on the day of the report (it keeps no history of past years). */
  agreements: AgreementRegisterSummary;
  /** Agreements in force on the report's last day (effective, not expired or terminated by then). */
  agreementsInForce: { suppliers: number; customers: number; on: string };
  /** The record of processing activities (Art. 30) as it stands on the day of the report. */
  processing: {
    controller: number;
    processor: number;
    incomplete: Array<{ reference: string; name: string; missing: string[]; missingTexts: Phrase[] }>;
    transferFlagged: string[];
    /** Customer agreements in force without a record as processor. */
    uncovered: Array<{ reference: string; customer: string }>;
  };
  inquiries: { total: number; byChannel: Record<string, number>; byCategory: Record<string, number> };
}

function noOutcomes(): OutcomeCounts {
  return {
    total: 0,
    byOutcome: Object.fromEntries(outcomes.map((outcome) => [outcome, 0])) as Record<Outcome, number>,
  };
}

/** The figures of the annual privacy report for a calendar year, all from core queries. */
export async function annualFigures(ctx: Ctx, year: number): Promise<AnnualFigures> {
  const today = osloDate(ctx.clock.now());
  const from = calendarDate(year, 1, 1);
  const to = calendarDate(year, 12, 31);
  const through = today < to ? today : to;
  const months = { fromMonth: `${year}-01`, toMonth: `${year}-12` };

  const figures = await caseMonthFigures(ctx.db, months);
  const sum = (measure: string, type = '*') =>
    figures
      .filter((row) => row.measure === measure && row.request_type === type)
      .reduce((total, row) => total + row.n, 0);

  const closedByType = Object.fromEntries(requestTypes.map((type) => [type, noOutcomes()])) as Record<
    RequestType,
    OutcomeCounts
  >;
  const closed = noOutcomes();
  for (const row of await closedCasesByTypeAndOutcome(ctx.db, { from, to })) {
    const counts = row.request_type === '*' ? closed : closedByType[row.request_type as RequestType];
    if (!counts) continue;
    counts.total += Number(row.n);
    counts.byOutcome[row.outcome as Outcome] += Number(row.n);
  }

  const refused = await refusals(ctx.db, { from, to }, listedRefusals);
  const settings = await readSettings(ctx.db);
  const afterExtension = (await refusalsAfterExtension(ctx.db, { from, to }, listedRefusals)).map((row) => ({
    number: row.number,
    originalDue: readCaseClock(row, settings, through).due.date,
    replyDate: row.reply_date,
    late: Boolean(row.closed_late),
  }));
  // Still open and past due: before today in the running year, by the year's last day otherwise.
  const pastDue = await openPastDue(ctx.db, through === today ? today : addDays(through, 1), listedRefusals);
  const fees = await feesCharged(ctx.db, { from, to });
  const yearRange = {
    start: osloStartOfDay(from).toISOString(),
    end: osloStartOfDay(calendarDate(year + 1, 1, 1)).toISOString(),
  };
  const byChannel = await countInquiriesBy(ctx.db, 'channel', inquiryChannels, yearRange);
  const byCategory = await countInquiriesBy(ctx.db, 'category', inquiryCategories, yearRange);

  const inForce = await countInForceOn(ctx.db, through);
  const register = await listActivities(ctx, { includeArchived: false });
  return {
    year,
    through,
    requests: {
      received: sum('received'),
      receivedByType: Object.fromEntries(requestTypes.map((type) => [type, sum('received', type)])) as Record<
        RequestType,
        number
      >,
      closed,
      closedByType,
      replied: sum('replied'),
      onTime: sum('on-time'),
      extensions: await countExtensionsDecided(ctx.db, { from, to }),
      medianDaysToReply: medianOf(aggregateDays(await caseReplyDays(ctx.db, months))),
      receivedStillOpen: await countStillOpen(ctx.db, { from, to }),
      openPastDue: pastDue,
      refusalsAfterExtension: afterExtension,
      fees,
      refusals: {
        total: refused.total,
        listed: refused.rows.map((row) => ({
          number: row.number,
          types: unframeList<RequestType>(row.request_types),
          outcome: row.outcome as Outcome,
          grounds: row.outcome_reasons ?? '',
          manifestlyUnfounded: Boolean(row.manifestly_unfounded),
          replyDate: row.reply_date,
        })),
      },
    },
    breaches: await breachYearSummary(ctx, year),
    agreements: await agreementRegisterSummary(ctx, today),
    agreementsInForce: {
      suppliers: inForce.find((row) => row.company_role === 'controller')?.n ?? 0,
      customers: inForce.find((row) => row.company_role === 'processor')?.n ?? 0,
      on: through,
    },
    processing: {
      controller: register.rows.filter((row) => row.role === 'controller').length,
      processor: register.rows.filter((row) => row.role === 'processor').length,
      incomplete: register.rows
        .filter((row) => row.missing.length > 0)
        .map((row) => ({
          reference: row.reference,
          name: row.name,
          missing: row.missing,
          missingTexts: row.missingTexts,
        })),
      transferFlagged: register.rows.filter((row) => row.transferFlag).map((row) => row.reference),
      uncovered: register.uncovered.map((entry) => ({
        reference: entry.reference,
        customer: entry.customer.name,
      })),
    },
    inquiries: {
      total: Object.values(byChannel).reduce((total, n) => total + n, 0),
      byChannel,
      byCategory,
    },
  };
}

/** A year's reply-days histogram from its months' histograms. */
function aggregateDays(rows: ReadonlyArray<{ days: number; n: number }>): Array<{ days: number; n: number }> {
  const byDays = new Map<number, number>();
  for (const row of rows) byDays.set(row.days, (byDays.get(row.days) ?? 0) + row.n);
  return [...byDays.entries()].sort((a, b) => a[0] - b[0]).map(([days, n]) => ({ days, n }));
}
