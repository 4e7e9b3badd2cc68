// Reads the households sheet a committee keeps (exported from Excel as .xlsx or .csv): one row per household with
// its building, unit (optional) and door. Headers may be English or Chinese; blank rows are skipped.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { readSheet } from '../kit/sheet';

export interface HouseholdRow {
  /** 1-based line of the sheet, for error messages. */
  line: number;
  building: string;
  unit: string;
  door: string;
}

const HEADERS: Record<keyof Omit<HouseholdRow, 'line'>, string[]> = {
  building: ['building', '楼栋', '楼号', '栋', '组', '院落'],
  unit: ['unit', '单元'],
  door: ['door', 'room', '门牌', '门牌号', '房号', '户号', '室'],
};

async function sheetRows(path: string): Promise<string[][]> {
  const ext = extname(path).toLowerCase();
  // The kit's one sheet reader: a CSV's BOM (what Excel writes at the start of a UTF-8 CSV) is dropped there.
  if (ext === '.csv') return readSheet('csv', await readFile(path, 'utf8'));
  if (ext === '.xlsx') return readSheet('xlsx', (await readFile(path)).toString('base64'));
  throw new Error(`${path}: the households sheet must be .csv or .xlsx (save it from Excel as one of those)`);
}

/** The rows of the sheet, or an error naming the header it could not find. */
export async function readHouseholdSheet(path: string): Promise<HouseholdRow[]> {
  const [header, ...body] = await sheetRows(path);
  if (!header) throw new Error(`${path}: the sheet is empty`);
  const names = header.map((cell) => String(cell).trim().toLowerCase());
  const column = (field: keyof typeof HEADERS): number => names.findIndex((name) => HEADERS[field].includes(name));
  const building = column('building');
  const unit = column('unit');
  const door = column('door');
  if (building < 0 || door < 0) {
    throw new Error(`${path}: the first row needs a building column (${HEADERS.building.join('/')}) and a door column (${HEADERS.door.join('/')})`);
  }
  const cell = (row: string[], index: number): string => (index < 0 ? '' : String(row[index] ?? '').trim());
  return body
    .map((row, index) => ({ line: index + 2, building: cell(row, building), unit: cell(row, unit), door: cell(row, door) }))
    .filter((row) => row.building !== '' || row.door !== '');
}
