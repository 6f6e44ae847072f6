import type { Knex } from 'knex';

type Db = Knex | Knex.Transaction;

export interface AttachmentRow {
  id: number;
  owner_type: string;
  owner_id: number;
  stored_name: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  description: string | null;
  uploaded_at: string;
  uploaded_by: number | null;
  uploaded_by_name: string;
  removed_at: string | null;
  removed_by: number | null;
  removed_reason: string | null;
}

export async function findAttachment(db: Db, id: number): Promise<AttachmentRow | undefined> {
  return db('attachments').where({ id }).first();
}

/** Whether a row names this stored file (a staged file whose commit went through). */
export async function storedNameInUse(db: Db, storedName: string): Promise<boolean> {
  return (await db('attachments').where({ stored_name: storedName }).first('id')) !== undefined;
}

export async function listAttachmentRows(
  db: Db,
  ownerType: string,
  ownerId: number,
): Promise<AttachmentRow[]> {
  return db('attachments')
    .where({ owner_type: ownerType, owner_id: ownerId })
    .whereNull('removed_at')
    .orderBy('uploaded_at', 'desc')
    .orderBy('id', 'desc');
}

export async function insertAttachment(db: Db, row: Omit<AttachmentRow, 'id'>): Promise<number> {
  const [inserted] = await db('attachments').insert(row).returning('id');
  return typeof inserted === 'object' ? (inserted as { id: number }).id : (inserted as number);
}

export async function updateAttachmentRow(
  db: Db,
  id: number,
  changes: Partial<AttachmentRow>,
): Promise<void> {
  await db('attachments').where({ id }).update(changes);
}
