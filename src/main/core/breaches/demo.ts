import {
  type BreachCapacity,
  breachNumber,
  type DataType,
  hasControllerDuty,
  hasProcessorDuty,
  hasSpecialCategories,
  type NotificationPhase,
  type RiskLevel,
  type SubjectCategory,
  type SubjectException,
} from '../../../shared/breaches/rules';
import { formatOslo, osloDate } from '../../../shared/oslo';
import { runAsSystem } from '../core';
import type { Random } from '../demo/random';
import type { DemoOffice, DemoSeeder } from '../demo/seed';
import { frameList } from '../cases/keys';
import { addHours, breachClocks, customerTerms, nextClock } from './clocks';
import {
  type BreachEventRow,
  type BreachNotificationRow,
  type BreachRow,
  lastBreachSequence,
  type NamedCustomerRow,
  processorAgreements,
  type ProcessorAgreementRow,
  stepsNotTaken,
} from './repository';
import { phrase, type Phrase } from '../../../shared/i18n/phrases';
import { storedLine } from '../timeline';

const hourMs = 3_600_000;
const historyDays = 548;

interface Scenario {
  title: string;
  description: string;
  discovery: string;
  capacity: 'controller' | 'processor' | 'either';
  dataTypes: DataType[];
  subjects: SubjectCategory[];
  people: readonly [number, number];
  risk: RiskLevel;
  reasons: string;
  noNotification?: string;
  consequences: string;
  taken: string;
  planned: string;
  exception?: { kind: SubjectException; explanation: string };
}

