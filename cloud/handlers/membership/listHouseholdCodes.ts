// The committee's list of its community's invite codes, building by building, for printing the 便民联系卡.
import type { Building, Household, HouseholdCodeView } from '../../../src/domain/membership/types';
import { forbidden } from '../errors';
import type { ActionHandler } from '../context';

const byLabel = (a: string, b: string): number => a.localeCompare(b, 'zh-CN', { numeric: true });

export const codeView = (household: Household, buildingName: string): HouseholdCodeView => ({
  householdId: household.id,
  buildingName,
  label: household.label,
  code: household.inviteCode,
  rotatedAt: household.inviteCodeRotatedAt ?? null,
});

export const listHouseholdCodes: ActionHandler<'households.codes'> = async (_input, ctx) => {
  const { communityId } = ctx.actor;
  if (!communityId) throw forbidden();
  const buildings = await ctx.store.find<Building>('buildings', { communityId }, { limit: 1000 });
  const households = await ctx.store.find<Household>('households', { communityId }, { limit: 10000 });
  const names = new Map(buildings.map((building) => [building.id, building.name]));
  return households
    .map((household) => codeView(household, names.get(household.buildingId) ?? ''))
    .sort((a, b) => byLabel(a.buildingName, b.buildingName) || byLabel(a.label, b.label));
};
