import { addDays } from '../../../shared/calendar';
import { osloDate } from '../../../shared/oslo';
import type {
  Direction,
  InquiryCategory,
  InquiryChannel,
  InquiryStatus,
} from '../../../shared/inquiries/rules';
import { phoneKey } from '../cases/keys';
import { runAsSystem } from '../core';
import { isSqlite } from '../db/connection';
import { foreignNames, norwegianFirstNames, norwegianLastNames } from '../demo/names';
import type { Random } from '../demo/random';
import type { DemoSeeder } from '../demo/seed';
import type { InquiryRow } from './repository';

const historyDays = 548;

const channelWeights: ReadonlyArray<readonly [InquiryChannel, number]> = [
  ['phone', 55],
  ['email', 22],
  ['chat', 10],
  ['web-form', 6],
  ['letter', 4],
  ['in-person', 3],
];
const categoryWeights: ReadonlyArray<readonly [InquiryCategory, number]> = [
  ['general', 62],
  ['rights-request', 9],
  ['complaint', 9],
  ['marketing-opt-out', 12],
  ['possible-breach', 1],
  ['other', 7],
];

const topics: Record<InquiryCategory, readonly string[]> = {
  general: [
    'Asked why the customer has their phone number',
    'Wanted to know how long call recordings are kept',
    'Question about an invoice sent on behalf of the customer',
    'Asked who the customer shares data with',
    'Wanted the customer’s privacy contact',
    'Asked whether calls are recorded',
    'Question about a change of address',
  ],
  'rights-request': [
    'Wants a copy of all data held about them',
    'Asks for their data to be erased',
    'Wants a wrong address corrected',
    'Objects to profiling for marketing',
    'Wants their data moved to another provider',
    'Withdraws consent to newsletters',
  ],
  complaint: [
    'Unhappy about repeated sales calls',
    'Complains that a letter went to an old address',
    'Says an agent was rude on the phone',
    'Complains about slow reply to an earlier request',
  ],
  'marketing-opt-out': [
    'Does not want marketing calls any more',
    'Unsubscribe from SMS offers',
    'Remove from the customer’s mailing list',
  ],
  'possible-breach': [
    'Received a letter meant for someone else',
    'Saw another customer’s details in the web portal',
    'E-mail with an attachment sent to the wrong person',
  ],
  other: [
    'Wrong number, wanted the bank',
    'Job application sent to the call centre',
    'Feedback on the IVR menu',
  ],
};

const noteLines = [
  'Caller verified name and customer number; no personal data given out.',
  'Explained the customer’s privacy notice and sent the link by e-mail.',
  'Promised a call back once the customer has answered.',
  'Forwarded to the customer’s privacy contact the same day.',
  'Caller will send the request in writing.',
  'Answered from the knowledge base.',
];

const outcomes = [
  'Answered on the phone',
  'Information sent by e-mail',
  'Forwarded to the customer',
  'Opt-out registered with the customer',
  'Case opened for the DPO',
  'No further action needed',
];

function person(random: Random) {
  const [first, last] = random.chance(0.82)
    ? [random.pick(norwegianFirstNames), random.pick(norwegianLastNames)]
    : random.pick(foreignNames);
  const mobile = `${random.pick(['4', '9'])}${String(random.int(0, 9_999_999)).padStart(7, '0')}`;
  const phone = `+47 ${mobile.slice(0, 3)} ${mobile.slice(3, 5)} ${mobile.slice(5)}`;
  const mailbox = `${first}.${last}`
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/[^a-z.]/g, '');
  const domain = random.pick(['gmail.com', 'online.no', 'hotmail.com', 'outlook.com', 'icloud.com']);
  return { name: `${first} ${last}`, phone, email: `${mailbox}${random.int(1, 99)}@${domain}` };
}

/**
 * Inquiries over the last 18 months on every channel and of every category, on behalf of the demo
 * customers and of the company itself. Inserted in large multi-row batches (the FTS index is kept
 * by the same triggers the app relies on), so a million rows take a few minutes.
 */
