import type { Knex } from 'knex';
import { refreshBreachClock } from '../src/main/core/breaches/clocks';
import { undueDelayTargetHours } from '../src/shared/breaches/rules';

const hourMs = 3_600_000;
const plusHours = (iso: string, hours: number) =>
  new Date(new Date(iso).getTime() + hours * hourMs).toISOString();

/**
 * Breach duties corrected in review (issue 14):
 *
 * * telling the people affected (Art. 34) gets its own clock from the high-risk assessment: the
 *   moment the risk was assessed as high and the target time are stored with the breach (existing
 *   high-risk breaches start from their assessment, with the default target of 72 hours);
 * * a customer's clock runs for the shorter of the agreement's promise and the "without undue delay"
 *   target: customers not yet told of an open breach under a longer promise are due at the target;
 * * a breach may be ours and customers' at once (`capacity = 'both'`), which needs no new column.
 *
 * Every open breach's earliest running clock (`next_due_at`) is worked out again.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('breaches', (table) => {
    table.text('high_risk_at');
    table.text('subjects_due_at');
  });
  const high: Array<{ id: number; assessed_at: string | null; aware_at: string }> = await knex('breaches')
    .where({ risk: 'high' })
    .select('id', 'assessed_at', 'aware_at');
  for (const row of high) {
    const from = row.assessed_at ?? row.aware_at;
    await knex('breaches')
      .where({ id: row.id })
      .update({ high_risk_at: from, subjects_due_at: plusHours(from, 72) });
  }
  const longer: Array<{ id: number; aware_at: string }> = await knex('breach_customers')
    .join('breaches', 'breaches.id', 'breach_customers.breach_id')
    .whereNot('breaches.state', 'closed')
    .whereNull('breach_customers.told_at')
    .where('breach_customers.notice_hours', '>', undueDelayTargetHours)
    .select('breach_customers.id', 'breaches.aware_at');
  for (const customer of longer)
    await knex('breach_customers')
      .where({ id: customer.id })
      .update({ due_at: plusHours(customer.aware_at, undueDelayTargetHours) });
  const open: Array<{ id: number }> = await knex('breaches').whereNot('state', 'closed').select('id');
  const now = new Date();
  for (const row of open) await refreshBreachClock(knex, row.id, now);
}

export async function down(knex: Knex): Promise<void> {
  await knex('breaches').where({ capacity: 'both' }).update({ capacity: 'controller' });
  for (const column of ['high_risk_at', 'subjects_due_at'])
    await knex.raw('alter table breaches drop column ??', [column]);
}
