// The caller's community as a plan: centre, grid boundaries and building outlines, for the spot picker and the
// committee's filters.
import { gridsOf } from '../../kit/layout';
import { loadCommunity } from './access';
import type { ActionHandler } from '../context';
import type { Building } from '../../../src/domain/membership/types';

export const communityMap: ActionHandler<'reports.map'> = async (_input, ctx) => {
  const community = await loadCommunity(ctx.store, ctx.actor.communityId);
  const [grids, buildings] = await Promise.all([gridsOf(ctx.store, community.id), ctx.store.find<Building>('buildings', { communityId: community.id })]);
  return {
    communityId: community.id,
    name: community.name,
    center: community.center,
    grids: grids.map(({ id, name, polygon }) => ({ id, name, polygon })),
    buildings: buildings.flatMap(({ id, name, footprint }) => (footprint && footprint.length >= 3 ? [{ id, name, footprint }] : [])),
  };
};
