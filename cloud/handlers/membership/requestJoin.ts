// Asks a community's committee to bind me to a household; one open request at a time.
import type { Community, Household, JoinRequest, Member } from '../../../src/domain/membership/types';
import { canRequestJoin } from '../../../src/domain/membership/rules';
import { DuplicateIdError } from '../../ports/store';
import { memberId } from '../actor';
import { notFound } from '../errors';
import type { ActionHandler } from '../context';
import { loadUser, pendingRequestOf, refusal } from './views';

export const requestJoin: ActionHandler<'membership.requestJoin'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const community = await store.get<Community>('communities', input.communityId);
  if (!community) throw notFound('membership.communityNotFound');
  const household = await store.get<Household>('households', input.householdId);
  if (!household || household.communityId !== community.id) throw notFound('membership.householdNotFound');

  const user = await loadUser(store, actor.userId);
  const member = await store.get<Member>('members', memberId(community.id, user.id));
  const outcome = canRequestJoin(user, member, await pendingRequestOf(store, user.id));
  if (outcome.kind !== 'ok') throw refusal(outcome);

  // The id counts the person's decided requests, so an open request always holds the next id: a second one, racing
  // or not, gets the same id and the store refuses it. (Counting all requests would give two racers ids 1 and 2.)
  const decided = await store.count('joinRequests', { userId: user.id, status: { $ne: 'pending' } });
  const request: JoinRequest = {
    id: `${user.id}:${decided + 1}`,
    communityId: community.id,
    userId: user.id,
    householdId: household.id,
    note: input.note,
    status: 'pending',
    createdAt: ctx.clock.now(),
  };
  try {
    await store.insert('joinRequests', request);
  } catch (error) {
    if (error instanceof DuplicateIdError) throw refusal({ kind: 'request_pending', requestId: request.id });
    throw error;
  }
  return { requestId: request.id };
};
