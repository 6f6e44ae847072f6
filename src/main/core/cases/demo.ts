import { addDays, type CalendarDate, compareDates, daysBetween } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import {
  alwaysGrantedTypes,
  type Capacity,
  type CaseChannel,
  type Outcome,
  type Priority,
  type RefusalGroundKey,
  requestTypes,
  type RequestType,
  type RestrictionGround,
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
import { blankCase, type CaseEventRow, type CaseRow, lastSequence } from './repository';
import type { RecipientRow, TaskRow } from './tasks-repository';
import type { VerificationItemRow } from './verification-repository';
import { positionOf } from './tasks';
import { type Checklist, checklistFor } from './templates';
import { phrase } from '../../../shared/i18n/phrases';
import { storedLine } from '../timeline';

/** How many days of history the demo office has. */
const historyDays = 548;

const typeWeights: ReadonlyArray<readonly [RequestType, number]> = [
  ['access', 30],
  ['erasure', 20],
  ['marketing-opt-out', 15],
  ['rectification', 8],
  ['information', 7],
  ['objection', 4],
  ['marketing-objection', 4],
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
/** A request that only stops a processing is never refused, nor granted "in part". */
const stoppingOutcomeWeights: ReadonlyArray<readonly [Outcome, number]> = [
  ['granted', 85],
  ['withdrawn', 5],
  ['no-data', 10],
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

interface Grounds {
  reasons: string;
  grounds?: RefusalGroundKey[];
}

/**
 * What a refusal says, by outcome and by the request it refuses: a full refusal never speaks of data
 * erased or sent, a partial one says what was done and what was not, and each names its ground.
 */
const refusalTexts: Record<'refused' | 'partly-granted', Partial<Record<RequestType, Grounds>>> = {
  refused: {
    erasure: {
      reasons:
        'The data you asked us to erase is invoices and payment records: bookkeeping records we must keep until five years after the end of the financial year (bokføringsloven § 13, Art. 17(3)(b)). They are restricted until then and erased when the period ends.',
    },
    objection: {
      reasons:
        'Recording calls documents agreements made by phone; compelling legitimate grounds override your interests in this (Art. 21(1)). The assessment is set out in the reply.',
      grounds: ['gdpr-21-1'],
    },
    portability: {
      reasons:
        'The data was not processed on the basis of consent or contract by automated means, so the right to data portability (Art. 20) does not apply. You may ask for a copy under Art. 15.',
    },
    rectification: {
      reasons:
        'We checked the data against the documents you sent: it is correct as recorded, so there is nothing to rectify (Art. 16). Your view is noted on the record.',
    },
    restriction: {
      reasons:
        'None of the grounds of Art. 18(1) applies: the accuracy of the data is not contested and it is still needed for the contract with you.',
    },
    access: {
      reasons:
        'The only data about you is notes in an internal working document prepared for a decision and not given to anyone else; the law exempts it from access.',
      grounds: ['pol-16-e'],
    },
  },
  'partly-granted': {
    erasure: {
      reasons:
        'Your customer profile and call notes are erased. Invoices are bookkeeping records we must keep for 5 years (bokføringsloven § 13, Art. 17(3)(b)); they are restricted until then.',
    },
    access: {
      reasons:
        "A copy of your data is enclosed. Parts of the call recordings contain other people's personal data and are withheld (Art. 15(4)).",
    },
    objection: {
      reasons:
        'We have stopped using your data for customer surveys. The recording of calls continues: it documents agreements made by phone, and compelling legitimate grounds override your interests there (Art. 21(1)).',
      grounds: ['gdpr-21-1'],
    },
    portability: {
      reasons:
        'The data you gave us for the contract is enclosed as CSV. Call notes we wrote ourselves are not data you provided and are not covered by Art. 20.',
    },
    rectification: {
      reasons:
        'Your address is corrected. Your name as recorded matches your identity documents and is kept as it is.',
    },
    restriction: {
      reasons:
        'Your customer profile is restricted while its accuracy is checked (Art. 18(1)(a)). Invoices stay in use: they are needed for bookkeeping (Art. 17(3)(b)).',
    },
  },
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

interface DemoRestriction {
  what: string;
  ground: RestrictionGround;
  since: CalendarDate;
  recorded_at: string;
  recorded_by: string;
  person_told_on: CalendarDate | null;
  person_told_how: string | null;
  lifted_on: CalendarDate | null;
  lift_reason: string | null;
  lifted_at: string | null;
  lifted_by: string | null;
}

interface Seeded {
  row: Omit<CaseRow, 'id'>;
  items: Array<Omit<VerificationItemRow, 'id' | 'case_id'>>;
  tasks: Array<Omit<TaskRow, 'id' | 'case_id'>>;
  recipients: Array<Omit<RecipientRow, 'id' | 'case_id'>>;
  events: Array<Omit<CaseEventRow, 'id' | 'case_id'>>;
  restrictions: DemoRestriction[];
}

function earlier(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

function later(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * A moment on a day during office hours, never before `floor` (the case was opened then) and never
 * after `ceiling` (now): nothing in the demo happens before the case exists, or in the future.
 */
function moment(date: CalendarDate, random: Random, floor: string, ceiling: string): string {
  const at = `${date}T${String(random.int(7, 14)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:00.000Z`;
  if (at < floor) return floor;
  return at > ceiling ? ceiling : at;
}

/** One realistic case as it would stand today after the app had been used on it, following its rules. */
function demoCase(
  random: Random,
  context: {
    today: CalendarDate;
    now: string;
    received: CalendarDate;
    customers: Customer[];
    staff: { dpo: [number, string]; admin: [number, string] };
    settings: ClockSettings;
    checklist: (request: { channel: CaseChannel; types: RequestType[]; capacity: Capacity }) => Checklist;
  },
): Seeded {
  const { today, now, received, staff, settings } = context;
  const primary = random.weighted(typeWeights);
  const types = [primary];
  if (random.chance(0.15)) {
    const second = random.pick(['erasure', 'rectification', 'objection', 'access'] as const);
    if (second !== primary) types.push(second);
  }
  const ordered = requestTypes.filter((type) => types.includes(type));
  const onlyStopping = alwaysGrantedTypes(ordered).length === ordered.length;
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
  // The case is opened on the day of receipt or a day or two later; everything after that.
  const createdOn = earlier(addDays(received, random.int(0, 2)), today);
  const createdAt = moment(createdOn, random, `${createdOn}T00:00:00.000Z`, now);
  const at = (date: CalendarDate) => moment(date, random, createdAt, now);
  const afterOpening = (days: number) => earlier(addDays(createdOn, days), today);
  const events: Seeded['events'] = [];
  const restrictions: Seeded['restrictions'] = [];
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
    ...storedLine(
      phrase('timelineCase:demoOpened', {
        date: { date: received },
        channel: phrase(`lineCaseChannel:${channel}`),
      }),
    ),
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
    // Forwarded to the customer within a working day or two of opening.
    row.forwarded_on = afterOpening(random.int(0, 1));
    row.forwarded_to = customer?.email ?? `Privacy contact of ${customer?.name}`;
    row.forwarded_how = random.pick(['email', 'email', 'portal'] as const);
    if (random.chance(0.5)) row.customer_deadline = addDays(received, random.int(12, 25));
    events.push({
      at: at(row.forwarded_on),
      actor_id: handlerId,
      actor_name: handlerName,
      kind: 'forwarding',
      ...storedLine(phrase('timelineCase:demoForwarded', { to: row.forwarded_to })),
    });
  }

  let outcome: Outcome | null = closed
    ? random.weighted(onlyStopping ? stoppingOutcomeWeights : outcomeWeights)
    : null;
  // A refusal must name what is refused, with its ground: requests without such a ground are granted.
  // An objection under 21(1) is the part refused when there is one: it needs its compelling grounds.
  const refusable = ordered.includes('objection')
    ? 'objection'
    : ordered.find((type) => !alwaysGrantedTypes([type]).length);
  if (
    outcome === 'refused' &&
    (alwaysGrantedTypes(ordered).length > 0 || !refusable || !refusalTexts.refused[refusable])
  )
    outcome = refusable && refusalTexts['partly-granted'][refusable] ? 'partly-granted' : 'granted';
  if (outcome === 'partly-granted' && (!refusable || !refusalTexts['partly-granted'][refusable]))
    outcome = 'granted';
  const disclosesOrChanges = outcome === 'granted' || outcome === 'partly-granted';

  // Identity verification, asked for and decided after the case was opened.
  const checklist = context.checklist({ channel, types: ordered, capacity });
  const items: Seeded['items'] = checklist.items.map((item, index) => ({
    position: index + 1,
    label: item.label,
    help: item.help,
    template_name: item.template,
    ticked_at: null,
    ticked_by: null,
  }));
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
    let answeredOn: CalendarDate = afterOpening(random.int(1, 4));
    if (verified || failed || awaiting || random.chance(0.2)) {
      row.verification_requested_on = afterOpening(random.int(0, 2));
      answeredOn = later(answeredOn, row.verification_requested_on);
      if (!awaiting) row.verification_received_on = earlier(answeredOn, today);
    }
    const decidedAt = at(answeredOn);
    if (verified && random.chance(0.02) && row.rep_name === null) {
      row.override_reason =
        'The person came in with their guardian and is known to the DPO; no doubt about identity.';
      row.override_at = decidedAt;
      row.override_by = staff.dpo[1];
      row.override_covers = frameList(ordered);
    } else if (verified || failed) {
      if (verified)
        for (const item of items) Object.assign(item, { ticked_at: decidedAt, ticked_by: handlerName });
      row.verification_result = verified ? 'verified' : 'failed';
      row.verification_method = methodByChannel[channel];
      row.verification_reason = verified
        ? 'Checked against the customer register; everything matched.'
        : 'The person could not answer questions about data we hold.';
      row.verification_decided_at = decidedAt;
      row.verification_decided_by = handlerName;
      row.verification_covers = frameList(ordered);
      row.verification_capacity = capacity;
      events.push({
        at: decidedAt,
        actor_id: handlerId,
        actor_name: handlerName,
        kind: 'verification',
        ...storedLine(phrase(verified ? 'timelineCase:demoVerified' : 'timelineCase:demoVerificationFailed')),
      });
    }
  }
  if (row.rep_name && (disclosesOrChanges || random.chance(0.5))) {
    row.rep_authority_evidence = 'power-of-attorney';
    row.rep_authority_checked_at = at(afterOpening(random.int(0, 2)));
    row.rep_authority_checked_by = handlerName;
  }
  // A broad access request: the person is asked to say what it concerns (Recital 63).
  if (ordered.includes('access') && capacity === 'controller' && random.chance(0.06)) {
    row.clarification_requested_on = afterOpening(random.int(0, 1));
    row.clarification_question =
      'Which years of call recordings, and which of our services, the request concerns';
    if (closed || random.chance(0.5))
      row.clarification_received_on = earlier(
        addDays(row.clarification_requested_on, random.int(1, 6)),
        today,
      );
    events.push({
      at: at(row.clarification_requested_on),
      actor_id: handlerId,
      actor_name: handlerName,
      kind: 'clarification',
      ...storedLine(phrase('timelineCase:demoClarification', { question: row.clarification_question })),
    });
  }

  // An extension for some complex controller cases, always decided and noticed in time.
  if (
    capacity === 'controller' &&
    age > 20 &&
    random.chance(0.1) &&
    compareDates(createdOn, statutory) <= 0
  ) {
    const lastDay = earlier(statutory, today);
    const told = later(
      addDays(lastDay, -random.int(0, Math.min(10, Math.max(0, daysBetween(received, lastDay) - 1)))),
      createdOn,
    );
    row.extension_decided_on = told;
    row.extension_told_on = told;
    row.extension_notice_channel = random.pick(['email', 'letter'] as const);
    row.extension_reasons = random.pick(extensionReasons);
    row.extended_at = at(told);
    row.extended_by = handlerName;
    events.push({
      at: row.extended_at,
      actor_id: handlerId,
      actor_name: handlerName,
      kind: 'extension',
      ...storedLine(phrase('timelineCase:demoExtended', { reasons: row.extension_reasons })),
    });
  }

  const clock = readCaseClock({ ...row, id: 0 } as CaseRow, settings, today);
  const refusal = outcome === 'refused' || outcome === 'partly-granted';
  // A refusal is due by the original date even after an extension (Art. 12(4)).
  const deadline =
    refusal && capacity === 'controller' && row.extended_at ? clock.due.date : clock.current.date;
  if (closed && outcome) {
    const late = random.chance(0.06) && compareDates(addDays(deadline, 1), today) <= 0;
    const earliestReply = later(
      createdOn,
      addDays(received, Math.min(3, Math.max(0, daysBetween(received, deadline)))),
    );
    const replyDate =
      outcome === 'withdrawn'
        ? null
        : late
          ? earlier(addDays(deadline, random.int(1, 12)), today)
          : earlier(
              later(
                addDays(received, random.int(0, Math.max(0, daysBetween(received, deadline)))),
                earliestReply,
              ),
              today,
            );
    const closedOn = earlier(
      later(addDays(replyDate ?? addDays(received, random.int(2, 20)), random.int(0, 1)), createdOn),
      today,
    );
    row.state = 'closed';
    row.outcome = outcome;
    row.reply_date = replyDate;
    row.reply_channel = replyDate ? random.pick(['email', 'letter', 'secure-link'] as const) : null;
    row.closed_at = at(closedOn);
    row.closed_by = handlerName;
    row.closed_late = replyDate !== null && compareDates(replyDate, deadline) > 0;
    row.late_reason = row.closed_late ? random.pick(lateReasons) : null;
    if (refusal && refusable) {
      const text = refusalTexts[outcome as 'refused' | 'partly-granted'][refusable] as Grounds;
      const stopped =
        alwaysGrantedTypes(ordered).length > 0 ? 'The processing you asked us to stop has stopped. ' : '';
      row.outcome_reasons = `${stopped}${text.reasons}`;
      row.refusal_grounds = text.grounds ? frameList(text.grounds) : null;
      row.states_complaint_right = true;
      row.states_judicial_remedy = true;
      if (outcome === 'refused' && random.chance(0.2)) {
        row.manifestly_unfounded = true;
        row.unfounded_response = 'refusal';
        row.unfounded_justification =
          'The ninth identical request in four months, each answered in full; the log of requests and replies is attached.';
      }
    } else if (outcome === 'granted' && ordered.includes('access') && random.chance(0.03)) {
      // A manifestly excessive request answered for a reasonable fee (Art. 12(5)).
      row.manifestly_unfounded = true;
      row.unfounded_response = 'fee';
      row.unfounded_justification =
        'The fourth full copy of six years of call recordings asked for within two months, each sent in full.';
      row.fee_nok = random.pick([300, 450, 600]);
      row.fee_basis = 'The hours of retrieval and redaction at 300 kr an hour; no profit.';
    }
    events.push({
      at: row.closed_at,
      actor_id: handlerId,
      actor_name: handlerName,
      kind: 'closed',
      ...storedLine(
        phrase(row.closed_late ? 'timelineCase:demoClosedLate' : 'timelineCase:demoClosed', {
          outcome: phrase(`lineOutcome:${outcome}`),
        }),
      ),
    });
    // What the case restricted: a restriction granted, or bookkeeping kept instead of erased.
    const restrictedOn = replyDate ?? closedOn;
    if (disclosesOrChanges && ordered.includes('restriction')) {
      const lifted = age > 200 && random.chance(0.4);
      const liftedOn = lifted ? earlier(addDays(restrictedOn, random.int(20, 90)), today) : null;
      restrictions.push({
        what: 'Customer profile (the address and phone number were contested)',
        ground: random.pick(['18-1-a', '18-1-c'] as const),
        since: restrictedOn,
        recorded_at: row.closed_at,
        recorded_by: handlerName,
        person_told_on: liftedOn ? addDays(liftedOn, -random.int(1, 5)) : null,
        person_told_how: liftedOn ? 'Letter to the address on file' : null,
        lifted_on: liftedOn,
        lift_reason: liftedOn ? 'The data was checked and is correct.' : null,
        lifted_at: liftedOn ? moment(liftedOn, random, row.closed_at, now) : null,
        lifted_by: liftedOn ? handlerName : null,
      });
    }
    if (outcome === 'partly-granted' && refusable === 'erasure')
      restrictions.push({
        what: 'Invoices and payment records (bookkeeping)',
        ground: '17-3',
        since: restrictedOn,
        recorded_at: row.closed_at,
        recorded_by: handlerName,
        person_told_on: null,
        person_told_how: null,
        lifted_on: null,
        lift_reason: null,
        lifted_at: null,
        lifted_by: null,
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
  const doneAt = row.closed_at ?? at(afterOpening(random.int(1, 10)));
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
      notified_on: told ? (row.reply_date ?? afterOpening(5)) : null,
      how: told ? 'E-mail to their privacy contact' : null,
      not_possible_reason: null,
      created_at: createdAt,
    });
  }
  Object.assign(row, storedClock({ ...row, id: 0 } as CaseRow, settings, today));
  return { row, items, tasks, recipients, events, restrictions };
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
  const nowIso = core.clock.now().toISOString();
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
          .map((received) =>
            demoCase(random, { today, now: nowIso, received, customers, staff, settings, checklist }),
          );
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
          7,
        );
        await insertBatch(
          ctx.db,
          'case_restrictions',
          withCase((item) => item.restrictions),
          12,
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
