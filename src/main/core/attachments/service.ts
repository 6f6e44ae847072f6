import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Attachment } from '../../../shared/attachments/contract';
import type { FileDownload } from '../../../shared/files';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { AppError, conflict, invalidField, notFound } from '../errors';
import { readSettings } from '../settings/service';
import { type AttachmentOwnerGuard, attachmentOwners } from './owners';
import {
  type AttachmentRow,
  findAttachment,
  insertAttachment,
  listAttachmentRows,
  updateAttachmentRow,
} from './repository';

export function attachmentsDir(ctx: Ctx): string {
  return path.join(ctx.env.dataDir, 'attachments');
}

function guardFor(ownerType: string): AttachmentOwnerGuard {
  const guard = Object.hasOwn(attachmentOwners, ownerType) ? attachmentOwners[ownerType] : undefined;
  if (!guard) throw invalidField('ownerType', `Files cannot be attached to "${ownerType.slice(0, 32)}".`);
  return guard;
}

export function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    ownerType: row.owner_type,
    ownerId: row.owner_id,
    fileName: row.file_name,
    mediaType: row.media_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    description: row.description,
    uploadedAt: row.uploaded_at,
    uploadedBy: row.uploaded_by_name,
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Keeps the extension (so the system viewer knows the type) and nothing else of the original name. */
function storedNameFor(fileName: string): string {
  const extension = path
    .extname(fileName)
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, '');
  const safeExtension = /^\.[a-z0-9]{1,8}$/.test(extension) ? extension : '';
  return `${crypto.randomBytes(16).toString('hex')}${safeExtension}`;
}

async function requireAttachment(ctx: Ctx, id: number): Promise<AttachmentRow> {
  const row = await findAttachment(ctx.db, id);
  if (!row) throw notFound('Attachment', id);
  return row;
}

/** Reads the stored bytes and checks them against the SHA-256 taken when the file was added. */
function readVerified(ctx: Ctx, row: AttachmentRow): Buffer {
  const file = path.join(attachmentsDir(ctx), row.stored_name);
  if (!fs.existsSync(file))
    throw new AppError('NOT_FOUND', `The file of "${row.file_name}" is missing from the data folder.`);
  const bytes = fs.readFileSync(file);
  if (crypto.createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
    throw conflict(
      `"${row.file_name}" no longer matches the fingerprint taken when it was added: it may have been altered.`,
    );
  }
  return bytes;
}

export async function listAttachments(ctx: Ctx, ownerType: string, ownerId: number): Promise<Attachment[]> {
  await guardFor(ownerType).canRead(ctx, ownerId);
  return (await listAttachmentRows(ctx.db, ownerType, ownerId)).map(toAttachment);
}

export interface NewAttachment {
  ownerType: string;
  ownerId: number;
  fileName: string;
  mediaType: string;
  contentBase64: string;
  description?: string;
}

export async function addAttachment(ctx: Ctx, input: NewAttachment): Promise<Attachment> {
  await guardFor(input.ownerType).canWrite(ctx, input.ownerId);
  const bytes = Buffer.from(input.contentBase64, 'base64');
  const { attachmentMaxMegabytes } = await readSettings(ctx.db);
  if (bytes.length > attachmentMaxMegabytes * 1024 * 1024) {
    throw new AppError(
      'TOO_LARGE',
      `"${input.fileName}" is ${megabytes(bytes.length)}; files can be at most ${attachmentMaxMegabytes} MB. An administrator can change the limit under Settings.`,
    );
  }
  if (bytes.length === 0) throw invalidField('contentBase64', `"${input.fileName}" is empty.`);
  const storedName = storedNameFor(input.fileName);
  const dir = attachmentsDir(ctx);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, storedName), bytes, { flag: 'wx' });
  const id = await insertAttachment(ctx.db, {
    owner_type: input.ownerType,
    owner_id: input.ownerId,
    stored_name: storedName,
    file_name: input.fileName,
    media_type: input.mediaType,
    size_bytes: bytes.length,
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    description: input.description ?? null,
    uploaded_at: isoNow(ctx.clock),
    uploaded_by: ctx.actor.userId,
    uploaded_by_name: ctx.actor.displayName,
    removed_at: null,
    removed_by: null,
    removed_reason: null,
  });
  const created = toAttachment(await requireAttachment(ctx, id));
  await ctx.audit({ action: 'attach', entityType: input.ownerType, entityId: input.ownerId, after: created });
  return created;
}

export async function openAttachment(ctx: Ctx, id: number): Promise<{ ok: true }> {
  const row = await requireAttachment(ctx, id);
  await guardFor(row.owner_type).canRead(ctx, row.owner_id);
  readVerified(ctx, row);
  await ctx.audit({
    action: 'open-attachment',
    entityType: row.owner_type,
    entityId: row.owner_id,
    after: { attachmentId: id, fileName: row.file_name },
  });
  await ctx.env.platform.openPath(path.join(attachmentsDir(ctx), row.stored_name));
  return { ok: true };
}

export async function downloadAttachment(ctx: Ctx, id: number): Promise<FileDownload> {
  const row = await requireAttachment(ctx, id);
  await guardFor(row.owner_type).canRead(ctx, row.owner_id);
  const bytes = readVerified(ctx, row);
  await ctx.audit({
    action: 'download-attachment',
    entityType: row.owner_type,
    entityId: row.owner_id,
    after: { attachmentId: id, fileName: row.file_name },
  });
  return { fileName: row.file_name, mediaType: row.media_type, base64: bytes.toString('base64') };
}

export async function removeAttachment(ctx: Ctx, id: number, reason: string): Promise<Attachment> {
  const row = await requireAttachment(ctx, id);
  await guardFor(row.owner_type).canWrite(ctx, row.owner_id);
  if (row.removed_at) throw conflict(`"${row.file_name}" was already removed.`);
  await updateAttachmentRow(ctx.db, id, {
    removed_at: isoNow(ctx.clock),
    removed_by: ctx.actor.userId,
    removed_reason: reason,
  });
  const removed = toAttachment(row);
  await ctx.audit({
    action: 'remove-attachment',
    entityType: row.owner_type,
    entityId: row.owner_id,
    before: removed,
    after: { reason },
  });
  return removed;
}

export async function restoreAttachment(ctx: Ctx, id: number): Promise<Attachment> {
  const row = await requireAttachment(ctx, id);
  await guardFor(row.owner_type).canWrite(ctx, row.owner_id);
  if (!row.removed_at) throw conflict(`"${row.file_name}" is not removed.`);
  await updateAttachmentRow(ctx.db, id, { removed_at: null, removed_by: null, removed_reason: null });
  const restored = toAttachment(row);
  await ctx.audit({
    action: 'restore-attachment',
    entityType: row.owner_type,
    entityId: row.owner_id,
    after: restored,
  });
  return restored;
}