const scenarios: readonly Scenario[] = [
  {
    title: 'Invoice letters sent to the previous addresses of customers',
    description:
      'A print run used an outdated address file: invoice letters with name, customer number and amount went to former addresses.',
    discovery: 'Two recipients called the call centre to say they had someone else’s letter.',
    capacity: 'processor',
    dataTypes: ['contact', 'financial'],
    subjects: ['end-customers'],
    people: [20, 400],
    risk: 'risk',
    reasons: 'Names, addresses and amounts owed reached strangers; embarrassment and some risk of fraud.',
    consequences: 'Embarrassment; letters could be used for phishing attempts.',
    taken: 'Print run stopped; address file replaced; recipients asked to return or destroy the letters.',
    planned: 'Address file is checked against the customer register before every print run.',
  },
  {
    title: 'Spreadsheet of callers e-mailed to an outside address',
    description:
      'An agent attached a spreadsheet of callers to an e-mail meant for a colleague; autocomplete chose an outside address.',
    discovery: 'The agent noticed the wrong address in the sent folder.',
    capacity: 'either',
    dataTypes: ['contact', 'customer-history'],
    subjects: ['callers'],
    people: [50, 900],
    risk: 'risk',
    reasons:
      'Contact details and call notes reached an unknown private person who has not confirmed deletion.',
    consequences: 'Unwanted contact; call notes may reveal private circumstances.',
    taken: 'Recall attempted; recipient asked in writing to delete; autocomplete cleared.',
    planned:
      'External recipients trigger a warning; spreadsheets with personal data only through the file share.',
  },
  {
    title: 'Encrypted laptop stolen from a car',
    description: 'A team leader’s laptop was stolen from a locked car. The disk is fully encrypted.',
    discovery: 'Reported by the team leader the next morning.',
    capacity: 'controller',
    dataTypes: ['contact', 'employment'],
    subjects: ['employees'],
    people: [5, 60],
    risk: 'none',
    reasons:
      'Full-disk encryption with a strong key; the key was not kept with the laptop; remote wipe sent.',
    noNotification:
      'Unlikely to result in a risk to people (Art. 33(1)): the data is unintelligible to the thief.',
    consequences: 'None expected: the data cannot be read.',
    taken: 'Device blocked and remote wipe sent; passwords changed.',
    planned: 'Reminder to staff: no equipment left in cars.',
    exception: {
      kind: 'unintelligible',
      explanation: 'The disk is encrypted with a strong key that was not compromised.',
    },
  },
  {
    title: 'Phishing: an agent’s mailbox accessed from abroad',
    description:
      'An agent entered the password on a fake sign-in page; the mailbox was read from an IP address abroad for six hours.',
    discovery: 'The security monitoring alerted on a sign-in from an unusual country.',
    capacity: 'either',
    dataTypes: ['contact', 'identity-number', 'customer-history'],
    subjects: ['callers', 'end-customers'],
    people: [200, 3000],
    risk: 'high',
    reasons: 'National identity numbers in e-mails were exposed to criminals: risk of identity theft.',
    consequences: 'Identity theft, targeted phishing of the people affected.',
    taken: 'Password reset, sessions revoked, two-factor authentication enforced for the account.',
    planned: 'Phishing-resistant sign-in for all agents; identity numbers no longer sent by e-mail.',
    exception: {
      kind: 'disproportionate',
      explanation: 'The e-mails do not give contact details for most of the people concerned.',
    },
  },
  {
    title: 'Call recording sent to the wrong caller',
    description: 'A caller asking for a copy of their call recording received another caller’s recording.',
    discovery: 'The recipient told us by e-mail.',
    capacity: 'either',
    dataTypes: ['call-recordings', 'contact'],
    subjects: ['callers'],
    people: [1, 1],
    risk: 'risk',
    reasons: 'One person’s conversation, including their address and a complaint, reached a stranger.',
    consequences: 'Loss of confidentiality for one person.',
    taken: 'Recipient confirmed deletion in writing; the person concerned was called.',
    planned: 'Recordings are sent only after a second check of the caller’s number.',
  },
  {
    title: 'Customer portal showed other customers’ cases',
    description:
      'After an update, the portal showed the case list of another customer company to some logged-in users for three hours.',
    discovery: 'A customer’s administrator reported it by phone.',
    capacity: 'processor',
    dataTypes: ['contact', 'customer-history'],
    subjects: ['end-customers', 'customer-staff'],
    people: [30, 600],
    risk: 'risk',
    reasons:
      'Case summaries were visible to staff of another company, bound by confidentiality to their employer only.',
    consequences: 'Loss of confidentiality; competitors could see customer lists.',
    taken: 'Update rolled back; access logs reviewed to list who saw what.',
    planned: 'Access-control tests added to the release checklist.',
  },
  {
    title: 'Ransomware on a file server',
    description:
      'A file server with payroll and sick-leave files was encrypted by ransomware; backups were restored.',
    discovery: 'Staff could not open files on Monday morning.',
    capacity: 'controller',
    dataTypes: ['employment', 'health', 'identity-number'],
    subjects: ['employees'],
    people: [40, 120],
    risk: 'high',
    reasons:
      'Health data and identity numbers of staff; the attackers may have copied files before encrypting.',
    consequences: 'Publication of sick-leave records; identity theft.',
    taken: 'Server isolated, restored from backup, passwords reset; police notified.',
    planned: 'Network segmentation; offline backups tested monthly.',
  },
  {
    title: 'Notes with customer details found in a public bin',
    description: 'Handwritten notes with names and phone numbers were thrown in a bin outside the office.',
    discovery: 'A neighbour brought the notes to the reception.',
    capacity: 'either',
    dataTypes: ['contact'],
    subjects: ['callers'],
    people: [5, 40],
    risk: 'none',
    reasons: 'Only names and phone numbers; the notes were recovered within the hour.',
    noNotification: 'Unlikely to result in a risk: the notes were recovered at once and held little data.',
    consequences: 'None expected.',
    taken: 'Notes shredded; desks checked.',
    planned: 'Locked shredding bins on every floor.',
  },
  {
    title: 'Sub-processor incident at the SMS gateway',
    description:
      'The SMS gateway reported that a misconfigured log exposed phone numbers and message texts for two days.',
    discovery: 'Notified by the supplier under our agreement.',
    capacity: 'processor',
    dataTypes: ['contact', 'customer-history'],
    subjects: ['end-customers'],
    people: [500, 8000],
    risk: 'risk',
    reasons: 'Phone numbers with appointment reminders were exposed; no evidence of misuse.',
    consequences: 'Unwanted messages; appointment details could reveal private matters.',
    taken: 'Supplier removed the log and confirmed no further access.',
    planned: 'Supplier audit scheduled; message texts shortened to the minimum.',
  },
  {
    title: 'Colleague looked up a neighbour in the customer register',
    description: 'Access logs showed an agent opening the record of a neighbour without a work reason.',
    discovery: 'Routine review of access logs.',
    capacity: 'either',
    dataTypes: ['contact', 'financial', 'customer-history'],
    subjects: ['end-customers'],
    people: [1, 3],
    risk: 'risk',
    reasons: 'Unauthorised access to financial details by a person who knows the people concerned.',
    consequences: 'Loss of confidentiality towards someone in the person’s circle.',
    taken: 'Access withdrawn; personnel matter opened.',
    planned: 'Quarterly access-log reviews; refresher training.',
  },
  {
    title: 'Backup tape lost in transport to the archive',
    description: 'The archive supplier could not account for one backup tape; the tapes are encrypted.',
    discovery: 'The supplier’s monthly inventory.',
    capacity: 'controller',
    dataTypes: ['contact', 'customer-history', 'call-recordings'],
    subjects: ['callers'],
    people: [1000, 20000],
    risk: 'none',
    reasons: 'AES-256 encrypted tape; keys held only by us.',
    noNotification: 'Unlikely to result in a risk: the data is encrypted and the key was not lost.',
    consequences: 'None expected.',
    taken: 'Supplier searched its vans and depot.',
    planned: 'Tapes are tracked by GPS-sealed boxes.',
  },
  {
    title: 'Payroll file on an unencrypted USB stick lost',
    description:
      'A USB stick with the monthly payroll export, including sick-leave codes, was lost on the train.',
    discovery: 'The payroll officer reported it the same evening.',
    capacity: 'controller',
    dataTypes: ['employment', 'health', 'financial', 'identity-number'],
    subjects: ['employees'],
    people: [60, 140],
    risk: 'high',
    reasons: 'Identity numbers, bank accounts and sick-leave codes of staff, unencrypted.',
    consequences: 'Identity theft and fraud; disclosure of health information.',
    taken: 'Lost-property offices contacted; banks informed; staff offered credit monitoring.',
    planned: 'USB ports blocked for personal data; payroll sent only through the encrypted portal.',
  },
];

