// Joins the household printed on a 便民联系卡 at once: the code is the committee's approval.
import type { Household, Member } from '../../../src/domain/membership/types';
import { canJoinWithCode, residentMembership } from '../../../src/domain/membership/rules';
import { memberId } from '../actor';
import { ActionError } from '../errors';
import type { ActionHandler } from '../context';
import { takeCodeTry, type InviteCodeDoc } from './inviteCodes';
import { seatMember } from './seat';
import { loadUser, pendingRequestOf, refusal, sessionView } from './views';

const invalidCode = () => new ActionError('NOT_FOUND', 'membership.codeUnknown', { fields: { code: 'membership.codeUnknown' } });

export const joinWithCode: ActionHandler<'membership.joinWithCode'> = async (input, ctx) => {
  const { store, actor } = ctx;
  if (!(await takeCodeTry(store, actor.userId, ctx.clock.now()))) {
    throw new ActionError('RATE_LIMITED', 'membership.tooManyCodeTries');
  }
  const entry = await store.get<InviteCodeDoc>('inviteCodes', input.code);
  const household = entry ? await store.get<Household>('households', entry.householdId) : null;
  if (!household || household.inviteCode !== input.code) throw invalidCode();

  const user = await loadUser(store, actor.userId);
  const id = memberId(household.communityId, user.id);
  const existing = await store.get<Member>('members', id);
  const outcome = canJoinWithCode(user, existing);
  if (outcome.kind !== 'ok') throw refusal(outcome);

  const now = ctx.clock.now();
  const member = residentMembership({ userId: user.id, household, now });
  const pending = await pendingRequestOf(store, user.id);
  await store.transaction(async (tx) => {
    // Still live when the membership lands: a rotation by the committee in between wins.
    if (!(await tx.increment('inviteCodes', input.code, 'uses', 1))) throw invalidCode();
    await seatMember(tx, member, !!existing);
    // The open request is moot once the person is in; it leaves the committee's queue.
    if (pending) {
      await tx.update('joinRequests', pending.id, { status: 'rejected', reason: '@membership.joinedWithCode', decidedAt: now }, { status: 'pending' });
    }
  });
  return sessionView(store, user.id);
};
