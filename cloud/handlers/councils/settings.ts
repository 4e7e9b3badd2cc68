// Per community: how many supporters (N) within how many days (D) bring a resident's topic to the agenda.
import type { CouncilSettings } from '../../../src/domain/councils/types';
import type { Building, Grid } from '../../../src/domain/membership/types';
import type { ActionHandler } from '../context';
import { settingsOf } from './access';

export const councilSettings: ActionHandler<'councils.settings'> = async (_input, ctx) => {
  const { buildingId, gridId } = ctx.actor;
  const [settings, building, grid] = await Promise.all([
    settingsOf(ctx.store, ctx.actor.communityId!),
    buildingId ? ctx.store.get<Building>('buildings', buildingId) : Promise.resolve(null),
    gridId ? ctx.store.get<Grid>('grids', gridId) : Promise.resolve(null),
  ]);
  const place = { building: building ? { id: building.id, name: building.name } : null, grid: grid ? { id: grid.id, name: grid.name } : null };
  return { ...settings, place };
};

/** Applies to topics proposed from now on; a topic keeps the N and D it was proposed under. */
export const updateCouncilSettings: ActionHandler<'councils.updateSettings'> = async (input, ctx) => {
  const communityId = ctx.actor.communityId!;
  const doc: CouncilSettings = { id: communityId, communityId, supportNeeded: input.supportNeeded, supportDays: input.supportDays, updatedAt: ctx.clock.now() };
  await ctx.store.transaction(async (tx) => {
    if (!(await tx.update('councilSettings', communityId, { supportNeeded: doc.supportNeeded, supportDays: doc.supportDays, updatedAt: doc.updatedAt }))) {
      await tx.insert('councilSettings', doc);
    }
  });
  return { supportNeeded: doc.supportNeeded, supportDays: doc.supportDays };
};
