// Sheets a committee reads in and keeps on file. Reading: CSV text (Excel's UTF-8 CSV carries a BOM) or an .xlsx
// file in base64, first worksheet, every cell as the text Excel shows. Writing (签到表 and the like): CSV with a
// UTF-8 byte-order mark, so Excel and WPS open Chinese correctly, or .xlsx. Every feature's import and export goes here.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import writeXlsxFile from 'write-excel-file/node';
import { toCsv } from '../../src/domain/common/csv';

export class UnreadableSheet extends Error {
  constructor(cause: unknown) {
    super(`unreadable sheet: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'UnreadableSheet';
  }
}

export async function readSheet(format: 'csv' | 'xlsx', content: string): Promise<string[][]> {
  try {
    if (format === 'csv') return parse(content, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(content, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    if (!sheet) return [];
    const rows: string[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let column = 1; column <= row.cellCount; column += 1) cells.push(row.getCell(column).text);
      rows.push(cells);
    });
    return rows;
  } catch (error) {
    throw new UnreadableSheet(error);
  }
}

export type SheetCell = string | number | null;

export interface SheetSpec {
  header: string[];
  rows: SheetCell[][];
  /** Column widths in characters, for .xlsx. */
  widths?: number[];
}

/** CSV as the domain writes it (BOM, quoting, formula cells defused), as bytes to send. */
export const csvOf = (sheet: SheetSpec): Buffer => Buffer.from(toCsv([sheet.header, ...sheet.rows]), 'utf8');

export async function xlsxOf(sheet: SheetSpec): Promise<Buffer> {
  const header = sheet.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = sheet.rows.map((row) =>
    row.map((cell) => (cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String })),
  );
  const columns = sheet.widths?.map((width) => ({ width }));
  return writeXlsxFile([header, ...rows], columns ? { columns } : undefined).toBuffer();
}
