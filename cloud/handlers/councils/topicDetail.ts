// One topic with its timeline; a vote of it whose time has passed is closed first, so the result shows at once.
import type { Vote } from '../../../src/domain/votes/types';
import type { ActionHandler } from '../context';
import { settleVote } from '../votes/lifecycle';
import { loadTopic } from './access';
import { topicDetailView } from './views';

export const topicDetail: ActionHandler<'topics.detail'> = async (input, ctx) => {
  let topic = await loadTopic(ctx.store, input.topicId);
  const vote = topic.voteId ? await ctx.store.get<Vote>('votes', topic.voteId) : null;
  if (vote) {
    const settled = await settleVote(ctx, vote);
    if (settled.status !== vote.status) topic = await loadTopic(ctx.store, input.topicId);
  }
  return topicDetailView({ store: ctx.store, files: ctx.files, actor: ctx.actor, now: ctx.clock.now() }, topic);
};
