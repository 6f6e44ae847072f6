import type { Knex } from 'knex';
import type { CalendarDate } from '../../../shared/calendar';

type Db = Knex | Knex.Transaction;

/** Requests answered for a reasonable fee (Art. 12(5)) with a reply in the period: how many, and the sum. */
export async function feesCharged(
  db: Db,
  period: { from: CalendarDate; to: CalendarDate },
): Promise<{ total: number; sumNok: number }> {
  const row = (await db('cases')
    .where({ state: 'closed', unfounded_response: 'fee' })
    .whereBetween('reply_date', [period.from, period.to])
    .select(db.raw('count(*) as n'), db.raw('coalesce(sum(fee_nok), 0) as total'))
    .first()) as { n: number | string; total: number | string } | undefined;
  return { total: Number(row?.n ?? 0), sumNok: Number(row?.total ?? 0) };
}
