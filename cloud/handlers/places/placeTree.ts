// The grids of a community and the buildings in each, for audience pickers; the street office names one of its
// communities.
import type { Building, Community, Grid } from '../../../src/domain/membership/types';
import { canPublishIn } from '../../../src/domain/notices/rules';
import type { ActionHandler } from '../context';
import { notFound } from '../errors';

const byName = (a: { name: string }, b: { name: string }): number => a.name.localeCompare(b.name, 'zh-CN', { numeric: true });
// Grid names count in Chinese numerals (第一、第二…), which do not sort as text: grids keep the order they were made in.
const byId = (a: { id: string }, b: { id: string }): number => a.id.localeCompare(b.id, 'en', { numeric: true });

export const placeTree: ActionHandler<'places.tree'> = async (input, ctx) => {
  const id = input.communityId ?? ctx.actor.communityId;
  const community = id ? await ctx.store.get<Community>('communities', id) : null;
  if (!community || canPublishIn(ctx.actor, community).kind !== 'ok') throw notFound('notice.communityNotFound');
  const [grids, buildings] = await Promise.all([
    ctx.store.find<Grid>('grids', { communityId: community.id }),
    ctx.store.find<Building>('buildings', { communityId: community.id }),
  ]);
  return {
    communityId: community.id,
    name: community.name,
    grids: grids.sort(byId).map((grid) => ({
      id: grid.id,
      name: grid.name,
      buildings: buildings.filter((building) => building.gridId === grid.id).sort(byName).map(({ id: buildingId, name }) => ({ id: buildingId, name })),
    })),
  };
};
