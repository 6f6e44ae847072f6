import { stringify } from 'csv-stringify/sync';
import { PassThrough } from 'node:stream';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import { exportWords } from '../../../shared/i18n/resources/exports';
import { batchSize, yieldToOthers } from '../db/batches';

export interface Column<Row> {
  header: string;
  value: (row: Row) => string | number | boolean | null | undefined;
  /** Approximate width in characters for XLSX. */
  width?: number;
}

/**
 * A cell a spreadsheet program may run as a formula: one that starts with = + - @ (or a tab or
 * carriage return), also in their full-width forms (＝ ＋ － ＠, which some programs fold to the
 * ASCII ones), and also after spaces or invisible characters (zero-width space, joiners, word
 * joiner, byte-order mark) that a program may drop before it looks.
 */
const formulaStart = /^[\s\u200b-\u200f\u2060\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/u;

/** Personal data typed by callers must never run as a formula, so such cells get a leading quote. */
export function neutraliseFormula(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

function cellText(value: string | number | boolean | null | undefined, language: Language): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return exportWords[language][value ? 'yes' : 'no'];
  return typeof value === 'number' ? String(value) : neutraliseFormula(value);
}

const byteOrderMark = Buffer.from([0xef, 0xbb, 0xbf]);

function csvRecords<Row>(columns: readonly Column<Row>[], rows: Iterable<Row>, language: Language): string {
  const records: string[][] = [];
  for (const row of rows) records.push(columns.map((column) => cellText(column.value(row), language)));
  return stringify(records, { record_delimiter: '\r\n' });
}

/** CSV with a UTF-8 byte-order mark, so Excel reads æøå correctly; yes and no in `language`. */
export function toCsv<Row>(
  columns: readonly Column<Row>[],
  rows: Iterable<Row>,
  language: Language = 'en',
): Buffer {
  const header = stringify([columns.map((column) => column.header)], { record_delimiter: '\r\n' });
  return Buffer.concat([byteOrderMark, Buffer.from(header + csvRecords(columns, rows, language))]);
}

/** `rows` in slices of `size`, with a turn of the event loop before each slice but the first. */
async function* inSlices<Row>(rows: readonly Row[], size: number): AsyncGenerator<readonly Row[]> {
  for (let start = 0; start < rows.length; start += size) {
    if (start > 0) await yieldToOthers();
    yield rows.slice(start, start + size);
  }
}

/** Rows written to a sheet between turns of the event loop: 200 rows took exceljs 10-20 ms of CPU here. */
const xlsxSlice = 200;

/**
 * The same bytes as `toCsv`, made a page of rows at a time with a turn of the event loop between
 * pages, so a long export never holds the event loop (issue 15). Each record ends in CRLF, so the
 * pages' texts joined are the whole file's.
 */
export async function toCsvInPages<Row>(
  columns: readonly Column<Row>[],
  rows: readonly Row[],
  language: Language = 'en',
): Promise<Buffer> {
  const parts = [toCsv(columns, [], language)];
  for await (const slice of inSlices(rows, batchSize))
    parts.push(Buffer.from(csvRecords(columns, slice, language)));
  return Buffer.concat(parts);
}

/**
 * XLSX through exceljs' streaming writer: each row is written (and zipped, off the event loop) as it
 * is added, and the rows are added a page at a time with a turn of the event loop between pages. The
 * in-memory workbook would render the whole sheet's XML in one synchronous go.
 */
export async function toXlsx<Row>(
  sheetName: string,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
): Promise<Buffer> {
  // Loaded on first use: exceljs takes a noticeable part of a second to load, and most work
  // (every CLI command but the exports, the app's start) never writes a spreadsheet.
  const { default: ExcelJS } = await import('exceljs');
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true });
  workbook.creator = 'Privacy Desk';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(12, column.header.length + 2),
  }));
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.commit();
  await yieldToOthers();
  for await (const slice of inSlices(rows, xlsxSlice))
    for (const row of slice)
      sheet
        .addRow(
          columns.map((column) => {
            const value = column.value(row);
            return typeof value === 'string' ? neutraliseFormula(value) : (value ?? null);
          }),
        )
        .commit();
  sheet.commit();
  await workbook.commit();
  return Buffer.concat(chunks);
}

/** The file's name without its extension, and the sheet's name and language (the headers are given in it). */
export interface TableNames {
  baseName: string;
  sheet: string;
  language: Language;
}

export async function exportTable<Row>(
  format: ExportFormat,
  { baseName, sheet, language }: TableNames,
  columns: readonly Column<Row>[],
  rows: readonly Row[],
): Promise<FileDownload> {
  const bytes =
    format === 'csv' ? await toCsvInPages(columns, rows, language) : await toXlsx(sheet, columns, rows);
  return {
    fileName: `${baseName}.${format}`,
    mediaType:
      format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
  };
}
