// Seats a person in a community: writes the membership as their current one and, in the same transaction, moves
// the user's currentCommunityId and marks the membership it replaces as no longer current. Every joining action
// writes a membership this way, so exactly one of a user's memberships is marked current, the one the user record
// names: the caller's membership alone then says who is calling (resolveCaller).
import type { Member, User } from '../../../src/domain/membership/types';
import type { StoreTx } from '../../ports/store';
import { memberId } from '../actor';

/** Inside the joining transaction; `existing` says whether a membership is already stored under its id. */
export async function seatMember(tx: StoreTx, member: Member, existing: boolean): Promise<void> {
  const { id, ...fields } = member;
  if (existing) await tx.update('members', id, { ...fields, current: true });
  else await tx.insert('members', { ...member, current: true });
  // Read in the transaction that writes the user: two joins of one person at once cannot both keep their old seat.
  const user = await tx.get<User>('users', member.userId);
  const previous = user?.currentCommunityId;
  if (previous && previous !== member.communityId) await tx.update('members', memberId(previous, member.userId), { current: false });
  await tx.update('users', member.userId, { currentCommunityId: member.communityId } satisfies Partial<User>);
}
