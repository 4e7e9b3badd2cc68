// Joins the household printed on a 便民联系卡 at once: the code is the committee's approval.
import type { Household, Member } from '../../../src/domain/membership/types';
import { canJoinWithCode, residentMembership } from '../../../src/domain/membership/rules';
import { memberId } from '../actor';
import { ActionError } from '../errors';
import type { ActionHandler } from '../context';
import { loadUser, pendingRequestOf, refusal, sessionView } from './views';

export const joinWithCode: ActionHandler<'membership.joinWithCode'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const [household] = await store.find<Household>('households', { inviteCode: input.code }, { limit: 1 });
  if (!household) throw new ActionError('NOT_FOUND', 'membership.codeUnknown', { fields: { code: 'membership.codeUnknown' } });

  const user = await loadUser(store, actor.userId);
  const id = memberId(household.communityId, user.id);
  const existing = await store.get<Member>('members', id);
  const outcome = canJoinWithCode(user, existing);
  if (outcome.kind !== 'ok') throw refusal(outcome);

  const now = ctx.clock.now();
  const member = residentMembership({ userId: user.id, household, now });
  const pending = await pendingRequestOf(store, user.id);
  await store.transaction(async (tx) => {
    const { id: _id, ...fields } = member;
    if (existing) await tx.update('members', id, fields);
    else await tx.insert('members', member);
    await tx.update('users', user.id, { currentCommunityId: household.communityId });
    // The open request is moot once the person is in; it leaves the committee's queue.
    if (pending) {
      await tx.update('joinRequests', pending.id, { status: 'rejected', reason: '@membership.joinedWithCode', decidedAt: now }, { status: 'pending' });
    }
  });
  return sessionView(store, user.id);
};
