// Audiences on the server (common/scope.ts): an audience may only name grids and buildings of its own community,
// it is shown with their names, and it has a size — the residents or households inside it — to count turnout or
// read rates against. Notices, polls and drives all check, show and count theirs here.
import type { Audience, AudienceView } from '../../src/domain/common/scope';
import type { Building, Grid } from '../../src/domain/membership/types';
import { invalidField } from '../handlers/errors';
import type { Filter, Store } from '../ports/store';

/** Refuses an audience naming a grid or building that is not in the community (INVALID_INPUT on `audience`). */
export async function checkAudience(store: Store, communityId: string, audience: Audience): Promise<Audience> {
  if (audience.level === 'community') return audience;
  const ids = [...new Set(audience.ids)];
  const collection = audience.level === 'grid' ? 'grids' : 'buildings';
  const found = await store.count(collection, { communityId, id: { $in: ids } });
  if (found !== ids.length) throw invalidField('audience', 'scope.unknownPlace');
  return { level: audience.level, ids };
}

/** The buildings inside an audience, ordered by id. */
export async function buildingsIn(store: Store, communityId: string, audience: Audience): Promise<Building[]> {
  const filter: Filter = { communityId };
  if (audience.level === 'grid') filter.gridId = { $in: audience.ids };
  if (audience.level === 'building') filter.id = { $in: audience.ids };
  return store.find<Building>('buildings', filter, { orderBy: [['id', 'asc']] });
}

/** Views of many audiences with one read of the grids and one of the buildings they name. */
export async function audienceViews(store: Store, audiences: readonly Audience[]): Promise<AudienceView[]> {
  const idsAt = (level: 'grid' | 'building') => [...new Set(audiences.flatMap((audience) => (audience.level === level ? audience.ids : [])))];
  const [gridIds, buildingIds] = [idsAt('grid'), idsAt('building')];
  const [grids, buildings] = await Promise.all([
    gridIds.length ? store.find<Grid>('grids', { id: { $in: gridIds } }) : [],
    buildingIds.length ? store.find<Building>('buildings', { id: { $in: buildingIds } }) : [],
  ]);
  const names = new Map<string, string>([...grids, ...buildings].map((place) => [place.id, place.name]));
  return audiences.map((audience) => ({ level: audience.level, names: audience.level === 'community' ? [] : audience.ids.map((id) => names.get(id) ?? id) }));
}

/** Place names in one audience (第一网格, 3栋); an empty list means the whole community. */
export async function audienceNames(store: Store, audience: Audience): Promise<string[]> {
  const [view] = await audienceViews(store, [audience]);
  return view?.names ?? [];
}

/** The filter that narrows people or households to the audience's places (both carry gridId and buildingId). */
function placeFilter(audience: Audience): Filter {
  if (audience.level === 'community') return {};
  return { [audience.level === 'grid' ? 'gridId' : 'buildingId']: { $in: [...new Set(audience.ids)] } };
}

/** Whom an audience counts: active residents, or the households of the register. */
export type AudienceUnit = 'person' | 'household';

export function audienceSize(store: Store, communityId: string, audience: Audience, unit: AudienceUnit): Promise<number> {
  if (unit === 'household') return store.count('households', { communityId, ...placeFilter(audience) });
  return store.count('members', { communityId, status: 'active', role: 'resident', ...placeFilter(audience) });
}
