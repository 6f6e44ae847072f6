import type { CalendarDate } from '../../../shared/calendar';
import type { InquiryDetail, InquirySummary } from '../../../shared/inquiries/contract';
import type {
  Direction,
  InquiryCategory,
  InquiryChannel,
  InquiryStatus,
} from '../../../shared/inquiries/rules';
import { inquiryNumber } from '../../../shared/inquiries/rules';
import type { InquirySummaryRow, NamedInquiryRow } from './repository';

export function toSummary(row: InquirySummaryRow, today: CalendarDate): InquirySummary {
  return {
    id: row.id,
    number: inquiryNumber(row.id),
    channel: row.channel as InquiryChannel,
    direction: row.direction as Direction,
    receivedAt: row.received_at,
    onBehalfOf:
      row.on_behalf_of_id === null
        ? null
        : { id: row.on_behalf_of_id, name: row.on_behalf_of_name ?? `#${row.on_behalf_of_id}` },
    personName: row.person_name,
    personPhone: row.person_phone,
    personEmail: row.person_email,
    category: row.category as InquiryCategory,
    summary: row.summary,
    status: row.status as InquiryStatus,
    followUpOn: row.follow_up_on,
    followUpDue: row.status !== 'closed' && row.follow_up_on !== null && row.follow_up_on <= today,
    assignedTo: { id: row.assigned_to_id, name: row.assigned_to_name ?? `#${row.assigned_to_id}` },
    // Set by `withRestrictions` where the record is shown; a record just written has none.
    restricted: null,
  };
}

export function toDetail(
  row: NamedInquiryRow,
  today: CalendarDate,
  rights: { canEdit: boolean; canDelete: boolean },
  cases: InquiryDetail['cases'],
  breaches: InquiryDetail['breaches'] = [],
): InquiryDetail {
  return {
    ...toSummary(row, today),
    personReference: row.person_reference,
    noContactReason: row.no_contact_reason,
    notes: row.notes,
    outcome: row.outcome,
    callSeconds: row.call_seconds,
    loggedBy: { id: row.logged_by_id, name: row.logged_by_name ?? `#${row.logged_by_id}` },
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    closedAt: row.closed_at,
    closedBy: row.closed_by,
    cases,
    breaches,
    ...rights,
  };
}
