import type { Knex } from 'knex';

/**
 * Office mode: what the earlier migrations built in SQLite's own dialect (guarded to SQLite there),
 * built for PostgreSQL. On SQLite this migration does nothing.
 *
 * * The monthly case figures behind the dashboard's charts (011): the same contributions, kept by a
 *   trigger in the same transaction as every change to a case.
 * * The inquiry search (004, 012): a `search_doc` tsvector per row, kept by a trigger, with a GIN
 *   index over live rows. Text is split on punctuation first, as SQLite's unicode61 tokenizer does,
 *   so an e-mail address is its words ("kari", "olsen", "gmail") and a phone number its digit groups;
 *   the phone's digits without spaces or +47 (person_phone_key) are one more word.
 */
export async function up(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') return;

  await knex.raw(`
    create function case_figures_apply(r cases, sign integer) returns void language plpgsql as $$
    declare
      closed_month text := substr(coalesce(r.reply_date, substr(r.closed_at, 1, 10)), 1, 7);
      replied boolean := r.state = 'closed' and r.outcome <> 'withdrawn';
    begin
      insert into case_month_figures as f (month, measure, request_type, n)
        select substr(r.received_date, 1, 7), 'received', t.name, sign from case_figure_types t
         where t.name = '*' or strpos(r.request_types, ',' || t.name || ',') > 0
        on conflict (month, measure, request_type) do update set n = f.n + excluded.n;
      if r.state = 'closed' then
        insert into case_month_figures as f (month, measure, request_type, n)
          select closed_month, 'closed', t.name, sign from case_figure_types t
           where t.name = '*' or strpos(r.request_types, ',' || t.name || ',') > 0
          on conflict (month, measure, request_type) do update set n = f.n + excluded.n;
      end if;
      if replied then
        insert into case_month_figures as f (month, measure, request_type, n)
          values (closed_month, 'replied', '*', sign)
          on conflict (month, measure, request_type) do update set n = f.n + excluded.n;
        if not r.closed_late then
          insert into case_month_figures as f (month, measure, request_type, n)
            values (closed_month, 'on-time', '*', sign)
            on conflict (month, measure, request_type) do update set n = f.n + excluded.n;
        end if;
        if r.reply_date is not null then
          insert into case_reply_days as d (month, days, n)
            values (substr(r.reply_date, 1, 7), r.reply_date::date - r.received_date::date, sign)
            on conflict (month, days) do update set n = d.n + excluded.n;
        end if;
      end if;
    end $$`);
  await knex.raw(`
    create function case_figures_trigger() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then perform case_figures_apply(old, -1); end if;
      if tg_op in ('INSERT', 'UPDATE') then perform case_figures_apply(new, 1); end if;
      return null;
    end $$`);
  await knex.raw(`create trigger case_figures after insert or delete or update of
      received_date, request_types, state, outcome, reply_date, closed_at, closed_late
    on cases for each row execute function case_figures_trigger()`);
  await knex.raw(`insert into case_month_figures (month, measure, request_type, n)
    select month, measure, request_type, sum(n) from (
      select substr(c.received_date, 1, 7) as month, 'received' as measure, t.name as request_type, 1 as n
        from cases c join case_figure_types t on t.name = '*' or strpos(c.request_types, ',' || t.name || ',') > 0
      union all
      select substr(coalesce(c.reply_date, substr(c.closed_at, 1, 10)), 1, 7), 'closed', t.name, 1
        from cases c join case_figure_types t on t.name = '*' or strpos(c.request_types, ',' || t.name || ',') > 0
       where c.state = 'closed'
      union all
      select substr(coalesce(reply_date, substr(closed_at, 1, 10)), 1, 7), 'replied', '*', 1
        from cases where state = 'closed' and outcome <> 'withdrawn'
      union all
      select substr(coalesce(reply_date, substr(closed_at, 1, 10)), 1, 7), 'on-time', '*', 1
        from cases where state = 'closed' and outcome <> 'withdrawn' and not closed_late
    ) contributions group by month, measure, request_type`);
  await knex.raw(`insert into case_reply_days (month, days, n)
    select substr(reply_date, 1, 7), reply_date::date - received_date::date, count(*) from cases
     where state = 'closed' and outcome <> 'withdrawn' and reply_date is not null group by 1, 2`);

  await knex.raw('alter table inquiries add column search_doc tsvector');
  await knex.raw(`
    create function inquiries_search_doc() returns trigger language plpgsql as $$
    begin
      new.search_doc := case when new.deleted_at is null then to_tsvector('simple',
        regexp_replace(lower(concat_ws(' ', new.person_name, new.person_email, new.person_phone,
          new.person_phone_key, new.person_reference, new.summary, new.notes)), '[[:punct:][:space:]]+', ' ', 'g'))
      end;
      return new;
    end $$`);
  await knex.raw(`create trigger inquiries_search_doc before insert or update of
      person_name, person_email, person_phone, person_phone_key, person_reference, summary, notes, deleted_at
    on inquiries for each row execute function inquiries_search_doc()`);
  // Fill the column for rows already there (the trigger computes it).
  await knex.raw('update inquiries set deleted_at = deleted_at');
  await knex.raw(
    'create index inquiries_search_doc on inquiries using gin (search_doc) where deleted_at is null',
  );
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg') return;
  await knex.raw('drop trigger if exists inquiries_search_doc on inquiries');
  await knex.raw('drop function if exists inquiries_search_doc()');
  await knex.raw('drop index if exists inquiries_search_doc');
  await knex.raw('alter table inquiries drop column if exists search_doc');
  await knex.raw('drop trigger if exists case_figures on cases');
  await knex.raw('drop function if exists case_figures_trigger()');
  await knex.raw('drop function if exists case_figures_apply(cases, integer)');
  await knex.raw('delete from case_month_figures');
  await knex.raw('delete from case_reply_days');
}
