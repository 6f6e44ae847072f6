import type { Knex } from 'knex';
import { refreshTransferFlags } from '../src/main/core/agreements/flags';
import { osloDate } from '../src/shared/oslo';
import { directionsFor, sccModuleFor, type CompanyRole } from '../src/shared/agreements/rules';

/**
 * The agreements register's rules corrected in review (issue 14):
 *
 * * a transfer records who exports to whom (its direction, from which the SCC module follows) and
 *   whether it is occasional (only such can rest on Art. 49). Existing transfers get the direction
 *   their module fits within the agreement, or the agreement's usual one; they are not occasional;
 * * a change notice can carry the customer's explicit written approval, and a sub-processor link
 *   names the notice that announced it (matched here for links added after a notice of the same
 *   supplier);
 * * the transfer flag depends on the day (adequacy decisions end): the day it was last worked out is
 *   kept, and every agreement's flag is worked out again now, under the stricter rules.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('agreement_transfers', (table) => {
    table.string('direction', 24);
    table.boolean('occasional').notNullable().defaultTo(false);
  });
  await knex.schema.alterTable('agreement_change_notices', (table) => {
    table.string('approved_on', 10);
    table.text('approval_note');
  });
  await knex.schema.alterTable('agreement_subprocessors', (table) => {
    table.integer('notice_id').references('id').inTable('agreement_change_notices');
  });
  await knex.schema.alterTable('agreements', (table) => {
    table.string('flags_checked_on', 10);
  });

  const transfers: Array<{ id: number; scc_module: number | null; company_role: string }> = await knex(
    'agreement_transfers',
  )
    .join('agreements', 'agreements.id', 'agreement_transfers.agreement_id')
    .select('agreement_transfers.id', 'agreement_transfers.scc_module', 'agreements.company_role');
  for (const transfer of transfers) {
    const allowed = directionsFor(transfer.company_role as CompanyRole);
    const fitting = allowed.find((direction) => sccModuleFor[direction] === transfer.scc_module);
    await knex('agreement_transfers')
      .where({ id: transfer.id })
      .update({ direction: fitting ?? allowed[0] });
  }

  const links: Array<{ id: number; agreement_id: number; organisation_id: number; added_at: string }> =
    await knex('agreement_subprocessors')
      .join('agreements', 'agreements.id', 'agreement_subprocessors.agreement_id')
      .where('agreements.subprocessor_authorisation', 'general')
      .select(
        'agreement_subprocessors.id',
        'agreement_subprocessors.agreement_id',
        'agreement_subprocessors.organisation_id',
        'agreement_subprocessors.added_at',
      );
  for (const link of links) {
    const notice: { id: number } | undefined = await knex('agreement_change_notices')
      .where({ agreement_id: link.agreement_id, organisation_id: link.organisation_id })
      .whereIn('change', ['addition', 'replacement'])
      .where('sent_on', '<=', osloDate(link.added_at))
      .orderBy('sent_on', 'desc')
      .first('id');
    if (notice) await knex('agreement_subprocessors').where({ id: link.id }).update({ notice_id: notice.id });
  }

  await refreshTransferFlags(knex, osloDate(new Date()), true);
}

export async function down(knex: Knex): Promise<void> {
  // Plain columns go with the engines' own DROP COLUMN: knex would rebuild a SQLite table, and
  // dropping `agreements` inside the migration's transaction would cascade to its clauses.
  for (const [table, column] of [
    ['agreement_transfers', 'direction'],
    ['agreement_transfers', 'occasional'],
    ['agreement_change_notices', 'approved_on'],
    ['agreement_change_notices', 'approval_note'],
    ['agreements', 'flags_checked_on'],
  ] as const)
    await knex.raw('alter table ?? drop column ??', [table, column]);
  // A foreign key column cannot be dropped in place; nothing refers to this table, so a rebuild is safe.
  await knex.schema.alterTable('agreement_subprocessors', (table) => table.dropColumn('notice_id'));
}
