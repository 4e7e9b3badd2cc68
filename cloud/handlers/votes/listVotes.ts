// The community's votes, newest first; any whose time has come is opened or closed as it is read.
import type { Vote } from '../../../src/domain/votes/types';
import { pageOf } from '../../kit/paging';
import type { ActionHandler } from '../context';
import { settleVote } from './lifecycle';
import { voteListItem } from './views';

export const listVotes: ActionHandler<'votes.list'> = async (input, ctx) => {
  const page = await pageOf<Vote>(ctx.store, 'votes', { communityId: ctx.actor.communityId ?? '' }, input.before);
  const settled: Vote[] = [];
  for (const vote of page.items) settled.push(await settleVote(ctx, vote));
  return { items: settled.map(voteListItem), nextBefore: page.nextBefore };
};
