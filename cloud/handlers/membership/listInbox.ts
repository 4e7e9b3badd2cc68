// My in-app notices, newest first, with how many are unread.
import type { InboxItem } from '../../../src/domain/membership/types';
import type { ActionHandler } from '../context';

type InboxDoc = InboxItem & { userId: string; communityId: string };

export const listInbox: ActionHandler<'inbox.list'> = async (_input, ctx) => {
  const userId = ctx.actor.userId;
  const docs = await ctx.store.find<InboxDoc>('inbox', { userId }, { orderBy: [['createdAt', 'desc']], limit: 50 });
  const unread = await ctx.store.count('inbox', { userId, readAt: null });
  const items = docs.map(({ id, kind, params, link, createdAt, readAt }): InboxItem => {
    const item: InboxItem = { id, kind, params: params ?? {}, createdAt };
    if (link) item.link = link;
    if (readAt) item.readAt = readAt;
    return item;
  });
  return { items, unread };
};
