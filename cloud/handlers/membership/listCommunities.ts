// The communities a newcomer may ask to join, each with its street office's name.
import type { Community, Street } from '../../../src/domain/membership/types';
import type { ActionHandler } from '../context';

export const listCommunities: ActionHandler<'communities.list'> = async (_input, ctx) => {
  const communities = await ctx.store.find<Community>('communities', {}, { orderBy: [['id', 'asc']], limit: 500 });
  const streets = await ctx.store.find<Street>('streets', {}, { limit: 500 });
  const streetName = new Map(streets.map((street) => [street.id, street.name]));
  return communities.map((community) => ({ id: community.id, name: community.name, streetName: streetName.get(community.streetId) ?? '' }));
};
