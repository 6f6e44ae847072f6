import { addDays, type CalendarDate, compareDates, daysBetween } from '../../../shared/calendar';
import { type DateParam, english, phrase, type Phrase } from '../../../shared/i18n/phrases';
import type { AgreementDeadline, AgreementDeadlineKind } from '../../../shared/agreements/contract';
import {
  expiryWarningDays,
  inForceStatuses,
  type AgreementStatus,
  objectionWarningDays,
  reviewWarningDays,
} from '../../../shared/agreements/rules';
import type { DeadlineItem, DeadlineUrgency } from '../../../shared/deadlines/items';
import type { ReminderEvent } from '../../../shared/events';
import type { Ctx } from '../context';
import type { DeadlineWindow } from '../deadlines/sources';
import { urgencyOf } from '../deadlines/urgency';
import type { ReminderSource } from '../reminders/sources';
import { type NoticeRow } from './repository';
import {
  type AgreementDueRow,
  agreementsDueBy,
  openNotices,
  type OpenNoticeRow,
} from './register-repository';

/** How far ahead each kind of date is looked for; `from` drops anything due earlier (null keeps overdue ones). */
export interface DeadlineHorizon {
  from: CalendarDate | null;
  review: CalendarDate;
  expiry: CalendarDate;
  objection: CalendarDate;
}

/** The register's horizons: reviews within 30 days, expiry within 60, objection windows within 14; overdue kept. */
export function registerHorizon(today: CalendarDate): DeadlineHorizon {
  return {
    from: null,
    review: addDays(today, reviewWarningDays),
    expiry: addDays(today, expiryWarningDays),
    objection: addDays(today, objectionWarningDays),
  };
}

function inDays(days: number): Phrase {
  if (days === 0) return phrase('coreDeadlines:today');
  if (days > 0) return phrase('coreDeadlines:inDays', { count: days });
  return phrase('coreDeadlines:daysAgo', { count: -days });
}

const onDay = (date: CalendarDate): DateParam => ({ date });

function item(
  kind: AgreementDeadlineKind,
  row: { id: number; reference: string; title: string; organisation_name: string },
  due: CalendarDate,
  today: CalendarDate,
  key: string,
  summaryText: Phrase,
  noticeId: number | null = null,
): AgreementDeadline {
  return {
    kind,
    key,
    agreementId: row.id,
    reference: row.reference,
    title: row.title,
    organisationName: row.organisation_name,
    noticeId,
    due,
    daysLeft: daysBetween(today, due),
    summary: english(summaryText),
    summaryText,
  };
}

/** What is due on one agreement in force: its review and its expiry, within the horizon. */
export function agreementRowDeadlines(
  row: AgreementDueRow,
  today: CalendarDate,
  horizon: DeadlineHorizon,
): AgreementDeadline[] {
  if (!inForceStatuses.includes(row.status as AgreementStatus)) return [];
  const items: AgreementDeadline[] = [];
  const expired = row.expiry_on !== null && compareDates(row.expiry_on, today) < 0;
  if (row.expiry_on && expired) {
    const days = -daysBetween(today, row.expiry_on);
    items.push(
      item(
        'expired-active',
        row,
        row.expiry_on,
        today,
        `agreement:${row.id}:expiry@${row.expiry_on}`,
        phrase('coreDeadlines:expiredActive', {
          date: onDay(row.expiry_on),
          count: days,
          status: phrase(`coreDeadlines:marked.${row.status as 'active' | 'suspended'}`),
        }),
      ),
    );
  } else if (row.expiry_on && compareDates(row.expiry_on, horizon.expiry) <= 0) {
    items.push(
      item(
        'expiring',
        row,
        row.expiry_on,
        today,
        `agreement:${row.id}:expiry@${row.expiry_on}`,
        phrase('coreDeadlines:expires', {
          when: inDays(daysBetween(today, row.expiry_on)),
          date: onDay(row.expiry_on),
        }),
      ),
    );
  }
  // An expired agreement is renewed or ended, not reviewed: its review is not listed.
  if (!expired && row.next_review_on && compareDates(row.next_review_on, horizon.review) <= 0) {
    const days = daysBetween(today, row.next_review_on);
    items.push(
      item(
        days < 0 ? 'review-overdue' : 'review-due',
        row,
        row.next_review_on,
        today,
        `agreement:${row.id}:review@${row.next_review_on}`,
        days < 0
          ? phrase('coreDeadlines:reviewOverdue', { date: onDay(row.next_review_on), count: -days })
          : phrase('coreDeadlines:reviewDue', { when: inDays(days), date: onDay(row.next_review_on) }),
      ),
    );
  }
  return items.filter((entry) => horizon.from === null || compareDates(entry.due, horizon.from) >= 0);
}

