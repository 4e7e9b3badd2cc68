// An audience inside one community (common/scope.ts), as the store sees it: its places must belong to the
// community, it has names to show, and it has a size — the residents or households inside it — to count
// turnout or read rates against.
import type { Audience } from '../../src/domain/common/scope';
import type { Building, Grid } from '../../src/domain/membership/types';
import { invalidField } from '../handlers/errors';
import type { Filter, Store } from '../ports/store';

const placeCollection = (audience: Exclude<Audience, { level: 'community' }>): 'grids' | 'buildings' =>
  audience.level === 'grid' ? 'grids' : 'buildings';

/** The named grids or buildings, all of this community; INVALID_INPUT `scope.unknownPlace` on `audience` otherwise. */
export async function checkAudience(store: Store, communityId: string, audience: Audience): Promise<void> {
  if (audience.level === 'community') return;
  const ids = [...new Set(audience.ids)];
  const found = await store.count(placeCollection(audience), { communityId, id: { $in: ids } });
  if (found !== ids.length) throw invalidField('audience', 'scope.unknownPlace');
}

/** Place names in the audience (第一网格, 3栋); an empty list means the whole community. */
export async function audienceNames(store: Store, audience: Audience): Promise<string[]> {
  if (audience.level === 'community') return [];
  const places = await store.find<Grid | Building>(placeCollection(audience), { id: { $in: [...new Set(audience.ids)] } }, { orderBy: [['id', 'asc']] });
  return places.map((place) => place.name);
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
