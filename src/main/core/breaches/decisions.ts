import type { BreachDetail } from '../../../shared/breaches/contract';
import { hasControllerDuty, type RiskLevel } from '../../../shared/breaches/rules';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { invalidField, ruleViolation } from '../errors';
import { readSettings } from '../settings/service';
import { addHours, obligationsOf } from './clocks';
import { breachCustomers, breachNotifications } from './repository';
import { assessed, breachClosed } from './lines';
import { detailOf, recordEvent, requireOpenBreach, saveBreach } from './support';

/** The DPO's assessment. "No risk" as controller needs the recorded decision not to notify, with reasons. */
export async function assessBreach(
  ctx: Ctx,
  id: number,
  input: { risk: RiskLevel; reasons: string; noNotificationReasons?: string },
): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  const notifications = await breachNotifications(ctx.db, [id]);
  const decisionNeeded =
    hasControllerDuty(row.capacity) && input.risk === 'none' && notifications.length === 0;
  if (decisionNeeded && !input.noNotificationReasons)
    throw invalidField(
      'noNotificationReasons',
      'Record why Datatilsynet is not notified: the decision and its reasons are kept (Art. 33(5))',
    );
  const now = isoNow(ctx.clock);
  // The Art. 34 clock runs from the assessment that found a high risk; a reassessment that keeps it
  // high keeps the clock, one that lowers it stops it.
  const becomesHigh = input.risk === 'high' && row.risk !== 'high';
  const { subjectNoticeHours } = await readSettings(ctx.db);
  const changes = {
    state: 'assessed' as const,
    risk: input.risk,
    risk_reasons: input.reasons,
    no_notification_reasons: decisionNeeded ? (input.noNotificationReasons ?? null) : null,
    assessed_by_id: ctx.actor.userId,
    assessed_by_name: ctx.actor.displayName,
    assessed_at: now,
    high_risk_at: input.risk !== 'high' ? null : becomesHigh ? now : row.high_risk_at,
    subjects_due_at:
      input.risk !== 'high' ? null : becomesHigh ? addHours(now, subjectNoticeHours) : row.subjects_due_at,
  };
  await saveBreach(ctx, row, changes);
  const reassessed = row.risk !== null;
  await recordEvent(
    ctx,
    id,
    'assessed',
    assessed({
      reassessed,
      capacity: row.capacity,
      risk: input.risk,
      reasons: input.reasons,
      noNotificationReasons: input.noNotificationReasons,
      subjectsDueAt: changes.subjects_due_at,
    }),
  );
  await ctx.audit({
    action: 'assess',
    entityType: 'breach',
    entityId: id,
    before: {
      state: row.state,
      risk: row.risk,
      reasons: row.risk_reasons,
      noNotificationReasons: row.no_notification_reasons,
    },
    after: {
      state: 'assessed',
      risk: input.risk,
      reasons: input.reasons,
      noNotificationReasons: changes.no_notification_reasons,
    },
  });
  return detailOf(ctx, id);
}
/** Closing needs every obligation met or decided: the assessment, the notifications, the people told. */
export async function closeBreach(ctx: Ctx, id: number, note?: string): Promise<BreachDetail> {
  const row = await requireOpenBreach(ctx, id);
  const obligations = obligationsOf(
    row,
    await breachCustomers(ctx.db, [id]),
    await breachNotifications(ctx.db, [id]),
  );
  const unmet = obligations.filter((obligation) => !obligation.met);
  if (unmet.length > 0)
    throw ruleViolation({
      key: 'breachNotClosable',
      params: {
        number: row.number,
        unmet: { list: unmet.map((obligation) => obligation.labelText), join: '; ', lowerFirst: true },
      },
    });
  const changes = {
    state: 'closed' as const,
    closed_at: isoNow(ctx.clock),
    closed_by: ctx.actor.displayName,
    closing_note: note ?? null,
  };
  await saveBreach(ctx, row, changes);
  await recordEvent(ctx, id, 'closed', breachClosed(note));
  await ctx.audit({
    action: 'close',
    entityType: 'breach',
    entityId: id,
    before: { state: row.state },
    after: changes,
  });
  return detailOf(ctx, id);
}
