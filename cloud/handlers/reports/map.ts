// The caller's community as a plan: centre and grid boundaries, for the spot picker and the committee's filters.
import { gridsOf, loadCommunity } from './access';
import type { ActionHandler } from '../context';

export const communityMap: ActionHandler<'reports.map'> = async (_input, ctx) => {
  const community = await loadCommunity(ctx.store, ctx.actor.communityId);
  const grids = await gridsOf(ctx.store, community.id);
  return {
    communityId: community.id,
    name: community.name,
    center: community.center,
    grids: grids.map(({ id, name, polygon }) => ({ id, name, polygon })),
  };
};
