// Spreadsheet exports: RFC 4180 text (quoted where needed, CRLF rows) behind a UTF-8 byte-order mark, without
// which Excel reads Chinese as mojibake. A cell that starts like a formula is defused, so an answer cannot run.
export type Cell = string | number | null | undefined;

export const BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: Cell): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: BOM, then one CRLF-terminated line per row. */
export const toCsv = (rows: ReadonlyArray<readonly Cell[]>): string => BOM + rows.map((row) => row.map(csvCell).join(',') + '\r\n').join('');

/** A time as China Standard Time (UTC+8, where every community is), e.g. 2026-11-20 09:30. */
export const chinaTime = (at: number): string => new Date(at + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
