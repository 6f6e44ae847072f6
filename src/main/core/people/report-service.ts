import type { Attachment } from '../../../shared/attachments/contract';
import type { FileDownload } from '../../../shared/files';
import { formatDate } from '../../../shared/i18n/format';
import type { Language } from '../../../shared/i18n/languages';
import {
  type AccessReportSummary,
  personRecordKinds,
  type PersonSelection,
} from '../../../shared/people/contract';
import { addAttachment } from '../attachments/service';
import { recordEvent as recordCaseEvent, requireCase } from '../cases/support';
import type { Ctx } from '../context';
import { answerAfterCommit } from '../db/batches';
import { type AccessReportData, gatherReport, mayReport, reportFileStem, summaryOf } from './report';
import { accessReportBundle } from './report-bundle';
import { renderAccessReportPdf } from './report-pdf';
import { english, phrase } from '../../../shared/i18n/phrases';

async function makeFiles(data: AccessReportData): Promise<{ pdf: FileDownload; bundle: FileDownload }> {
  const stem = reportFileStem(data.language, data.madeOn);
  const bundleName = `${stem}.zip`;
  const pdf = await renderAccessReportPdf(data, bundleName);
  const bundle = accessReportBundle(data);
  return {
    pdf: { fileName: `${stem}.pdf`, mediaType: 'application/pdf', base64: pdf.toString('base64') },
    bundle: {
      fileName: bundleName,
      mediaType: 'application/zip',
      base64: Buffer.from(bundle).toString('base64'),
    },
  };
}

/** Audited inside the call, before anything is read: the searches and every record chosen. */
async function auditReport(
  ctx: Ctx,
  selection: PersonSelection,
  language: Language,
  extra: Record<string, unknown> = {},
): Promise<void> {
  await ctx.audit({
    action: 'access-report',
    entityType: 'person',
    after: {
      searches: [...new Set(selection.queries.map((query) => query.trim()).filter(Boolean))],
      language,
      records: selection.items.map((item) => `${item.kind}:${item.id}`),
      ...extra,
    },
  });
}

/**
 * The access report of a selection, as a PDF and a ZIP to save. Audited as a read of every record
 * in it; the records are read in pages after the call committed (`db/batches.ts`).
 */
export async function makeAccessReport(
  ctx: Ctx,
  selection: PersonSelection,
  language: Language,
): Promise<AccessReportSummary & { pdf: FileDownload; bundle: FileDownload }> {
  mayReport(ctx, selection);
  await auditReport(ctx, selection, language);
  return answerAfterCommit(async ({ reader }) => {
    const data = await gatherReport(reader, selection, language);
    return { ...summaryOf(data), ...(await makeFiles(data)) };
  });
}

/**
 * The access report made for a case (an access or portability request): read after the call
 * committed, then both files kept among the case's documents (the attachments' checks and size
 * limit included) and noted on its timeline, in one transaction of their own.
 */
export async function makeAccessReportForCase(
  ctx: Ctx,
  caseId: number,
  selection: PersonSelection,
  language: Language,
): Promise<AccessReportSummary & { documents: Attachment[]; summary: string }> {
  const row = await requireCase(ctx, caseId);
  mayReport(ctx, selection);
  await auditReport(ctx, selection, language, { case: row.number });
  return answerAfterCommit(async ({ reader, transaction }) => {
    const data = await gatherReport(reader, selection, language);
    const files = await makeFiles(data);
    const records = personRecordKinds.reduce((sum, kind) => sum + data.records[kind].length, 0);
    const line = phrase('timelineCommon:accessReport', {
      count: records,
      queries:
        data.queries.length > 0
          ? data.queries.map((query) => phrase('timelineCommon:quoted', { text: query }))
          : phrase('timelineCommon:theSelection'),
      date: { date: data.madeOn },
      pdf: files.pdf.fileName,
      bundle: files.bundle.fileName,
    });
    const summary = english(line);
    const documents = await transaction(async (save) => {
      const kept: Attachment[] = [];
      for (const file of [files.pdf, files.bundle])
        kept.push(
          await addAttachment(save, {
            ownerType: 'case',
            ownerId: row.id,
            fileName: file.fileName,
            mediaType: file.mediaType,
            contentBase64: file.base64,
            description:
              file === files.pdf
                ? `Access report (Art. 15) for the person, ${records} records, dated ${formatDate(data.madeOn)}.`
                : `The access report's records, machine-readable (JSON and CSV, Art. 20), dated ${formatDate(data.madeOn)}.`,
          }),
        );
      await recordCaseEvent(save, row.id, 'access-report', line);
      return kept;
    });
    return { ...summaryOf(data), documents, summary };
  });
}
