import type { CallerHistory } from '../../../shared/inquiries/contract';
import {
  inquiryNumber,
  type InquiryCategory,
  type InquiryChannel,
  type InquiryStatus,
} from '../../../shared/inquiries/rules';
import { emailKey, phoneKey } from '../cases/keys';
import type { Ctx } from '../context';
import {
  casesLinkedToOwnInquiries,
  type CallerInquiryRow,
  type ContactKeys,
  inquiriesOfContact,
  openCasesOfContact,
} from './caller-repository';
import { scopeOf } from './service';

/** Earlier inquiries listed beside the quick log; more are one search away. */
export const callerHistoryLimit = 8;
const caseLimit = 20;

/** Only a whole number is looked up (8 digits, a Norwegian number), never the first digits of one. */
const minimumPhoneDigits = 8;
const completeEmail = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

export function contactKeys(input: { phone?: string; email?: string }): ContactKeys {
  const phone = phoneKey(input.phone);
  const email = input.email && completeEmail.test(input.email.trim()) ? emailKey(input.email) : null;
  return { phone: phone && phone.length >= minimumPhoneDigits ? phone : null, email };
}

/**
 * What the desk knows of the caller whose phone number or e-mail address is being typed: their
 * earlier inquiries (an agent's own only) and open cases (an agent learns of a case only through an
 * inquiry they may see; of the others, how many). Audited as a list of what was shown.
 */
export async function callerHistory(
  ctx: Ctx,
  input: { phone?: string; email?: string; excludeInquiryId?: number },
): Promise<CallerHistory> {
  const keys = contactKeys(input);
  if (!keys.phone && !keys.email)
    return { searched: false, inquiries: [], moreInquiries: false, cases: [], otherOpenCases: 0 };
  const scope = scopeOf(ctx);
  const found = await inquiriesOfContact(ctx.db, keys, scope, input.excludeInquiryId, callerHistoryLimit + 1);
  const byId = new Map<number, { row: CallerInquiryRow; matchedOn: Array<'phone' | 'email'> }>();
  for (const [via, rows] of [
    ['phone', found.phone],
    ['email', found.email],
  ] as const) {
    for (const row of rows) {
      const entry = byId.get(row.id) ?? { row, matchedOn: [] };
      entry.matchedOn.push(via);
      byId.set(row.id, entry);
    }
  }
  const newestFirst = [...byId.values()].sort(
    (a, b) => b.row.received_at.localeCompare(a.row.received_at) || b.row.id - a.row.id,
  );
  const shown = newestFirst.slice(0, callerHistoryLimit);

  const openCases = await openCasesOfContact(ctx.db, keys, caseLimit);
  const known =
    scope.kind === 'all'
      ? new Set(openCases.map((row) => row.id))
      : await casesLinkedToOwnInquiries(
          ctx.db,
          openCases.map((row) => row.id),
          scope.userId,
        );
  const cases = openCases
    .filter((row) => known.has(row.id))
    .map((row) => ({
      id: row.id,
      number: row.number,
      dueDate: row.due_date,
      canOpen: scope.kind === 'all',
      matchedOn: [
        ...(keys.phone && row.person_phone_key === keys.phone ? (['phone'] as const) : []),
        ...(keys.email && row.person_email_key === keys.email ? (['email'] as const) : []),
      ],
    }));

  await ctx.audit({
    action: 'list',
    entityType: 'inquiry',
    after: {
      callerHistory: { phone: keys.phone !== null, email: keys.email !== null },
      shown: shown.map((entry) => entry.row.id),
      cases: cases.map((item) => item.id),
    },
  });
  return {
    searched: true,
    inquiries: shown.map(({ row, matchedOn }) => ({
      id: row.id,
      number: inquiryNumber(row.id),
      receivedAt: row.received_at,
      channel: row.channel as InquiryChannel,
      category: row.category as InquiryCategory,
      status: row.status as InquiryStatus,
      summary: row.summary,
      personName: row.person_name,
      matchedOn,
    })),
    moreInquiries: newestFirst.length > callerHistoryLimit,
    cases,
    otherOpenCases: openCases.length - cases.length,
  };
}
