import type { Knex } from 'knex';
import { anonymisedLine } from '../timeline';
import { inSlices } from './repository';

type Db = Knex | Knex.Transaction;

export async function deleteInquiries(db: Db, ids: readonly number[]): Promise<void> {
  await inSlices(ids, async (slice) => {
    await db('inquiries').whereIn('id', slice).delete();
    return [];
  });
}

export async function anonymiseInquiries(db: Db, ids: readonly number[], at: string): Promise<void> {
  await inSlices(ids, async (slice) => {
    await db('inquiries')
      .whereIn('id', slice)
      .update({
        person_name: null,
        person_phone: null,
        person_phone_key: null,
        person_email: null,
        person_reference: null,
        no_contact_reason: 'Anonymised',
        summary: 'Anonymised',
        notes: null,
        outcome: db.raw("case when outcome is null then null else 'Anonymised' end"),
        delete_reason: db.raw("case when delete_reason is null then null else 'Anonymised' end"),
        anonymised_at: at,
      });
    return [];
  });
}

/** The person's fields replaced; dates, channel, request types, outcome and figures stay. */
export async function anonymiseCases(db: Db, ids: readonly number[], at: string): Promise<void> {
  await inSlices(ids, async (slice) => {
    await db('cases').whereIn('id', slice).update({
      person_name: 'Anonymised',
      person_name_key: 'anonymised',
      person_email: null,
      person_email_key: null,
      person_phone: null,
      person_phone_key: null,
      person_address: null,
      person_reference: null,
      rep_name: null,
      rep_contact: null,
      rep_authority_note: null,
      notes: null,
      verification_reason: null,
      override_reason: null,
      forwarding_note: null,
      outcome_reasons: null,
      unfounded_justification: null,
      late_reason: null,
      extension_reasons: null,
      clarification_question: null,
      fee_basis: null,
      anonymised_at: at,
    });
    await db('case_events').whereIn('case_id', slice).update(anonymisedLine);
    await db('case_task_comments').whereIn('case_id', slice).delete();
    await db('case_tasks').whereIn('case_id', slice).update({ state_note: null });
    return [];
  });
}

export async function anonymiseBreaches(db: Db, ids: readonly number[], at: string): Promise<void> {
  await inSlices(ids, async (slice) => {
    await db('breaches').whereIn('id', slice).update({
      title: 'Anonymised',
      description: 'Anonymised',
      discovery: null,
      consequences: null,
      measures_taken: null,
      measures_planned: null,
      contact_point: null,
      risk_reasons: null,
      no_notification_reasons: null,
      subjects_message: null,
      subjects_explanation: null,
      closing_note: null,
      anonymised_at: at,
    });
    await db('breach_events').whereIn('breach_id', slice).update(anonymisedLine);
    return [];
  });
}

export async function clearOrganisationContacts(db: Db, ids: readonly number[], at: string): Promise<void> {
  await inSlices(ids, async (slice) => {
    await db('organisations').whereIn('id', slice).update({
      privacy_contact_name: null,
      privacy_contact_email: null,
      privacy_contact_phone: null,
      updated_at: at,
    });
    return [];
  });
}

export async function deleteAttachmentRows(db: Db, ids: readonly number[]): Promise<void> {
  await inSlices(ids, async (slice) => {
    await db('attachments').whereIn('id', slice).delete();
    return [];
  });
}
