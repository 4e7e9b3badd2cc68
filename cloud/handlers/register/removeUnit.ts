import type { ActionHandler } from '../context';
import { notFound } from '../errors';

/** Takes a unit out of the register; votes already open keep the electorate they opened with. */
export const removeUnit: ActionHandler<'register.removeUnit'> = async (input, ctx) => {
  if (!(await ctx.store.remove('propertyUnits', input.unitId))) throw notFound('register.unitNotFound');
  return { removed: true };
};
