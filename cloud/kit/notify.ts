// The one way a handler tells people something. Each recipient once, never the caller: an inbox document each
// (kind + parameters, rendered in the reader's language), then the platform's push (a WeChat subscription
// message while a consent remains). The inbox may be written inside the action's own transaction, so the change
// and its notices land together in one commit; pushes always follow the commit and never fail the action.
import { randomUUID } from 'node:crypto';
import type { MessageParams } from '../../src/domain/common/messages';
import type { NoticeKindName } from '../../src/domain/messages';
import type { HandlerContext } from '../handlers/context';
import type { Notice } from '../ports';
import type { Actor } from '../../src/domain/roles';
import type { StoreTx } from '../ports/store';

export interface Telling {
  communityId: string;
  kind: NoticeKindName;
  params: MessageParams;
  link?: string;
}

/** An inbox document: stored as kind + parameters, so each reader sees it in their own language. */
export interface InboxDoc {
  id: string;
  userId: string;
  communityId: string;
  kind: string;
  params: MessageParams;
  link?: string;
  createdAt: number;
  readAt: number | null;
}

export function inboxDocFor(notice: Notice, now: number): InboxDoc {
  const doc: InboxDoc = { id: `n_${randomUUID()}`, userId: notice.userId, communityId: notice.communityId, kind: notice.kind, params: notice.params, createdAt: now, readAt: null };
  if (notice.link) doc.link = notice.link;
  return doc;
}

type NotifyContext = Pick<HandlerContext, 'actor' | 'notifier' | 'store' | 'clock'>;

export interface Notices {
  notices: Notice[];
  /** Writes the inbox documents inside the caller's transaction. */
  write(tx: StoreTx): Promise<void>;
  /** After the commit: the platform's pushes, each on its own; failures are logged, never thrown. */
  push(): Promise<void>;
}

export function noticesFor(ctx: NotifyContext, userIds: ReadonlyArray<string | undefined | null>, telling: Telling): Notices {
  const recipients = [...new Set(userIds.filter((id): id is string => !!id && id !== ctx.actor.userId))];
  const notices: Notice[] = recipients.map((userId) => ({ ...telling, userId }));
  const now = ctx.clock.now();
  return {
    notices,
    async write(tx) {
      for (const notice of notices) await tx.insert('inbox', inboxDocFor(notice, now));
    },
    async push() {
      const results = await Promise.allSettled(notices.map((notice) => ctx.notifier.push(notice)));
      const failed = results.filter((result) => result.status === 'rejected').length;
      if (failed) console.warn('subscription messages not sent', { kind: telling.kind, failed });
    },
  };
}

/** Tells people after a change committed: their inbox in one commit, then the pushes. Never fails the action. */
export async function notify(ctx: NotifyContext, userIds: ReadonlyArray<string | undefined | null>, telling: Telling): Promise<void> {
  const prepared = noticesFor(ctx, userIds, telling);
  if (!prepared.notices.length) return;
  try {
    await ctx.store.transaction((tx) => prepared.write(tx));
  } catch (error) {
    console.warn('inbox notices not written', { kind: telling.kind, err: error instanceof Error ? error.message : String(error) });
    return;
  }
  await prepared.push();
}

/** Work with no caller (a timed job) tells people the same way; nobody is left out as "the caller". */
export const SYSTEM_CALLER: Actor = { userId: '', role: 'guest', gridIds: [] };
