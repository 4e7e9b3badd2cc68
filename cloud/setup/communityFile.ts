// The file a self-hoster writes to describe their own place (docs/setup-sample/community.json): the street, the
// community, its grids as GeoJSON polygons, its buildings, its households (a sheet beside the file, or inline),
// the first committee member(s) and, optionally, the grid workers of each grid. Checked whole before anything is
// written.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as v from 'valibot';
import { readHouseholdSheet, type HouseholdRow } from './householdSheet';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'ids are 1–40 lower-case letters, digits or dashes'));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1, 'a name is required'), v.maxLength(40, 'names are at most 40 characters'));
const Lng = v.pipe(v.number(), v.minValue(-180), v.maxValue(180));
const Lat = v.pipe(v.number(), v.minValue(-90), v.maxValue(90));
const Position = v.tuple([Lng, Lat]);

const GridFeature = v.object({
  type: v.literal('Feature'),
  properties: v.object({ id: Id, name: Name }),
  geometry: v.object({
    type: v.literal('Polygon'),
    // GeoJSON: the first ring is the boundary, [lng, lat] pairs; holes (later rings) are ignored.
    coordinates: v.pipe(v.array(v.pipe(v.array(Position), v.minLength(4, 'a ring needs at least 4 positions'))), v.minLength(1)),
  }),
});

const HouseholdEntry = v.object({ building: v.string(), unit: v.optional(v.string(), ''), door: v.string() });

export const CommunityFile = v.object({
  street: v.object({ id: Id, name: Name }),
  community: v.object({ id: Id, name: Name, center: v.optional(v.object({ lat: Lat, lng: Lng })) }),
  grids: v.object({ type: v.literal('FeatureCollection'), features: v.pipe(v.array(GridFeature), v.minLength(1, 'at least one grid')) }),
  buildings: v.pipe(v.array(v.object({ id: Id, name: Name, grid: Id })), v.minLength(1, 'at least one building')),
  /** A .csv or .xlsx path relative to this file, or the rows themselves. */
  households: v.union([v.pipe(v.string(), v.minLength(1)), v.array(HouseholdEntry)]),
  committee: v.pipe(v.array(v.object({ name: Name })), v.minLength(1, 'name at least the first committee member')),
  /** Who works each grid (网格员): each gets a claim code for their grid; a grid nobody works goes to the duty queue. */
  gridWorkers: v.optional(v.array(v.object({ name: Name, grid: Id })), []),
});

export type CommunityFileData = Omit<v.InferOutput<typeof CommunityFile>, 'households'> & { households: HouseholdRow[] };

export class SetupFileError extends Error {
  constructor(public readonly problems: string[]) {
    super(problems.join('\n'));
    this.name = 'SetupFileError';
  }
}

/** Reads and checks the file, and the households sheet it names; throws SetupFileError listing every problem. */
export async function readCommunityFile(path: string): Promise<CommunityFileData> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new SetupFileError([`${path}: ${(error as Error).message}`]);
  }
  const parsed = v.safeParse(CommunityFile, json);
  if (!parsed.success) {
    throw new SetupFileError(parsed.issues.map((issue) => `${path}: ${v.getDotPath(issue) ?? '(file)'}: ${issue.message}`));
  }
  const { households, ...rest } = parsed.output;
  if (typeof households !== 'string') {
    return { ...rest, households: households.map((row, index) => ({ line: index + 1, building: row.building.trim(), unit: row.unit.trim(), door: row.door.trim() })) };
  }
  try {
    return { ...rest, households: await readHouseholdSheet(resolve(dirname(path), households)) };
  } catch (error) {
    throw new SetupFileError([(error as Error).message]);
  }
}
