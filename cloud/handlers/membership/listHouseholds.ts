// A community's buildings and their door labels, for picking one's own household; no invite codes, no names.
import type { Building, Community, Household } from '../../../src/domain/membership/types';
import { notFound } from '../errors';
import type { ActionHandler } from '../context';

const byLabel = (a: string, b: string): number => a.localeCompare(b, 'zh-CN', { numeric: true });

export const listHouseholds: ActionHandler<'households.list'> = async (input, ctx) => {
  const community = await ctx.store.get<Community>('communities', input.communityId);
  if (!community) throw notFound('membership.communityNotFound');
  const buildings = await ctx.store.find<Building>('buildings', { communityId: community.id }, { limit: 1000 });
  const households = await ctx.store.find<Household>('households', { communityId: community.id }, { limit: 10000 });
  return buildings
    .sort((a, b) => byLabel(a.name, b.name))
    .map((building) => ({
      id: building.id,
      name: building.name,
      households: households
        .filter((household) => household.buildingId === building.id)
        .sort((a, b) => byLabel(a.label, b.label))
        .map((household) => ({ id: household.id, label: household.label })),
    }));
};
