// Makes the caller a committee member of the community a one-time claim code (printed by `npm run setup`) names.
// The code is spent, the membership written and the duty queue joined in one transaction, so a code works once.
import type { Community, Member } from '../../../src/domain/membership/types';
import { memberId } from '../actor';
import type { ActionHandler } from '../context';
import { ActionError } from '../errors';
import { claimIdOf, type RoleClaim } from './roleClaims';
import { seatMember } from './seat';
import { loadUser, sessionView } from './views';

const invalid = () => new ActionError('NOT_FOUND', 'membership.claimInvalid', { fields: { code: 'membership.claimInvalid' } });

export const claimRole: ActionHandler<'membership.claimRole'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const user = await loadUser(store, actor.userId);
  const now = ctx.clock.now();
  const claimId = claimIdOf(input.code);

  await store.transaction(async (tx) => {
    const claim = await tx.get<RoleClaim>('roleClaims', claimId);
    if (!claim || claim.claimedBy !== null || claim.expiresAt <= now) throw invalid();
    // Spent only if still unspent: of two people entering the code at once, one wins.
    if (!(await tx.update('roleClaims', claimId, { claimedBy: user.id, claimedAt: now }, { claimedBy: null }))) throw invalid();

    const id = memberId(claim.communityId, user.id);
    const member: Member = { id, communityId: claim.communityId, userId: user.id, role: claim.role, status: 'active', gridIds: [], joinedAt: now };
    // A resident who becomes committee keeps their household: an existing membership is updated, not replaced.
    await seatMember(tx, member, !!(await tx.get<Member>('members', id)));
    const community = await tx.get<Community>('communities', claim.communityId);
    if (community && !community.dutyUserIds.includes(user.id)) {
      await tx.update('communities', community.id, { dutyUserIds: [...community.dutyUserIds, user.id] });
    }
  });
  return sessionView(store, user.id);
};
