// Reading a property register sheet (房屋台账) the committee keeps in Excel: one row per exclusive unit with its
// building, 单元, room, registered area and owner. Headers may be Chinese or English; every problem names its row.
import { parseArea } from '../votes/area';

export interface SheetUnit {
  line: number;
  buildingId: string;
  unit: string;
  room: string;
  area: number;
  ownerName: string;
  /** Groups units of one owner when names repeat; the name when the sheet has no owner number. */
  ownerKey: string;
  developer: boolean;
}

export interface SheetProblem {
  line: number;
  reason: string;
}

const HEADERS = {
  building: ['楼栋', '楼号', '栋', 'building'],
  unit: ['单元', 'unit'],
  room: ['房号', '门牌', '门牌号', '室', 'room', 'door'],
  area: ['面积', '专有面积', '建筑面积', '专有部分面积', 'area'],
  owner: ['业主', '业主姓名', '产权人', 'owner'],
  ownerRef: ['业主编号', '产权证号', 'owner_id', 'owner id'],
  unsold: ['未售', '开发商未售', 'unsold'],
} as const;

const YES = ['是', 'y', 'yes', 'true', '1', '√'];
const DEVELOPER_NAMES = ['开发商', '开发商（未售）', '开发商(未售)', 'developer'];

/** '5', '5栋', '5号楼' → the building named 5栋 in this community. */
function buildingOf(cell: string, buildings: ReadonlyArray<{ id: string; name: string }>): string | null {
  const exact = buildings.find((building) => building.name === cell);
  if (exact) return exact.id;
  const number = /^(\d+)\s*(栋|号楼|幢|号)?$/.exec(cell)?.[1];
  return number ? buildings.find((building) => building.name === `${Number(number)}栋`)?.id ?? null : null;
}

const clean = (cell: string): string => cell.trim().replace(/单元$/, '');

export function unitsFromSheet(rows: readonly string[][], buildings: ReadonlyArray<{ id: string; name: string }>): { units: SheetUnit[]; problems: SheetProblem[] } {
  const [header, ...body] = rows;
  const names = (header ?? []).map((cell) => String(cell ?? '').trim().toLowerCase());
  const column = (field: keyof typeof HEADERS): number => names.findIndex((name) => (HEADERS[field] as readonly string[]).includes(name));
  const at = { building: column('building'), unit: column('unit'), room: column('room'), area: column('area'), owner: column('owner'), ownerRef: column('ownerRef'), unsold: column('unsold') };
  if (at.building < 0 || at.unit < 0 || at.room < 0 || at.area < 0 || at.owner < 0) return { units: [], problems: [{ line: 1, reason: 'register.sheetHeaders' }] };

  const units: SheetUnit[] = [];
  const problems: SheetProblem[] = [];
  const seen = new Set<string>();
  body.forEach((row, index) => {
    const line = index + 2;
    const cell = (i: number): string => (i < 0 ? '' : String(row[i] ?? '').trim());
    if (row.every((value) => String(value ?? '').trim() === '')) return;
    const buildingId = buildingOf(cell(at.building), buildings);
    const unit = clean(cell(at.unit));
    const room = cell(at.room);
    const area = parseArea(cell(at.area));
    const ownerName = cell(at.owner);
    const developer = YES.includes(cell(at.unsold).toLowerCase()) || DEVELOPER_NAMES.includes(ownerName.toLowerCase());
    const problem = !buildingId ? 'register.buildingUnknown' : !unit ? 'register.unitRequired' : !room ? 'register.roomRequired' : area === null ? 'register.badArea' : !ownerName && !developer ? 'register.ownerRequired' : null;
    if (problem) return void problems.push({ line, reason: problem });
    const key = `${buildingId}|${unit}|${room}`;
    if (seen.has(key)) return void problems.push({ line, reason: 'register.duplicateRow' });
    seen.add(key);
    units.push({ line, buildingId: buildingId!, unit, room, area: area!, ownerName: developer ? '' : ownerName, ownerKey: cell(at.ownerRef) ? `#${cell(at.ownerRef)}` : ownerName, developer });
  });
  return { units, problems };
}
