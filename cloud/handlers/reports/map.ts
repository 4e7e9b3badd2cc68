// The caller's community as a plan: centre, grid boundaries (from the community's kept layout) and building
// outlines, for the spot picker and the committee's filters.
import { layoutOf } from '../../kit/layout';
import { loadCommunity } from './access';
import type { ActionHandler } from '../context';
import type { Building } from '../../../src/domain/membership/types';

export const communityMap: ActionHandler<'reports.map'> = async (_input, ctx) => {
  const community = await loadCommunity(ctx.store, ctx.actor.communityId);
  const [layout, buildings] = await Promise.all([layoutOf(ctx.store, community), ctx.store.find<Building>('buildings', { communityId: community.id })]);
  return {
    communityId: community.id,
    name: community.name,
    center: community.center,
    grids: layout.grids.map(({ id, name, polygon }) => ({ id, name, polygon })),
    buildings: buildings.flatMap(({ id, name, footprint }) => (footprint && footprint.length >= 3 ? [{ id, name, footprint }] : [])),
  };
};
