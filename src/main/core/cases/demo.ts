import { addDays, type CalendarDate, compareDates, daysBetween, osloDate } from '../../../shared/calendar';
import {
  type Capacity,
  type CaseChannel,
  type Outcome,
  type Priority,
  requestTypes,
  type RequestType,
  taskTemplatesFor,
  typesNeedingRecipients,
  type VerificationMethod,
} from '../../../shared/cases/rules';
import { runAsSystem } from '../core';
import type { DemoOffice, DemoSeeder } from '../demo/seed';
import { foreignNames, norwegianFirstNames, norwegianLastNames } from '../demo/names';
import type { Random } from '../demo/random';
import { readSettings } from '../settings/service';
import { type ClockSettings, readCaseClock, storedClock } from './clock';
import { emailKey, frameList, nameKey, phoneKey } from './keys';
import {
  blankCase,
  type CaseEventRow,
  type CaseRow,
  lastSequence,
  type RecipientRow,
  type TaskRow,
  type VerificationItemRow,
} from './repository';
import { positionOf } from './tasks';
import { type Checklist, checklistFor } from './templates';

/** How many days of history the demo office has. */
const historyDays = 548;

const typeWeights: ReadonlyArray<readonly [RequestType, number]> = [
  ['access', 30],
  ['erasure', 20],
  ['marketing-opt-out', 15],
  ['rectification', 8],
  ['information', 7],
  ['objection', 6],
  ['consent-withdrawal', 6],
  ['restriction', 4],
  ['portability', 4],
];
const channelWeights: ReadonlyArray<readonly [CaseChannel, number]> = [
  ['phone', 40],
  ['email', 35],
  ['letter', 15],
  ['in-person', 5],
  ['chat', 5],
];
const outcomeWeights: ReadonlyArray<readonly [Outcome, number]> = [
  ['granted', 60],
  ['partly-granted', 12],
  ['refused', 6],
  ['withdrawn', 7],
  ['no-data', 15],
];
const priorityWeights: ReadonlyArray<readonly [Priority, number]> = [
  ['normal', 70],
  ['high', 15],
  ['low', 10],
  ['urgent', 5],
];
const methodByChannel: Record<CaseChannel, VerificationMethod> = {
  phone: 'callback',
  email: 'email-reply',
  letter: 'code',
  'in-person': 'in-person-id',
  chat: 'code',
};
const refusalReasons: Partial<Record<RequestType, string>> = {
  erasure:
    'Your customer profile and call notes are erased. Invoices are bookkeeping records we must keep for 5 years (bokføringsloven § 13, Art. 17(3)(b)); they are restricted until then.',
  objection:
    'The recording of calls for documenting agreements rests on compelling legitimate grounds that override your interests (Art. 21(1)); the assessment is enclosed.',
  portability:
    'The data was not processed on the basis of consent or contract by automated means, so Art. 20 does not apply; you received a copy under Art. 15 instead.',
  access:
    "Parts of the call recordings contain other people's personal data and are withheld (Art. 15(4)); the rest is enclosed.",
};
const lateReasons = [
  'The handler was ill and the case was not picked up in time.',
  'Retrieving call recordings from the telephony supplier took longer than expected.',
  'The request was misfiled under general inquiries for a week.',
];
const extensionReasons = [
  'Six years of call recordings must be searched and third parties redacted.',
  'The person made four related requests that must be answered together.',
  'Data is held by three systems at two suppliers; retrieval takes several weeks.',
];
const recipientNames = ['Lønnsservice Norge AS', 'Regnskapsbyrået Bjørk AS', 'SMS-Porten AS'];

function ascii(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z]/g, '');
}

interface Customer {
  id: number;
  name: string;
  email: string | null;
}

interface Seeded {
  row: Omit<CaseRow, 'id'>;
  items: Array<Omit<VerificationItemRow, 'id' | 'case_id'>>;
  tasks: Array<Omit<TaskRow, 'id' | 'case_id'>>;
  recipients: Array<Omit<RecipientRow, 'id' | 'case_id'>>;
  events: Array<Omit<CaseEventRow, 'id' | 'case_id'>>;
}

