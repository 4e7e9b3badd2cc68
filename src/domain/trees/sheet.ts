// A committee's tree register as a sheet (one row per tree, headers in Chinese or English): each row becomes a
// tree draft or a named problem on its line. Nothing is imported while any line has a problem.
import { speciesNamed, type SpeciesKey } from './species';
import type { Condition } from './types';

export const MAX_SHEET_ROWS = 2_000;
export const TREE_CODE = /^[A-Za-z0-9_-]{1,20}$/;

export interface TreeDraft {
  line: number;
  code: string;
  species: SpeciesKey;
  lat: number;
  lng: number;
  spot: string;
  plantedYear: number | null;
  condition: Condition;
  heritage: boolean;
}

export interface SheetProblem {
  line: number;
  field: string;
  /** A message key with its parameters, e.g. 'tree.sheetDuplicateCode?line=3'. */
  reason: string;
}

const HEADERS = {
  code: ['code', '编号', '树木编号'],
  species: ['species', '树种'],
  lat: ['lat', 'latitude', '纬度'],
  lng: ['lng', 'lon', 'longitude', '经度'],
  spot: ['spot', 'location', '位置', '位置说明'],
  plantedYear: ['planted', 'plantedyear', 'year', '种植年份', '栽种年份'],
  condition: ['condition', '状况', '长势'],
  heritage: ['heritage', '古树名木', '古树'],
} as const;
type Column = keyof typeof HEADERS;
const REQUIRED: Column[] = ['code', 'species', 'lat', 'lng', 'spot'];

const CONDITION_NAMES: Record<string, Condition> = {
  健康: 'healthy', healthy: 'healthy', '': 'healthy',
  需关注: 'attention', attention: 'attention',
  病虫害: 'pest', pest: 'pest',
  枯死: 'dead', dead: 'dead',
};
const YES = new Set(['是', 'y', 'yes', 'true', '1', '古树名木']);
const NO = new Set(['否', 'n', 'no', 'false', '0', '']);

export type SheetReading = { kind: 'ok'; drafts: TreeDraft[]; problems: SheetProblem[] } | { kind: 'missing_column'; column: string } | { kind: 'too_many_rows' };

export function readTreeSheet(rows: readonly string[][]): SheetReading {
  const [header, ...body] = rows;
  const names = (header ?? []).map((cell) => cell.trim().toLowerCase().replace(/\s+/g, ''));
  const at = Object.fromEntries(
    (Object.keys(HEADERS) as Column[]).map((column) => [column, names.findIndex((name) => (HEADERS[column] as readonly string[]).includes(name))]),
  ) as Record<Column, number>;
  const missing = REQUIRED.find((column) => at[column] < 0);
  if (missing) return { kind: 'missing_column', column: (HEADERS[missing] as readonly string[]).find((name) => /[\u4e00-\u9fff]/.test(name)) ?? missing };

  const lines = body.map((cells, index) => ({ line: index + 2, cells })).filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (lines.length > MAX_SHEET_ROWS) return { kind: 'too_many_rows' };

  const drafts: TreeDraft[] = [];
  const problems: SheetProblem[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of lines) {
    const cell = (column: Column): string => (at[column] < 0 ? '' : String(cells[at[column]] ?? '').trim());
    const problem = (field: string, reason: string) => problems.push({ line, field, reason });
    const code = cell('code');
    const species = speciesNamed(cell('species'));
    const lat = Number(cell('lat'));
    const lng = Number(cell('lng'));
    const year = cell('plantedYear');
    const plantedYear = year === '' ? null : Number(year);
    const condition = CONDITION_NAMES[cell('condition').toLowerCase()];
    const heritageText = cell('heritage').toLowerCase();

    if (!TREE_CODE.test(code)) problem('code', 'tree.codeRequired');
    else if (seen.has(code)) problem('code', `tree.sheetDuplicateCode?line=${seen.get(code)}`);
    else seen.set(code, line);
    if (!species) problem('species', 'tree.pickSpecies');
    if (cell('lat') === '' || !Number.isFinite(lat) || lat < -90 || lat > 90) problem('lat', 'tree.pickLocation');
    if (cell('lng') === '' || !Number.isFinite(lng) || lng < -180 || lng > 180) problem('lng', 'tree.pickLocation');
    const spot = cell('spot');
    if (spot === '' || spot.length > 40) problem('spot', 'tree.spotRequired');
    if (plantedYear !== null && (!Number.isInteger(plantedYear) || plantedYear < 1000 || plantedYear > 2100)) problem('plantedYear', 'tree.badYear');
    if (!condition) problem('condition', 'tree.pickCondition');
    if (!YES.has(heritageText) && !NO.has(heritageText)) problem('heritage', 'field.invalid');

    const lineFailed = problems.length > 0 && problems[problems.length - 1]!.line === line;
    if (!lineFailed) drafts.push({ line, code, species: species!, lat, lng, spot, plantedYear, condition: condition!, heritage: YES.has(heritageText) });
  }
  return { kind: 'ok', drafts, problems };
}