/** A change notice that needs attention: its objection window closing, or an objection not resolved. */
export function noticeDeadline(
  notice: NoticeRow,
  agreement: { id: number; reference: string; title: string; organisation_name: string },
  today: CalendarDate,
): AgreementDeadline | null {
  if (notice.objection_on) {
    if (notice.resolution) return null;
    return item(
      'objection-open',
      agreement,
      notice.objection_deadline,
      today,
      `notice:${notice.id}:objection@${notice.objection_on}`,
      phrase('coreDeadlines:objectionOpen', { date: onDay(notice.objection_on) }),
      notice.id,
    );
  }
  if (compareDates(notice.objection_deadline, today) < 0) return null;
  return item(
    'objection-closing',
    agreement,
    notice.objection_deadline,
    today,
    `notice:${notice.id}:window@${notice.objection_deadline}`,
    phrase('coreDeadlines:objectionClosing', {
      when: inDays(daysBetween(today, notice.objection_deadline)),
      date: onDay(notice.objection_deadline),
    }),
    notice.id,
  );
}

function byDue(a: AgreementDeadline, b: AgreementDeadline): number {
  return compareDates(a.due, b.due) || a.reference.localeCompare(b.reference) || a.key.localeCompare(b.key);
}

/**
 * The one query of what is due in the register: agreements in force due for review (within 30 days)
 * or past it, expiring within 60 days or expired but still active, objection windows closing within
 * 14 days and objections not resolved. Given a window (`from`, `to`), every kind is looked for up to
 * `to` instead, and items due before `from` are left out (`from` null keeps everything overdue).
 */
export async function agreementDeadlines(
  ctx: Ctx,
  today: CalendarDate,
  window?: { from: CalendarDate | null; to: CalendarDate },
): Promise<AgreementDeadline[]> {
  const horizon: DeadlineHorizon = window
    ? { from: window.from, review: window.to, expiry: window.to, objection: window.to }
    : registerHorizon(today);
  const latest = [horizon.review, horizon.expiry].sort().at(-1) as CalendarDate;
  const rows = await agreementsDueBy(ctx.db, latest);
  const items = rows.flatMap((row) => agreementRowDeadlines(row, today, horizon));
  const notices: OpenNoticeRow[] = await openNotices(ctx.db, today, horizon.objection);
  for (const notice of notices) {
    const due = noticeDeadline(notice, { ...notice, id: notice.agreement_id }, today);
    if (!due) continue;
    if (
      window &&
      (compareDates(due.due, window.to) > 0 || (window.from && compareDates(due.due, window.from) < 0))
    )
      continue;
    items.push(due);
  }
  return items.sort(byDue);
}

const soonDays: Record<AgreementDeadlineKind, number> = {
  'review-due': reviewWarningDays,
  'review-overdue': reviewWarningDays,
  expiring: expiryWarningDays,
  'expired-active': expiryWarningDays,
  'objection-closing': objectionWarningDays,
  'objection-open': objectionWarningDays,
};

/**
 * overdue: the date has passed; dueToday; dueThisWeek: within 7 days; atRisk: within the register's
 * warning horizon for its kind (30 days for a review, 60 for expiry, 14 for an objection window), and
 * always for an objection not resolved; later: beyond it.
 */
export function deadlineUrgency(deadline: AgreementDeadline, today: CalendarDate): DeadlineUrgency {
  const atRisk = deadline.kind === 'objection-open' || deadline.daysLeft <= soonDays[deadline.kind];
  return urgencyOf(deadline.due, today, atRisk);
}

export function agreementPath(deadline: AgreementDeadline): string {
  return `/registers/agreements/${deadline.agreementId}${deadline.noticeId ? '?tab=subprocessors' : ''}`;
}

function titleOf(deadline: AgreementDeadline): Phrase {
  return phrase('coreDeadlines:agreementTitle', {
    reference: deadline.reference,
    title: deadline.title,
    what: phrase(`coreDeadlines:kind.${deadline.kind}`),
  });
}

function detailOf(deadline: AgreementDeadline): Phrase {
  return phrase('coreDeadlines:agreementDetail', {
    organisation: deadline.organisationName,
    summary: deadline.summaryText,
  });
}

/** The register's deadlines for the dashboard, its calendar and exports: kinds 'agreement' and 'objection'. */
export const agreementDeadlineSource = async (ctx: Ctx, window: DeadlineWindow): Promise<DeadlineItem[]> =>
  (await agreementDeadlines(ctx, window.today, { from: window.from, to: window.to })).map(
    (deadline): DeadlineItem => ({
      kind: deadline.kind.startsWith('objection') ? 'objection' : 'agreement',
      key: deadline.key,
      title: english(titleOf(deadline)),
      detail: english(detailOf(deadline)),
      titleText: titleOf(deadline),
      detailText: detailOf(deadline),
      due: deadline.due,
      dueAt: null,
      urgency: deadlineUrgency(deadline, window.today),
      path: agreementPath(deadline),
    }),
  );

/** Desktop reminders for the register, for administrators and the DPO; each (key, level) is announced once. */
export const agreementReminders: ReminderSource = async (ctx, today) =>
  (await agreementDeadlines(ctx, today)).map((deadline): ReminderEvent => {
    const level: ReminderEvent['level'] =
      deadline.daysLeft < 0 ? 'overdue' : deadline.daysLeft === 0 ? 'due-today' : 'due-soon';
    return {
      key: deadline.key,
      level,
      title: `Agreement ${english(titleOf(deadline))}`,
      body: english(detailOf(deadline)),
      titleText: phrase('coreReminders:agreementTitle', { title: titleOf(deadline) }),
      bodyText: detailOf(deadline),
      path: agreementPath(deadline),
      roles: ['admin', 'dpo'],
    };
  });
