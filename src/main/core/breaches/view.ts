import type { BreachDetail, BreachSummary } from '../../../shared/breaches/contract';
import {
  hasControllerDuty,
  type BreachCapacity,
  type CustomerNoticeMethod,
  type DataType,
  type NotificationPhase,
  type RiskLevel,
  type SubjectCategory,
  type SubjectException,
  type SubjectNoticeMethod,
} from '../../../shared/breaches/rules';
import { inquiryNumber } from '../../../shared/inquiries/rules';
import { unframeList } from '../cases/keys';
import { authorityNoticeHours } from '../../../shared/breaches/rules';
import { addHours, breachClocks, nextClock, noticeHoursFlagged, obligationsOf } from './clocks';
import type {
  BreachEventRow,
  BreachNotificationRow,
  BreachRow,
  linkedInquiries,
  NamedCustomerRow,
} from './repository';
import { lineText } from '../timeline';

export function toSummary(
  row: BreachRow,
  customers: readonly NamedCustomerRow[],
  notifications: readonly BreachNotificationRow[],
  now: Date,
): BreachSummary {
  const clocks = breachClocks(row, customers, notifications, now);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    state: row.state,
    capacity: row.capacity as BreachCapacity,
    customerNames: customers.map((customer) => customer.name),
    risk: row.risk as RiskLevel | null,
    specialCategories: Boolean(row.special_categories),
    awareAt: row.aware_at,
    nextClock: nextClock(clocks),
    clocks,
    notifiedAuthority: notifications.length > 0,
  };
}

export function toDetail(
  row: BreachRow,
  parts: {
    customers: readonly NamedCustomerRow[];
    notifications: readonly BreachNotificationRow[];
    inquiries: Awaited<ReturnType<typeof linkedInquiries>>;
    events: readonly BreachEventRow[];
    now: Date;
  },
): BreachDetail {
  const { customers, notifications, now } = parts;
  const authorityDue = addHours(row.aware_at, authorityNoticeHours);
  const first = notifications[0];
  const obligations = obligationsOf(row, customers, notifications);
  return {
    id: row.id,
    number: row.number,
    state: row.state,
    title: row.title,
    description: row.description,
    occurredFrom: row.occurred_from,
    occurredTo: row.occurred_to,
    awareAt: row.aware_at,
    discovery: row.discovery,
    capacity: row.capacity as BreachCapacity,
    customers: customers.map((customer) => ({
      organisationId: customer.organisation_id,
      name: customer.name,
      agreement:
        customer.agreement_id === null
          ? null
          : {
              id: customer.agreement_id,
              reference: customer.agreement_reference ?? `#${customer.agreement_id}`,
              status: customer.agreement_status ?? 'unknown',
            },
      noticeHours: customer.notice_hours,
      noticeHoursFlag: noticeHoursFlagged(customer.notice_hours),
      dueAt: customer.due_at,
      toldAt: customer.told_at,
      toldHow: customer.told_how as CustomerNoticeMethod | null,
      toldTo: customer.told_to,
      note: customer.note,
      lateReason: customer.late_reason,
      recordedBy: customer.recorded_by,
    })),
    subjectCategories: unframeList<SubjectCategory>(row.subject_categories),
    subjectsApprox: row.subjects_approx,
    dataTypes: unframeList<DataType>(row.data_types),
    specialCategories: Boolean(row.special_categories),
    recordsApprox: row.records_approx,
    consequences: row.consequences,
    measuresTaken: row.measures_taken,
    measuresPlanned: row.measures_planned,
    contactPoint: row.contact_point,
    assessment:
      row.risk === null || row.assessed_at === null
        ? null
        : {
            risk: row.risk as RiskLevel,
            reasons: row.risk_reasons ?? '',
            noNotificationReasons: row.no_notification_reasons,
            assessedBy: row.assessed_by_name ?? '',
            assessedAt: row.assessed_at,
          },
    clocks: breachClocks(row, customers, notifications, now),
    notifications: notifications.map((notification) => ({
      id: notification.id,
      phase: notification.phase as NotificationPhase,
      sentAt: notification.sent_at,
      reference: notification.reference,
      sentBy: notification.sent_by,
      summary: notification.summary,
      delayReasons: notification.delay_reasons,
      late: notification === first && notification.sent_at > authorityDue,
      recordedBy: notification.recorded_by,
      recordedAt: notification.recorded_at,
    })),
    subjects: {
      required: hasControllerDuty(row.capacity) && row.risk === 'high',
      highRiskAt: row.high_risk_at,
      dueAt: row.subjects_due_at,
      toldAt: row.subjects_told_at,
      how: row.subjects_how as SubjectNoticeMethod | null,
      count: row.subjects_count,
      message: row.subjects_message,
      exception: row.subjects_exception as SubjectException | null,
      explanation: row.subjects_explanation,
      publicNoticeAt: row.public_notice_at,
      publicNoticeWhere: row.public_notice_where,
      recordedBy: row.subjects_recorded_by,
      recordedAt: row.subjects_recorded_at,
    },
    inquiries: parts.inquiries.map((inquiry) => ({
      id: inquiry.id,
      number: inquiryNumber(inquiry.id),
      receivedAt: inquiry.received_at,
      summary: inquiry.summary,
      reportedFrom: Boolean(inquiry.reported_from),
    })),
    obligations,
    timeline: parts.events.map((event) => ({
      id: event.id,
      at: event.at,
      by: event.actor_name,
      kind: event.kind,
      summary: event.summary,
      summaryText: lineText(event),
    })),
    reportedBy: row.reported_by_name,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    closingNote: row.closing_note,
    now: now.toISOString(),
  };
}
