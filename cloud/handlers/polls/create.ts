// The committee publishes a poll: settings checked, then the poll and its audience rows land together.
import type { Poll } from '../../../src/domain/polls/types';
import type { ActionHandler } from '../context';
import { forbidden } from '../errors';
import { audienceRowsOf, checkedSettings } from './settings';
import { randomHex } from '../../kit/ids';

export const newPollId = (now: number): string => `p_${now.toString(36)}_${randomHex(4)}`;

export const createPoll: ActionHandler<'polls.create'> = async (input, ctx) => {
  const { actor } = ctx;
  if (!actor.communityId) throw forbidden('common.joinFirst');
  const now = ctx.clock.now();
  const settings = await checkedSettings(ctx, input, actor.communityId, now);
  const poll: Poll = {
    id: newPollId(now),
    communityId: actor.communityId,
    ...settings,
    status: 'open',
    responseCount: 0,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  };
  await ctx.store.transaction(async (tx) => {
    await tx.insert('polls', poll);
    for (const row of audienceRowsOf(poll)) await tx.insert('pollAudience', row);
  });
  return { id: poll.id };
};
