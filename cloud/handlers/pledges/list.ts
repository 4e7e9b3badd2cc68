// The community's pledges, newest first, open ones before closed, each saying whether I (or my household or shop) signed.
import type { Pledge } from '../../../src/domain/pledges/types';
import type { ActionHandler } from '../context';
import { mySignatures } from './access';
import { summaries } from './views';

const LIMIT = 50;

export const listPledges: ActionHandler<'pledges.list'> = async (_input, ctx) => {
  const pledges = await ctx.store.find<Pledge>('pledges', { communityId: ctx.actor.communityId ?? '' }, { orderBy: [['createdAt', 'desc']], limit: LIMIT });
  const open = [...pledges.filter((pledge) => pledge.status === 'open'), ...pledges.filter((pledge) => pledge.status !== 'open')];
  return summaries(ctx.files, open, await mySignatures(ctx.store, ctx.actor, open.map((pledge) => pledge.id)));
};
