import { z } from 'zod';
import { requestTypes } from '../cases/rules';
import { command, query } from '../contract/channel';
import { deadlineGroups, deadlineItem, deadlineKinds, deadlineUrgencies } from '../deadlines/items';
import { exportFormat, fileDownloadSchema } from '../files';
import { emptyInput, isoDate, isoDateTime } from '../validation';

const dashboardRoles = ['dpo', 'admin'] as const;

/** The four lists the dashboard leads with; "later" items appear only in the calendar. */
export const dashboardUrgencies = ['overdue', 'dueToday', 'dueThisWeek', 'atRisk'] as const;
export type DashboardUrgency = (typeof dashboardUrgencies)[number];

const count = z.number().int().min(0);
const urgencyCounts = z.object({ overdue: count, dueToday: count, dueThisWeek: count, atRisk: count });

const kindList = z.object({
  kind: z.enum(deadlineKinds),
  /** Legal deadline or work reminder (`deadlineGroupOf`). */
  group: z.enum(deadlineGroups),
  total: count,
  items: z.array(deadlineItem),
});
export type DashboardKindList = z.infer<typeof kindList>;

export const dashboardOverviewSchema = z.object({
  today: isoDate,
  generatedAt: isoDateTime,
  counters: z.object({
    overdue: count,
    dueToday: count,
    dueThisWeek: count,
    atRisk: count,
    /** The same counts for the legal deadlines alone (cases, breach clocks) ... */
    legal: urgencyCounts,
    /** ... and for the work reminders (follow-ups, agreement reviews and expiries, objection windows). */
    reminder: urgencyCounts,
    /** Breach notifications whose clock is still running (any urgency). */
    breachClocks: count,
    extensionNoticesNeeded: count,
  }),
  sections: z.array(
    z.object({ urgency: z.enum(dashboardUrgencies), total: count, kinds: z.array(kindList) }),
  ),
});
export type DashboardOverview = z.infer<typeof dashboardOverviewSchema>;

const month = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Use a month in the form YYYY-MM')
  .refine((value) => value >= '2018-01' && value <= '2100-12', 'Choose a month between 2018 and 2100');

export const dashboardCalendarSchema = z.object({
  month: z.string(),
  today: isoDate,
  /** Each day of the month with what falls due, and the name of a Norwegian public holiday. */
  days: z.array(z.object({ date: isoDate, holiday: z.string().nullable(), items: z.array(deadlineItem) })),
  total: count,
  /** More deadlines fall in the month than the calendar lists (it shows the first of each kind). */
  truncated: z.boolean(),
});
export type DashboardCalendar = z.infer<typeof dashboardCalendarSchema>;

const byType = z.record(z.enum(requestTypes), count);

export const dashboardChartsSchema = z.object({
  months: z.array(z.string()),
  /** Cases received and closed per month, counted once under each request type they carry. */
  received: z.array(z.object({ month: z.string(), total: count, byType })),
  closed: z.array(z.object({ month: z.string(), total: count, byType })),
  /** Replies per month (withdrawn requests need none): how many were given by the due date. */
  onTime: z.array(
    z.object({ month: z.string(), replied: count, onTime: count, rate: z.number().min(0).max(1).nullable() }),
  ),
  medianDaysToClose: z.array(z.object({ month: z.string(), median: z.number().nullable() })),
  breachesPerQuarter: z.array(
    z.object({ quarter: z.string(), none: count, risk: count, high: count, unassessed: count }),
  ),
});
export type DashboardCharts = z.infer<typeof dashboardChartsSchema>;

export const dashboardChannels = {
  'dashboard.overview': query({
    access: dashboardRoles,
    input: emptyInput,
    output: dashboardOverviewSchema,
  }),
  'dashboard.calendar': query({
    access: dashboardRoles,
    /** Without a month: the current one in Oslo. */
    input: z.strictObject({ month: month.optional() }).optional().default({}),
    output: dashboardCalendarSchema,
  }),
  'dashboard.charts': query({
    personalData: false,
    access: dashboardRoles,
    input: z
      .strictObject({ months: z.number().int().min(3).max(36).default(12) })
      .optional()
      .default({ months: 12 }),
    output: dashboardChartsSchema,
  }),
  /** A dashboard list, complete, as a spreadsheet. */
  'dashboard.export': command({
    changes: false,
    access: dashboardRoles,
    input: z.strictObject({
      urgency: z.enum([...deadlineUrgencies, 'all']).default('all'),
      /** Only the legal deadlines or only the work reminders; both without it. */
      group: z.enum(deadlineGroups).optional(),
      format: exportFormat,
    }),
    output: fileDownloadSchema,
  }),
};
