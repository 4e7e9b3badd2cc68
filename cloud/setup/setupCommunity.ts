// Turns a checked community file into records and writes them with the seed's writer, in one transaction; the first
// committee members and the grid workers get one-time claim codes instead of accounts (see roleClaims.ts).
import type { Building, Community, Grid, Household, Street } from '../../src/domain/membership/types';
import { inviteCodeDoc, newInviteCode } from '../handlers/membership/inviteCodes';
import { newClaimCode, roleClaim, type ClaimedRole } from '../handlers/membership/roleClaims';
import { newLayoutStamp } from '../kit/layout';
import type { Store } from '../ports';
import { writeRecords } from '../seed/write';
import { SetupFileError, type CommunityFileData } from './communityFile';

export interface SetupResult {
  street: Street;
  community: Community;
  written: Record<string, number>;
  /** Printed once: the codes are stored only as hashes. `grid` names a grid worker's grid. */
  claims: Array<{ name: string; role: ClaimedRole; grid?: string; code: string; expiresAt: number }>;
}

/**
 * Codes no household holds yet; each is written with its `inviteCodes` record, which joining looks it up by.
 * Households set up before setup wrote those records hold codes without one, so their codes are checked too.
 */
async function freshInviteCodes(store: Store, count: number): Promise<string[]> {
  const codes = new Set<string>();
  while (codes.size < count) {
    const code = newInviteCode();
    const taken = (await store.get('inviteCodes', code)) || (await store.count('households', { inviteCode: code })) > 0;
    if (!codes.has(code) && !taken) codes.add(code);
  }
  return [...codes];
}

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z0-9]+/g, '') || 'x';

function centreOf(grids: Grid[]): { lat: number; lng: number } {
  const points = grids.flatMap((grid) => grid.polygon);
  const mean = (pick: (point: [number, number]) => number) => points.reduce((sum, point) => sum + pick(point), 0) / points.length;
  return { lat: mean(([, lat]) => lat), lng: mean(([lng]) => lng) };
}

export async function setupCommunity(store: Store, file: CommunityFileData, now: number): Promise<SetupResult> {
  const problems: string[] = [];
  const communityId = file.community.id;

  const existingStreet = await store.get<Street>('streets', file.street.id);
  if (existingStreet && existingStreet.name !== file.street.name) {
    problems.push(`street ${file.street.id} already exists as ${existingStreet.name}, not ${file.street.name}`);
  }
  if (await store.get('communities', communityId)) problems.push(`community ${communityId} already exists: nothing was changed`);

  const grids: Grid[] = file.grids.features.map((feature) => ({
    id: feature.properties.id,
    communityId,
    name: feature.properties.name,
    polygon: feature.geometry.coordinates[0]!.map(([lng, lat]) => [lng, lat] as [number, number]),
    workerIds: [],
  }));
  const gridIds = new Set<string>();
  for (const grid of grids) {
    if (gridIds.has(grid.id)) problems.push(`grid ${grid.id} appears twice`);
    gridIds.add(grid.id);
    if (await store.get('grids', grid.id)) problems.push(`grid ${grid.id} already exists`);
  }

  for (const worker of file.gridWorkers) {
    if (!gridIds.has(worker.grid)) problems.push(`grid worker ${worker.name}: no grid ${worker.grid} in this file`);
  }

  const buildings: Building[] = [];
  const byKey = new Map<string, Building>();
  for (const entry of file.buildings) {
    if (!gridIds.has(entry.grid)) problems.push(`building ${entry.id}: no grid ${entry.grid} in this file`);
    if (byKey.has(entry.id) || byKey.has(entry.name)) problems.push(`building ${entry.id} (${entry.name}) appears twice`);
    if (await store.get('buildings', entry.id)) problems.push(`building ${entry.id} already exists`);
    const building: Building = { id: entry.id, communityId, gridId: entry.grid, name: entry.name };
    buildings.push(building);
    byKey.set(entry.id, building);
    byKey.set(entry.name, building);
  }

  const codes = await freshInviteCodes(store, file.households.length);
  const households: Household[] = [];
  const seen = new Set<string>();
  file.households.forEach((row, index) => {
    // The sheet may name a building by its id (b-1) or as people write it (1栋).
    const building = byKey.get(row.building);
    if (!building) {
      problems.push(`households line ${row.line}: no building "${row.building}" in this file`);
      return;
    }
    if (row.door === '') {
      problems.push(`households line ${row.line}: the door is missing`);
      return;
    }
    const id = `h-${communityId}-${building.id}-${slug(row.unit)}-${slug(row.door)}`.slice(0, 80);
    const label = `${building.name}${row.unit ? `${row.unit}单元` : ''}${row.door}`;
    if (seen.has(id)) {
      problems.push(`households line ${row.line}: ${label} appears twice`);
      return;
    }
    seen.add(id);
    households.push({ id, communityId, buildingId: building.id, gridId: building.gridId, label, inviteCode: codes[index]! });
  });

  if (problems.length > 0) throw new SetupFileError(problems);

  const street: Street = { id: file.street.id, name: file.street.name };
  const community: Community = { id: communityId, streetId: street.id, name: file.community.name, center: file.community.center ?? centreOf(grids), dutyUserIds: [], layoutStamp: newLayoutStamp() };
  const gridNames = new Map(grids.map((grid) => [grid.id, grid.name]));
  // Each named person's code (printed once) and the claim that stores only its hash.
  const issued = [...file.committee, ...file.gridWorkers.map((worker) => ({ name: worker.name, gridId: worker.grid }))].map((person) => {
    const code = newClaimCode();
    return { code, claim: roleClaim({ ...person, code, communityId, now }) };
  });

  const written = await writeRecords(store, {
    streets: existingStreet ? [] : [street],
    communities: [community],
    grids,
    buildings,
    households,
    inviteCodes: households.map((household) => inviteCodeDoc(household, household.inviteCode, now)),
    roleClaims: issued.map(({ claim }) => claim),
  });
  const claims = issued.map(({ code, claim }) => ({
    name: claim.name,
    role: claim.role,
    ...(claim.gridId ? { grid: gridNames.get(claim.gridId) } : {}),
    code,
    expiresAt: claim.expiresAt,
  }));
  return { street, community, written, claims };
}
