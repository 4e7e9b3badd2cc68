// The committee adds or corrects one unit of the register: building, 单元, room, area (two decimals) and owner.
import type { PropertyOwner, PropertyUnit } from '../../../src/domain/councils/types';
import type { Building } from '../../../src/domain/membership/types';
import { parseArea } from '../../../src/domain/votes/area';
import type { ActionHandler } from '../context';
import { conflict, invalidField, notFound } from '../errors';
import { ownerRecord, unitIdOf, unitLabel } from './ids';

export const saveUnit: ActionHandler<'register.saveUnit'> = async (input, ctx) => {
  const communityId = ctx.actor.communityId!;
  const building = await ctx.store.get<Building>('buildings', input.buildingId);
  if (!building || building.communityId !== communityId) throw invalidField('buildingId', 'register.buildingUnknown');
  const area = parseArea(input.area);
  if (area === null) throw invalidField('area', 'register.badArea');
  const unit = input.unit.replace(/单元$/, '');
  const now = ctx.clock.now();
  const owner = ownerRecord(communityId, input.ownerName, input.ownerName, input.developer, now);
  const id = input.unitId ?? unitIdOf(communityId, building.id, unit, input.room);
  const fields = { buildingId: building.id, unit, room: input.room, label: unitLabel(building.name, unit, input.room), area, ownerId: owner.id, updatedAt: now };

  await ctx.store.transaction(async (tx) => {
    if (!(await tx.get<PropertyOwner>('propertyOwners', owner.id))) await tx.insert('propertyOwners', owner);
    if (input.unitId) {
      if (!(await tx.update('propertyUnits', id, fields))) throw notFound('register.unitNotFound');
      return;
    }
    if (await tx.get<PropertyUnit>('propertyUnits', id)) throw conflict('register.unitTaken');
    await tx.insert('propertyUnits', { id, communityId, ...fields, createdAt: now } satisfies PropertyUnit);
  });
  return { id };
};
