import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { exportTable, neutraliseFormula, toCsv, toCsvInPages } from '../../src/main/core/export/tabular';

interface Person {
  name: string;
  note: string;
  count: number;
}

const columns = [
  { header: 'Name', value: (row: Person) => row.name },
  { header: 'Note', value: (row: Person) => row.note },
  { header: 'Count', value: (row: Person) => row.count },
];
const rows: Person[] = [
  { name: 'Åse Ødegård', note: '=HYPERLINK("http://evil.example")', count: 2 },
  { name: 'Per, "Junior"', note: '+47 4000 5045', count: 0 },
];

describe('tabular export', () => {
  it('neutralises cells that spreadsheets would run as formulas', () => {
    expect(neutraliseFormula('=1+1')).toBe("'=1+1");
    expect(neutraliseFormula('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(neutraliseFormula('-2')).toBe("'-2");
    expect(neutraliseFormula('Ordinary text')).toBe('Ordinary text');
  });

  it('writes CSV with a UTF-8 BOM, quoting and CRLF line ends', () => {
    const csv = toCsv(columns, rows);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.subarray(3).toString('utf8')).toBe(
      'Name,Note,Count\r\nÅse Ødegård,"\'=HYPERLINK(""http://evil.example"")",2\r\n"Per, ""Junior""",\'+47 4000 5045,0\r\n',
    );
  });

  it('writes the same CSV bytes a page at a time as in one go, over several pages', async () => {
    const many = Array.from({ length: 2_345 }, (_, index) => ({ ...rows[index % 2]!, count: index }));
    const paged = await toCsvInPages(columns, many, 'nb');
    expect(paged.equals(toCsv(columns, many, 'nb'))).toBe(true);
    const lines = paged.subarray(3).toString('utf8').split('\r\n');
    expect(lines).toHaveLength(2_345 + 2);
    expect(lines[2_344]).toBe('"Per, ""Junior""",\'+47 4000 5045,2343');
    expect(await toCsvInPages(columns, [])).toEqual(toCsv(columns, []));
  });

  it('writes XLSX that reads back with the same cells', async () => {
    const file = await exportTable(
      'xlsx',
      { baseName: 'people', sheet: 'Personer', language: 'nb' },
      columns,
      rows,
    );
    expect(file.fileName).toBe('people.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Personer');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Name', 'Note', 'Count']);
    expect(sheet?.getRow(2).values).toEqual([
      undefined,
      'Åse Ødegård',
      '\'=HYPERLINK("http://evil.example")',
      2,
    ]);
    expect(sheet?.rowCount).toBe(3);
  });
});
