// 附议: once per person, held by storage — the support's id is `${topicId}:${userId}`, inserted with the count's
// increment in one transaction; the support that brings the count to N moves the topic onto the agenda in it too.
import { SUPPORT_REFUSAL_REASONS, supportRefusal } from '../../../src/domain/councils/rules';
import type { Topic, TopicSupport } from '../../../src/domain/councils/types';
import { DuplicateIdError } from '../../ports/store';
import type { ActionHandler } from '../context';
import { conflict, forbidden } from '../errors';
import { loadTopic } from './access';
import { systemNote, topicEvent } from './events';
import { committeeOf, topicLink } from './notify';
import { notify } from '../../kit/notify';

export const supportId = (topicId: string, userId: string): string => `${topicId}:${userId}`;

export const supportTopic: ActionHandler<'topics.support'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const topic = await loadTopic(store, input.topicId);
  const now = ctx.clock.now();
  const refusal = supportRefusal(actor, topic, now);
  if (refusal) throw (refusal.kind === 'outside_audience' || refusal.kind === 'own_topic' ? forbidden : conflict)(SUPPORT_REFUSAL_REASONS[refusal.kind]);

  const support: TopicSupport = { id: supportId(topic.id, actor.userId), topicId: topic.id, userId: actor.userId, createdAt: now };
  let reached = false;
  try {
    await store.transaction(async (tx) => {
      await tx.insert('topicSupports', support);
      const counted = await tx.increment('topics', topic.id, 'supportCount', 1, { status: 'proposal', supportUntil: { $gte: now } });
      if (!counted) throw conflict('council.notCollecting');
      const after = await tx.get<Topic>('topics', topic.id);
      if (after && after.supportCount >= after.supportNeeded) {
        reached = await tx.update('topics', topic.id, { status: 'deliberation', updatedAt: now }, { status: 'proposal' });
        if (reached) await tx.insert('topicEvents', topicEvent(topic.id, 'reachedAgenda', 'deliberation', null, now, systemNote('council.noteReached', { count: after.supportCount })));
      }
    });
  } catch (error) {
    if (error instanceof DuplicateIdError) throw conflict('council.alreadySupported');
    throw error;
  }
  if (reached) {
    const telling = { communityId: topic.communityId, params: { title: topic.title }, link: topicLink(topic.id) };
    await notify(ctx, await committeeOf(store, topic.communityId), { ...telling, kind: 'council.reachedAgenda' });
    await notify(ctx, [topic.proposerId], { ...telling, kind: 'council.onAgenda' });
  }
  const after = await store.get<Topic>('topics', topic.id);
  return { supportCount: after?.supportCount ?? topic.supportCount + 1, status: after?.status ?? topic.status };
};
