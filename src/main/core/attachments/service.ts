import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Attachment } from '../../../shared/attachments/contract';
import type { FileDownload } from '../../../shared/files';
import { isoNow } from '../clock';
import type { Ctx } from '../context';
import { AppError, conflict, invalidField, notFound, ruleViolation } from '../errors';
import { readSettings } from '../settings/service';
import { type AttachmentOwnerGuard, attachmentOwners } from './owners';
import { type DocumentType, isSafeToOpen, recognise } from './types';
import {
  type AttachmentRow,
  findAttachment,
  insertAttachment,
  listAttachmentRows,
  updateAttachmentRow,
  storedNameInUse,
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
    canOpen: isSafeToOpen(row.stored_name),
  };
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** A neutral name: random, with the extension of the type the content was recognised as. */
function storedNameFor(type: DocumentType): string {
  return `${crypto.randomBytes(16).toString('hex')}.${type.extension}`;
}

/** A file written before its row committed; renamed to its stored name after the commit. */
const stagedSuffix = '.staged';

/**
 * The stored file's path, after following any link: it must lie inside the attachments folder
 * (itself resolved), or it is not read, opened or handed on.
 */
function storedPath(ctx: Ctx, row: AttachmentRow): string {
  const dir = attachmentsDir(ctx);
  const file = path.join(dir, row.stored_name);
  if (!fs.existsSync(file) && fs.existsSync(file + stagedSuffix)) {
    // Written and committed, but the app stopped before the rename: finish it now.
    fs.renameSync(file + stagedSuffix, file);
  }
  if (!fs.existsSync(file))
    throw new AppError('NOT_FOUND', `The file of "${row.file_name}" is missing from the data folder.`);
  const real = fs.realpathSync(file);
  const relative = path.relative(fs.realpathSync(dir), real);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative))
    throw conflict(`The file of "${row.file_name}" points outside the data folder, so it is not used.`);
  return real;
}

async function requireAttachment(ctx: Ctx, id: number): Promise<AttachmentRow> {
  const row = await findAttachment(ctx.db, id);
  if (!row) throw notFound('Attachment', id);
  return row;
}

/** Reads the stored bytes and checks them against the SHA-256 taken when the file was added. */
function readVerified(ctx: Ctx, row: AttachmentRow): { file: string; bytes: Buffer } {
  const file = storedPath(ctx, row);
  const bytes = fs.readFileSync(file);
  if (crypto.createHash('sha256').update(bytes).digest('hex') !== row.sha256) {
    throw conflict(
      `"${row.file_name}" no longer matches the fingerprint taken when it was added: it may have been altered.`,
    );
  }
  return { file, bytes };
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

const allowedList =
  'PDF, images (PNG, JPEG, GIF, WebP, TIFF), Word, Excel, PowerPoint, OpenDocument, rich text, text, CSV and e-mail files (.eml, .msg), and data bundles (a ZIP of JSON, CSV or text files)';

/** The document type of an upload, or a refusal a person understands (types.ts has the list). */
function documentTypeOf(fileName: string, bytes: Buffer): DocumentType {
  const recognised = recognise(fileName, bytes);
  if (recognised.ok) return recognised.type;
  if (recognised.reason === 'not-allowed')
    throw invalidField(
      'fileName',
      `"${fileName}" cannot be attached: only documents are kept (${allowedList}). Save it as PDF and attach that.`,
    );
  throw invalidField(
    'contentBase64',
    `"${fileName}" is named as a ${recognised.expected?.label ?? 'document'} file, but its content is not one, so it was refused. Save it again from the program that made it, or as PDF.`,
  );
}

/**
 * Adds a file to a record. Only documents are kept, recognised by their content; the file is
 * stored under a neutral name. It is written next to its final name before the row commits (a
 * full disk then fails the whole call) and gets its name only once the row has committed; a
 * rolled-back call leaves no file behind.
 */
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
  const type = documentTypeOf(input.fileName, bytes);
  const storedName = storedNameFor(type);
  const dir = attachmentsDir(ctx);
  const file = path.join(dir, storedName);
  const id = await insertAttachment(ctx.db, {
    owner_type: input.ownerType,
    owner_id: input.ownerId,
    stored_name: storedName,
    file_name: input.fileName,
    media_type: type.mediaType,
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
  fs.mkdirSync(dir, { recursive: true });
  ctx.onRollback(() => fs.rmSync(file + stagedSuffix, { force: true }));
  fs.writeFileSync(file + stagedSuffix, bytes, { flag: 'wx' });
  ctx.afterCommit(() => fs.renameSync(file + stagedSuffix, file));
  return created;
}

/**
 * Finishes what a stop between a commit and its rename left: a staged file whose row exists gets
 * its name; one without a row (its call was rolled back) older than an hour is removed. Younger
 * ones may belong to a call still running in another process.
 */
export async function settleStagedAttachments(ctx: Ctx): Promise<{ renamed: number; removed: number }> {
  const dir = attachmentsDir(ctx);
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((name) => name.endsWith(stagedSuffix));
  } catch {
    return { renamed: 0, removed: 0 };
  }
  let renamed = 0;
  let removed = 0;
  const hourAgo = ctx.clock.now().getTime() - 3_600_000;
  for (const name of names) {
    const storedName = name.slice(0, -stagedSuffix.length);
    const staged = path.join(dir, name);
    if (await storedNameInUse(ctx.db, storedName)) {
      fs.renameSync(staged, path.join(dir, storedName));
      renamed += 1;
    } else if (fs.statSync(staged).mtimeMs < hourAgo) {
      fs.rmSync(staged, { force: true });
      removed += 1;
    }
  }
  return { renamed, removed };
}

export async function openAttachment(ctx: Ctx, id: number): Promise<{ ok: true }> {
  const row = await requireAttachment(ctx, id);
  await guardFor(row.owner_type).canRead(ctx, row.owner_id);
  if (!isSafeToOpen(row.stored_name))
    throw ruleViolation(
      `"${row.file_name}" is not a document type Privacy Desk opens: it could run as a program. Use "Save a copy" instead, and open it only if you trust it.`,
    );
  const { file } = readVerified(ctx, row);
  await ctx.audit({
    action: 'open-attachment',
    entityType: row.owner_type,
    entityId: row.owner_id,
    after: { attachmentId: id, fileName: row.file_name },
  });
  await ctx.env.platform.openPath(file);
  return { ok: true };
}

export async function downloadAttachment(ctx: Ctx, id: number): Promise<FileDownload> {
  const row = await requireAttachment(ctx, id);
  await guardFor(row.owner_type).canRead(ctx, row.owner_id);
  const { bytes } = readVerified(ctx, row);
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
