import { z } from 'zod';
import { command, query } from '../contract/channel';
import { isoDateTime } from '../validation';

export const backupItemSchema = z.object({
  name: z.string(),
  createdAt: isoDateTime,
  sizeBytes: z.number().int().min(0),
  /** From the backup's manifest; null when it cannot be read. */
  auditEntries: z.number().int().min(0).nullable(),
  attachments: z.number().int().min(0).nullable(),
});
export type BackupItem = z.infer<typeof backupItemSchema>;

const backupName = z
  .string({ error: 'Choose a backup' })
  .max(120)
  .regex(/^privacy-desk-[0-9TZ-]+\.sqlite3$/, 'Choose a backup from the list');

export const backupsChannels = {
  /** The daily backups beside the database, newest first. */
  'backups.list': query({
    personalData: false,
    access: ['admin'],
    input: z.strictObject({}).optional().default({}),
    output: z.object({ folder: z.string(), keep: z.number().int(), backups: z.array(backupItemSchema) }),
  }),
  'backups.create': command({
    access: ['admin'],
    input: z.strictObject({}).optional().default({}),
    output: backupItemSchema,
  }),
  /**
   * Replaces the database with a backup: the current one is kept aside under a timestamped name
   * (never overwritten), everyone is signed out and the window opens on the restored database.
   */
  'backups.restore': command({
    access: ['admin'],
    input: z.strictObject({ name: backupName }),
    output: z.object({ keptAs: z.string() }),
  }),
};
