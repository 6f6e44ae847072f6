import type { Knex } from 'knex';
import { insertedId } from './repository';

type Db = Knex | Knex.Transaction;

export interface TaskRow {
  id: number;
  case_id: number;
  position: number;
  request_type: string | null;
  task_key: string | null;
  label: string;
  help: string | null;
  effect: string | null;
  state: string;
  state_note: string | null;
  done_at: string | null;
  done_by: string | null;
  assignee_id: number | null;
}

export interface TaskCommentRow {
  id: number;
  task_id: number;
  case_id: number;
  at: string;
  by: string;
  text: string;
}

export interface RecipientRow {
  id: number;
  case_id: number;
  organisation_id: number | null;
  name: string;
  notified_on: string | null;
  how: string | null;
  not_possible_reason: string | null;
  created_at: string;
}

export async function caseTasks(db: Db, caseId: number): Promise<TaskRow[]> {
  return db('case_tasks').where({ case_id: caseId }).orderBy('position').orderBy('id');
}

export async function insertTasks(db: Db, rows: Array<Omit<TaskRow, 'id'>>): Promise<void> {
  if (rows.length > 0) await db('case_tasks').insert(rows);
}

export async function updateTask(db: Db, id: number, changes: Partial<TaskRow>): Promise<void> {
  await db('case_tasks').where({ id }).update(changes);
}

export async function deleteTasks(db: Db, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await db('case_task_comments').whereIn('task_id', ids).delete();
  await db('case_tasks').whereIn('id', ids).delete();
}

export async function taskComments(db: Db, caseId: number): Promise<TaskCommentRow[]> {
  return db('case_task_comments').where({ case_id: caseId }).orderBy('at').orderBy('id');
}

export async function insertTaskComment(db: Db, row: Omit<TaskCommentRow, 'id'>): Promise<void> {
  await db('case_task_comments').insert(row);
}

export async function caseRecipients(db: Db, caseId: number): Promise<RecipientRow[]> {
  return db('case_recipients').where({ case_id: caseId }).orderBy('id');
}

export async function insertRecipient(db: Db, row: Omit<RecipientRow, 'id'>): Promise<number> {
  const [inserted] = await db('case_recipients').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateRecipient(db: Db, id: number, changes: Partial<RecipientRow>): Promise<void> {
  await db('case_recipients').where({ id }).update(changes);
}

export async function deleteRecipient(db: Db, id: number): Promise<void> {
  await db('case_recipients').where({ id }).delete();
}
