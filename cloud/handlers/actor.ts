// Resolves who is calling from a verified OPENID: the user record (created on first sight) and their active membership.
import { createHash } from 'node:crypto';
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

export const memberId = (communityId: string, userId: string): string => `${communityId}:${userId}`;

export async function resolveActor(store: Store, user: User): Promise<Actor> {
  const guest: Actor = { userId: user.id, role: 'guest', gridIds: [] };
  if (!user.currentCommunityId) return guest;
  const member = await store.get<Member>('members', memberId(user.currentCommunityId, user.id));
  if (!member || member.status !== 'active') return guest;
  const actor: Actor = { userId: user.id, role: member.role, communityId: member.communityId, gridIds: member.gridIds ?? [] };
  for (const key of ['streetId', 'householdId', 'buildingId', 'gridId'] as const) if (member[key]) actor[key] = member[key];
  return actor;
}

/** The communities a caller's records are confined to: their own, or every community of a street officer's street. */
export async function communitiesOf(store: Store, actor: Actor): Promise<string[]> {
  if (actor.role === 'street' && actor.streetId) {
    const communities = await store.find<{ id: string }>('communities', { streetId: actor.streetId });
    return communities.map((community) => community.id);
  }
  return actor.communityId ? [actor.communityId] : [];
}
