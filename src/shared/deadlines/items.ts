import { z } from 'zod';
import { phraseSchema } from '../i18n/phrases';

/** What kind of record a deadline belongs to; each feature contributes its own kind. */
export const deadlineKinds = ['case', 'breach', 'agreement', 'objection', 'inquiry'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

export const deadlineKindLabels: Record<DeadlineKind, string> = {
  case: 'Rights request',
  breach: 'Breach clock',
  agreement: 'Agreement',
  objection: 'Objection window',
  inquiry: 'Inquiry follow-up',
};

/**
 * Legal deadlines are set by law and missing one is a breach of it: a rights request's reply
 * (Art. 12(3)) and a breach's notifications (Arts. 33-34). Work reminders are the office's own:
 * follow-ups of inquiries, agreement reviews and expiries, objection windows of a change notice.
 * The dashboard counts and lists them apart, so a few legal items are not lost among many reminders.
 */
export const deadlineGroups = ['legal', 'reminder'] as const;
export type DeadlineGroup = (typeof deadlineGroups)[number];

export const deadlineGroupOf: Record<DeadlineKind, DeadlineGroup> = {
  case: 'legal',
  breach: 'legal',
  agreement: 'reminder',
  objection: 'reminder',
  inquiry: 'reminder',
};

export const deadlineGroupLabels: Record<DeadlineGroup, string> = {
  legal: 'Legal deadlines',
  reminder: 'Work reminders',
};

/** How pressing a deadline is on a given day. */
export const deadlineUrgencies = ['overdue', 'dueToday', 'dueThisWeek', 'atRisk', 'later'] as const;
export type DeadlineUrgency = (typeof deadlineUrgencies)[number];

export const deadlineUrgencyLabels: Record<DeadlineUrgency, string> = {
  overdue: 'Overdue',
  dueToday: 'Due today',
  dueThisWeek: 'Due within 7 days',
  atRisk: 'At risk',
  later: 'Later',
};

/** Conditions worth a word beside the date (a case that needs its extension notice sent soon). */
export const deadlineFlags = ['extension-notice-needed', 'forward-to-customer', 'awaiting-person'] as const;
export type DeadlineFlag = (typeof deadlineFlags)[number];

export const deadlineFlagLabels: Record<DeadlineFlag, string> = {
  'extension-notice-needed': 'Extension notice needed',
  'forward-to-customer': 'Forward to the customer',
  'awaiting-person': 'Awaiting the person',
};

/**
 * One deadline as the dashboard, its calendar and its exports show it. `due` is a calendar date
 * (YYYY-MM-DD); clocks that run in hours (breaches) also give `dueAt`, a UTC ISO timestamp.
 * Titles name the record by its number or title, never a person's details beyond what the list shows.
 * `title` and `detail` are the English (the exports print them); the screens word
 * `titleText` and `detailText` in the reader's language.
 */
export const deadlineItem = z.object({
  kind: z.enum(deadlineKinds),
  key: z.string(),
  title: z.string(),
  detail: z.string(),
  titleText: phraseSchema,
  detailText: phraseSchema,
  due: z.string(),
  dueAt: z.string().nullable(),
  urgency: z.enum(deadlineUrgencies),
  flags: z.array(z.enum(deadlineFlags)).optional(),
  /** The renderer route that opens the record. */
  path: z.string(),
});
export type DeadlineItem = z.infer<typeof deadlineItem>;

export type UrgencyCounts = Record<DeadlineUrgency, number>;

export function noUrgencies(): UrgencyCounts {
  return { overdue: 0, dueToday: 0, dueThisWeek: 0, atRisk: 0, later: 0 };
}
