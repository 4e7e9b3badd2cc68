// A topic's comments, newest first; committee replies come marked official.
import type { TopicComment } from '../../../src/domain/councils/types';
import { mapPage, pageOf } from '../../kit/paging';
import type { ActionHandler } from '../context';
import { loadTopic } from './access';
import { commentViews } from './views';

export const listComments: ActionHandler<'topics.comments'> = async (input, ctx) => {
  const topic = await loadTopic(ctx.store, input.topicId);
  const page = await pageOf<TopicComment>(ctx.store, 'topicComments', { topicId: topic.id, communityId: topic.communityId }, input.before);
  return mapPage(page, (comments) => commentViews(ctx, comments));
};