const delayReasons = [
  'The breach came to the DPO only on the fourth day: the team leader thought IT had reported it.',
  'The extent could not be established before the log review was finished.',
  'The notification form was started in time but sent only after the weekend.',
];
const customerLateReasons = [
  'The customer’s privacy contact was away; the message reached them through the switchboard later.',
  'We first had to establish which customers were affected.',
];

interface Customer {
  id: number;
  name: string;
  email: string | null;
}

interface Seeded {
  row: Omit<BreachRow, 'id'>;
  customers: Array<Omit<NamedCustomerRow, 'id' | 'breach_id'>>;
  notifications: Array<Omit<BreachNotificationRow, 'id' | 'breach_id'>>;
  events: Array<Omit<BreachEventRow, 'id' | 'breach_id'>>;
  inquiryId: number | null;
}

/** How a demo breach stands today. */
type Stage = 'reported' | 'assessed' | 'notified' | 'complete';

interface Plan {
  aware: Date;
  stage: Stage;
  /** Force the risk (the live examples); otherwise the scenario's. */
  risk?: RiskLevel;
  capacity?: BreachCapacity;
  late?: boolean;
  /** How many customers are affected, as processor. */
  customersWanted?: number;
  inquiry?: { id: number; summary: string; customerId: number | null };
}

