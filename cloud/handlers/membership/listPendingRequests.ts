// The committee's queue: open join requests of its own community only, oldest first.
import type { JoinRequest } from '../../../src/domain/membership/types';
import { forbidden } from '../errors';
import type { ActionHandler } from '../context';
import { joinRequestView } from './views';

export const listPendingRequests: ActionHandler<'membership.pendingRequests'> = async (_input, ctx) => {
  const { communityId } = ctx.actor;
  if (!communityId) throw forbidden();
  const requests = await ctx.store.find<JoinRequest>(
    'joinRequests',
    { communityId, status: 'pending' },
    { orderBy: [['createdAt', 'asc']], limit: 200 },
  );
  return Promise.all(requests.map((request) => joinRequestView(ctx.store, request)));
};
