import type { Knex } from 'knex';
import type { VerificationTemplate } from '../../../shared/cases/contract';
import type { Capacity, CaseChannel, RequestType } from '../../../shared/cases/rules';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { conflict, notFound } from '../errors';
import { frameList, unframeList } from './keys';
import {
  insertTemplate,
  lastTemplatePosition,
  replaceTemplateItems,
  templateRows,
  updateTemplateRow,
} from './templates-repository';

type Db = Knex | Knex.Transaction;

export interface TemplateFields {
  name: string;
  channels: CaseChannel[];
  types: RequestType[];
  capacity: Capacity | null;
  verificationNeeded: boolean;
  notNeededReason?: string;
  items: Array<{ label: string; help?: string }>;
}

async function templatesOf(db: Db, includeInactive: boolean): Promise<VerificationTemplate[]> {
  const { rows, items } = await templateRows(db, includeInactive);
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    channels: unframeList<CaseChannel>(row.channels),
    types: unframeList<RequestType>(row.request_types),
    capacity: row.capacity as Capacity | null,
    verificationNeeded: Boolean(row.verification_needed),
    notNeededReason: row.not_needed_reason,
    items: items
      .filter((item) => item.template_id === row.id)
      .map((item) => ({ label: item.label, help: item.help })),
    position: row.position,
    active: Boolean(row.active),
    updatedAt: row.updated_at,
  }));
}

async function requireTemplate(ctx: Ctx, id: number): Promise<VerificationTemplate> {
  const found = (await templatesOf(ctx.db, true)).find((template) => template.id === id);
  if (!found) throw notFound('Checklist template', id);
  return found;
}

export async function listTemplates(ctx: Ctx, includeInactive: boolean): Promise<VerificationTemplate[]> {
  return templatesOf(ctx.db, includeInactive);
}

async function writeItems(db: Db, templateId: number, fields: TemplateFields): Promise<void> {
  await replaceTemplateItems(
    db,
    templateId,
    fields.verificationNeeded
      ? fields.items.map((item) => ({ label: item.label, help: item.help ?? null }))
      : [],
  );
}

function columns(fields: TemplateFields) {
  return {
    name: fields.name,
    channels: frameList(fields.channels),
    request_types: frameList(fields.types),
    capacity: fields.capacity,
    verification_needed: fields.verificationNeeded,
    not_needed_reason: fields.verificationNeeded ? null : (fields.notNeededReason ?? null),
  };
}

export async function createTemplate(ctx: Ctx, fields: TemplateFields): Promise<VerificationTemplate> {
  const now = isoNow(ctx.clock);
  const id = await insertTemplate(ctx.db, {
    ...columns(fields),
    position: (await lastTemplatePosition(ctx.db)) + 1,
    active: true,
    created_at: now,
    updated_at: now,
  });
  await writeItems(ctx.db, id, fields);
  const created = await requireTemplate(ctx, id);
  await ctx.audit({ action: 'create', entityType: 'verification-template', entityId: id, after: created });
  return created;
}

export async function updateTemplate(
  ctx: Ctx,
  id: number,
  fields: TemplateFields,
): Promise<VerificationTemplate> {
  const before = await requireTemplate(ctx, id);
  await updateTemplateRow(ctx.db, id, { ...columns(fields), updated_at: isoNow(ctx.clock) });
  await writeItems(ctx.db, id, fields);
  const after = await requireTemplate(ctx, id);
  await ctx.audit({ action: 'update', entityType: 'verification-template', entityId: id, before, after });
  return after;
}

export async function setTemplateActive(
  ctx: Ctx,
  id: number,
  active: boolean,
): Promise<VerificationTemplate> {
  const before = await requireTemplate(ctx, id);
  if (before.active === active)
    throw conflict(`"${before.name}" is already ${active ? 'active' : 'inactive'}.`);
  await updateTemplateRow(ctx.db, id, { active, updated_at: isoNow(ctx.clock) });
  const after = await requireTemplate(ctx, id);
  await ctx.audit({
    action: active ? 'reactivate' : 'deactivate',
    entityType: 'verification-template',
    entityId: id,
    before,
    after,
  });
  return after;
}

/** Templates are tried in order: the first that fits a request type wins, so order says priority. */
export async function moveTemplate(
  ctx: Ctx,
  id: number,
  direction: 'up' | 'down',
): Promise<VerificationTemplate[]> {
  const all = await templatesOf(ctx.db, true);
  const index = all.findIndex((template) => template.id === id);
  if (index < 0) throw notFound('Checklist template', id);
  const other = all[direction === 'up' ? index - 1 : index + 1];
  if (other) {
    const now = isoNow(ctx.clock);
    await updateTemplateRow(ctx.db, id, { position: other.position, updated_at: now });
    await updateTemplateRow(ctx.db, other.id, { position: all[index].position, updated_at: now });
    await ctx.audit({
      action: 'reorder',
      entityType: 'verification-template',
      entityId: id,
      before: { position: all[index].position },
      after: { position: other.position, swappedWith: other.id },
    });
  }
  return templatesOf(ctx.db, true);
}

export interface Checklist {
  needed: boolean;
  templates: string[];
  items: Array<{ label: string; help: string | null; template: string }>;
  /** Why no verification is needed, when it is not. */
  notNeededReason: string | null;
}

function fits(
  template: VerificationTemplate,
  channel: CaseChannel,
  type: RequestType,
  capacity: Capacity,
): boolean {
  return (
    (template.channels.length === 0 || template.channels.includes(channel)) &&
    (template.types.length === 0 || template.types.includes(type)) &&
    (template.capacity === null || template.capacity === capacity)
  );
}

/**
 * The verification checklist for a case: for each request type the first active template that
 * fits the channel, type and capacity; the items of those needing verification, without repeats.
 * A type no template fits needs verification, with the method and result recorded by hand.
 */
export async function checklistFor(
  db: Db,
  request: { channel: CaseChannel; types: readonly RequestType[]; capacity: Capacity },
): Promise<Checklist> {
  const templates = await templatesOf(db, false);
  const chosen: VerificationTemplate[] = [];
  let unmatched = false;
  for (const type of request.types) {
    const template = templates.find((candidate) => fits(candidate, request.channel, type, request.capacity));
    if (!template) unmatched = true;
    else if (!chosen.includes(template)) chosen.push(template);
  }
  const needing = chosen.filter((template) => template.verificationNeeded);
  const items: Checklist['items'] = [];
  for (const template of needing) {
    for (const item of template.items) {
      if (!items.some((existing) => existing.label === item.label))
        items.push({ label: item.label, help: item.help, template: template.name });
    }
  }
  const needed = unmatched || needing.length > 0;
  return {
    needed,
    templates: chosen.map((template) => template.name),
    items,
    notNeededReason: needed
      ? null
      : [...new Set(chosen.map((template) => template.notNeededReason ?? ''))].filter(Boolean).join(' '),
  };
}
