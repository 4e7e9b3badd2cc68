// The committee's moves of a topic through 四议两公开, each a persisted move with its timeline event, and the
// proposer told: put on the agenda, merged into the same topic, declined with a published reason, reconsidered
// after a failed vote, carried out after a passed one.
import type { Topic } from '../../../src/domain/councils/types';
import { notify } from '../../kit/notify';
import type { ActionHandler } from '../context';
import { conflict, invalidField } from '../errors';
import { loadTopic, loadTopicAsCommittee } from './access';
import { moveTopic, systemNote } from './events';
import { topicLink } from './notify';

const tellProposer = (ctx: Parameters<ActionHandler<'topics.decline'>>[1], topic: Topic, kind: 'council.onAgenda' | 'council.declined' | 'council.merged', extra: Record<string, string> = {}) =>
  notify(ctx, [topic.proposerId], { communityId: topic.communityId, kind, params: { title: topic.title, ...extra }, link: topicLink(topic.id) });

export const putOnAgenda: ActionHandler<'topics.putOnAgenda'> = async (input, ctx) => {
  const topic = await loadTopicAsCommittee(ctx.store, ctx.actor, input.topicId);
  const moved = await moveTopic(ctx, topic, 'putOnAgenda', { kind: 'putOnAgenda', note: input.note || undefined });
  await tellProposer(ctx, topic, 'council.onAgenda');
  return { id: moved.id, status: moved.status };
};

export const mergeTopic: ActionHandler<'topics.merge'> = async (input, ctx) => {
  const topic = await loadTopicAsCommittee(ctx.store, ctx.actor, input.topicId);
  if (input.into === topic.id) throw invalidField('into', 'council.mergeSelf');
  const target = await loadTopic(ctx.store, input.into).catch(() => null);
  if (!target || !['proposal', 'deliberation', 'resolution', 'implementation'].includes(target.status)) throw invalidField('into', 'council.mergeTarget');
  const moved = await moveTopic(ctx, topic, 'merge', {
    kind: 'merged',
    patch: { mergedInto: target.id },
    note: systemNote('council.noteMergedInto', { title: target.title }),
  });
  await tellProposer(ctx, topic, 'council.merged');
  return { id: moved.id, status: moved.status };
};

export const declineTopic: ActionHandler<'topics.decline'> = async (input, ctx) => {
  const topic = await loadTopicAsCommittee(ctx.store, ctx.actor, input.topicId);
  const moved = await moveTopic(ctx, topic, 'decline', { kind: 'declined', patch: { declineReason: input.reason }, note: input.reason });
  await tellProposer(ctx, topic, 'council.declined', { reason: input.reason });
  return { id: moved.id, status: moved.status };
};

/** The vote's published outcome, for the moves that depend on it. */
function resolvedOutcome(topic: Topic): string {
  if (!topic.resolution || topic.resolution.voteId !== topic.voteId) throw conflict('council.notResolved');
  return topic.resolution.outcome;
}

export const reconsiderTopic: ActionHandler<'topics.reconsider'> = async (input, ctx) => {
  const topic = await loadTopicAsCommittee(ctx.store, ctx.actor, input.topicId);
  if (topic.status === 'resolution' && resolvedOutcome(topic) === 'passed') throw conflict('council.passedNoReconsider');
  const moved = await moveTopic(ctx, topic, 'reconsider', { kind: 'reconsidered', note: input.note || undefined, where: { voteId: topic.voteId ?? null } });
  return { id: moved.id, status: moved.status };
};

export const implementTopic: ActionHandler<'topics.implement'> = async (input, ctx) => {
  const topic = await loadTopicAsCommittee(ctx.store, ctx.actor, input.topicId);
  if (topic.status === 'resolution' && resolvedOutcome(topic) !== 'passed') throw conflict('council.notPassed');
  const now = ctx.clock.now();
  const moved = await moveTopic(ctx, topic, 'implement', {
    kind: 'implementationStarted',
    patch: { implementation: { note: input.note, startedAt: now } },
    note: input.note,
    where: { voteId: topic.voteId ?? null },
  });
  return { id: moved.id, status: moved.status };
};
