// Gives the caller the role a one-time claim code (printed by `npm run setup`) names: committee member of its
// community, who joins the duty queue, or grid worker of its grid, who receives the grid's cases. The code is spent,
// the membership written and the queue joined in one transaction, so a code works once.
import { claimedMembership } from '../../../src/domain/membership/rules';
import type { Community, Grid, Member } from '../../../src/domain/membership/types';
import type { StoreTx } from '../../ports/store';
import { memberId } from '../actor';
import type { ActionHandler } from '../context';
import { ActionError } from '../errors';
import { claimIdOf, type RoleClaim } from './roleClaims';
import { seatMember } from './seat';
import { sessionView } from './views';

const invalid = () => new ActionError('NOT_FOUND', 'membership.claimInvalid', { fields: { code: 'membership.claimInvalid' } });

export const claimRole: ActionHandler<'membership.claimRole'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const userId = actor.userId;
  const now = ctx.clock.now();
  const claimId = claimIdOf(input.code);

  await store.transaction(async (tx) => {
    const claim = await tx.get<RoleClaim>('roleClaims', claimId);
    if (!claim || claim.claimedBy !== null || claim.expiresAt <= now) throw invalid();
    // Spent only if still unspent: of two people entering the code at once, one wins.
    if (!(await tx.update('roleClaims', claimId, { claimedBy: userId, claimedAt: now }, { claimedBy: null }))) throw invalid();

    const existing = await tx.get<Member>('members', memberId(claim.communityId, userId));
    const member = claimedMembership(existing, { userId, communityId: claim.communityId, role: claim.role, gridId: claim.gridId, now });
    await seatMember(tx, member, !!existing);
    // Only someone who may handle the grid's cases receives them (a street officer's role is kept, and handles none).
    if (claim.gridId && member.role !== 'street') await joinGrid(tx, claim.gridId, userId);
    if (claim.role === 'committee') await joinDutyQueue(tx, claim.communityId, userId);
  });
  return sessionView(store, userId);
};

async function joinDutyQueue(tx: StoreTx, communityId: string, userId: string): Promise<void> {
  const community = await tx.get<Community>('communities', communityId);
  if (community && !community.dutyUserIds.includes(userId)) {
    await tx.update('communities', community.id, { dutyUserIds: [...community.dutyUserIds, userId] });
  }
}

async function joinGrid(tx: StoreTx, gridId: string, userId: string): Promise<void> {
  const grid = await tx.get<Grid>('grids', gridId);
  if (grid && !grid.workerIds.includes(userId)) await tx.update('grids', grid.id, { workerIds: [...grid.workerIds, userId] });
}
