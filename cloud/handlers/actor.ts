// Resolves who is calling from a verified OPENID: the user record (created on first sight) and their current membership.
import { createHash } from 'node:crypto';
import { memberId } from '../../src/domain/membership/rules';
import type { Member, User } from '../../src/domain/membership/types';
import type { Actor } from '../../src/domain/roles';
import type { Store } from '../ports';
import { DuplicateIdError } from '../ports/store';

export const userIdFor = (openid: string): string => `u_${createHash('sha256').update(openid).digest('hex').slice(0, 16)}`;

export async function ensureUser(store: Store, openid: string, now: number): Promise<User> {
  const id = userIdFor(openid);
  const existing = await store.get<User & { id: string }>('users', id);
  if (existing) return existing;
  const user: User = { id, openid, nickname: '', avatarUrl: '', createdAt: now };
  try {
    await store.insert('users', user);
  } catch (error) {
    // Two first calls raced: the other one created the same user.
    if (!(error instanceof DuplicateIdError)) throw error;
  }
  return (await store.get<User & { id: string }>('users', id)) ?? user;
}

export { memberId };

/** The membership of the community the user record names as current, if any. */
const currentMembershipOf = async (store: Store, user: User): Promise<Member | null> =>
  user.currentCommunityId ? store.get<Member>('members', memberId(user.currentCommunityId, user.id)) : null;

export async function resolveActor(store: Store, user: User): Promise<Actor> {
  return actorOf(user.id, await currentMembershipOf(store, user));
}

/** The caller a membership makes: its role and place while active, a guest otherwise. */
function actorOf(userId: string, member: Member | null): Actor {
  if (!member || member.status !== 'active') return { userId, role: 'guest', gridIds: [] };
  const actor: Actor = { userId, role: member.role, communityId: member.communityId, gridIds: member.gridIds ?? [] };
  for (const key of ['streetId', 'householdId', 'buildingId', 'gridId'] as const) if (member[key]) actor[key] = member[key];
  return actor;
}

type ResolveCaller = (store: Store, openid: string, now: number) => Promise<Actor>;

// A few thousand people call one warm instance; it forgets them all if it ever holds more.
const SEATS_KEPT = 10_000;

/**
 * Who is calling, as one instance resolves it. The first call reads the user (creating it on first sight), then
 * the membership its currentCommunityId names. The instance remembers that membership's id, the caller's seat,
 * and on later calls reads it first: while it is still marked current (seatMember moves the mark with the user's
 * community, in one transaction) it alone answers, in one read. A seat moved on another instance is no longer
 * marked here, so the call reads the user again. A seat is never trusted, only the record it points at.
 */
export function callerResolver(): ResolveCaller {
  // openid → the id of the membership found marked current.
  const seats = new Map<string, string>();
  return async (store, openid, now) => {
    const seat = seats.get(openid);
    if (seat) {
      const member = await store.get<Member>('members', seat);
      if (member?.current === true) return actorOf(member.userId, member);
      seats.delete(openid);
    }
    const user = await ensureUser(store, openid, now);
    const member = await currentMembershipOf(store, user);
    if (member?.current === true) {
      if (seats.size >= SEATS_KEPT) seats.clear();
      seats.set(openid, member.id);
    }
    return actorOf(user.id, member);
  };
}

/** The communities a caller's records are confined to: their own, or every community of a street officer's street. */
export async function communitiesOf(store: Store, actor: Actor): Promise<string[]> {
  if (actor.role === 'street' && actor.streetId) {
    const communities = await store.find<{ id: string }>('communities', { streetId: actor.streetId });
    return communities.map((community) => community.id);
  }
  return actor.communityId ? [actor.communityId] : [];
}
