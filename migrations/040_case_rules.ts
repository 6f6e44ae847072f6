import type { Knex } from 'knex';
import { systemClock } from '../src/main/core/clock';
import { readCaseClock, recomputeOpenCaseClocks } from '../src/main/core/cases/clock';
import type { CaseRow } from '../src/main/core/cases/repository';
import { readSettings } from '../src/main/core/settings/service';
import { osloDate } from '../src/shared/oslo';

/**
 * The rights-request rules corrected in review (issue 14):
 *
 * * an objection is split into 21(1) (`objection`, weighed, may be refused with compelling grounds)
 *   and direct marketing (`marketing-objection`, never refused). Existing objection cases whose
 *   record speaks of marketing become direct-marketing objections, with their tasks; the others stay
 *   21(1). The new type is counted by the monthly figures of 011 (`case_figure_types`);
 * * stopping a processing (a consent withdrawal, a marketing opt-out, a direct-marketing objection)
 *   waits for no identity verification: its tasks no longer pass the identity gate, and the shipped
 *   "no verification" checklist covers all three;
 * * asking the person to clarify a broad request (Recital 63) has its own dates, Art. 12(5) may
 *   lead to a reasonable fee, and a refusal carries structured grounds (personopplysningsloven § 16,
 *   Art. 21(1));
 * * a refusal after the original due date is late even when extended (Art. 12(4)): refusals already
 *   recorded as on time against the extended date are recorded as late, with why;
 * * the stored due dates of open cases follow the new clock (the pause only when asked without
 *   undue delay; a processor case runs on its forwarding deadline until forwarded).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (table) => {
    table.string('clarification_requested_on', 10);
    table.string('clarification_received_on', 10);
    table.text('clarification_question');
    table.string('unfounded_response', 8);
    table.integer('fee_nok');
    table.text('fee_basis');
    // Comma-framed like request_types: ",pol-16-c,gdpr-21-1,".
    table.string('refusal_grounds', 300);
  });
  await knex('case_figure_types').insert({ name: 'marketing-objection' });

  await splitObjections(knex);
  await stoppingNeedsNoVerification(knex);
  await lateRefusalsAfterExtension(knex);

  const settings = await readSettings(knex);
  await recomputeOpenCaseClocks({ db: knex, clock: systemClock }, settings, true);
}

const marketingWords = ['marketing', 'markedsføring', 'nyhetsbrev', 'newsletter', 'reklame', 'direct mail'];

function mentionsMarketing(text: string | null | undefined): boolean {
  const lower = (text ?? '').toLocaleLowerCase('nb');
  return marketingWords.some((word) => lower.includes(word));
}

async function splitObjections(knex: Knex): Promise<void> {
  const cases: Array<{
    id: number;
    state: string;
    request_types: string;
    notes: string | null;
    outcome_reasons: string | null;
    verification_covers: string | null;
    override_covers: string | null;
  }> = await knex('cases')
    .where('request_types', 'like', '%,objection,%')
    .select(
      'id',
      'state',
      'request_types',
      'notes',
      'outcome_reasons',
      'verification_covers',
      'override_covers',
    );
  for (const row of cases) {
    const tasks: Array<{ id: number; task_key: string | null; state: string; state_note: string | null }> =
      await knex('case_tasks')
        .where({ case_id: row.id })
        .where('task_key', 'like', 'objection:%')
        .select('id', 'task_key', 'state', 'state_note');
    const comments: Array<{ text: string }> = await knex('case_task_comments')
      .whereIn(
        'task_id',
        tasks.map((task) => task.id),
      )
      .select('text');
    const marketing =
      mentionsMarketing(row.notes) ||
      mentionsMarketing(row.outcome_reasons) ||
      tasks.some((task) => mentionsMarketing(task.state_note)) ||
      comments.some((comment) => mentionsMarketing(comment.text));
    const open = row.state === 'open';
    if (!marketing) {
      // A 21(1) objection: the task "decide the kind" gives way to identifying the processing.
      if (open)
        await knex('case_tasks')
          .where({ case_id: row.id, task_key: 'objection:kind', state: 'open' })
          .update({
            task_key: 'objection:processing',
            label: 'Identify the processing based on legitimate interest or a public task (Art. 6(1)(e)-(f))',
            help: null,
          });
      continue;
    }
    const retype = (framed: string | null) =>
      framed === null ? null : framed.replace(',objection,', ',marketing-objection,');
    await knex('cases')
      .where({ id: row.id })
      .update({
        request_types: retype(row.request_types),
        verification_covers: retype(row.verification_covers),
        override_covers: retype(row.override_covers),
      });
    for (const task of tasks) {
      const key = (task.task_key ?? '').slice('objection:'.length);
      if (open && task.state === 'open' && (key === 'kind' || key === 'balancing')) {
        await knex('case_task_comments').where({ task_id: task.id }).delete();
        await knex('case_tasks').where({ id: task.id }).delete();
        continue;
      }
      await knex('case_tasks')
        .where({ id: task.id })
        .update({
          request_type: 'marketing-objection',
          task_key: `marketing-objection:${key}`,
          effect: null,
        });
    }
    if (open) {
      const last: { position: number } | undefined = await knex('case_tasks')
        .where({ case_id: row.id, request_type: 'marketing-objection' })
        .orderBy('position', 'desc')
        .first('position');
      await knex('case_tasks').insert({
        case_id: row.id,
        position: (last?.position ?? 700) + 1,
        request_type: 'marketing-objection',
        task_key: 'marketing-objection:suppress',
        label: 'Add the person to the suppression list in every channel',
        help: null,
        effect: null,
        state: 'open',
      });
    }
    await knex('case_events').insert({
      case_id: row.id,
      at: new Date().toISOString(),
      actor_id: null,
      actor_name: 'Privacy Desk',
      kind: 'updated',
      summary:
        'The objection was recorded as an objection to direct marketing (Art. 21(2)-(3)): it is never refused and waits for no identity verification.',
    });
  }
}

async function stoppingNeedsNoVerification(knex: Knex): Promise<void> {
  await knex('case_tasks')
    .whereIn('task_key', ['consent-withdrawal:stop', 'marketing-opt-out:suppress'])
    .update({ effect: null });
  await knex('verification_templates')
    .where({ name: 'Marketing opt-out: no verification', request_types: ',marketing-opt-out,' })
    .update({
      name: 'Stopping a processing: no verification',
      request_types: ',marketing-objection,consent-withdrawal,marketing-opt-out,',
      not_needed_reason:
        'Stopping a processing (an objection to direct marketing, a consent withdrawal, a marketing opt-out) is always granted, discloses nothing and harms no one if made by someone else; no more information may be asked for than needed (Arts. 7(3), 12(2), 21(3)).',
      updated_at: new Date().toISOString(),
    });
}

async function lateRefusalsAfterExtension(knex: Knex): Promise<void> {
  const settings = await readSettings(knex);
  const today = osloDate(new Date());
  const rows: CaseRow[] = await knex('cases')
    .where({ state: 'closed', capacity: 'controller' })
    .whereIn('outcome', ['refused', 'partly-granted'])
    .whereNotNull('extended_at')
    .whereNotNull('reply_date');
  for (const row of rows) {
    if (row.closed_late) continue;
    const original = readCaseClock(row, settings, today).due.date;
    if ((row.reply_date ?? '') <= original) continue;
    const dotted = original.split('-').reverse().join('.');
    const reason = `A refusal is due by the original due date ${dotted} even after an extension (Art. 12(4)); this reply was recorded as on time before that rule was applied.`;
    await knex('cases').where({ id: row.id }).update({ closed_late: true, late_reason: reason });
    await knex('case_events').insert({
      case_id: row.id,
      at: new Date().toISOString(),
      actor_id: null,
      actor_name: 'Privacy Desk',
      kind: 'closed',
      summary: `Recorded as late: ${reason}`,
    });
  }
}

export async function down(knex: Knex): Promise<void> {
  // A case with both kinds keeps one objection; the others' direct-marketing objection becomes one.
  await knex('cases')
    .where('request_types', 'like', '%,objection,%')
    .where('request_types', 'like', '%,marketing-objection,%')
    .update({ request_types: knex.raw("replace(request_types, ',marketing-objection,', ',')") });
  await knex('cases')
    .where('request_types', 'like', '%,marketing-objection,%')
    .update({
      request_types: knex.raw("replace(request_types, ',marketing-objection,', ',objection,')"),
    });
  await knex('case_tasks')
    .where({ request_type: 'marketing-objection' })
    .update({
      request_type: 'objection',
      task_key: knex.raw("replace(task_key, 'marketing-objection:', 'objection:')"),
    });
  await knex('case_figure_types').where({ name: 'marketing-objection' }).delete();
  await knex('case_month_figures').where({ request_type: 'marketing-objection' }).delete();
  // One column at a time with the engines' own DROP COLUMN: knex would rebuild the SQLite table,
  // and with it lose the figure triggers of 011.
  for (const column of [
    'clarification_requested_on',
    'clarification_received_on',
    'clarification_question',
    'unfounded_response',
    'fee_nok',
    'fee_basis',
    'refusal_grounds',
  ])
    await knex.raw('alter table cases drop column ??', [column]);
}
