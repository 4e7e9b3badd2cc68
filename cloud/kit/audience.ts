// An audience named in an input must be places of the caller's own community: every grid or building it lists
// exists there (through the scoped store, another community's place reads as absent).
import type { Audience } from '../../src/domain/common/scope';
import { invalidField } from '../handlers/errors';
import type { Store } from '../ports';

export async function assertAudience(store: Store, communityId: string, audience: Audience, field = 'audience'): Promise<void> {
  if (audience.level === 'community') return;
  const collection = audience.level === 'grid' ? 'grids' : 'buildings';
  const ids = [...new Set(audience.ids)];
  const found = await store.find<{ id: string; communityId: string }>(collection, { communityId, id: { $in: ids } });
  if (found.length !== ids.length) throw invalidField(field, 'scope.unknownPlace');
}
