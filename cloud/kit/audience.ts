// Audiences on the server: an audience may only name grids and buildings of its own community, and it is shown
// with their names. Notices, polls and drives all check and show theirs here.
import type { Audience, AudienceView } from '../../src/domain/common/scope';
import type { Building, Grid } from '../../src/domain/membership/types';
import type { Store } from '../ports';
import type { Filter } from '../ports/store';
import { invalidField } from '../handlers/errors';

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
