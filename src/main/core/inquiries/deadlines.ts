import { addDays, compareDates, daysBetween } from '../../../shared/calendar';
import { noUrgencies } from '../../../shared/deadlines/items';
import { inquiryCategoryLabels, inquiryNumber, type InquiryCategory } from '../../../shared/inquiries/rules';
import { shortDate } from '../deadlines/engine';
import type { DeadlineFeed, DeadlineSource } from '../deadlines/sources';
import { countFollowUps, followUpRows } from './repository';

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
      return {
        kind: 'inquiry',
        key: `inquiry:${row.id}`,
        title: `Inquiry ${inquiryNumber(row.id)}`,
        detail: `${inquiryCategoryLabels[row.category as InquiryCategory] ?? row.category} · follow-up was ${shortDate(row.follow_up_on, true)} (${late} ${late === 1 ? 'day' : 'days'} ago) · ${row.assigned_to_name ?? 'unassigned'}`,
        due: row.follow_up_on,
        dueAt: null,
        urgency: 'overdue',
        path: `/inquiries/${row.id}`,
      };
    }),
  };
};
