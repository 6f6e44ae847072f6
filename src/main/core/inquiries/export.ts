import { norwegianDate } from '../../../shared/calendar';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import { inquiryCategory, inquiryChannel } from '../../../shared/i18n/resources/labels';
import type { InquiryFilter } from '../../../shared/inquiries/contract';
import {
  type Direction,
  type InquiryCategory,
  type InquiryChannel,
  inquiryNumber,
  type InquiryStatus,
} from '../../../shared/inquiries/rules';
import { formatOslo } from '../../../shared/oslo';
import type { Ctx } from '../context';
import { answerAfterCommit, readInBatches } from '../db/batches';
import { ruleViolation } from '../errors';
import { exportTable } from '../export/tabular';
import { exportText, headed } from '../export/words';
import { countUpTo, filteredInquiries } from './filter-repository';
import { exportPageOfInquiries, type NamedInquiryRow } from './repository';
import { exportLimit, scopeOf, today } from './service';

function duration(seconds: number | null): string | null {
  if (seconds === null) return null;
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The current filter as CSV or XLSX in `language`; the export is audited with its filter and row count. */
export async function exportInquiries(
  ctx: Ctx,
  format: ExportFormat,
  filter: InquiryFilter,
  language: Language,
): Promise<FileDownload> {
  const scope = scopeOf(ctx);
  const day = today(ctx);
  const total = await countUpTo(ctx.db, filteredInquiries(ctx.db, filter, scope, day), exportLimit);
  if (total > exportLimit)
    throw ruleViolation(
      `The filter matches more than ${exportLimit.toLocaleString('en-GB')} inquiries; narrow it to export them.`,
    );
  await ctx.audit({ action: 'export', entityType: 'inquiry', after: { format, filter, rows: total } });
  // The rows are read page by page once this call has committed, never holding the connection.
  return answerAfterCommit(async ({ db }) =>
    inquiriesFile(
      format,
      day,
      language,
      await readInBatches<NamedInquiryRow>((after, limit) =>
        exportPageOfInquiries(db, filter, scope, day, after, limit),
      ),
    ),
  );
}

const directionKey = { incoming: 'directionIncoming', outgoing: 'directionOutgoing' } as const;
const statusKey = {
  open: 'inquiryStatusOpen',
  'awaiting-person': 'inquiryStatusAwaitingPerson',
  'awaiting-customer': 'inquiryStatusAwaitingCustomer',
  closed: 'inquiryStatusClosed',
} as const;

function inquiriesFile(
  format: ExportFormat,
  day: string,
  language: Language,
  rows: NamedInquiryRow[],
): Promise<FileDownload> {
  const t = exportText(language);
  return exportTable(
    format,
    { baseName: `inquiries-${day}`, sheet: t('sheetInquiries'), language },
    headed<NamedInquiryRow>(language, [
      { key: 'inquiryNumber', value: (row) => inquiryNumber(row.id), width: 12 },
      { key: 'inquiryReceived', value: (row) => formatOslo(row.received_at), width: 17 },
      {
        key: 'inquiryChannel',
        value: (row) => inquiryChannel[language][row.channel as InquiryChannel],
      },
      { key: 'inquiryDirection', value: (row) => t(directionKey[row.direction as Direction]) },
      { key: 'inquiryOnBehalfOf', value: (row) => row.on_behalf_of_name ?? t('ownCompany'), width: 28 },
      { key: 'inquiryName', value: (row) => row.person_name, width: 24 },
      { key: 'inquiryPhone', value: (row) => row.person_phone, width: 16 },
      { key: 'inquiryEmail', value: (row) => row.person_email, width: 28 },
      { key: 'inquiryReference', value: (row) => row.person_reference },
      { key: 'inquiryNoContact', value: (row) => row.no_contact_reason, width: 24 },
      {
        key: 'inquiryCategory',
        value: (row) => inquiryCategory[language][row.category as InquiryCategory],
        width: 20,
      },
      { key: 'inquirySummary', value: (row) => row.summary, width: 48 },
      { key: 'inquiryNotes', value: (row) => row.notes, width: 48 },
      { key: 'inquiryStatus', value: (row) => t(statusKey[row.status as InquiryStatus]), width: 20 },
      { key: 'inquiryOutcome', value: (row) => row.outcome, width: 36 },
      { key: 'inquiryFollowUp', value: (row) => norwegianDate(row.follow_up_on) },
      { key: 'inquiryAssignedTo', value: (row) => row.assigned_to_name, width: 20 },
      { key: 'inquiryLoggedBy', value: (row) => row.logged_by_name, width: 20 },
      { key: 'inquiryCallLength', value: (row) => duration(row.call_seconds) },
    ]),
    rows,
  );
}
