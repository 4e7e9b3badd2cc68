// Who may join a community, and how a committee's decision lands: pure rules with named outcomes.
import { CONSENT_VERSION } from './schemas';
import type { Role } from '../roles';
import type { Household, JoinRequest, Member, User } from './types';

export type JoinRefusal =
  | { kind: 'consent_required' }
  | { kind: 'nickname_required' }
  | { kind: 'already_member' }
  | { kind: 'request_pending'; requestId: string };

export type JoinOutcome = { kind: 'ok' } | JoinRefusal;

/** A membership's id: one per person per community. */
export const memberId = (communityId: string, userId: string): string => `${communityId}:${userId}`;

const isActive = (member: Member | null | undefined): boolean => member?.status === 'active';

/** A person must have agreed to the current privacy terms and named themselves before a committee sees them. */
function readiness(user: Pick<User, 'consentVersion' | 'nickname'>): JoinRefusal | null {
  if (user.consentVersion !== CONSENT_VERSION) return { kind: 'consent_required' };
  if (!user.nickname.trim()) return { kind: 'nickname_required' };
  return null;
}

/** One open request per person at a time, and none into a community they already belong to. */
export function canRequestJoin(
  user: Pick<User, 'consentVersion' | 'nickname'>,
  existingMember: Member | null,
  pendingRequest: Pick<JoinRequest, 'id'> | null,
): JoinOutcome {
  const notReady = readiness(user);
  if (notReady) return notReady;
  if (isActive(existingMember)) return { kind: 'already_member' };
  if (pendingRequest) return { kind: 'request_pending', requestId: pendingRequest.id };
  return { kind: 'ok' };
}

/** An invite code from the household's contact card admits at once; an open request does not block it. */
export function canJoinWithCode(user: Pick<User, 'consentVersion' | 'nickname'>, existingMember: Member | null): JoinOutcome {
  const notReady = readiness(user);
  if (notReady) return notReady;
  if (isActive(existingMember)) return { kind: 'already_member' };
  return { kind: 'ok' };
}

export type DecideOutcome =
  | { kind: 'ok' }
  | { kind: 'not_found' }
  | { kind: 'already_decided'; status: JoinRequest['status'] }
  | { kind: 'already_member' };

/** Staff decide only their own community's open requests; another community's request does not exist for them. */
export function canDecideJoin(
  actor: { communityId?: string },
  request: Pick<JoinRequest, 'communityId' | 'status'> | null,
  decision: 'approve' | 'reject',
  existingMember: Member | null,
): DecideOutcome {
  if (!request || !actor.communityId || request.communityId !== actor.communityId) return { kind: 'not_found' };
  if (request.status !== 'pending') return { kind: 'already_decided', status: request.status };
  if (decision === 'approve' && isActive(existingMember)) return { kind: 'already_member' };
  return { kind: 'ok' };
}

/** The membership a household join creates: an ordinary resident bound to that household. */
export function residentMembership(input: { userId: string; household: Pick<Household, 'id' | 'communityId' | 'buildingId' | 'gridId'>; now: number }): Member {
  const { household } = input;
  return {
    id: memberId(household.communityId, input.userId),
    communityId: household.communityId,
    userId: input.userId,
    role: 'resident',
    status: 'active',
    householdId: household.id,
    buildingId: household.buildingId,
    gridId: household.gridId,
    gridIds: [],
    joinedAt: input.now,
  };
}

// Who may do more, in one community: a code never takes a role away.
const RANK: Record<Role, number> = { resident: 0, grid_worker: 1, committee: 2, street: 3 };

/**
 * The membership a staff claim code makes of the one the person has (if any): the claimed role unless they already
 * hold a higher one (a committee member who also works a grid stays committee), every grid they worked plus the
 * code's, and their household kept.
 */
export function claimedMembership(
  existing: Member | null,
  claim: { userId: string; communityId: string; role: Extract<Role, 'committee' | 'grid_worker'>; gridId?: string; now: number },
): Member {
  const held = existing?.status === 'active' ? existing : null;
  const role = held && RANK[held.role] > RANK[claim.role] ? held.role : claim.role;
  const gridIds = [...new Set([...(held?.gridIds ?? []), ...(claim.gridId ? [claim.gridId] : [])])];
  return {
    ...(existing ?? {}),
    id: memberId(claim.communityId, claim.userId),
    communityId: claim.communityId,
    userId: claim.userId,
    role,
    status: 'active',
    gridIds,
    joinedAt: held?.joinedAt ?? claim.now,
  };
}

/** The message key of each refusal. */
export const JOIN_REFUSAL_REASONS: Record<JoinRefusal['kind'] | 'already_decided' | 'not_found', string> = {
  consent_required: 'membership.consentRequired',
  nickname_required: 'membership.nicknameFirst',
  already_member: 'membership.alreadyMember',
  request_pending: 'membership.requestPending',
  already_decided: 'membership.alreadyDecided',
  not_found: 'membership.requestNotFound',
};
