// Local notifications: every notice becomes an unread `inbox` document of its recipient.
import { randomUUID } from 'node:crypto';
import type { Clock, Notice, Notifier, Store } from '../../ports';

export type InboxDoc = {
  id: string;
  userId: string;
  communityId: string;
  kind: string;
  title: string;
  body: string;
  link?: string;
  createdAt: number;
};

export function inboxDocFor(notice: Notice, now: number): InboxDoc {
  const doc: InboxDoc = {
    id: `n_${randomUUID()}`,
    userId: notice.userId,
    communityId: notice.communityId,
    kind: notice.kind,
    title: notice.title,
    body: notice.body,
    createdAt: now,
  };
  if (notice.link) doc.link = notice.link;
  return doc;
}

export function createInboxNotifier(store: Store, clock: Clock): Notifier {
  return {
    async notify(notice) {
      await store.insert('inbox', inboxDocFor(notice, clock.now()));
    },
    templates: () => [],
  };
}