function between(start: Date, hoursMin: number, hoursMax: number, random: Random, cap: Date): string {
  const at = new Date(start.getTime() + random.int(hoursMin * 60, hoursMax * 60) * 60_000);
  return (at.getTime() > cap.getTime() ? cap : at).toISOString();
}

function demoBreach(
  random: Random,
  plan: Plan,
  context: { now: Date; customers: Customer[]; agreements: ProcessorAgreementRow[]; dpo: [number, string] },
): Seeded {
  const { now, customers, agreements } = context;
  const [dpoId, dpoName] = context.dpo;
  const scenario = random.pick(scenarios);
  const awareAt = plan.aware.toISOString();
  // One incident can touch our own data and customers' at once: a few are both.
  const capacity: BreachCapacity =
    plan.capacity ??
    (customers.length === 0
      ? 'controller'
      : scenario.capacity === 'either'
        ? random.weighted<BreachCapacity>([
            ['controller', 45],
            ['processor', 40],
            ['both', 15],
          ])
        : scenario.capacity);
  const risk = plan.risk ?? scenario.risk;
  const assessed = plan.stage !== 'reported';
  const done = plan.stage === 'notified' || plan.stage === 'complete';
  const people = random.int(scenario.people[0], scenario.people[1]);
  const occurredFrom = new Date(plan.aware.getTime() - random.int(1, 72) * hourMs).toISOString();
  const events: Seeded['events'] = [];
  const event = (at: string, kind: string, line: Phrase, by = dpoName) =>
    events.push({ at, actor_id: by === dpoName ? dpoId : null, actor_name: by, kind, ...storedLine(line) });
  event(awareAt, 'created', phrase('timelineBreach:demoRecorded', { at: formatOslo(awareAt) }));
  const assessedAt = between(plan.aware, 1, 20, random, now);

  const row: Omit<BreachRow, 'id'> = {
    number: '',
    state: assessed ? 'assessed' : 'reported',
    title: plan.inquiry ? plan.inquiry.summary.slice(0, 200) : scenario.title,
    description: scenario.description,
    occurred_from: occurredFrom,
    occurred_to: random.chance(0.3) ? new Date(plan.aware.getTime() - hourMs).toISOString() : null,
    aware_at: awareAt,
    discovery: plan.inquiry ? 'Reported to the call centre by phone.' : scenario.discovery,
    capacity,
    subject_categories: frameList(scenario.subjects),
    subjects_approx: people,
    data_types: frameList(scenario.dataTypes),
    special_categories: hasSpecialCategories(scenario.dataTypes),
    records_approx: people * random.int(1, 3),
    consequences: assessed ? scenario.consequences : null,
    measures_taken: assessed ? scenario.taken : null,
    measures_planned: done ? scenario.planned : null,
    contact_point: `${dpoName}, data protection officer, personvern@weassist.no, +47 4000 5045`,
    risk: assessed ? risk : null,
    risk_reasons: assessed ? scenario.reasons : null,
    no_notification_reasons:
      assessed && hasControllerDuty(capacity) && risk === 'none'
        ? (scenario.noNotification ?? 'Unlikely to result in a risk to people.')
        : null,
    assessed_by_id: assessed ? dpoId : null,
    assessed_by_name: assessed ? dpoName : null,
    assessed_at: assessed ? assessedAt : null,
    // The Art. 34 clock runs from the high-risk assessment, with the default target of 72 hours.
    high_risk_at: assessed && risk === 'high' && hasControllerDuty(capacity) ? assessedAt : null,
    subjects_due_at:
      assessed && risk === 'high' && hasControllerDuty(capacity) ? addHours(assessedAt, 72) : null,
    ...stepsNotTaken,
    reported_by_id: plan.inquiry ? null : dpoId,
    reported_by_name: plan.inquiry ? 'Agent (from the inquiry log)' : dpoName,
    created_at: awareAt,
    updated_at: awareAt,
  };
  if (assessed)
    event(
      assessedAt,
      'assessed',
      phrase('timelineBreach:demoAssessed', { risk: phrase(`lineRisk:${risk}`), reasons: scenario.reasons }),
    );

  const notifications: Seeded['notifications'] = [];
  const seededCustomers: Seeded['customers'] = [];
  let lastStep = assessedAt;
  if (hasControllerDuty(capacity) && assessed && risk !== 'none' && done) {
    const late = plan.late ?? random.chance(0.15);
    const first = late ? between(plan.aware, 73, 120, random, now) : between(plan.aware, 4, 70, random, now);
    const phases: NotificationPhase[] =
      plan.stage === 'notified'
        ? ['initial']
        : random.weighted<NotificationPhase[]>([
            [['initial', 'final'], 55],
            [['final'], 25],
            [['initial', 'follow-up', 'final'], 20],
          ]);
    let at = first;
    const reference = `${osloDate(awareAt).slice(2, 4)}/${String(random.int(100, 9999)).padStart(5, '0')}`;
    phases.forEach((phase, index) => {
      if (index > 0) at = between(new Date(at), 48, 20 * 24, random, now);
      notifications.push({
        phase,
        sent_at: at,
        reference,
        sent_by: dpoName,
        summary:
          phase === 'initial'
            ? 'What we know so far; the extent is being examined.'
            : phase === 'follow-up'
              ? 'The number of people and records confirmed by the log review.'
              : 'The full account: cause, consequences and the measures taken and planned.',
        delay_reasons: index === 0 && late ? random.pick(delayReasons) : null,
        recorded_by: dpoName,
        recorded_at: at,
      });
      event(
        at,
        'notified',
        phrase('timelineBreach:demoNotified', { phase: phrase(`lineNotificationPhase:${phase}`), reference }),
      );
      lastStep = at;
    });
    if (risk === 'high' && plan.stage === 'complete') {
      if (scenario.exception && random.chance(0.5)) {
        row.subjects_exception = scenario.exception.kind;
        row.subjects_explanation = scenario.exception.explanation;
        if (scenario.exception.kind === 'disproportionate') {
          row.public_notice_at = between(plan.aware, 30, 90, random, now);
          row.public_notice_where = 'Notice on weassist.no and in Aftenposten';
        }
      } else {
        row.subjects_told_at = between(new Date(assessedAt), 4, 96, random, now);
        row.subjects_how = random.pick(['email', 'letter', 'sms']);
        row.subjects_count = people;
        row.subjects_message =
          'What happened, the likely consequences, what we have done, what they can do, and how to reach our DPO.';
      }
      row.subjects_recorded_by = dpoName;
      row.subjects_recorded_at = row.subjects_told_at ?? row.public_notice_at ?? lastStep;
      event(row.subjects_recorded_at, 'subjects', phrase('timelineBreach:demoSubjects'));
    }
  }
  if (hasProcessorDuty(capacity)) {
    const affected = [
      ...(plan.inquiry?.customerId
        ? [customers.find((customer) => customer.id === plan.inquiry?.customerId) ?? random.pick(customers)]
        : []),
    ];
    const wanted =
      plan.customersWanted ??
      random.weighted([
        [1, 70],
        [2, 20],
        [3, 10],
      ]);
    while (affected.length < Math.min(wanted, customers.length)) {
      const candidate = random.pick(customers);
      if (!affected.includes(candidate)) affected.push(candidate);
    }
    affected.forEach((customer, index) => {
      const terms = customerTerms(agreements, customer.id, awareAt);
      // The live example with two customers has told the first and not yet the second.
      const told = done || (plan.stage === 'assessed' && index === 0 && affected.length > 1);
      const dueMs = new Date(terms.due_at).getTime();
      const target = random.chance(0.1)
        ? dueMs + random.int(1, 30) * hourMs
        : plan.aware.getTime() + Math.floor(((dueMs - plan.aware.getTime()) * random.int(10, 80)) / 100);
      const toldAt = told ? new Date(Math.min(target, now.getTime())).toISOString() : null;
      seededCustomers.push({
        organisation_id: customer.id,
        name: customer.name,
        ...terms,
        told_at: toldAt,
        told_how: told ? random.pick(['email', 'phone', 'portal']) : null,
        told_to: told ? (customer.email ?? `The privacy contact of ${customer.name}`) : null,
        note: null,
        late_reason: told && toldAt && toldAt > terms.due_at ? random.pick(customerLateReasons) : null,
        recorded_by: told ? dpoName : null,
      });
      if (toldAt) {
        event(toldAt, 'customer', phrase('timelineBreach:demoCustomerTold', { name: customer.name }));
        if (toldAt > lastStep) lastStep = toldAt;
      }
    });
  }
  if (plan.stage === 'complete') {
    const closedAt = between(new Date(lastStep), 24, 14 * 24, random, now);
    row.state = 'closed';
    row.closed_at = closedAt;
    row.closed_by = dpoName;
    row.closing_note = 'Measures carried out; every notification made or decided.';
    event(closedAt, 'closed', phrase('coreTimeline:breachClosed'));
    lastStep = closedAt;
  }
  row.updated_at = [lastStep, awareAt].sort().pop() as string;
  const clocks = breachClocks(
    row,
    seededCustomers.map((customer, index) => ({ ...customer, id: index, breach_id: 0 })),
    notifications.map((notification, index) => ({ ...notification, id: index, breach_id: 0 })),
    now,
  );
  row.next_due_at = row.state === 'closed' ? null : (nextClock(clocks)?.dueAt ?? null);
  return { row, customers: seededCustomers, notifications, events, inquiryId: plan.inquiry?.id ?? null };
}

