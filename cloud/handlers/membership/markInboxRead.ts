// Marks my notices read; ids of anyone else's notices are ignored, not revealed.
import type { ActionHandler } from '../context';

export const markInboxRead: ActionHandler<'inbox.markRead'> = async (input, ctx) => {
  const userId = ctx.actor.userId;
  const now = ctx.clock.now();
  for (const id of new Set(input.ids)) {
    await ctx.store.update('inbox', id, { readAt: now }, { userId, readAt: null });
  }
  return { unread: await ctx.store.count('inbox', { userId, readAt: null }) };
};
