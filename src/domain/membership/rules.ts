// Who may join a community, and how a committee's decision lands: pure rules with named outcomes.
import { CONSENT_VERSION } from './schemas';
import type { JoinRequest, Member, User } from './types';

export type JoinRefusal =
  | { kind: 'consent_required' }
  | { kind: 'nickname_required' }
  | { kind: 'already_member' }
  | { kind: 'request_pending'; requestId: string };

export type JoinOutcome = { kind: 'ok' } | JoinRefusal;

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
export function residentMembership(input: { communityId: string; userId: string; householdId: string; now: number }): Member {
  return {
    id: `${input.communityId}:${input.userId}`,
    communityId: input.communityId,
    userId: input.userId,
    role: 'resident',
    status: 'active',
    householdId: input.householdId,
    gridIds: [],
    joinedAt: input.now,
  };
}

/** What a refusal tells the person, in the UI's language. */
export const JOIN_REFUSAL_MESSAGES: Record<JoinRefusal['kind'] | 'already_decided' | 'not_found', string> = {
  consent_required: '请先阅读并同意隐私保护指引',
  nickname_required: '请先填写昵称',
  already_member: '您已是该社区居民',
  request_pending: '您已有一个待审核的申请，请耐心等待',
  already_decided: '该申请已处理',
  not_found: '申请不存在',
};
