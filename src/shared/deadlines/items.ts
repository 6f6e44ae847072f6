import { z } from 'zod';

/** What kind of record a deadline belongs to; each feature contributes its own kind. */
export const deadlineKinds = ['case', 'breach', 'agreement', 'objection', 'inquiry'] as const;
export type DeadlineKind = (typeof deadlineKinds)[number];

/** How pressing a deadline is on a given day. */
export const deadlineUrgencies = ['overdue', 'dueToday', 'dueThisWeek', 'atRisk', 'later'] as const;
export type DeadlineUrgency = (typeof deadlineUrgencies)[number];

/**
 * One deadline as the dashboard, its calendar and its exports show it. `due` is a calendar date
 * (YYYY-MM-DD); clocks that run in hours (breaches) also give `dueAt`, a UTC ISO timestamp.
 * Titles name the record by its number or title, never a person's details beyond what the list shows.
 */
export const deadlineItem = z.object({
  kind: z.enum(deadlineKinds),
  key: z.string(),
  title: z.string(),
  detail: z.string(),
  due: z.string(),
  dueAt: z.string().nullable(),
  urgency: z.enum(deadlineUrgencies),
  /** The renderer route that opens the record. */
  path: z.string(),
});
export type DeadlineItem = z.infer<typeof deadlineItem>;
