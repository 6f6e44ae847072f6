import { z } from 'zod';
import { command, query } from '../contract/channel';
import { fileDownloadSchema } from '../files';
import { id, isoDateTime, optionalText, requiredText } from '../validation';

export const attachmentSchema = z.object({
  id,
  ownerType: z.string(),
  ownerId: id,
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int().min(0),
  sha256: z.string(),
  description: z.string().nullable(),
  uploadedAt: isoDateTime,
  uploadedBy: z.string(),
  /**
   * Whether the app hands the file to the system viewer: only for the document types it accepts.
   * Anything else (a file kept from before the list) is offered as "Save a copy" only.
   */
  canOpen: z.boolean(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

const owner = {
  ownerType: z.string().min(1).max(32),
  ownerId: id,
};

/**
 * The file name extensions of the document types the core accepts (core/attachments/types.ts
 * checks each file's content against its type); the file picker offers only these.
 */
export const attachmentExtensions = [
  'pdf',
  'png',
  'jpg',
  'jpeg',
  'jpe',
  'gif',
  'webp',
  'tif',
  'tiff',
  'docx',
  'xlsx',
  'pptx',
  'odt',
  'ods',
  'odp',
  'doc',
  'xls',
  'ppt',
  'msg',
  'rtf',
  'eml',
  'txt',
  'text',
  'log',
  'csv',
  'md',
  'zip',
] as const;

/** Files travel base64-encoded: the same value survives Electron's IPC and Playwright's bridge. */
const maxBase64Length = 140_000_000;

export const attachmentsChannels = {
  'attachments.list': query({
    access: 'signedIn',
    input: z.strictObject(owner),
    output: z.array(attachmentSchema),
  }),
  'attachments.add': command({
    access: 'signedIn',
    input: z.strictObject({
      ...owner,
      fileName: requiredText('File name', 255),
      mediaType: z.string().max(255).default('application/octet-stream'),
      contentBase64: z
        .string()
        .max(maxBase64Length, 'The file is too large')
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'The file content is not valid base64'),
      description: optionalText('Description', 500),
    }),
    output: attachmentSchema,
  }),
  /** Opens the file in the operating system's viewer (a read of what it holds, so it is audited). */
  'attachments.open': command({
    changes: false,
    access: 'signedIn',
    input: z.strictObject({ id }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'attachments.download': command({
    changes: false,
    access: 'signedIn',
    input: z.strictObject({ id }),
    output: fileDownloadSchema,
  }),
  /** Hides the attachment; the file stays until the retention purge, so a mistake can be undone. */
  'attachments.remove': command({
    access: 'signedIn',
    input: z.strictObject({ id, reason: requiredText('Reason', 500) }),
    output: attachmentSchema,
  }),
  'attachments.restore': command({
    access: 'signedIn',
    input: z.strictObject({ id }),
    output: attachmentSchema,
  }),
};
