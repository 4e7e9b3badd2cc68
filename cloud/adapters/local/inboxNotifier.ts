// Local notifications: every notice becomes an unread `inbox` document of its recipient.
import { randomUUID } from 'node:crypto';
import type { MessageParams } from '../../../src/domain/common/messages';
import type { Clock, Notice, Notifier, Store } from '../../ports';

/** Stored as kind + parameters, so each reader sees it in their own language. */
export type InboxDoc = {
  id: string;
  userId: string;
  communityId: string;
  kind: string;
  params: MessageParams;
  link?: string;
  createdAt: number;
  readAt: number | null;
};

export function inboxDocFor(notice: Notice, now: number): InboxDoc {
  const doc: InboxDoc = {
    id: `n_${randomUUID()}`,
    userId: notice.userId,
    communityId: notice.communityId,
    kind: notice.kind,
    params: notice.params,
    createdAt: now,
    readAt: null,
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
