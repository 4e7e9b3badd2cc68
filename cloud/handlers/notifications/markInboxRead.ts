// Marks my notices read, some or all; ids of anyone else's notices are ignored, not revealed.
import type { ActionHandler } from '../context';

const BATCH = 200;

export const markInboxRead: ActionHandler<'inbox.markRead'> = async (input, ctx) => {
  const userId = ctx.actor.userId;
  const now = ctx.clock.now();
  const ids =
    'all' in input
      ? (await ctx.store.find<{ id: string }>('inbox', { userId, readAt: null }, { limit: BATCH })).map((doc) => doc.id)
      : [...new Set(input.ids)];
  for (const id of ids) await ctx.store.update('inbox', id, { readAt: now }, { userId, readAt: null });
  return { unread: await ctx.store.count('inbox', { userId, readAt: null }) };
};
