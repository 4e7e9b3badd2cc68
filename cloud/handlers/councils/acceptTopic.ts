// 实施结果公开: the committee publishes what was done, with photos and the date, and the topic is accepted; the
// proposer and everyone who supported it are told.
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import { notify } from '../../kit/notify';
import type { ActionHandler } from '../context';
import { loadTopicAsCommittee } from './access';
import { moveTopic } from './events';
import { supportersOf, topicLink } from './notify';

export const acceptTopic: ActionHandler<'topics.accept'> = async (input, ctx) => {
  const topic = await loadTopicAsCommittee(ctx.store, ctx.actor, input.topicId);
  await assertCleanText(ctx, input.text);
  const checked = await checkPhotos(ctx, input.photoIds, 'photoIds');
  const now = ctx.clock.now();
  const moved = await moveTopic(ctx, topic, 'accept', {
    kind: 'accepted',
    patch: { result: { text: input.text, publishedAt: now } },
    note: input.text,
    alongside: async (tx) => ({ resultPhotos: await linkPendingChecks(tx, { collection: 'topics', docId: topic.id, field: 'resultPhotos', now }, checked) }),
  });
  await notify(ctx, [topic.proposerId, ...(await supportersOf(ctx.store, topic.id))], {
    communityId: topic.communityId,
    kind: 'council.resultPublished',
    params: { title: topic.title },
    link: topicLink(topic.id),
  });
  return { id: moved.id, status: moved.status };
};
