import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export interface LetterTemplateRow {
  id: number;
  kind: string;
  language: string;
  subject: string;
  body: string;
  updated_at: string;
  updated_by: number | null;
  updated_by_name: string;
}

export async function listTemplateRows(db: Db): Promise<LetterTemplateRow[]> {
  return db('letter_templates').select('*').orderBy('kind').orderBy('language');
}

export async function findTemplateRow(
  db: Db,
  kind: string,
  language: string,
): Promise<LetterTemplateRow | undefined> {
  return db('letter_templates').where({ kind, language }).first();
}

/** Inserts or replaces the administrator's text of one kind and language. */
export async function saveTemplateRow(db: Db, row: Omit<LetterTemplateRow, 'id'>): Promise<void> {
  const updated = await db('letter_templates').where({ kind: row.kind, language: row.language }).update({
    subject: row.subject,
    body: row.body,
    updated_at: row.updated_at,
    updated_by: row.updated_by,
    updated_by_name: row.updated_by_name,
  });
  if (Number(updated) === 0) await db('letter_templates').insert(row);
}

export async function deleteTemplateRow(db: Db, kind: string, language: string): Promise<number> {
  return Number(await db('letter_templates').where({ kind, language }).delete());
}
