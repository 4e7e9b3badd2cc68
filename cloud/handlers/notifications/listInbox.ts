// My in-app notices, newest first, a page at a time, with how many are unread.
import type { InboxItem } from '../../../src/domain/notifications/types';
import type { InboxDoc } from '../../kit/notify';
import { pageOf } from '../../kit/paging';
import type { ActionHandler } from '../context';

const itemOf = ({ id, kind, params, link, createdAt, readAt }: InboxDoc): InboxItem => {
  const item: InboxItem = { id, kind, params: params ?? {}, createdAt };
  if (link) item.link = link;
  if (readAt) item.readAt = readAt;
  return item;
};

export const listInbox: ActionHandler<'inbox.list'> = async (input, ctx) => {
  const userId = ctx.actor.userId;
  const page = await pageOf<InboxDoc>(ctx.store, 'inbox', { userId }, input.before);
  const unread = await ctx.store.count('inbox', { userId, readAt: null });
  return { items: page.items.map(itemOf), nextBefore: page.nextBefore, unread };
};
