import { addDays, compareDates, daysBetween } from '../../../shared/calendar';
import { noUrgencies } from '../../../shared/deadlines/items';
import { english, phrase } from '../../../shared/i18n/phrases';
import { inquiryCategories, inquiryNumber, type InquiryCategory } from '../../../shared/inquiries/rules';
import type { DeadlineFeed, DeadlineSource } from '../deadlines/sources';
import { countFollowUps, followUpRows } from './repository';

const isInquiryCategory = (value: string): value is InquiryCategory =>
  (inquiryCategories as readonly string[]).includes(value);

/**
 * Inquiries whose follow-up date has passed while they are still open. Follow-ups still ahead are
 * the agents' own planning (their start page shows them), not a deadline for the dashboard.
 */
export const inquiryFollowUps: DeadlineSource = async (ctx, window): Promise<DeadlineFeed> => {
  const yesterday = addDays(window.today, -1);
  const range = {
    from: window.from,
    to: compareDates(window.to, yesterday) < 0 ? window.to : yesterday,
  };
  const counts = noUrgencies();
  if (window.from && compareDates(window.from, range.to) > 0)
    return { items: [], counts: { inquiry: counts } };
  counts.overdue = await countFollowUps(ctx.db, range);
  const rows = counts.overdue > 0 && window.limit > 0 ? await followUpRows(ctx.db, range, window.limit) : [];
  return {
    counts: { inquiry: counts },
    items: rows.map((row) => {
      const late = daysBetween(row.follow_up_on, window.today);
      const titleText = phrase('coreDeadlines:inquiryTitle', { number: inquiryNumber(row.id) });
      const detailText = phrase('coreDeadlines:inquiryDetail', {
        category: isInquiryCategory(row.category) ? phrase(`inquiryCategory:${row.category}`) : row.category,
        date: { date: row.follow_up_on, style: 'weekday' },
        ago: phrase('coreDeadlines:daysAgo', { count: late }),
        assignee: row.assigned_to_name ?? phrase('coreDeadlines:unassigned'),
      });
      return {
        kind: 'inquiry',
        key: `inquiry:${row.id}`,
        title: english(titleText),
        detail: english(detailText),
        titleText,
        detailText,
        due: row.follow_up_on,
        dueAt: null,
        urgency: 'overdue',
        path: `/inquiries/${row.id}`,
      };
    }),
  };
};