function instant(date: CalendarDate, random: Random): string {
  return `${date}T${String(random.int(7, 14)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
}

function earlier(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** One realistic case as it would stand today after the app had been used on it. */
function demoCase(
  random: Random,
  context: {
    today: CalendarDate;
    received: CalendarDate;
    customers: Customer[];
    staff: { dpo: [number, string]; admin: [number, string] };
    settings: ClockSettings;
    checklist: (request: { channel: CaseChannel; types: RequestType[]; capacity: Capacity }) => Checklist;
  },
): Seeded {
  const { today, received, staff, settings } = context;
  const primary = random.weighted(typeWeights);
  const types = [primary];
  if (random.chance(0.15)) {
    const second = random.pick(['erasure', 'rectification', 'objection', 'access'] as const);
    if (second !== primary) types.push(second);
  }
  const ordered = requestTypes.filter((type) => types.includes(type));
  const channel = random.weighted(channelWeights);
  const customer =
    context.customers.length > 0 && random.chance(0.25) ? random.pick(context.customers) : null;
  const capacity: Capacity = customer ? 'processor' : 'controller';
  const [first, last] = random.chance(0.2)
    ? random.pick(foreignNames)
    : [random.pick(norwegianFirstNames), random.pick(norwegianLastNames)];
  const personName = `${first} ${last}`;
  const email = random.chance(0.7) ? `${ascii(first)}.${ascii(last)}@example.no` : null;
  const phone = random.chance(0.8)
    ? `+47 ${random.pick(['4', '9'])}${random.int(10, 99)} ${random.int(10, 99)} ${random.int(100, 999)}`
    : null;
  const createdOn = earlier(addDays(received, random.int(0, 2)), today);
  const createdAt = instant(createdOn, random);
  const events: Seeded['events'] = [];
  const [handlerId, handlerName] = random.chance(0.85) ? staff.dpo : staff.admin;
  const row: Omit<CaseRow, 'id'> = {
    ...blankCase(createdAt, today),
    person_name: personName,
    person_name_key: nameKey(personName),
    person_email: email,
    person_email_key: emailKey(email),
    person_phone: phone,
    person_phone_key: phoneKey(phone),
    person_address: random.chance(0.4)
      ? `${random.pick(['Storgata', 'Kirkeveien', 'Bygdøy allé', 'Thereses gate', 'Strandveien'])} ${random.int(1, 120)}, ${random.pick(['0182 Oslo', '5003 Bergen', '7010 Trondheim', '4006 Stavanger', '9008 Tromsø'])}`
      : null,
    person_reference: random.chance(0.3) ? `K-${random.int(100000, 999999)}` : null,
    customer_org_id: customer?.id ?? null,
    capacity,
    request_types: frameList(ordered),
    channel,
    priority: random.weighted(priorityWeights),
    handler_id: handlerId,
    received_date: received,
    created_by: handlerId,
    created_by_name: handlerName,
  };
  if (random.chance(0.05)) {
    row.rep_name = `${random.pick(['Advokat', 'Advokatfullmektig'])} ${random.pick(norwegianLastNames)}`;
    row.rep_relation = 'lawyer';
    row.rep_contact = `post@${ascii(row.rep_name.split(' ')[1])}-advokat.example`;
  }
  events.push({
    at: createdAt,
    actor_id: handlerId,
    actor_name: handlerName,
    kind: 'created',
    summary: `Case opened; received ${received.split('-').reverse().join('.')} by ${channel === 'in-person' ? 'in person' : channel}`,
  });

  // Where the case stands: old cases are closed, recent ones often open, a few forgotten.
  const statutory = readCaseClock({ ...row, id: 0 } as CaseRow, settings, today).due.date;
  const age = daysBetween(received, today);
  const closed =
    age > 100
      ? true
      : compareDates(statutory, today) < 0
        ? !random.chance(0.06)
        : random.chance(0.2) && age > 2;

  if (capacity === 'processor' && (closed || random.chance(0.7))) {
    row.forwarded_on = earlier(addDays(received, random.int(0, 2)), today);
    row.forwarded_to = customer?.email ?? `Privacy contact of ${customer?.name}`;
    row.forwarded_how = random.pick(['email', 'email', 'portal'] as const);
    if (random.chance(0.5)) row.customer_deadline = addDays(received, random.int(12, 25));
    events.push({
      at: instant(row.forwarded_on, random),
      actor_id: handlerId,
      actor_name: handlerName,
      kind: 'forwarding',
      summary: `Forwarded to the customer: ${row.forwarded_to}`,
    });
  }

  const outcome: Outcome | null = closed
    ? types.includes('marketing-opt-out')
      ? 'granted'
      : random.weighted(outcomeWeights)
    : null;
  const disclosesOrChanges = outcome === 'granted' || outcome === 'partly-granted';

  // Identity verification.
  const checklist = context.checklist({ channel, types: ordered, capacity });
  const items: Seeded['items'] = checklist.items.map((item, index) => ({
    position: index + 1,
    label: item.label,
    help: item.help,
    template_name: item.template,
    ticked_at: null,
    ticked_by: null,
  }));
  const verifiedOn = earlier(addDays(received, random.int(1, 6)), today);
  if (!checklist.needed) {
    row.verification_result = 'not-needed';
    row.verification_reason = checklist.notNeededReason;
    row.verification_decided_at = createdAt;
    row.verification_decided_by = handlerName;
    row.verification_covers = frameList(ordered);
    row.verification_capacity = capacity;
    row.verification_auto = true;
  } else {
    const roll = random.next();
    const verified = disclosesOrChanges || (closed ? roll < 0.5 : roll < 0.45);
    const failed = !verified && (outcome === 'refused' ? roll < 0.8 : !closed && roll < 0.55);
    const awaiting = !verified && !failed && !closed && roll < 0.75;
    if (verified || failed || awaiting || random.chance(0.2)) {
      row.verification_requested_on = earlier(addDays(received, random.int(0, 2)), today);
      if (!awaiting)
        row.verification_received_on = earlier(
          addDays(row.verification_requested_on, random.int(0, 4)),
          today,
        );
    }
    if (verified && random.chance(0.02) && row.rep_name === null) {
      row.override_reason =
        'The person came in with their guardian and is known to the DPO; no doubt about identity.';
      row.override_at = instant(verifiedOn, random);
      row.override_by = staff.dpo[1];
      row.override_covers = frameList(ordered);
    } else if (verified || failed) {
      const at = instant(verifiedOn, random);
      if (verified) for (const item of items) Object.assign(item, { ticked_at: at, ticked_by: handlerName });
      row.verification_result = verified ? 'verified' : 'failed';
      row.verification_method = methodByChannel[channel];
      row.verification_reason = verified
        ? 'Checked against the customer register; everything matched.'
        : 'The person could not answer questions about data we hold.';
      row.verification_decided_at = at;
      row.verification_decided_by = handlerName;
      row.verification_covers = frameList(ordered);
      row.verification_capacity = capacity;
      events.push({
        at,
        actor_id: handlerId,
        actor_name: handlerName,
        kind: 'verification',
        summary: verified ? 'Identity verified' : 'Identity verification failed',
      });
    }
  }
  if (row.rep_name && (disclosesOrChanges || random.chance(0.5))) {
    row.rep_authority_evidence = 'power-of-attorney';
    row.rep_authority_checked_at = instant(verifiedOn, random);
    row.rep_authority_checked_by = handlerName;
  }

  // An extension for some complex controller cases, always noticed in time.
  if (capacity === 'controller' && age > 20 && random.chance(0.1)) {
    const lastDay = earlier(statutory, today);
    const told = addDays(
      lastDay,
      -random.int(0, Math.min(10, Math.max(0, daysBetween(received, lastDay) - 1))),
    );
    row.extension_decided_on = told;
    row.extension_told_on = told;
    row.extension_notice_channel = random.pick(['email', 'letter'] as const);
    row.extension_reasons = random.pick(extensionReasons);
    row.extended_at = instant(told, random);
    row.extended_by = handlerName;
    events.push({
      at: row.extended_at,
      actor_id: handlerId,
      actor_name: handlerName,
      kind: 'extension',
      summary: `Deadline extended by two months. Reasons: ${row.extension_reasons}`,
    });
  }

  const current = readCaseClock({ ...row, id: 0 } as CaseRow, settings, today).current.date;
  if (closed && outcome) {
    const late = random.chance(0.06) && compareDates(addDays(current, 1), today) <= 0;
    const replyDate =
      outcome === 'withdrawn'
        ? null
        : late
          ? earlier(addDays(current, random.int(1, 12)), today)
          : earlier(
              addDays(
                received,
                random.int(
                  Math.min(3, Math.max(0, daysBetween(received, current))),
                  Math.max(0, daysBetween(received, current)),
                ),
              ),
              today,
            );
    const closedOn = earlier(
      addDays(replyDate ?? addDays(received, random.int(2, 20)), random.int(0, 1)),
      today,
    );
    row.state = 'closed';
    row.outcome = outcome;
    row.reply_date = replyDate;
    row.reply_channel = replyDate ? random.pick(['email', 'letter', 'secure-link'] as const) : null;
    row.closed_at = instant(closedOn, random);
    row.closed_by = handlerName;
    row.closed_late = replyDate !== null && compareDates(replyDate, current) > 0;
    row.late_reason = row.closed_late ? random.pick(lateReasons) : null;
    if (outcome === 'refused' || outcome === 'partly-granted') {
      row.outcome_reasons =
        refusalReasons[primary] ??
        'The request falls outside what the right covers; the reasons are set out in the reply.';
      row.states_complaint_right = true;
      row.states_judicial_remedy = true;
      if (outcome === 'refused' && random.chance(0.2)) {
        row.manifestly_unfounded = true;
        row.unfounded_justification =
          'The ninth identical request in four months, each answered in full; the log of requests and replies is attached.';
      }
    }
    events.push({
      at: row.closed_at,
      actor_id: handlerId,
      actor_name: handlerName,
      kind: 'closed',
      summary: `Closed: ${outcome.replace('-', ' ')}${row.closed_late ? ' (late)' : ''}`,
    });
  } else if (random.chance(0.15)) {
    row.handler_id = null;
  }

  // Tasks: finished for a granted case, partly worked on for an open one.
  const gateOpen =
    row.verification_result === 'verified' ||
    row.verification_result === 'not-needed' ||
    !!row.override_reason;
  const recipients: Seeded['recipients'] = [];
  const needsRecipients = capacity === 'controller' && typesNeedingRecipients(ordered).length > 0;
  const groups = new Map<string, number>();
  const progress = closed ? (disclosesOrChanges ? 1 : 0.3) : random.next() * 0.8;
  const doneAt = row.closed_at ?? instant(earlier(addDays(received, random.int(1, 10)), today), random);
  const tasks: Seeded['tasks'] = taskTemplatesFor(capacity, ordered).map((task) => {
    const group = task.type ?? 'processor';
    const index = (groups.get(group) ?? 0) + 1;
    groups.set(group, index);
    const done = (disclosesOrChanges || random.next() < progress) && (!task.effect || gateOpen);
    const notApplicable = done && task.key === 'recipients' && needsRecipients && random.chance(0.5);
    return {
      position: positionOf(task.type, index),
      request_type: task.type,
      task_key: task.taskKey,
      label: task.label,
      help: task.help ?? null,
      effect: task.effect ?? null,
      state: notApplicable ? 'not-applicable' : done ? 'done' : 'open',
      state_note: notApplicable ? 'The data was never disclosed to anyone.' : null,
      done_at: done ? doneAt : null,
      done_by: done ? handlerName : null,
      assignee_id: null,
    };
  });
  if (
    needsRecipients &&
    tasks.some((task) => task.task_key?.endsWith(':recipients') && task.state !== 'not-applicable')
  ) {
    const told = disclosesOrChanges;
    recipients.push({
      organisation_id: null,
      name: random.pick(recipientNames),
      notified_on: told ? (row.reply_date ?? earlier(addDays(received, 5), today)) : null,
      how: told ? 'E-mail to their privacy contact' : null,
      not_possible_reason: null,
      created_at: createdAt,
    });
  }
  Object.assign(row, storedClock({ ...row, id: 0 } as CaseRow, settings, today));
  return { row, items, tasks, recipients, events };
}

async function insertBatch(
  db: DemoOffice['core']['db'],
  table: string,
  rows: object[],
  columns: number,
): Promise<void> {
  // SQLite accepts at most 32766 bound values, and knex's multi-row insert 500 rows, per statement.
  const size = Math.max(1, Math.min(500, Math.floor(30_000 / columns)));
  for (let index = 0; index < rows.length; index += size)
    await db(table).insert(rows.slice(index, index + size));
}

/**
 * Cases of every type and state over the last 18 months: open ones due soon or overdue, extended
 * ones, refusals with their Art. 12(4) statements, late closings with reasons. Inserted in batches
 * so that 100,000 cases (the dashboard benchmark) take well under a minute.
 */
export const seedDemoCases: DemoSeeder = async (office) => {
  const count = office.options.cases;
  if (count <= 0) return;
  const { core, random } = office;
  const today = osloDate(core.clock.now());
  const settings = await readSettings(core.db);
  const customers: Customer[] = (
    await core
      .db('organisations')
      .where({ is_customer: true, active: true })
      .select('id', 'name', 'privacy_contact_email')
  ).map((row: { id: number; name: string; privacy_contact_email: string | null }) => ({
    id: row.id,
    name: row.name,
    email: row.privacy_contact_email,
  }));
  const staffName = async (username: string): Promise<[number, string]> => {
    const id = office.users.get(username);
    const user = id === undefined ? undefined : await core.db('users').where({ id }).first('display_name');
    if (!user || id === undefined) throw new Error(`The demo user ${username} is missing`);
    return [id, user.display_name as string];
  };
  const staff = { dpo: await staffName('dpo'), admin: await staffName('admin') };
  const checklists = new Map<string, Checklist>();
  for (const channel of ['phone', 'email', 'letter', 'in-person', 'chat'] as const)
    for (const capacity of ['controller', 'processor'] as const)
      for (const type of typeWeights.map(([type]) => type))
        for (const second of [null, 'erasure', 'rectification', 'objection', 'access'] as const) {
          const types = requestTypes.filter((candidate) => candidate === type || candidate === second);
          const key = `${channel}|${capacity}|${types.join(',')}`;
          checklists.set(key, await checklistFor(core.db, { channel, types, capacity }));
        }
  const checklist = (request: { channel: CaseChannel; types: RequestType[]; capacity: Capacity }) =>
    checklists.get(`${request.channel}|${request.capacity}|${request.types.join(',')}`) as Checklist;

  // A fifth of the requests arrived in the last six weeks: the open work of the office.
  const receivedDates = Array.from({ length: count }, () =>
    addDays(today, -(random.chance(0.2) ? random.int(0, 40) : random.int(0, historyDays))),
  ).sort();
  const sequences = new Map<number, number>();
  const chunk = 2000;
  for (let start = 0; start < count; start += chunk) {
    await runAsSystem(
      core,
      'cli:seed-demo',
      async (ctx) => {
        const seeded = receivedDates
          .slice(start, start + chunk)
          .map((received) => demoCase(random, { today, received, customers, staff, settings, checklist }));
        for (const item of seeded) {
          const year = Number(osloDate(item.row.created_at).slice(0, 4));
          if (!sequences.has(year)) sequences.set(year, await lastSequence(ctx.db, year));
          const next = (sequences.get(year) ?? 0) + 1;
          sequences.set(year, next);
          item.row.number = `${year}-${String(next).padStart(4, '0')}`;
        }
        await insertBatch(
          ctx.db,
          'cases',
          seeded.map((item) => item.row),
          Object.keys(seeded[0].row).length,
        );
        const numbers = seeded.map((item) => item.row.number);
        const ids = new Map<string, number>();
        for (let index = 0; index < numbers.length; index += 500) {
          const rows: Array<{ id: number; number: string }> = await ctx
            .db('cases')
            .whereIn('number', numbers.slice(index, index + 500))
            .select('id', 'number');
          for (const row of rows) ids.set(row.number, row.id);
        }
        const withCase = <T extends object>(pick: (item: Seeded) => T[]) =>
          seeded.flatMap((item) =>
            pick(item).map((row) => ({ ...row, case_id: ids.get(item.row.number) as number })),
          );
        await insertBatch(
          ctx.db,
          'case_verification_items',
          withCase((item) => item.items),
          8,
        );
        await insertBatch(
          ctx.db,
          'case_tasks',
          withCase((item) => item.tasks),
          13,
        );
        await insertBatch(
          ctx.db,
          'case_recipients',
          withCase((item) => item.recipients),
          8,
        );
        await insertBatch(
          ctx.db,
          'case_events',
          withCase((item) => item.events),
          6,
        );
      },
      office.actor,
    );
    if (count >= 20_000 && (start + chunk) % 20_000 === 0)
      office.report(`cases: ${start + chunk} of ${count}…`);
  }
  await runAsSystem(
    core,
    'cli:seed-demo',
    (ctx) => ctx.audit({ action: 'seed-demo', entityType: 'case', after: { count } }),
    office.actor,
  );
  const open: Array<{ n: number }> = await core.db('cases').where({ state: 'open' }).count({ n: '*' });
  const overdue: Array<{ n: number }> = await core
    .db('cases')
    .where({ state: 'open' })
    .where('due_date', '<', today)
    .count({ n: '*' });
  office.report(`cases: ${count} (${open[0].n} open, ${overdue[0].n} of them overdue)`);
};
