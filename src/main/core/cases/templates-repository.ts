import type { Knex } from 'knex';
import { insertedId } from './repository';

type Db = Knex | Knex.Transaction;

export interface TemplateRow {
  id: number;
  name: string;
  channels: string;
  request_types: string;
  capacity: string | null;
  verification_needed: number | boolean;
  not_needed_reason: string | null;
  position: number;
  active: number | boolean;
  created_at: string;
  updated_at: string;
}

export interface TemplateItemRow {
  id: number;
  template_id: number;
  position: number;
  label: string;
  help: string | null;
}

type TemplateColumns = Omit<TemplateRow, 'id'>;

/** The checklist templates in their order (the active ones only unless asked), with their items. */
export async function templateRows(
  db: Db,
  includeInactive: boolean,
): Promise<{ rows: TemplateRow[]; items: TemplateItemRow[] }> {
  const query = db('verification_templates').orderBy('position').orderBy('id');
  if (!includeInactive) query.where({ active: true });
  const rows: TemplateRow[] = await query;
  const items: TemplateItemRow[] =
    rows.length === 0
      ? []
      : await db('verification_template_items')
          .whereIn(
            'template_id',
            rows.map((row) => row.id),
          )
          .orderBy('position');
  return { rows, items };
}

export async function lastTemplatePosition(db: Db): Promise<number> {
  const last = (await db('verification_templates').max({ position: 'position' }).first()) as
    { position: number | null } | undefined;
  return last?.position ?? 0;
}

export async function insertTemplate(db: Db, row: TemplateColumns): Promise<number> {
  const [inserted] = await db('verification_templates').insert(row).returning('id');
  return insertedId(inserted);
}

export async function updateTemplateRow(
  db: Db,
  id: number,
  changes: Partial<TemplateColumns>,
): Promise<void> {
  await db('verification_templates').where({ id }).update(changes);
}

/** A template's items replaced by `items`, in their order. */
export async function replaceTemplateItems(
  db: Db,
  templateId: number,
  items: ReadonlyArray<{ label: string; help: string | null }>,
): Promise<void> {
  await db('verification_template_items').where({ template_id: templateId }).delete();
  if (items.length === 0) return;
  await db('verification_template_items').insert(
    items.map((item, index) => ({ template_id: templateId, position: index + 1, ...item })),
  );
}
