// What membership actions return: views that never carry a phone number or another person's openid.
import { abilitiesOf } from '../../../src/domain/abilities';
import type { Community, Household, JoinRequest, JoinRequestView, SessionView, User } from '../../../src/domain/membership/types';
import type { Store } from '../../ports';
import { resolveActor } from '../actor';
import { captainOf } from '../drives/access';
import { ActionError, notFound } from '../errors';
import { JOIN_REFUSAL_REASONS, type DecideOutcome, type JoinRefusal } from '../../../src/domain/membership/rules';

export const userView = (user: User): SessionView['user'] => ({
  id: user.id,
  nickname: user.nickname,
  avatarUrl: user.avatarUrl,
  consentVersion: user.consentVersion ?? null,
});

export async function loadUser(store: Store, userId: string): Promise<User> {
  const user = await store.get<User>('users', userId);
  if (!user) throw notFound('membership.userNotFound');
  return user;
}

export async function pendingRequestOf(store: Store, userId: string): Promise<JoinRequest | null> {
  const [request] = await store.find<JoinRequest>('joinRequests', { userId, status: 'pending' }, { orderBy: [['createdAt', 'desc']], limit: 1 });
  return request ?? null;
}

export async function sessionView(store: Store, userId: string): Promise<SessionView> {
  const user = await loadUser(store, userId);
  const actor = await resolveActor(store, user);
  let membership: SessionView['membership'] = null;
  if (actor.role !== 'guest' && actor.communityId) {
    const community = await store.get<Community>('communities', actor.communityId);
    const household = actor.householdId ? await store.get<Household>('households', actor.householdId) : null;
    membership = {
      communityId: actor.communityId,
      communityName: community?.name ?? '',
      role: actor.role,
      householdId: household?.id ?? null,
      householdLabel: household?.label ?? null,
    };
  }
  const pending = await pendingRequestOf(store, userId);
  let pendingRequest: SessionView['pendingRequest'] = null;
  if (pending) {
    const community = await store.get<Community>('communities', pending.communityId);
    const household = await store.get<Household>('households', pending.householdId);
    pendingRequest = {
      id: pending.id,
      communityName: community?.name ?? '',
      householdLabel: household?.label ?? '',
      createdAt: pending.createdAt,
    };
  }
  const grants = { captain: (await captainOf(store, actor)) !== null };
  return { user: userView(user), membership, pendingRequest, can: abilitiesOf(actor.role, grants) };
}

export async function joinRequestView(store: Store, request: JoinRequest): Promise<JoinRequestView> {
  const user = await store.get<User>('users', request.userId);
  const household = await store.get<Household>('households', request.householdId);
  return {
    id: request.id,
    nickname: user?.nickname ?? '',
    avatarUrl: user?.avatarUrl ?? '',
    householdLabel: household?.label ?? '',
    note: request.note,
    status: request.status,
    createdAt: request.createdAt,
  };
}

/** Turns a rule's refusal into the error the caller sees, its reason the refusal's message key. */
export function refusal(outcome: JoinRefusal | Exclude<DecideOutcome, { kind: 'ok' }>): ActionError {
  if (outcome.kind === 'not_found') return new ActionError('NOT_FOUND', JOIN_REFUSAL_REASONS.not_found);
  const code = outcome.kind === 'consent_required' || outcome.kind === 'nickname_required' ? 'FORBIDDEN' : 'CONFLICT';
  return new ActionError(code, JOIN_REFUSAL_REASONS[outcome.kind]);
}