export const seedDemoInquiries: DemoSeeder = async (office) => {
  const count = office.options.inquiries;
  if (count <= 0) return;
  const { core, random } = office;
  const now = core.clock.now();
  const today = osloDate(now);
  const customers: number[] = (
    await core.db('organisations').where({ is_customer: true, active: true }).select('id')
  ).map((row: { id: number }) => row.id);
  const agents = [...office.users.entries()]
    .filter(([username]) => username.startsWith('agent'))
    .map(([, id]) => id);
  const everyone = [...office.users.values()];
  const started = Date.now();
  const chunk = 10_000;
  for (let start = 0; start < count; start += chunk) {
    const rows: Array<Omit<InquiryRow, 'id'>> = [];
    for (let index = start; index < Math.min(count, start + chunk); index += 1) {
      const daysAgo = random.chance(0.1) ? random.int(0, 14) : random.int(0, historyDays);
      const day = addDays(today, -daysAgo);
      // Office hours in Oslo, roughly: 07:00-16:00 UTC.
      let receivedAt = new Date(
        `${day}T${String(random.int(6, 15)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}.000Z`,
      );
      if (receivedAt > now) receivedAt = new Date(now.getTime() - random.int(60, 3600) * 1000);
      const channel = random.weighted(channelWeights);
      const category = random.weighted(categoryWeights);
      const who = person(random);
      const hasPhone = channel === 'phone' || random.chance(0.4);
      const hasEmail = channel === 'email' || channel === 'web-form' || random.chance(0.3);
      const anonymous = !hasPhone && !hasEmail;
      const old = daysAgo > 21;
      const status: InquiryStatus =
        old || random.chance(0.55)
          ? 'closed'
          : random.weighted<InquiryStatus>([
              ['open', 5],
              ['awaiting-person', 2],
              ['awaiting-customer', 3],
            ]);
      const agent = random.chance(0.93) ? random.pick(agents) : random.pick(everyone);
      const assigned = random.chance(0.9) ? agent : random.pick(agents);
      const receivedIso = receivedAt.toISOString();
      const closedAt =
        status === 'closed'
          ? new Date(
              Math.min(now.getTime(), receivedAt.getTime() + random.int(60, 5 * 86_400) * 1000),
            ).toISOString()
          : null;
      rows.push({
        channel,
        direction: (random.chance(0.9) ? 'incoming' : 'outgoing') as Direction,
        received_at: receivedIso,
        received_date: osloDate(receivedAt),
        on_behalf_of_id: customers.length > 0 && random.chance(0.85) ? random.pick(customers) : null,
        person_name: anonymous && random.chance(0.5) ? null : who.name,
        person_phone: hasPhone ? who.phone : null,
        person_phone_key: hasPhone ? phoneKey(who.phone) : null,
        person_email: hasEmail ? who.email : null,
        person_reference: random.chance(0.3) ? `K-${random.int(100000, 999999)}` : null,
        no_contact_reason: anonymous ? random.pick(['Anonymous caller', 'Declined to give details']) : null,
        category,
        summary: random.pick(topics[category]),
        notes: random.chance(0.6) ? random.pick(noteLines) : null,
        status,
        outcome: status === 'closed' ? random.pick(outcomes) : null,
        // A follow-up falls on or after the day the inquiry came in, never before it.
        follow_up_on:
          status !== 'closed' && random.chance(0.6)
            ? ([addDays(today, random.int(-10, 14)), osloDate(receivedAt)].sort().at(-1) ?? null)
            : null,
        assigned_to_id: assigned,
        logged_by_id: agent,
        call_seconds: channel === 'phone' ? random.int(25, 1200) : null,
        created_at: receivedIso,
        updated_at: closedAt ?? receivedIso,
        closed_at: closedAt,
        closed_by: closedAt ? 'Demo agent' : null,
        deleted_at: null,
        deleted_by: null,
        delete_reason: null,
      });
    }
    await runAsSystem(
      core,
      'cli:seed-demo',
      async (ctx) => {
        // knex writes a multi-row insert as a compound SELECT; SQLite allows 500 terms in one.
        const size = 500;
        for (let index = 0; index < rows.length; index += size)
          await ctx.db('inquiries').insert(rows.slice(index, index + size));
      },
      office.actor,
    );
    const done = Math.min(count, start + chunk);
    if (count >= 100_000 && done % 100_000 === 0)
      office.report(`inquiries: ${done} of ${count} (${((Date.now() - started) / 1000).toFixed(0)} s)…`);
  }
  // Thousands of batches leave the search index in many small segments; merging them into one makes
  // every later search read one list per word (about 15 s for a million rows).
  if (isSqlite(core.db))
    await core.db.raw("insert into inquiries_search(inquiries_search) values ('optimize')");
  await runAsSystem(
    core,
    'cli:seed-demo',
    (ctx) => ctx.audit({ action: 'seed-demo', entityType: 'inquiry', after: { count } }),
    office.actor,
  );
  office.report(`inquiries: ${count}`);
};
