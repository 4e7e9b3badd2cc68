// What each audience receives of a tree: never the adopter's id or household; their nickname only when they chose
// to show it; photos only once they passed content security.
import type { Grid } from '../../../src/domain/membership/types';
import type { Report } from '../../../src/domain/reports/types';
import type { Actor } from '../../../src/domain/roles';
import { careIntervalDays } from '../../../src/domain/trees/species';
import { canRenew, careDueAt, isAdopted, isAdopterOf, treeStatus } from '../../../src/domain/trees/rules';
import type { Adoption, CareLog, CareLogView, GreenBelt, MyAdoptionView, Tree, TreeMarker, TreeView } from '../../../src/domain/trees/types';
import { OPEN_STATUSES } from '../../../src/domain/reports/status';
import { passedIds, urlsOf } from '../../kit/content';
import type { Files, Store } from '../../ports';

export interface ViewPorts {
  store: Store;
  files: Files;
  now: number;
}

const idsOf = (values: ReadonlyArray<string | null>): string[] => [...new Set(values.filter((value): value is string => !!value))];

async function namesOf<T extends { id: string; name: string }>(store: Store, collection: string, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const found = await store.find<T>(collection, { id: { $in: ids } });
  return new Map(found.map((record) => [record.id, record.name]));
}

export const markerOf = (tree: Tree, now: number): TreeMarker => ({
  id: tree.id,
  code: tree.code,
  lat: tree.lat,
  lng: tree.lng,
  species: tree.species,
  status: treeStatus(tree, now),
  heritage: tree.heritage,
});

export async function treeViews(ports: ViewPorts, trees: readonly Tree[]): Promise<TreeView[]> {
  const [grids, belts, cases, urls] = await Promise.all([
    namesOf<Grid>(ports.store, 'grids', idsOf(trees.map((tree) => tree.gridId))),
    namesOf<GreenBelt>(ports.store, 'greenBelts', idsOf(trees.map((tree) => tree.beltId))),
    openCases(ports.store, idsOf(trees.map((tree) => tree.caseId))),
    urlsOf(ports.files, trees.flatMap((tree) => passedIds(tree.photos))),
  ]);
  return trees.map((tree) => {
    const adopted = isAdopted(tree, ports.now);
    return {
      id: tree.id,
      code: tree.code,
      species: tree.species,
      spot: tree.spot,
      lat: tree.lat,
      lng: tree.lng,
      plantedYear: tree.plantedYear,
      photoUrls: passedIds(tree.photos).map((id) => urls.get(id) ?? ''),
      condition: tree.condition,
      heritage: tree.heritage,
      status: treeStatus(tree, ports.now),
      gridName: tree.gridId ? grids.get(tree.gridId) ?? null : null,
      beltName: tree.beltId ? belts.get(tree.beltId) ?? null : null,
      adopted,
      adopterName: adopted ? tree.adopterName : null,
      adopterKind: adopted ? tree.adopterKind : null,
      adoptedUntil: adopted ? tree.adoptedUntil : null,
      lastCareAt: tree.lastCareAt,
      careIntervalDays: careIntervalDays(tree.species, ports.now),
      openCase: tree.caseId ? cases.get(tree.caseId) ?? null : null,
    };
  });
}

/** The linked cases still being worked on, by id. */
async function openCases(store: Store, ids: string[]): Promise<Map<string, { id: string; status: string }>> {
  if (!ids.length) return new Map();
  const reports = await store.find<Report>('reports', { id: { $in: ids }, status: { $in: [...OPEN_STATUSES] } });
  return new Map(reports.map((report) => [report.id, { id: report.id, status: report.status }]));
}

export async function careLogViews(ports: ViewPorts, tree: Tree, logs: readonly CareLog[]): Promise<CareLogView[]> {
  const urls = await urlsOf(ports.files, logs.flatMap((log) => passedIds(log.photos)));
  const shown = isAdopted(tree, ports.now) ? tree.adopterName : null;
  return logs.map((log) => {
    const named = log.authorRole === 'adopter' && log.adoptionId === tree.adoptionId && shown !== null;
    return {
      id: log.id,
      act: log.act,
      note: log.note,
      photoUrls: passedIds(log.photos).map((id) => urls.get(id) ?? ''),
      condition: log.condition,
      verification: log.verification,
      byRole: log.authorRole,
      byName: named ? shown : null,
      byKind: named ? tree.adopterKind : null,
      caseId: log.caseId,
      at: log.createdAt,
    };
  });
}

export function myAdoptionView(actor: Actor, adoption: Adoption, tree: Pick<Tree, 'species'>, now: number): MyAdoptionView {
  const lastCareAt = adoption.lastCareAt;
  return {
    id: adoption.id,
    kind: adoption.kind,
    startsAt: adoption.startsAt,
    endsAt: adoption.endsAt,
    renewals: adoption.renewals,
    showName: adoption.showName,
    lastCareAt,
    careDueAt: careDueAt(tree.species, lastCareAt ?? adoption.startsAt, now),
    canRenew: isAdopterOf(actor, adoption) && canRenew(actor, adoption, now).kind === 'ok',
  };
}
