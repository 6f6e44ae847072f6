import { stringify } from 'csv-stringify/sync';
import type { ExportFormat, FileDownload } from '../../../shared/files';
import type { Language } from '../../../shared/i18n/languages';
import { exportWords } from '../../../shared/i18n/resources/exports';

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

/** CSV with a UTF-8 byte-order mark, so Excel reads æøå correctly; yes and no in `language`. */
export function toCsv<Row>(
  columns: readonly Column<Row>[],
  rows: Iterable<Row>,
  language: Language = 'en',
): Buffer {
  const records: string[][] = [columns.map((column) => column.header)];
  for (const row of rows) records.push(columns.map((column) => cellText(column.value(row), language)));
  return Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from(stringify(records, { record_delimiter: '\r\n' })),
  ]);
}

export async function toXlsx<Row>(
  sheetName: string,
  columns: readonly Column<Row>[],
  rows: Iterable<Row>,
): Promise<Buffer> {
  // Loaded on first use: exceljs takes a noticeable part of a second to load, and most work
  // (every CLI command but the exports, the app's start) never writes a spreadsheet.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Privacy Desk';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.max(12, column.header.length + 2),
  }));
  for (const row of rows) {
    sheet.addRow(
      columns.map((column) => {
        const value = column.value(row);
        return typeof value === 'string' ? neutraliseFormula(value) : (value ?? null);
      }),
    );
  }
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
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
  rows: Iterable<Row>,
): Promise<FileDownload> {
  const bytes = format === 'csv' ? toCsv(columns, rows, language) : await toXlsx(sheet, columns, rows);
  return {
    fileName: `${baseName}.${format}`,
    mediaType:
      format === 'csv' ? 'text/csv' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: bytes.toString('base64'),
  };
}
