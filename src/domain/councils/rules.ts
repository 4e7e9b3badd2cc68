// Who may do what with a topic: pure functions of the caller, the topic and the clock.
import { inAudience } from '../common/scope';
import type { Actor } from '../roles';
import { ACTIVE_TOPIC_STATUSES, TOPIC_MACHINE } from './machine';
import type { Topic, TopicAbilities } from './types';

export const DEFAULT_COUNCIL_SETTINGS = { supportNeeded: 10, supportDays: 30 };

const isCommittee = (actor: Actor, topic: Pick<Topic, 'communityId'>): boolean => actor.role === 'committee' && actor.communityId === topic.communityId;

export type SupportRefusal = { kind: 'own_topic' } | { kind: 'not_collecting' } | { kind: 'window_closed' } | { kind: 'outside_audience' };

/** 附议: a resident the topic concerns, not its proposer, while it is still collecting and within its D days. */
export function supportRefusal(actor: Actor, topic: Topic, now: number): SupportRefusal | null {
  if (topic.proposerId === actor.userId) return { kind: 'own_topic' };
  if (topic.status !== 'proposal') return { kind: 'not_collecting' };
  if (now > topic.supportUntil) return { kind: 'window_closed' };
  if (!inAudience(actor, topic.audience)) return { kind: 'outside_audience' };
  return null;
}

export const SUPPORT_REFUSAL_REASONS: Record<SupportRefusal['kind'], string> = {
  own_topic: 'council.ownSupport',
  not_collecting: 'council.notCollecting',
  window_closed: 'council.supportWindowClosed',
  outside_audience: 'council.outsideAudience',
};

/** Comments: the committee always; residents the topic concerns while it is active. */
export const canComment = (actor: Actor, topic: Topic): boolean =>
  ACTIVE_TOPIC_STATUSES.includes(topic.status) && (isCommittee(actor, topic) || inAudience(actor, topic.audience));

/** Minutes follow the meeting: not before it was held. */
export const canPublishMinutes = (topic: Topic, now: number): boolean => !!topic.meeting && topic.meeting.at <= now && ACTIVE_TOPIC_STATUSES.includes(topic.status);

export function topicAbilities(actor: Actor, topic: Topic, now: number, supportedByMe: boolean): TopicAbilities {
  const committee = isCommittee(actor, topic);
  const may = (move: Parameters<typeof TOPIC_MACHINE.move>[1]): boolean => committee && TOPIC_MACHINE.move(topic.status, move).kind === 'ok';
  const resolved = topic.resolution?.voteId === topic.voteId ? topic.resolution?.outcome : undefined;
  return {
    support: !supportedByMe && supportRefusal(actor, topic, now) === null,
    comment: canComment(actor, topic),
    putOnAgenda: may('putOnAgenda'),
    merge: may('merge'),
    decline: may('decline'),
    scheduleMeeting: committee && (topic.status === 'deliberation' || topic.status === 'resolution'),
    publishMinutes: committee && canPublishMinutes(topic, now),
    openVote: may('openVote'),
    reconsider: may('reconsider') && resolved !== undefined && resolved !== 'passed',
    implement: may('implement') && resolved === 'passed',
    accept: may('accept'),
  };
}
