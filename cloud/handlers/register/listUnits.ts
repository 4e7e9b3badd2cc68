// The property register as the committee sees it: units with area and owner, how many units each owner holds
// (they count once), the members bound to each owner, and the totals an owners' vote is measured against.
import type { OwnerBinding, PropertyOwner, PropertyUnit, UnitRow } from '../../../src/domain/councils/types';
import type { Building, User } from '../../../src/domain/membership/types';
import { formatArea } from '../../../src/domain/votes/area';
import type { ActionHandler } from '../context';

export const listUnits: ActionHandler<'register.units'> = async (input, ctx) => {
  const communityId = ctx.actor.communityId!;
  const [units, owners, bindings, buildings] = await Promise.all([
    ctx.store.find<PropertyUnit>('propertyUnits', input.buildingId ? { communityId, buildingId: input.buildingId } : { communityId }),
    ctx.store.find<PropertyOwner>('propertyOwners', { communityId }),
    ctx.store.find<OwnerBinding>('ownerBindings', { communityId }),
    ctx.store.find<Building>('buildings', { communityId }),
  ]);
  const users = bindings.length ? await ctx.store.find<User>('users', { id: { $in: bindings.map((binding) => binding.userId) } }) : [];
  const nickname = new Map(users.map((user) => [user.id, user.nickname]));
  const ownerOf = new Map(owners.map((owner) => [owner.id, owner]));
  const buildingName = new Map(buildings.map((building) => [building.id, building.name]));
  const held = new Map<string, number>();
  for (const unit of units) held.set(unit.ownerId, (held.get(unit.ownerId) ?? 0) + 1);

  const rows: UnitRow[] = units
    .map((unit) => {
      const owner = ownerOf.get(unit.ownerId);
      return {
        id: unit.id,
        buildingId: unit.buildingId,
        buildingName: buildingName.get(unit.buildingId) ?? '',
        unit: unit.unit,
        room: unit.room,
        label: unit.label,
        area: formatArea(unit.area),
        ownerId: unit.ownerId,
        ownerName: owner?.name ?? '',
        developer: owner?.developer ?? false,
        ownerUnits: held.get(unit.ownerId) ?? 1,
        boundMembers: bindings.filter((binding) => binding.ownerId === unit.ownerId).map((binding) => ({ userId: binding.userId, nickname: nickname.get(binding.userId) ?? '' })),
      };
    })
    .sort((a, b) => a.buildingName.localeCompare(b.buildingName, 'zh', { numeric: true }) || a.unit.localeCompare(b.unit, 'zh', { numeric: true }) || a.room.localeCompare(b.room, 'zh', { numeric: true }));
  return { units: rows, totals: { units: units.length, owners: held.size, area: formatArea(units.reduce((sum, unit) => sum + unit.area, 0)) } };
};