async function insertBatch(db: DemoOffice['core']['db'], table: string, rows: object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  // SQLite takes at most 32766 bound values per statement.
  const size = Math.max(1, Math.min(500, Math.floor(30_000 / columns)));
  for (let index = 0; index < rows.length; index += size)
    await db(table).insert(rows.slice(index, index + size));
}

/**
 * Breaches of both capacities and every risk level over 18 months: notified in time, late with the
 * reasons, not notified with the reasons, people told or an exception used, customers told. The first
 * few have clocks running now: one awaiting assessment, one with under 24 hours left, one overdue.
 */
export const seedDemoBreaches: DemoSeeder = async (office) => {
  const count = office.options.breaches ?? 0;
  if (count <= 0) return;
  const { core, random } = office;
  const now = core.clock.now();
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
  const dpoId = office.users.get('dpo');
  const dpoUser =
    dpoId === undefined ? undefined : await core.db('users').where({ id: dpoId }).first('display_name');
  if (dpoId === undefined || !dpoUser) throw new Error('The demo user dpo is missing');
  const dpo: [number, string] = [dpoId, dpoUser.display_name as string];
  const agreements = await processorAgreements(
    core.db,
    customers.map((customer) => customer.id),
  );
  const reportedInquiries: Array<{
    id: number;
    received_at: string;
    summary: string;
    on_behalf_of_id: number | null;
  }> = await core
    .db('inquiries')
    .where({ category: 'possible-breach' })
    .whereNull('deleted_at')
    .where('received_at', '<', new Date(now.getTime() - 40 * 24 * hourMs).toISOString())
    .orderBy('received_at', 'desc')
    .limit(Math.floor(count / 3))
    .select('id', 'received_at', 'summary', 'on_behalf_of_id');

  const ago = (hours: number) => new Date(now.getTime() - hours * hourMs);
  const plans: Plan[] = [
    { aware: ago(3), stage: 'reported', capacity: 'controller' },
    { aware: ago(62), stage: 'assessed', risk: 'high', capacity: 'controller' },
    { aware: ago(30), stage: 'assessed', risk: 'risk', capacity: 'controller' },
    {
      aware: ago(20),
      stage: 'assessed',
      risk: 'risk',
      capacity: customers.length > 1 ? 'processor' : 'controller',
      customersWanted: 2,
    },
    { aware: ago(80), stage: 'assessed', risk: 'risk', capacity: 'controller' },
    { aware: ago(5 * 24), stage: 'notified', risk: 'high', capacity: 'controller', late: false },
  ];
  const live = plans.slice(0, count);
  const history: Plan[] = Array.from({ length: count - live.length }, (_, index) => {
    const inquiry = reportedInquiries[index];
    const aware = inquiry
      ? new Date(inquiry.received_at)
      : ago(24 * random.int(8, historyDays) + random.int(0, 23));
    const ageDays = (now.getTime() - aware.getTime()) / (24 * hourMs);
    return {
      aware,
      stage: ageDays > 30 ? 'complete' : 'notified',
      inquiry: inquiry
        ? { id: inquiry.id, summary: inquiry.summary, customerId: inquiry.on_behalf_of_id }
        : undefined,
      capacity: inquiry ? (inquiry.on_behalf_of_id === null ? 'controller' : 'processor') : undefined,
    } satisfies Plan;
  });
  const seeded = [...history, ...live]
    .map((plan) => demoBreach(random, plan, { now, customers, agreements, dpo }))
    .sort((a, b) => a.row.aware_at.localeCompare(b.row.aware_at));

  await runAsSystem(
    core,
    'cli:seed-demo',
    async (ctx) => {
      const sequences = new Map<number, number>();
      for (const item of seeded) {
        const year = Number(osloDate(item.row.aware_at).slice(0, 4));
        if (!sequences.has(year)) sequences.set(year, await lastBreachSequence(ctx.db, year));
        const next = (sequences.get(year) ?? 0) + 1;
        sequences.set(year, next);
        item.row.number = breachNumber(year, next);
      }
      await insertBatch(
        ctx.db,
        'breaches',
        seeded.map((item) => item.row),
      );
      const ids = new Map<string, number>();
      const numbers = seeded.map((item) => item.row.number);
      for (let index = 0; index < numbers.length; index += 500) {
        const rows: Array<{ id: number; number: string }> = await ctx
          .db('breaches')
          .whereIn('number', numbers.slice(index, index + 500))
          .select('id', 'number');
        for (const row of rows) ids.set(row.number, row.id);
      }
      const withBreach = <T extends object>(pick: (item: Seeded) => T[]) =>
        seeded.flatMap((item) =>
          pick(item).map((row) => ({ ...row, breach_id: ids.get(item.row.number) as number })),
        );
      await insertBatch(
        ctx.db,
        'breach_customers',
        withBreach((item) => item.customers.map(({ name: _name, ...customer }) => customer)),
      );
      await insertBatch(
        ctx.db,
        'breach_notifications',
        withBreach((item) => item.notifications),
      );
      await insertBatch(
        ctx.db,
        'breach_events',
        withBreach((item) => item.events),
      );
      await insertBatch(
        ctx.db,
        'breach_inquiries',
        withBreach((item) =>
          item.inquiryId === null
            ? []
            : [
                {
                  inquiry_id: item.inquiryId,
                  linked_at: item.row.aware_at,
                  linked_by: 'Demo',
                  reported_from: true,
                },
              ],
        ),
      );
      await ctx.audit({ action: 'seed-demo', entityType: 'breach', after: { count } });
    },
    office.actor,
  );
  const nowIso = now.toISOString();
  const running = seeded.filter((item) => item.row.next_due_at !== null);
  const overdue = running.filter((item) => (item.row.next_due_at as string) < nowIso);
  office.report(
    `breaches: ${count} (${running.length} with a clock running, ${overdue.length} of them overdue; processor clocks from ${agreements.length} agreements)`,
  );
};
