// 议事: a comment on a topic, content-checked like every text and photo; the committee's own are official replies.
import { canComment } from '../../../src/domain/councils/rules';
import type { TopicComment } from '../../../src/domain/councils/types';
import { assertCleanText, checkPhotos, linkPendingChecks } from '../../kit/content';
import type { ActionHandler } from '../context';
import { forbidden } from '../errors';
import { loadTopic } from './access';
import { newId } from '../../kit/ids';

export const addComment: ActionHandler<'topics.comment'> = async (input, ctx) => {
  const { store, actor } = ctx;
  const topic = await loadTopic(store, input.topicId);
  if (!canComment(actor, topic)) throw forbidden('council.cannotComment');
  await assertCleanText(ctx, input.text);
  const checked = await checkPhotos(ctx, input.photoIds, 'photoIds');
  const now = ctx.clock.now();
  const comment: TopicComment = {
    id: newId('tc'),
    communityId: topic.communityId,
    topicId: topic.id,
    authorId: actor.userId,
    official: actor.role === 'committee',
    text: input.text,
    photos: checked.photos,
    createdAt: now,
  };
  await store.transaction(async (tx) => {
    comment.photos = await linkPendingChecks(tx, { collection: 'topicComments', docId: comment.id, field: 'photos', now }, checked);
    await tx.insert('topicComments', comment);
  });
  return { id: comment.id };
};
