// The one way a handler tells people something: after the change committed, each recipient once (never the
// caller), every notice independently. A failed notice is logged and never fails or undoes the action.
import type { MessageParams } from '../../src/domain/common/messages';
import type { NoticeKindName } from '../../src/domain/messages';
import type { HandlerContext } from '../handlers/context';
import type { Notifier } from '../ports';

export interface Telling {
  communityId: string;
  kind: NoticeKindName;
  params: MessageParams;
  link?: string;
}

export async function notify(ctx: Pick<HandlerContext, 'actor' | 'notifier'>, userIds: ReadonlyArray<string | undefined | null>, telling: Telling): Promise<void> {
  await deliver(ctx.notifier, userIds.filter((id) => id !== ctx.actor.userId), telling);
}

/** The same path for work with no caller (a timed job): each recipient once, failures logged and never thrown. */
export async function deliver(notifier: Notifier, userIds: ReadonlyArray<string | undefined | null>, telling: Telling): Promise<void> {
  const recipients = [...new Set(userIds.filter((id): id is string => !!id))];
  const results = await Promise.allSettled(recipients.map((userId) => notifier.notify({ ...telling, userId })));
  const failed = results.filter((result) => result.status === 'rejected').length;
  if (failed) console.warn('notices not delivered', { kind: telling.kind, failed });
}
