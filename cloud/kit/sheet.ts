// Tables a committee keeps on file (签到表 and the like): CSV with a UTF-8 byte-order mark, so Excel and WPS open
// Chinese correctly, or .xlsx through write-excel-file. Any feature's export goes through here.
import writeXlsxFile from 'write-excel-file/node';

export type SheetCell = string | number | null;

export interface SheetSpec {
  header: string[];
  rows: SheetCell[][];
  /** Column widths in characters, for .xlsx. */
  widths?: number[];
}

const BOM = '\uFEFF';

// A CSV cell starting like a formula would run as one when opened; a leading apostrophe keeps it text (.xlsx
// string cells are never evaluated).
const defuse = (text: string): string => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

function csvCell(cell: SheetCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  const text = defuse(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvOf(sheet: SheetSpec): Buffer {
  const lines = [sheet.header, ...sheet.rows].map((row) => row.map(csvCell).join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}

export async function xlsxOf(sheet: SheetSpec): Promise<Buffer> {
  const header = sheet.header.map((value) => ({ value, fontWeight: 'bold' as const }));
  const rows = sheet.rows.map((row) =>
    row.map((cell) => (cell === null ? null : typeof cell === 'number' ? { value: cell, type: Number } : { value: cell, type: String })),
  );
  const columns = sheet.widths?.map((width) => ({ width }));
  return writeXlsxFile([header, ...rows], columns ? { columns } : undefined).toBuffer();
}
