// The committee ends signing for a pledge (its term is over); signatures and the wall stay.
import type { ActionHandler } from '../context';
import { conflict } from '../errors';
import { loadPledge } from './access';

export const closePledge: ActionHandler<'pledges.close'> = async (input, ctx) => {
  const pledge = await loadPledge(ctx.store, input.pledgeId);
  const now = ctx.clock.now();
  if (!(await ctx.store.update('pledges', pledge.id, { status: 'closed', updatedAt: now }, { status: 'open' }))) throw conflict('pledge.closed');
  return { id: pledge.id };
};
