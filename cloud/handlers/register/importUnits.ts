// The committee imports the register from a sheet (CSV or .xlsx): all rows or none. A row with a problem refuses
// the whole sheet, naming the first rows at fault; the same unit imported again is updated, not duplicated.
import { unitsFromSheet } from '../../../src/domain/councils/registerSheet';
import type { PropertyOwner, PropertyUnit } from '../../../src/domain/councils/types';
import type { Building } from '../../../src/domain/membership/types';
import { readSheet, UnreadableSheet } from '../../kit/sheet';
import type { ActionHandler } from '../context';
import { ActionError, invalidField } from '../errors';
import { ownerRecord, unitIdOf, unitLabel } from './ids';

export const importUnits: ActionHandler<'register.import'> = async (input, ctx) => {
  const communityId = ctx.actor.communityId!;
  let rows: string[][];
  try {
    rows = await readSheet(input.format, input.content);
  } catch (error) {
    if (error instanceof UnreadableSheet) throw invalidField('content', 'register.badSheet');
    throw error;
  }
  if (rows.length < 2) throw invalidField('content', 'register.emptySheet');
  const buildings = await ctx.store.find<Building>('buildings', { communityId });
  const { units, problems } = unitsFromSheet(rows, buildings);
  if (problems.length) {
    const fields = Object.fromEntries(problems.slice(0, 20).map((problem) => [`rows.${problem.line}`, problem.reason]));
    const first = problems[0]!;
    throw new ActionError('INVALID_INPUT', 'register.sheetRows', { params: { line: first.line, problem: `@${first.reason}` }, fields });
  }

  const names = new Map(buildings.map((building) => [building.id, building.name]));
  const now = ctx.clock.now();
  let created = 0;
  let updated = 0;
  await ctx.store.transaction(async (tx) => {
    for (const row of units) {
      const owner: PropertyOwner = ownerRecord(communityId, row.ownerName, row.ownerKey, row.developer, now);
      if (!(await tx.get('propertyOwners', owner.id))) await tx.insert('propertyOwners', owner);
      const id = unitIdOf(communityId, row.buildingId, row.unit, row.room);
      const fields = { buildingId: row.buildingId, unit: row.unit, room: row.room, label: unitLabel(names.get(row.buildingId)!, row.unit, row.room), area: row.area, ownerId: owner.id, updatedAt: now };
      if (await tx.update('propertyUnits', id, fields)) updated += 1;
      else {
        await tx.insert('propertyUnits', { id, communityId, ...fields, createdAt: now } satisfies PropertyUnit);
        created += 1;
      }
    }
  });
  return { created, updated };
};
