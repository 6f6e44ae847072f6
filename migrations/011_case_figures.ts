import type { Knex } from 'knex';

/** Every request type a case can carry, as stored comma-framed in `cases.request_types`. */
const requestTypes = [
  'information',
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'consent-withdrawal',
  'marketing-opt-out',
];

const closedOn = (row: 'new' | 'old' | 'cases') =>
  `coalesce(${row}.reply_date, substr(${row}.closed_at, 1, 10))`;

/**
 * The statements that add (sign +1) or take away (sign -1) one case's share of the monthly figures:
 * received per type, closed per type, replies and replies on time, and the days from receipt to reply.
 */
function contribution(row: 'new' | 'old', sign: 1 | -1): string {
  const types = `select name from case_figure_types where name = '*' or instr(${row}.request_types, ',' || name || ',') > 0`;
  const bump = (month: string, measure: string, typeFilter: string, when = '1') => `
    insert into case_month_figures (month, measure, request_type, n)
      select ${month}, '${measure}', name, ${sign} from case_figure_types
       where (${typeFilter}) and (${when})
      on conflict (month, measure, request_type) do update set n = n + ${sign};`;
  const closed = `${row}.state = 'closed'`;
  const replied = `${closed} and ${row}.outcome <> 'withdrawn'`;
  return [
    bump(`substr(${row}.received_date, 1, 7)`, 'received', `name in (${types})`),
    bump(`substr(${closedOn(row)}, 1, 7)`, 'closed', `name in (${types})`, closed),
    bump(`substr(${closedOn(row)}, 1, 7)`, 'replied', `name = '*'`, replied),
    bump(`substr(${closedOn(row)}, 1, 7)`, 'on-time', `name = '*'`, `${replied} and not ${row}.closed_late`),
    `insert into case_reply_days (month, days, n)
       select substr(${row}.reply_date, 1, 7),
              cast(julianday(${row}.reply_date) - julianday(${row}.received_date) as integer), ${sign}
        where ${replied} and ${row}.reply_date is not null
       on conflict (month, days) do update set n = n + ${sign};`,
  ].join('\n');
}

/**
 * Monthly figures of rights-request cases for the dashboard's charts and the annual report, kept by
 * triggers in the same transaction as every change to a case, so a hundred thousand cases are
 * charted from a few hundred rows. (The shared-server mode on PostgreSQL will need the same triggers
 * in its dialect, as the inquiries' full-text index will.)
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('case_figure_types', (table) => {
    table.string('name', 30).primary();
  });
  await knex('case_figure_types').insert([...requestTypes, '*'].map((name) => ({ name })));
  await knex.schema.createTable('case_month_figures', (table) => {
    table.string('month', 7).notNullable();
    // received | closed (per request type, and '*' for all) | replied | on-time ('*' only)
    table.string('measure', 10).notNullable();
    table.string('request_type', 30).notNullable();
    table.integer('n').notNullable();
    table.primary(['month', 'measure', 'request_type']);
  });
  await knex.schema.createTable('case_reply_days', (table) => {
    table.string('month', 7).notNullable();
    table.integer('days').notNullable();
    table.integer('n').notNullable();
    table.primary(['month', 'days']);
  });
  if (knex.client.config.client !== 'sqlite3') return;

  await knex.raw(`create trigger case_figures_insert after insert on cases begin
    ${contribution('new', 1)}
  end`);
  await knex.raw(`create trigger case_figures_delete after delete on cases begin
    ${contribution('old', -1)}
  end`);
  await knex.raw(`create trigger case_figures_update after update of
      received_date, request_types, state, outcome, reply_date, closed_at, closed_late on cases begin
    ${contribution('old', -1)}
    ${contribution('new', 1)}
  end`);

  // The cases already recorded.
  const types = (measure: string, month: string, where: string) => `
    insert into case_month_figures (month, measure, request_type, n)
      select ${month}, '${measure}', t.name, count(*)
        from cases join case_figure_types t
          on t.name = '*' or instr(cases.request_types, ',' || t.name || ',') > 0
       where ${where}
       group by 1, 3`;
  await knex.raw(types('received', 'substr(cases.received_date, 1, 7)', '1'));
  await knex.raw(types('closed', `substr(${closedOn('cases')}, 1, 7)`, "cases.state = 'closed'"));
  await knex.raw(`insert into case_month_figures (month, measure, request_type, n)
    select substr(${closedOn('cases')}, 1, 7), 'replied', '*', count(*) from cases
     where state = 'closed' and outcome <> 'withdrawn' group by 1`);
  await knex.raw(`insert into case_month_figures (month, measure, request_type, n)
    select substr(${closedOn('cases')}, 1, 7), 'on-time', '*', count(*) from cases
     where state = 'closed' and outcome <> 'withdrawn' and not closed_late group by 1`);
  await knex.raw(`insert into case_reply_days (month, days, n)
    select substr(reply_date, 1, 7), cast(julianday(reply_date) - julianday(received_date) as integer), count(*)
      from cases where state = 'closed' and outcome <> 'withdrawn' and reply_date is not null group by 1, 2`);
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'sqlite3') {
    for (const trigger of ['case_figures_insert', 'case_figures_delete', 'case_figures_update'])
      await knex.raw(`drop trigger if exists ${trigger}`);
  }
  await knex.schema.dropTable('case_reply_days');
  await knex.schema.dropTable('case_month_figures');
  await knex.schema.dropTable('case_figure_types');
}
