import { z } from 'zod';

/** A file handed to the renderer to save (an export, a report, an attachment's copy). */
export const fileDownloadSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  base64: z.string(),
});
export type FileDownload = z.infer<typeof fileDownloadSchema>;

export const exportFormat = z.enum(['csv', 'xlsx'], { error: 'Choose CSV or XLSX' });
export type ExportFormat = z.infer<typeof exportFormat>;
