// The rows of a sheet a committee uploads: CSV text (Excel's UTF-8 CSV carries a BOM) or an .xlsx file in base64,
// first worksheet, every cell as the text Excel shows. Any feature that imports a register reads it here.
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

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
